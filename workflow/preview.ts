import type { ChannelVariants } from '../channels/Channel.js';
import { findVariants } from '../store/variants.js';
import { renderVariants } from './variants.js';
import { findRendition, type ContentRecord, type RevisionRecord, type StoredFinding } from '../store/contents.js';
import type { Verdict } from '../review/types.js';
import { requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { renderApproved, type Rendered } from './gate.js';
import { gateOf } from './offload.js';
import { wordingRulesFor } from './wording.js';
import { withTransaction } from '../store/db.js';
import { beijingDate } from '../time/beijing.js';

export interface GatePreviewInput {
  title: string;
  body: string;
  summary?: string | null;
  categoryCode: string;
}

export interface RenditionView extends Rendered {
  revision: number;
  /** True once the rendition was fixed by the final approval; before that it is what approval would publish. */
  final: boolean;
  /** The 渠道文案 as they would be (or were) published; absent when the editor wrote none. */
  variants?: ChannelVariants | null;
}

const MAX_PREVIEW = 1_000_000;

/**
 * The gate on a draft that is not saved: what the editor sees while typing. Nothing is stored or audited,
 * because nothing changed; the findings are recomputed from the saved revision on every save anyway. The
 * wording check (文字关) uses the same rules a save would: the actor's unit's, judged as of today in Beijing,
 * so 错别字 and 过期提法 show while typing rather than only after saving. An actor without a unit gets none.
 */
export async function previewGate(deps: Deps, actor: Actor | null, input: GatePreviewInput): Promise<{ verdict: Verdict; findings: StoredFinding[]; rendition: Rendered }> {
  const who = requireRole(actor, 'editor', 'reviewer');
  if (typeof input.body !== 'string' || input.body.length > MAX_PREVIEW) throw badInput('正文过长（上限 1,000,000 字符）', { field: 'body' });
  if ([...(input.title ?? '')].length > 200) throw badInput('标题不能超过 200 字', { field: 'title' });
  const draft = { title: input.title ?? '', summary: (input.summary ?? '').trim(), bodyHtml: input.body, categoryCode: input.categoryCode };
  const unitId = who.unitId;
  const rules = unitId ? await withTransaction(deps.pool, (tx) => wordingRulesFor(tx, unitId)) : null;
  const gate = await gateOf(draft, rules ? { rules, publishedOn: beijingDate(deps.now()) } : undefined);
  return { ...gate, rendition: renderApproved(draft, gate.findings, new Set()) };
}

/**
 * Exactly what goes out: the stored rendition of the approved revision, or, for a revision still in review,
 * the rendition its approval would store if no finding is kept.
 */
export async function renditionOf(deps: Deps, content: ContentRecord, revision: RevisionRecord): Promise<RenditionView> {
  if (content.approvedRevision === revision.revision) {
    const stored = await findRendition(deps.pool, content.id, revision.revision);
    if (stored) return { title: stored.title, summary: stored.summary, html: stored.html, revision: revision.revision, final: true, variants: stored.variants ?? null };
  }
  const rendered = renderApproved({ title: revision.title, summary: revision.summary, bodyHtml: revision.bodyHtml, categoryCode: content.categoryCode }, revision.findings ?? [], new Set());
  const variants = await findVariants(deps.pool, content.id, revision.revision);
  return { ...rendered, revision: revision.revision, final: false, variants: variants && renderVariants(variants, revision.findings ?? [], new Set()) };
}
