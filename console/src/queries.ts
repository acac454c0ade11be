import { op } from './api';
import type { Category, Content, ContentInput, ContentSummary, Finding, Publication, Rendition } from './types';

const SUMMARY = `id title status revision author category { code name } unit { code name } channels verdict scheduledAt publishedAt updatedAt`;
const FINDING = `id field kind type start end text severity replacement note`;
const FULL = `${SUMMARY} body summary approvedRevision disclosure disclosureReason serviceChange retractReason createdAt
  findings { ${FINDING} }
  revisions { revision title body summary verdict createdAt }
  reviews { id revision reviewer decision comment keptFindings { findingId reason } createdAt }
  publications { id channel account { id name } revision status url attempts lastError notBefore publishedAt }
  rendition { revision title summary html final portalUrl weiboText weiboLength weiboLimit wechatDigest wechatAuthor wechatSourceUrl wechatCover { attachmentId fileName dataUrl } }
  variants { weiboText wechatDigest wechatAuthor sourceUrl wechatCoverId }`;

type Connection<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

export const CONTENTS = op<{ contents: Connection<ContentSummary> }, { status?: string | null; first: number }>(
  `query Contents($status: ContentStatus, $first: Int) { contents(status: $status, first: $first) { edges { node { ${SUMMARY} } } pageInfo { hasNextPage endCursor } } }`,
);
export const REVIEW_QUEUE = op<{ reviewQueue: Connection<ContentSummary> }, { first: number }>(
  `query ReviewQueue($first: Int) { reviewQueue(first: $first) { edges { node { ${SUMMARY} } } pageInfo { hasNextPage endCursor } } }`,
);
export const CONTENT = op<{ content: Content | null }, { id: string }>(`query Content($id: ID!) { content(id: $id) { ${FULL} } }`);
export const CATEGORIES = op<{ categories: Category[] }>(`query Categories { categories { code name parentCode kind requiredApprovals } }`);
export const PREVIEW_GATE = op<{ previewGate: { verdict: string; findings: Finding[]; rendition: Rendition } }, { input: Omit<ContentInput, 'channels' | 'disclosure' | 'disclosureReason' | 'serviceChange'> }>(
  `query PreviewGate($input: GatePreviewInput!) { previewGate(input: $input) { verdict findings { ${FINDING} } rendition { revision title summary html final } } }`,
);

export const CREATE_CONTENT = op<{ createContent: { id: string } }, { input: ContentInput }>(`mutation CreateContent($input: ContentInput!) { createContent(input: $input) { id } }`);
export const UPDATE_CONTENT = op<{ updateContent: { id: string } }, { id: string; input: ContentInput }>(`mutation UpdateContent($id: ID!, $input: ContentInput!) { updateContent(id: $id, input: $input) { id } }`);
export const SUBMIT_CONTENT = op<{ submitContent: { id: string; status: string } }, { id: string }>(`mutation SubmitContent($id: ID!) { submitContent(id: $id) { id status } }`);
export const PUBLISH_CONTENT = op<{ publishContent: { id: string; status: string } }, { id: string; at?: string | null }>(`mutation PublishContent($id: ID!, $at: DateTime) { publishContent(id: $id, at: $at) { id status } }`);
export const CANCEL_SCHEDULE = op<{ cancelSchedule: { id: string; status: string } }, { id: string }>(`mutation CancelSchedule($id: ID!) { cancelSchedule(id: $id) { id status } }`);
export const RETRACT_CONTENT = op<{ retractContent: { id: string; status: string } }, { id: string; reason: string }>(`mutation RetractContent($id: ID!, $reason: String!) { retractContent(id: $id, reason: $reason) { id status } }`);
export const RETRY_PUBLICATION = op<{ retryPublication: Pick<Publication, 'id' | 'status'> }, { id: string }>(`mutation RetryPublication($id: ID!) { retryPublication(id: $id) { id status } }`);
export const REVIEW_CONTENT = op<{ reviewContent: { id: string; status: string } }, { id: string; decision: 'APPROVE' | 'REJECT'; comment?: string | null; keep?: { findingId: number; reason: string }[] }>(
  `mutation ReviewContent($id: ID!, $decision: ReviewDecision!, $comment: String, $keep: [KeepFindingInput!]) { reviewContent(id: $id, decision: $decision, comment: $comment, keep: $keep) { id status } }`,
);
