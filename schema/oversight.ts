import type { CheckpointRecord } from '../store/checkpoints.js';
import { listAuditEvents, validateAuditSearch, type AuditSearch } from '../workflow/audit.js';
import { createCheckpoint, exportCheckpoint, listAuditCheckpoints, verifyStoredCheckpoints } from '../workflow/checkpoints.js';
import type { SchemaModule } from './modules.js';
import { decodeCursor, isSeqCursor, pageSize, seqConnection } from './pagination.js';
import type { Context } from './resolvers.js';

/** Audit for overseers: search across the whole trail, and signed checkpoints of the chain. */
const typeDefs = /* GraphQL */ `
  enum AuditOrder { NEWEST_FIRST OLDEST_FIRST }

  input AuditFilterInput {
    actor: String
    "An exact action, or a prefix ending in * (content.*)."
    action: String
    unitCode: String
    targetType: String
    targetId: ID
    "Inclusive."
    from: DateTime
    "Exclusive."
    to: DateTime
  }

  "A signed statement: the audit chain had length events, and event #length hashed to headHash."
  type AuditCheckpoint {
    id: ID!
    length: Int!
    headHash: String!
    createdAt: DateTime!
    keyId: String!
    "SPKI PEM of the Ed25519 key that signed it."
    publicKey: String!
    "Ed25519 signature, base64."
    signature: String!
    createdBy: String!
    "The self-contained document tongfa audit verify --checkpoint reads."
    exported: JSON!
  }

  enum AuditCheckpointProblem { BAD_SIGNATURE UNTRUSTED_KEY HEAD_MISMATCH BEYOND_CHAIN CHAIN_BROKEN }

  type AuditCheckpointCheck { checkpoint: AuditCheckpoint! ok: Boolean! problem: AuditCheckpointProblem message: String! }

  type AuditCheckpointVerification {
    "The chain is intact and every stored checkpoint holds."
    ok: Boolean!
    chain: AuditVerification!
    "Whether checkpoints were required to carry a trusted key (AUDIT_PUBLIC_KEY or the hub's own)."
    anchored: Boolean!
    checked: Int!
    "The first failing checkpoints (at most 100), oldest first."
    failures: [AuditCheckpointCheck!]!
  }

  extend type Query {
    searchAuditEvents(filter: AuditFilterInput, order: AuditOrder = NEWEST_FIRST, first: Int, after: String): AuditEventConnection!
    "Newest first."
    auditCheckpoints(first: Int): [AuditCheckpoint!]!
    verifyAuditCheckpoints: AuditCheckpointVerification!
  }

  extend type Mutation {
    createAuditCheckpoint: AuditCheckpoint!
  }
`;

interface SearchArgs {
  filter?: AuditSearch | null;
  order?: 'NEWEST_FIRST' | 'OLDEST_FIRST' | null;
  first?: number | null;
  after?: string | null;
}

const resolvers = {
  Query: {
    searchAuditEvents: async (_: unknown, args: SearchArgs, ctx: Context) => {
      const after = decodeCursor(args.after, isSeqCursor);
      const ascending = args.order === 'OLDEST_FIRST';
      const search = validateAuditSearch(args.filter ?? {});
      const page = await listAuditEvents(ctx.deps, ctx.actor, {
        ...search, order: ascending ? 'asc' : 'desc', limit: pageSize(args.first),
        ...(ascending ? { afterSeq: after?.s ?? null } : { beforeSeq: after?.s ?? null }),
      });
      return seqConnection(page);
    },
    auditCheckpoints: (_: unknown, args: { first?: number | null }, ctx: Context) => listAuditCheckpoints(ctx.deps, ctx.actor, pageSize(args.first)),
    verifyAuditCheckpoints: (_: unknown, __: unknown, ctx: Context) => verifyStoredCheckpoints(ctx.deps, ctx.actor),
  },
  Mutation: {
    // Without `onlyIfGrown` the workflow always signs, so the result is never null.
    createAuditCheckpoint: async (_: unknown, __: unknown, ctx: Context) => (await createCheckpoint(ctx.deps, ctx.actor))!,
  },
  AuditCheckpoint: {
    exported: (checkpoint: CheckpointRecord) => exportCheckpoint(checkpoint),
  },
};

export const oversightModule: SchemaModule = { typeDefs, resolvers };
