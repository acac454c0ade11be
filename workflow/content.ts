import { appendAudit } from '../audit/chain.js';
import { findCategory } from '../store/categories.js';
import {
  findContent, findRevision, insertContent, insertRevision, listContents, setRevisionFindings, updateContentRow,
  type ContentRecord, type ContentStatus,
} from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { cancelPendingPublications } from '../store/publications.js';
import { requireActor, requireRole, requireSameUnit, seesAllUnits, type Actor } from './actor.js';
import { validateContentInput, contentHash, type ContentInput, type ValidContent } from './contentInput.js';
import type { Deps } from './deps.js';
import { AppError, badInput, forbidden, invalidTransition, notFound } from './errors.js';
import { gateOf } from './offload.js';
import { wordingRulesFor } from './wording.js';
import { beijingDate } from '../review/wording/index.js';
import { setRevisionWordingVersions } from '../store/wording.js';
import { notify, reviewLink } from './notify.js';
import { disarmDeliveries } from './outbox.js';

async function requireCategory(tx: Tx, code: string): Promise<void> {
  const category = await findCategory(tx, code);
  if (!category || !category.active) throw badInput(`栏目 ${code} 不存在`, { field: 'categoryCode' });
}

/**
 * Stores a revision together with the gate's findings on it: editors see findings while drafting. The
 * wording check uses the unit's roster and the dictionaries' current versions (recorded on the revision),
 * judged as of the day the revision is written.
 */
async function writeRevision(deps: Deps, tx: Tx, contentId: string, revision: number, input: ValidContent, actor: Actor, unitId: string): Promise<void> {
  await insertRevision(tx, { contentId, revision, title: input.title, bodyHtml: input.bodyHtml, summary: input.summary, contentHash: contentHash(input), createdBy: actor.id ?? '' });
  const rules = await wordingRulesFor(tx, unitId);
  const gate = await gateOf(input, { rules, publishedOn: beijingDate(deps.now()) });
  await setRevisionFindings(tx, contentId, revision, gate.verdict, gate.findings);
  await setRevisionWordingVersions(tx, contentId, revision, rules.versions);
}

export async function createContent(deps: Deps, actor: Actor | null, raw: ContentInput): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  if (!who.id || !who.unitId) throw forbidden('系统账号不能创建内容');
  const input = validateContentInput(raw);
  const id = await withTransaction(deps.pool, async (tx) => {
    await requireCategory(tx, input.categoryCode);
    const contentId = await insertContent(tx, { unitId: who.unitId!, authorId: who.id!, categoryCode: input.categoryCode, disclosure: input.disclosure, disclosureReason: input.disclosureReason, channels: input.channels, serviceChange: input.serviceChange });
    await writeRevision(deps, tx, contentId, 1, input, who, who.unitId!);
    await appendAudit(tx, { actor: who.username, action: 'content.create', targetType: 'content', targetId: contentId, revision: 1, unitCode: who.unitCode, details: { title: input.title, category: input.categoryCode } });
    return contentId;
  });
  return (await findContent(deps.pool, id))!;
}

/** Which states an edit is allowed in, and where it leads: an edit after submission goes back to review. */
const EDIT_TARGET: Partial<Record<ContentStatus, ContentStatus>> = {
  DRAFT: 'DRAFT',
  REJECTED: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  APPROVED: 'IN_REVIEW',
  SCHEDULED: 'IN_REVIEW',
};

/** `expectedRevision`: refuse (CONFLICT) when the content has moved on since the caller read it. */
export async function updateContent(deps: Deps, actor: Actor | null, id: string, raw: ContentInput, opts: { expectedRevision?: number } = {}): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  const input = validateContentInput(raw);
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (opts.expectedRevision !== undefined && content.revision !== opts.expectedRevision) {
      throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试', { revision: content.revision });
    }
    const target = EDIT_TARGET[content.status];
    if (!target) throw invalidTransition(content.status, '修改');
    await requireCategory(tx, input.categoryCode);
    const revision = content.revision + 1;
    await writeRevision(deps, tx, id, revision, input, who, content.unitId);
    const ids = content.status === 'SCHEDULED' ? await cancelPendingPublications(tx, id) : [];
    await updateContentRow(tx, id, {
      status: target, revision, approvedRevision: null, scheduledAt: null, categoryCode: input.categoryCode,
      disclosure: input.disclosure, disclosureReason: input.disclosureReason, channels: input.channels, serviceChange: input.serviceChange,
    });
    await appendAudit(tx, {
      actor: who.username, action: 'content.update', targetType: 'content', targetId: id, revision, unitCode: content.unitCode,
      details: { from: content.status, to: target, cancelledPublications: ids.length },
    });
    await disarmDeliveries(tx, ids);
  });
  return (await findContent(deps.pool, id))!;
}

export async function submitContent(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, id, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (content.status !== 'DRAFT' && content.status !== 'REJECTED') throw invalidTransition(content.status, '提交审核');
    const revision = await findRevision(tx, id, content.revision);
    if (!revision) throw new Error(`revision ${content.revision} of ${id} is missing`);
    await updateContentRow(tx, id, { status: 'IN_REVIEW' });
    await appendAudit(tx, {
      actor: who.username, action: 'content.submit', targetType: 'content', targetId: id, revision: content.revision, unitCode: content.unitCode,
      details: { verdict: revision.verdict, findings: revision.findings?.length ?? 0 },
    });
    const reviewers = await findUsersOfUnit(tx, content.unitId, ['reviewer']);
    await notify(tx, reviewers, `待审核：《${revision.title}》`, `《${revision.title}》（第 ${content.revision} 版）已提交审核，请在统发工作台审核：\n${reviewLink(deps, id)}`);
  });
  return (await findContent(deps.pool, id))!;
}

/** Read access: one's own unit, or every unit for overseers and admins. */
export async function getContent(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord | null> {
  const who = requireActor(actor);
  const content = await findContent(deps.pool, id);
  if (!content) return null;
  if (!seesAllUnits(who) && who.unitId !== content.unitId) return null;
  return content;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

export async function listContentPage(
  deps: Deps,
  actor: Actor | null,
  options: { status?: ContentStatus | null; first: number; after: { updatedAt: Date; id: string } | null; reviewQueue?: boolean },
): Promise<Page<ContentRecord>> {
  const who = requireActor(actor);
  if (options.reviewQueue) requireRole(who, 'reviewer');
  const rows = await listContents(deps.pool, {
    status: options.reviewQueue ? 'IN_REVIEW' : options.status,
    unitId: seesAllUnits(who) ? null : who.unitId,
    excludeAuthorId: options.reviewQueue ? who.id : null,
    after: options.after,
    limit: options.first + 1,
  });
  return { items: rows.slice(0, options.first), hasNextPage: rows.length > options.first };
}
