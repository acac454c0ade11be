import { searchPublishedItems, type SearchPage } from '../store/search.js';
import { requireActor, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { INVALID_TEXT_MESSAGE, isCleanText } from './text.js';

/** The portal's search box holds 100 characters; the API takes no more, so both see the same results. */
export const MAX_QUERY_LENGTH = 100;
/** Each term is one more index lookup and one more substring check per candidate. */
const MAX_TERMS = 8;

/** Splits a query into terms on any whitespace (including the ideographic space U+3000); all must match. */
export function parseSearchQuery(query: string): string[] {
  const text = (query ?? '').trim();
  if (!text) throw badInput('搜索关键词不能为空', { field: 'query' });
  if (!isCleanText(text)) throw badInput(INVALID_TEXT_MESSAGE, { field: 'query' });
  if (text.length > MAX_QUERY_LENGTH) throw badInput(`搜索关键词不能超过 ${MAX_QUERY_LENGTH} 个字符`, { field: 'query' });
  const terms = [...new Set(text.split(/\s+/u))];
  if (terms.length > MAX_TERMS) throw badInput(`搜索关键词最多 ${MAX_TERMS} 个`, { field: 'query' });
  return terms;
}

/** Public: what anyone can find on the portal (一网), i.e. only items currently published there. */
export async function searchPublished(deps: Deps, query: string, window: { offset: number; limit: number }): Promise<SearchPage> {
  return searchPublishedItems(deps.pool, parseSearchQuery(query), window);
}

/**
 * The same search through the API. The results are public, but the API is the staff's tool and, like
 * every other query there, wants a signed-in user; the public use is the portal's /search.
 */
export async function searchPublishedAs(deps: Deps, actor: Actor | null, query: string, window: { offset: number; limit: number }): Promise<SearchPage> {
  requireActor(actor);
  return searchPublished(deps, query, window);
}
