import type { ChannelKind } from '../channels/Channel.js';
import type { DeliveryMode } from '../channels/descriptor.js';
import { auditInsertSql, auditInsertValues, type NewEvent } from './audit.js';
import { prepared, setList, updateRow, type Queryable, type Tx } from './db.js';
import { isUuid } from './contents.js';

export type PublicationStatus = 'PENDING' | 'PUBLISHING' | 'PUBLISHED' | 'FAILED' | 'RETRACTING' | 'RETRACTED' | 'RETRACT_FAILED' | 'CANCELLED';

export interface PublicationRecord {
  id: string;
  contentId: string;
  revision: number;
  channel: ChannelKind;
  accountId: string | null;
  accountName: string | null;
  idempotencyKey: string;
  status: PublicationStatus;
  notBefore: Date;
  url: string | null;
  externalId: string | null;
  attempts: number;
  lastError: string | null;
  /** Saved by an adapter before an unrepeatable step, handed back to it when a delivery resumes. */
  progress: Record<string, string>;
  polls: number;
  retractError: string | null;
  leaseUntil: Date | null;
  /** Taken anew by every claim; a delivery's writes count only while the row still carries its token. */
  leaseToken: number;
  publishedAt: Date | null;
  retractedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const FIELDS: { readonly [K in keyof PublicationRecord]-?: string } = {
  id: 'p.id', contentId: 'p.content_id', revision: 'p.revision', channel: 'p.channel', accountId: 'p.account_id', accountName: 'a.name',
  idempotencyKey: 'p.idempotency_key', status: 'p.status', notBefore: 'p.not_before', url: 'p.url', externalId: 'p.external_id', attempts: 'p.attempts',
  lastError: 'p.last_error', progress: 'p.progress', polls: 'p.polls', retractError: 'p.retract_error', leaseUntil: 'p.lease_until', leaseToken: 'p.lease_token', publishedAt: 'p.published_at',
  retractedAt: 'p.retracted_at', createdAt: 'p.created_at', updatedAt: 'p.updated_at',
};
/**
 * The record's columns, each named `${prefix}${field}`: a prefix keeps them apart from another table's in one row,
 * and `accountAlias` names the joined account when `a` is taken.
 */
export const publicationColumns = (prefix = '', accountAlias = 'a'): string =>
  Object.entries(FIELDS).map(([field, column]) => `${field === 'accountName' ? `${accountAlias}.name` : column} AS "${prefix}${field}"`).join(', ');
const COLUMNS = publicationColumns();
/** `publications p` with its account (`a`), as every read of the record joins it. */
const FROM = `publications p LEFT JOIN channel_accounts a ON a.id = p.account_id`;

/** The record out of a row whose publication columns carry `prefix` (see `publicationColumns`). */
export function publicationOfRow(row: Record<string, unknown>, prefix: string): PublicationRecord {
  const record: Record<string, unknown> = {};
  for (const field of Object.keys(FIELDS)) record[field] = row[`${prefix}${field}`];
  return record as unknown as PublicationRecord;
}

export interface PublicationTarget {
  channel: ChannelKind;
  /** Null for the hub's own channels. */
  accountId: string | null;
}

/** One publication per (revision × channel account): its idempotency key. */
export const publicationKey = (contentId: string, revision: number, channel: string, accountId: string | null): string => `${contentId}:${revision}:${channel}:${accountId ?? 'hub'}`;

/**
 * How a release books the delivery mode of its publications on one channel (WeChat's 发布 or 群发): `override`
 * (the release's own choice), else the account's `settings.wechatMode`, else `fallback` (the channel's default).
 */
export interface ModeBooking {
  channel: ChannelKind;
  override: DeliveryMode | null;
  fallback: DeliveryMode;
}

/** A publication as a release left it: with its booked delivery mode and its account's type (the 群发 quota's). */
export interface ReleasedPublication extends PublicationRecord {
  deliveryMode: DeliveryMode | null;
  accountType: 'subscription' | 'service' | null;
}

/**
 * Creates the publications of one approved revision on its channel accounts, or re-arms the existing ones
 * (reschedule): the idempotency key makes a second publish of the same revision the same rows. One
 * statement for the whole release; the rows come back in the order of `targets`, with their accounts' names.
 * With `booking`, the same statement books the delivery mode of each row of that channel that goes (back) out —
 * new, PENDING, CANCELLED or FAILED — from its account's settings: a separate UPDATE wrote a second version of
 * each row and all its index entries (the mode is in an index's predicate, so that update was never HOT). A row
 * whose account row is missing is booked no mode (null), which the caller refuses.
 */
export async function upsertPublications(db: Queryable, contentId: string, revision: number, targets: readonly PublicationTarget[], notBefore: Date, booking?: ModeBooking): Promise<ReleasedPublication[]> {
  if (targets.length === 0) return [];
  const keys = targets.map((t) => publicationKey(contentId, revision, t.channel, t.accountId));
  const { rows } = await db.query<ReleasedPublication & { ord: number }>(prepared(
    `WITH t AS (SELECT * FROM unnest($3::text[], $4::uuid[], $5::text[]) WITH ORDINALITY AS t(channel, account_id, idempotency_key, ord)),
     p AS (
       INSERT INTO publications (content_id, revision, channel, account_id, idempotency_key, status, not_before, delivery_mode)
       SELECT $1, $2, t.channel, t.account_id, t.idempotency_key, 'PENDING', $6,
              CASE WHEN t.channel = $7 THEN (SELECT COALESCE($8::text, b.settings->>'wechatMode', $9::text) FROM channel_accounts b WHERE b.id = t.account_id) END
         FROM t ORDER BY t.ord
       ON CONFLICT (idempotency_key) DO UPDATE SET
         not_before = CASE WHEN publications.status IN ('PENDING', 'CANCELLED', 'FAILED') THEN EXCLUDED.not_before ELSE publications.not_before END,
         delivery_mode = CASE WHEN publications.status IN ('PENDING', 'CANCELLED', 'FAILED') AND publications.channel = $7 THEN EXCLUDED.delivery_mode ELSE publications.delivery_mode END,
         status = CASE WHEN publications.status IN ('CANCELLED', 'FAILED') THEN 'PENDING' ELSE publications.status END,
         updated_at = now()
       RETURNING *)
     SELECT ${COLUMNS}, p.delivery_mode AS "deliveryMode", a.settings->>'wechatAccountType' AS "accountType", t.ord
       FROM p JOIN t ON t.idempotency_key = p.idempotency_key LEFT JOIN channel_accounts a ON a.id = p.account_id ORDER BY t.ord`,
    [contentId, revision, targets.map((t) => t.channel), targets.map((t) => t.accountId), keys, notBefore, booking?.channel ?? null, booking?.override ?? null, booking?.fallback ?? null],
  ));
  return rows.map(({ ord: _ord, ...publication }) => publication);
}

export async function findPublication(db: Queryable, id: string, forUpdate = false): Promise<PublicationRecord | null> {
  if (!isUuid(id)) return null;
  const { rows } = await db.query<PublicationRecord>(prepared(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = $1 ${forUpdate ? 'FOR UPDATE OF p' : ''}`, [id]));
  return rows[0] ?? null;
}

export async function listPublications(db: Queryable, contentId: string): Promise<PublicationRecord[]> {
  const { rows } = await db.query<PublicationRecord>(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.content_id = $1 ORDER BY p.created_at, p.channel`, [contentId]);
  return rows;
}

/** Revision and status of each of an item's publications: all that settling the item's status needs. */
export async function listPublicationStates(db: Queryable, contentId: string): Promise<Pick<PublicationRecord, 'revision' | 'status'>[]> {
  const { rows } = await db.query<Pick<PublicationRecord, 'revision' | 'status'>>(prepared('SELECT revision, status FROM publications WHERE content_id = $1', [contentId]));
  return rows;
}

export interface PublicationPatch {
  status?: PublicationStatus;
  url?: string | null;
  externalId?: string | null;
  attempts?: number;
  lastError?: string | null;
  publishedAt?: Date | null;
  retractedAt?: Date | null;
  notBefore?: Date;
  progress?: Record<string, string>;
  polls?: number;
  retractError?: string | null;
  leaseUntil?: Date | null;
  leaseToken?: number;
}

const PUBLICATION_PATCH_COLUMNS: { [K in keyof PublicationPatch]-?: string } = {
  status: 'status', url: 'url', externalId: 'external_id', attempts: 'attempts', lastError: 'last_error', publishedAt: 'published_at', retractedAt: 'retracted_at',
  notBefore: 'not_before', progress: 'progress', polls: 'polls', retractError: 'retract_error', leaseUntil: 'lease_until', leaseToken: 'lease_token',
};

export async function updatePublication(db: Queryable, id: string, patch: PublicationPatch): Promise<void> {
  await updateRow(db, 'publications', id, PUBLICATION_PATCH_COLUMNS, patch, ['progress']);
}

/**
 * Updates a publication and appends the event that records it, in ONE statement, and returns the revision and
 * status of the item's publications as settling needs them — this one's as written. For the delivery's
 * recordings, which hold the item's content row exclusively until they commit: every round trip fewer is time
 * the item's other deliveries do not wait. The caller took the content lock in an earlier statement, so the
 * states read here include what the item's other recordings committed before it.
 */
export async function updatePublicationWithEvent(tx: Tx, id: string, contentId: string, patch: PublicationPatch, event: NewEvent): Promise<Pick<PublicationRecord, 'revision' | 'status'>[]> {
  const values: unknown[] = [id, contentId];
  const sets = setList(PUBLICATION_PATCH_COLUMNS, patch, values, ['progress']);
  const first = values.length + 1;
  values.push(...auditInsertValues(event));
  const { rows } = await tx.query<Pick<PublicationRecord, 'revision' | 'status'> & { id: string }>(prepared(
    `WITH u AS (UPDATE publications SET ${sets} WHERE id = $1 RETURNING id, revision, status), e AS (${auditInsertSql(first)})
     SELECT id, revision, status FROM u UNION ALL SELECT id, revision, status FROM publications WHERE content_id = $2 AND id <> $1`,
    values,
  ));
  return rows.map(({ revision, status }) => ({ revision, status }));
}

/**
 * Records a submission the platform accepted (its id and url) and its event, and hands the lease back when
 * `handBack` — one autocommitted statement — but only while the delivery holds the row (PUBLISHING, its token).
 * Answers the row's status as locked and whether the submission was recorded: a row that moved on (retracted
 * meanwhile, or claimed by another delivery) is left as it is for the caller to decide.
 */
export async function recordSubmission(db: Queryable, id: string, token: number, submitted: { externalId: string; url: string | null; handBack: boolean }, event: NewEvent): Promise<{ status: PublicationStatus | null; recorded: boolean }> {
  if (!isUuid(id)) return { status: null, recorded: false };
  const values: unknown[] = [id, token, submitted.externalId, submitted.url, submitted.handBack, ...auditInsertValues(event)];
  const { rows } = await db.query<{ status: PublicationStatus | null; recorded: boolean }>(prepared(
    `WITH cur AS (SELECT status FROM publications WHERE id = $1 FOR UPDATE),
     u AS (UPDATE publications SET external_id = $3, url = $4, last_error = NULL, lease_until = CASE WHEN $5::boolean THEN NULL ELSE lease_until END, updated_at = now()
            WHERE id = $1 AND status = 'PUBLISHING' AND lease_token = $2 AND (SELECT status FROM cur) IS NOT NULL RETURNING id),
     e AS (${auditInsertSql(6, 'EXISTS (SELECT 1 FROM u)')})
     SELECT (SELECT status FROM cur) AS status, EXISTS (SELECT 1 FROM u) AS recorded`,
    values,
  ));
  return rows[0] ?? { status: null, recorded: false };
}

/** Cancels what has not gone out yet (an edit or a cancelled schedule); returns the ids for the job queue. */
export async function cancelPendingPublications(db: Queryable, contentId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE publications SET status = 'CANCELLED', updated_at = now() WHERE content_id = $1 AND status = 'PENDING' RETURNING id`,
    [contentId],
  );
  return rows.map((r) => r.id);
}

/** Platform ids are only unique per account (WeChat's publish_id counts per official account). */
export async function findPublicationByExternalId(db: Queryable, accountId: string, externalId: string): Promise<PublicationRecord | null> {
  const { rows } = await db.query<PublicationRecord>(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.account_id = $1 AND p.external_id = $2`, [accountId, externalId]);
  return rows[0] ?? null;
}

/**
 * Extends a delivery's lease, but only while the delivery still holds it: its token, not handed back. Never
 * shortens it (a send may have extended it past the renewal's horizon). False when the lease was lost.
 */
export async function renewLease(db: Queryable, id: string, token: number, until: Date): Promise<boolean> {
  const { rowCount } = await db.query(prepared(
    `UPDATE publications SET lease_until = GREATEST(lease_until, $3) WHERE id = $1 AND lease_token = $2 AND status = 'PUBLISHING' AND lease_until IS NOT NULL`,
    [id, token, until],
  ));
  return rowCount === 1;
}

/**
 * Saves an adapter's progress (merged into what is saved) and, with `leaseUntil`, extends the lease to it — only
 * while the delivery holds token `token`. False when another claim has taken the publication since.
 */
export async function saveHeldProgress(db: Queryable, id: string, token: number, progress: Record<string, string>, leaseUntil: Date | null): Promise<boolean> {
  // Named: every platform publish checkpoints here once or twice, and unnamed it was planned at every call.
  const { rowCount } = await db.query(prepared(
    `UPDATE publications SET progress = progress || $3::jsonb, lease_until = GREATEST(lease_until, $4), updated_at = now()
      WHERE id = $1 AND lease_token = $2 AND status = 'PUBLISHING' AND lease_until IS NOT NULL`,
    [id, token, JSON.stringify(progress), leaseUntil],
  ));
  return rowCount === 1;
}

/** Hands a held lease back (the delivery ended between states), so the next run need not wait for it to lapse. */
export async function releaseLease(db: Queryable, id: string, token: number): Promise<void> {
  await db.query(prepared(`UPDATE publications SET lease_until = NULL, updated_at = now() WHERE id = $1 AND lease_token = $2`, [id, token]));
}

/** Publications that should have a delivery job: due or future, not yet delivered. */
export async function listUndelivered(db: Queryable): Promise<{ id: string; notBefore: Date }[]> {
  const { rows } = await db.query<{ id: string; notBefore: Date }>(
    `SELECT id, not_before AS "notBefore" FROM publications WHERE status IN ('PENDING', 'PUBLISHING') ORDER BY not_before`,
  );
  return rows;
}

/** Publications whose platform copy still has to be removed. */
export async function listRetracting(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM publications WHERE status = 'RETRACTING' ORDER BY updated_at`);
  return rows.map((r) => r.id);
}
