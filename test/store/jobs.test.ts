import { randomUUID } from 'node:crypto';
import { armJobs, cancelJobs, ensureJobIndexes, JOBS_TABLE } from '../../store/jobs.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const NAMES = ['publication.deliver', 'publication.retract'];
beforeAll(async () => {
  // The job table is Agenda's: a hub without a worker creates it and makes our index.
  t = await startTestHub({ worker: false });
});
afterAll(async () => t.stop());

const jobsOf = async (publicationId: string) =>
  (await t.db.pool.query(`SELECT name, next_run_at FROM ${JOBS_TABLE} WHERE data->>'publicationId' = $1 ORDER BY name`, [publicationId])).rows;

test('arming is one upsert per batch: a second arm moves the same job', async () => {
  const [a, b] = [randomUUID(), randomUUID()];
  const first = new Date('2030-01-01T00:00:00Z');
  const later = new Date('2030-01-02T00:00:00Z');
  await armJobs(t.db.pool, 'publication.deliver', [{ publicationId: a, at: first }, { publicationId: b, at: first }], 'test');
  await armJobs(t.db.pool, 'publication.deliver', [{ publicationId: a, at: later }], 'test');
  await armJobs(t.db.pool, 'publication.retract', [{ publicationId: a, at: first }], 'test');
  expect(await jobsOf(a)).toEqual([{ name: 'publication.deliver', next_run_at: later }, { name: 'publication.retract', next_run_at: first }]);
  expect(await jobsOf(b)).toEqual([{ name: 'publication.deliver', next_run_at: first }]);
  await cancelJobs(t.db.pool, 'publication.deliver', [a, b]);
  expect(await jobsOf(a)).toEqual([{ name: 'publication.retract', next_run_at: first }]);
  expect(await jobsOf(b)).toEqual([]);
});

test('finished publication jobs are purged at start; due and other jobs stay', async () => {
  const due = randomUUID();
  await armJobs(t.db.pool, 'publication.deliver', [{ publicationId: due, at: new Date() }], 'test');
  await t.db.pool.query(
    `INSERT INTO ${JOBS_TABLE} (name, data, next_run_at, last_finished_at) SELECT 'publication.deliver', jsonb_build_object('publicationId', gen_random_uuid()::text), NULL, now() FROM generate_series(1, 500)`,
  );
  await t.db.pool.query(`INSERT INTO ${JOBS_TABLE} (name, data, next_run_at) VALUES ('inspection.daily', '{}', NULL)`);
  await ensureJobIndexes(t.db.pool, NAMES);
  const { rows } = await t.db.pool.query(`SELECT name, count(*)::int AS n FROM ${JOBS_TABLE} WHERE next_run_at IS NULL GROUP BY name`);
  expect(rows).toEqual([{ name: 'inspection.daily', n: 1 }]);
  expect(await jobsOf(due)).toHaveLength(1);
});
