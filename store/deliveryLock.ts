import { CONTENT_COLUMNS, CONTENT_FROM, isUuid, type ContentRecord } from './contents.js';
import { prepared, type Tx } from './db.js';
import { publicationColumns, publicationOfRow, type PublicationRecord } from './publications.js';

const PREFIX = 'pub.';
const TEXT = `SELECT ${CONTENT_COLUMNS}, ${publicationColumns(PREFIX, 'a2')}
  FROM ${CONTENT_FROM} JOIN publications p ON p.content_id = c.id LEFT JOIN channel_accounts a2 ON a2.id = p.account_id
  WHERE p.id = $1 FOR UPDATE OF c, p`;

/**
 * A publication and its content, both locked, in one statement: what the delivery's claim and its recording
 * read first. The lock order stays the one used everywhere (content row, then its publication): PostgreSQL
 * locks a row's tables in the order of the FOR UPDATE OF list.
 */
export async function lockPublicationWithContent(tx: Tx, publicationId: string): Promise<{ content: ContentRecord; publication: PublicationRecord } | null> {
  if (!isUuid(publicationId)) return null;
  const { rows } = await tx.query<Record<string, unknown>>(prepared(TEXT, [publicationId]));
  const row = rows[0];
  if (!row) return null;
  // The content's columns are the row's unprefixed ones: CONTENT_COLUMNS decides them, not a second list here.
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!key.startsWith(PREFIX)) content[key] = value;
  return { content: content as unknown as ContentRecord, publication: publicationOfRow(row, PREFIX) };
}
