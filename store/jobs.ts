/**
 * Our own statements against Agenda's job table (created by the Agenda backend at start): arming and
 * cancelling many delivery jobs in one statement, and the index that keeps "the job of this publication"
 * a lookup instead of a scan however many jobs have run.
 */
import { withTransaction, type Pool, type Queryable } from './db.js';

export const JOBS_TABLE = 'agenda_jobs';
const INDEX_LOCK = 7_261_023_004;
/** Finished jobs purged at once past which the table's statistics are renewed on the spot. */
const PURGE_ANALYZE_THRESHOLD = 1_000;

/**
 * Finished one-off jobs of these names (left by older versions, or by a run whose removal failed). Agenda's
 * "next job to run" query walks every row of a name when none is due, so each of them costs every poll.
 */
export async function purgeFinishedJobs(db: Queryable, names: readonly string[]): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM ${JOBS_TABLE} WHERE name = ANY($1) AND next_run_at IS NULL AND locked_at IS NULL`, [names]);
  return rowCount ?? 0;
}

/**
 * At every start: finished jobs go, and one job per (name, publication) is enforced by a unique index that
 * makes arming an upsert (duplicates from older versions collapse to the newest when it is made).
 */
export async function ensureJobIndexes(pool: Pool, names: readonly string[]): Promise<void> {
  await withTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [INDEX_LOCK]);
    // After a large purge the statistics still count the rows that went, and the planner keeps choosing scans of
    // the whole (now dead) heap until autovacuum comes, up to a minute later. ANALYZE tells it at once; a role
    // that does not own the table gets a warning and the owner's own start has done it.
    if ((await purgeFinishedJobs(tx, names)) >= PURGE_ANALYZE_THRESHOLD) await tx.query(`ANALYZE ${JOBS_TABLE}`);
    const { rows } = await tx.query<{ present: boolean }>(`SELECT to_regclass('${JOBS_TABLE}_publication_key') IS NOT NULL AS present`);
    if (rows[0].present) return;
    await tx.query(
      `DELETE FROM ${JOBS_TABLE} a USING ${JOBS_TABLE} b
       WHERE a.name = b.name AND a.data ? 'publicationId' AND a.data->>'publicationId' = b.data->>'publicationId'
         AND (a.updated_at, a.id) < (b.updated_at, b.id)`,
    );
    await tx.query(`CREATE UNIQUE INDEX ${JOBS_TABLE}_publication_key ON ${JOBS_TABLE} (name, (data->>'publicationId')) WHERE data ? 'publicationId'`);
  });
}

/** Arms (or re-arms) the job `name` of each publication for its time, in one statement; returns one job id. */
export async function armJobs(db: Queryable, name: string, jobs: readonly { publicationId: string; at: Date }[], modifiedBy: string, requestId: string | null = null): Promise<string | null> {
  if (jobs.length === 0) return null;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO ${JOBS_TABLE} (name, data, next_run_at, type, priority, last_modified_by)
     SELECT $1, jsonb_strip_nulls(jsonb_build_object('publicationId', j.id, 'requestId', $5::text)), j.at, 'normal', 0, $4
     FROM unnest($2::text[], $3::timestamptz[]) AS j(id, at)
     ON CONFLICT (name, (data->>'publicationId')) WHERE data ? 'publicationId'
     DO UPDATE SET data = EXCLUDED.data, next_run_at = EXCLUDED.next_run_at, disabled = false, last_modified_by = EXCLUDED.last_modified_by
     RETURNING id`,
    [name, jobs.map((j) => j.publicationId), jobs.map((j) => j.at), modifiedBy, requestId],
  );
  return rows[0]?.id ?? null;
}

export async function cancelJobs(db: Queryable, name: string, publicationIds: readonly string[]): Promise<void> {
  if (publicationIds.length === 0) return;
  await db.query(`DELETE FROM ${JOBS_TABLE} WHERE name = $1 AND data ? 'publicationId' AND data->>'publicationId' = ANY($2::text[])`, [name, publicationIds]);
}
