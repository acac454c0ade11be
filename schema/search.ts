import { articlePath } from '../channels/hub.js';
import type { SearchHit } from '../store/search.js';
import { searchPublishedAs } from '../workflow/search.js';
import type { SchemaModule } from './modules.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  "A published portal item that matched a search, as the public sees it."
  type SearchHit {
    id: ID!
    title: String!
    summary: String!
    "The article page on the portal."
    url: String!
    categoryCode: String!
    categoryName: String!
    unitName: String!
    publishedAt: DateTime!
    revision: Int!
    "Occurrences of the query's terms in the title and in the body: what the ranking weighed."
    titleHits: Int!
    bodyHits: Int!
  }
  type SearchHitEdge { cursor: String! node: SearchHit! }
  type SearchConnection {
    edges: [SearchHitEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    "True when totalCount is an estimate (a very common word: results then come newest first); show it as 约."
    totalCountEstimated: Boolean!
  }

  extend type Query {
    """
    Items published on the portal containing every whitespace-separated term of \`query\` (at most 100
    characters) in the title or the body. Items with the terms in the title come first, then those with
    more occurrences, then the newest; for a word in thousands of items, newest first (totalCountEstimated).
    Any signed-in user.
    """
    searchPublished(query: String!, first: Int, after: String): SearchConnection!
  }
`;

/*
 * A ranking has no key to continue after, only a position: the cursor holds the offset of the next item.
 * Pages stay consistent as long as nothing is published in between, as on any ranked result list.
 */
const isOffsetCursor = (v: unknown): v is { o: number } =>
  typeof v === 'object' && v !== null && Number.isInteger((v as { o: unknown }).o) && (v as { o: number }).o >= 0 && (v as { o: number }).o <= 1_000_000;

const resolvers = {
  Query: {
    searchPublished: async (_: unknown, args: { query: string; first?: number | null; after?: string | null }, ctx: Context) => {
      const limit = pageSize(args.first);
      const offset = decodeCursor(args.after, isOffsetCursor)?.o ?? 0;
      const page = await searchPublishedAs(ctx.deps, ctx.actor, args.query, { offset, limit: limit + 1 });
      const edges = page.items.slice(0, limit).map((node, i) => ({ node, cursor: encodeCursor({ o: offset + i + 1 }) }));
      return { edges, totalCount: page.total, totalCountEstimated: page.estimated, pageInfo: { hasNextPage: page.items.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  SearchHit: {
    id: (hit: SearchHit) => hit.contentId,
    url: (hit: SearchHit, _: unknown, ctx: Context) => `${ctx.deps.config.publicBaseUrl}${articlePath(hit.contentId)}`,
  },
};

export const searchModule: SchemaModule = { typeDefs, resolvers };
