import type { ContentRecord } from '../store/contents.js';
import type { ContentInput } from '../workflow/contentInput.js';
import { correctContent, correctionHistory, currentCorrection } from '../workflow/corrections.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  enum CorrectionStatus { IN_REVIEW APPLIED REJECTED SUPERSEDED }

  "更正: a revision written as a correction of the published one, with the 更正说明 the public reads."
  type Correction {
    revision: Int!
    "The published revision it corrects."
    baseRevision: Int!
    note: String!
    status: CorrectionStatus!
    createdBy: String!
    createdAt: DateTime!
    "When it was applied (or rejected)."
    decidedAt: DateTime
    "The corrected revision's published predecessor, for the reviewer's comparison."
    base: Revision
  }

  extend type Content {
    "The correction the current revision carries, if it is one (shown on the review page)."
    correction: Correction
    "Every applied correction, oldest first."
    corrections: [Correction!]!
  }

  extend type Mutation {
    """
    更正 a PUBLISHED item: the corrected text becomes a new revision in review (status CORRECTING) while the
    published one stays live; once approved it replaces the portal page and feed item in place. note (更正说明)
    is required and shown to the public.
    """
    correctContent(id: ID!, input: ContentInput!, note: String!): Content!
  }
`;

const resolvers = {
  Content: {
    correction: (c: ContentRecord, _: unknown, ctx: Context) => currentCorrection(ctx.deps, c),
    corrections: (c: ContentRecord, _: unknown, ctx: Context) => correctionHistory(ctx.deps, c),
  },
  Correction: {
    base: (c: Awaited<ReturnType<typeof currentCorrection>>) => c?.base ?? null,
  },
  Mutation: {
    correctContent: (_: unknown, args: { id: string; input: ContentInput; note: string }, ctx: Context) =>
      correctContent(ctx.deps, ctx.actor, args.id, args.input, args.note),
  },
};

export const correctionsModule: SchemaModule = { typeDefs, resolvers };
