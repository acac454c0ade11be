import { appendAudit } from '../audit/chain.js';
import { countAuditActions } from '../store/audit.js';
import { ChannelError, type AccountCredentials, type Channel, type ExternalStatus, type Rendition } from '../channels/Channel.js';
import { articlePath } from '../channels/hub.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { WechatChannel } from '../channels/wechat/index.js';
import { setAccountStatus } from '../store/accounts.js';
import { findContent, findContentOfPublication, findRendition, updateContentRow, type ContentStatus } from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import { endAttemptRound, findDeliveryMode, startAttemptRound } from '../store/deliveryState.js';
import { awaitMassSendConfirmation } from './massSend.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { findPublication, findPublicationByExternalId, listPublications, renewLease, updatePublication, type PublicationRecord } from '../store/publications.js';
import { loadAccountCredentials } from './accounts.js';
import type { Deps } from './deps.js';
import { notify } from './notify.js';

/** Asynchronous publishes (WeChat) are polled soon after submission, then every 5 s, up to an hour of polls. */
export const POLL_INTERVAL_MS = 5_000;
export const MAX_POLLS = 720;
const pollDelay = (polls: number): number => Math.min(POLL_INTERVAL_MS, 1000 * 2 ** Math.max(0, polls - 1));

const ACTOR = 'system:deliver';

export type DeliveryOutcome =
  | { kind: 'published'; url: string | null }
  | { kind: 'skipped'; reason: string }
  | { kind: 'wait'; until: Date }
  | { kind: 'retry'; at: Date; error: string }
  | { kind: 'failed'; error: string };

/**
 * Exponential backoff with full jitter (a uniform pick between 0 and the exponential ceiling): retries of many
 * publications after one outage do not hit the platform in step.
 */
export function backoffDelay(attempt: number, baseMs = 2000, capMs = 10 * 60 * 1000, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

/** A retraction the platform keeps refusing for a passing reason is tried this many times, then RETRACT_FAILED. */
export const MAX_RETRACT_ATTEMPTS = 6;

const ACTIVE: ContentStatus[] = ['SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

type Claim =
  | { outcome: DeliveryOutcome }
  | { mode: 'publish' | 'poll'; publication: PublicationRecord; rendition: Rendition; unitId: string };

/**
 * Delivers one publication. Claim it in a transaction (state PUBLISHING, attempt counted), call the adapter
 * outside any transaction, record the result in another. Run again after a crash it picks up where the
 * database says it is: a publication that is PUBLISHED is never sent again, one with an external id is only
 * polled, and an adapter's saved progress is handed back so it resumes instead of starting over.
 */
export interface DeliveryOptions {
  /**
   * How long a claim lasts without renewal. While the platform calls run the claim is renewed every third
   * of it; a run that finds a live claim waits, and a crashed worker's claim lapses so the next run resumes.
   */
  leaseMs?: number;
  /** Called with each renewal: the job layer extends its own lock with it. */
  onRenew?: () => Promise<void>;
}

export async function deliverPublication(deps: Deps, channels: ChannelRegistry, publicationId: string, options: DeliveryOptions = {}): Promise<DeliveryOutcome> {
  const leaseMs = options.leaseMs ?? deps.config.jobsLockLifetimeMs;
  const claimed = await withTransaction(deps.pool, async (tx): Promise<Claim> => {
    // Lock order everywhere: content row first, then its publications.
    const content = await findContentOfPublication(tx, publicationId, true);
    const publication = content && (await findPublication(tx, publicationId, true));
    if (!content || !publication) return { outcome: { kind: 'skipped', reason: 'no such publication' } };
    if (publication.status !== 'PENDING' && publication.status !== 'PUBLISHING') return { outcome: { kind: 'skipped', reason: `publication is ${publication.status}` } };
    if (!ACTIVE.includes(content.status) || content.approvedRevision !== publication.revision) {
      await updatePublication(tx, publication.id, { status: 'CANCELLED' });
      await appendAudit(tx, { actor: ACTOR, action: 'publication.cancelled', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: content.id, contentStatus: content.status } });
      return { outcome: { kind: 'skipped', reason: `content is ${content.status}` } };
    }
    const now = deps.now();
    if (publication.notBefore.getTime() > now.getTime()) return { outcome: { kind: 'wait', until: publication.notBefore } };
    if (publication.status === 'PUBLISHING' && publication.leaseUntil && publication.leaseUntil.getTime() > now.getTime()) {
      return { outcome: { kind: 'wait', until: publication.leaseUntil } };
    }
    if (content.status === 'SCHEDULED') {
      await updateContentRow(tx, content.id, { status: 'PUBLISHING' });
      await appendAudit(tx, { actor: ACTOR, action: 'content.release', targetType: 'content', targetId: content.id, revision: content.revision, unitCode: content.unitCode, details: { scheduledAt: content.scheduledAt?.toISOString() ?? null } });
    }
    const mode = publication.externalId ? 'poll' : 'publish';
    const claimedRow = mode === 'poll' ? { ...publication, polls: publication.polls + 1 } : { ...publication, attempts: publication.attempts + 1 };
    await updatePublication(tx, publication.id, { status: 'PUBLISHING', attempts: claimedRow.attempts, polls: claimedRow.polls, leaseUntil: new Date(now.getTime() + leaseMs) });
    const rendition = await findRendition(tx, content.id, publication.revision);
    if (!rendition) throw new Error(`approved revision ${publication.revision} of ${content.id} has no rendition`);
    return {
      mode,
      publication: claimedRow,
      unitId: content.unitId,
      rendition: {
        contentId: content.id, revision: publication.revision, title: rendition.title, html: rendition.html, summary: rendition.summary,
        categoryCode: content.categoryCode, categoryName: content.categoryName, unitName: content.unitName,
        portalUrl: `${deps.config.publicBaseUrl}${articlePath(content.id)}`, publishedAt: content.publishedAt ?? now, variants: rendition.variants ?? null,
      },
    };
  });
  if ('outcome' in claimed) return claimed.outcome;
  const { publication, rendition, unitId } = claimed;

  const renewal = setInterval(() => {
    void renewLease(deps.pool, publication.id, new Date(deps.now().getTime() + leaseMs))
      .then(() => options.onRenew?.())
      .catch((error: unknown) => deps.logger.warn({ err: error, publicationId: publication.id }, '发布租约续期失败'));
  }, Math.max(200, Math.floor(leaseMs / 3)));
  let outcome: DeliveryOutcome;
  try {
    outcome = await callPlatform(deps, channels, claimed.mode, publication, rendition, unitId);
  } finally {
    clearInterval(renewal);
  }
  // A run that ends between states (a publish submitted, a poll still publishing) hands the claim back,
  // so the next scheduled run proceeds at once instead of waiting for the lease to lapse.
  if (outcome.kind === 'wait') await updatePublication(deps.pool, publication.id, { leaseUntil: null });
  return outcome;
}

async function callPlatform(
  deps: Deps,
  channels: ChannelRegistry,
  mode: 'publish' | 'poll',
  publication: PublicationRecord,
  rendition: Rendition,
  unitId: string,
): Promise<DeliveryOutcome> {
  try {
    const adapter = channels[publication.channel];
    if (!adapter) throw new ChannelError(`渠道 ${publication.channel} 未配置适配器`, false, 'NO_ADAPTER');
    // Polling only reads a status: an account suspended meanwhile must not turn a post that is coming out into FAILED.
    const account = publication.accountId ? await loadAccountCredentials(deps, publication.accountId, { activeOnly: mode === 'publish' }) : null;
    if (mode === 'poll') return await poll(deps, adapter, account, publication, unitId);
    const problems = adapter.validate(rendition, account);
    if (problems.length) throw new ChannelError(problems.join('；'), false, 'INVALID_RENDITION');
    // WeChat goes out as 发布 or 群发, as the release was booked.
    const massSend = publication.channel === 'WECHAT' && isMassSender(adapter) && (await findDeliveryMode(deps.pool, publication.id)) === 'mass_send';
    const send = massSend ? adapter.massSend.bind(adapter) : adapter.publish.bind(adapter);
    const result = await send(rendition, account, publication.idempotencyKey, {
      attempt: publication.attempts,
      resume: publication.progress,
      checkpoint: async (progress) => {
        await updatePublication(deps.pool, publication.id, { progress: { ...publication.progress, ...progress } });
      },
    });
    if (result.pending) {
      const late = await withTransaction(deps.pool, async (tx): Promise<boolean> => {
        await findContent(tx, publication.contentId, true);
        const current = await findPublication(tx, publication.id, true);
        if (current?.status === 'RETRACTING' || current?.status === 'RETRACTED') {
          await retractLateArrival(tx, publication, result.externalId, result.url);
          return true;
        }
        await updatePublication(tx, publication.id, { externalId: result.externalId, url: result.url, lastError: null });
        await appendAudit(tx, { actor: ACTOR, action: 'publication.submitted', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, externalId: result.externalId } });
        return false;
      });
      if (late) {
        await deps.scheduler.retract([publication.id]);
        return { kind: 'skipped', reason: 'retracted while publishing' };
      }
      if (massSend) await awaitMassSendConfirmation(deps, publication, unitId);
      return { kind: 'wait', until: new Date(deps.now().getTime() + pollDelay(0)) };
    }
    await recordPublished(deps, publication, result.externalId, result.url);
    return { kind: 'published', url: result.url };
  } catch (error) {
    return recordFailure(deps, publication, unitId, error);
  }
}

async function poll(deps: Deps, adapter: Channel, account: AccountCredentials | null, publication: PublicationRecord, unitId: string): Promise<DeliveryOutcome> {
  if (!adapter.status) throw new ChannelError(`${publication.channel} 不支持查询发布状态`, false, 'NO_STATUS');
  const status = await adapter.status(publication.externalId!, account);
  return applyExternalStatus(deps, publication, unitId, status);
}

/** The verdict of an asynchronous publish, from a poll or from the platform's callback. */
export async function applyExternalStatus(deps: Deps, publication: PublicationRecord, unitId: string, status: ExternalStatus): Promise<DeliveryOutcome> {
  if (status.state === 'published') {
    await recordPublished(deps, publication, publication.externalId!, status.url);
    return { kind: 'published', url: status.url };
  }
  if (status.state === 'failed') return recordFailure(deps, publication, unitId, new ChannelError(status.message, false, 'PLATFORM_REJECTED'));
  if (publication.polls >= MAX_POLLS) return recordFailure(deps, publication, unitId, new ChannelError('平台长时间未完成发布', false, 'PUBLISH_TIMEOUT'));
  return { kind: 'wait', until: new Date(deps.now().getTime() + pollDelay(publication.polls)) };
}

/**
 * Applies a platform callback (WeChat PUBLISHJOBFINISH) to the publication it names, looked up within the
 * account whose token signed it; ignores unknown ids.
 */
export async function applyCallback(deps: Deps, accountId: string, externalId: string, status: ExternalStatus): Promise<boolean> {
  const publication = await findPublicationByExternalId(deps.pool, accountId, externalId);
  if (!publication || publication.status !== 'PUBLISHING') return false;
  const content = await findContent(deps.pool, publication.contentId);
  if (!content) return false;
  await applyExternalStatus(deps, publication, content.unitId, status);
  return true;
}

/** A post that reached its platform after the item was retracted: remembered, and queued for removal. */
async function retractLateArrival(tx: Tx, publication: PublicationRecord, externalId: string, url: string | null): Promise<void> {
  await updatePublication(tx, publication.id, { status: 'RETRACTING', externalId, url, leaseUntil: null });
  await appendAudit(tx, { actor: ACTOR, action: 'publication.arrived_after_retraction', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, externalId } });
}

async function recordPublished(deps: Deps, publication: PublicationRecord, externalId: string, url: string | null): Promise<void> {
  const late = await withTransaction(deps.pool, async (tx): Promise<boolean> => {
    await findContent(tx, publication.contentId, true);
    const current = await findPublication(tx, publication.id, true);
    // Retracted while in flight: the post exists after all. Keep its id and have the retraction job take it down.
    if (current?.status === 'RETRACTING' || current?.status === 'RETRACTED') {
      await retractLateArrival(tx, publication, externalId, url);
      return true;
    }
    // A callback and a poll may both report success: only the first records it.
    if (current?.status !== 'PUBLISHING') return false;
    await updatePublication(tx, publication.id, { status: 'PUBLISHED', url, externalId, lastError: null, publishedAt: deps.now(), leaseUntil: null });
    await appendAudit(tx, { actor: ACTOR, action: 'publication.published', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, url, externalId, attempts: publication.attempts } });
    await settleContentStatus(tx, deps, publication.contentId);
    return false;
  });
  if (late) await deps.scheduler.retract([publication.id]);
}

function isMassSender(adapter: Channel): adapter is Channel & Pick<WechatChannel, 'massSend'> {
  return typeof (adapter as Partial<WechatChannel>).massSend === 'function';
}

function asChannelError(error: unknown): ChannelError {
  return error instanceof ChannelError ? error : new ChannelError(error instanceof Error ? error.message : String(error), true, 'UNEXPECTED');
}

async function recordFailure(deps: Deps, publication: PublicationRecord, unitId: string, error: unknown): Promise<DeliveryOutcome> {
  const failure = asChannelError(error);
  const polling = publication.externalId !== null;
  const now = deps.now().getTime();
  // Per error class: a refusal of the content, permission or credentials fails at once; a platform that is down,
  // busy or rate-limiting is retried with backoff until the deadline. A failed poll is not a failed publish: the
  // item may still come out, so polling keeps to its own budget.
  // The round's clock starts at its first failure (a quiet success needs no clock).
  const roundStart = !polling && failure.retryable ? await startAttemptRound(deps.pool, publication.id, new Date(now)) : null;
  const deadline = roundStart ? roundStart.getTime() + deps.config.deliveryGiveUpAfterMs : Infinity;
  const delay = Math.max(failure.retryAfterMs ?? 0, polling ? pollDelay(publication.polls) : backoffDelay(publication.attempts));
  const giveUp = !failure.retryable || (!polling && now >= deadline) || (polling && publication.polls >= MAX_POLLS);
  // The last retry lands on the deadline rather than far beyond it.
  const retryAt = new Date(Math.min(now + delay, Math.max(deadline, now + 1000)));
  await withTransaction(deps.pool, async (tx) => {
    await findContent(tx, publication.contentId, true);
    const current = await findPublication(tx, publication.id, true);
    if (current?.status !== 'PUBLISHING') return;
    // Back to PENDING for a retry of the publish; a publish already submitted stays PUBLISHING and is polled.
    await updatePublication(tx, publication.id, { status: giveUp ? 'FAILED' : polling ? 'PUBLISHING' : 'PENDING', lastError: failure.message, notBefore: giveUp ? undefined : retryAt, leaseUntil: null });
    if (giveUp) await endAttemptRound(tx, publication.id);
    if (failure.accountNeedsReauth && publication.accountId) await setAccountStatus(tx, publication.accountId, 'needs_reauth');
    await appendAudit(tx, {
      actor: ACTOR, action: giveUp ? 'publication.failed' : 'publication.retry', targetType: 'publication', targetId: publication.id, revision: publication.revision,
      details: { contentId: publication.contentId, channel: publication.channel, code: failure.code, error: failure.message, attempts: publication.attempts, ...(giveUp ? {} : { retryAt: retryAt.toISOString() }) },
    });
    if (failure.accountNeedsReauth && publication.accountId) {
      await appendAudit(tx, { actor: ACTOR, action: 'account.needs_reauth', targetType: 'channel_account', targetId: publication.accountId, details: { code: failure.code } });
    }
    if (giveUp) await settleContentStatus(tx, deps, publication.contentId);
  });
  const admins = failure.accountNeedsReauth || giveUp ? await findUsersOfUnit(deps.pool, unitId, ['channel_admin']) : [];
  if (failure.accountNeedsReauth) {
    await notify(deps, admins, `账号需要重新授权：${publication.accountName ?? publication.channel}`, `${publication.channel} 账号「${publication.accountName ?? ''}」的授权已失效或被撤销（${failure.code}），请在统发中更新凭据。`);
  }
  if (!giveUp) return { kind: 'retry', at: retryAt, error: failure.message };
  await notify(deps, admins, `发布失败：${publication.channel}`, `内容 ${publication.contentId} 在 ${publication.channel}${publication.accountName ? `（${publication.accountName}）` : ''} 发布失败：${failure.message}`);
  return { kind: 'failed', error: failure.message };
}

/** The content's status follows its channels: all delivered → PUBLISHED, some failed and none pending → PARTIALLY_PUBLISHED. */
export async function settleContentStatus(tx: Tx, deps: Deps, contentId: string): Promise<void> {
  const content = await findContent(tx, contentId);
  if (!content || content.status === 'RETRACTED') return;
  const current = (await listPublications(tx, contentId)).filter((p) => p.revision === content.approvedRevision && p.status !== 'CANCELLED');
  if (current.some((p) => p.status === 'PENDING' || p.status === 'PUBLISHING')) {
    if (content.status === 'PARTIALLY_PUBLISHED') await updateContentRow(tx, contentId, { status: 'PUBLISHING' });
    return;
  }
  const published = current.filter((p) => p.status === 'PUBLISHED').length;
  const next: ContentStatus = published === current.length ? 'PUBLISHED' : 'PARTIALLY_PUBLISHED';
  if (next === content.status) return;
  await updateContentRow(tx, contentId, { status: next, publishedAt: published > 0 ? content.publishedAt ?? deps.now() : null });
  await appendAudit(tx, { actor: ACTOR, action: next === 'PUBLISHED' ? 'content.published' : 'content.partially_published', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode, details: { published, total: current.length } });
}

export type RetractionOutcome = { kind: 'retracted' } | { kind: 'skipped'; reason: string } | { kind: 'retry'; at: Date; error: string } | { kind: 'failed'; error: string };

/** Removes one publication's copy from its platform (the retraction job). */
export async function retractPublication(deps: Deps, channels: ChannelRegistry, publicationId: string): Promise<RetractionOutcome> {
  const publication = await findPublication(deps.pool, publicationId);
  if (!publication || publication.status !== 'RETRACTING') return { kind: 'skipped', reason: `publication is ${publication?.status ?? 'gone'}` };
  const now = deps.now();
  // A delivery still in flight may yet post: wait for it to finish (it records the id and re-queues this job).
  if (!publication.externalId && publication.leaseUntil && publication.leaseUntil.getTime() > now.getTime()) {
    return { kind: 'retry', at: publication.leaseUntil, error: 'delivery in flight' };
  }
  try {
    const adapter = channels[publication.channel];
    if (publication.externalId && adapter?.retract) {
      // Removing a post only needs the credentials, whatever the account's status (suspension is about new posts).
      const account = publication.accountId ? await loadAccountCredentials(deps, publication.accountId, { activeOnly: false }) : null;
      await adapter.retract(publication.externalId, account);
    }
    await withTransaction(deps.pool, async (tx) => {
      await updatePublication(tx, publication.id, { status: 'RETRACTED', retractedAt: now, retractError: null });
      await appendAudit(tx, {
        actor: 'system:retract', action: 'publication.retracted', targetType: 'publication', targetId: publication.id, revision: publication.revision,
        // Without an id there was nothing to remove, or nothing to find it by (an attempt whose outcome was never known).
        details: { contentId: publication.contentId, channel: publication.channel, externalId: publication.externalId, platformCopy: publication.externalId ? 'removed' : publication.attempts > 0 ? 'unknown' : 'none' },
      });
    });
    return { kind: 'retracted' };
  } catch (error) {
    const failure = asChannelError(error);
    // Retried with the deliveries' backoff and attempt cap, then final like a definite refusal.
    const retries = await countAuditActions(deps.pool, 'publication.retract_retry', publication.id);
    const retry = failure.retryable && retries + 1 < MAX_RETRACT_ATTEMPTS;
    await withTransaction(deps.pool, async (tx) => {
      // A final failure leaves the retraction queue instead of failing again every run.
      await updatePublication(tx, publication.id, { retractError: failure.message, ...(retry ? {} : { status: 'RETRACT_FAILED' as const }) });
      await appendAudit(tx, { actor: 'system:retract', action: retry ? 'publication.retract_retry' : 'publication.retract_failed', targetType: 'publication', targetId: publication.id, details: { channel: publication.channel, code: failure.code, error: failure.message, attempts: retries + 1 } });
    });
    if (retry) return { kind: 'retry', at: new Date(now.getTime() + Math.max(failure.retryAfterMs ?? 0, backoffDelay(retries + 1))), error: failure.message };
    const content = await findContent(deps.pool, publication.contentId);
    if (content) await notify(deps, await findUsersOfUnit(deps.pool, content.unitId, ['channel_admin']), `撤回失败：${publication.channel}`, `内容 ${publication.contentId} 在 ${publication.channel} 的撤回失败：${failure.message}。请到平台后台手动删除。`);
    return { kind: 'failed', error: failure.message };
  }
}
