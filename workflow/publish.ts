import { findContent, type ContentRecord } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { listActiveAccounts } from '../store/accounts.js';
import { channelDescriptor, channelLabel } from '../channels/catalogue.js';
import { cancelPendingPublications, findPublication, listPublications, updatePublication, upsertPublications, type PublicationRecord, type PublicationTarget } from '../store/publications.js';
import type { Actor } from './actor.js';
import { applyTransition, authorise, nextStatus, transition, type StepResult } from './transitions.js';
import { publishHostedNow, recordHostedPublished, reportHostedPublished } from './delivery/hosted.js';
import type { Deps } from './deps.js';
import { badInput, invalidTransition, notFound } from './errors.js';
import { armDeliveries, armRetractions, disarmDeliveries } from './outbox.js';
import { checkWechatModes, wechatBooking, type ReleaseOptions } from './massSend.js';

/** A release more than this far ahead is a scheduled one (定时发布); anything sooner goes out now. */
const SCHEDULE_THRESHOLD_MS = 1000;
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 3600 * 1000;
/** Clocks differ a little between the editor's browser and the hub; a time further back is a mistake. */
const PAST_TOLERANCE_MS = 60_000;

/**
 * Releases the approved revision to every channel it targets, now or at `at`. One publication per
 * (revision x channel account); called again on a scheduled item it reschedules.
 */
export async function publishContent(deps: Deps, actor: Actor | null, id: string, at?: Date | null, options?: ReleaseOptions): Promise<ContentRecord> {
  authorise(actor, 'publish');
  const now = deps.now();
  if (at && Number.isNaN(at.getTime())) throw badInput('发布时间无效', { field: 'at' });
  if (at && at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) throw badInput('定时发布不能晚于一年后', { field: 'at' });
  // A past time would publish at once: the editor meant something else (a typo in the year, say).
  if (at && now.getTime() - at.getTime() > PAST_TOLERANCE_MS) throw badInput('定时发布时间已过，请选择将来的时间；立即发布请不填时间', { field: 'at' });
  const scheduled = !!at && at.getTime() - now.getTime() > SCHEDULE_THRESHOLD_MS;
  const notBefore = scheduled ? at! : now;
  const actions = scheduled ? (['schedule', 'reschedule'] as const) : (['publish'] as const);
  let publishedNow: PublicationRecord[] = [];
  const released = await transition(deps, actor, id, actions, async ({ tx, content }): Promise<StepResult> => {
    if (content.disclosure !== 'proactive') throw invalidTransition(content.status, '发布非主动公开的信息');
    if (content.approvedRevision !== content.revision) throw invalidTransition(content.status, '发布未经审核的修订');
    const targets: PublicationTarget[] = [];
    // One read of the unit's accounts for every platform channel of the item.
    const accounts = await listActiveAccounts(tx, content.unitId, content.channels.filter((channel) => !channelDescriptor(channel).hosted));
    for (const channel of content.channels) {
      if (channelDescriptor(channel).hosted) {
        targets.push({ channel, accountId: null });
        continue;
      }
      const ofChannel = accounts.filter((account) => account.channel === channel);
      if (ofChannel.length === 0) throw badInput(`本单位没有可用的${channelLabel(channel)}账号：请渠道管理员在“渠道账号”中开设，或不选${channelLabel(channel)}渠道`, { field: 'channels', channel });
      for (const account of ofChannel) targets.push({ channel, accountId: account.id });
    }
    // Released now: the hub's own channels publish in this transaction, only the platforms get delivery jobs.
    publishedNow = scheduled ? [] : await publishHostedNow(tx, deps, content, targets);
    const rest = targets.filter((t) => !publishedNow.some((p) => p.channel === t.channel && p.accountId === t.accountId));
    const pending = await upsertPublications(tx, id, content.revision, rest, notBefore, wechatBooking(options));
    await checkWechatModes(tx, pending, notBefore);
    const action = scheduled ? (content.status === 'SCHEDULED' ? 'reschedule' : 'schedule') : 'publish';
    const patch = { scheduledAt: scheduled ? at! : null };
    return {
      action,
      patch,
      details: { at: notBefore.toISOString(), channels: targets.map((t) => `${t.channel}${t.accountId ? `:${t.accountId}` : ''}`) },
      after: async () => {
        // After the release's own audit event, as a delivery job's events would come.
        await recordHostedPublished(tx, deps, { ...content, ...patch, status: nextStatus(content.status, action)! }, publishedNow, [...publishedNow, ...pending]);
        await armDeliveries(tx, pending.filter((p) => p.status === 'PENDING').map((p) => p.id), notBefore);
        // A scheduled item released early: the jobs its hosted publications had for the scheduled time are withdrawn.
        if (content.status === 'SCHEDULED' && publishedNow.length) await disarmDeliveries(tx, publishedNow.map((p) => p.id));
      },
    };
  });
  reportHostedPublished(deps.logger, publishedNow);
  return released;
}

/** Withdraws a scheduled release: the item goes back to APPROVED, nothing is sent. */
export async function cancelSchedule(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord> {
  return transition(deps, actor, id, 'cancel_schedule', async ({ tx }) => {
    const cancelled = await cancelPendingPublications(tx, id);
    return { patch: { scheduledAt: null }, after: () => disarmDeliveries(tx, cancelled) };
  });
}

/**
 * Withdraws the item from every channel: the hub's own channels at once in this transaction, the
 * platform copies through their adapters by the retraction job.
 */
export async function retractContent(deps: Deps, actor: Actor | null, id: string, reason: string): Promise<ContentRecord> {
  authorise(actor, 'retract');
  const why = reason?.trim();
  if (!why) throw badInput('撤回须说明理由', { field: 'reason' });
  return transition(deps, actor, id, 'retract', async ({ tx }) => {
    const now = deps.now();
    const remoteIds: string[] = [];
    for (const publication of await listPublications(tx, id)) {
      // A PENDING row that was tried before may have posted (its reply lost): it is retracted, not just cancelled.
      const maybeOut = publication.status === 'PUBLISHED' || publication.status === 'PUBLISHING' || (publication.status === 'PENDING' && publication.attempts > 0);
      if (!maybeOut) continue;
      // The hub's own channels stop showing it in this transaction; platform copies are removed by a job.
      const own = channelDescriptor(publication.channel).hosted;
      await updatePublication(tx, publication.id, own ? { status: 'RETRACTED', retractedAt: now } : { status: 'RETRACTING' });
      if (!own) remoteIds.push(publication.id);
    }
    const cancelledIds = await cancelPendingPublications(tx, id);
    return {
      patch: { retractedAt: now, retractReason: why },
      details: { reason: why, platformCopies: remoteIds.length },
      after: async () => {
        await disarmDeliveries(tx, cancelledIds);
        await armRetractions(tx, remoteIds);
      },
    };
  });
}

/** Sends a FAILED publication again (after a channel admin fixed the account or the platform recovered). */
export async function retryPublication(deps: Deps, actor: Actor | null, publicationId: string): Promise<PublicationRecord> {
  const who = authorise(actor, 'retry');
  const now = deps.now();
  await withTransaction(deps.pool, async (tx) => {
    const peek = await findPublication(tx, publicationId);
    if (!peek) throw notFound('发布记录');
    const content = await findContent(tx, peek.contentId, true);
    const publication = await findPublication(tx, publicationId, true);
    if (!content || !publication) throw notFound('发布记录');
    await applyTransition(tx, who, content, ['retry'], async () => {
      if (publication.status !== 'FAILED') throw invalidTransition(publication.status, '重试发布');
      // A retry starts a fresh publish: progress of the failed one (a consumed WeChat draft) must not be resumed.
      await updatePublication(tx, publicationId, { status: 'PENDING', notBefore: now, lastError: null, externalId: null, progress: {}, polls: 0, attempts: 0 });
      return {
        target: { type: 'publication', id: publicationId }, revision: publication.revision, details: { channel: publication.channel },
        after: () => armDeliveries(tx, [publicationId], now),
      };
    });
  });
  return (await findPublication(deps.pool, publicationId))!;
}
