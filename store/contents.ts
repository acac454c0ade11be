import type { ChannelKind, ChannelVariants } from '../channels/Channel.js';
import type { Finding, Verdict } from '../review/types.js';
import { prepared, updateRow, type Queryable } from './db.js';

export type ContentStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'APPROVED'
  | 'SCHEDULED'
  | 'PUBLISHING'
  | 'PUBLISHED'
  | 'PARTIALLY_PUBLISHED'
  /** A published item whose correction (更正) is in review; the published revision stays live meanwhile. */
  | 'CORRECTING'
  | 'RETRACTED';

export type VariantField = 'weibo_text' | 'wechat_digest' | 'wechat_author';

export type Disclosure = 'proactive' | 'on_request' | 'not_public';

/** A gate finding as stored with its revision: which field it is in, and a stable index reviewers refer to. */
export interface StoredFinding extends Finding {
  id: number;
  /** The item's fields, or one of its 渠道文案 (channel copy is public text too). */
  field: 'title' | 'summary' | 'body' | VariantField;
}

export interface ContentRecord {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  authorId: string;
  authorUsername: string;
  categoryCode: string;
  /** The category's name, read with the item (the code when the category is gone). */
  categoryName: string;
  status: ContentStatus;
  revision: number;
  approvedRevision: number | null;
  disclosure: Disclosure;
  disclosureReason: string | null;
  channels: ChannelKind[];
  serviceChange: boolean;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  retractedAt: Date | null;
  retractReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RevisionRecord {
  contentId: string;
  revision: number;
  title: string;
  bodyHtml: string;
  summary: string;
  contentHash: string;
  verdict: Verdict | null;
  findings: StoredFinding[] | null;
  createdBy: string;
  createdAt: Date;
}

/*
 * The unit, author and category names are scalar subqueries rather than joins: each is a key lookup either way,
 * but a join of four tables (six in the delivery's lock, store/deliveryLock.ts) costs the planner about 1 ms of
 * PostgreSQL CPU for every custom plan, and a prepared statement is planned afresh for its first executions on
 * each connection: on the delivery path that was the largest cost of a newly opened connection.
 * The foreign keys (NOT NULL) guarantee every subquery finds its row, as the inner joins required.
 */
export const CONTENT_COLUMNS = `c.id, c.unit_id AS "unitId", (SELECT n.code FROM units n WHERE n.id = c.unit_id) AS "unitCode",
  (SELECT n.name FROM units n WHERE n.id = c.unit_id) AS "unitName", c.author_id AS "authorId",
  (SELECT u.username FROM users u WHERE u.id = c.author_id) AS "authorUsername", c.category_code AS "categoryCode",
  coalesce((SELECT k.name FROM categories k WHERE k.code = c.category_code), c.category_code) AS "categoryName", c.status, c.revision, c.approved_revision AS "approvedRevision",
  c.disclosure, c.disclosure_reason AS "disclosureReason", c.channels, c.service_change AS "serviceChange", c.scheduled_at AS "scheduledAt", c.published_at AS "publishedAt",
  c.retracted_at AS "retractedAt", c.retract_reason AS "retractReason", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;
export const CONTENT_FROM = `contents c`;

export const REVISION_COLUMNS = `content_id AS "contentId", revision, title, body_html AS "bodyHtml", summary, content_hash AS "contentHash",
  verdict, findings, created_by AS "createdBy", created_at AS "createdAt"`;

export async function insertContent(
  db: Queryable,
  c: { unitId: string; authorId: string; categoryCode: string; disclosure: Disclosure; disclosureReason: string | null; channels: ChannelKind[]; serviceChange: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO contents (unit_id, author_id, category_code, status, revision, disclosure, disclosure_reason, channels, service_change)
     VALUES ($1, $2, $3, 'DRAFT', 1, $4, $5, $6, $7) RETURNING id`,
    [c.unitId, c.authorId, c.categoryCode, c.disclosure, c.disclosureReason, c.channels, c.serviceChange],
  );
  return rows[0].id;
}

export async function insertRevision(
  db: Queryable,
  r: { contentId: string; revision: number; title: string; bodyHtml: string; summary: string; contentHash: string; createdBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO content_revisions (content_id, revision, title, body_html, summary, content_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.contentId, r.revision, r.title, r.bodyHtml, r.summary, r.contentHash, r.createdBy],
  );
}

export async function setRevisionFindings(db: Queryable, contentId: string, revision: number, verdict: Verdict, findings: StoredFinding[]): Promise<void> {
  await db.query('UPDATE content_revisions SET verdict = $3, findings = $4 WHERE content_id = $1 AND revision = $2', [contentId, revision, verdict, JSON.stringify(findings)]);
}

/** Reads a content row; with `forUpdate` it is locked until the transaction ends (the state machine's guard). */
export async function findContent(db: Queryable, id: string, forUpdate = false): Promise<ContentRecord | null> {
  if (!isUuid(id)) return null;
  const { rows } = await db.query<ContentRecord>(prepared(`SELECT ${CONTENT_COLUMNS} FROM ${CONTENT_FROM} WHERE c.id = $1 ${forUpdate ? 'FOR UPDATE OF c' : ''}`, [id]));
  return rows[0] ?? null;
}

export async function findRevision(db: Queryable, contentId: string, revision: number): Promise<RevisionRecord | null> {
  const { rows } = await db.query<RevisionRecord>(`SELECT ${REVISION_COLUMNS} FROM content_revisions WHERE content_id = $1 AND revision = $2`, [contentId, revision]);
  return rows[0] ?? null;
}

export async function listRevisions(db: Queryable, contentId: string): Promise<RevisionRecord[]> {
  const { rows } = await db.query<RevisionRecord>(`SELECT ${REVISION_COLUMNS} FROM content_revisions WHERE content_id = $1 ORDER BY revision`, [contentId]);
  return rows;
}

/** Whether `userId` wrote any revision of the content after revision `after`. */
export async function wroteRevisionAfter(db: Queryable, contentId: string, after: number, userId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM content_revisions WHERE content_id = $1 AND revision > $2 AND created_by = $3 LIMIT 1', [contentId, after, userId]);
  return (rowCount ?? 0) > 0;
}

export interface ContentPatch {
  status?: ContentStatus;
  revision?: number;
  approvedRevision?: number | null;
  categoryCode?: string;
  disclosure?: Disclosure;
  disclosureReason?: string | null;
  channels?: ChannelKind[];
  serviceChange?: boolean;
  scheduledAt?: Date | null;
  publishedAt?: Date | null;
  retractedAt?: Date | null;
  retractReason?: string | null;
}

const CONTENT_PATCH_COLUMNS: { [K in keyof ContentPatch]-?: string } = {
  status: 'status', revision: 'revision', approvedRevision: 'approved_revision', categoryCode: 'category_code', disclosure: 'disclosure',
  disclosureReason: 'disclosure_reason', channels: 'channels', serviceChange: 'service_change', scheduledAt: 'scheduled_at', publishedAt: 'published_at',
  retractedAt: 'retracted_at', retractReason: 'retract_reason',
};

export async function updateContentRow(db: Queryable, id: string, patch: ContentPatch): Promise<void> {
  await updateRow(db, 'contents', id, CONTENT_PATCH_COLUMNS, patch);
}

export interface ContentFilter {
  status?: ContentStatus | null;
  /** Any of these statuses (the review queue holds new items and corrections). */
  statuses?: readonly ContentStatus[] | null;
  /** Restrict to one unit (unit-scoped roles). */
  unitId?: string | null;
  /** Keyset cursor: items strictly after this (updated_at, id) in the listing order. */
  after?: { updatedAt: Date; id: string } | null;
  limit: number;
  /** Exclude items authored by this user (a reviewer's queue holds others' work). */
  excludeAuthorId?: string | null;
}

/** Newest first by last change; keyset pagination so pages stay stable while items change. */
export async function listContents(db: Queryable, filter: ContentFilter): Promise<ContentRecord[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (filter.status) { values.push(filter.status); where.push(`c.status = $${values.length}`); }
  if (filter.statuses) { values.push(filter.statuses); where.push(`c.status = ANY($${values.length})`); }
  if (filter.unitId) { values.push(filter.unitId); where.push(`c.unit_id = $${values.length}`); }
  if (filter.excludeAuthorId) { values.push(filter.excludeAuthorId); where.push(`c.author_id <> $${values.length}`); }
  if (filter.after) {
    values.push(filter.after.updatedAt, filter.after.id);
    where.push(`(c.updated_at, c.id) < ($${values.length - 1}, $${values.length})`);
  }
  values.push(filter.limit);
  const { rows } = await db.query<ContentRecord>(
    `SELECT ${CONTENT_COLUMNS} FROM ${CONTENT_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.updated_at DESC, c.id DESC LIMIT $${values.length}`,
    values,
  );
  return rows;
}

export interface ReviewRecord {
  id: string;
  contentId: string;
  revision: number;
  contentHash: string;
  reviewerId: string;
  reviewerUsername: string;
  decision: 'APPROVE' | 'REJECT';
  comment: string | null;
  keptFindings: { id: number; reason: string }[];
  createdAt: Date;
}

export async function insertReview(
  db: Queryable,
  r: { contentId: string; revision: number; contentHash: string; reviewerId: string; decision: 'APPROVE' | 'REJECT'; comment: string | null; keptFindings: { id: number; reason: string }[] },
): Promise<void> {
  await db.query(
    `INSERT INTO reviews (content_id, revision, content_hash, reviewer_id, decision, comment, kept_findings) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.contentId, r.revision, r.contentHash, r.reviewerId, r.decision, r.comment, JSON.stringify(r.keptFindings)],
  );
}

export async function listReviews(db: Queryable, contentId: string, revision?: number): Promise<ReviewRecord[]> {
  const { rows } = await db.query<ReviewRecord>(
    `SELECT r.id, r.content_id AS "contentId", r.revision, r.content_hash AS "contentHash", r.reviewer_id AS "reviewerId", u.username AS "reviewerUsername",
       r.decision, r.comment, r.kept_findings AS "keptFindings", r.created_at AS "createdAt"
     FROM reviews r JOIN users u ON u.id = r.reviewer_id
     WHERE r.content_id = $1 AND ($2::int IS NULL OR r.revision = $2) ORDER BY r.created_at`,
    [contentId, revision ?? null],
  );
  return rows;
}

export interface RenditionRecord {
  contentId: string;
  revision: number;
  title: string;
  html: string;
  summary: string;
  /** The approved 渠道文案, de-identified; null when the editor wrote none. */
  variants?: ChannelVariants | null;
}

export async function insertRendition(db: Queryable, r: RenditionRecord): Promise<void> {
  await db.query(
    `INSERT INTO renditions (content_id, revision, title, html, summary, variants) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (content_id, revision) DO UPDATE SET title = EXCLUDED.title, html = EXCLUDED.html, summary = EXCLUDED.summary, variants = EXCLUDED.variants`,
    [r.contentId, r.revision, r.title, r.html, r.summary, r.variants ? JSON.stringify(r.variants) : null],
  );
}

const RENDITION_FIELDS: { readonly [K in keyof RenditionRecord]-?: string } = {
  contentId: 'content_id', revision: 'revision', title: 'title', html: 'html', summary: 'summary', variants: 'variants',
};
/** The record's columns of `renditions` aliased `alias`, each named `${prefix}${field}` (see `renditionOfRow`). */
export const renditionColumns = (alias: string, prefix = ''): string =>
  Object.entries(RENDITION_FIELDS).map(([field, column]) => `${alias}.${column} AS "${prefix}${field}"`).join(', ');

/** The record out of a row whose rendition columns carry `prefix`; null when the row joined none. */
export function renditionOfRow(row: Record<string, unknown>, prefix: string): RenditionRecord | null {
  if (row[`${prefix}contentId`] === null) return null;
  return Object.fromEntries(Object.keys(RENDITION_FIELDS).map((field) => [field, row[`${prefix}${field}`]])) as unknown as RenditionRecord;
}

export async function findRendition(db: Queryable, contentId: string, revision: number): Promise<RenditionRecord | null> {
  const { rows } = await db.query<RenditionRecord>(prepared(
    `SELECT ${renditionColumns('r')} FROM renditions r WHERE r.content_id = $1 AND r.revision = $2`,
    [contentId, revision],
  ));
  return rows[0] ?? null;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
