import { appendAudit } from '../audit/chain.js';
import { findContent, updateContentRow, type ContentRecord } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { listActiveAccounts } from '../store/accounts.js';
import { channelDescriptor } from '../channels/catalogue.js';
import { cancelPendingPublications, findPublication, listPublications, updatePublication, upsertPublication, type PublicationRecord } from '../store/publications.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput, invalidTransition, notFound } from './errors.js';
import { armDeliveries, armRetractions, disarmDeliveries } from './outbox.js';
import { bookWechatModes, type ReleaseOptions } from './massSend.js';

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
  const who = requireRole(actor, 'editor', 'reviewer');
  const now = deps.now();
  if (at && Number.isNaN(at.getTime())) throw badInput('发布时间无效', { field: 'at' });
  if (at && at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) throw badInput('定时发布不能晚于一年后', { field: 'at' });
  // A past time would publish at once: the editor meant something else (a typo in the year, say).
  if (at && now.getTime() - at.getTime() > PAST_TOLERANCE_MS) throw badInput('定时发布时间已过，请选择将来的时间；立即发布请不填时间', { field: 'at' });
  const scheduled = !!at && at.getTime() - now.getTime() > SCHEDULE_THRESHOLD_MS;
  const notBefore = scheduled ? at! : now;
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (content.status !== 'APPROVED' && content.status !== 'SCHEDULED') throw invalidTransition(content.status, scheduled ? '定时发布' : '发布');
    if (content.disclosure !== 'proactive') throw invalidTransition(content.status, '发布非主动公开的信息');
    if (content.approvedRevision !== content.revision) throw invalidTransition(content.status, '发布未经审核的修订');
    const targets: { channel: ContentRecord['channels'][number]; accountId: string | null }[] = [];
    for (const channel of content.channels) {
      if (channelDescriptor(channel).hosted) {
        targets.push({ channel, accountId: null });
        continue;
      }
      const accounts = await listActiveAccounts(tx, content.unitId, channel);
      if (accounts.length === 0) throw badInput(`本单位没有可用的 ${channel} 账号`, { field: 'channels', channel });
      for (const account of accounts) targets.push({ channel, accountId: account.id });
    }
    const publications = [];
    for (const target of targets) publications.push(await upsertPublication(tx, { contentId: id, revision: content.revision, ...target, notBefore }));
    await bookWechatModes(tx, publications, options, notBefore);
    await updateContentRow(tx, id, { status: scheduled ? 'SCHEDULED' : 'PUBLISHING', scheduledAt: scheduled ? at! : null });
    await appendAudit(tx, {
      actor: who.username, action: scheduled ? (content.status === 'SCHEDULED' ? 'content.reschedule' : 'content.schedule') : 'content.release',
      targetType: 'content', targetId: id, revision: content.revision, unitCode: content.unitCode,
      details: { at: notBefore.toISOString(), channels: targets.map((t) => `${t.channel}${t.accountId ? `:${t.accountId}` : ''}`) },
    });
    await armDeliveries(tx, publications.filter((p) => p.status === 'PENDING').map((p) => p.id), notBefore);
  });
  return (await findContent(deps.pool, id))!;
}

/** Withdraws a scheduled release: the item goes back to APPROVED, nothing is sent. */
export async function cancelSchedule(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor', 'reviewer');
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (content.status !== 'SCHEDULED') throw invalidTransition(content.status, '取消定时发布');
    const cancelled = await cancelPendingPublications(tx, id);
    await updateContentRow(tx, id, { status: 'APPROVED', scheduledAt: null });
    await appendAudit(tx, { actor: who.username, action: 'content.schedule.cancel', targetType: 'content', targetId: id, revision: content.revision, unitCode: content.unitCode });
    await disarmDeliveries(tx, cancelled);
  });
  return (await findContent(deps.pool, id))!;
}

/**
 * Withdraws the item from every channel: the hub's own channels at once in this transaction, the
 * platform copies through their adapters by the retraction job.
 */
export async function retractContent(deps: Deps, actor: Actor | null, id: string, reason: string): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor', 'reviewer');
  const why = reason?.trim();
  if (!why) throw badInput('撤回须说明理由', { field: 'reason' });
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (!['PUBLISHED', 'PARTIALLY_PUBLISHED', 'PUBLISHING'].includes(content.status)) throw invalidTransition(content.status, '撤回');
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
    await updateContentRow(tx, id, { status: 'RETRACTED', retractedAt: now, retractReason: why });
    await appendAudit(tx, { actor: who.username, action: 'content.retract', targetType: 'content', targetId: id, revision: content.revision, unitCode: content.unitCode, details: { reason: why, platformCopies: remoteIds.length } });
    await disarmDeliveries(tx, cancelledIds);
    await armRetractions(tx, remoteIds);
  });
  return (await findContent(deps.pool, id))!;
}

/** Sends a FAILED publication again (after a channel admin fixed the account or the platform recovered). */
export async function retryPublication(deps: Deps, actor: Actor | null, publicationId: string): Promise<PublicationRecord> {
  const who = requireRole(actor, 'editor', 'reviewer', 'channel_admin');
  const now = deps.now();
  await withTransaction(deps.pool, async (tx) => {
    const peek = await findPublication(tx, publicationId);
    if (!peek) throw notFound('发布记录');
    const content = await findContent(tx, peek.contentId, true);
    const publication = await findPublication(tx, publicationId, true);
    if (!content || !publication) throw notFound('发布记录');
    requireSameUnit(who, content.unitId);
    if (publication.status !== 'FAILED') throw invalidTransition(publication.status, '重试发布');
    if (content.status !== 'PARTIALLY_PUBLISHED' && content.status !== 'PUBLISHING') throw invalidTransition(content.status, '重试发布');
    // A retry starts a fresh publish: progress of the failed one (a consumed WeChat draft) must not be resumed.
    await updatePublication(tx, publicationId, { status: 'PENDING', notBefore: now, lastError: null, externalId: null, progress: {}, polls: 0, attempts: 0 });
    await updateContentRow(tx, content.id, { status: 'PUBLISHING' });
    await appendAudit(tx, { actor: who.username, action: 'publication.retry_requested', targetType: 'publication', targetId: publicationId, revision: publication.revision, unitCode: content.unitCode, details: { channel: publication.channel } });
    await armDeliveries(tx, [publicationId], now);
  });
  return (await findPublication(deps.pool, publicationId))!;
}
