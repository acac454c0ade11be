/**
 * A stopped hub leaves nothing that holds its process open (the "worker process has failed to exit gracefully"
 * at the end of `npm test`): Agenda arms a liveness timer of half a job's lock lifetime after every run and
 * stop() does not clear it, so each job must hold the worker's own (short, touched) lock lifetime.
 */
import { createHook } from 'node:async_hooks';
import { CHECKPOINT_JOB } from '../../jobs/checkpoints.js';
import { eventually, startTestHub } from '../helpers/hub.js';

/** Timers created while the hub ran, until they fire or are cleared. */
const timers = new Set<NodeJS.Timeout>();
const hook = createHook({
  init(_id, type, _trigger, resource) {
    if (type === 'Timeout') timers.add(resource as NodeJS.Timeout);
  },
  destroy() {
    for (const timer of timers) if (!timer.hasRef() || (timer as unknown as { _destroyed?: boolean })._destroyed) timers.delete(timer);
  },
});

test('every job of the worker holds its lock lifetime, and a stopped hub holds no timer open past half of it', async () => {
  hook.enable();
  const t = await startTestHub();
  try {
    // agenda.every runs the hourly checkpoint at once: wait until it has run, leaving its liveness timer behind.
    await eventually(async () => (await t.db.pool.query(`SELECT 1 FROM agenda_jobs WHERE name = $1 AND last_finished_at IS NOT NULL`, [CHECKPOINT_JOB])).rowCount);
    const lifetimes = Object.entries(t.hub.agenda.definitions).map(([name, d]) => [name, d.lockLifetime]);
    expect(lifetimes).toEqual(lifetimes.map(([name]) => [name, 5000]));
  } finally {
    await t.stop();
  }
  const held = () => [...timers].filter((timer) => timer.hasRef() && !(timer as unknown as { _destroyed?: boolean })._destroyed);
  // Half the test hub's 5 s lock lifetime, and a margin for a loaded machine.
  await eventually(async () => held().length === 0, 6_000).catch(() => {
    throw new Error(`still held after stop: ${held().map((timer) => `${(timer as unknown as { _idleTimeout: number })._idleTimeout} ms`).join(', ')}`);
  });
  hook.disable();
});
