import { ensureJobsSchema, DELIVER_JOB, RETRACT_JOB } from '../../jobs/agenda.js';
import { BATCH_CLAIM_SQL } from '../../jobs/batchedClaim.js';
import { armJobs, ensureJobIndexes, purgeFinishedJobs } from '../../store/jobs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * A worker starting on a job table an older version filled with finished jobs: its start purges them, and what
 * follows must not pay for the rows that went (their dead heap stays until vacuum, and the statistics count them
 * until something analyzes the table). Autovacuum is off for the table here, so the tests see the state a worker
 * meets in the minute before autovacuum comes.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await ensureJobsSchema(db.pool);
  await db.pool.query('ALTER TABLE agenda_jobs SET (autovacuum_enabled = false)');
  await armJobs(db.pool, DELIVER_JOB, Array.from({ length: DUE }, (_, i) => ({ publicationId: `due-${i}`, at: new Date(Date.now() - 1000) })), 'test');
});
afterAll(async () => db.drop());

const FINISHED = 20_000;
const DUE = 10;

interface PlanNode {
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

/** Finished jobs as an older version left them, analyzed as autovacuum would have; returns the heap's pages. */
async function leaveFinishedJobs(): Promise<number> {
  await db.pool.query(
    `INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, type, priority)
     SELECT $1, jsonb_build_object('publicationId', 'done-' || g), NULL, now(), now(), 'normal', 0 FROM generate_series(1, $2) g`,
    [DELIVER_JOB, FINISHED],
  );
  await db.pool.query('ANALYZE agenda_jobs');
  const { rows } = await db.pool.query<{ pages: number }>(`SELECT (pg_relation_size('agenda_jobs') / current_setting('block_size')::int)::int AS pages`);
  return rows[0].pages;
}

it('claims the due jobs by key after a purge, even while the statistics still count the finished ones', async () => {
  const pages = await leaveFinishedJobs();
  expect(await purgeFinishedJobs(db.pool, [DELIVER_JOB])).toBe(FINISHED);
  // A named statement settles on a generic plan after five runs: that is the plan the workers run.
  const client = await db.pool.connect();
  try {
    await client.query(`PREPARE claim(timestamptz, text, timestamptz, timestamptz, text, int) AS ${BATCH_CLAIM_SQL}`);
    await client.query('SET plan_cache_mode = force_generic_plan');
    // The first scan after the purge visits each dead row once and marks its index entry dead; every claim after
    // it skips them. What matters is what each later claim reads.
    const claim = `EXECUTE claim(now(), '${DELIVER_JOB}', now() + interval '250 ms', now() - interval '60 s', 'test', 25)`;
    for (let i = 0; i < 2; i++) await client.query(`BEGIN; ${claim}; ROLLBACK`);
    await client.query('BEGIN');
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${claim}`,
    );
    await client.query('ROLLBACK');
    const plan = rows[0]['QUERY PLAN'][0].Plan;
    expect(plan['Actual Rows']).toBe(DUE);
    // Finding and locking ten rows by key reads a few dozen pages (the update's own index writes aside); the heap
    // the finished jobs left is far larger, and a plan that scans it reads all of it.
    const read = plan.Plans![0];
    expect(pages).toBeGreaterThan(300);
    expect(read['Shared Hit Blocks'] + read['Shared Read Blocks']).toBeLessThan(pages / 4);
  } finally {
    await client.query('DEALLOCATE claim').catch(() => {});
    await client.query('RESET plan_cache_mode');
    client.release();
  }
});

it("renews the table's statistics when a worker's start purges many finished jobs", async () => {
  await leaveFinishedJobs();
  await ensureJobIndexes(db.pool, [DELIVER_JOB, RETRACT_JOB]);
  const { rows: left } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1`, [DELIVER_JOB]);
  expect(left[0].n).toBe(DUE);
  // Every statement's plan now sees a small table, not only the claim's.
  const { rows } = await db.pool.query<{ tuples: number }>(`SELECT reltuples::int AS tuples FROM pg_class WHERE relname = 'agenda_jobs'`);
  expect(rows[0].tuples).toBeLessThan(1000);
});
