import { listCategoryActivity, type CategoryActivity } from '../../../store/inspection.js';
import { beijingDate } from '../../../time/beijing.js';
import type { Finding, Rule } from '../rule.js';

/**
 * Columns are judged with their sub-columns: a parent such as 法定主动公开内容 holds its items in its
 * children and is neither empty nor stale while they are not.
 */
export const categories: Rule = async ({ db, now, settings }) => {
  const rows = await listCategoryActivity(db, now);
  const children = new Map<string, CategoryActivity[]>();
  for (const row of rows) if (row.parentCode) children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row]);
  const subtree = (row: CategoryActivity, seen = new Set<string>()): { published: number; last: Date | null } => {
    seen.add(row.code);
    let published = row.published;
    let last = row.lastPublishedAt;
    for (const child of children.get(row.code) ?? []) {
      if (seen.has(child.code) || !child.active) continue;
      const sub = subtree(child, seen);
      published += sub.published;
      if (sub.last && (!last || sub.last > last)) last = sub.last;
    }
    return { published, last };
  };
  const staleBefore = new Date(now);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - settings.staleCategoryMonths);
  const findings: Finding[] = [];
  const empty: string[] = [];
  for (const row of rows.filter((r) => r.active)) {
    const base = { unitId: null, unitCode: null, targetType: 'category', targetId: row.code };
    const { published, last } = subtree(row);
    if (published === 0) {
      empty.push(row.code);
      findings.push({ ...base, rule: 'category_empty', severity: 'warn', message: `栏目「${row.name}」没有已发布的信息（空白栏目）`, details: { kind: row.kind } });
    } else if (settings.staleCategoryKinds.includes(row.kind) && last && last < staleBefore) {
      findings.push({
        ...base, rule: 'category_stale', severity: 'veto',
        message: `栏目「${row.name}」超过 ${settings.staleCategoryMonths} 个月未更新，最近发布于 ${beijingDate(last)}`,
        details: { kind: row.kind, lastPublishedAt: last.toISOString() },
      });
    }
  }
  if (empty.length > settings.emptyCategoryLimit) {
    findings.push({
      rule: 'category_empty_count', severity: 'veto', unitId: null, unitCode: null, targetType: 'portal', targetId: 'categories',
      message: `门户共有 ${empty.length} 个空白栏目，超过 ${settings.emptyCategoryLimit} 个`, details: { count: empty.length, codes: empty },
    });
  }
  return findings;
};
