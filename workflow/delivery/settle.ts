import { appendAudit } from '../../audit/chain.js';
import { findContent, updateContentRow, type ContentRecord, type ContentStatus } from '../../store/contents.js';
import type { Tx } from '../../store/db.js';
import { listPublications } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { DELIVERY_ACTOR } from './outcome.js';

/**
 * The content's status follows its channels: all delivered → PUBLISHED, some failed and none pending → PARTIALLY_PUBLISHED.
 * A caller that holds the content row locked in `tx` (and knows its current status) passes it, saving the read.
 */
export async function settleContentStatus(tx: Tx, deps: Deps, contentOrId: string | ContentRecord): Promise<void> {
  const content = typeof contentOrId === 'string' ? await findContent(tx, contentOrId) : contentOrId;
  if (!content || content.status === 'RETRACTED') return;
  const contentId = content.id;
  const current = (await listPublications(tx, contentId)).filter((p) => p.revision === content.approvedRevision && p.status !== 'CANCELLED');
  if (current.some((p) => p.status === 'PENDING' || p.status === 'PUBLISHING')) {
    if (content.status === 'PARTIALLY_PUBLISHED') await updateContentRow(tx, contentId, { status: 'PUBLISHING' });
    return;
  }
  const published = current.filter((p) => p.status === 'PUBLISHED').length;
  const next: ContentStatus = published === current.length ? 'PUBLISHED' : 'PARTIALLY_PUBLISHED';
  if (next === content.status) return;
  await updateContentRow(tx, contentId, { status: next, publishedAt: published > 0 ? content.publishedAt ?? deps.now() : null });
  await appendAudit(tx, { actor: DELIVERY_ACTOR, action: next === 'PUBLISHED' ? 'content.published' : 'content.partially_published', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode, details: { published, total: current.length } });
}
