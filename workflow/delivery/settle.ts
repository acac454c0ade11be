import { findContent, type ContentRecord } from '../../store/contents.js';
import type { Tx } from '../../store/db.js';
import { listPublicationStates, type PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { applyTransition, nextStatus, type ContentAction } from '../transitions.js';
import { DELIVERY_SYSTEM_ACTOR } from './outcome.js';

/**
 * The content's status follows its channels: all delivered → PUBLISHED, some failed and none pending → PARTIALLY_PUBLISHED.
 * A caller that holds the content row locked in `tx` (and knows its current status) passes it, saving the read, and
 * `states` when it has read the item's publication states after taking that lock.
 */
export async function settleContentStatus(tx: Tx, deps: Pick<Deps, 'now'>, contentOrId: string | ContentRecord, states?: readonly Pick<PublicationRecord, 'revision' | 'status'>[]): Promise<void> {
  const content = typeof contentOrId === 'string' ? await findContent(tx, contentOrId) : contentOrId;
  if (!content || content.status === 'RETRACTED') return;
  const current = (states ?? (await listPublicationStates(tx, content.id))).filter((p) => p.revision === content.approvedRevision && p.status !== 'CANCELLED');
  if (current.some((p) => p.status === 'PENDING' || p.status === 'PUBLISHING')) {
    if (content.status === 'PARTIALLY_PUBLISHED') await applyTransition(tx, DELIVERY_SYSTEM_ACTOR, content, ['resume'], async () => ({ details: { total: current.length } }));
    return;
  }
  const published = current.filter((p) => p.status === 'PUBLISHED').length;
  const action: ContentAction = published === current.length ? 'settle_published' : 'settle_partial';
  // Only the moves the table allows: an item already where its channels put it (or in review of a 更正) stays.
  const to = nextStatus(content.status, action);
  if (!to || to === content.status) return;
  await applyTransition(tx, DELIVERY_SYSTEM_ACTOR, content, [action], async () => ({
    patch: { publishedAt: published > 0 ? content.publishedAt ?? deps.now() : null },
    details: { published, total: current.length },
  }));
}
