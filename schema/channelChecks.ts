/** Checks of channel account credentials (the channels branch); the channel catalogue itself is schema/channels.ts. */
import type { AccountRecord } from '../store/accounts.js';
import { findAccountSettings } from '../store/channelSettings.js';
import { testChannelAccount } from '../workflow/credentialCheck.js';
import type { SchemaModule } from './modules.js';
import type { Context } from './resolvers.js';

/** Channel accounts beyond the core: test connection and the last check's verdict. */
const typeDefs = /* GraphQL */ `
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

  extend type ChannelAccount {
    lastCheck: ChannelAccountCheck
  }

  extend type Mutation {
    "测试连接: checks the stored credentials with the platform (WeChat: a token request; Weibo: account/get_uid)."
    testChannelAccount(id: ID!): ChannelAccountCheck!
  }
`;

const resolvers = {
  ChannelAccount: {
    lastCheck: async (a: AccountRecord, _: unknown, ctx: Context) => (await findAccountSettings(ctx.deps.pool, a.id)).lastCheck ?? null,
  },
  Mutation: {
    testChannelAccount: (_: unknown, args: { id: string }, ctx: Context) => testChannelAccount(ctx.deps, ctx.actor, args.id),
  },
};

export const channelChecksModule: SchemaModule = { typeDefs, resolvers };
