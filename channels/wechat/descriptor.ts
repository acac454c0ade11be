import { z } from 'zod';
import type { ChannelDescriptor, DeliveryMode } from '../descriptor.js';
import { WECHAT_DEFAULTS } from './api.js';
import { WechatChannel } from './index.js';
import { wechatWebhook } from './webhook.js';

/** 发布 unless the release or the account says 群发: a mass send spends a scarce quota and reaches every follower. */
export const WECHAT_DEFAULT_MODE: DeliveryMode = 'publish';

export const wechatDescriptor: ChannelDescriptor<'WECHAT'> = {
  kind: 'WECHAT',
  label: '微信',
  formalLabel: '政务微信',
  hosted: false,
  credentials: z.object({
    appId: z.string().trim().min(1, '微信账号须提供 appId'),
    appSecret: z.string().trim().min(1, '微信账号须提供 appSecret'),
    /** WeChat's message-push token, which signs PUBLISHJOBFINISH callbacks to this account's URL. */
    callbackToken: z.string().trim().min(1, 'callbackToken 须为非空字符串').optional(),
  }),
  capabilities: { status: true, retract: true, massSend: true },
  defaultDeliveryMode: WECHAT_DEFAULT_MODE,
  config: [
    { env: 'WECHAT_API_BASE', default: 'https://api.weixin.qq.com', url: true, description: '微信公众平台接口地址' },
    { env: 'WECHAT_TIMEOUT_MS', default: String(WECHAT_DEFAULTS.timeoutMs), timeoutMs: true, description: '微信接口请求超时' },
  ],
  create: ({ env, imageSources }) => new WechatChannel({ apiBase: env.WECHAT_API_BASE, timeoutMs: Number(env.WECHAT_TIMEOUT_MS), imageSources }),
  webhook: wechatWebhook,
};
