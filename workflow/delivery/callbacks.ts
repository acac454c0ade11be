import type { ExternalStatus } from '../../channels/Channel.js';
import { findContent } from '../../store/contents.js';
import { findPublicationByExternalId } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { applyExternalStatus } from './polling.js';

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
