import type { ChannelDescriptor } from '../descriptor.js';
import { portalChannel } from '../hub.js';

/** 一网: the portal pages the hub serves itself. */
export const portalDescriptor: ChannelDescriptor<'PORTAL'> = {
  kind: 'PORTAL',
  label: '门户网站',
  formalLabel: '政府网站',
  hosted: true,
  capabilities: { status: false, retract: true, massSend: false },
  config: [],
  create: () => portalChannel,
};
