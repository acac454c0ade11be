import { getImageSourceHosts, setImageSourceHosts } from '../workflow/imageSources.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** Security settings an admin manages. */
const typeDefs = /* GraphQL */ `
  type MissingAuditCheckpoint {
    "The audit.checkpoint event that recorded the checkpoint."
    seq: Int!
    checkpointId: ID!
    length: Int!
    headHash: String!
    "CHECKPOINT_MISSING (deleted) or CHECKPOINT_ALTERED (replaced)."
    problem: String!
    message: String!
  }

  extend type AuditCheckpointVerification {
    "Checkpoints the chain's own audit.checkpoint events record that the table no longer holds as recorded."
    missing: [MissingAuditCheckpoint!]!
  }

  extend type Query {
    "ADMIN. Hosts images may be fetched from to re-host them on platforms (exact, or *.example.cn)."
    imageSourceHosts: [String!]!
  }
  extend type Mutation {
    "ADMIN. Replaces the whole list; audited."
    setImageSourceHosts(hosts: [String!]!): [String!]!
  }
`;

const resolvers = {
  Query: {
    imageSourceHosts: (_: unknown, __: unknown, ctx: Context) => getImageSourceHosts(ctx.deps, ctx.actor),
  },
  Mutation: {
    setImageSourceHosts: (_: unknown, args: { hosts: string[] }, ctx: Context) => setImageSourceHosts(ctx.deps, ctx.actor, args.hosts),
  },
};

export const securityModule: SchemaModule = { typeDefs, resolvers };
