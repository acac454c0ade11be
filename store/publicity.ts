import { BEIJING_TIME_ZONE } from '../time/beijing.js';
import type { Queryable } from './db.js';

/** A published item with a 公示期 and when it ends. */
export interface PublicityItem {
  contentId: string;
  /** The title as published (the approved revision's). */
  title: string;
  unitId: string;
  unitCode: string;
  deadline: Date;
}

/*
 * The end of an item's period: the end of its own 公示截止日期 (midnight after that Beijing day), else its
 * first publication plus its category's default days. NULL when neither is set.
 */
const DEADLINE = `coalesce(
  ((i.publicity_until + 1)::timestamp AT TIME ZONE '${BEIJING_TIME_ZONE}'),
  c.published_at + make_interval(days => k.publicity_days))`;

const LIVE = `FROM contents c JOIN content_info i ON i.content_id = c.id JOIN categories k ON k.code = c.category_code JOIN units n ON n.id = c.unit_id
  JOIN content_revisions r ON r.content_id = c.id AND r.revision = coalesce(c.approved_revision, c.revision)
  WHERE c.status IN ('PUBLISHED', 'PARTIALLY_PUBLISHED') AND c.published_at IS NOT NULL`;

/** Items still up whose period ends before `until` (past ones included), soonest first. */
export async function listPublicityEnding(db: Queryable, until: Date): Promise<PublicityItem[]> {
  const { rows } = await db.query<PublicityItem>(
    `SELECT * FROM (SELECT c.id AS "contentId", r.title, c.unit_id AS "unitId", n.code AS "unitCode", ${DEADLINE} AS deadline ${LIVE}) d
     WHERE deadline IS NOT NULL AND deadline <= $1 ORDER BY deadline, "contentId"`,
    [until],
  );
  return rows;
}

export async function publicityDeadline(db: Queryable, contentId: string): Promise<Date | null> {
  const { rows } = await db.query<{ deadline: Date | null }>(
    `SELECT ${DEADLINE} AS deadline FROM contents c JOIN content_info i ON i.content_id = c.id JOIN categories k ON k.code = c.category_code WHERE c.id = $1`,
    [contentId],
  );
  return rows[0]?.deadline ?? null;
}

export async function setCategoryPublicityDays(db: Queryable, code: string, days: number | null): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE categories SET publicity_days = $2 WHERE code = $1', [code, days]);
  return (rowCount ?? 0) > 0;
}

export async function categoryPublicityDays(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ days: number | null }>('SELECT publicity_days AS days FROM categories WHERE code = $1', [code]);
  return rows[0]?.days ?? null;
}
