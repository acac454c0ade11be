import { ensureJobsSchema, DELIVER_JOB, RETRACT_JOB } from '../../jobs/agenda.js';
import { BATCH_CLAIM_SQL } from '../../jobs/batchedClaim.js';
import { ARM_JOBS_SQL, armJobs, ensureJobIndexes, purgeFinishedJobs } from '../../store/jobs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * A job table an older version filled with finished jobs. While it holds them, the claims and the arming must not
 * walk them (the claims read an index of unfinished jobs only); a worker's start purges them and vacuums, so what
 * follows does not pay for the rows that went either. Autovacuum is off for the table here, so the tests see the
 * state a worker meets before autovacuum comes.
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
/** The scenario: this many finished jobs in the table. */
const HELD = 100_000;
const DUE = 10;

interface PlanNode {
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

/** Finished jobs as an older version left them, analyzed as autovacuum would have; returns the heap's pages. */
async function leaveFinishedJobs(count = FINISHED): Promise<number> {
  await db.pool.query(
    `INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, type, priority)
     SELECT $1, jsonb_build_object('publicationId', 'done-' || g), NULL, now(), now(), 'normal', 0 FROM generate_series(1, $2) g`,
    [DELIVER_JOB, count],
  );
  await db.pool.query('ANALYZE agenda_jobs');
  return heapPages();
}

async function heapPages(): Promise<number> {
  const { rows } = await db.pool.query<{ pages: number }>(`SELECT (pg_relation_size('agenda_jobs') / current_setting('block_size')::int)::int AS pages`);
  return rows[0].pages;
}

const pagesOf = (node: PlanNode): number => node['Shared Hit Blocks'] + node['Shared Read Blocks'];

/**
 * Pages read by the workers' claim of the due jobs (its read of candidates, before the update's own writes) and by
 * arming one new publication's job (the whole statement), each as the workers run them: prepared, generic plan,
 * after a few runs; every run rolled back.
 */
async function statementPages(): Promise<{ claimed: number; claim: number; arm: number }> {
  const client = await db.pool.connect();
  try {
    await client.query(`PREPARE claim(timestamptz, text, timestamptz, timestamptz, text, int) AS ${BATCH_CLAIM_SQL}`);
    await client.query(`PREPARE arm(text, text[], timestamptz[], text, text) AS ${ARM_JOBS_SQL}`);
    await client.query('SET plan_cache_mode = force_generic_plan');
    const claim = `EXECUTE claim(now(), '${DELIVER_JOB}', now() + interval '250 ms', now() - interval '60 s', 'test', 25)`;
    const arm = `EXECUTE arm('${DELIVER_JOB}', ARRAY[gen_random_uuid()::text], ARRAY[now() + interval '1 hour'], 'test', NULL)`;
    const explain = async (statement: string): Promise<PlanNode> => {
      for (let i = 0; i < 2; i++) await client.query(`BEGIN; ${statement}; ROLLBACK`);
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement}`);
      await client.query('ROLLBACK');
      return rows[0]['QUERY PLAN'][0].Plan;
    };
    const claimPlan = await explain(claim);
    return { claimed: claimPlan['Actual Rows'], claim: pagesOf(claimPlan.Plans![0]), arm: pagesOf(await explain(arm)) };
  } finally {
    await client.query('DEALLOCATE ALL').catch(() => {});
    await client.query('RESET plan_cache_mode');
    client.release();
  }
}

it('claims and arms without walking 100,000 finished jobs the table holds, and a start leaves it clean', async () => {
  const cleanPages = await heapPages();
  const clean = await statementPages();
  const heldPages = await leaveFinishedJobs(HELD);
  const held = await statementPages();
  expect(held.claimed).toBe(DUE);
  // The finished rows are all there and fill far more pages than either statement may read: a claim that walked
  // them (as Agenda's own index made it: they sort after the due jobs, and 10 due of 25 asked leaves it walking)
  // read thousands. Each statement now reads about what it read on the clean table (the indexes one level deeper).
  expect(heldPages).toBeGreaterThan(1500);
  expect(held.claim).toBeLessThanOrEqual(clean.claim * 2 + 8);
  expect(held.arm).toBeLessThanOrEqual(clean.arm * 2 + 16);

  // A worker's start purges them and vacuums before it claims: the heap is back to the clean table's size and the
  // statistics count the rows that are left.
  expect(await ensureJobIndexes(db.pool, [DELIVER_JOB, RETRACT_JOB])).toMatchObject({ deleted: HELD, vacuumed: true });
  expect(await heapPages()).toBeLessThanOrEqual(cleanPages + 2);
  const { rows } = await db.pool.query<{ tuples: number; finished: number }>(
    `SELECT reltuples::int AS tuples, (SELECT count(*)::int FROM agenda_jobs WHERE next_run_at IS NULL) AS finished FROM pg_class WHERE relname = 'agenda_jobs'`,
  );
  expect(rows[0]).toEqual({ tuples: DUE, finished: 0 });
  // The statistics autovacuum reads agree: no 100,000 dead rows left for it to come for in the middle of a release.
  const { rows: [stats] } = await db.pool.query<{ dead: number }>(`SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relname = 'agenda_jobs'`);
  expect(stats.dead).toBeLessThan(1000);
  const after = await statementPages();
  expect(after.claimed).toBe(DUE);
  expect(after.claim).toBeLessThanOrEqual(clean.claim * 2 + 8);
});

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

it('two workers starting together purge once, and the one vacuum leaves the heap at its clean size', async () => {
  await ensureJobIndexes(db.pool, [DELIVER_JOB, RETRACT_JOB]);
  const cleanPages = await heapPages();
  expect(await leaveFinishedJobs()).toBeGreaterThan(cleanPages + 300);
  const starts = await Promise.all([0, 1].map(() => ensureJobIndexes(db.pool, [DELIVER_JOB, RETRACT_JOB])));
  // The second start waited for the first: it found nothing left, so there was one vacuum, after every delete.
  expect(starts.map((s) => s.deleted).sort((a, b) => a - b)).toEqual([0, FINISHED]);
  expect(starts.filter((s) => s.vacuumed)).toHaveLength(1);
  expect(await heapPages()).toBeLessThanOrEqual(cleanPages + 2);
});
