import type { Category } from '../store/categories.js';
import type { ContentRecord } from '../store/contents.js';
import { interpretationsOf, linkInterpretation, policyInterpretedBy, requiresInterpretation, setRequiresInterpretation } from '../workflow/interpretation.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  extend type Category {
    "三同步: a policy in this category is finally approved only together with an approved interpretation."
    requiresInterpretation: Boolean!
  }

  extend type Content {
    "For a policy document: its 政策解读 (those the caller may read)."
    interpretations: [Content!]!
    "For an interpretation: the policy document it explains."
    interprets: Content
  }

  extend type Mutation {
    """
    Links an interpretation (category kind interpretation) to a policy document (category kind policy) of the
    same unit; editors of that unit and admins. Idempotent; CONFLICT when the interpretation explains another
    policy already. Returns the policy.
    """
    linkInterpretation(policyId: ID!, interpretationId: ID!): Content!
    "Admins: put a category under 三同步 or take it out."
    setCategoryRequiresInterpretation(code: String!, required: Boolean!): Category!
  }
`;

const resolvers = {
  Category: {
    requiresInterpretation: (c: Category, _: unknown, ctx: Context) => requiresInterpretation(ctx.deps, c.code),
  },
  Content: {
    interpretations: (c: ContentRecord, _: unknown, ctx: Context) => interpretationsOf(ctx.deps, ctx.actor, c),
    interprets: (c: ContentRecord, _: unknown, ctx: Context) => policyInterpretedBy(ctx.deps, ctx.actor, c),
  },
  Mutation: {
    linkInterpretation: (_: unknown, args: { policyId: string; interpretationId: string }, ctx: Context) =>
      linkInterpretation(ctx.deps, ctx.actor, args.policyId, args.interpretationId),
    setCategoryRequiresInterpretation: (_: unknown, args: { code: string; required: boolean }, ctx: Context) =>
      setRequiresInterpretation(ctx.deps, ctx.actor, args.code, args.required),
  },
};

export const interpretationModule: SchemaModule = { typeDefs, resolvers };
