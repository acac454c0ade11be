import { op } from '../api';

/** GraphQL documents of the overseer's screens: 审计, 巡查, 统计. */

type Connection<T> = { edges: { node: T; cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

export interface Unit { code: string; name: string }
export const UNITS = op<{ units: Unit[] }>(`query OversightUnits { units { code name } }`);

export interface AuditEvent {
  seq: number; at: string; actor: string; action: string; targetType: string | null; targetId: string | null;
  revision: number | null; unitCode: string | null; details: Record<string, unknown>;
}
export interface AuditFilter {
  actor?: string | null; action?: string | null; unitCode?: string | null; targetType?: string | null; targetId?: string | null;
  from?: string | null; to?: string | null;
}
export const AUDIT_EVENTS = op<{ searchAuditEvents: Connection<AuditEvent> }, { filter: AuditFilter; first: number; after: string | null }>(
  `query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {
    searchAuditEvents(filter: $filter, first: $first, after: $after) {
      edges { cursor node { seq at actor action targetType targetId revision unitCode details } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
);

export interface ChainCheck { ok: boolean; length: number; headHash: string; firstBrokenSeq: number | null; pending: number | null }
export const VERIFY_CHAIN = op<{ verifyAuditChain: ChainCheck }>(`query VerifyChain { verifyAuditChain { ok length headHash firstBrokenSeq pending } }`);

export interface Checkpoint { id: string; length: number; headHash: string; createdAt: string; keyId: string; createdBy: string; exported: unknown }
const CHECKPOINT = 'id length headHash createdAt keyId createdBy exported';
export const CHECKPOINTS = op<{ auditCheckpoints: Checkpoint[] }, { first: number }>(`query Checkpoints($first: Int) { auditCheckpoints(first: $first) { ${CHECKPOINT} } }`);
export const CREATE_CHECKPOINT = op<{ createAuditCheckpoint: Checkpoint }>(`mutation CreateCheckpoint { createAuditCheckpoint { ${CHECKPOINT} } }`);

export interface CheckpointsVerification {
  ok: boolean; anchored: boolean; checked: number; chain: ChainCheck;
  failures: { checkpoint: { id: string }; problem: string | null }[];
  missing: { checkpointId: string; seq: number; length: number; problem: string }[];
}
export const VERIFY_CHECKPOINTS = op<{ verifyAuditCheckpoints: CheckpointsVerification }>(
  `query VerifyCheckpoints { verifyAuditCheckpoints { ok anchored checked chain { ok length headHash firstBrokenSeq pending }
    failures { checkpoint { id } problem } missing { checkpointId seq length problem } } }`,
);

export interface CheckpointFileVerification { ok: boolean; length: number; headHash: string; createdAt: string; keyId: string; problem: string | null; anchored: boolean; chain: ChainCheck }
export const VERIFY_CHECKPOINT_FILE = op<{ verifyAuditCheckpointFile: CheckpointFileVerification }, { checkpoint: unknown }>(
  `query VerifyCheckpointFile($checkpoint: JSON!) { verifyAuditCheckpointFile(checkpoint: $checkpoint) {
    ok length headHash createdAt keyId problem anchored chain { ok length headHash firstBrokenSeq pending } } }`,
);

export interface InspectionFinding {
  rule: string; ruleTitle: string; severity: 'VETO' | 'WARN' | 'INFO'; unitCode: string | null; targetType: string; targetId: string;
  message: string; details: Record<string, unknown>;
}
export interface InspectionReport {
  id: string; runAt: string; trigger: 'SCHEDULE' | 'MANUAL'; requestedBy: string; counts: { veto: number; warn: number; info: number };
}
const REPORT = 'id runAt trigger requestedBy counts { veto warn info }';
export const INSPECTION_REPORTS = op<{ inspectionReports: Connection<InspectionReport> }, { first: number; after: string | null }>(
  `query InspectionReports($first: Int, $after: String) { inspectionReports(first: $first, after: $after) { edges { cursor node { ${REPORT} } } pageInfo { hasNextPage endCursor } } }`,
);
const FINDINGS = 'findings { rule ruleTitle severity unitCode targetType targetId message details }';
export const INSPECTION_REPORT = op<{ inspectionReport: (InspectionReport & { findings: InspectionFinding[] }) | null }, { id: string }>(
  `query InspectionReport($id: ID!) { inspectionReport(id: $id) { ${REPORT} ${FINDINGS} } }`,
);
export const RUN_INSPECTION = op<{ runInspection: InspectionReport }>(`mutation RunInspection { runInspection { ${REPORT} } }`);

export interface StatCount { key: string; label: string; count: number }
export interface DisclosureStatistics {
  from: string; to: string; unitCode: string | null; published: number;
  byCategory: StatCount[]; byChannel: StatCount[]; byUnit: StatCount[]; byMonth: StatCount[];
  reviews: { approved: number; rejected: number; medianReviewHours: number | null };
  publicationFailures: number; failuresByChannel: StatCount[]; retractions: number;
}
const COUNT = 'key label count';
export const DISCLOSURE_STATISTICS = op<{ disclosureStatistics: DisclosureStatistics }, { from: string; to: string; unitCode: string | null }>(
  `query DisclosureStatistics($from: String, $to: String, $unitCode: String) { disclosureStatistics(from: $from, to: $to, unitCode: $unitCode) {
    from to unitCode published byCategory { ${COUNT} } byChannel { ${COUNT} } byUnit { ${COUNT} } byMonth { ${COUNT} }
    reviews { approved rejected medianReviewHours } publicationFailures failuresByChannel { ${COUNT} } retractions } }`,
);
