import { disclosureStatistics } from '../workflow/statistics.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  "One line of a breakdown: a category code, unit code, channel or month (YYYY-MM), its label, its count."
  type StatCount { key: String! label: String! count: Int! }

  type ReviewStatistics {
    "Final approvals in the range (a first approval of 一审一核 is not one)."
    approved: Int!
    rejected: Int!
    "Median time from entering review to the final decision; null without decisions."
    medianReviewSeconds: Float
    medianReviewHours: Float
  }

  "Figures for the 政府信息公开工作年度报告. Days and months are Asia/Shanghai calendar days."
  type DisclosureStatistics {
    from: String!
    to: String!
    "The unit the figures are limited to; null for all units."
    unitCode: String
    "Items proactively disclosed: first published (on any channel) in the range, retracted later or not."
    published: Int!
    byCategory: [StatCount!]!
    "Per channel, each item counted in the period of its first publication there."
    byChannel: [StatCount!]!
    byUnit: [StatCount!]!
    "Every month of the range, zeros included."
    byMonth: [StatCount!]!
    reviews: ReviewStatistics!
    "Deliveries given up in the range (after retries), per channel in failuresByChannel."
    publicationFailures: Int!
    failuresByChannel: [StatCount!]!
    retractions: Int!
  }

  extend type Query {
    """
    Either \`year\`, or \`from\` and \`to\` (YYYY-MM-DD, inclusive, at most ten years). Overseers and admins
    see every unit, or one by \`unitCode\`; everyone else sees their own unit only (another unitCode is FORBIDDEN).
    Also as CSV: GET /stats/disclosure.csv?from=&to= (or ?year=, &unit=) with the same bearer token.
    """
    disclosureStatistics(year: Int, from: String, to: String, unitCode: String): DisclosureStatistics!
  }
`;

const resolvers = {
  Query: {
    disclosureStatistics: async (_: unknown, args: { year?: number | null; from?: string | null; to?: string | null; unitCode?: string | null }, ctx: Context) => {
      const stats = await disclosureStatistics(ctx.deps, ctx.actor, args);
      const seconds = stats.reviews.medianSeconds;
      return { ...stats, reviews: { ...stats.reviews, medianReviewSeconds: seconds, medianReviewHours: seconds === null ? null : seconds / 3600 } };
    },
  },
};

export const statisticsModule: SchemaModule = { typeDefs, resolvers };
