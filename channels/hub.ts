import type { Channel, ChannelKind, PublishResult, Rendition } from './Channel.js';

/**
 * The portal (一网) and the client feed (一端) are the hub's own: publishing is making the approved
 * rendition visible at its URL, which the delivery transaction does by marking the publication
 * PUBLISHED. Nothing leaves the process, so a repeat is harmless.
 */
class HubChannel implements Channel {
  constructor(readonly kind: Extract<ChannelKind, 'PORTAL' | 'APP'>) {}

  validate(rendition: Rendition): string[] {
    return rendition.html.trim() ? [] : ['正文为空'];
  }

  async publish(rendition: Rendition): Promise<PublishResult> {
    return { externalId: `${rendition.contentId}@${rendition.revision}`, url: rendition.portalUrl };
  }

  async retract(): Promise<void> {}
}

export const portalChannel = new HubChannel('PORTAL');
export const appChannel = new HubChannel('APP');

export function articlePath(contentId: string): string {
  return `/articles/${contentId}`;
}
