import { createAgenda, DELIVER_JOB, ensureJobsSchema, POLLED_EVERY_TIME, RETRACT_JOB, stopAgenda } from '../../jobs/agenda.js';
import { BATCH_CLAIM_SQL, batchClaims } from '../../jobs/batchedClaim.js';
import { pollRareJobsTogether } from '../../jobs/quietPoll.js';
import { silentLogger } from '../../observe/logger.js';
import { armJobs } from '../../store/jobs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * A worker's poll claims deliveries every time, retractions only when one is due (the poll's one "which names are
 * due" statement covers them): an idle poll sends no retraction claim, and a retraction armed later is found and
 * run once.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await ensureJobsSchema(db.pool);
});
afterAll(async () => db.drop());

test('an idle poll claims no retraction; a due retraction is claimed by the poll and run once', async () => {
  const { agenda, backend } = createAgenda(db.pool, { name: 'quiet-retract', processEvery: 60_000, ensureSchema: false });
  const ran: string[] = [];
  agenda.define<{ publicationId: string }>(DELIVER_JOB, async () => {}, { concurrency: 5, lockLifetime: 60_000, removeOnComplete: true });
  agenda.define<{ publicationId: string }>(RETRACT_JOB, async (job) => { ran.push(job.attrs.data.publicationId); }, { concurrency: 5, lockLifetime: 60_000, removeOnComplete: true });
  const claims: string[] = [];
  const counting = new Proxy(db.pool, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver);
      return (...args: Parameters<typeof db.pool.query>) => {
        const config = args[0] as { text?: string; values?: unknown[] };
        if (config?.text === BATCH_CLAIM_SQL) claims.push(String(config.values?.[1]));
        return (target.query as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  await agenda.start();
  try {
    expect(batchClaims(agenda, counting, { [DELIVER_JOB]: 5, [RETRACT_JOB]: 5 }, silentLogger)).toBe(true);
    expect(pollRareJobsTogether(agenda, counting, POLLED_EVERY_TIME)).toBe(true);
    const poll = () => (agenda as unknown as { jobProcessor: { process(): Promise<void> } }).jobProcessor.process();
    await poll();
    await poll();
    expect(claims.filter((name) => name === DELIVER_JOB)).toHaveLength(2);
    expect(claims.filter((name) => name === RETRACT_JOB)).toHaveLength(0);

    const id = '00000000-0000-4000-8000-000000000201';
    await armJobs(db.pool, RETRACT_JOB, [{ publicationId: id, at: new Date() }], 'test');
    await poll();
    const deadline = Date.now() + 10_000;
    while (ran.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(ran).toEqual([id]);
    // Arming notifies too (Agenda's trigger), so the notification and the poll may each claim: one finds the job,
    // the other nothing (CI saw both). What the poll promises is that the job is run once, and that idle polls
    // claimed no retraction (above).
    expect(claims.filter((name) => name === RETRACT_JOB).length).toBeGreaterThanOrEqual(1);
    expect(claims.filter((name) => name === RETRACT_JOB).length).toBeLessThanOrEqual(2);
    await poll();
    await new Promise((r) => setTimeout(r, 200));
    expect(ran).toEqual([id]);
  } finally {
    await stopAgenda(agenda, backend);
  }
});
