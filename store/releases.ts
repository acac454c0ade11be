import type { ChannelKind } from '../channels/Channel.js';
import type { Queryable } from './db.js';
import type { DeliveryMode } from './deliveryState.js';
import type { PublicationStatus } from './publications.js';

/**
 * What the 发布日历 and 渠道账号 screens read: releases by day, each account's last delivered post, and the
 * failed publications a person can retry. Titles are those of the released revision, not of a later draft.
 */

export interface CalendarRelease {
  publicationId: string;
  contentId: string;
  contentStatus: string;
  title: string;
  channel: ChannelKind;
  accountId: string | null;
  accountName: string | null;
  status: PublicationStatus;
  deliveryMode: DeliveryMode | null;
  /** When it went out, or when it is due to. */
  at: Date;
}

/** Scheduled, going-out and delivered publications in [from, to), optionally of one unit and one channel. */
export async function listCalendarReleases(
  db: Queryable,
  range: { from: Date; to: Date; unitId: string | null; channel: ChannelKind | null },
): Promise<CalendarRelease[]> {
  const { rows } = await db.query<CalendarRelease>(
    `SELECT * FROM (
       SELECT p.id AS "publicationId", p.content_id AS "contentId", c.status AS "contentStatus", r.title, p.channel,
         p.account_id AS "accountId", a.name AS "accountName", p.status, p.delivery_mode AS "deliveryMode",
         COALESCE(p.published_at, p.not_before) AS at
       FROM publications p
       JOIN contents c ON c.id = p.content_id
       JOIN content_revisions r ON r.content_id = p.content_id AND r.revision = p.revision
       LEFT JOIN channel_accounts a ON a.id = p.account_id
       WHERE p.status IN ('PENDING', 'PUBLISHING', 'PUBLISHED')
         AND ($3::uuid IS NULL OR c.unit_id = $3) AND ($4::text IS NULL OR p.channel = $4)
     ) x
     WHERE at >= $1 AND at < $2
     ORDER BY at, title, channel`,
    [range.from, range.to, range.unitId, range.channel],
  );
  return rows;
}

export interface DeliveredPost {
  accountId: string;
  contentId: string;
  title: string;
  publishedAt: Date;
}

/** Each account's latest delivered post (in the order of `accountIds`, null where it has none). */
export async function findLastDelivered(db: Queryable, accountIds: readonly string[]): Promise<(DeliveredPost | null)[]> {
  const { rows } = await db.query<DeliveredPost>(
    `SELECT DISTINCT ON (p.account_id) p.account_id AS "accountId", p.content_id AS "contentId", r.title, p.published_at AS "publishedAt"
     FROM publications p JOIN content_revisions r ON r.content_id = p.content_id AND r.revision = p.revision
     WHERE p.account_id = ANY($1::uuid[]) AND p.status = 'PUBLISHED' AND p.published_at IS NOT NULL
     ORDER BY p.account_id, p.published_at DESC`,
    [accountIds],
  );
  const byAccount = new Map(rows.map((r) => [r.accountId, r]));
  return accountIds.map((id) => byAccount.get(id) ?? null);
}

export interface FailedRelease {
  publicationId: string;
  contentId: string;
  title: string;
  channel: ChannelKind;
  accountName: string | null;
  unitCode: string;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}

/**
 * FAILED publications that retryPublication accepts: of the released revision, on an item still going out
 * or partly out (not retracted, not edited since).
 */
export async function listFailedReleases(db: Queryable, unitId: string | null): Promise<FailedRelease[]> {
  const { rows } = await db.query<FailedRelease>(
    `SELECT p.id AS "publicationId", p.content_id AS "contentId", r.title, p.channel, a.name AS "accountName", n.code AS "unitCode",
       p.attempts, p.last_error AS "lastError", p.updated_at AS "failedAt"
     FROM publications p
     JOIN contents c ON c.id = p.content_id JOIN units n ON n.id = c.unit_id
     JOIN content_revisions r ON r.content_id = p.content_id AND r.revision = p.revision
     LEFT JOIN channel_accounts a ON a.id = p.account_id
     WHERE p.status = 'FAILED' AND p.revision = c.approved_revision AND c.status IN ('PUBLISHING', 'PARTIALLY_PUBLISHED')
       AND ($1::uuid IS NULL OR c.unit_id = $1)
     ORDER BY p.updated_at DESC`,
    [unitId],
  );
  return rows;
}
