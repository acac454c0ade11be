import { findCategory } from '../store/categories.js';
import { insertRevision, setRevisionFindings } from '../store/contents.js';
import type { Tx } from '../store/db.js';
import { setRevisionWordingVersions } from '../store/wording.js';
import { beijingDate } from '../review/wording/index.js';
import type { Actor } from './actor.js';
import { contentHash, type ValidContent } from './contentInput.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { gateOf } from './offload.js';
import { wordingRulesFor } from './wording.js';

export async function requireCategory(tx: Tx, code: string): Promise<void> {
  const category = await findCategory(tx, code);
  if (!category || !category.active) throw badInput(`栏目 ${code} 不存在`, { field: 'categoryCode' });
}

/**
 * Stores a revision together with the gate's findings on it: editors see findings while drafting. The
 * wording check uses the unit's roster and the dictionaries' current versions (recorded on the revision),
 * judged as of the day the revision is written.
 */
export async function writeRevision(deps: Deps, tx: Tx, contentId: string, revision: number, input: ValidContent, actor: Actor, unitId: string): Promise<void> {
  await insertRevision(tx, { contentId, revision, title: input.title, bodyHtml: input.bodyHtml, summary: input.summary, contentHash: contentHash(input), createdBy: actor.id ?? '' });
  const rules = await wordingRulesFor(tx, unitId);
  const gate = await gateOf(input, { rules, publishedOn: beijingDate(deps.now()) });
  await setRevisionFindings(tx, contentId, revision, gate.verdict, gate.findings);
  await setRevisionWordingVersions(tx, contentId, revision, rules.versions);
}

