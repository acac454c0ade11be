import { appendAudit } from '../audit/chain.js';
import { ChannelError, type AccountCredentials, type Rendition } from '../channels/Channel.js';
import { articlePath } from '../channels/hub.js';
import type { ChannelRegistry } from '../channels/registry.js';
import { decryptJson } from '../server/secrets.js';
import { findAccount, findAccountCredentials, setAccountStatus } from '../store/accounts.js';
import { findCategory } from '../store/categories.js';
import { findContent, findRendition, updateContentRow, type ContentStatus } from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { findPublication, listPublications, updatePublication, type PublicationRecord } from '../store/publications.js';
import { credentialKey } from './accounts.js';
import type { Deps } from './deps.js';
import { notify } from './notify.js';

export const MAX_ATTEMPTS = 6;

export type DeliveryOutcome =
  | { kind: 'published'; url: string | null }
  | { kind: 'skipped'; reason: string }
  | { kind: 'wait'; until: Date }
  | { kind: 'retry'; at: Date; error: string }
  | { kind: 'failed'; error: string };

/** Exponential backoff with full jitter: retries of many publications do not hit a platform in step. */
export function backoffDelay(attempt: number, baseMs = 2000, capMs = 10 * 60 * 1000, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const ACTIVE: ContentStatus[] = ['SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

/**
 * Delivers one publication. Three steps, two transactions: claim it (state PUBLISHING, attempt
 * counted), call the adapter outside any transaction, record the result. Run again after a crash it
 * picks up where the database says it is; a publication already PUBLISHED is never sent again.
 */
export async function deliverPublication(deps: Deps, channels: ChannelRegistry, publicationId: string): Promise<DeliveryOutcome> {
  const actor = 'system:deliver';
  type Claim = { outcome: DeliveryOutcome } | { publication: PublicationRecord; rendition: Rendition; unitId: string };
  const claimed = await withTransaction(deps.pool, async (tx): Promise<Claim> => {
    const peek = await findPublication(tx, publicationId);
    if (!peek) return { outcome: { kind: 'skipped', reason: 'no such publication' } };
    // Lock order everywhere: content row first, then its publications.
    const content = await findContent(tx, peek.contentId, true);
    const publication = (await findPublication(tx, publicationId, true))!;
    if (!content) return { outcome: { kind: 'skipped', reason: 'content gone' } };
    if (publication.status !== 'PENDING' && publication.status !== 'PUBLISHING') {
      return { outcome: { kind: 'skipped', reason: `publication is ${publication.status}` } };
    }
    if (!ACTIVE.includes(content.status) || content.approvedRevision !== publication.revision) {
      await updatePublication(tx, publication.id, { status: 'CANCELLED' });
      return { outcome: { kind: 'skipped', reason: `content is ${content.status}` } };
    }
    const now = deps.now();
    if (publication.notBefore.getTime() > now.getTime()) return { outcome: { kind: 'wait', until: publication.notBefore } };
    if (content.status === 'SCHEDULED') {
      await updateContentRow(tx, content.id, { status: 'PUBLISHING' });
      await appendAudit(tx, { actor, action: 'content.release', targetType: 'content', targetId: content.id, revision: content.revision, unitCode: content.unitCode, details: { scheduledAt: content.scheduledAt?.toISOString() ?? null } });
    }
    await updatePublication(tx, publication.id, { status: 'PUBLISHING', attempts: publication.attempts + 1 });
    const rendition = await findRendition(tx, content.id, publication.revision);
    const category = await findCategory(tx, content.categoryCode);
    if (!rendition) throw new Error(`approved revision ${publication.revision} of ${content.id} has no rendition`);
    const full: Rendition = {
      contentId: content.id, revision: publication.revision, title: rendition.title, html: rendition.html, summary: rendition.summary,
      categoryCode: content.categoryCode, categoryName: category?.name ?? content.categoryCode, unitName: content.unitName,
      portalUrl: `${deps.config.publicBaseUrl}${articlePath(content.id)}`, publishedAt: content.publishedAt ?? now,
    };
    return { publication: { ...publication, attempts: publication.attempts + 1 }, rendition: full, unitId: content.unitId };
  });
  if ('outcome' in claimed) return claimed.outcome;
  const { publication, rendition } = claimed;

  try {
    const adapter = channels[publication.channel];
    if (!adapter) throw new ChannelError(`渠道 ${publication.channel} 未配置适配器`, false, 'NO_ADAPTER');
    const account = publication.accountId ? await loadAccount(deps, publication.accountId) : null;
    const problems = adapter.validate(rendition, account);
    if (problems.length) throw new ChannelError(problems.join('；'), false, 'INVALID_RENDITION');
    const result = await adapter.publish(rendition, account, publication.idempotencyKey);
    await withTransaction(deps.pool, async (tx) => {
      await findContent(tx, publication.contentId, true);
      await updatePublication(tx, publication.id, { status: 'PUBLISHED', url: result.url, externalId: result.externalId, lastError: null, publishedAt: deps.now() });
      await appendAudit(tx, { actor, action: 'publication.published', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel, url: result.url, externalId: result.externalId, attempts: publication.attempts } });
      await settleContentStatus(tx, deps, publication.contentId);
    });
    return { kind: 'published', url: result.url };
  } catch (error) {
    return recordFailure(deps, publication, claimed.unitId, error);
  }
}

async function loadAccount(deps: Deps, accountId: string): Promise<AccountCredentials> {
  const account = await findAccount(deps.pool, accountId);
  const sealed = await findAccountCredentials(deps.pool, accountId);
  if (!account || !sealed) throw new ChannelError('渠道账号不存在', false, 'NO_ACCOUNT');
  if (account.status !== 'active') throw new ChannelError(`渠道账号「${account.name}」状态为 ${account.status}，已跳过`, false, 'ACCOUNT_INACTIVE');
  return { accountId, name: account.name, credentials: decryptJson(credentialKey(deps), sealed) as Record<string, string> };
}

async function recordFailure(deps: Deps, publication: PublicationRecord, unitId: string, error: unknown): Promise<DeliveryOutcome> {
  const channelError = error instanceof ChannelError ? error : new ChannelError(error instanceof Error ? error.message : String(error), true, 'UNEXPECTED');
  const giveUp = !channelError.retryable || publication.attempts >= MAX_ATTEMPTS;
  const retryAt = new Date(deps.now().getTime() + backoffDelay(publication.attempts));
  await withTransaction(deps.pool, async (tx) => {
    await findContent(tx, publication.contentId, true);
    await updatePublication(tx, publication.id, { status: giveUp ? 'FAILED' : 'PENDING', lastError: channelError.message, notBefore: giveUp ? undefined : retryAt });
    if (channelError.accountNeedsReauth && publication.accountId) await setAccountStatus(tx, publication.accountId, 'needs_reauth');
    await appendAudit(tx, {
      actor: 'system:deliver', action: giveUp ? 'publication.failed' : 'publication.retry', targetType: 'publication', targetId: publication.id, revision: publication.revision,
      details: { contentId: publication.contentId, channel: publication.channel, code: channelError.code, error: channelError.message, attempts: publication.attempts, ...(giveUp ? {} : { retryAt: retryAt.toISOString() }) },
    });
    if (giveUp) await settleContentStatus(tx, deps, publication.contentId);
  });
  if (!giveUp) return { kind: 'retry', at: retryAt, error: channelError.message };
  const admins = await findUsersOfUnit(deps.pool, unitId, ['channel_admin']);
  await notify(deps, admins, `发布失败：${publication.channel}`, `内容 ${publication.contentId} 在 ${publication.channel}${publication.accountName ? `（${publication.accountName}）` : ''} 发布失败：${channelError.message}`);
  return { kind: 'failed', error: channelError.message };
}

/** The content's status follows its channels: all delivered → PUBLISHED, some failed and none pending → PARTIALLY_PUBLISHED. */
async function settleContentStatus(tx: Tx, deps: Deps, contentId: string): Promise<void> {
  const content = await findContent(tx, contentId);
  if (!content || content.status === 'RETRACTED') return;
  const current = (await listPublications(tx, contentId)).filter((p) => p.revision === content.approvedRevision && p.status !== 'CANCELLED');
  if (current.some((p) => p.status === 'PENDING' || p.status === 'PUBLISHING')) return;
  const published = current.filter((p) => p.status === 'PUBLISHED').length;
  const next: ContentStatus = published === current.length ? 'PUBLISHED' : 'PARTIALLY_PUBLISHED';
  if (next === content.status) return;
  await updateContentRow(tx, contentId, { status: next, publishedAt: published > 0 ? content.publishedAt ?? deps.now() : null });
  await appendAudit(tx, { actor: 'system:deliver', action: next === 'PUBLISHED' ? 'content.published' : 'content.partially_published', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode, details: { published, total: current.length } });
}
