import { CONTENT_COLUMNS, CONTENT_FROM, isUuid, renditionColumns, renditionOfRow, type ContentRecord, type RenditionRecord } from './contents.js';
import type { AccountStatus } from './accounts.js';
import type { DeliveryMode } from './deliveryState.js';
import { prepared, type Queryable, type Tx } from './db.js';
import { publicationColumns, publicationOfRow, type PublicationRecord } from './publications.js';

/**
 * How a delivery holds the item's content row while it works on one publication:
 * - `exclusive` when the transaction may change the content (its status settled, a scheduled item released):
 *   writers of one item's status must follow each other, each seeing what the one before committed;
 * - `shared` when it only needs the content to stay as read (a claim checking status and revision): the item's
 *   other deliveries share it, so they no longer queue on each other, while an edit or a retraction (which lock
 *   the row FOR UPDATE) still waits for them, as before.
 */
export type ContentLock = 'exclusive' | 'shared';

const PREFIX = 'pub.';
const RENDITION = 'ren.';
const LOCKING: Readonly<Record<ContentLock, string>> = { exclusive: 'FOR UPDATE OF c, p', shared: 'FOR SHARE OF c FOR UPDATE OF p' };
const FROM = `${CONTENT_FROM} JOIN publications p ON p.content_id = c.id LEFT JOIN channel_accounts a2 ON a2.id = p.account_id`;
const TEXT = `SELECT ${CONTENT_COLUMNS}, ${publicationColumns(PREFIX, 'a2')} FROM ${FROM} WHERE p.id = $1 ${LOCKING.exclusive}`;
// The claim's read also brings what a publish needs: the revision's rendition (not for a publication that is only
// polled: no html is read for it) and how WeChat sends it. The rendition row is read, not locked.
const claimText = (content: ContentLock, extra = ''): string => `SELECT ${CONTENT_COLUMNS}, ${publicationColumns(PREFIX, 'a2')}, p.delivery_mode AS "${PREFIX}deliveryMode",
    a2.status AS "${PREFIX}accountStatus", a2.credentials_enc AS "${PREFIX}credentialsEnc",
    ${renditionColumns('r', RENDITION)}${extra}
  FROM ${FROM} LEFT JOIN renditions r ON r.content_id = c.id AND r.revision = p.revision AND p.external_id IS NULL
  WHERE p.id = $1 ${LOCKING[content]}`;
const CLAIM_TEXT: Readonly<Record<ContentLock, string>> = { exclusive: claimText('exclusive'), shared: claimText('shared') };

/**
 * A publication and its content, both locked exclusively, in one statement: what the delivery's
 * recordings read first. The lock order stays the one used everywhere (content row, then its publication):
 * PostgreSQL locks a row's tables in the order of the locking clauses.
 */
export async function lockPublicationWithContent(tx: Tx, publicationId: string): Promise<{ content: ContentRecord; publication: PublicationRecord } | null> {
  if (!isUuid(publicationId)) return null;
  const { rows } = await tx.query<Record<string, unknown>>(prepared(TEXT, [publicationId]));
  return rows[0] ? { content: contentOfRow(rows[0]), publication: publicationOfRow(rows[0], PREFIX) } : null;
}

export interface ClaimRead {
  content: ContentRecord;
  publication: PublicationRecord;
  /** The approved revision's rendition; null for a publication that is only polled (or a revision without one). */
  rendition: RenditionRecord | null;
  deliveryMode: DeliveryMode | null;
  /** The publication's account as its credentials are opened (sealed); null for the hub's own channels. */
  account: { name: string; status: AccountStatus; credentialsEnc: string } | null;
}

/** The claim's read: `lockPublicationWithContent` and, in the same statement, the rendition and delivery mode. */
export async function lockForClaim(tx: Tx, publicationId: string, content: ContentLock): Promise<ClaimRead | null> {
  if (!isUuid(publicationId)) return null;
  const { rows } = await tx.query<Record<string, unknown>>(prepared(CLAIM_TEXT[content], [publicationId]));
  return rows[0] ? claimReadOfRow(rows[0]) : null;
}

/**
 * What a claim may do in one statement (see `claimAtOnce`): a due publication of an item that is being released or
 * is out, of the item's approved revision, not held by a live lease, whose claim changes nothing of the item —
 * not a scheduled item's release, not an inline publish (channels in `$4`) — and that has what it needs (a
 * rendition, unless only polled). `$2` is the claim's clock.
 */
const CLAIMABLE = `coalesce(p.status IN ('PENDING', 'PUBLISHING') AND c.status IN ('PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED')
    AND c.approved_revision = p.revision AND p.not_before <= $2 AND NOT (p.status = 'PUBLISHING' AND p.lease_until IS NOT NULL AND p.lease_until > $2)
    AND (p.external_id IS NOT NULL OR (r.content_id IS NOT NULL AND p.channel <> ALL($4::text[]))), false)`;
/**
 * The claim's read under the shared content lock and, when `CLAIMABLE`, the claim itself in the same statement:
 * PUBLISHING, a lease until `$3`, the next lease token, the attempt (or poll) counted. The UPDATE runs on the row
 * `seen` locked, so its values are the locked row's. One autocommitted statement instead of BEGIN, read, UPDATE, COMMIT.
 */
const CLAIM_AT_ONCE = `WITH seen AS (${claimText('shared', `, ${CLAIMABLE} AS claimable`)}),
  claimed AS (
    UPDATE publications SET status = 'PUBLISHING', lease_until = $3, lease_token = lease_token + 1,
      attempts = attempts + (external_id IS NULL)::int, polls = polls + (external_id IS NOT NULL)::int, updated_at = now()
     WHERE id = $1 AND (SELECT claimable FROM seen)
    RETURNING lease_token)
  SELECT seen.*, (SELECT lease_token FROM claimed) AS "claimedToken" FROM seen`;

export interface ClaimedAtOnce extends ClaimRead {
  /** The lease token the claim took; null when the publication was only read (locked), not claimed. */
  claimedToken: number | null;
}

/**
 * The claim's usual case in one statement, its content row held shared: read as `lockForClaim(…, 'shared')` does
 * and, when nothing stands in the way and the claim changes nothing of the item, claimed. Otherwise only read: the
 * caller decides from what it read (a wait, or the claim in a transaction).
 */
export async function claimAtOnce(db: Queryable, publicationId: string, claim: { now: Date; leaseUntil: Date; inlineChannels: readonly string[] }): Promise<ClaimedAtOnce | null> {
  if (!isUuid(publicationId)) return null;
  const { rows } = await db.query<Record<string, unknown>>(prepared(CLAIM_AT_ONCE, [publicationId, claim.now, claim.leaseUntil, claim.inlineChannels]));
  const row = rows[0];
  if (!row) return null;
  const { claimable: _claimable, claimedToken, ...read } = row;
  return { ...claimReadOfRow(read), claimedToken: claimedToken === null ? null : Number(claimedToken) };
}

const claimReadOfRow = (row: Record<string, unknown>): ClaimRead =>
  ({
    content: contentOfRow(row), publication: publicationOfRow(row, PREFIX), rendition: renditionOfRow(row, RENDITION), deliveryMode: row[`${PREFIX}deliveryMode`] as DeliveryMode | null,
    account: row[`${PREFIX}credentialsEnc`] == null ? null
      : { name: row[`${PREFIX}accountName`] as string, status: row[`${PREFIX}accountStatus`] as AccountStatus, credentialsEnc: row[`${PREFIX}credentialsEnc`] as string },
  });

/** The content's columns are the row's unprefixed ones: CONTENT_COLUMNS decides them, not a second list here. */
function contentOfRow(row: Record<string, unknown>): ContentRecord {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!key.startsWith(PREFIX) && !key.startsWith(RENDITION)) fields[key] = value;
  return fields as unknown as ContentRecord;
}
