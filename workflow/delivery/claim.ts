import { appendAudit } from '../../audit/chain.js';
import type { ChannelKind, PublishResult, Rendition } from '../../channels/Channel.js';
import { CHANNEL_KINDS } from '../../channels/catalogue.js';
import { articlePath } from '../../channels/hub.js';
import { type ContentRecord, type ContentStatus, type RenditionRecord } from '../../store/contents.js';
import { claimAtOnce, lockForClaim, type ClaimRead, type ContentLock } from '../../store/deliveryLock.js';
import type { DeliveryMode } from '../../store/deliveryState.js';
import { withTransaction } from '../../store/db.js';
import { updatePublication, type PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { applyTransition } from '../transitions.js';
import { DELIVERY_ACTOR, DELIVERY_SYSTEM_ACTOR, type DeliveryOutcome } from './outcome.js';
import { markPublished } from './record.js';
import { wechatCoverOf } from '../variants.js';

const ACTIVE: ContentStatus[] = ['SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

interface Claimed {
  publication: PublicationRecord;
  unitId: string;
  /** Its account as read with it, credentials still sealed (null for the hub's own channels). */
  account: ClaimRead['account'];
}

export type Claim =
  | { outcome: DeliveryOutcome }
  | (Claimed & { mode: 'publish'; rendition: Rendition; deliveryMode: DeliveryMode | null; failure?: unknown })
  | (Claimed & { mode: 'poll' });

export interface ClaimOptions {
  /** How long the claim lasts without renewal. */
  leaseMs: number;
  /** Sees the publication as it was read, before the claim changed it (the job layer's metrics). */
  onRead?: (publication: PublicationRecord) => void;
  /**
   * A publish that never leaves the process (the hub's own channels), run inside the claim's transaction so
   * that claim, publish and settling are one transaction. Absent for channels on other platforms: their
   * calls must not hold a transaction open.
   */
  inline?: (channel: ChannelKind) => InlinePublish | undefined;
}

/** What every channel is handed of the approved revision (WeChat adds its cover). */
export function renditionOf(deps: Pick<Deps, 'config'>, content: ContentRecord, stored: RenditionRecord, now: Date): Rendition {
  return {
    contentId: content.id, revision: stored.revision, title: stored.title, html: stored.html, summary: stored.summary,
    categoryCode: content.categoryCode, categoryName: content.categoryName, unitName: content.unitName,
    portalUrl: `${deps.config.publicBaseUrl}${articlePath(content.id)}`, publishedAt: content.publishedAt ?? now, variants: stored.variants ?? null,
  };
}

export type InlinePublish = (rendition: Rendition, publication: PublicationRecord) => Promise<PublishResult>;

/** Thrown out of a claim that read under a shared content lock and found it must change the content. */
class NeedsExclusiveLock extends Error {}

/**
 * Claims one publication: state PUBLISHING, attempt (or poll) counted, a lease until `leaseMs` from now. Answers
 * an outcome instead when there is nothing to do yet or any more, or when an inline publish finished the delivery
 * in the same transaction.
 *
 * The usual claim is one statement (`claimAtOnce`), its content row held shared: the item's other deliveries claim
 * beside it. A claim that changes the item (a scheduled item's release, an inline publish that settles it) or
 * cancels the publication runs as a transaction (`claimInTransaction`), under the exclusive lock when the read
 * says it will change the item.
 */
export async function claimPublication(deps: Deps, publicationId: string, options: ClaimOptions): Promise<Claim> {
  const now = deps.now();
  const inlineChannels = options.inline ? CHANNEL_KINDS.filter((kind) => options.inline?.(kind) !== undefined) : [];
  const read = await claimAtOnce(deps.pool, publicationId, { now, leaseUntil: new Date(now.getTime() + options.leaseMs), inlineChannels });
  if (!read) return { outcome: { kind: 'skipped', reason: 'no such publication' } };
  const { content, publication, rendition: stored, deliveryMode, account, claimedToken } = read;
  if (claimedToken === null) {
    const held = standingOf(content, publication, now);
    if (held !== null && held !== 'cancel') {
      options.onRead?.(publication);
      return { outcome: held };
    }
    return claimInTransaction(deps, publicationId, options, writesContent(content, publication, inlineIn(options)) ? 'exclusive' : 'shared');
  }
  options.onRead?.(publication);
  if (publication.externalId) return { mode: 'poll', publication: { ...publication, polls: publication.polls + 1, leaseToken: claimedToken }, unitId: content.unitId, account };
  const claimed = { ...publication, attempts: publication.attempts + 1, leaseToken: claimedToken };
  const rendition = renditionOf(deps, content, stored!, now);
  try {
    if (publication.channel === 'WECHAT') rendition.wechatCover = await wechatCoverOf(deps, deps.pool, stored!.variants);
  } catch (failure) {
    // Claimed already: recorded by the caller as any platform's failure (retried, the lease handed back).
    return { mode: 'publish', publication: claimed, unitId: content.unitId, account, rendition, deliveryMode, failure };
  }
  return { mode: 'publish', publication: claimed, unitId: content.unitId, account, rendition, deliveryMode };
}

/** Whether a claim that goes ahead writes the content: a scheduled item's release, an inline publish settling it. */
function writesContent(content: ContentRecord, publication: PublicationRecord, isInline: (channel: ChannelKind) => boolean): boolean {
  return content.status === 'SCHEDULED' || (!publication.externalId && isInline(publication.channel));
}

const inlineIn = (options: ClaimOptions) => (channel: ChannelKind): boolean => options.inline?.(channel) !== undefined;

/**
 * What `claimAtOnce` decides in SQL (its CLAIMABLE expression), decided here from what it read: nothing stands in the
 * way, the claim writes nothing of the item, and it has what it needs (a rendition, unless only polled). The SQL is a
 * restatement of `standingOf` and `writesContent` for the one-statement claim; a differential test
 * (test/delivery/claimable-differential.test.ts) holds the two equal over every combination of the fields they read.
 */
export function claimableAtOnce(read: ClaimRead, now: Date, inlineChannels: readonly string[]): boolean {
  const { content, publication } = read;
  return standingOf(content, publication, now) === null && !writesContent(content, publication, (channel) => inlineChannels.includes(channel))
    && (publication.externalId !== null || read.rendition !== null);
}

/**
 * The claim as a transaction, for the claims that write more than the publication's lease. Under a shared content
 * lock it starts again exclusively when it finds it must change the content: upgrading a shared lock two claims
 * hold would deadlock them.
 */
async function claimInTransaction(deps: Deps, publicationId: string, options: ClaimOptions, lock: ContentLock): Promise<Claim> {
  try {
    return await claimUnder(deps, publicationId, options, lock);
  } catch (error) {
    if (!(error instanceof NeedsExclusiveLock) || lock === 'exclusive') throw error;
    return claimUnder(deps, publicationId, options, 'exclusive');
  }
}

async function claimUnder(deps: Deps, publicationId: string, options: ClaimOptions, lock: ContentLock): Promise<Claim> {
  return withTransaction(deps.pool, async (tx): Promise<Claim> => {
    // Lock order everywhere: content row first, then its publications (one statement takes both).
    const locked = await lockForClaim(tx, publicationId, lock);
    if (!locked) return { outcome: { kind: 'skipped', reason: 'no such publication' } };
    const { content, publication, rendition: stored, deliveryMode, account } = locked;
    const now = deps.now();
    const held = standingOf(content, publication, now);
    if (lock === 'shared' && held === null && writesContent(content, publication, inlineIn(options))) throw new NeedsExclusiveLock();
    options.onRead?.(publication);
    if (held === 'cancel') {
      await updatePublication(tx, publication.id, { status: 'CANCELLED' });
      await appendAudit(tx, { actor: DELIVERY_ACTOR, action: 'publication.cancelled', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: content.id, contentStatus: content.status } });
      return { outcome: { kind: 'skipped', reason: `content is ${content.status}` } };
    }
    if (held) return { outcome: held };
    let current: ContentRecord = content;
    if (content.status === 'SCHEDULED') {
      await applyTransition(tx, DELIVERY_SYSTEM_ACTOR, content, ['release'], async () => ({ details: { scheduledAt: content.scheduledAt?.toISOString() ?? null } }));
      current = { ...content, status: 'PUBLISHING' };
    }
    // A new token per claim: whatever an earlier holder (stalled past its lease) still tries to write is refused.
    const lease = { status: 'PUBLISHING' as const, leaseUntil: new Date(now.getTime() + options.leaseMs), leaseToken: publication.leaseToken + 1 };
    if (publication.externalId) {
      // Only polled: what it says comes from the platform, no rendition is needed.
      const polled = { ...publication, polls: publication.polls + 1, leaseToken: lease.leaseToken };
      await updatePublication(tx, publication.id, { ...lease, polls: polled.polls });
      return { mode: 'poll', publication: polled, unitId: content.unitId, account };
    }
    const claimed = { ...publication, attempts: publication.attempts + 1, leaseToken: lease.leaseToken };
    if (!stored) throw new Error(`approved revision ${publication.revision} of ${content.id} has no rendition`);
    const rendition: Rendition = {
      ...renditionOf(deps, content, stored, now),
      ...(publication.channel === 'WECHAT' ? { wechatCover: await wechatCoverOf(deps, tx, stored.variants) } : {}),
    };
    let failure: unknown;
    const inline = options.inline?.(publication.channel);
    if (inline) {
      let result: PublishResult | null = null;
      try {
        result = await inline(rendition, claimed);
      } catch (error) {
        // Recorded by the caller as any platform's failure, after this claim commits.
        failure = error;
      }
      if (result) {
        await markPublished(tx, deps, claimed, current, result.externalId, result.url);
        return { outcome: { kind: 'published', url: result.url } };
      }
    }
    await updatePublication(tx, publication.id, { ...lease, attempts: claimed.attempts });
    return { mode: 'publish', publication: claimed, unitId: content.unitId, account, rendition, deliveryMode, ...(failure === undefined ? {} : { failure }) };
  });
}

/**
 * What stops a claim before it takes the lease: the publication done or gone (an outcome), its item no longer
 * releasing this revision ('cancel'), not due yet or held by a live lease (a wait); null when it may be claimed.
 */
function standingOf(content: ContentRecord, publication: PublicationRecord, now: Date): DeliveryOutcome | 'cancel' | null {
  if (publication.status !== 'PENDING' && publication.status !== 'PUBLISHING') return { kind: 'skipped', reason: `publication is ${publication.status}` };
  if (!ACTIVE.includes(content.status) || content.approvedRevision !== publication.revision) return 'cancel';
  if (publication.notBefore.getTime() > now.getTime()) return { kind: 'wait', until: publication.notBefore };
  if (publication.status === 'PUBLISHING' && publication.leaseUntil && publication.leaseUntil.getTime() > now.getTime()) return { kind: 'wait', until: publication.leaseUntil };
  return null;
}
