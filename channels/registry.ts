import type { Channel, ChannelKind } from './Channel.js';
import { appChannel, portalChannel } from './hub.js';
import { WechatChannel, type WechatChannelOptions } from './wechat/index.js';
import { WeiboChannel } from './weibo/index.js';

/** Which adapter serves each channel kind. */
export type ChannelRegistry = Partial<Record<ChannelKind, Channel>>;

export function hubChannels(): ChannelRegistry {
  return { PORTAL: portalChannel, APP: appChannel };
}

/**
 * Every channel, with the platforms' APIs at the configured bases. One instance per process: the WeChat
 * adapter's token cache is per instance, and every delivery in the process must share it.
 */
export function allChannels(options: { wechatApiBase: string; weiboApiBase: string; publicBaseUrl: string; imageSources?: WechatChannelOptions['imageSources'] }): ChannelRegistry {
  return {
    ...hubChannels(),
    WECHAT: new WechatChannel({ apiBase: options.wechatApiBase, imageSources: options.imageSources }),
    // Weibo only accepts posts linking into the app's safe domain: our portal.
    WEIBO: new WeiboChannel({ apiBase: options.weiboApiBase, safeDomain: options.publicBaseUrl }),
  };
}
