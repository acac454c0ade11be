import type { Finding } from '../workflow/inspection.js';
import { RULE_TITLES } from '../workflow/inspection.js';
import { verifyCheckpointExport } from '../workflow/checkpoints.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/**
 * What the console's 审计 and 巡查 screens need beyond the oversight API: the Chinese name of an inspection
 * rule (the workflow owns the titles, so screens and mails say the same), and the check of a checkpoint
 * file kept outside the hub, which until now only `tongfa audit verify --checkpoint FILE` could do.
 */
const typeDefs = /* GraphQL */ `
  extend type InspectionFinding {
    "The rule's name as the digest mail and the console show it (e.g. 政务新媒体账号长期未更新)."
    ruleTitle: String!
  }

  type AuditCheckpointFileVerification {
    "The signature holds, the chain has the signed head at the signed length, and the chain is intact."
    ok: Boolean!
    length: Int!
    headHash: String!
    createdAt: DateTime!
    keyId: String!
    "Null when the checkpoint holds."
    problem: AuditCheckpointProblem
    "Whether the key had to be one of AUDIT_PUBLIC_KEY, rather than the one the file carries."
    anchored: Boolean!
    chain: AuditVerification!
  }

  extend type Query {
    "OVERSEER. Checks an exported checkpoint (the JSON of AuditCheckpoint.exported) against the chain as it is now."
    verifyAuditCheckpointFile(checkpoint: JSON!): AuditCheckpointFileVerification!
  }
`;

const resolvers = {
  InspectionFinding: {
    ruleTitle: (f: Pick<Finding, 'rule'>) => RULE_TITLES[f.rule] ?? f.rule,
  },
  Query: {
    verifyAuditCheckpointFile: async (_: unknown, args: { checkpoint: unknown }, ctx: Context) => {
      const result = await verifyCheckpointExport(ctx.deps, ctx.actor, args.checkpoint);
      const { checkpoint } = result;
      return {
        ok: result.ok, length: checkpoint.length, headHash: checkpoint.headHash, createdAt: checkpoint.createdAt, keyId: checkpoint.keyId,
        problem: result.check.problem, anchored: result.anchored, chain: result.chain,
      };
    },
  },
};

export const oversightConsoleModule: SchemaModule = { typeDefs, resolvers };
