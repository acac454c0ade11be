import { appendAudit } from '../../audit/chain.js';
import { findContent, updateContentRow, type ContentStatus } from '../../store/contents.js';
import type { Tx } from '../../store/db.js';
import { listPublications } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { DELIVERY_ACTOR } from './outcome.js';

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
  await appendAudit(tx, { actor: DELIVERY_ACTOR, action: next === 'PUBLISHED' ? 'content.published' : 'content.partially_published', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode, details: { published, total: current.length } });
}
