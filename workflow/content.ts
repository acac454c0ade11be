import { appendAudit } from '../audit/chain.js';
import { carryCorrection } from '../store/corrections.js';
import { findContent, findRevision, insertContent, listContents, type ContentRecord, type ContentStatus } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { cancelPendingPublications } from '../store/publications.js';
import { requireActor, requireRole, seesAllUnits, type Actor } from './actor.js';
import { validateContentInput, type ContentInput } from './contentInput.js';
import type { Deps } from './deps.js';
import { AppError, forbidden } from './errors.js';
import { notify, reviewLink } from './notify.js';
import { disarmDeliveries } from './outbox.js';
import { requireCategory, writeRevision } from './revisions.js';
import { authorise, nextStatus, transition } from './transitions.js';

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

/** `expectedRevision`: refuse (CONFLICT) when the content has moved on since the caller read it. */
export async function updateContent(deps: Deps, actor: Actor | null, id: string, raw: ContentInput, opts: { expectedRevision?: number } = {}): Promise<ContentRecord> {
  authorise(actor, 'edit');
  const input = validateContentInput(raw);
  return transition(deps, actor, id, 'edit', async ({ tx, content, who }) => {
    if (opts.expectedRevision !== undefined && content.revision !== opts.expectedRevision) {
      throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试', { revision: content.revision });
    }
    await requireCategory(tx, input.categoryCode);
    const revision = content.revision + 1;
    await writeRevision(deps, tx, id, revision, input, who, content.unitId);
    const ids = content.status === 'SCHEDULED' ? await cancelPendingPublications(tx, id) : [];
    // A correction under review keeps the published revision as the approved one: it stays live meanwhile.
    const correcting = content.status === 'CORRECTING';
    if (correcting) await carryCorrection(tx, id, content.revision, revision, who.username);
    return {
      patch: {
        revision, approvedRevision: correcting ? content.approvedRevision : null, scheduledAt: null, categoryCode: input.categoryCode,
        disclosure: input.disclosure, disclosureReason: input.disclosureReason, channels: input.channels, serviceChange: input.serviceChange,
      },
      details: { from: content.status, to: nextStatus(content.status, 'edit')!, cancelledPublications: ids.length },
      after: () => disarmDeliveries(tx, ids),
    };
  });
}

export async function submitContent(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord> {
  return transition(deps, actor, id, 'submit', async ({ tx, content }) => {
    const revision = await findRevision(tx, id, content.revision);
    if (!revision) throw new Error(`revision ${content.revision} of ${id} is missing`);
    return {
      details: { verdict: revision.verdict, findings: revision.findings?.length ?? 0 },
      after: async () => {
        const reviewers = await findUsersOfUnit(tx, content.unitId, ['reviewer']);
        await notify(tx, reviewers, `待审核：《${revision.title}》`, `《${revision.title}》（第 ${content.revision} 版）已提交审核，请在统发工作台审核：\n${reviewLink(deps, id)}`);
      },
    };
  });
}

/** Read access: one's own unit, or every unit for overseers and admins. */
export async function getContent(deps: Deps, actor: Actor | null, id: string): Promise<ContentRecord | null> {
  const who = requireActor(actor);
  const content = await findContent(deps.pool, id);
  if (!content) return null;
  if (!seesAllUnits(who) && who.unitId !== content.unitId) return null;
  return content;
}

/** What a reviewer's queue holds: items awaiting review, and corrections of published ones. */
const REVIEWABLE: readonly ContentStatus[] = ['IN_REVIEW', 'CORRECTING'];

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
    status: options.reviewQueue ? null : options.status,
    statuses: options.reviewQueue ? REVIEWABLE : null,
    unitId: seesAllUnits(who) ? null : who.unitId,
    excludeAuthorId: options.reviewQueue ? who.id : null,
    after: options.after,
    limit: options.first + 1,
  });
  return { items: rows.slice(0, options.first), hasNextPage: rows.length > options.first };
}
