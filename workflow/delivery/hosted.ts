import { channelDescriptor } from '../../channels/catalogue.js';
import type { PublishResult } from '../../channels/Channel.js';
import { findRendition, type ContentRecord } from '../../store/contents.js';
import type { Tx } from '../../store/db.js';
import type { PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { renditionOf } from './claim.js';
import { writePublished } from './record.js';
import { settleContentStatus } from './settle.js';

/**
 * Publishes a release's due publications on the hub's own channels (portal, client feed) inside the release's
 * transaction: they need no platform round trip, so a delivery job for each (arm, claim, record: about a dozen
 * statements and two transactions) buys nothing. Each is recorded as its delivery job records it — PUBLISHED
 * after one attempt, a `publication.published` event by the delivery actor — and the content is settled once.
 * One the adapter refuses (an empty body) or that throws is left PENDING: its job records the failure as before.
 * `content` is the row as the release left it (locked, status already moved). Returns the ids published.
 */
export async function publishHostedNow(tx: Tx, deps: Pick<Deps, 'config' | 'now' | 'logger'>, content: ContentRecord, publications: readonly PublicationRecord[]): Promise<Set<string>> {
  const due = publications.filter((p) => p.status === 'PENDING' && channelDescriptor(p.channel).hosted && p.revision === content.revision);
  const published = new Set<string>();
  if (due.length === 0) return published;
  const stored = await findRendition(tx, content.id, content.revision);
  if (!stored) return published;
  const now = deps.now();
  const rendition = renditionOf(deps, content, stored, now);
  const settings = { env: deps.config.channelEnv, publicBaseUrl: deps.config.publicBaseUrl };
  for (const publication of due) {
    const adapter = channelDescriptor(publication.channel).create(settings);
    if (adapter.validate(rendition, null).length) continue;
    const claimed = { ...publication, attempts: publication.attempts + 1 };
    let result: PublishResult;
    try {
      result = await adapter.publish(rendition, null, publication.idempotencyKey, { attempt: claimed.attempts, resume: publication.progress });
    } catch (error) {
      deps.logger.warn({ err: error, publicationId: publication.id }, '本站渠道发布出错，改由发布任务重试');
      continue;
    }
    await writePublished(tx, deps, claimed, result.externalId, result.url);
    published.add(publication.id);
  }
  // An item on hosted channels only is PUBLISHED when the release commits; otherwise its platforms settle it.
  if (published.size && publications.every((p) => published.has(p.id) || p.status === 'PUBLISHED')) await settleContentStatus(tx, deps, content);
  return published;
}
