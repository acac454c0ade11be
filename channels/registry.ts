import type { Channel, ChannelKind } from './Channel.js';
import type { ChannelSettings } from './descriptor.js';
import { CHANNEL_DESCRIPTORS } from './plugins.js';

/** Which adapter serves each channel kind. */
export type ChannelRegistry = Partial<Record<ChannelKind, Channel>>;

export interface RegistryOptions {
  /** Values of the channels' config keys (Config.channelEnv). */
  channelEnv: Readonly<Record<string, string>>;
  publicBaseUrl: string;
  imageSources?: ChannelSettings['imageSources'];
}

/** The hub's own channels (no platform behind them): what tests add their simulated platforms to. */
export function hubChannels(): ChannelRegistry {
  return Object.fromEntries(CHANNEL_DESCRIPTORS.filter((d) => d.hosted).map((d) => [d.kind, d.create({ env: {}, publicBaseUrl: '' })]));
}

/**
 * Every channel, built from its descriptor. One instance per process: the WeChat adapter's token cache is
 * per instance, and every delivery in the process must share it.
 */
export function allChannels(options: RegistryOptions): ChannelRegistry {
  const settings = { env: options.channelEnv, publicBaseUrl: options.publicBaseUrl, imageSources: options.imageSources };
  return Object.fromEntries(CHANNEL_DESCRIPTORS.map((d) => [d.kind, d.create(settings)]));
}
