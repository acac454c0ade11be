import { appendAudit } from '../../audit/chain.js';
import type { Rendition } from '../../channels/Channel.js';
import { articlePath } from '../../channels/hub.js';
import { findContentOfPublication, findRendition, updateContentRow, type ContentStatus } from '../../store/contents.js';
import { withTransaction } from '../../store/db.js';
import { findPublication, updatePublication, type PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { DELIVERY_ACTOR, type DeliveryOutcome } from './outcome.js';

const ACTIVE: ContentStatus[] = ['SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

export type Claim =
  | { outcome: DeliveryOutcome }
  | { mode: 'publish' | 'poll'; publication: PublicationRecord; rendition: Rendition; unitId: string };

/**
 * Claims one publication in one transaction: state PUBLISHING, attempt (or poll) counted, a lease until
 * `leaseMs` from now. Answers an outcome instead when there is nothing to do yet or any more.
 */
export async function claimPublication(deps: Deps, publicationId: string, leaseMs: number): Promise<Claim> {
  return withTransaction(deps.pool, async (tx): Promise<Claim> => {
    // Lock order everywhere: content row first, then its publications.
    const content = await findContentOfPublication(tx, publicationId, true);
    const publication = content && (await findPublication(tx, publicationId, true));
    if (!content || !publication) return { outcome: { kind: 'skipped', reason: 'no such publication' } };
    if (publication.status !== 'PENDING' && publication.status !== 'PUBLISHING') return { outcome: { kind: 'skipped', reason: `publication is ${publication.status}` } };
    if (!ACTIVE.includes(content.status) || content.approvedRevision !== publication.revision) {
      await updatePublication(tx, publication.id, { status: 'CANCELLED' });
      await appendAudit(tx, { actor: DELIVERY_ACTOR, action: 'publication.cancelled', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: content.id, contentStatus: content.status } });
      return { outcome: { kind: 'skipped', reason: `content is ${content.status}` } };
    }
    const now = deps.now();
    if (publication.notBefore.getTime() > now.getTime()) return { outcome: { kind: 'wait', until: publication.notBefore } };
    if (publication.status === 'PUBLISHING' && publication.leaseUntil && publication.leaseUntil.getTime() > now.getTime()) {
      return { outcome: { kind: 'wait', until: publication.leaseUntil } };
    }
    if (content.status === 'SCHEDULED') {
      await updateContentRow(tx, content.id, { status: 'PUBLISHING' });
      await appendAudit(tx, { actor: DELIVERY_ACTOR, action: 'content.release', targetType: 'content', targetId: content.id, revision: content.revision, unitCode: content.unitCode, details: { scheduledAt: content.scheduledAt?.toISOString() ?? null } });
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
        portalUrl: `${deps.config.publicBaseUrl}${articlePath(content.id)}`, publishedAt: content.publishedAt ?? now,
      },
    };
  });
}
