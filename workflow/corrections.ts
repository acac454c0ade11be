import { findCorrection, insertCorrection, listAppliedCorrections, type CorrectionRecord } from '../store/corrections.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { findRevision, type ContentRecord, type RevisionRecord } from '../store/contents.js';
import type { Actor } from './actor.js';
import { validateContentInput, type ContentInput } from './contentInput.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { publicLabel } from './publicLabel.js';
import { notify, reviewLink } from './notify.js';
import { requireCategory, writeRevision } from './revisions.js';
import { authorise, transition } from './transitions.js';

export const MAX_CORRECTION_NOTE = 500;

/** The 更正说明 the public will read: required, one short paragraph. */
export function validateCorrectionNote(raw: string | null | undefined): string {
  const note = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!note) throw badInput('更正须填写更正说明（向公众说明更正了什么）', { field: 'note' });
  if (note.length > MAX_CORRECTION_NOTE) throw badInput(`更正说明不能超过 ${MAX_CORRECTION_NOTE} 个字`, { field: 'note' });
  // Published beside the item (更正说明) but not part of the revision the gate reads.
  return publicLabel(note, '更正说明', 'note');
}

/**
 * 更正: an edit of a published item. The corrected text becomes a new revision that goes to review at once
 * (CORRECTING) while the published revision stays live; approval replaces it in place (see review.ts).
 */
export async function correctContent(deps: Deps, actor: Actor | null, id: string, raw: ContentInput, rawNote: string): Promise<ContentRecord> {
  authorise(actor, 'correct');
  const input = validateContentInput(raw);
  const note = validateCorrectionNote(rawNote);
  return transition(deps, actor, id, 'correct', async ({ tx, content, who }) => {
    // A correction fixes the text; where it is published and who owns it stay what was approved.
    if (input.categoryCode !== content.categoryCode) throw badInput('更正不能改变栏目；如需调整栏目请撤回后重新发布', { field: 'categoryCode' });
    await requireCategory(tx, input.categoryCode);
    const revision = content.revision + 1;
    await writeRevision(deps, tx, id, revision, input, who, content.unitId);
    await insertCorrection(tx, { contentId: id, revision, baseRevision: content.approvedRevision!, note, createdBy: who.username });
    return {
      patch: { revision },
      details: { note, baseRevision: content.approvedRevision },
      after: async () => {
        const reviewers = await findUsersOfUnit(tx, content.unitId, ['reviewer']);
        await notify(tx, reviewers, `待审核更正：《${input.title}》`, `已发布的《${input.title}》提交了更正（第 ${revision} 版），更正说明：${note}\n请在统发工作台审核：\n${reviewLink(deps, id)}`);
      },
    };
  });
}

export interface CorrectionView extends CorrectionRecord {
  /** The published revision's text, for the reviewer's comparison. */
  base: RevisionRecord | null;
}

/** The correction the item's current revision carries (in review, applied or rejected), if it is one. */
export async function currentCorrection(deps: Pick<Deps, 'pool'>, content: ContentRecord): Promise<CorrectionView | null> {
  const correction = await findCorrection(deps.pool, content.id, content.revision);
  if (!correction) return null;
  return { ...correction, base: await findRevision(deps.pool, content.id, correction.baseRevision) };
}

/** Every applied correction of the item, oldest first (the 更正 history the portal shows too). */
export function correctionHistory(deps: Pick<Deps, 'pool'>, content: ContentRecord): Promise<CorrectionRecord[]> {
  return listAppliedCorrections(deps.pool, content.id);
}
