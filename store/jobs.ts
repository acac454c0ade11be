/**
 * Our own statements against Agenda's job table (created by the Agenda backend at start): arming and
 * cancelling many delivery jobs in one statement, and the index that keeps "the job of this publication"
 * a lookup instead of a scan however many jobs have run.
 */
import { prepared, withTransaction, type Pool, type Queryable } from './db.js';

export const JOBS_TABLE = 'agenda_jobs';
const INDEX_LOCK = 7_261_023_004;
/** Held by a start while it purges and vacuums: a second start waits, then finds nothing left to purge. */
const PURGE_LOCK = 7_261_023_005;
const PURGE_LOCK_RETRY_MS = 50;
/** Finished jobs deleted per statement: a purge of any size holds its row locks and its WAL in bounded steps. */
const PURGE_BATCH = 5_000;
/** Finished jobs purged at once past which a start vacuums the table before its worker claims anything. */
const PURGE_VACUUM_THRESHOLD = 1_000;

/**
 * Jobs still to run or running: the claims' index covers these only, so however many finished rows a table holds
 * (an older version's, or a run whose removal failed; purged or not yet, vacuumed or not yet) no claim walks them.
 * The claims' conditions (`next_run_at <= $n`, `locked_at <= $n`, both strict) imply this predicate, which is
 * what lets the planner use the index for them.
 */
const UNFINISHED = 'disabled = FALSE AND (next_run_at IS NOT NULL OR locked_at IS NOT NULL)';

/**
 * Finished one-off jobs of these names (left by older versions, or by a run whose removal failed). Agenda's
 * "next job to run" query walks every row of a name when none is due, so each of them costs every poll.
 * Deleted in batches (SKIP LOCKED: a job being re-armed is left to its arming); returns how many this call deleted.
 */
export async function purgeFinishedJobs(db: Queryable, names: readonly string[]): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await db.query(
      `DELETE FROM ${JOBS_TABLE} WHERE id = ANY(ARRAY(
         SELECT id FROM ${JOBS_TABLE} WHERE name = ANY($1) AND next_run_at IS NULL AND locked_at IS NULL LIMIT $2 FOR UPDATE SKIP LOCKED))`,
      [names, PURGE_BATCH],
    );
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < PURGE_BATCH) return deleted;
  }
}

/** What a start's purge did and cost, for its log line. */
export interface JobTablePurge {
  deleted: number;
  /** Whether a vacuum was asked for (a role that does not own the table is refused with a warning). */
  vacuumed: boolean;
  /** The purge and the vacuum together. */
  ms: number;
}

/**
 * At every start: finished jobs go, and one job per (name, publication) is enforced by a unique index that
 * makes arming an upsert (duplicates from older versions collapse to the newest when it is made).
 *
 * A large purge is followed by `VACUUM (ANALYZE)` before the worker claims: otherwise the dead rows stay in the
 * heap and the indexes until autovacuum comes (up to a minute later, in the middle of the first releases, whose
 * statements then pay for it and for the scans it has not yet spared them), and the statistics keep counting them.
 * VACUUM cannot run in a transaction, so the purge is its own statements before the index transaction. A role
 * that does not own the table gets a warning and no vacuum (the owner's start, `ensureJobsSchema`, has done it).
 */
export async function ensureJobIndexes(pool: Pool, names: readonly string[]): Promise<JobTablePurge> {
  const started = performance.now();
  // One start at a time: two workers starting together would otherwise split the purge, and the first one's vacuum
  // would run while the other's deletes were still uncommitted, leaving their dead rows and the heap's size for
  // autovacuum to find in the middle of the first releases. The lock is the session's, as VACUUM needs no transaction.
  const client = await pool.connect();
  let deleted = 0;
  let vacuumed = false;
  try {
    // Asked for again and again rather than waited on: a statement waiting for the lock would hold a snapshot older
    // than the other start's deletes, and its vacuum could then remove none of them.
    while (!(await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [PURGE_LOCK])).rows[0].locked) {
      await new Promise((resolve) => setTimeout(resolve, PURGE_LOCK_RETRY_MS));
    }
    deleted = await purgeFinishedJobs(client, names);
    vacuumed = deleted >= PURGE_VACUUM_THRESHOLD;
    if (vacuumed) {
      // The deletes' count reaches the statistics when this session next idles, which would be after the vacuum
      // reported the table clean: autovacuum would then come for dead rows that are gone. Flushed first (PG 15+).
      await client.query('SELECT pg_stat_force_next_flush()').catch(() => {});
      await client.query(`VACUUM (ANALYZE) ${JOBS_TABLE}`);
    }
  } finally {
    // A session whose unlock failed is closed rather than returned to the pool still holding the lock.
    const unlocked = await client.query('SELECT pg_advisory_unlock($1)', [PURGE_LOCK]).then(() => true, () => false);
    client.release(!unlocked);
  }
  const purge = { deleted, vacuumed, ms: performance.now() - started };
  // Each index is looked up before it is made: CREATE INDEX IF NOT EXISTS would lock the table's writes at every
  // start, and the application role, which does not own the table, may not run it at all.
  const present = async (db: Queryable, index: string): Promise<boolean> =>
    (await db.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [index])).rows[0].present;
  if (await present(pool, `${JOBS_TABLE}_publication_key`) && await present(pool, `${JOBS_TABLE}_unfinished_idx`)) return purge;
  await withTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [INDEX_LOCK]);
    if (!(await present(tx, `${JOBS_TABLE}_unfinished_idx`))) {
      await tx.query(`CREATE INDEX ${JOBS_TABLE}_unfinished_idx ON ${JOBS_TABLE} (name, next_run_at, priority DESC) WHERE ${UNFINISHED}`);
    }
    if (await present(tx, `${JOBS_TABLE}_publication_key`)) return;
    await tx.query(
      `DELETE FROM ${JOBS_TABLE} a USING ${JOBS_TABLE} b
       WHERE a.name = b.name AND a.data ? 'publicationId' AND a.data->>'publicationId' = b.data->>'publicationId'
         AND (a.updated_at, a.id) < (b.updated_at, b.id)`,
    );
    await tx.query(`CREATE UNIQUE INDEX ${JOBS_TABLE}_publication_key ON ${JOBS_TABLE} (name, (data->>'publicationId')) WHERE data ? 'publicationId'`);
  });
  return purge;
}

/** The job of each publication found by the unique index, finished or not, and moved to its new time; or made. */
export const ARM_JOBS_SQL = `INSERT INTO ${JOBS_TABLE} (name, data, next_run_at, type, priority, last_modified_by)
  SELECT $1, jsonb_strip_nulls(jsonb_build_object('publicationId', j.id, 'requestId', $5::text)), j.at, 'normal', 0, $4
  FROM unnest($2::text[], $3::timestamptz[]) AS j(id, at)
  ON CONFLICT (name, (data->>'publicationId')) WHERE data ? 'publicationId'
  DO UPDATE SET data = EXCLUDED.data, next_run_at = EXCLUDED.next_run_at, disabled = false, last_modified_by = EXCLUDED.last_modified_by
  RETURNING id`;

/** Arms (or re-arms) the job `name` of each publication for its time, in one statement; returns one job id. */
export async function armJobs(db: Queryable, name: string, jobs: readonly { publicationId: string; at: Date }[], modifiedBy: string, requestId: string | null = null): Promise<string | null> {
  if (jobs.length === 0) return null;
  // Named, like the claims: every release arms its jobs with this text, and unnamed it was planned each time.
  const { rows } = await db.query<{ id: string }>(prepared(
    ARM_JOBS_SQL,
    [name, jobs.map((j) => j.publicationId), jobs.map((j) => j.at), modifiedBy, requestId],
  ));
  return rows[0]?.id ?? null;
}

export async function cancelJobs(db: Queryable, name: string, publicationIds: readonly string[]): Promise<void> {
  if (publicationIds.length === 0) return;
  await db.query(`DELETE FROM ${JOBS_TABLE} WHERE name = $1 AND data ? 'publicationId' AND data->>'publicationId' = ANY($2::text[])`, [name, publicationIds]);
}
