import { appendAudit } from '../audit/chain.js';
import type { ChannelKind } from '../channels/Channel.js';
import { findContent, isUuid, type ContentRecord } from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import {
  approveTranslationHead, findTranslatedItem, findTranslation, foldSearchTerms, hasPublishedTranslation, insertTranslationRevision, listTranslatedItems, listUntranslated, rejectTranslationHead,
  setCategoryTranslatedName, type TranslatedItem, type TranslationLang, type TranslationRecord, type UntranslatedRow,
} from '../store/translations.js';
import { requireActor, requireRole, requireSameUnit, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, forbidden, invalidTransition, notFound } from './errors.js';
import { gateOf, renditionOf } from './offload.js';
import { canReview } from './review.js';
import { htmlNestingDepth, INVALID_TEXT_MESSAGE, isCleanText } from './text.js';
import { MAX_BODY_NESTING } from './contentInput.js';
import { parseSearchQuery } from './search.js';

/** The one language offered today; the tables take more (Tibetan, Uyghur, Korean …) by widening a CHECK. */
export const MONGOLIAN: TranslationLang = 'mn-Mong';

export interface TranslationInput {
  title: string;
  summary?: string | null;
  body: string;
}

interface ValidTranslation {
  title: string;
  summary: string;
  bodyHtml: string;
}

const MAX_BODY = 1_000_000;

/** Items whose translation may be written: reviewed at least once, and not withdrawn. */
const TRANSLATABLE = new Set(['DRAFT', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED']);

function validate(input: TranslationInput): ValidTranslation {
  for (const field of ['title', 'summary', 'body'] as const) {
    const value = input[field];
    if (typeof value === 'string' && !isCleanText(value)) throw badInput(INVALID_TEXT_MESSAGE, { field });
  }
  const title = (input.title ?? '').trim();
  if (!title) throw badInput('蒙古文标题不能为空', { field: 'title' });
  if ([...title].length > 300) throw badInput('蒙古文标题不能超过 300 个字符', { field: 'title' });
  if (typeof input.body !== 'string' || !input.body.trim()) throw badInput('蒙古文正文不能为空', { field: 'body' });
  if (input.body.length > MAX_BODY) throw badInput('蒙古文正文过长（上限 1,000,000 字符）', { field: 'body' });
  if (htmlNestingDepth(input.body, MAX_BODY_NESTING) > MAX_BODY_NESTING) throw badInput(`蒙古文正文的标签嵌套超过 ${MAX_BODY_NESTING} 层，请简化格式`, { field: 'body' });
  const summary = (input.summary ?? '').trim();
  if ([...summary].length > 800) throw badInput('蒙古文摘要不能超过 800 个字符', { field: 'summary' });
  // Plain text typed into a textarea is wrapped into paragraphs; HTML (from the editor) is taken as it is.
  const body = /<[a-z][^>]*>/i.test(input.body) ? input.body : paragraphs(input.body);
  return { title, summary, bodyHtml: body };
}

function paragraphs(text: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return text.split(/\r?\n\s*\r?\n|\r?\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p)}</p>`).join('\n');
}

/**
 * Saves a new revision of the item's translation, gated on the spot like an item's revision (numbers and
 * marks are found in Mongolian text too). It goes to review: with the item when the item is in review,
 * on its own otherwise. What the public sees changes only when a reviewer approves it.
 */
export async function saveTranslation(deps: Deps, actor: Actor | null, contentId: string, raw: TranslationInput, lang: TranslationLang = MONGOLIAN): Promise<TranslationRecord> {
  const who = requireRole(actor, 'editor');
  if (!who.id) throw forbidden('系统账号不能编写译文');
  const input = validate(raw);
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, contentId, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    if (!TRANSLATABLE.has(content.status)) throw invalidTransition(content.status, '编写译文');
    const gate = await gateOf({ ...input, categoryCode: content.categoryCode });
    const revision = await insertTranslationRevision(tx, { contentId, lang, sourceRevision: content.revision, ...input, verdict: gate.verdict, findings: gate.findings, createdBy: who.id! });
    await appendAudit(tx, {
      actor: who.username, action: 'translation.save', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode,
      details: { lang, translationRevision: revision, verdict: gate.verdict, findings: gate.findings.length },
    });
  });
  return (await findTranslation(deps.pool, contentId, lang))!;
}

/**
 * A reviewer's decision on the translation alone (the item was approved or published before it was
 * translated). The same rules as for items: no review of one's own translation, blocking findings
 * cannot be approved.
 */
export async function reviewTranslation(
  deps: Deps, actor: Actor | null, contentId: string, input: { decision: 'APPROVE' | 'REJECT'; comment?: string | null }, lang: TranslationLang = MONGOLIAN,
): Promise<TranslationRecord> {
  const who = requireRole(actor, 'reviewer');
  const comment = input.comment?.trim() || null;
  if (input.decision === 'REJECT' && !comment) throw badInput('退回译文须填写意见', { field: 'comment' });
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, contentId, true);
    if (!content) throw notFound('内容');
    canReview(who, content);
    const translation = await findTranslation(tx, contentId, lang, true);
    if (!translation) throw notFound('译文');
    if (translation.status !== 'IN_REVIEW') throw invalidTransition(translation.status, input.decision === 'APPROVE' ? '审核通过译文' : '退回译文');
    if (content.status === 'RETRACTED') throw invalidTransition(content.status, '审核译文');
    if (input.decision === 'APPROVE') await approvePending(deps, tx, who, content, translation);
    else await rejectTranslationHead(tx, { contentId, lang, reviewerId: who.id, at: deps.now(), comment: comment! });
    await appendAudit(tx, {
      actor: who.username, action: input.decision === 'APPROVE' ? 'translation.approve' : 'translation.reject', targetType: 'content', targetId: contentId,
      revision: content.revision, unitCode: content.unitCode, details: { lang, translationRevision: translation.revision, ...(comment ? { comment } : {}) },
    });
  });
  return (await findTranslation(deps.pool, contentId, lang))!;
}

/** Approval of a translation revision: refused while it holds a blocking finding or to whoever wrote it. */
async function approvePending(deps: Deps, tx: Tx, who: Actor, content: ContentRecord, translation: TranslationRecord): Promise<void> {
  if (who.id && who.id === translation.createdBy) throw forbidden('不能审核自己编写的译文');
  const blocking = translation.findings.filter((f) => f.severity === 'block');
  if (blocking.length) {
    throw new AppError('GATE_BLOCKED', `蒙古文译文审查未通过：${blocking.length} 项阻断性发现（${[...new Set(blocking.map((f) => f.type))].join('、')}），请修改译文`, {
      findings: blocking.map((f) => f.id), lang: translation.lang,
    });
  }
  const rendered = await renditionOf({ title: translation.title, summary: translation.summary, bodyHtml: translation.bodyHtml, categoryCode: content.categoryCode }, translation.findings, new Set());
  await approveTranslationHead(tx, { contentId: content.id, lang: translation.lang, reviewerId: who.id, at: deps.now(), rendered });
}

/**
 * Called by the item's final approval, in its transaction: a translation waiting for review is reviewed
 * with the item and approved with it, or the item's approval is refused (GATE_BLOCKED) while the
 * translation holds a blocking finding.
 */
export async function approveTranslationsWithItem(deps: Deps, tx: Tx, who: Actor, content: ContentRecord): Promise<void> {
  const translation = await findTranslation(tx, content.id, MONGOLIAN, true);
  if (!translation || translation.status !== 'IN_REVIEW') return;
  await approvePending(deps, tx, who, content, translation);
  await appendAudit(tx, {
    actor: who.username, action: 'translation.approve', targetType: 'content', targetId: content.id, revision: content.revision, unitCode: content.unitCode,
    details: { lang: translation.lang, translationRevision: translation.revision, withItem: true },
  });
}

export async function getTranslation(deps: Deps, actor: Actor | null, content: ContentRecord, lang: TranslationLang = MONGOLIAN): Promise<TranslationRecord | null> {
  const who = requireActor(actor);
  if (!seesAllUnits(who) && who.unitId !== content.unitId) return null;
  return findTranslation(deps.pool, content.id, lang);
}

/** For translators: approved and published items of the unit without an up-to-date translation. */
export async function listUntranslatedItems(deps: Deps, actor: Actor | null, first: number, lang: TranslationLang = MONGOLIAN): Promise<(UntranslatedRow & { content: ContentRecord })[]> {
  const who = requireActor(actor);
  const rows = await listUntranslated(deps.pool, { lang, unitId: seesAllUnits(who) ? null : who.unitId, limit: Math.min(Math.max(first, 1), 200) });
  const out: (UntranslatedRow & { content: ContentRecord })[] = [];
  for (const row of rows) {
    const content = await findContent(deps.pool, row.contentId);
    if (content) out.push({ ...row, content });
  }
  return out;
}

/** The catalogue's Mongolian names: site-wide, like the catalogue itself (admins). */
export async function setCategoryMongolianName(deps: Deps, actor: Actor | null, code: string, name: string | null): Promise<void> {
  const who = requireRole(actor, 'admin');
  const value = name?.trim() || null;
  if (value !== null && (!isCleanText(value) || [...value].length > 200)) throw badInput('栏目的蒙古文名称无效或过长（上限 200 个字符）', { field: 'name' });
  await withTransaction(deps.pool, async (tx) => {
    if (!(await setCategoryTranslatedName(tx, code, value))) throw notFound(`栏目 ${code}`);
    await appendAudit(tx, { actor: who.username, action: 'category.translate', targetType: 'category', targetId: code, unitCode: who.unitCode, details: { lang: MONGOLIAN, name: value } });
  });
}

/**
 * The Mongolian portal's search: every whitespace-separated term in the title or body of an item's published
 * Mongolian version. Query and text are folded alike (search_fold_mn), so variation selectors, the vowel
 * separator and the suffix space make no difference.
 */
export async function searchTranslated(deps: Deps, query: string, window: { offset: number; limit: number }): Promise<{ items: TranslatedItem[]; total: number }> {
  let terms: string[];
  try {
    terms = await foldSearchTerms(deps.pool, parseSearchQuery(query));
  } catch (error) {
    // A query the search refuses (too many terms) is, to a visitor, one that finds nothing.
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return { items: [], total: 0 };
    throw error;
  }
  if (terms.length === 0) return { items: [], total: 0 };
  return listTranslatedItems(deps.pool, 'PORTAL', MONGOLIAN, { terms, offset: window.offset, limit: window.limit });
}

// What the Mongolian portal reads (public: only published items with an approved translation).
export const publishedTranslations = (deps: Deps, channel: ChannelKind, options: { categoryCodes?: string[]; offset: number; limit: number }, lang: TranslationLang = MONGOLIAN) =>
  listTranslatedItems(deps.pool, channel, lang, options);
export const publishedTranslation = (deps: Deps, channel: ChannelKind, id: string, lang: TranslationLang = MONGOLIAN): Promise<TranslatedItem | null> =>
  isUuid(id) ? findTranslatedItem(deps.pool, channel, lang, id) : Promise.resolve(null);
export const hasMongolianVersion = (deps: Deps, id: string): Promise<boolean> => hasPublishedTranslation(deps.pool, MONGOLIAN, id);
