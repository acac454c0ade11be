import { appendAudit, auditEvent, type AuditEventInput } from '../../audit/chain.js';
import { setAccountStatus } from '../../store/accounts.js';
import type { ContentRecord } from '../../store/contents.js';
import { lockPublicationWithContent } from '../../store/deliveryLock.js';
import { withTransaction, type Tx } from '../../store/db.js';
import { endAttemptRound, startAttemptRound } from '../../store/deliveryState.js';
import { findUsersOfUnit } from '../../store/organisation.js';
import { updatePublication, updatePublicationWithEvent, type PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { notify, publicationSubject } from '../notify.js';
import { asChannelError, backoffDelay, DELIVERY_ACTOR, MAX_POLLS, pollDelay, type DeliveryOutcome } from './outcome.js';
import { settleContentStatus } from './settle.js';

/** A post that reached its platform after the item was retracted: remembered, and queued for removal. */
export async function retractLateArrival(tx: Tx, publication: PublicationRecord, externalId: string, url: string | null): Promise<void> {
  await updatePublication(tx, publication.id, { status: 'RETRACTING', externalId, url, leaseUntil: null });
  await appendAudit(tx, { actor: DELIVERY_ACTOR, action: 'publication.arrived_after_retraction', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, externalId } });
}

/**
 * Marks a claimed publication PUBLISHED and settles its content, inside `tx`, which holds the content row
 * (`content`, current) and the publication row locked.
 */
export async function markPublished(tx: Tx, deps: Deps, publication: PublicationRecord, content: ContentRecord, externalId: string, url: string | null): Promise<void> {
  // One statement for the row, its event and the item's states: the content row stays locked until COMMIT.
  const states = await updatePublicationWithEvent(tx, publication.id, content.id,
    { status: 'PUBLISHED', attempts: publication.attempts, url, externalId, lastError: null, publishedAt: deps.now(), leaseUntil: null },
    auditEvent(publishedEvent({ ...publication, url, externalId })));
  await settleContentStatus(tx, deps, content, states);
}

/** The `publication.published` event, by the delivery actor, of a publication as recorded. */
export function publishedEvent(publication: Pick<PublicationRecord, 'id' | 'contentId' | 'revision' | 'channel' | 'url' | 'externalId' | 'attempts'>): AuditEventInput {
  const { id, contentId, revision, channel, url, externalId, attempts } = publication;
  return { actor: DELIVERY_ACTOR, action: 'publication.published', targetType: 'publication', targetId: id, revision, details: { contentId, channel, url, externalId, attempts } };
}

/**
 * Whether the row as it is now (`current`, locked) is still the delivery's that claimed `publication`: a claim since
 * (another worker took over after this one stalled past its lease) changed the token, and this one's writes no
 * longer count.
 */
export function stillHeld(current: PublicationRecord | null, publication: PublicationRecord): current is PublicationRecord {
  return current?.status === 'PUBLISHING' && current.leaseToken === publication.leaseToken;
}

/**
 * What a delivery that lost its lease answers: nothing recorded; the delivery that took over decides. It asks to
 * run again at once rather than ending: its job is the publication's one job, which the delivery that took over
 * may have re-armed for its next poll, and ending would remove it. The next run's claim sees who holds what.
 */
export function leaseLostOutcome(deps: Deps, publication: PublicationRecord): DeliveryOutcome {
  deps.logger.warn({ publicationId: publication.id, leaseToken: publication.leaseToken }, '发布租约已被其他发布进程接管，本进程的结果不再记录');
  return { kind: 'wait', until: deps.now() };
}

/**
 * Records a published post; false when the delivery lost its lease meanwhile (nothing written). A late arrival
 * after a retraction is recorded whoever holds the lease: the post exists and must come down.
 */
export async function recordPublished(deps: Deps, publication: PublicationRecord, externalId: string, url: string | null): Promise<boolean> {
  let held = true;
  const late = await withTransaction(deps.pool, async (tx): Promise<boolean> => {
    const { content, publication: current } = (await lockPublicationWithContent(tx, publication.id)) ?? {};
    // Retracted while in flight: the post exists after all. Keep its id and have the retraction job take it down.
    if (current?.status === 'RETRACTING' || current?.status === 'RETRACTED') {
      await retractLateArrival(tx, publication, externalId, url);
      return true;
    }
    // A callback and a poll may both report success: only the first records it.
    if (current?.status !== 'PUBLISHING' || !content) return false;
    held = stillHeld(current, publication);
    if (held) await markPublished(tx, deps, current, content, externalId, url);
    return false;
  });
  if (late) await deps.scheduler.retract([publication.id]);
  return held;
}

export async function recordFailure(deps: Deps, publication: PublicationRecord, unitId: string, error: unknown): Promise<DeliveryOutcome> {
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
  let lost = false;
  await withTransaction(deps.pool, async (tx) => {
    const { content, publication: current } = (await lockPublicationWithContent(tx, publication.id)) ?? {};
    // Another claim since: that delivery decides, whatever it has recorded (even PUBLISHED) stands.
    if (current && current.leaseToken !== publication.leaseToken) {
      lost = true;
      return;
    }
    if (current?.status !== 'PUBLISHING') return;
    // Back to PENDING for a retry of the publish; a publish already submitted stays PUBLISHING and is polled.
    await updatePublication(tx, publication.id, { status: giveUp ? 'FAILED' : polling ? 'PUBLISHING' : 'PENDING', lastError: failure.message, notBefore: giveUp ? undefined : retryAt, leaseUntil: null });
    if (giveUp) await endAttemptRound(tx, publication.id);
    if (failure.accountNeedsReauth && publication.accountId) await setAccountStatus(tx, publication.accountId, 'needs_reauth');
    await appendAudit(tx, {
      actor: DELIVERY_ACTOR, action: giveUp ? 'publication.failed' : 'publication.retry', targetType: 'publication', targetId: publication.id, revision: publication.revision,
      details: { contentId: publication.contentId, channel: publication.channel, code: failure.code, error: failure.message, attempts: publication.attempts, ...(giveUp ? {} : { retryAt: retryAt.toISOString() }) },
    });
    if (failure.accountNeedsReauth && publication.accountId) {
      await appendAudit(tx, { actor: DELIVERY_ACTOR, action: 'account.needs_reauth', targetType: 'channel_account', targetId: publication.accountId, details: { code: failure.code } });
    }
    if (giveUp && content) await settleContentStatus(tx, deps, content);
  });
  if (lost) return leaseLostOutcome(deps, publication);
  const admins = failure.accountNeedsReauth || giveUp ? await findUsersOfUnit(deps.pool, unitId, ['channel_admin']) : [];
  if (failure.accountNeedsReauth) {
    const { where } = await publicationSubject(deps, publication);
    await notify(deps, admins, `账号需要重新授权：${where}`, `${where}账号的授权已失效或被撤销，请在统发工作台的“渠道账号”中更新凭据：\n${deps.config.publicBaseUrl}/console/accounts`);
  }
  if (!giveUp) return { kind: 'retry', at: retryAt, error: failure.message };
  const item = await publicationSubject(deps, publication);
  await notify(deps, admins, `发布失败：${item.title}（${item.where}）`, `${item.title}在${item.where}发布失败：${failure.message}\n请在统发工作台查看并重试：\n${item.link}`);
  return { kind: 'failed', error: failure.message };
}
