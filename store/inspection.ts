import type { Json } from '../audit/canonical.js';
import type { ChannelKind } from '../channels/Channel.js';
import type { CategoryKind } from './categories.js';
import type { Queryable } from './db.js';
import type { PublicationStatus } from './publications.js';

/* ---- What the rules read. Every time bound is a parameter: the inspection's clock is injected. ---- */

export interface AccountActivity {
  id: string;
  channel: ChannelKind;
  name: string;
  unitId: string;
  unitCode: string;
  createdAt: Date;
  lastPublishedAt: Date | null;
}

/** Active accounts with no publication delivered since `since` (and older than that themselves). */
export async function listSilentAccounts(db: Queryable, since: Date, now: Date): Promise<AccountActivity[]> {
  const { rows } = await db.query<AccountActivity>(
    `SELECT a.id, a.channel, a.name, a.unit_id AS "unitId", n.code AS "unitCode", a.created_at AS "createdAt", last.at AS "lastPublishedAt"
     FROM channel_accounts a JOIN units n ON n.id = a.unit_id
     LEFT JOIN LATERAL (
       SELECT max(p.published_at) AS at FROM publications p WHERE p.account_id = a.id AND p.status = 'PUBLISHED' AND p.published_at <= $2
     ) last ON true
     WHERE a.status = 'active' AND a.created_at < $1 AND (last.at IS NULL OR last.at < $1)
     ORDER BY n.code, a.channel, a.name`,
    [since, now],
  );
  return rows;
}

export interface CategoryActivity {
  code: string;
  name: string;
  parentCode: string | null;
  kind: CategoryKind;
  active: boolean;
  /** Portal items currently published directly in this category (not its children). */
  published: number;
  lastPublishedAt: Date | null;
}

export async function listCategoryActivity(db: Queryable, now: Date): Promise<CategoryActivity[]> {
  const { rows } = await db.query<CategoryActivity>(
    `SELECT k.code, k.name, k.parent_code AS "parentCode", k.kind, k.active,
       count(DISTINCT p.content_id)::int AS published, max(p.published_at) AS "lastPublishedAt"
     FROM categories k
     LEFT JOIN contents c ON c.category_code = k.code
     LEFT JOIN publications p ON p.content_id = c.id AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED' AND p.published_at <= $1
     GROUP BY k.code ORDER BY k.sort_order, k.code`,
    [now],
  );
  return rows;
}

export interface TroubledPublication {
  id: string;
  contentId: string;
  channel: ChannelKind;
  status: PublicationStatus;
  accountName: string | null;
  unitId: string;
  unitCode: string;
  attempts: number;
  lastError: string | null;
  notBefore: Date;
  updatedAt: Date;
}

/**
 * Publications of the current approved revision that failed, or that should have moved on by `before`:
 * claimed (PUBLISHING) and not finished, or due (PENDING) and not picked up — a worker is down or stuck.
 */
export async function listTroubledPublications(db: Queryable, before: Date): Promise<TroubledPublication[]> {
  const { rows } = await db.query<TroubledPublication>(
    `SELECT p.id, p.content_id AS "contentId", p.channel, p.status, a.name AS "accountName", c.unit_id AS "unitId", n.code AS "unitCode",
       p.attempts, p.last_error AS "lastError", p.not_before AS "notBefore", p.updated_at AS "updatedAt"
     FROM publications p JOIN contents c ON c.id = p.content_id JOIN units n ON n.id = c.unit_id
     LEFT JOIN channel_accounts a ON a.id = p.account_id
     WHERE c.status <> 'RETRACTED' AND p.revision = c.approved_revision
       AND (p.status = 'FAILED' OR (p.status = 'PUBLISHING' AND p.updated_at < $1) OR (p.status = 'PENDING' AND p.not_before < $1))
     ORDER BY n.code, p.updated_at`,
    [before],
  );
  return rows;
}

export interface WaitingContent {
  id: string;
  unitId: string;
  unitCode: string;
  title: string;
  /** When it entered its current state (see the rule for why this column). */
  since: Date;
}

/**
 * Items waiting for review, with the time they entered review: `contents.updated_at`, which submit and
 * every edit (the two ways into IN_REVIEW) set and nothing else touches while an item is IN_REVIEW.
 */
export async function listInReview(db: Queryable): Promise<WaitingContent[]> {
  const { rows } = await db.query<WaitingContent>(
    `SELECT c.id, c.unit_id AS "unitId", n.code AS "unitCode", r.title, c.updated_at AS since
     FROM contents c JOIN units n ON n.id = c.unit_id JOIN content_revisions r ON r.content_id = c.id AND r.revision = c.revision
     WHERE c.status = 'IN_REVIEW' ORDER BY c.updated_at`,
  );
  return rows;
}

/**
 * 办事条件变更 items approved and not yet out on any channel, with the time of the approval that
 * completed review (the last APPROVE of the approved revision).
 */
export async function listUnpublishedServiceChanges(db: Queryable): Promise<WaitingContent[]> {
  const { rows } = await db.query<WaitingContent>(
    `SELECT c.id, c.unit_id AS "unitId", n.code AS "unitCode", r.title, ap.at AS since
     FROM contents c JOIN units n ON n.id = c.unit_id
     JOIN content_revisions r ON r.content_id = c.id AND r.revision = c.approved_revision
     JOIN LATERAL (
       SELECT max(v.created_at) AS at FROM reviews v WHERE v.content_id = c.id AND v.revision = c.approved_revision AND v.decision = 'APPROVE'
     ) ap ON ap.at IS NOT NULL
     WHERE c.service_change AND c.status IN ('APPROVED', 'SCHEDULED', 'PUBLISHING')
       AND NOT EXISTS (SELECT 1 FROM publications p WHERE p.content_id = c.id AND p.revision = c.approved_revision AND p.status = 'PUBLISHED')
     ORDER BY ap.at`,
  );
  return rows;
}

export interface PortalPage {
  contentId: string;
  unitId: string;
  unitCode: string;
  title: string;
  html: string;
}

/** Pages of currently published portal articles, in content-id order (keyset), newest revision each. */
export async function listPortalPages(db: Queryable, afterId: string | null, limit: number): Promise<PortalPage[]> {
  const { rows } = await db.query<PortalPage>(
    `SELECT DISTINCT ON (p.content_id) p.content_id AS "contentId", c.unit_id AS "unitId", n.code AS "unitCode", r.title, r.html
     FROM publications p JOIN contents c ON c.id = p.content_id JOIN units n ON n.id = c.unit_id
     JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
     WHERE p.channel = 'PORTAL' AND p.status = 'PUBLISHED' AND ($1::uuid IS NULL OR p.content_id > $1)
     ORDER BY p.content_id, p.revision DESC LIMIT $2`,
    [afterId, limit],
  );
  return rows;
}

/** Which of `ids` are currently published on the portal. */
export async function publishedOnPortal(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>(
    `SELECT DISTINCT content_id AS id FROM publications WHERE channel = 'PORTAL' AND status = 'PUBLISHED' AND content_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

/* ---- Settings ---- */

export async function readInspectionOverrides(db: Queryable): Promise<Record<string, unknown>> {
  const { rows } = await db.query<{ overrides: Record<string, unknown> }>('SELECT overrides FROM inspection_settings WHERE id');
  return rows[0]?.overrides ?? {};
}

export async function writeInspectionOverrides(db: Queryable, overrides: Record<string, Json>, by: string): Promise<void> {
  await db.query(
    `INSERT INTO inspection_settings (id, overrides, updated_by, updated_at) VALUES (true, $1, $2, now())
     ON CONFLICT (id) DO UPDATE SET overrides = EXCLUDED.overrides, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [JSON.stringify(overrides), by],
  );
}

/* ---- Reports ---- */

export type FindingSeverity = 'veto' | 'warn' | 'info';

export interface FindingRecord {
  rule: string;
  severity: FindingSeverity;
  unitId: string | null;
  unitCode: string | null;
  targetType: string;
  targetId: string;
  message: string;
  details: { [key: string]: Json };
}

export interface ReportRecord {
  id: string;
  runAt: Date;
  trigger: 'schedule' | 'manual';
  requestedBy: string;
  settings: { [key: string]: Json };
  /** Counts over the findings the reader may see. */
  veto: number;
  warn: number;
  info: number;
}

export async function insertReport(
  db: Queryable,
  report: { runAt: Date; trigger: ReportRecord['trigger']; requestedBy: string; settings: { [key: string]: Json }; findings: FindingRecord[] },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO inspection_reports (run_at, trigger, requested_by, settings) VALUES ($1, $2, $3, $4) RETURNING id',
    [report.runAt, report.trigger, report.requestedBy, JSON.stringify(report.settings)],
  );
  const id = rows[0].id;
  if (report.findings.length) {
    // One statement for any number of findings: a bad day with thousands of broken links is still one round trip.
    await db.query(
      `INSERT INTO inspection_findings (report_id, rule, severity, unit_id, target_type, target_id, message, details)
       SELECT $1, f.rule, f.severity, f.unit_id, f.target_type, f.target_id, f.message, f.details
       FROM jsonb_to_recordset($2::jsonb) AS f(rule text, severity text, unit_id uuid, target_type text, target_id text, message text, details jsonb)`,
      [id, JSON.stringify(report.findings.map((f) => ({ rule: f.rule, severity: f.severity, unit_id: f.unitId, target_type: f.targetType, target_id: f.targetId, message: f.message, details: f.details })))],
    );
  }
  return id;
}

const REPORT_SELECT = `SELECT r.id, r.run_at AS "runAt", r.trigger, r.requested_by AS "requestedBy", r.settings,
    count(f.id) FILTER (WHERE f.severity = 'veto')::int AS veto,
    count(f.id) FILTER (WHERE f.severity = 'warn')::int AS warn,
    count(f.id) FILTER (WHERE f.severity = 'info')::int AS info
  FROM inspection_reports r LEFT JOIN inspection_findings f ON f.report_id = r.id AND ($1::uuid IS NULL OR f.unit_id = $1)`;

/** `unitId` scopes the counts to one unit's findings; null counts everything. */
export async function findReport(db: Queryable, id: string, unitId: string | null): Promise<ReportRecord | null> {
  const { rows } = await db.query<ReportRecord>(`${REPORT_SELECT} WHERE r.id = $2 GROUP BY r.id`, [unitId, id]);
  return rows[0] ?? null;
}

/** Newest first, keyset-paginated on (run_at, id). */
export async function listReports(db: Queryable, options: { unitId: string | null; after: { runAt: Date; id: string } | null; limit: number }): Promise<ReportRecord[]> {
  const { rows } = await db.query<ReportRecord>(
    `${REPORT_SELECT} WHERE ($2::timestamptz IS NULL OR (r.run_at, r.id) < ($2, $3::uuid))
     GROUP BY r.id ORDER BY r.run_at DESC, r.id DESC LIMIT $4`,
    [options.unitId, options.after?.runAt ?? null, options.after?.id ?? null, options.limit],
  );
  return rows;
}

export async function listFindings(db: Queryable, reportId: string, unitId: string | null): Promise<FindingRecord[]> {
  const { rows } = await db.query<FindingRecord>(
    `SELECT f.rule, f.severity, f.unit_id AS "unitId", n.code AS "unitCode", f.target_type AS "targetType", f.target_id AS "targetId", f.message, f.details
     FROM inspection_findings f LEFT JOIN units n ON n.id = f.unit_id
     WHERE f.report_id = $1 AND ($2::uuid IS NULL OR f.unit_id = $2)
     ORDER BY CASE f.severity WHEN 'veto' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, f.rule, n.code NULLS FIRST, f.id`,
    [reportId, unitId],
  );
  return rows;
}
