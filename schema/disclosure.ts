/** GraphQL for staff: 依申请公开 applications and 网民留言 messages (the public uses the portal forms). */
import type { ApplicationStatus, MessageStatus, ReplyType } from '../store/disclosure.js';
import {
  acceptApplication, APPLICATION_STATUS_LABELS, convertToProactive, deliverReply, endConsultation, extendApplication, getApplication,
  listApplicationViews, receiveCorrection, registerApplication, replyToApplication, REPLY_GROUNDS, REPLY_TYPE_LABELS, requestCorrection,
  startConsultation, transferApplication, checkReplyLetter, type ApplicationView,
} from '../workflow/disclosure/applications.js';
import {
  acceptMessage, getMessage, listMessageViews, MESSAGE_CATEGORIES, MESSAGE_STATUS_LABELS, rejectMessage, replyToMessage, transferMessage, type MessageView,
} from '../workflow/disclosure/messages.js';
import { annualReport, annualReportHtml, draftAnnualReport, saveAnnualReportEntries, titleOf, type AnnualReport } from '../workflow/disclosure/annualReport.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  enum ApplicationStatus { RECEIVED IN_PROGRESS CORRECTION_REQUESTED CONSULTING REPLIED ABANDONED WITHDRAWN }
  enum ApplicationSource { ONLINE POST IN_PERSON FAX EMAIL }
  enum ReplyType { PUBLIC PARTIAL NOT_PUBLIC UNAVAILABLE NOT_PROCESSED OTHER }
  enum DeliveryForm { EMAIL POST PICKUP ONLINE }
  enum MessageStatus { RECEIVED ACCEPTED REPLIED REJECTED }
  "督办: YELLOW after the due day, RED some working days later, VETO three months after receipt unanswered."
  enum SupervisionCard { NONE YELLOW RED VETO }

  type DisclosureApplication {
    id: ID!
    regNo: String!
    unitCode: String!
    unitName: String!
    source: ApplicationSource!
    applicantType: String!
    applicantName: String!
    idType: String!
    idNumber: String!
    phone: String!
    email: String!
    address: String!
    description: String!
    purpose: String!
    deliveryForm: DeliveryForm!
    status: ApplicationStatus!
    "The status in Chinese, as the applicant reads it."
    statusLabel: String!
    receivedOn: String!
    clockStart: String!
    "The last day to reply (YYYY-MM-DD, Beijing); null while the clock is paused or once answered."
    dueOn: String
    "Working days left (negative: overdue)."
    daysLeft: Int
    extensionDays: Int!
    extensionReason: String
    pausedDays: Int!
    pausedSince: String
    correctionNote: String
    replyType: ReplyType
    replyTypeLabel: String
    replyGround: String
    replyGroundLabel: String
    replyText: String
    "The gate's findings on the reply letter (personal data shown, not masked: the letter goes to the applicant)."
    replyFindings: JSON
    repliedAt: DateTime
    deliveredBy: DeliveryForm
    deliveredAt: DateTime
    convertedContentId: ID
  }

  type RegisteredApplication { application: DisclosureApplication! "Shown once: the applicant's 查询码." accessCode: String! }
  type ReplyGround { replyType: ReplyType! code: String! label: String! }
  type ReplyLetterCheck { verdict: Verdict! findings: JSON! }

  type PublicMessage {
    id: ID!
    regNo: String!
    "consult / suggestion / complaint / help / other"
    category: String!
    "咨询 / 建议 / 投诉 / 求助 / 其他"
    categoryLabel: String!
    subject: String!
    body: String!
    contactPhone: String!
    "What the public list shows: the gate's masked rendition."
    publicSubject: String!
    publicBody: String!
    findings: JSON!
    status: MessageStatus!
    statusLabel: String!
    unitCode: String
    unitName: String
    receivedAt: DateTime!
    acceptedOn: String
    dueOn: String
    replyText: String
    publicReply: String
    replyUnitName: String
    repliedOn: String
    rejectReason: String
    card: SupervisionCard!
  }

  input ApplicationRegistrationInput {
    applicantType: String
    name: String!
    idType: String!
    idNumber: String!
    phone: String
    email: String
    address: String
    description: String!
    purpose: String
    deliveryForm: DeliveryForm
    unitCode: String
    source: ApplicationSource!
    "The day the letter was signed for or the visit took place (YYYY-MM-DD); default today."
    receivedOn: String
  }

  type AnnualReportRow { label: String! "0: 一、二… 1: （一）… 2: 1. 2. …" level: Int! "Per applicant column (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他), then 总计; empty for heading rows." values: [Int!]! }
  "政府信息公开工作年度报告 (国办公开办函〔2021〕30号). DOCX: GET /reports/annual/<year>.docx?unit=CODE with the bearer token."
  type AnnualReport {
    year: Int!
    unitCode: String!
    unitName: String!
    title: String!
    "Staff-entered parts: overview, rules, normativeDocuments, licensing, penalties, enforcement, feesTenThousandYuan, review, litigationDirect, litigationAfterReview, problems, otherMatters."
    entries: JSON!
    "Part three, counted from the applications."
    applications: [AnnualReportRow!]!
    html: String!
    "The draft item in 政府信息公开年报, once made."
    contentId: ID
  }

  extend type Query {
    annualReport(year: Int!, unitCode: String): AnnualReport!
    disclosureApplications(status: [ApplicationStatus!], first: Int): [DisclosureApplication!]!
    disclosureApplication(id: ID!): DisclosureApplication
    replyGrounds: [ReplyGround!]!
    "Runs the gate on a reply letter without saving it."
    checkReplyLetter(text: String!): ReplyLetterCheck!
    publicMessages(status: [MessageStatus!], first: Int): [PublicMessage!]!
    publicMessage(id: ID!): PublicMessage
  }

  extend type Mutation {
    saveAnnualReportEntries(year: Int!, entries: JSON!, unitCode: String): AnnualReport!
    "Makes the report a draft item in 政府信息公开年报 (then submit it for review as any item)."
    draftAnnualReport(year: Int!): AnnualReport!
    registerApplication(input: ApplicationRegistrationInput!): RegisteredApplication!
    acceptApplication(id: ID!): DisclosureApplication!
    requestApplicationCorrection(id: ID!, note: String!): DisclosureApplication!
    receiveApplicationCorrection(id: ID!, receivedOn: String): DisclosureApplication!
    startApplicationConsultation(id: ID!, note: String!): DisclosureApplication!
    endApplicationConsultation(id: ID!): DisclosureApplication!
    extendApplication(id: ID!, days: Int!, reason: String!): DisclosureApplication!
    transferApplication(id: ID!, unitCode: String!): DisclosureApplication!
    replyToApplication(id: ID!, replyType: ReplyType!, ground: String, text: String!): DisclosureApplication!
    deliverApplicationReply(id: ID!, by: DeliveryForm!): DisclosureApplication!
    "依申请公开转主动公开: a draft item for the public channels, through the normal review."
    convertApplicationToProactive(id: ID!, title: String!, body: String!, categoryCode: String!): DisclosureApplication!
    acceptPublicMessage(id: ID!, unitCode: String, replyDays: Int): PublicMessage!
    transferPublicMessage(id: ID!, unitCode: String!): PublicMessage!
    rejectPublicMessage(id: ID!, reason: String!): PublicMessage!
    replyToPublicMessage(id: ID!, text: String!): PublicMessage!
  }
`;

const lower = (v: string): string => v.toLowerCase();
const upper = (v: string | null): string | null => (v ? v.toUpperCase() : null);

const resolvers = {
  DisclosureApplication: {
    source: (a: ApplicationView) => a.source.toUpperCase(),
    deliveryForm: (a: ApplicationView) => a.deliveryForm.toUpperCase(),
    deliveredBy: (a: ApplicationView) => upper(a.deliveredBy),
    statusLabel: (a: ApplicationView) => APPLICATION_STATUS_LABELS[a.status],
    replyTypeLabel: (a: ApplicationView) => (a.replyType ? REPLY_TYPE_LABELS[a.replyType] : null),
    replyGroundLabel: (a: ApplicationView) => (a.replyType && a.replyGround ? (REPLY_GROUNDS[a.replyType][a.replyGround] ?? null) : null),
  },
  AnnualReport: {
    title: (r: AnnualReport) => titleOf(r),
    html: (r: AnnualReport) => annualReportHtml(r),
  },
  PublicMessage: {
    statusLabel: (m: MessageView) => MESSAGE_STATUS_LABELS[m.status],
    categoryLabel: (m: MessageView) => MESSAGE_CATEGORIES[m.category].label,
  },
  Query: {
    annualReport: (_: unknown, a: { year: number; unitCode?: string | null }, ctx: Context) => annualReport(ctx.deps, ctx.actor, a.year, a.unitCode),
    disclosureApplications: (_: unknown, a: { status?: ApplicationStatus[] | null; first?: number | null }, ctx: Context) => listApplicationViews(ctx.deps, ctx.actor, { statuses: a.status, first: a.first }),
    disclosureApplication: (_: unknown, a: { id: string }, ctx: Context) => getApplication(ctx.deps, ctx.actor, a.id),
    replyGrounds: () => Object.entries(REPLY_GROUNDS).flatMap(([replyType, grounds]) => Object.entries(grounds).map(([code, label]) => ({ replyType, code, label }))),
    checkReplyLetter: (_: unknown, a: { text: string }) => {
      const result = checkReplyLetter(a.text);
      return { verdict: result.verdict, findings: result.findings };
    },
    publicMessages: (_: unknown, a: { status?: MessageStatus[] | null; first?: number | null }, ctx: Context) => listMessageViews(ctx.deps, ctx.actor, { statuses: a.status, first: a.first }),
    publicMessage: (_: unknown, a: { id: string }, ctx: Context) => getMessage(ctx.deps, ctx.actor, a.id),
  },
  Mutation: {
    saveAnnualReportEntries: (_: unknown, a: { year: number; entries: unknown; unitCode?: string | null }, ctx: Context) => saveAnnualReportEntries(ctx.deps, ctx.actor, a.year, a.entries, a.unitCode),
    draftAnnualReport: async (_: unknown, a: { year: number }, ctx: Context) => (await draftAnnualReport(ctx.deps, ctx.actor, a.year)).report,
    registerApplication: (_: unknown, a: { input: Record<string, unknown> & { source: string; receivedOn?: string | null; deliveryForm?: string | null } }, ctx: Context) => {
      const { source, receivedOn, deliveryForm, ...rest } = a.input;
      return registerApplication(ctx.deps, ctx.actor, { ...rest, ...(deliveryForm ? { deliveryForm: lower(deliveryForm) } : {}) }, { source: lower(source) as 'post', receivedOn });
    },
    acceptApplication: (_: unknown, a: { id: string }, ctx: Context) => acceptApplication(ctx.deps, ctx.actor, a.id),
    requestApplicationCorrection: (_: unknown, a: { id: string; note: string }, ctx: Context) => requestCorrection(ctx.deps, ctx.actor, a.id, a.note),
    receiveApplicationCorrection: (_: unknown, a: { id: string; receivedOn?: string | null }, ctx: Context) => receiveCorrection(ctx.deps, ctx.actor, a.id, a.receivedOn),
    startApplicationConsultation: (_: unknown, a: { id: string; note: string }, ctx: Context) => startConsultation(ctx.deps, ctx.actor, a.id, a.note),
    endApplicationConsultation: (_: unknown, a: { id: string }, ctx: Context) => endConsultation(ctx.deps, ctx.actor, a.id),
    extendApplication: (_: unknown, a: { id: string; days: number; reason: string }, ctx: Context) => extendApplication(ctx.deps, ctx.actor, a.id, a.days, a.reason),
    transferApplication: (_: unknown, a: { id: string; unitCode: string }, ctx: Context) => transferApplication(ctx.deps, ctx.actor, a.id, a.unitCode),
    replyToApplication: (_: unknown, a: { id: string; replyType: ReplyType; ground?: string | null; text: string }, ctx: Context) =>
      replyToApplication(ctx.deps, ctx.actor, a.id, { replyType: a.replyType, ground: a.ground, text: a.text }),
    deliverApplicationReply: (_: unknown, a: { id: string; by: string }, ctx: Context) => deliverReply(ctx.deps, ctx.actor, a.id, lower(a.by) as 'email'),
    convertApplicationToProactive: async (_: unknown, a: { id: string; title: string; body: string; categoryCode: string }, ctx: Context) =>
      (await convertToProactive(ctx.deps, ctx.actor, a.id, { title: a.title, body: a.body, categoryCode: a.categoryCode })).application,
    acceptPublicMessage: (_: unknown, a: { id: string; unitCode?: string | null; replyDays?: number | null }, ctx: Context) => acceptMessage(ctx.deps, ctx.actor, a.id, { unitCode: a.unitCode, replyDays: a.replyDays }),
    transferPublicMessage: (_: unknown, a: { id: string; unitCode: string }, ctx: Context) => transferMessage(ctx.deps, ctx.actor, a.id, a.unitCode),
    rejectPublicMessage: (_: unknown, a: { id: string; reason: string }, ctx: Context) => rejectMessage(ctx.deps, ctx.actor, a.id, a.reason),
    replyToPublicMessage: (_: unknown, a: { id: string; text: string }, ctx: Context) => replyToMessage(ctx.deps, ctx.actor, a.id, a.text),
  },
};

export const disclosureModule: SchemaModule = { typeDefs, resolvers };
