import { prepared, type Queryable } from './db.js';
import { publicationColumns, publicationKey, type PublicationRecord, type PublicationTarget } from './publications.js';

export interface HostedPublished extends PublicationTarget {
  externalId: string;
  url: string | null;
}

const COLUMNS = publicationColumns();

/**
 * Writes publications of the hub's own channels that a release published in its own transaction: each row once,
 * already PUBLISHED after one attempt (a PENDING row first and an UPDATE after would be two writes and two runs of
 * the portal's search trigger). A row of the same revision that is waiting (PENDING, or CANCELLED/FAILED from an
 * earlier round) is taken over and its attempt counted; one in any other state is left alone and not returned.
 */
export async function insertPublishedHosted(db: Queryable, contentId: string, revision: number, rows: readonly HostedPublished[], at: Date): Promise<PublicationRecord[]> {
  if (rows.length === 0) return [];
  const { rows: written } = await db.query<PublicationRecord>(prepared(
    `WITH t AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS t(channel, idempotency_key, external_id, url)),
     p AS (
       INSERT INTO publications (content_id, revision, channel, account_id, idempotency_key, status, not_before, attempts, external_id, url, published_at)
       SELECT $1, $2, t.channel, NULL, t.idempotency_key, 'PUBLISHED', $7, 1, t.external_id, t.url, $7 FROM t
       ON CONFLICT (idempotency_key) DO UPDATE SET
         status = 'PUBLISHED', attempts = publications.attempts + 1, external_id = EXCLUDED.external_id, url = EXCLUDED.url,
         published_at = EXCLUDED.published_at, not_before = EXCLUDED.not_before, last_error = NULL, lease_until = NULL, updated_at = now()
         WHERE publications.status IN ('PENDING', 'CANCELLED', 'FAILED')
       RETURNING *)
     SELECT ${COLUMNS} FROM p LEFT JOIN channel_accounts a ON a.id = p.account_id ORDER BY p.channel`,
    [contentId, revision, rows.map((r) => r.channel), rows.map((r) => publicationKey(contentId, revision, r.channel, null)), rows.map((r) => r.externalId), rows.map((r) => r.url), at],
  ));
  return written;
}

