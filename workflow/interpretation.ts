import { appendAudit } from '../audit/chain.js';
import { findCategory, type Category } from '../store/categories.js';
import { findContent, type ContentRecord } from '../store/contents.js';
import { withTransaction, type Queryable, type Tx } from '../store/db.js';
import {
  categoryRequiresInterpretation, countApprovedInterpretations, findInterpretedPolicyId, insertInterpretationLink, listInterpretationIds,
  setCategoryRequiresInterpretation,
} from '../store/interpretations.js';
import { requireActor, requireRole, requireSameUnit, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, notFound } from './errors.js';

/*
 * 政策解读 and 三同步. The rule, decided here so that every entry point gets it:
 * - a policy (category kind `policy`) is linked to interpretations (category kind `interpretation`) of the
 *   same unit by that unit's editors (or an admin); an interpretation explains exactly one policy;
 * - when the policy's category has `requires_interpretation`, the policy's final approval needs at least
 *   one linked interpretation whose current revision is already approved (APPROVED or further along).
 *   Otherwise the approval is refused as INVALID_TRANSITION: nothing is wrong with the policy's text (that
 *   would be GATE_BLOCKED), it is the order of steps — approve the interpretation first, then the policy.
 *   A first approval of a two-step (一审一核) category is not held up: only the final one releases.
 */

/** Throws INVALID_TRANSITION when `content` may not be finally approved yet for want of an interpretation. */
export async function assertInterpretationReady(tx: Tx, content: Pick<ContentRecord, 'id' | 'categoryCode' | 'status'>): Promise<void> {
  if (!(await categoryRequiresInterpretation(tx, content.categoryCode))) return;
  if ((await countApprovedInterpretations(tx, content.id)) > 0) return;
  throw new AppError(
    'INVALID_TRANSITION',
    '该栏目要求政策文件与政策解读同步审核（三同步）：请先关联政策解读并审核通过，再审核通过本政策文件',
    { from: content.status, action: '审核通过', requirement: 'APPROVED_INTERPRETATION' },
  );
}

async function requireKind(db: Queryable, content: ContentRecord, kind: Category['kind'], field: string, label: string): Promise<void> {
  const category = await findCategory(db, content.categoryCode);
  if (category?.kind !== kind) throw badInput(`${label}须属于“${kind}”类栏目，当前栏目为 ${content.categoryCode}`, { field });
}

/** Links `interpretationId` to `policyId` (idempotent) and returns the policy. */
export async function linkInterpretation(deps: Deps, actor: Actor | null, policyId: string, interpretationId: string): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  if (policyId === interpretationId) throw badInput('政策文件不能解读自身', { field: 'interpretationId' });
  await withTransaction(deps.pool, async (tx) => {
    // Both rows locked in a fixed order, so two links made at once cannot deadlock each other.
    const [first, second] = [policyId, interpretationId].sort();
    const locked = new Map<string, ContentRecord | null>([[first, await findContent(tx, first, true)], [second, await findContent(tx, second, true)]]);
    const policy = locked.get(policyId);
    const interpretation = locked.get(interpretationId);
    if (!policy) throw notFound('政策文件');
    if (!interpretation) throw notFound('政策解读');
    requireSameUnit(who, policy.unitId);
    requireSameUnit(who, interpretation.unitId);
    await requireKind(tx, policy, 'policy', 'policyId', '政策文件');
    await requireKind(tx, interpretation, 'interpretation', 'interpretationId', '政策解读');
    if (!(await insertInterpretationLink(tx, policyId, interpretationId, who.username))) {
      throw new AppError('CONFLICT', '该政策解读已关联其他政策文件', { policyId: await findInterpretedPolicyId(tx, interpretationId) });
    }
    await appendAudit(tx, {
      actor: who.username, action: 'content.interpretation.link', targetType: 'content', targetId: policyId, revision: policy.revision,
      unitCode: policy.unitCode, details: { interpretationId },
    });
  });
  return (await findContent(deps.pool, policyId))!;
}

/** The linked contents the actor may read: one's own unit, or all for overseers and admins. */
function visible(actor: Actor, content: ContentRecord | null): content is ContentRecord {
  return !!content && (seesAllUnits(actor) || actor.unitId === content.unitId);
}

export async function interpretationsOf(deps: Deps, actor: Actor | null, policy: ContentRecord): Promise<ContentRecord[]> {
  const who = requireActor(actor);
  const contents = await Promise.all((await listInterpretationIds(deps.pool, policy.id)).map((id) => findContent(deps.pool, id)));
  return contents.filter((c) => visible(who, c));
}

export async function policyInterpretedBy(deps: Deps, actor: Actor | null, interpretation: ContentRecord): Promise<ContentRecord | null> {
  const who = requireActor(actor);
  const id = await findInterpretedPolicyId(deps.pool, interpretation.id);
  const policy = id ? await findContent(deps.pool, id) : null;
  return visible(who, policy) ? policy : null;
}

export async function requiresInterpretation(deps: Deps, code: string): Promise<boolean> {
  return categoryRequiresInterpretation(deps.pool, code);
}

/** The catalogue is the admins' (like upsertCategory): they decide which categories are under 三同步. */
export async function setRequiresInterpretation(deps: Deps, actor: Actor | null, code: string, required: boolean): Promise<Category> {
  const who = requireRole(actor, 'admin');
  if (typeof required !== 'boolean') throw badInput('required 须为布尔值', { field: 'required' });
  return withTransaction(deps.pool, async (tx) => {
    if (!(await setCategoryRequiresInterpretation(tx, code, required))) throw notFound(`栏目 ${code}`);
    await appendAudit(tx, { actor: who.username, action: 'category.requires_interpretation', targetType: 'category', targetId: code, details: { required } });
    return (await findCategory(tx, code))!;
  });
}
