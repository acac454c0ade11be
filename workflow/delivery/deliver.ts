import { auditEvent } from '../../audit/chain.js';
import { HOSTED_KINDS } from '../../channels/catalogue.js';
import { ChannelError, leaseLost, SEND_SETTLED_BY, type AccountCredentials, type Channel, type ChannelKind, type PublishContext, type Rendition } from '../../channels/Channel.js';
import type { ChannelRegistry } from '../../channels/registry.js';
import type { WechatChannel } from '../../channels/wechat/index.js';
import { WECHAT_DEFAULT_MODE } from '../../channels/wechat/descriptor.js';
import { withTransaction } from '../../store/db.js';
import type { DeliveryMode } from '../../store/deliveryState.js';
import { findPublication, recordSubmission, releaseLease, renewLease, saveHeldProgress, type PublicationRecord } from '../../store/publications.js';
import { openAccountCredentials, type SealedAccount } from '../accounts.js';
import type { Deps } from '../deps.js';
import { awaitMassSendConfirmation } from '../massSend.js';
import { claimPublication, type InlinePublish } from './claim.js';
import { DELIVERY_ACTOR, pollDelay, type DeliveryOutcome } from './outcome.js';
import { poll } from './polling.js';
import { leaseLostOutcome, recordFailure, recordPublished, retractLateArrival, stillHeld } from './record.js';

export interface DeliveryOptions {
  /**
   * How long a claim lasts without renewal. While the platform calls run the claim is renewed every third
   * of it; a run that finds a live claim waits, and a crashed worker's claim lapses so the next run resumes.
   */
  leaseMs?: number;
  /** Called with each renewal: the job layer extends its own lock with it. */
  onRenew?: () => Promise<void>;
  /** Sees the publication as the claim read it, before any change (the job layer's metrics). */
  onRead?: (publication: PublicationRecord) => void;
}

/**
 * Delivers one publication. Claim it in a transaction (state PUBLISHING, attempt counted), call the adapter
 * outside any transaction, record the result in another. Run again after a crash it picks up where the
 * database says it is: a publication that is PUBLISHED is never sent again, one with an external id is only
 * polled, and an adapter's saved progress is handed back so it resumes instead of starting over.
 */
export async function deliverPublication(deps: Deps, channels: ChannelRegistry, publicationId: string, options: DeliveryOptions = {}): Promise<DeliveryOutcome> {
  const leaseMs = options.leaseMs ?? deps.config.jobsLockLifetimeMs;
  const claimed = await claimPublication(deps, publicationId, { leaseMs, onRead: options.onRead, inline: (channel) => inlinePublisher(channels, channel) });
  if ('outcome' in claimed) return claimed.outcome;
  const { publication, unitId, account } = claimed;
  // An inline publish that failed: recorded like any platform's failure, nothing more to call.
  if (claimed.mode === 'publish' && 'failure' in claimed) return recordFailure(deps, publication, unitId, claimed.failure);

  const renewal = setInterval(() => {
    void renewLease(deps.pool, publication.id, publication.leaseToken, new Date(deps.now().getTime() + leaseMs))
      .then((held) => (held ? options.onRenew?.() : undefined))
      .catch((error: unknown) => deps.logger.warn({ err: error, publicationId: publication.id }, '发布租约续期失败'));
  }, Math.max(200, Math.floor(leaseMs / 3)));
  let outcome: DeliveryOutcome;
  try {
    outcome = await callPlatform(deps, channels, claimed.mode === 'publish' ? { rendition: claimed.rendition, deliveryMode: claimed.deliveryMode } : null, publication, unitId, account);
  } finally {
    clearInterval(renewal);
  }
  // A run that ends between states (a publish submitted, a poll still publishing) hands the claim back,
  // so the next scheduled run proceeds at once instead of waiting for the lease to lapse.
  if (outcome.kind === 'wait' && !outcome.leaseHandedBack) await releaseLease(deps.pool, publication.id, publication.leaseToken);
  return outcome;
}

async function callPlatform(
  deps: Deps,
  channels: ChannelRegistry,
  /** What to publish and how (WeChat 发布 or 群发, as the release booked it, read by the claim); null when the publish was submitted before and is only polled. */
  toSend: { rendition: Rendition; deliveryMode: DeliveryMode | null } | null,
  publication: PublicationRecord,
  unitId: string,
  /** The account as the claim read it, credentials sealed. */
  sealed: SealedAccount | null,
): Promise<DeliveryOutcome> {
  const mode = toSend ? 'publish' : 'poll';
  try {
    const adapter = channels[publication.channel];
    if (!adapter) throw new ChannelError(`渠道 ${publication.channel} 未配置适配器`, false, 'NO_ADAPTER');
    // Polling only reads a status: an account suspended meanwhile must not turn a post that is coming out into FAILED.
    const account = publication.accountId ? openAccountCredentials(deps, publication.accountId, sealed, { activeOnly: mode === 'publish' }) : null;
    if (!toSend) return await poll(deps, adapter, account, publication, unitId);
    const { rendition } = toSend;
    checkRendition(adapter, rendition, account);
    const massSend = publication.channel === 'WECHAT' && isMassSender(adapter) && (toSend.deliveryMode ?? WECHAT_DEFAULT_MODE) === 'mass_send';
    const send = massSend ? adapter.massSend.bind(adapter) : adapter.publish.bind(adapter);
    const result = await send(rendition, account, publication.idempotencyKey, { attempt: publication.attempts, resume: publication.progress, ...fencedProgress(deps, publication) });
    if (result.pending) {
      // Only the publication row: recording a submission changes nothing of the item, so its siblings need not wait.
      // A 群发 keeps its lease while it waits for the administrator's confirmation; a 发布 hands it back at once.
      const { status, recorded } = await recordSubmission(deps.pool, publication.id, publication.leaseToken, { externalId: result.externalId, url: result.url, handBack: !massSend },
        auditEvent({ actor: DELIVERY_ACTOR, action: 'publication.submitted', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, externalId: result.externalId } }));
      if (!recorded && (status === 'RETRACTING' || status === 'RETRACTED')) {
        const late = await withTransaction(deps.pool, async (tx): Promise<boolean> => {
          const current = await findPublication(tx, publication.id, true);
          if (current?.status !== 'RETRACTING' && current?.status !== 'RETRACTED') return false;
          await retractLateArrival(tx, publication, result.externalId, result.url);
          return true;
        });
        if (late) {
          await deps.scheduler.retract([publication.id]);
          return { kind: 'skipped', reason: 'retracted while publishing' };
        }
      }
      if (!recorded) return leaseLostOutcome(deps, publication);
      if (massSend && !(await awaitMassSendConfirmation(deps, publication, unitId))) return leaseLostOutcome(deps, publication);
      return { kind: 'wait', until: new Date(deps.now().getTime() + pollDelay(0)), ...(massSend ? {} : { leaseHandedBack: true }) };
    }
    if (!(await recordPublished(deps, publication, result.externalId, result.url))) return leaseLostOutcome(deps, publication);
    return { kind: 'published', url: result.url };
  } catch (error) {
    return recordFailure(deps, publication, unitId, error);
  }
}

/**
 * How long a publishing call may take to leave the process after its lease check, and how long after its
 * timeout a request may still be landing: the lease a send takes covers both, so no other worker can take the
 * publication over while the request may still reach the platform.
 */
const SEND_WINDOW_MS = 2_000;
const LAND_MARGIN_MS = 2_000;

/**
 * The adapter's checkpoints, fenced: progress is saved, and a publishing call's lease taken, only while this
 * delivery still holds the claim's token; otherwise the adapter meets LEASE_LOST before anything is sent.
 */
function fencedProgress(deps: Deps, publication: PublicationRecord): Required<Pick<PublishContext, 'checkpoint' | 'beforeSend'>> {
  return {
    checkpoint: async (progress) => {
      if (!(await saveHeldProgress(deps.pool, publication.id, publication.leaseToken, progress, null))) throw leaseLost();
    },
    beforeSend: async (progress, timeoutMs) => {
      const start = Date.now();
      const sendBy = start + SEND_WINDOW_MS;
      const settledBy = sendBy + timeoutMs + LAND_MARGIN_MS;
      const leaseUntil = new Date(deps.now().getTime() + (settledBy - start));
      const saved = { ...progress, [SEND_SETTLED_BY]: new Date(settledBy).toISOString() };
      if (!(await saveHeldProgress(deps.pool, publication.id, publication.leaseToken, saved, leaseUntil))) throw leaseLost();
      return { sendBy, settledBy };
    },
  };
}

/**
 * The hub's own channels (portal, client feed) publish without leaving the process: their publish runs inside
 * the claim's transaction. The channel is known from the descriptors, whatever adapter the registry holds.
 */
function inlinePublisher(channels: ChannelRegistry, channel: ChannelKind): InlinePublish | undefined {
  const adapter = channels[channel];
  if (!adapter || !HOSTED_KINDS.includes(channel)) return undefined;
  return async (rendition, publication) => {
    checkRendition(adapter, rendition, null);
    return adapter.publish(rendition, null, publication.idempotencyKey, { attempt: publication.attempts, resume: publication.progress });
  };
}

/** The channel's own constraints on the rendition: a content error, not retried. */
function checkRendition(adapter: Channel, rendition: Rendition, account: AccountCredentials | null): void {
  const problems = adapter.validate(rendition, account);
  if (problems.length) throw new ChannelError(problems.join('；'), false, 'INVALID_RENDITION');
}

function isMassSender(adapter: Channel): adapter is Channel & Pick<WechatChannel, 'massSend'> {
  return typeof (adapter as Partial<WechatChannel>).massSend === 'function';
}
