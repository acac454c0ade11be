/** Look-ups over the registered descriptors, for the code that must not name a channel. */
import type { ChannelKind } from './Channel.js';
import type { ChannelDescriptor } from './descriptor.js';
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

/** Values of every channel's config keys, from the environment; throws a message naming the variable. */
export function loadChannelEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of CHANNEL_DESCRIPTORS.flatMap((d) => d.config)) {
    const raw = env[key.env];
    if (key.url && raw !== undefined && !/^https?:\/\/[^\s]+$/.test(raw)) throw new Error(`${key.env} must be an http(s) URL, got ${raw}`);
    const value = raw === undefined || raw === '' ? key.default : raw;
    out[key.env] = key.url ? value.replace(/\/+$/, '') : value;
  }
  return out;
}
