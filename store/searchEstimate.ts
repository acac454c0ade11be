import type { Queryable } from './db.js';

/**
 * How many search documents hold every one of some n-grams, from the statistics ANALYZE keeps for
 * `search_documents.tokens` (the most common elements and the share of rows holding each). search_rank
 * uses it to send a clearly common word down the capped path without counting its matches (migration 0026).
 *
 * Why not ask the planner (EXPLAIN, as 0019 did): planning `tokens @> …` decodes up to 10,000 element
 * statistics (`SET STATISTICS 1000`) on every query, rare words too (1.4 ms p50, 10 ms p99 at 100,000 items on
 * the loaded development machine, `npm run bench:search`). The same figures read from pg_stats cost one
 * catalog read per pool and minute, off the search's own path after the first; statistics change only
 * when (auto)analyze runs, so a minute-old copy is as good as the planner's own.
 *
 * The copy is kept per pool, not per process: statistics belong to one database, and one process may hold pools
 * on several (the tests, `tongfa` commands run in-process). A transaction's client keys its own copy; pg reuses a
 * pool's client objects, so that is one read per connection and minute.
 */
interface TokenStatistics {
  readAt: number;
  /** Rows of search_documents at the last ANALYZE. */
  rows: number;
  /** Share of rows holding each of the most common tokens. */
  shares: Map<string, number>;
}

const TTL_MS = 60_000;
/** Keyed by the pool (or transaction client) queried: dropped with it. */
const cache = new WeakMap<Queryable, TokenStatistics>();
const reading = new WeakMap<Queryable, Promise<TokenStatistics>>();

/** The first search waits for the read; later ones use the copy they have while a fresh one is read. */
async function statisticsOf(db: Queryable): Promise<TokenStatistics> {
  const held = cache.get(db);
  if (held && Date.now() - held.readAt <= TTL_MS) return held;
  let pending = reading.get(db);
  if (!pending) {
    pending = readStatistics(db)
      .then((fresh) => {
        cache.set(db, fresh);
        return fresh;
      })
      .finally(() => reading.delete(db));
    reading.set(db, pending);
  }
  // A transaction's client waits: a query left running on it could outlive the caller's release.
  if (!held || 'release' in db) return pending;
  // A failed background read keeps the old copy; the next search past the minute tries again.
  pending.catch(() => {});
  return held;
}

async function readStatistics(db: Queryable): Promise<TokenStatistics> {
  // most_common_elem_freqs ends with three summary figures (least, greatest, null share) after one per element.
  const { rows } = await db.query<{ rows: number; elems: string[] | null; shares: number[] | null }>(
    `SELECT greatest(c.reltuples, 0)::float8 AS rows, s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs::float8[] AS shares
     FROM pg_class c
     LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'search_documents' AND s.attname = 'tokens'
     WHERE c.oid = 'search_documents'::regclass`,
  );
  const shares = new Map<string, number>();
  const { elems, shares: freqs } = rows[0] ?? { elems: null, shares: null };
  if (elems && freqs) elems.forEach((elem, i) => shares.set(elem, freqs[i]));
  return { readAt: Date.now(), rows: rows[0]?.rows ?? 0, shares };
}

/**
 * The estimated number of documents holding all `tokens`, as the planner would put it (independent
 * tokens: the product of their shares), or null when a token is not among the most common ones: then
 * the word is not common and search_rank counts instead.
 */
export async function estimateDocumentsWith(db: Queryable, tokens: readonly string[]): Promise<number | null> {
  const stats = await statisticsOf(db);
  if (tokens.length === 0 || stats.rows === 0) return null;
  let share = 1;
  for (const token of tokens) {
    const s = stats.shares.get(token);
    if (s === undefined) return null;
    share *= s;
  }
  return Math.round(stats.rows * share);
}
