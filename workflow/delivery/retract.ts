import { appendAudit } from '../../audit/chain.js';
import type { ChannelRegistry } from '../../channels/registry.js';
import { countAuditActions } from '../../store/audit.js';
import { findContent } from '../../store/contents.js';
import { withTransaction } from '../../store/db.js';
import { findUsersOfUnit } from '../../store/organisation.js';
import { findPublication, updatePublication } from '../../store/publications.js';
import { loadAccountCredentials } from '../accounts.js';
import type { Deps } from '../deps.js';
import { notify, publicationSubject } from '../notify.js';
import { asChannelError, backoffDelay } from './outcome.js';

/** A retraction the platform keeps refusing for a passing reason is tried this many times, then RETRACT_FAILED. */
export const MAX_RETRACT_ATTEMPTS = 6;

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
    if (content) {
      const item = await publicationSubject(deps, publication);
      await notify(deps, await findUsersOfUnit(deps.pool, content.unitId, ['channel_admin']), `撤回失败：${item.title}（${item.where}）`, `${item.title}在${item.where}的撤回失败：${failure.message}。请到平台后台手动删除。\n${item.link}`);
    }
    return { kind: 'failed', error: failure.message };
  }
}
