import { HOSTED_KINDS } from '../channels/catalogue.js';
import type { ContentRecord } from '../store/contents.js';
import { decideCorrection, findCorrection, moveHostedPublications } from '../store/corrections.js';
import type { Tx } from '../store/db.js';
import { listPublications } from '../store/publications.js';
import type { Deps } from './deps.js';

/**
 * Puts an approved correction live, in the approval's transaction. The hub's own channels (portal page, app
 * feed) switch to the corrected rendition in place: same publication, same URL, same feed item id, a new
 * `date_modified`. Platform copies are left as they are and recorded: WeChat cannot edit a published article,
 * Weibo has no edit API, and a push receiver has no update call; each of them links to the portal page, which
 * now shows the corrected text with its 更正说明.
 */
export async function applyCorrection(deps: Pick<Deps, 'now'>, tx: Tx, content: ContentRecord): Promise<{ note: string; baseRevision: number; replaced: string[]; platformCopiesKept: string[] }> {
  const correction = await findCorrection(tx, content.id, content.revision);
  if (!correction) throw new Error(`revision ${content.revision} of ${content.id} is not a correction`);
  const now = deps.now();
  const replaced = await moveHostedPublications(tx, content.id, HOSTED_KINDS, content.revision, now);
  await decideCorrection(tx, content.id, content.revision, 'APPLIED', now);
  const kept = (await listPublications(tx, content.id)).filter((p) => p.status === 'PUBLISHED' && !HOSTED_KINDS.includes(p.channel)).map((p) => p.channel);
  return { note: correction.note, baseRevision: correction.baseRevision, replaced, platformCopiesKept: kept };
}
