import { z } from 'zod';
import type { ChannelDescriptor } from '../descriptor.js';
import { WEIBO_DEFAULTS } from './api.js';
import { WeiboChannel } from './index.js';

export const weiboDescriptor: ChannelDescriptor<'WEIBO'> = {
  kind: 'WEIBO',
  label: '微博',
  formalLabel: '政务微博',
  hosted: false,
  credentials: z.object({ accessToken: z.string().trim().min(1, '微博账号须提供 accessToken') }),
  capabilities: { status: false, retract: true, massSend: false },
  config: [
    { env: 'WEIBO_API_BASE', default: 'https://api.weibo.com', url: true, description: '微博开放平台接口地址' },
    { env: 'WEIBO_TIMEOUT_MS', default: String(WEIBO_DEFAULTS.timeoutMs), timeoutMs: true, description: '微博接口请求超时' },
  ],
  // Weibo only accepts posts linking into the app's safe domain: our portal.
  create: ({ env, publicBaseUrl }) => new WeiboChannel({ apiBase: env.WEIBO_API_BASE, timeoutMs: Number(env.WEIBO_TIMEOUT_MS), safeDomain: publicBaseUrl }),
};
