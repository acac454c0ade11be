/** Checks of channel account credentials and WeChat delivery settings (the channels branch); the channel catalogue itself is schema/channels.ts. */
import type { AccountRecord } from '../store/accounts.js';
import type { PublicationRecord } from '../store/publications.js';
import { updateChannelAccountSettings } from '../workflow/accountSettings.js';
import { accountSettingsOf, deliveryModeOf } from '../workflow/related.js';
import { testChannelAccount } from '../workflow/credentialCheck.js';
import { defaultWechatMode, visiblePublicationStatus, type ReleaseOptions } from '../workflow/massSend.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** Channel accounts and releases beyond the core: test connection, WeChat 发布 or 群发, API群发保护. */
const typeDefs = /* GraphQL */ `
  "How a WeChat release goes out: 发布 (to the account's page) or 群发 (pushed to every follower)."
  enum WechatDeliveryMode { PUBLISH MASS_SEND }
  enum WechatAccountType { SUBSCRIPTION SERVICE }

  "Per-release choices of publishContent."
  input ReleaseOptions {
    "Overrides each WeChat account's default mode for this release."
    wechatMode: WechatDeliveryMode
  }

  # A 群发 on an account with API群发保护, waiting for an administrator's confirmation on the phone (30 minutes).
  extend enum PublicationStatus { AWAITING_CONFIRMATION }

  extend type Publication {
    "WeChat only: how it goes out."
    wechatMode: WechatDeliveryMode
  }

  "The verdict of a credentials check (on create, rotate or 测试连接)."
  type ChannelAccountCheck {
    ok: Boolean!
    "False when the platform could not be reached: the credentials were neither proven nor refuted."
    reachable: Boolean!
    "The platform's error code, e.g. WECHAT_40125 or WEIBO_21332."
    code: String
    message: String!
    checkedAt: DateTime!
  }

  type ChannelAccountSettings {
    wechatMode: WechatDeliveryMode
    "订阅号: one 群发 a day; 服务号: four a month."
    wechatAccountType: WechatAccountType
    massSendProtection: Boolean!
  }

  input ChannelAccountSettingsInput {
    wechatMode: WechatDeliveryMode
    wechatAccountType: WechatAccountType
    massSendProtection: Boolean
  }

  extend type ChannelAccount {
    lastCheck: ChannelAccountCheck
    settings: ChannelAccountSettings!
  }

  extend type Mutation {
    "测试连接: checks the stored credentials with the platform (WeChat: a token request; Weibo: account/get_uid)."
    testChannelAccount(id: ID!): ChannelAccountCheck!
    "WeChat accounts: default 发布 or 群发, account type (for the 群发 quota), API群发保护."
    updateChannelAccountSettings(id: ID!, input: ChannelAccountSettingsInput!): ChannelAccount!
  }
`;

type ModeEnum = 'PUBLISH' | 'MASS_SEND';
export const toEnum = (mode: string | null | undefined): ModeEnum | null => (mode === 'mass_send' ? 'MASS_SEND' : mode === 'publish' ? 'PUBLISH' : null);
const fromEnum = (mode: ModeEnum | null | undefined) => (mode === 'MASS_SEND' ? 'mass_send' : mode === 'PUBLISH' ? 'publish' : mode);

export function releaseOptions(options: { wechatMode?: ModeEnum | null } | null | undefined): ReleaseOptions | undefined {
  return options?.wechatMode ? { wechatMode: fromEnum(options.wechatMode) as ReleaseOptions['wechatMode'] } : undefined;
}

const resolvers = {
  Publication: {
    status: (p: PublicationRecord) => visiblePublicationStatus(p),
    wechatMode: async (p: PublicationRecord, _: unknown, ctx: Context) => (p.channel === 'WECHAT' ? toEnum(await deliveryModeOf(ctx.deps, p.id)) : null),
  },
  ChannelAccount: {
    lastCheck: async (a: AccountRecord, _: unknown, ctx: Context) => (await accountSettingsOf(ctx.deps, a.id)).lastCheck ?? null,
    settings: async (a: AccountRecord, _: unknown, ctx: Context) => {
      const s = await accountSettingsOf(ctx.deps, a.id);
      return {
        wechatMode: a.channel === 'WECHAT' ? toEnum(defaultWechatMode(s)) : null,
        wechatAccountType: s.wechatAccountType ? s.wechatAccountType.toUpperCase() : null,
        massSendProtection: s.massSendProtection ?? false,
      };
    },
  },
  Mutation: {
    testChannelAccount: (_: unknown, args: { id: string }, ctx: Context) => testChannelAccount(ctx.deps, ctx.actor, args.id),
    updateChannelAccountSettings: (_: unknown, args: { id: string; input: { wechatMode?: ModeEnum | null; wechatAccountType?: string | null; massSendProtection?: boolean | null } }, ctx: Context) =>
      updateChannelAccountSettings(ctx.deps, ctx.actor, args.id, {
        ...(args.input.wechatMode !== undefined ? { wechatMode: fromEnum(args.input.wechatMode) } : {}),
        ...(args.input.wechatAccountType !== undefined ? { wechatAccountType: args.input.wechatAccountType?.toLowerCase() ?? null } : {}),
        ...(args.input.massSendProtection !== undefined ? { massSendProtection: args.input.massSendProtection } : {}),
      }),
  },
};

export const channelChecksModule: SchemaModule = { typeDefs, resolvers };
