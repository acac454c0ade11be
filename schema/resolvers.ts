import type { StoredEvent as AuditEvent } from '../audit/chain.js';
import type { AccountRecord } from '../store/accounts.js';
import type { ContentRecord, RevisionRecord, StoredFinding } from '../store/contents.js';
import type { ContentStatus, ReviewRecord } from '../store/contents.js';
import type { PublicationRecord } from '../store/publications.js';
import { publicationsOf, reviewsOf } from '../workflow/related.js';
import type { UserRecord } from '../store/organisation.js';
import type { Actor } from '../workflow/actor.js';
import { createChannelAccount, listChannelAccounts } from '../workflow/accounts.js';
import { listAuditEvents, verifyAudit } from '../workflow/audit.js';
import { login, logout } from '../workflow/auth.js';
import { getCategories, saveCategory, type CategoryInput } from '../workflow/categories.js';
import { createContent, getContent, listContentPage, submitContent, updateContent } from '../workflow/content.js';
import type { ContentInput } from '../workflow/contentInput.js';
import type { Deps } from '../workflow/deps.js';
import type { Loaders } from '../workflow/loaders.js';
import { cancelSchedule, publishContent, retractContent, retryPublication } from '../workflow/publish.js';
import { releaseOptions } from './channelChecks.js';
import { reviewContent } from '../workflow/review.js';
import { isUuid } from '../workflow/ids.js';
import { decodeCursor, encodeCursor, isIsoInstant, isSeqCursor, pageSize, seqConnection } from './pagination.js';
import { DateTime, JSONScalar } from './scalars.js';

export interface Context {
  deps: Deps;
  actor: Actor | null;
  user: UserRecord | null;
  token: string | null;
  /** The client's network address (behind a trusted proxy, the forwarded one): login throttling and audit. */
  address: string;
  /** Per-request batch loaders: a list of contents reads its revisions, categories and accounts in one query each. */
  loaders: Loaders;
}

const isContentCursor = (v: unknown): v is { u: string; i: string } => typeof v === 'object' && v !== null && isIsoInstant((v as { u: unknown }).u) && typeof (v as { i: unknown }).i === 'string' && isUuid((v as { i: string }).i);

function contentConnection(page: { items: ContentRecord[]; hasNextPage: boolean }) {
  const edges = page.items.map((node) => ({ node, cursor: encodeCursor({ u: node.updatedAt.toISOString(), i: node.id }) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

export function revisionOf(ctx: Context, content: ContentRecord): Promise<RevisionRecord | null> {
  return ctx.loaders.revision.load({ contentId: content.id, revision: content.revision });
}

const upper = <T extends string>(value: T): Uppercase<T> => value.toUpperCase() as Uppercase<T>;
export const findingOut = (f: StoredFinding) => ({ ...f, kind: upper(f.kind), severity: upper(f.severity) });

export const resolvers = {
  DateTime,
  JSON: JSONScalar,
  Role: { EDITOR: 'editor', REVIEWER: 'reviewer', CHANNEL_ADMIN: 'channel_admin', OVERSEER: 'overseer', ADMIN: 'admin' },
  Disclosure: { PROACTIVE: 'proactive', ON_REQUEST: 'on_request', NOT_PUBLIC: 'not_public' },
  Verdict: { PASS: 'pass', WARN: 'warn', BLOCK: 'block' },

  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => ctx.user,
    content: (_: unknown, args: { id: string }, ctx: Context) => getContent(ctx.deps, ctx.actor, args.id),
    contents: async (_: unknown, args: { status?: ContentStatus | null; first?: number | null; after?: string | null }, ctx: Context) => {
      const after = decodeCursor(args.after, isContentCursor);
      return contentConnection(await listContentPage(ctx.deps, ctx.actor, { status: args.status, first: pageSize(args.first), after: after && { updatedAt: new Date(after.u), id: after.i } }));
    },
    reviewQueue: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Context) => {
      const after = decodeCursor(args.after, isContentCursor);
      return contentConnection(await listContentPage(ctx.deps, ctx.actor, { reviewQueue: true, first: pageSize(args.first), after: after && { updatedAt: new Date(after.u), id: after.i } }));
    },
    categories: (_: unknown, __: unknown, ctx: Context) => getCategories(ctx.deps, ctx.actor),
    channelAccounts: (_: unknown, __: unknown, ctx: Context) => listChannelAccounts(ctx.deps, ctx.actor),
    auditEvents: async (_: unknown, args: { targetId?: string | null; actor?: string | null; first?: number | null; after?: string | null }, ctx: Context) => {
      const after = decodeCursor(args.after, isSeqCursor);
      return seqConnection(await listAuditEvents(ctx.deps, ctx.actor, { targetId: args.targetId, actor: args.actor, beforeSeq: after?.s ?? null, limit: pageSize(args.first) }));
    },
    verifyAuditChain: (_: unknown, __: unknown, ctx: Context) => verifyAudit(ctx.deps, ctx.actor),
  },

  Mutation: {
    login: async (_: unknown, args: { username: string; password: string }, ctx: Context) => login(ctx.deps, args.username, args.password, ctx.address),
    logout: (_: unknown, __: unknown, ctx: Context) => (ctx.actor && ctx.token ? logout(ctx.deps, ctx.actor, ctx.token) : false),
    createContent: (_: unknown, args: { input: ContentInput }, ctx: Context) => createContent(ctx.deps, ctx.actor, args.input),
    updateContent: (_: unknown, args: { id: string; input: ContentInput }, ctx: Context) => updateContent(ctx.deps, ctx.actor, args.id, args.input),
    submitContent: (_: unknown, args: { id: string }, ctx: Context) => submitContent(ctx.deps, ctx.actor, args.id),
    reviewContent: (_: unknown, args: { id: string; decision: 'APPROVE' | 'REJECT'; comment?: string | null; keep?: { findingId: number; reason: string }[] | null }, ctx: Context) =>
      reviewContent(ctx.deps, ctx.actor, args.id, { decision: args.decision, comment: args.comment, keep: args.keep }),
    publishContent: (_: unknown, args: { id: string; at?: Date | null; options?: { wechatMode?: 'PUBLISH' | 'MASS_SEND' | null } | null }, ctx: Context) =>
      publishContent(ctx.deps, ctx.actor, args.id, args.at, releaseOptions(args.options)),
    cancelSchedule: (_: unknown, args: { id: string }, ctx: Context) => cancelSchedule(ctx.deps, ctx.actor, args.id),
    retractContent: (_: unknown, args: { id: string; reason: string }, ctx: Context) => retractContent(ctx.deps, ctx.actor, args.id, args.reason),
    retryPublication: (_: unknown, args: { id: string }, ctx: Context) => retryPublication(ctx.deps, ctx.actor, args.id),
    createChannelAccount: (_: unknown, args: { input: { channel: string; name: string; unitCode?: string | null; credentials: unknown } }, ctx: Context) =>
      createChannelAccount(ctx.deps, ctx.actor, args.input),
    upsertCategory: (_: unknown, args: { input: CategoryInput }, ctx: Context) => saveCategory(ctx.deps, ctx.actor, args.input),
  },

  User: {
    unit: (user: UserRecord) => ({ id: user.unitId, code: user.unitCode, name: user.unitName }),
  },

  Content: {
    title: async (c: ContentRecord, _: unknown, ctx: Context) => (await revisionOf(ctx, c))?.title ?? '',
    body: async (c: ContentRecord, _: unknown, ctx: Context) => (await revisionOf(ctx, c))?.bodyHtml ?? '',
    summary: async (c: ContentRecord, _: unknown, ctx: Context) => (await revisionOf(ctx, c))?.summary ?? '',
    verdict: async (c: ContentRecord, _: unknown, ctx: Context) => (await revisionOf(ctx, c))?.verdict ?? null,
    findings: async (c: ContentRecord, _: unknown, ctx: Context) => ((await revisionOf(ctx, c))?.findings ?? []).map(findingOut),
    category: async (c: ContentRecord, _: unknown, ctx: Context) => (await ctx.loaders.category.load(c.categoryCode))!,
    unit: (c: ContentRecord) => ({ id: c.unitId, code: c.unitCode, name: c.unitName }),
    author: (c: ContentRecord) => c.authorUsername,
    disclosure: (c: ContentRecord) => c.disclosure,
    revisions: (c: ContentRecord, _: unknown, ctx: Context) => ctx.loaders.revisions.load(c.id),
    reviews: (c: ContentRecord, _: unknown, ctx: Context) => reviewsOf(ctx.deps, c.id),
    publications: (c: ContentRecord, _: unknown, ctx: Context) => publicationsOf(ctx.deps, c.id),
  },

  Revision: {
    body: (r: RevisionRecord) => r.bodyHtml,
    findings: (r: RevisionRecord) => (r.findings ?? []).map(findingOut),
  },

  Review: {
    reviewer: (r: ReviewRecord) => r.reviewerUsername,
    keptFindings: (r: ReviewRecord) => r.keptFindings.map((k) => ({ findingId: k.id, reason: k.reason })),
  },

  Publication: {
    account: (p: PublicationRecord, _: unknown, ctx: Context) => (p.accountId ? ctx.loaders.account.load(p.accountId) : null),
  },

  ChannelAccount: {
    unitCode: (a: AccountRecord) => a.unitCode,
  },

  AuditEvent: {
    details: (e: AuditEvent) => e.details,
  },
};

