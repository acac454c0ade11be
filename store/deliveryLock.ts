import { CONTENT_COLUMNS, CONTENT_FROM, isUuid, renditionColumns, renditionOfRow, type ContentRecord, type RenditionRecord } from './contents.js';
import type { DeliveryMode } from './deliveryState.js';
import { prepared, type Tx } from './db.js';
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
const claimText = (content: ContentLock): string => `SELECT ${CONTENT_COLUMNS}, ${publicationColumns(PREFIX, 'a2')}, p.delivery_mode AS "${PREFIX}deliveryMode",
    ${renditionColumns('r', RENDITION)}
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
}

/** The claim's read: `lockPublicationWithContent` and, in the same statement, the rendition and delivery mode. */
export async function lockForClaim(tx: Tx, publicationId: string, content: ContentLock): Promise<ClaimRead | null> {
  if (!isUuid(publicationId)) return null;
  const { rows } = await tx.query<Record<string, unknown>>(prepared(CLAIM_TEXT[content], [publicationId]));
  const row = rows[0];
  if (!row) return null;
  return { content: contentOfRow(row), publication: publicationOfRow(row, PREFIX), rendition: renditionOfRow(row, RENDITION), deliveryMode: row[`${PREFIX}deliveryMode`] as DeliveryMode | null };
}

/** The content's columns are the row's unprefixed ones: CONTENT_COLUMNS decides them, not a second list here. */
function contentOfRow(row: Record<string, unknown>): ContentRecord {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!key.startsWith(PREFIX) && !key.startsWith(RENDITION)) fields[key] = value;
  return fields as unknown as ContentRecord;
}
