import DataLoader from 'dataloader';
import type { AccountRecord } from '../store/accounts.js';
import type { CalendarRelease, DeliveredPost } from '../store/releases.js';
import { staleAccountDays, stalenessOf } from '../workflow/accountActivity.js';
import { getFailedReleases, getReleaseCalendar, lastDeliveredPosts } from '../workflow/releases.js';
import { toEnum } from './channelChecks.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** 发布日历 and what the 渠道账号 screen needs beyond the account itself: last delivered post, staleness, failed releases. */
const typeDefs = /* GraphQL */ `
  enum QuotaPeriod { DAY MONTH }

  "Where a WeChat 群发 stands in its account's quota for its Beijing day (订阅号) or month (服务号), itself included."
  type MassSendQuota { period: QuotaPeriod! used: Int! limit: Int! "e.g. 订阅号每天 1 次" rule: String! }

  "One publication on the calendar: scheduled, going out or delivered."
  type CalendarRelease {
    publicationId: ID!
    contentId: ID!
    contentStatus: ContentStatus!
    "The title of the released revision."
    title: String!
    channel: ChannelKind!
    accountName: String
    status: PublicationStatus!
    wechatMode: WechatDeliveryMode
    "When it went out, or is due to."
    at: DateTime!
    massSendQuota: MassSendQuota
  }

  "A FAILED publication that retryPublication accepts."
  type FailedRelease {
    publicationId: ID!
    contentId: ID!
    title: String!
    channel: ChannelKind!
    accountName: String
    unitCode: String!
    attempts: Int!
    lastError: String
    failedAt: DateTime!
  }

  type DeliveredPost { contentId: ID! title: String! publishedAt: DateTime! }

  "Against the inspection's 长期未更新 line; null for accounts that are not active."
  type AccountStaleness { limitDays: Int! daysSilent: Int! daysLeft: Int! stale: Boolean! since: DateTime! }

  extend type ChannelAccount {
    lastDelivered: DeliveredPost
    staleness: AccountStaleness
  }

  extend type Query {
    "Releases between two instants (at most 62 days), of the caller's unit (all units for admins and overseers)."
    releaseCalendar(from: DateTime!, to: DateTime!, channel: ChannelKind): [CalendarRelease!]!
    failedReleases: [FailedRelease!]!
  }
`;

// Per request, like the core loaders: a list of accounts reads their last posts in one query.
const lastDelivered = new WeakMap<Context, DataLoader<string, DeliveredPost | null>>();
const limitDays = new WeakMap<Context, Promise<number>>();

function lastDeliveredLoader(ctx: Context): DataLoader<string, DeliveredPost | null> {
  let loader = lastDelivered.get(ctx);
  if (!loader) lastDelivered.set(ctx, (loader = new DataLoader((ids) => lastDeliveredPosts(ctx.deps, ids))));
  return loader;
}

function limitOf(ctx: Context): Promise<number> {
  let limit = limitDays.get(ctx);
  if (!limit) limitDays.set(ctx, (limit = staleAccountDays(ctx.deps.pool)));
  return limit;
}

const toPeriod = (period: 'day' | 'month') => (period === 'day' ? 'DAY' : 'MONTH');

const resolvers = {
  Query: {
    releaseCalendar: async (_: unknown, args: { from: Date; to: Date; channel?: string | null }, ctx: Context) =>
      (await getReleaseCalendar(ctx.deps, ctx.actor, args)).map((e) => ({ ...e, massSendQuota: e.massSendQuota && { ...e.massSendQuota, period: toPeriod(e.massSendQuota.period) } })),
    failedReleases: (_: unknown, _args: unknown, ctx: Context) => getFailedReleases(ctx.deps, ctx.actor),
  },
  CalendarRelease: {
    wechatMode: (r: CalendarRelease) => (r.channel === 'WECHAT' ? toEnum(r.deliveryMode) : null),
  },
  ChannelAccount: {
    lastDelivered: (a: AccountRecord, _: unknown, ctx: Context) => lastDeliveredLoader(ctx).load(a.id),
    staleness: async (a: AccountRecord, _: unknown, ctx: Context) => {
      const last = await lastDeliveredLoader(ctx).load(a.id);
      return stalenessOf(a, last?.publishedAt ?? null, ctx.deps.now(), await limitOf(ctx));
    },
  },
};

export const releasesModule: SchemaModule = { typeDefs, resolvers };
