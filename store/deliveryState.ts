/**
 * Delivery bookkeeping beside the publication row: when the current round of attempts began (the retry
 * deadline counts from it) and how a WeChat publication goes out. Kept apart from store/publications.ts so the
 * hot claim path reads nothing extra; these are read only when a delivery fails or a WeChat mode is needed.
 */
import { BEIJING_TIME_ZONE } from '../time/beijing.js';
import type { DeliveryMode } from '../channels/descriptor.js';
import { prepared, type Queryable } from './db.js';

export type { DeliveryMode };

/** Starts the round's clock, unless it is already running; returns when the round began. */
export async function startAttemptRound(db: Queryable, publicationId: string, at: Date): Promise<Date> {
  const { rows } = await db.query<{ at: Date }>(
    `UPDATE publications SET first_attempt_at = COALESCE(first_attempt_at, $2) WHERE id = $1 RETURNING first_attempt_at AS at`,
    [publicationId, at],
  );
  return rows[0]?.at ?? at;
}

export async function findAttemptRoundStart(db: Queryable, publicationId: string): Promise<Date | null> {
  const { rows } = await db.query<{ at: Date | null }>('SELECT first_attempt_at AS at FROM publications WHERE id = $1', [publicationId]);
  return rows[0]?.at ?? null;
}

/** A publication that failed for good ends its round: a manual retry gets a whole new deadline. */
export async function endAttemptRound(db: Queryable, publicationId: string): Promise<void> {
  await db.query('UPDATE publications SET first_attempt_at = NULL WHERE id = $1', [publicationId]);
}

export async function findDeliveryMode(db: Queryable, publicationId: string): Promise<DeliveryMode | null> {
  const { rows } = await db.query<{ mode: DeliveryMode | null }>(prepared('SELECT delivery_mode AS mode FROM publications WHERE id = $1', [publicationId]));
  return rows[0]?.mode ?? null;
}

/**
 * 群发 of an account booked, going out or sent in the same Beijing day (or month) as `at`, other than
 * `excludeId`: what the platform's quota counts (a failed 群发 does not count).
 */
export async function countMassSends(db: Queryable, accountId: string, at: Date, period: 'day' | 'month', excludeIds: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM publications
      WHERE account_id = $1 AND delivery_mode = 'mass_send' AND status IN ('PENDING', 'PUBLISHING', 'PUBLISHED')
        AND NOT (id = ANY($4::uuid[]))
        AND date_trunc($3, COALESCE(published_at, not_before) AT TIME ZONE '${BEIJING_TIME_ZONE}') = date_trunc($3, $2::timestamptz AT TIME ZONE '${BEIJING_TIME_ZONE}')`,
    [accountId, at, period, excludeIds],
  );
  return rows[0].n;
}
