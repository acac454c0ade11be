import type { ChannelKind } from '../channels/Channel.js';
import { findAttachment, listAttachments, type AttachmentRecord } from '../store/attachments.js';
import { listCategories, type Category } from '../store/categories.js';
import { isUuid } from '../store/contents.js';
import { findPortalCounterparts, type PortalLink } from '../store/interpretations.js';
import { listUnits } from '../store/organisation.js';
import {
  findPublishedItem, lastRetractionAt, latestPerCategory, listPublishedItems, wasRetracted, type PublishedItem, type PublishedPage,
} from '../store/portal.js';
import type { Deps } from './deps.js';

/*
 * What the public side (portal pages, feeds, published attachments, the public forms) reads. Anyone may:
 * these are published items only, so there is no actor to check — but the HTTP layer still asks here
 * rather than the store, so what "published" means is decided in one place.
 */

export function portalCategories(deps: Deps): Promise<Category[]> {
  return listCategories(deps.pool);
}

export function latestPublished(deps: Deps, channel: ChannelKind, perCategory: number): Promise<PublishedItem[]> {
  return latestPerCategory(deps.pool, channel, perCategory);
}

export function listPublished(deps: Deps, channel: ChannelKind, options: { categoryCodes?: string[] | null; offset: number; limit: number }): Promise<PublishedPage> {
  return listPublishedItems(deps.pool, channel, options);
}

/** A published item by id; null for an id that is no UUID (a typed URL), unknown, or not published there. */
export async function findPublished(deps: Deps, channel: ChannelKind, id: string): Promise<PublishedItem | null> {
  return isUuid(id) ? findPublishedItem(deps.pool, channel, id) : null;
}

/** What an article page shows beside the item: its 政策解读 counterpart and its attachments. */
export async function articleExtras(deps: Deps, id: string): Promise<{ interpretation: PortalLink | null; interprets: PortalLink | null; attachments: AttachmentRecord[] }> {
  const [counterparts, attachments] = await Promise.all([findPortalCounterparts(deps.pool, id), listAttachments(deps.pool, id)]);
  return { ...counterparts, attachments };
}

/** Why an item that was published here is gone (a 410 page), or null if it never was. */
export async function retraction(deps: Deps, channel: ChannelKind, id: string): Promise<{ reason: string | null; at: Date | null } | null> {
  return isUuid(id) ? wasRetracted(deps.pool, channel, id) : null;
}

/** The latest retraction on a channel: a feed changes when an item leaves it, not only when one arrives. */
export function lastRetraction(deps: Deps, channel: ChannelKind): Promise<Date | null> {
  return lastRetractionAt(deps.pool, channel);
}

/** An attachment the public may download: not removed, and its item published on the portal. */
export async function publishedAttachment(deps: Deps, id: string): Promise<AttachmentRecord | null> {
  const attachment = isUuid(id) ? await findAttachment(deps.pool, id) : null;
  if (!attachment || attachment.removedAt) return null;
  return (await findPublishedItem(deps.pool, 'PORTAL', attachment.contentId)) ? attachment : null;
}

/** The units a member of the public may address (依申请公开, 网民留言). */
export async function publicUnits(deps: Deps): Promise<{ code: string; name: string }[]> {
  return (await listUnits(deps.pool)).map((u) => ({ code: u.code, name: u.name }));
}
