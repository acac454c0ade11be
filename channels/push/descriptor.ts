import { z } from 'zod';
import type { ChannelDescriptor } from '../descriptor.js';
import { PushChannel } from './index.js';

/** 一端 by push: the government's own app or 融媒体中心 receives each item, signed, at its own endpoint. */
export const pushDescriptor: ChannelDescriptor<'PUSH'> = {
  kind: 'PUSH',
  label: '客户端推送',
  formalLabel: '政务客户端（推送）',
  hosted: false,
  credentials: z.object({
    endpoint: z.string().trim().regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/, '接收地址须为 http(s) 地址，且不带查询参数'),
    secret: z.string().min(16, '签名密钥至少 16 个字符'),
  }),
  capabilities: { status: true, retract: true, massSend: false },
  config: [{ env: 'PUSH_TIMEOUT_MS', default: '15000', timeoutMs: true, description: '推送请求超时' }],
  create: ({ env }) => new PushChannel({ timeoutMs: Number(env.PUSH_TIMEOUT_MS) }),
};
