/**
 * "采纳修改建议": the author takes some of a revision's wording corrections, and a new revision is written
 * with those spans replaced (so the gate runs again and the reviewer sees the change). Offsets of body
 * findings index the text content of the sanitized body, so the corrections are applied to that HTML.
 */
import { sanitizeBody } from '../text/index.js';
import { redactHtml, redactText } from '../review/gate.js';
import { findContent, findRevision, type ContentRecord, type StoredFinding } from '../store/contents.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import { updateContent } from './content.js';
import type { Deps } from './deps.js';
import { badInput, notFound } from './errors.js';

export async function applyWordingCorrections(deps: Deps, actor: Actor | null, id: string, findingIds: readonly number[]): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  if (!Array.isArray(findingIds) || findingIds.length === 0) throw badInput('请选择要采纳的修改建议', { field: 'findingIds' });
  const content = await findContent(deps.pool, id);
  if (!content) throw notFound('内容');
  requireSameUnit(who, content.unitId);
  const revision = await findRevision(deps.pool, id, content.revision);
  if (!revision?.findings) throw badInput('当前修订尚未经过审查，没有可采纳的修改建议');
  const chosen = [...new Set(findingIds)].map((fid) => {
    const f = revision.findings!.find((x) => x.id === fid);
    if (!f) throw badInput(`没有编号为 ${fid} 的审查发现`, { field: 'findingIds' });
    if (f.kind !== 'wording' || f.replacement === null) throw badInput('只能采纳文字关（错别字、过期提法、领导姓名职务）的修改建议', { field: 'findingIds' });
    return f;
  });
  const of = (field: StoredFinding['field']): StoredFinding[] => chosen.filter((f) => f.field === field);
  const body = of('body').length > 0 ? redactHtml(sanitizeBody(revision.bodyHtml), of('body')) : revision.bodyHtml;
  return updateContent(deps, actor, id, {
    title: redactText(revision.title, of('title')),
    summary: redactText(revision.summary, of('summary')),
    body,
    categoryCode: content.categoryCode,
    channels: content.channels,
    disclosure: content.disclosure,
    disclosureReason: content.disclosureReason,
    serviceChange: content.serviceChange,
  }, { expectedRevision: content.revision });
}
