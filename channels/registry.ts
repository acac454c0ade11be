import type { Channel, ChannelKind } from './Channel.js';
import { appChannel, portalChannel } from './hub.js';

/** Which adapter serves each channel kind; platform adapters are added by the process that configures them. */
export type ChannelRegistry = Partial<Record<ChannelKind, Channel>>;

export function hubChannels(): ChannelRegistry {
  return { PORTAL: portalChannel, APP: appChannel };
}
