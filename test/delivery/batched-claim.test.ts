import type { Agenda, JobId, JobNotification } from 'agenda';
import { batchClaims, WAKE_COALESCE_MS } from '../../jobs/batchedClaim.js';
import { createAgenda, DELIVER_JOB, stopAgenda } from '../../jobs/agenda.js';
import { silentLogger } from '../../observe/logger.js';
import { armJobs, ensureJobIndexes } from '../../store/jobs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * Two workers on one job table: due publication jobs are claimed in batches of at most the lock limit, split
 * between the workers, each run once; a worker refills as its jobs finish instead of waiting for the next poll.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  // The job table is made by a backend's first start; each test may then run alone (`-t`).
  const { agenda, backend } = createAgenda(db.pool, { name: 'setup', processEvery: 60_000 });
  await agenda.start();
  await stopAgenda(agenda, backend);
  await ensureJobIndexes(db.pool, [DELIVER_JOB]);
});
afterAll(async () => db.drop());

const LIMIT = 8;
const JOBS = 64;

interface Worker {
  agenda: Agenda;
  stop(): Promise<void>;
  ran: string[];
  /** Most jobs this worker held locked and not yet run at once (sampled at every run's start). */
  mostLocked: number;
  claims: number;
}

async function worker(name: string, runMs: number): Promise<Worker> {
  const { agenda, backend } = createAgenda(db.pool, { name, processEvery: 60_000 });
  const state: Worker = { agenda, stop: () => stopAgenda(agenda, backend), ran: [], mostLocked: 0, claims: 0 };
  agenda.define<{ publicationId: string }>(DELIVER_JOB, async (job) => {
    // Jobs whose run has ended are not held any more, though their row goes a moment later (Agenda's delete).
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND last_modified_by = $2 AND locked_at IS NOT NULL AND NOT (data->>'publicationId' = ANY($3))`,
      [DELIVER_JOB, name, state.ran],
    );
    state.mostLocked = Math.max(state.mostLocked, rows[0].n);
    await new Promise((r) => setTimeout(r, runMs));
    state.ran.push(job.attrs.data.publicationId);
  }, { concurrency: LIMIT, lockLifetime: 60_000, removeOnComplete: true });
  await agenda.start();
  expect(batchClaims(agenda, countingPool(state), { [DELIVER_JOB]: LIMIT }, silentLogger)).toBe(true);
  return state;
}

/** The pool, counting the batched claims this worker sends. */
function countingPool(state: Worker): typeof db.pool {
  return new Proxy(db.pool, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver);
      return (...args: Parameters<typeof db.pool.query>) => {
        state.claims++;
        return (target.query as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

test('due jobs are split between two workers, claimed a batch per statement, each run once', async () => {
  // The first poll (Agenda's own, at start) finds nothing: the jobs are armed once both workers run.
  const [a, b] = [await worker('worker-a', 40), await worker('worker-b', 40)];
  try {
    await ensureJobIndexes(db.pool, [DELIVER_JOB]);
    const ids = Array.from({ length: JOBS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await armJobs(db.pool, DELIVER_JOB, ids.map((publicationId) => ({ publicationId, at: new Date() })), 'test', null);
    // No notification and no poll within the test: the first fill is asked for, as a poll would; the rest are refills.
    const fill = (w: Worker) => (w.agenda as unknown as { jobProcessor: { process(): Promise<void> } }).jobProcessor.process();
    await Promise.all([fill(a), fill(b)]);
    const deadline = Date.now() + 30_000;
    while (a.ran.length + b.ran.length < JOBS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

    expect([...a.ran, ...b.ran].sort()).toEqual(ids);
    expect(a.ran.length).toBeGreaterThan(0);
    expect(b.ran.length).toBeGreaterThan(0);
    expect(Math.max(a.mostLocked, b.mostLocked)).toBeLessThanOrEqual(LIMIT);
    // One statement per batch: far fewer than one per job (a refill takes at least half the limit).
    expect(a.claims + b.claims).toBeLessThanOrEqual(Math.ceil(JOBS / (LIMIT / 2)) + 4);
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.pool.query('SELECT 1 FROM agenda_jobs WHERE name = $1', [DELIVER_JOB])).rowCount).toBe(0);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

/** Hands a notification to this worker's handlers, as the LISTEN connection does when a release arms jobs. */
async function notifyWorker(w: Worker, jobId: string): Promise<void> {
  const channel = (w.agenda as unknown as { jobProcessor: { notificationChannel: { notifyHandlers(n: JobNotification): Promise<void> } } }).jobProcessor.notificationChannel;
  await channel.notifyHandlers({ jobId: jobId as unknown as JobId, jobName: DELIVER_JOB, nextRunAt: new Date(), priority: 0, timestamp: new Date(), source: 'test' });
}

const waitUntil = async (done: () => boolean, ms = 30_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

test('notifications close together share one claim; a worker holding a full batch does not claim on a notification', async () => {
  const w = await worker('worker-c', 300);
  try {
    await ensureJobIndexes(db.pool, [DELIVER_JOB]);
    await db.pool.query('DELETE FROM agenda_jobs');
    // Six releases' notifications in a burst (each armed its own job): one claim takes all six jobs.
    const burst = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8001-${String(i).padStart(12, '0')}`);
    const jobIds = await Promise.all(burst.map((publicationId) => armJobs(db.pool, DELIVER_JOB, [{ publicationId, at: new Date() }], 'test', null)));
    await new Promise((r) => setTimeout(r, 100));
    const claimsBefore = w.claims;
    await Promise.all(jobIds.map((jobId) => notifyWorker(w, jobId!)));
    await waitUntil(() => w.ran.length === burst.length);
    expect([...w.ran].sort()).toEqual(burst);
    expect(w.claims - claimsBefore).toBe(1);

    // A full batch (the limit, more due): further notifications wait for the refill at half the limit, not a claim each.
    const many = Array.from({ length: LIMIT * 2 }, (_, i) => `00000000-0000-4000-8002-${String(i).padStart(12, '0')}`);
    await armJobs(db.pool, DELIVER_JOB, many.map((publicationId) => ({ publicationId, at: new Date() })), 'test', null);
    const jobId = (await db.pool.query<{ id: string }>('SELECT id FROM agenda_jobs WHERE name = $1 LIMIT 1', [DELIVER_JOB])).rows[0].id;
    const ranBefore = w.ran.length;
    const full = w.claims;
    await notifyWorker(w, jobId);
    await new Promise((r) => setTimeout(r, WAKE_COALESCE_MS + 50));
    expect(w.claims - full).toBe(1);
    for (let i = 0; i < 5; i++) await notifyWorker(w, jobId);
    await new Promise((r) => setTimeout(r, WAKE_COALESCE_MS + 50));
    expect(w.claims - full).toBe(1);
    expect(w.ran.length).toBe(ranBefore);
    await waitUntil(() => w.ran.length === ranBefore + many.length);
    expect(w.ran.slice(ranBefore).sort()).toEqual(many);
  } finally {
    await w.stop();
  }
});

type ProcessorProbe = { process(): Promise<void>; isJobQueueFilling: Map<string, boolean> };
const processorOf = (agenda: Agenda): ProcessorProbe => (agenda as unknown as { jobProcessor: ProcessorProbe }).jobProcessor;

/**
 * The pool, holding Agenda's own claim of one job (its `LIMIT 1` statement) until `open` is called: Agenda's first
 * fill, started by `start()`, is then still waiting for its claim when the batched claim is installed, as on a slow
 * machine. Everything else passes straight through.
 */
function holdingOwnClaim(pool: typeof db.pool): { pool: typeof db.pool; held: () => number; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((r) => { open = r; });
  let held = 0;
  const proxy = new Proxy(pool, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver);
      return async (...args: unknown[]) => {
        const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | null)?.text ?? '';
        if (/SET locked_at[\s\S]*LIMIT 1\s+FOR UPDATE SKIP LOCKED/.test(text)) {
          held++;
          await gate;
        }
        return (target.query as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { pool: proxy, held: () => held, open };
}

test('a claim beside Agenda\'s own first fill, still waiting at install, does not take one job more than the limit', async () => {
  await db.pool.query('DELETE FROM agenda_jobs');
  const limit = 2;
  const ids = ['01', '02', '03'].map((n) => `00000000-0000-4000-8004-0000000000${n}`);
  const at = Date.now();
  await armJobs(db.pool, DELIVER_JOB, ids.map((publicationId, i) => ({ publicationId, at: new Date(at - 3000 + i * 1000) })), 'test', null);
  let release!: () => void;
  const mayEnd = new Promise<void>((r) => { release = r; });
  const ran: string[] = [];
  const own = holdingOwnClaim(db.pool);
  const { agenda, backend } = createAgenda(own.pool, { name: 'worker-e', processEvery: 60_000 });
  agenda.define<{ publicationId: string }>(DELIVER_JOB, async (job) => {
    await mayEnd;
    ran.push(job.attrs.data.publicationId);
  }, { concurrency: limit, lockLifetime: 60_000, removeOnComplete: true });
  let locked = -1;
  try {
    await agenda.start();
    const processor = processorOf(agenda);
    await waitUntil(() => own.held() > 0, 10_000);
    expect(processor.isJobQueueFilling.has(DELIVER_JOB)).toBe(true);
    expect(batchClaims(agenda, db.pool, { [DELIVER_JOB]: limit }, silentLogger)).toBe(true);
    // A poll (or a notification) claims beside the waiting fill; then the fill's claim goes through.
    await processor.process();
    own.open();
    await waitUntil(() => !processor.isJobQueueFilling.has(DELIVER_JOB), 10_000);
    await waitUntil(() => false, 200);
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND last_modified_by = 'worker-e' AND locked_at IS NOT NULL`, [DELIVER_JOB]);
    locked = rows[0].n;
    release();
    await waitUntil(() => ran.length === ids.length, 10_000);
    if (ran.length < ids.length) await processor.process();
    await waitUntil(() => ran.length === ids.length, 10_000);
  } finally {
    release();
    own.open();
    await stopAgenda(agenda, backend);
  }
  expect(locked).toBe(limit);
  expect([...ran].sort()).toEqual(ids);
});

test('a job whose run has ended but whose row is not yet unlocked still counts against the limit', async () => {
  await db.pool.query('DELETE FROM agenda_jobs');
  const limit = 2;
  const [first, second, third] = ['01', '02', '03'].map((n) => `00000000-0000-4000-8003-0000000000${n}`);
  const ran: string[] = [];
  // The first run's row is held by another transaction as the run ends, so Agenda's unlock (and delete) waits:
  // the run is over, its lock time cleared, but its row is still locked by this worker.
  const holder = await db.pool.connect();
  let releaseSecond!: () => void;
  const secondMayEnd = new Promise<void>((r) => { releaseSecond = r; });
  const { agenda, backend } = createAgenda(db.pool, { name: 'worker-d', processEvery: 60_000 });
  agenda.define<{ publicationId: string }>(DELIVER_JOB, async (job) => {
    const id = job.attrs.data.publicationId;
    if (id === first) {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM agenda_jobs WHERE id = $1 FOR UPDATE', [String(job.attrs._id)]);
    }
    if (id === second) await secondMayEnd;
    ran.push(id);
  }, { concurrency: limit, lockLifetime: 60_000, removeOnComplete: true });
  await agenda.start();
  const processor = processorOf(agenda);
  try {
    expect(batchClaims(agenda, db.pool, { [DELIVER_JOB]: limit }, silentLogger)).toBe(true);
    // Agenda's own first fill (an empty table) ends before the jobs are armed: the window under test is the ended run's.
    await waitUntil(() => !processor.isJobQueueFilling.has(DELIVER_JOB), 10_000);
    const at = Date.now();
    await armJobs(db.pool, DELIVER_JOB, [first, second, third].map((publicationId, i) => ({ publicationId, at: new Date(at - 3000 + i * 1000) })), 'test', null);
    await processor.process();
    await waitUntil(() => ran.includes(first));
    // The unlock of the first row is now waiting on the holder.
    await waitUntil(() => false, 300);
    await processor.process();
    await waitUntil(() => false, 300);
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND last_modified_by = 'worker-d' AND locked_at IS NOT NULL`, [DELIVER_JOB]);
    expect(rows[0].n).toBe(limit);
    expect(ran).toEqual([first]);

    await holder.query('COMMIT');
    releaseSecond();
    await waitUntil(() => ran.length === 3, 10_000);
    if (ran.length < 3) await processor.process();
    await waitUntil(() => ran.length === 3, 10_000);
    expect([...ran].sort()).toEqual([first, second, third]);
  } finally {
    releaseSecond();
    await holder.query('ROLLBACK').catch(() => undefined);
    holder.release();
    await stopAgenda(agenda, backend);
  }
});
