import { channelDescriptor } from '../../channels/catalogue.js';
import type { Logger } from '../../observe/logger.js';
import { countDeliveryRun, releaseLateness } from '../../observe/metrics.js';
import type { PublishResult } from '../../channels/Channel.js';
import { findRendition, type ContentRecord } from '../../store/contents.js';
import type { Tx } from '../../store/db.js';
import { insertPublishedHosted, type HostedPublished } from '../../store/hostedPublications.js';
import { publicationKey, type PublicationRecord, type PublicationTarget } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { renditionOf } from './claim.js';
import { appendAuditEvents } from '../../audit/chain.js';
import { publishedEvent } from './record.js';
import { settleContentStatus } from './settle.js';

/**
 * Publishes a release's targets on the hub's own channels (portal, client feed) inside the release's transaction,
 * when the release is due now: they need no platform round trip, so a delivery job for each (arm, claim, record:
 * about a dozen statements and two transactions) buys nothing. Each row is written once, PUBLISHED after one
 * attempt. A target the adapter refuses (an empty body) or whose publish throws is not returned: the caller
 * gives it a PENDING row and a delivery job, which records the failure as before. Audit and settling follow the
 * release's own status change (`recordHostedPublished`).
 */
export async function publishHostedNow(tx: Tx, deps: Pick<Deps, 'config' | 'now' | 'logger'>, content: ContentRecord, targets: readonly PublicationTarget[]): Promise<PublicationRecord[]> {
  const hosted = targets.filter((target) => channelDescriptor(target.channel).hosted);
  if (hosted.length === 0) return [];
  const stored = await findRendition(tx, content.id, content.revision);
  if (!stored) return [];
  const now = deps.now();
  const rendition = renditionOf(deps, content, stored, now);
  const settings = { env: deps.config.channelEnv, publicBaseUrl: deps.config.publicBaseUrl };
  const done: HostedPublished[] = [];
  for (const target of hosted) {
    const adapter = channelDescriptor(target.channel).create(settings);
    if (adapter.validate(rendition, null).length) continue;
    let result: PublishResult;
    try {
      result = await adapter.publish(rendition, null, publicationKey(content.id, content.revision, target.channel, null), { attempt: 1 });
    } catch (error) {
      deps.logger.warn({ err: error, contentId: content.id, channel: target.channel }, '本站渠道发布出错，改由发布任务重试');
      continue;
    }
    done.push({ ...target, externalId: result.externalId, url: result.url });
  }
  return insertPublishedHosted(tx, content.id, content.revision, done, now);
}

/**
 * The audit events a delivery job would have written for `published` (after the release's own event), and the
 * item settled once: an item on hosted channels only is PUBLISHED when the release commits. `content` is the row
 * as the release left it (locked, status moved); `all` every publication of the release.
 */
export async function recordHostedPublished(tx: Tx, deps: Pick<Deps, 'now'>, content: ContentRecord, published: readonly PublicationRecord[], all: readonly PublicationRecord[]): Promise<void> {
  await appendAuditEvents(tx, published.map(publishedEvent));
  if (published.length && all.every((p) => p.status === 'PUBLISHED')) await settleContentStatus(tx, deps, content);
}

/**
 * The log line and metrics a delivery job would have written for `published`, once the release committed: the
 * worker's log and the dashboards of runs, attempts and lateness per channel keep counting the hub's own channels
 * (due now, so no lateness). Inside the request, the line carries its id.
 */
export function reportHostedPublished(logger: Logger, published: readonly PublicationRecord[]): void {
  for (const { id, channel, attempts } of published) {
    logger.info({ job: 'delivery', publicationId: id, channel, outcome: 'published' }, '本站渠道已随发布上线');
    countDeliveryRun('delivery', channel, 'published', attempts);
    releaseLateness.observe({ channel }, 0);
  }
}
