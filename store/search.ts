import type { Queryable, Tx } from './db.js';
import { PUBLISHED_ITEM_SELECT, type PublishedItem } from './portal.js';
import { estimateDocumentsWith } from './searchEstimate.js';

/** A published portal item that matched, with the counts it was ranked by. */
export interface SearchHit extends PublishedItem {
  /** Occurrences of the query's terms in the title and in the body text. */
  titleHits: number;
  bodyHits: number;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
  /** The total is estimated from the token statistics (a very common word): show it as 约. */
  estimated: boolean;
}

/**
 * Up to this many candidates a search is ranked exactly (title, occurrences, recency) with an exact total;
 * past it, newest first with an estimated total (migration 0019). Exact ranking costs about 7 ms per 1,000
 * candidates at p99 on the development machine (5,925 took 46 ms, 44,176 took 289 ms): 5,000 keeps every
 * query under 50 ms.
 */
export const EXACT_RANKING_UP_TO = 5000;

/**
 * The terms as the index sees them (migration 0005: search_normalize) and the n-grams they need. Done by
 * the database so that query and documents go through the very same normalization.
 */
async function prepareTerms(db: Queryable, terms: readonly string[]): Promise<{ terms: string[]; tokens: string[] }> {
  const { rows } = await db.query<{ terms: string[]; tokens: string[] }>(
    `WITH t AS (SELECT DISTINCT search_synonyms_apply(search_normalize(raw)) AS term FROM unnest($1::text[]) AS raw WHERE search_normalize(raw) <> '')
     SELECT coalesce((SELECT array_agg(term) FROM t), '{}') AS terms,
            coalesce((SELECT array_agg(DISTINCT tok) FROM t CROSS JOIN LATERAL unnest(search_query_tokens(t.term)) AS tok), '{}') AS tokens`,
    [terms],
  );
  return rows[0];
}

// Ranking happens in search_rank (migration 0005), next to the index it relies on; this adds what a page shows.
const RANKED_SQL = `WITH ranked AS (SELECT * FROM search_rank($1::text[], $2::text[], $3, $4, $5, $6))
  ${PUBLISHED_ITEM_SELECT.replace('SELECT ', 'SELECT ranked.total, ranked.estimated, ranked.title_hits AS "titleHits", ranked.body_hits AS "bodyHits", ')}
  JOIN ranked ON ranked.content_id = p.content_id AND ranked.revision = p.revision
  WHERE p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
  ORDER BY ranked.ord`;

/**
 * Published portal items containing every term, in the title or the body. Ranked by how many terms the
 * title holds, then by the total number of occurrences, then newest first. The GIN index on the n-grams
 * picks the candidates; only they are read to count hits (which also proves longer terms really occur).
 * Past `exactUpTo` candidates: newest first, with an estimated total.
 */
export async function searchPublishedItems(
  db: Queryable,
  rawTerms: readonly string[],
  window: { offset: number; limit: number },
  exactUpTo: number = EXACT_RANKING_UP_TO,
): Promise<SearchPage> {
  const { terms, tokens } = await prepareTerms(db, rawTerms);
  if (terms.length === 0) return { items: [], total: 0, estimated: false };
  const estimate = await estimateDocumentsWith(db, tokens);
  const { rows } = await db.query<SearchHit & { total: number; estimated: boolean }>(RANKED_SQL, [tokens, terms, window.offset, window.limit, exactUpTo, estimate]);
  if (rows.length === 0 && window.offset > 0) {
    // Past the last page no row carries the total: ask for the first match only.
    const first = await db.query<{ total: number; estimated: boolean }>('SELECT total, estimated FROM search_rank($1::text[], $2::text[], 0, 1, $3, $4)', [tokens, terms, exactUpTo, estimate]);
    return { items: [], total: first.rows[0]?.total ?? 0, estimated: first.rows[0]?.estimated ?? false };
  }
  return { items: rows.map(({ total: _total, estimated: _estimated, ...hit }) => hit), total: rows[0]?.total ?? 0, estimated: rows[0]?.estimated ?? false };
}

/**
 * The plan of the ranking query as it runs inside search_rank, through auto_explain at NOTICE level (an
 * EXPLAIN of the caller would show only a function scan). Needs a superuser session: for the benchmark and
 * for whoever tunes the index, not for requests.
 */
export async function explainSearch(db: Tx, rawTerms: readonly string[], window: { offset: number; limit: number }): Promise<string[]> {
  const { terms, tokens } = await prepareTerms(db, rawTerms);
  // Read before auto_explain is on: its own query names search_documents too.
  const estimate = await estimateDocumentsWith(db, tokens);
  const plans: string[] = [];
  const collect = (notice: { message?: string }) => {
    if (notice.message?.includes('Query Text:')) plans.push(notice.message);
  };
  db.on('notice', collect);
  try {
    await db.query(`LOAD 'auto_explain'`);
    await db.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;
      SET auto_explain.log_nested_statements = on; SET auto_explain.log_level = notice`);
    await db.query('SELECT count(*) FROM search_rank($1::text[], $2::text[], $3, $4, $5, $6)', [tokens, terms, window.offset, window.limit, EXACT_RANKING_UP_TO, estimate]);
    await db.query('RESET auto_explain.log_min_duration');
  } finally {
    db.off('notice', collect);
  }
  const inner = plans.find((p) => p.includes('search_documents')) ?? plans[0] ?? '';
  return inner.split('\n');
}

/** Synonym groups as stored: each term with the word it folds to (the group's first). */
export async function listSynonyms(db: Queryable): Promise<{ term: string; canonical: string }[]> {
  const { rows } = await db.query<{ term: string; canonical: string }>('SELECT term, canonical FROM search_synonyms ORDER BY canonical, term');
  return rows;
}

/** Replaces the whole list and re-indexes every document under it (in the caller's transaction). */
export async function replaceSynonyms(tx: Tx, pairs: { term: string; canonical: string }[]): Promise<number> {
  await tx.query('DELETE FROM search_synonyms');
  for (const p of pairs) await tx.query('INSERT INTO search_synonyms (term, canonical) VALUES (search_normalize($1), search_normalize($2))', [p.term, p.canonical]);
  const { rowCount } = await tx.query('SELECT search_refresh(content_id, true) FROM search_documents');
  return rowCount ?? 0;
}
