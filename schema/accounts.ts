import { closeChannelAccount, resumeChannelAccount, rotateChannelCredentials, suspendChannelAccount } from '../workflow/accountLifecycle.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** Account lifecycle: rotate credentials (re-authorise), suspend, resume, close (关停整合). */
const typeDefs = /* GraphQL */ `
  extend type ChannelAccount {
    "Why it was last suspended, re-authorised or closed."
    statusReason: String
    statusChangedAt: DateTime
    updatedAt: DateTime!
  }

  extend type Mutation {
    "Write-only, like at creation. A needs_reauth account becomes active again."
    rotateChannelCredentials(id: ID!, credentials: JSON!): ChannelAccount!
    suspendChannelAccount(id: ID!, reason: String!): ChannelAccount!
    resumeChannelAccount(id: ID!): ChannelAccount!
    "Final: a closed account is never published to again."
    closeChannelAccount(id: ID!, reason: String!): ChannelAccount!
  }
`;

const resolvers = {
  Mutation: {
    rotateChannelCredentials: (_: unknown, args: { id: string; credentials: unknown }, ctx: Context) => rotateChannelCredentials(ctx.deps, ctx.actor, args.id, args.credentials),
    suspendChannelAccount: (_: unknown, args: { id: string; reason: string }, ctx: Context) => suspendChannelAccount(ctx.deps, ctx.actor, args.id, args.reason),
    resumeChannelAccount: (_: unknown, args: { id: string }, ctx: Context) => resumeChannelAccount(ctx.deps, ctx.actor, args.id),
    closeChannelAccount: (_: unknown, args: { id: string; reason: string }, ctx: Context) => closeChannelAccount(ctx.deps, ctx.actor, args.id, args.reason),
  },
};

export const accountsModule: SchemaModule = { typeDefs, resolvers };
