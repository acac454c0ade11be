/**
 * `node --import tsx bench/jobClaims.explain.ts`: EXPLAIN (ANALYZE, BUFFERS) of the job queue's claims on a job table
 * as the pipeline bench's scheduled step finds it (100,000 finished jobs purged and vacuumed by a start, then 800
 * deliveries armed over 20 s, half of them run and deleted, 25 locked), custom and generic plans (the claims run as
 * named statements), first as the migrations leave the table, then with Agenda's `agenda_jobs_next_run_at_idx`
 * (dropped by 0036) built again: whether any claim would read it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pgLib from 'pg';
import { BATCH_CLAIM_SQL } from '../jobs/batchedClaim.js';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase } from '../store/embedded.js';
import { ARM_JOBS_SQL, ensureJobIndexes } from '../store/jobs.js';
import { startBenchCluster } from './statementStats.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-claims-'));
const pg = await startBenchCluster(path.join(dir, 'pg'), false);
await ensureDatabase(pg.adminUrl, 'bench');
const config = loadConfig({ DATABASE_URL: pg.urlFor('bench'), PORT: '0', DATA_DIR: dir, PUBLIC_BASE_URL: 'http://portal.bench', JOBS_POLL_MS: '250', NODE_ENV: 'test' });
// A worker's start makes the job table and our indexes on it, as in the bench.
await (await startHub(config, { web: false, worker: true, name: 'explain' })).stop();
const pool = new pgLib.Pool({ connectionString: pg.urlFor('bench'), max: 1 });
const q = (text: string, values: unknown[] = []): Promise<pgLib.QueryResult<Record<string, string>>> => pool.query(text, values);
// The finished jobs of step 3, purged and vacuumed by a start.
await q(`INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, type, priority)
  SELECT 'publication.deliver', jsonb_build_object('publicationId', gen_random_uuid()::text), NULL, now(), now(), 'normal', 0 FROM generate_series(1, 100000)`);
await q('ANALYZE agenda_jobs');
console.log('purge at start', await ensureJobIndexes(pool, ['publication.deliver', 'publication.retract']));
// 800 scheduled deliveries over 20 s starting 25 s from now (arming in batches of 4, as the releases do).
const base = Date.now() + 25_000;
for (let i = 0; i < 200; i++) {
  const at = new Date(base + i * 100);
  await q(ARM_JOBS_SQL, ['publication.deliver', [0, 1, 2, 3].map(() => crypto.randomUUID()), [0, 1, 2, 3].map(() => at), 'bench', null]);
}
// Mid-run: the first half ran and were deleted (dead rows), the next 25 locked by a worker.
await q(`DELETE FROM agenda_jobs WHERE id IN (SELECT id FROM agenda_jobs WHERE next_run_at IS NOT NULL ORDER BY next_run_at LIMIT 400)`);
await q(`UPDATE agenda_jobs SET locked_at = now() WHERE id IN (SELECT id FROM agenda_jobs WHERE next_run_at IS NOT NULL ORDER BY next_run_at LIMIT 25)`);
const mid = new Date(base + 11_000);
// Claimed at the middle of the spread, with the poll's window (250 ms) and lock lifetime (60 s).
const args = (): unknown[] => [new Date(), 'publication.deliver', new Date(mid.getTime() + 250), new Date(Date.now() - 60_000), 'w', 25];
const planOf = (rows: Record<string, string>[]): string => rows.map((r) => r['QUERY PLAN']).join('\n');
/** The plan PostgreSQL picks for these values (rolled back). */
const show = async (label: string, text: string, values: unknown[]): Promise<void> => {
  await q('BEGIN');
  const { rows } = await q(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`, values);
  await q('ROLLBACK');
  console.log(`--- ${label}\n${planOf(rows)}`);
};
/** The generic plan, the one a named statement settles on after five runs (rolled back). */
const generic = async (label: string, text: string, values: unknown[], types: string): Promise<void> => {
  await q(`PREPARE claim (${types}) AS ${text}`);
  await q(`SET plan_cache_mode = force_generic_plan`);
  await q('BEGIN');
  const lit = (v: unknown): string => v instanceof Date ? `'${v.toISOString()}'` : Array.isArray(v) ? `ARRAY[${v.map(lit).join(',')}]` : typeof v === 'number' ? String(v) : `'${String(v)}'`;
  const { rows } = await q(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE claim(${values.map(lit).join(',')})`);
  await q('ROLLBACK');
  await q(`DEALLOCATE claim`);
  await q(`RESET plan_cache_mode`);
  console.log(`--- generic ${label}\n${planOf(rows)}`);
};
const agendaClaim = `UPDATE "agenda_jobs" SET locked_at = $1, last_modified_by = $5 WHERE id = (SELECT id FROM "agenda_jobs" WHERE name = $2 AND disabled = FALSE AND ((locked_at IS NULL AND next_run_at <= $3) OR locked_at <= $4) ORDER BY next_run_at ASC NULLS LAST, priority DESC LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *`;
const due = `SELECT DISTINCT name FROM "agenda_jobs" WHERE name = ANY($1) AND disabled = FALSE AND ((locked_at IS NULL AND next_run_at <= $2) OR locked_at <= $3)`;
for (const state of ['without next_run_at_idx', 'with next_run_at_idx']) {
  if (state.startsWith('with ')) await q(`CREATE INDEX agenda_jobs_next_run_at_idx ON agenda_jobs (next_run_at) WHERE next_run_at IS NOT NULL`);
  await q('ANALYZE agenda_jobs');
  console.log(`===== ${state}; indexes: ${(await q(`SELECT string_agg(indexname, ', ') AS s FROM pg_indexes WHERE tablename = 'agenda_jobs'`)).rows[0].s}`);
  const a = args();
  await show('batched claim', BATCH_CLAIM_SQL, a);
  await generic('batched claim', BATCH_CLAIM_SQL, a, 'timestamptz, text, timestamptz, timestamptz, text, int');
  await show('agenda claim (retract)', agendaClaim, [a[0], 'publication.retract', a[2], a[3], 'w']);
  await generic('agenda claim (retract)', agendaClaim, [a[0], 'publication.retract', a[2], a[3], 'w'], 'timestamptz, text, timestamptz, timestamptz, text');
  await show('due', due, [['publication.retract', 'publications.reconcile', 'inspection.daily'], a[2], a[3]]);
  await generic('due', due, [['publication.retract', 'publications.reconcile', 'inspection.daily'], a[2], a[3]], 'text[], timestamptz, timestamptz');
}
await pool.end();
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
