/** Look-ups over the registered descriptors, for the code that must not name a channel. */
import { z } from 'zod';
import type { ChannelKind } from './Channel.js';
import type { ChannelConfigKey, ChannelDescriptor } from './descriptor.js';
import { CHANNEL_DESCRIPTORS } from './plugins.js';

export const CHANNEL_KINDS: readonly ChannelKind[] = CHANNEL_DESCRIPTORS.map((d) => d.kind);

const byKind = new Map<string, ChannelDescriptor>(CHANNEL_DESCRIPTORS.map((d) => [d.kind, d]));

export function isChannelKind(value: string): value is ChannelKind {
  return byKind.has(value);
}

export function channelDescriptor(kind: ChannelKind): ChannelDescriptor {
  return byKind.get(kind)!;
}

/** The hub's own channels: what content goes to when no channel is named. */
export const HOSTED_KINDS: readonly ChannelKind[] = CHANNEL_DESCRIPTORS.filter((d) => d.hosted).map((d) => d.kind);
export const ACCOUNT_KINDS: readonly ChannelKind[] = CHANNEL_DESCRIPTORS.filter((d) => !d.hosted).map((d) => d.kind);

export const channelLabel = (kind: string): string => byKind.get(kind)?.label ?? kind;
export const channelFormalLabel = (kind: string): string => byKind.get(kind)?.formalLabel ?? kind;

/** The GraphQL enum, generated so that a new channel needs no schema edit. */
export function channelKindSdl(): string {
  return `enum ChannelKind { ${CHANNEL_KINDS.join(' ')} }`;
}

/** What a `timeoutMs` key accepts: under a second cuts off a platform's ordinary reply, over ten minutes holds a lease for nothing. */
export const CONFIG_TIMEOUT_RANGE_MS = { min: 1_000, max: 600_000 } as const;

/** The check of one key's value (its default when unset), with the message an operator reads at start. */
function configKeySchema(key: ChannelConfigKey): z.ZodType<string> {
  const named = `环境变量 ${key.env}（${key.description}）`;
  if (key.url) return z.string().regex(/^https?:\/\/[^\s]+$/, `${named}须为 http(s) 地址`).transform((v) => v.replace(/\/+$/, ''));
  if (key.timeoutMs) {
    const { min, max } = CONFIG_TIMEOUT_RANGE_MS;
    return z.string().regex(/^\d+$/, `${named}须为整数毫秒数`)
      .refine((v) => Number(v) >= min && Number(v) <= max, `${named}须在 ${min} 至 ${max} 毫秒之间`);
  }
  return z.string();
}

/** Values of every channel's config keys, from the environment; throws a Chinese message naming the variable and its value. */
export function loadChannelEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of CHANNEL_DESCRIPTORS.flatMap((d) => d.config)) {
    const raw = env[key.env];
    const parsed = configKeySchema(key).safeParse(raw === undefined || raw === '' ? key.default : raw.trim());
    if (!parsed.success) throw new Error(`${parsed.error.issues[0].message}，当前为「${raw}」`);
    out[key.env] = parsed.data;
  }
  return out;
}
