import { CombinedError } from 'urql';
import { describeError, op } from '../../api';

/** 依申请公开, 网民留言 and 年报 as the console asks for them; the server sends the status wording itself. */

export interface Application {
  id: string; regNo: string; unitCode: string; unitName: string; source: string; applicantType: string; applicantName: string;
  idType: string; idNumber: string; phone: string; email: string; address: string; description: string; purpose: string;
  deliveryForm: string; status: string; statusLabel: string; receivedOn: string; clockStart: string; dueOn: string | null;
  daysLeft: number | null; extensionDays: number; extensionReason: string | null; pausedDays: number; pausedSince: string | null;
  correctionNote: string | null; replyType: string | null; replyTypeLabel: string | null; replyGroundLabel: string | null;
  replyText: string | null; replyFindings: LetterFinding[] | null; repliedAt: string | null; deliveredBy: string | null;
  deliveredAt: string | null; convertedContentId: string | null;
}

/** A gate finding as the JSON field carries it (lower-case severity, the matched text). */
export interface LetterFinding { type: string; severity: string; text: string; replacement?: string | null }

export interface Message {
  /** 咨询 / 建议 / 投诉 / 求助 / 其他 */
  categoryLabel: string;
  id: string; regNo: string; subject: string; body: string; contactPhone: string; publicSubject: string; publicBody: string;
  status: string; statusLabel: string; unitCode: string | null; unitName: string | null; receivedAt: string; acceptedOn: string | null;
  dueOn: string | null; replyText: string | null; publicReply: string | null; replyUnitName: string | null; repliedOn: string | null;
  rejectReason: string | null; card: string;
}

export interface ReportRow { label: string; level: number; values: number[] }
type Outcomes = { upheld: number; corrected: number; other: number; pending: number };
type Regulation = { made: number; repealed: number; inForce: number };
export interface ReportEntries {
  overview: string; rules: Regulation; normativeDocuments: Regulation; licensing: number; penalties: number; enforcement: number;
  feesTenThousandYuan: number; review: Outcomes; litigationDirect: Outcomes; litigationAfterReview: Outcomes; problems: string; otherMatters: string;
}
export interface AnnualReport { year: number; unitCode: string; unitName: string; title: string; entries: ReportEntries; applications: ReportRow[]; contentId: string | null }

const APP_LIST = 'id regNo applicantName status statusLabel receivedOn dueOn daysLeft unitName source';
const APP_FULL = `id regNo unitCode unitName source applicantType applicantName idType idNumber phone email address description purpose deliveryForm
  status statusLabel receivedOn clockStart dueOn daysLeft extensionDays extensionReason pausedDays pausedSince correctionNote replyType replyTypeLabel
  replyGroundLabel replyText replyFindings repliedAt deliveredBy deliveredAt convertedContentId`;
const MSG = `id regNo categoryLabel subject body contactPhone publicSubject publicBody status statusLabel unitCode unitName receivedAt acceptedOn dueOn
  replyText publicReply replyUnitName repliedOn rejectReason card`;
const REPORT = 'year unitCode unitName title entries applications { label level values } contentId';

export type ListedApplication = Pick<Application, 'id' | 'regNo' | 'applicantName' | 'status' | 'statusLabel' | 'receivedOn' | 'dueOn' | 'daysLeft' | 'unitName' | 'source'>;

export const APPLICATIONS = op<{ disclosureApplications: ListedApplication[] }, { status: string[] | null }>(
  `query Applications($status: [ApplicationStatus!]) { disclosureApplications(status: $status, first: 200) { ${APP_LIST} } }`,
);
export const APPLICATION = op<{ disclosureApplication: Application | null }, { id: string }>(`query Application($id: ID!) { disclosureApplication(id: $id) { ${APP_FULL} } }`);
export const REPLY_GROUNDS = op<{ replyGrounds: { replyType: string; code: string; label: string }[] }>(`query ReplyGrounds { replyGrounds { replyType code label } }`);
export const CHECK_LETTER = op<{ checkReplyLetter: { verdict: string; findings: LetterFinding[] } }, { text: string }>(
  `query CheckLetter($text: String!) { checkReplyLetter(text: $text) { verdict findings } }`,
);
export const UNITS = op<{ units: { code: string; name: string }[] }>(`query Units { units { code name } }`);

const appMutation = <V extends Record<string, unknown>>(name: string, args: string, params: string) =>
  op<Record<string, Application>, V>(`mutation M(${args}) { ${name}(${params}) { ${APP_FULL} } }`);

export const REGISTER = op<{ registerApplication: { application: { id: string; regNo: string }; accessCode: string } }, { input: Record<string, unknown> }>(
  `mutation Register($input: ApplicationRegistrationInput!) { registerApplication(input: $input) { application { id regNo } accessCode } }`,
);
export const ACCEPT = appMutation<{ id: string }>('acceptApplication', '$id: ID!', 'id: $id');
export const REQUEST_CORRECTION = appMutation<{ id: string; note: string }>('requestApplicationCorrection', '$id: ID!, $note: String!', 'id: $id, note: $note');
export const RECEIVE_CORRECTION = appMutation<{ id: string; receivedOn: string | null }>('receiveApplicationCorrection', '$id: ID!, $receivedOn: String', 'id: $id, receivedOn: $receivedOn');
export const START_CONSULTATION = appMutation<{ id: string; note: string }>('startApplicationConsultation', '$id: ID!, $note: String!', 'id: $id, note: $note');
export const END_CONSULTATION = appMutation<{ id: string }>('endApplicationConsultation', '$id: ID!', 'id: $id');
export const EXTEND = appMutation<{ id: string; days: number; reason: string }>('extendApplication', '$id: ID!, $days: Int!, $reason: String!', 'id: $id, days: $days, reason: $reason');
export const TRANSFER = appMutation<{ id: string; unitCode: string }>('transferApplication', '$id: ID!, $unitCode: String!', 'id: $id, unitCode: $unitCode');
export const REPLY = appMutation<{ id: string; replyType: string; ground: string | null; text: string }>(
  'replyToApplication', '$id: ID!, $replyType: ReplyType!, $ground: String, $text: String!', 'id: $id, replyType: $replyType, ground: $ground, text: $text',
);
export const DELIVER = appMutation<{ id: string; by: string }>('deliverApplicationReply', '$id: ID!, $by: DeliveryForm!', 'id: $id, by: $by');
export const CONVERT = appMutation<{ id: string; title: string; body: string; categoryCode: string }>(
  'convertApplicationToProactive', '$id: ID!, $title: String!, $body: String!, $categoryCode: String!', 'id: $id, title: $title, body: $body, categoryCode: $categoryCode',
);

export const MESSAGES = op<{ publicMessages: Message[] }, { status: string[] | null }>(`query Messages($status: [MessageStatus!]) { publicMessages(status: $status, first: 200) { ${MSG} } }`);
export const MESSAGE = op<{ publicMessage: Message | null }, { id: string }>(`query Message($id: ID!) { publicMessage(id: $id) { ${MSG} } }`);
const msgMutation = <V extends Record<string, unknown>>(name: string, args: string, params: string) =>
  op<Record<string, Message>, V>(`mutation M(${args}) { ${name}(${params}) { ${MSG} } }`);
export const ACCEPT_MESSAGE = msgMutation<{ id: string; unitCode: string | null; replyDays: number | null }>('acceptPublicMessage', '$id: ID!, $unitCode: String, $replyDays: Int', 'id: $id, unitCode: $unitCode, replyDays: $replyDays');
export const TRANSFER_MESSAGE = msgMutation<{ id: string; unitCode: string }>('transferPublicMessage', '$id: ID!, $unitCode: String!', 'id: $id, unitCode: $unitCode');
export const REJECT_MESSAGE = msgMutation<{ id: string; reason: string }>('rejectPublicMessage', '$id: ID!, $reason: String!', 'id: $id, reason: $reason');
export const REPLY_MESSAGE = msgMutation<{ id: string; text: string }>('replyToPublicMessage', '$id: ID!, $text: String!', 'id: $id, text: $text');

export const ANNUAL_REPORT = op<{ annualReport: AnnualReport }, { year: number }>(`query Annual($year: Int!) { annualReport(year: $year) { ${REPORT} } }`);
export const SAVE_ENTRIES = op<{ saveAnnualReportEntries: AnnualReport }, { year: number; entries: ReportEntries }>(
  `mutation SaveEntries($year: Int!, $entries: JSON!) { saveAnnualReportEntries(year: $year, entries: $entries) { ${REPORT} } }`,
);
export const DRAFT_REPORT = op<{ draftAnnualReport: AnnualReport }, { year: number }>(`mutation DraftReport($year: Int!) { draftAnnualReport(year: $year) { ${REPORT} } }`);

const CJK = /[\u4e00-\u9fff]/;
const CODE_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-|\b[A-Z][A-Z_]{3,}\b/;

/** The disclosure workflow's messages say what is wrong in plain Chinese (status, deadline, field): show them as sent. */
export function disclosureError(error: unknown): string {
  const message = error instanceof CombinedError && !error.networkError ? error.graphQLErrors[0]?.message ?? '' : '';
  return CJK.test(message) && !CODE_LIKE.test(message) ? `${message.replace(/[。.]$/, '')}。` : describeError(error);
}
