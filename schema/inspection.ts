import type { FindingSeverity } from '../store/inspection.js';
import { checkWorkingDay, getCalendarDays, removeCalendarDay, setCalendarDay } from '../workflow/calendarDays.js';
import {
  getInspectionReport, getInspectionSettings, listInspectionReports, reportFindings, runInspection, updateInspectionSettings,
  type InspectionSettings, type ReportView,
} from '../workflow/inspection.js';
import type { SchemaModule } from './modules.js';
import { isUuid } from '../workflow/ids.js';
import { decodeCursor, encodeCursor, isIsoInstant, pageSize, type Connection } from './pagination.js';
import type { Context } from './resolvers.js';

/** Oversight: the daily inspection (每天一次网上督查), its settings and the working-day calendar. */
const typeDefs = /* GraphQL */ `
  enum InspectionTrigger { SCHEDULE MANUAL }
  "VETO: a 单项否决 item of the national indicators; WARN: must be fixed; INFO: for the record."
  enum InspectionSeverity { VETO WARN INFO }
  enum CalendarDayKind { HOLIDAY WORKDAY }

  type InspectionFinding {
    "account_stale, account_needs_reauth, account_suspended, category_stale, category_empty, category_empty_count, publication_failed, publication_stuck, review_overdue, service_change_late, broken_link, publicity_overdue, publicity_expiring, application_overdue, application_due_soon, message_overdue, message_unanswered"
    rule: String!
    severity: InspectionSeverity!
    "Null for what belongs to no unit (the portal's shared catalogue)."
    unitCode: String
    targetType: String!
    targetId: String!
    message: String!
    details: JSON!
  }

  type InspectionCounts { veto: Int! warn: Int! info: Int! }

  type InspectionReport {
    id: ID!
    runAt: DateTime!
    trigger: InspectionTrigger!
    requestedBy: String!
    "Counts of the findings the reader may see (a channel admin: their own unit's)."
    counts: InspectionCounts!
    findings(rule: String, severity: InspectionSeverity): [InspectionFinding!]!
    "The thresholds this run applied."
    settings: JSON!
  }
  type InspectionReportEdge { cursor: String! node: InspectionReport! }
  type InspectionReportConnection { edges: [InspectionReportEdge!]! pageInfo: PageInfo! }

  type InspectionSettings {
    staleAccountDays: Int!
    staleCategoryMonths: Int!
    staleCategoryKinds: [String!]!
    emptyCategoryLimit: Int!
    stuckPublicationMinutes: Int!
    reviewWorkingHours: Int!
    serviceChangeWorkingDays: Int!
    reportSuspendedAccounts: Boolean!
    "HH:MM, Asia/Shanghai"
    workdayStart: String!
    workdayEnd: String!
  }

  "Omitted fields stay as they are; null resets a field to its default."
  input InspectionSettingsInput {
    staleAccountDays: Int
    staleCategoryMonths: Int
    staleCategoryKinds: [String!]
    emptyCategoryLimit: Int
    stuckPublicationMinutes: Int
    reviewWorkingHours: Int
    serviceChangeWorkingDays: Int
    reportSuspendedAccounts: Boolean
    workdayStart: String
    workdayEnd: String
  }

  "An exception to Monday–Friday: a public holiday, or a weekend day worked in exchange (调休)."
  type CalendarDay { date: String! kind: CalendarDayKind! name: String! updatedBy: String! updatedAt: DateTime! }

  extend type Query {
    inspectionReports(first: Int, after: String): InspectionReportConnection!
    inspectionReport(id: ID!): InspectionReport
    inspectionSettings: InspectionSettings!
    "Dates are YYYY-MM-DD (Asia/Shanghai)."
    calendarDays(from: String!, to: String!): [CalendarDay!]!
    isWorkingDay(date: String!): Boolean!
  }

  extend type Mutation {
    "Runs the inspection now; notify mails the digest to overseers (default: no)."
    runInspection(notify: Boolean): InspectionReport!
    updateInspectionSettings(input: InspectionSettingsInput!): InspectionSettings!
    setCalendarDay(date: String!, kind: CalendarDayKind!, name: String!): CalendarDay!
    "Returns the day to the weekday rule; false when it had no entry."
    removeCalendarDay(date: String!): Boolean!
  }
`;

const isReportCursor = (v: unknown): v is { r: string; i: string } =>
  typeof v === 'object' && v !== null && isIsoInstant((v as { r: unknown }).r) && typeof (v as { i: unknown }).i === 'string' && isUuid((v as { i: string }).i);

const resolvers = {
  InspectionTrigger: { SCHEDULE: 'schedule', MANUAL: 'manual' },
  InspectionSeverity: { VETO: 'veto', WARN: 'warn', INFO: 'info' },
  CalendarDayKind: { HOLIDAY: 'holiday', WORKDAY: 'workday' },

  Query: {
    inspectionReports: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Context) => {
      const after = decodeCursor(args.after, isReportCursor);
      const page = await listInspectionReports(ctx.deps, ctx.actor, { first: pageSize(args.first), after: after && { runAt: new Date(after.r), id: after.i } });
      const edges = page.items.map((node) => ({ node, cursor: encodeCursor({ r: node.runAt.toISOString(), i: node.id }) }));
      const result: Connection<ReportView> = { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
      return result;
    },
    inspectionReport: (_: unknown, args: { id: string }, ctx: Context) => getInspectionReport(ctx.deps, ctx.actor, args.id),
    inspectionSettings: (_: unknown, __: unknown, ctx: Context) => getInspectionSettings(ctx.deps, ctx.actor),
    calendarDays: (_: unknown, args: { from: string; to: string }, ctx: Context) => getCalendarDays(ctx.deps, ctx.actor, args.from, args.to),
    isWorkingDay: (_: unknown, args: { date: string }, ctx: Context) => checkWorkingDay(ctx.deps, ctx.actor, args.date),
  },

  Mutation: {
    runInspection: (_: unknown, args: { notify?: boolean | null }, ctx: Context) => runInspection(ctx.deps, ctx.actor, { trigger: 'manual', notify: args.notify ?? false }),
    updateInspectionSettings: (_: unknown, args: { input: Partial<Record<keyof InspectionSettings, unknown>> }, ctx: Context) => updateInspectionSettings(ctx.deps, ctx.actor, args.input),
    setCalendarDay: (_: unknown, args: { date: string; kind: string; name: string }, ctx: Context) => setCalendarDay(ctx.deps, ctx.actor, args),
    removeCalendarDay: (_: unknown, args: { date: string }, ctx: Context) => removeCalendarDay(ctx.deps, ctx.actor, args.date),
  },

  InspectionReport: {
    counts: (r: ReportView) => ({ veto: r.veto, warn: r.warn, info: r.info }),
    findings: async (r: ReportView, args: { rule?: string | null; severity?: FindingSeverity | null }, ctx: Context) =>
      (await reportFindings(ctx.deps, r)).filter((f) => (!args.rule || f.rule === args.rule) && (!args.severity || f.severity === args.severity)),
  },
};

export const inspectionModule: SchemaModule = { typeDefs, resolvers };
