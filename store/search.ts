import type { Queryable } from './db.js';
import { PUBLISHED_ITEM_SELECT, type PublishedItem } from './portal.js';

/** A published portal item that matched, with the counts it was ranked by. */
export interface SearchHit extends PublishedItem {
  /** Occurrences of the query's terms in the title and in the body text. */
  titleHits: number;
  bodyHits: number;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
}

/**
 * The terms as the index sees them (migration 0005: search_normalize) and the n-grams they need. Done by
 * the database so that query and documents go through the very same normalization.
 */
async function prepareTerms(db: Queryable, terms: readonly string[]): Promise<{ terms: string[]; tokens: string[] }> {
  const { rows } = await db.query<{ terms: string[]; tokens: string[] }>(
    `WITH t AS (SELECT DISTINCT search_normalize(raw) AS term FROM unnest($1::text[]) AS raw WHERE search_normalize(raw) <> '')
     SELECT coalesce((SELECT array_agg(term) FROM t), '{}') AS terms,
            coalesce((SELECT array_agg(DISTINCT tok) FROM t CROSS JOIN LATERAL unnest(search_query_tokens(t.term)) AS tok), '{}') AS tokens`,
    [terms],
  );
  return rows[0];
}

/**
 * Published portal items containing every term, in the title or the body. Ranked by how many terms the
 * title holds, then by the total number of occurrences, then newest first. The GIN index on the n-grams
 * picks the candidates; only they are read to verify the exact substring and to count hits.
 */
export async function searchPublishedItems(db: Queryable, rawTerms: readonly string[], window: { offset: number; limit: number }): Promise<SearchPage> {
  const { terms, tokens } = await prepareTerms(db, rawTerms);
  if (terms.length === 0) return { items: [], total: 0 };
  const { rows } = await db.query<SearchHit & { total: number }>(
    `WITH ranked AS (
       SELECT d.content_id, d.revision, s.title_hits, s.body_hits, count(*) OVER () AS total,
         row_number() OVER (ORDER BY s.title_terms DESC, s.title_hits + s.body_hits DESC, d.published_at DESC, d.content_id DESC) AS ord
       FROM search_documents d
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE strpos(d.title, t) > 0) AS title_terms,
           bool_and(strpos(d.title, t) > 0 OR strpos(d.body, t) > 0) AS found,
           sum((length(d.title) - length(replace(d.title, t, ''))) / length(t))::int AS title_hits,
           sum((length(d.body) - length(replace(d.body, t, ''))) / length(t))::int AS body_hits
         FROM unnest($2::text[]) AS t
       ) s
       WHERE d.tokens @> $1::text[] AND s.found
       ORDER BY ord OFFSET $3 LIMIT $4
     )
     ${PUBLISHED_ITEM_SELECT.replace('SELECT ', 'SELECT ranked.total::int AS total, ranked.title_hits AS "titleHits", ranked.body_hits AS "bodyHits", ')}
     JOIN ranked ON ranked.content_id = p.content_id AND ranked.revision = p.revision
     WHERE p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
     ORDER BY ranked.ord`,
    [tokens, terms, window.offset, window.limit],
  );
  if (rows.length === 0 && window.offset > 0) return { items: [], total: await countMatches(db, tokens, terms) };
  return { items: rows.map(({ total: _total, ...hit }) => hit), total: rows[0]?.total ?? 0 };
}

/** The total alone, for a page past the end (the ranked query returns no row to carry it). */
async function countMatches(db: Queryable, tokens: string[], terms: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM search_documents d
     WHERE d.tokens @> $1::text[] AND (SELECT bool_and(strpos(d.title, t) > 0 OR strpos(d.body, t) > 0) FROM unnest($2::text[]) AS t)`,
    [tokens, terms],
  );
  return rows[0].n;
}
