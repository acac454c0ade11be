import type { ChannelDescriptor } from '../descriptor.js';
import { appChannel } from '../hub.js';

/** 一端 by pull: the JSON Feed and RSS the clients read. */
export const appDescriptor: ChannelDescriptor<'APP'> = {
  kind: 'APP',
  label: '客户端',
  formalLabel: '政务客户端',
  hosted: true,
  capabilities: { status: false, retract: true, massSend: false },
  config: [],
  create: () => appChannel,
};
