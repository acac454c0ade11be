import { BEIJING_TIME_ZONE } from '../time/beijing.js';
import type { Queryable } from './db.js';

/*
 * Figures for the annual report (政府信息公开工作年度报告). Each figure is read from where its history is
 * kept, not from a status that later changes overwrite:
 * - disclosure: publications carry `published_at` for good (a later retraction keeps it), so an item
 *   counts in the period of its first publication on any channel, and per channel in the period of its
 *   first publication there;
 * - review outcomes and times, and delivery failures: the audit trail, because a FAILED publication can be
 *   retried into PUBLISHED, and the time an item entered review is recorded nowhere else;
 * - retractions: contents.retracted_at (retraction is final).
 * Months are calendar months in Asia/Shanghai, as the report counts them.
 */

export const REPORT_TIME_ZONE = BEIJING_TIME_ZONE;

export interface StatisticsQuery {
  /** Inclusive start and exclusive end instants. */
  from: Date;
  to: Date;
  /** Restrict to one unit's contents; null for all units. */
  unitId: string | null;
}

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface DisclosureCounts {
  published: number;
  byCategory: CountRow[];
  byUnit: CountRow[];
  /** Only months that have any; the caller fills the gaps. */
  byMonth: CountRow[];
}

export async function disclosureCounts(db: Queryable, q: StatisticsQuery): Promise<DisclosureCounts> {
  const { rows } = await db.query<CountRow & { dimension: 'category' | 'unit' | 'month' | 'total' }>(
    `WITH firsts AS (
       SELECT content_id, min(published_at) AS first_at FROM publications WHERE published_at IS NOT NULL GROUP BY content_id
     )
     SELECT CASE WHEN grouping(c.category_code) = 0 THEN 'category' WHEN grouping(n.code) = 0 THEN 'unit'
                 WHEN grouping(m.month) = 0 THEN 'month' ELSE 'total' END AS dimension,
       coalesce(c.category_code, n.code, m.month, '') AS key,
       coalesce(CASE WHEN grouping(c.category_code) = 0 THEN min(k.name) WHEN grouping(n.code) = 0 THEN min(n.name) END, '') AS label,
       count(*)::int AS count
     FROM firsts f
     JOIN contents c ON c.id = f.content_id
     JOIN categories k ON k.code = c.category_code
     JOIN units n ON n.id = c.unit_id
     CROSS JOIN LATERAL (SELECT to_char(f.first_at AT TIME ZONE '${REPORT_TIME_ZONE}', 'YYYY-MM') AS month) m
     WHERE f.first_at >= $1 AND f.first_at < $2 AND c.disclosure = 'proactive' AND ($3::uuid IS NULL OR c.unit_id = $3)
     GROUP BY GROUPING SETS ((c.category_code), (n.code), (m.month), ())
     ORDER BY dimension, count DESC, key`,
    [q.from, q.to, q.unitId],
  );
  const of = (dimension: string) => rows.filter((r) => r.dimension === dimension).map(({ key, label, count }) => ({ key, label, count }));
  return { published: rows.find((r) => r.dimension === 'total')?.count ?? 0, byCategory: of('category'), byUnit: of('unit'), byMonth: of('month').sort((a, b) => a.key.localeCompare(b.key)) };
}

/** Items per channel, each counted in the period of its first publication on that channel. */
export async function channelCounts(db: Queryable, q: StatisticsQuery): Promise<{ channel: string; count: number }[]> {
  const { rows } = await db.query<{ channel: string; count: number }>(
    `SELECT f.channel, count(*)::int AS count
     FROM (SELECT content_id, channel, min(published_at) AS first_at FROM publications WHERE published_at IS NOT NULL GROUP BY content_id, channel) f
     JOIN contents c ON c.id = f.content_id
     WHERE f.first_at >= $1 AND f.first_at < $2 AND c.disclosure = 'proactive' AND ($3::uuid IS NULL OR c.unit_id = $3)
     GROUP BY f.channel ORDER BY count DESC, f.channel`,
    [q.from, q.to, q.unitId],
  );
  return rows;
}

export interface ReviewFigures {
  approved: number;
  rejected: number;
  /** Median seconds from entering review to the final decision; null without decisions. */
  medianSeconds: number | null;
}

/**
 * Final decisions made in the period (a first approval of 一审一核 is not one). An item's review time runs
 * from the first time it entered review (submission, or an edit that sent an approved item back) since
 * its previous final decision, to the decision: an edit while in review does not restart the clock.
 */
export async function reviewFigures(db: Queryable, q: StatisticsQuery): Promise<ReviewFigures> {
  const { rows } = await db.query<{ approved: number; rejected: number; median: number | null }>(
    `WITH decided AS (
       SELECT DISTINCT target_id FROM audit_events
       WHERE action IN ('content.approve', 'content.reject') AND at >= $1 AND at < $2 AND target_type = 'content'
     ), events AS (
       SELECT e.seq, e.at, e.target_id, e.action, (e.action <> 'content.submit' AND e.action <> 'content.update') AS decision
       FROM audit_events e JOIN decided d ON d.target_id = e.target_id
       WHERE e.target_type = 'content'
         AND (e.action IN ('content.submit', 'content.approve', 'content.reject') OR (e.action = 'content.update' AND e.details->>'to' = 'IN_REVIEW'))
     ), episodes AS (
       SELECT *, coalesce(count(*) FILTER (WHERE decision) OVER (PARTITION BY target_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS episode
       FROM events
     ), timed AS (
       SELECT *, min(at) FILTER (WHERE NOT decision) OVER (PARTITION BY target_id, episode) AS entered FROM episodes
     )
     SELECT count(*) FILTER (WHERE t.action = 'content.approve')::int AS approved,
       count(*) FILTER (WHERE t.action = 'content.reject')::int AS rejected,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.at - t.entered)) FILTER (WHERE t.entered IS NOT NULL) AS median
     FROM timed t JOIN contents c ON c.id::text = t.target_id
     WHERE t.decision AND t.at >= $1 AND t.at < $2 AND ($3::uuid IS NULL OR c.unit_id = $3)`,
    [q.from, q.to, q.unitId],
  );
  const row = rows[0];
  return { approved: row.approved, rejected: row.rejected, medianSeconds: row.median === null ? null : Number(row.median) };
}

/** Deliveries given up in the period, per channel (a later manual retry does not undo the failure). */
export async function failureCounts(db: Queryable, q: StatisticsQuery): Promise<{ channel: string; count: number }[]> {
  const { rows } = await db.query<{ channel: string; count: number }>(
    `SELECT coalesce(e.details->>'channel', '') AS channel, count(*)::int AS count
     FROM audit_events e JOIN contents c ON c.id::text = e.details->>'contentId'
     WHERE e.action = 'publication.failed' AND e.at >= $1 AND e.at < $2 AND ($3::uuid IS NULL OR c.unit_id = $3)
     GROUP BY 1 ORDER BY count DESC, channel`,
    [q.from, q.to, q.unitId],
  );
  return rows;
}

export async function retractionCount(db: Queryable, q: StatisticsQuery): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM contents c WHERE c.retracted_at >= $1 AND c.retracted_at < $2 AND ($3::uuid IS NULL OR c.unit_id = $3)`,
    [q.from, q.to, q.unitId],
  );
  return rows[0].n;
}
