/**
 * The one registration list of channels. Adding a channel: its folder with a descriptor, and one entry here.
 * The order is the order of the GraphQL enum and of every list shown to people.
 */
import { appDescriptor } from './app/descriptor.js';
import type { ChannelDescriptor } from './descriptor.js';
import { portalDescriptor } from './portal/descriptor.js';
import { pushDescriptor } from './push/descriptor.js';
import { wechatDescriptor } from './wechat/descriptor.js';
import { weiboDescriptor } from './weibo/descriptor.js';

export const CHANNEL_DESCRIPTORS = [portalDescriptor, wechatDescriptor, weiboDescriptor, appDescriptor, pushDescriptor] as const;
