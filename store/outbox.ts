import { prepared, type Queryable } from './db.js';

export type OutboxKind = 'mail' | 'deliver' | 'retract' | 'cancel';

export interface OutboxRow {
  id: number;
  kind: OutboxKind;
  payload: unknown;
  attempts: number;
}

/** The channel dispatchers LISTEN on; NOTIFY inside the writing transaction fires only if it commits. */
export const OUTBOX_CHANNEL = 'tongfa_outbox';

export async function insertOutbox(db: Queryable, kind: OutboxKind, payload: unknown): Promise<void> {
  // The row and the wake-up (delivered at commit) in one round trip.
  await db.query(prepared('WITH row AS (INSERT INTO outbox (kind, payload) VALUES ($1, $2)) SELECT pg_notify($3, $1)', [kind, JSON.stringify(payload), OUTBOX_CHANNEL]));
}

/**
 * Due rows, leased for `leaseMs` in one autocommitted statement: their due time moves past the lease, so other
 * dispatchers skip them while this one carries them out with no connection held (a mail written or sent, a job
 * armed), and a dispatcher that dies mid-row leaves them due again when the lease lapses (at least once).
 */
export async function claimOutbox(db: Queryable, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const { rows } = await db.query<OutboxRow>(prepared(
    `UPDATE outbox SET next_attempt_at = now() + $2 * interval '1 millisecond'
      WHERE id = ANY(ARRAY(
        SELECT id FROM outbox WHERE done_at IS NULL AND next_attempt_at <= now()
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED))
     RETURNING id, kind, payload, attempts`,
    [limit, leaseMs],
  ));
  return rows.sort((a, b) => a.id - b.id);
}

export async function finishOutbox(db: Queryable, id: number, error: string | null = null): Promise<void> {
  await db.query('UPDATE outbox SET done_at = now(), attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error]);
}

/** Rows carried out without error, all in one statement. */
export async function finishOutboxRows(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length) await db.query(prepared('UPDATE outbox SET done_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])', [ids]));
}

export async function retryOutbox(db: Queryable, id: number, error: string, delayMs: number): Promise<void> {
  await db.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond' WHERE id = $1`, [id, error, delayMs]);
}

export async function pendingOutbox(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE done_at IS NULL');
  return rows[0].n;
}
