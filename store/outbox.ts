import { prepared, type Queryable, type Tx } from './db.js';

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

/** Due rows, locked for this transaction; rows another dispatcher holds are skipped, not waited for. */
export async function claimOutbox(tx: Tx, limit: number): Promise<OutboxRow[]> {
  const { rows } = await tx.query<OutboxRow>(prepared(
    `SELECT id, kind, payload, attempts FROM outbox
     WHERE done_at IS NULL AND next_attempt_at <= now()
     ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  ));
  return rows;
}

export async function finishOutbox(tx: Tx, id: number, error: string | null = null): Promise<void> {
  await tx.query('UPDATE outbox SET done_at = now(), attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error]);
}

/** Rows carried out without error, all in one statement. */
export async function finishOutboxRows(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length) await tx.query(prepared('UPDATE outbox SET done_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])', [ids]));
}

export async function retryOutbox(tx: Tx, id: number, error: string, delayMs: number): Promise<void> {
  await tx.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond' WHERE id = $1`, [id, error, delayMs]);
}

export async function pendingOutbox(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE done_at IS NULL');
  return rows[0].n;
}
