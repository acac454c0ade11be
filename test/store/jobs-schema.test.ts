/**
 * Every process creates or replaces Agenda's table, function and trigger when it starts. Two workers started at the same
 * moment used to collide in PostgreSQL's catalogue ("tuple concurrently updated", seen when the pipeline bench started
 * two workers together) and one of them exited. Starts on one database now take their turn.
 */
import { ensureJobsSchema } from '../../jobs/agenda.js';
import { createPool } from '../../store/db.js';
import { JOBS_TABLE } from '../../store/jobs.js';
import { createTestDatabase } from '../helpers/db.js';

test('six starts at once on a fresh database all prepare the job table, and it is whole', async () => {
  const db = await createTestDatabase();
  // One pool per start, as separate processes would have.
  const pools = Array.from({ length: 6 }, () => createPool(db.url, 3));
  try {
    const results = await Promise.allSettled(pools.map((pool) => ensureJobsSchema(pool)));
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(Array(6).fill('ok'));
    const { rows } = await db.pool.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE tablename = $1 ORDER BY indexname', [JOBS_TABLE]);
    expect(rows.map((r) => r.indexname)).toEqual(expect.arrayContaining([`${JOBS_TABLE}_publication_key`, `${JOBS_TABLE}_unfinished_idx`]));
    // Agenda's own indexes that no query reads are not built (each cost every write of a job row).
    expect(rows.map((r) => r.indexname)).not.toEqual(expect.arrayContaining([expect.stringMatching(/_(find_and_lock|locked_at|next_run_at)_idx$/)]));
    expect(rows.map((r) => r.indexname)).toContain(`${JOBS_TABLE}_single_job_idx`);
    // No start left its lock behind: a seventh takes it at once.
    const { rows: lock } = await db.pool.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(7261023006) AS taken');
    expect(lock[0].taken).toBe(true);
  } finally {
    await Promise.all(pools.map((pool) => pool.end()));
    await db.drop();
  }
});
