import type { ChannelKind } from '../channels/Channel.js';
import type { Verdict } from '../review/types.js';
import type { ContentStatus, StoredFinding } from './contents.js';
import type { Queryable } from './db.js';
import { PUBLISHED_ITEM_SELECT, type PublishedItem } from './portal.js';

/** The languages an item can be translated into (BCP 47 with script: traditional Mongolian). */
export type TranslationLang = 'mn-Mong';
export type TranslationStatus = 'IN_REVIEW' | 'APPROVED' | 'REJECTED';

/** The latest saved revision of a translation and where it stands. */
export interface TranslationRecord {
  contentId: string;
  lang: TranslationLang;
  revision: number;
  sourceRevision: number;
  title: string;
  summary: string;
  bodyHtml: string;
  verdict: Verdict;
  findings: StoredFinding[];
  createdBy: string;
  createdByUsername: string;
  createdAt: Date;
  status: TranslationStatus;
  reviewComment: string | null;
  /** The revision the public sees, if any was approved. */
  approvedRevision: number | null;
  approvedAt: Date | null;
}

const SELECT = `SELECT t.content_id AS "contentId", t.lang, t.revision, t.source_revision AS "sourceRevision", t.title, t.summary, t.body_html AS "bodyHtml",
  t.verdict, t.findings, t.created_by AS "createdBy", u.username AS "createdByUsername", t.created_at AS "createdAt",
  h.status, h.review_comment AS "reviewComment", h.approved_revision AS "approvedRevision", h.approved_at AS "approvedAt"
  FROM translation_heads h
  JOIN content_translations t ON t.content_id = h.content_id AND t.lang = h.lang AND t.revision = h.revision
  JOIN users u ON u.id = t.created_by`;

export async function findTranslation(db: Queryable, contentId: string, lang: TranslationLang, forUpdate = false): Promise<TranslationRecord | null> {
  const { rows } = await db.query<TranslationRecord>(`${SELECT} WHERE h.content_id = $1 AND h.lang = $2 ${forUpdate ? 'FOR UPDATE OF h' : ''}`, [contentId, lang]);
  return rows[0] ?? null;
}

/** Translations of several items at once (a list of contents in the console). */
export async function findTranslations(db: Queryable, contentIds: readonly string[], lang: TranslationLang): Promise<TranslationRecord[]> {
  const { rows } = await db.query<TranslationRecord>(`${SELECT} WHERE h.content_id = ANY($1::uuid[]) AND h.lang = $2`, [contentIds, lang]);
  return rows;
}

/** Appends a revision and points the head at it, in review. The approved rendition (if any) stays live. */
export async function insertTranslationRevision(
  db: Queryable,
  t: { contentId: string; lang: TranslationLang; sourceRevision: number; title: string; summary: string; bodyHtml: string; verdict: Verdict; findings: StoredFinding[]; createdBy: string },
): Promise<number> {
  const { rows } = await db.query<{ revision: number }>(
    `INSERT INTO content_translations (content_id, lang, revision, source_revision, title, summary, body_html, verdict, findings, created_by)
     SELECT $1, $2, coalesce(max(revision), 0) + 1, $3, $4, $5, $6, $7, $8, $9 FROM content_translations WHERE content_id = $1 AND lang = $2
     RETURNING revision`,
    [t.contentId, t.lang, t.sourceRevision, t.title, t.summary, t.bodyHtml, t.verdict, JSON.stringify(t.findings), t.createdBy],
  );
  const revision = rows[0].revision;
  await db.query(
    `INSERT INTO translation_heads (content_id, lang, revision, status) VALUES ($1, $2, $3, 'IN_REVIEW')
     ON CONFLICT (content_id, lang) DO UPDATE SET revision = EXCLUDED.revision, status = 'IN_REVIEW', review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL`,
    [t.contentId, t.lang, revision],
  );
  return revision;
}

/** Approval: the head's revision becomes what the public sees, with its folded text for search. */
export async function approveTranslationHead(
  db: Queryable,
  h: { contentId: string; lang: TranslationLang; reviewerId: string | null; at: Date; rendered: { title: string; summary: string; html: string } },
): Promise<void> {
  await db.query(
    `UPDATE translation_heads SET status = 'APPROVED', reviewed_by = $3, reviewed_at = $4, review_comment = NULL, approved_revision = revision, approved_at = $4,
       title = $5, summary = $6, html = $7, search_text = search_fold_mn($5 || E'\\n' || search_html_text($7))
     WHERE content_id = $1 AND lang = $2`,
    [h.contentId, h.lang, h.reviewerId, h.at, h.rendered.title, h.rendered.summary, h.rendered.html],
  );
}

export async function rejectTranslationHead(db: Queryable, h: { contentId: string; lang: TranslationLang; reviewerId: string | null; at: Date; comment: string }): Promise<void> {
  await db.query(
    `UPDATE translation_heads SET status = 'REJECTED', reviewed_by = $3, reviewed_at = $4, review_comment = $5 WHERE content_id = $1 AND lang = $2`,
    [h.contentId, h.lang, h.reviewerId, h.at, h.comment],
  );
}

/** An item the translators have still to do: no translation yet, or one made from an older revision. */
export interface UntranslatedRow {
  contentId: string;
  status: ContentStatus;
  revision: number;
  /** Null when nothing was translated yet. */
  translatedFrom: number | null;
}

const NEEDS_TRANSLATION: readonly ContentStatus[] = ['APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

export async function listUntranslated(db: Queryable, filter: { lang: TranslationLang; unitId: string | null; limit: number }): Promise<UntranslatedRow[]> {
  const { rows } = await db.query<UntranslatedRow>(
    `SELECT c.id AS "contentId", c.status, c.revision, t.source_revision AS "translatedFrom"
     FROM contents c
     LEFT JOIN translation_heads h ON h.content_id = c.id AND h.lang = $1
     LEFT JOIN content_translations t ON t.content_id = h.content_id AND t.lang = h.lang AND t.revision = h.revision
     WHERE c.status = ANY($2) AND ($3::uuid IS NULL OR c.unit_id = $3) AND (h.content_id IS NULL OR t.source_revision < c.revision)
     ORDER BY c.published_at DESC NULLS LAST, c.updated_at DESC, c.id LIMIT $4`,
    [filter.lang, NEEDS_TRANSLATION, filter.unitId, filter.limit],
  );
  return rows;
}

/** A published item in another language: the Chinese item's publication, with the translation's approved text. */
export interface TranslatedItem extends PublishedItem {
  /** The category's name in the translation's language, when the catalogue has one. */
  categoryNameTranslated: string | null;
}

// The Chinese item's columns, with the approved translation's title, summary and body in their place.
const TRANSLATED_SELECT = PUBLISHED_ITEM_SELECT
  .replace('r.title, r.html, r.summary', 'h.title, h.html, h.summary, k.name_mn AS "categoryNameTranslated"')
  .replace('JOIN contents c ON', 'JOIN translation_heads h ON h.content_id = p.content_id AND h.lang = $2 AND h.approved_revision IS NOT NULL\n  JOIN contents c ON');

export async function findTranslatedItem(db: Queryable, channel: ChannelKind, lang: TranslationLang, contentId: string): Promise<TranslatedItem | null> {
  const { rows } = await db.query<TranslatedItem>(`${TRANSLATED_SELECT} WHERE p.channel = $1 AND p.content_id = $3 AND p.status = 'PUBLISHED' ORDER BY p.revision DESC LIMIT 1`, [channel, lang, contentId]);
  return rows[0] ?? null;
}

/** Whether the item has a translation the public can read now (the Chinese page links to it). */
export async function hasPublishedTranslation(db: Queryable, lang: TranslationLang, contentId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM translation_heads h JOIN publications p ON p.content_id = h.content_id AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
     WHERE h.content_id = $1 AND h.lang = $2 AND h.approved_revision IS NOT NULL LIMIT 1`,
    [contentId, lang],
  );
  return (rowCount ?? 0) > 0;
}

/**
 * Newest first. `categoryCodes` limits to a category and its children; `terms` (already folded with
 * search_fold_mn) keeps the items whose title or body holds every term.
 */
export async function listTranslatedItems(
  db: Queryable,
  channel: ChannelKind,
  lang: TranslationLang,
  options: { categoryCodes?: readonly string[] | null; terms?: readonly string[] | null; offset: number; limit: number },
): Promise<{ items: TranslatedItem[]; total: number }> {
  const params: unknown[] = [channel, lang];
  const where = [`p.channel = $1`, `p.status = 'PUBLISHED'`];
  if (options.categoryCodes) {
    params.push(options.categoryCodes);
    where.push(`c.category_code = ANY($${params.length})`);
  }
  if (options.terms) {
    params.push(options.terms);
    where.push(`NOT EXISTS (SELECT 1 FROM unnest($${params.length}::text[]) AS term WHERE strpos(h.search_text, term) = 0)`);
  }
  const { rows } = await db.query<TranslatedItem & { total: number }>(
    `${TRANSLATED_SELECT.replace('SELECT ', 'SELECT (count(*) OVER ())::int AS total, ')} WHERE ${where.join(' AND ')}
     ORDER BY p.published_at DESC, p.content_id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, options.offset, options.limit],
  );
  if (rows.length === 0 && options.offset > 0) {
    const again = await listTranslatedItems(db, channel, lang, { ...options, offset: 0, limit: 1 });
    return { items: [], total: again.total };
  }
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}

/** Query terms folded the way the index is (one round trip for all of them). */
export async function foldSearchTerms(db: Queryable, terms: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ terms: string[] }>(`SELECT coalesce(array_agg(DISTINCT f) FILTER (WHERE f <> ''), '{}') AS terms FROM (SELECT search_fold_mn(t) AS f FROM unnest($1::text[]) AS t) x`, [terms]);
  return rows[0].terms;
}

export async function setCategoryTranslatedName(db: Queryable, code: string, name: string | null): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE categories SET name_mn = $2 WHERE code = $1', [code, name]);
  return (rowCount ?? 0) > 0;
}

/** Category names in the translation's language, by code (categories without one are left out). */
export async function translatedCategoryNames(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ code: string; name: string }>('SELECT code, name_mn AS name FROM categories WHERE name_mn IS NOT NULL');
  return new Map(rows.map((r) => [r.code, r.name]));
}
