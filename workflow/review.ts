import { findCategory } from '../store/categories.js';
import { decideCorrection } from '../store/corrections.js';
import { findVariants } from '../store/variants.js';
import { renderVariants } from './variants.js';
import { findRevision, insertRendition, insertReview, listReviews, wroteRevisionAfter, type ContentRecord } from '../store/contents.js';
import type { Tx } from '../store/db.js';
import { findUserById } from '../store/organisation.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, forbidden, invalidTransition } from './errors.js';
import { applyCorrection } from './correctionApply.js';
import { authorise, transition, type StepResult } from './transitions.js';
import { assertAttachmentsApprovable } from './attachments.js';
import { NEVER_PUBLISHED_WHOLE } from './gate.js';
import { renditionOf } from './offload.js';
import { assertInterpretationReady } from './interpretation.js';
import { consoleLink, notify } from './notify.js';
import { approveTranslationsWithItem } from './translations.js';

/** The author hears of the decision by mail, queued in the decision's transaction; the mail names the item and links to it. */
async function tellAuthor(tx: Tx, deps: Deps, content: ContentRecord, title: string, verdict: string): Promise<void> {
  const author = await findUserById(tx, content.authorId);
  if (author) await notify(tx, [author], `审核结果：《${title}》${verdict}`, `您提交的《${title}》（第 ${content.revision} 版）${verdict}。\n${consoleLink(deps, content.id)}`);
}

export interface ReviewInput {
  decision: 'APPROVE' | 'REJECT';
  comment?: string | null;
  /** PII findings the reviewer decides to publish as they are (e.g. a punished party's name in 惩戒公示). */
  keep?: { findingId: number; reason: string }[] | null;
}

/** Separation of duties, in one place for every entry point: reviewers (and admins), never of their own work. */
export function canReview(actor: Actor, content: Pick<ContentRecord, 'authorId' | 'unitId'>): void {
  requireRole(actor, 'reviewer');
  if (actor.id && actor.id === content.authorId) throw forbidden('不能审核自己提交的内容');
  requireSameUnit(actor, content.unitId);
}

const REVIEW_ACTIONS = ['approve', 'approve_first', 'reject', 'approve_correction', 'approve_correction_first', 'reject_correction'] as const;

export async function reviewContent(deps: Deps, actor: Actor | null, id: string, input: ReviewInput): Promise<ContentRecord> {
  authorise(actor, 'approve');
  if (input.decision !== 'APPROVE' && input.decision !== 'REJECT') throw badInput('审核结论须为 APPROVE 或 REJECT');
  const comment = input.comment?.trim() || null;
  if (input.decision === 'REJECT' && !comment) throw badInput('退回须填写意见', { field: 'comment' });
  return transition(deps, actor, id, REVIEW_ACTIONS, async ({ tx, content, who }): Promise<StepResult> => {
    canReview(who, content);
    // Whoever wrote any revision of this review round (an admin's edit, say) is an author of what is approved.
    if (who.id && (await wroteRevisionAfter(tx, id, content.approvedRevision ?? 0, who.id))) throw forbidden('不能审核自己修改过的内容');
    const correcting = content.status === 'CORRECTING';
    const revision = await findRevision(tx, id, content.revision);
    if (!revision || !revision.findings) throw new Error(`revision ${content.revision} of ${id} has not been through the gate`);
    // A rejection ends a round: approvals given before it do not count towards an unchanged resubmission.
    const reviews = await listReviews(tx, id, content.revision);
    const earlier = reviews.slice(reviews.map((r) => r.decision).lastIndexOf('REJECT') + 1);
    if (reviews.some((r) => r.reviewerId === who.id)) throw invalidTransition(content.status, '重复审核（同一审核人）');

    const keep = input.keep ?? [];
    for (const k of keep) {
      const finding = revision.findings.find((f) => f.id === k.findingId);
      if (!finding) throw badInput(`没有编号为 ${k.findingId} 的审查发现`, { field: 'keep' });
      if (finding.kind !== 'pii') throw badInput('保密审查发现不能保留，只能修改内容', { field: 'keep' });
      if (NEVER_PUBLISHED_WHOLE.has(finding.type)) throw badInput('身份证号、银行卡号和护照号不得在公开渠道完整发布，只能按栏目规则部分遮盖', { field: 'keep' });
      if (!k.reason?.trim()) throw badInput('保留个人信息须说明理由（如依法须公开）', { field: 'keep' });
    }
    const keptIds = new Set([...earlier.flatMap((r) => r.keptFindings.map((k) => k.id)), ...keep.map((k) => k.findingId)]);
    if (input.decision === 'APPROVE') {
      const blocking = revision.findings.filter((f) => f.severity === 'block' && !keptIds.has(f.id));
      if (blocking.length) {
        throw new AppError('GATE_BLOCKED', `审查未通过：${blocking.length} 项阻断性发现（${[...new Set(blocking.map((f) => f.type))].join('、')}）`, { findings: blocking.map((f) => f.id) });
      }
      await assertAttachmentsApprovable(tx, id);
    }
    await insertReview(tx, {
      contentId: id, revision: content.revision, contentHash: revision.contentHash, reviewerId: who.id ?? '', decision: input.decision, comment,
      keptFindings: keep.map((k) => ({ id: k.findingId, reason: k.reason.trim() })),
    });
    if (input.decision === 'REJECT') {
      if (correcting) await decideCorrection(tx, id, content.revision, 'REJECTED', deps.now());
      return {
        action: correcting ? 'reject_correction' : 'reject',
        details: { comment: comment ?? '' },
        after: () => tellAuthor(tx, deps, content, revision.title, correcting ? `的更正被退回（已发布版本不变）：${comment}` : `被退回：${comment}`),
      };
    }
    const category = await findCategory(tx, content.categoryCode);
    const approvals = earlier.filter((r) => r.decision === 'APPROVE').length + 1;
    const required = category?.requiredApprovals ?? 1;
    const details = { approvals, required, contentHash: revision.contentHash, kept: keep.map((k) => ({ id: k.findingId, reason: k.reason.trim() })) };
    if (approvals < required) return { action: correcting ? 'approve_correction_first' : 'approve_first', details };
    await assertInterpretationReady(tx, content);
    // A translation waiting for review is reviewed with the item: approved with it, or the approval is refused.
    await approveTranslationsWithItem(deps, tx, who, content);
    const rendered = await renditionOf({ title: revision.title, summary: revision.summary, bodyHtml: revision.bodyHtml, categoryCode: content.categoryCode }, revision.findings, keptIds);
    const variants = await findVariants(tx, id, content.revision);
    await insertRendition(tx, { contentId: id, revision: content.revision, ...rendered, variants: variants && renderVariants(variants, revision.findings, keptIds) });
    if (correcting) {
      const applied = await applyCorrection(deps, tx, content);
      return {
        action: 'approve_correction',
        patch: { approvedRevision: content.revision },
        details: { ...details, ...applied },
        after: () => tellAuthor(tx, deps, content, revision.title, '的更正已审核通过，已替换门户网站和客户端上的原文'),
      };
    }
    return {
      action: 'approve',
      patch: { approvedRevision: content.revision },
      details,
      after: () => tellAuthor(tx, deps, content, revision.title, '已审核通过'),
    };
  });
}
