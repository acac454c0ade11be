import type { ContentRecord, RevisionRecord } from '../store/contents.js';
import type { OutdatedRecord, RosterRecord, TypoRecord } from '../store/wording.js';
import { applyWordingCorrections } from '../workflow/wordingApply.js';
import { revisionWordingVersions } from '../workflow/wordingVersions.js';
import {
  getWordingVersionsFor, leaderRoster, outdatedTerms, saveOutdatedTerm, saveRosterEntry, saveTypoEntry, setOutdatedTermActive,
  setRosterEntryActive, setTypoEntryActive, typoEntries, type OutdatedInputRaw, type RosterInputRaw, type TypoInputRaw,
} from '../workflow/wording.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

const typeDefs = /* GraphQL */ `
  extend type Finding {
    "Why it was flagged (wording findings: the dictionary entry's note, e.g. 2018年机构改革)."
    note: String
  }

  "The dictionary versions a revision's wording findings were produced with (文字关)."
  type WordingVersions { typo: Int! outdated: Int! roster: Int! }

  extend type Revision {
    "Null for revisions written before the wording check existed."
    wordingVersions: WordingVersions
  }

  extend type Content {
    "The wording dictionary versions the current revision was checked with."
    wordingVersions: WordingVersions
  }

  """
  Where a known error is an error: DATE_FOLLOWS (截止 before a date), CLAUSE_END (截至 at a clause end),
  ONLINE (登陆 near 网站/系统/账号), STYLE (a variant; not inside 《》 or quotes), RESOLVE (绝不 before 允许/姑息…).
  """
  enum TypoContext { DATE_FOLLOWS CLAUSE_END ONLINE STYLE RESOLVE }

  type TypoEntry {
    id: ID!
    wrong: String!
    correction: String!
    severity: Severity!
    context: TypoContext
    note: String!
    active: Boolean!
    updatedBy: String!
    updatedAt: DateTime!
  }

  type OutdatedTerm {
    id: ID!
    term: String!
    current: String!
    "YYYY-MM-DD: from this day on the old name is no longer current."
    ceasedOn: String!
    note: String!
    active: Boolean!
    updatedBy: String!
    updatedAt: DateTime!
  }

  type RosterEntry {
    id: ID!
    unitCode: String!
    name: String!
    title: String!
    "1 first: lists of leaders are checked against this order."
    rank: Int!
    validFrom: String!
    validTo: String
    active: Boolean!
    updatedBy: String!
    updatedAt: DateTime!
  }

  input TypoEntryInput { wrong: String!, correction: String!, severity: Severity, context: TypoContext, note: String }
  input OutdatedTermInput { term: String!, current: String!, ceasedOn: String!, note: String }
  input RosterEntryInput { unitCode: String!, name: String!, title: String!, rank: Int!, validFrom: String!, validTo: String }

  extend type Query {
    "Current versions of the three wording dictionaries (any signed-in user)."
    wordingVersions: WordingVersions!
    typoEntries(includeInactive: Boolean): [TypoEntry!]!
    outdatedTerms(includeInactive: Boolean): [OutdatedTerm!]!
    "A unit's roster (default: one's own unit; overseers and admins: any, or all without unitCode)."
    leaderRoster(unitCode: String, includeInactive: Boolean): [RosterEntry!]!
  }

  extend type Mutation {
    "Admins. Adds an entry or replaces the one with the same wrong form; bumps the typo version; audited."
    saveTypoEntry(input: TypoEntryInput!): TypoEntry!
    setTypoEntryActive(id: ID!, active: Boolean!): TypoEntry!
    saveOutdatedTerm(input: OutdatedTermInput!): OutdatedTerm!
    setOutdatedTermActive(id: ID!, active: Boolean!): OutdatedTerm!
    "Admins. Without id adds an entry; with id changes it (e.g. sets validTo when a leader leaves)."
    saveRosterEntry(id: ID, input: RosterEntryInput!): RosterEntry!
    setRosterEntryActive(id: ID!, active: Boolean!): RosterEntry!
    "Editors: writes a new revision with the chosen wording findings' replacements applied (采纳修改建议)."
    applyWordingCorrections(id: ID!, findingIds: [Int!]!): Content!
  }
`;

const upper = (s: string): string => s.toUpperCase();
const lower = (s: string | null | undefined): string | null | undefined => (typeof s === 'string' ? s.toLowerCase() : s);

const resolvers = {
  Revision: {
    wordingVersions: (r: RevisionRecord, _: unknown, ctx: Context) => revisionWordingVersions(ctx.deps, r.contentId, r.revision),
  },
  Content: {
    wordingVersions: (c: ContentRecord, _: unknown, ctx: Context) => revisionWordingVersions(ctx.deps, c.id, c.revision),
  },
  TypoEntry: {
    severity: (t: TypoRecord) => upper(t.severity),
    context: (t: TypoRecord) => (t.context ? upper(t.context) : null),
  },
  Query: {
    wordingVersions: (_: unknown, __: unknown, ctx: Context) => getWordingVersionsFor(ctx.deps, ctx.actor),
    typoEntries: (_: unknown, args: { includeInactive?: boolean | null }, ctx: Context) => typoEntries(ctx.deps, ctx.actor, args.includeInactive ?? false),
    outdatedTerms: (_: unknown, args: { includeInactive?: boolean | null }, ctx: Context): Promise<OutdatedRecord[]> =>
      outdatedTerms(ctx.deps, ctx.actor, args.includeInactive ?? false),
    leaderRoster: (_: unknown, args: { unitCode?: string | null; includeInactive?: boolean | null }, ctx: Context): Promise<RosterRecord[]> =>
      leaderRoster(ctx.deps, ctx.actor, args.unitCode ?? null, args.includeInactive ?? false),
  },
  Mutation: {
    saveTypoEntry: (_: unknown, args: { input: TypoInputRaw }, ctx: Context) =>
      saveTypoEntry(ctx.deps, ctx.actor, { ...args.input, severity: lower(args.input.severity), context: lower(args.input.context) }),
    setTypoEntryActive: (_: unknown, args: { id: string; active: boolean }, ctx: Context) => setTypoEntryActive(ctx.deps, ctx.actor, args.id, args.active),
    saveOutdatedTerm: (_: unknown, args: { input: OutdatedInputRaw }, ctx: Context) => saveOutdatedTerm(ctx.deps, ctx.actor, args.input),
    setOutdatedTermActive: (_: unknown, args: { id: string; active: boolean }, ctx: Context) => setOutdatedTermActive(ctx.deps, ctx.actor, args.id, args.active),
    saveRosterEntry: (_: unknown, args: { id?: string | null; input: RosterInputRaw }, ctx: Context) =>
      saveRosterEntry(ctx.deps, ctx.actor, args.id ?? null, args.input),
    setRosterEntryActive: (_: unknown, args: { id: string; active: boolean }, ctx: Context) => setRosterEntryActive(ctx.deps, ctx.actor, args.id, args.active),
    applyWordingCorrections: (_: unknown, args: { id: string; findingIds: number[] }, ctx: Context) =>
      applyWordingCorrections(ctx.deps, ctx.actor, args.id, args.findingIds),
  },
};

export const wordingModule: SchemaModule = { typeDefs, resolvers };
