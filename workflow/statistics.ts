import { BEIJING_OFFSET_MS } from '../time/beijing.js';
import { channelFormalLabel } from '../channels/catalogue.js';
import { findUnitByCode } from '../store/organisation.js';
import {
  channelCounts, disclosureCounts, failureCounts, retractionCount, reviewFigures, type CountRow, type ReviewFigures,
} from '../store/statistics.js';
import { requireActor, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput, forbidden } from './errors.js';

/*
 * Who sees which figures: overseers and admins every unit (optionally one, by code); every other role —
 * editors, reviewers and channel admins compile their own unit's report — only their own unit, and asking
 * for another unit's is FORBIDDEN rather than silently answered with their own.
 */

export interface StatisticsRangeInput {
  year?: number | null;
  /** Calendar days in Asia/Shanghai, YYYY-MM-DD, both inclusive. */
  from?: string | null;
  to?: string | null;
  unitCode?: string | null;
}

export interface DisclosureStatistics {
  from: string;
  to: string;
  unitCode: string | null;
  /** Items proactively disclosed (first published on any channel) in the range. */
  published: number;
  byCategory: CountRow[];
  byChannel: CountRow[];
  byUnit: CountRow[];
  /** Every month of the range, zeros included, so the report's table has no holes. */
  byMonth: CountRow[];
  reviews: ReviewFigures;
  publicationFailures: number;
  failuresByChannel: CountRow[];
  retractions: number;
}

const MAX_RANGE_DAYS = 3660;

function parseDay(value: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== value) throw badInput(`${field} 须为 YYYY-MM-DD 格式的日期`, { field });
  return utc;
}

/** The range as Shanghai calendar days (inclusive) and as the instants [from, to) the store counts in. */
export function statisticsRange(input: StatisticsRangeInput): { fromDay: string; toDay: string; from: Date; to: Date } {
  let fromUtc: number;
  let toUtc: number;
  if (input.year !== null && input.year !== undefined) {
    if (input.from || input.to) throw badInput('year 与 from/to 只能二选一', { field: 'year' });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput('year 须在 2000 到 2100 之间', { field: 'year' });
    fromUtc = Date.UTC(input.year, 0, 1);
    toUtc = Date.UTC(input.year, 11, 31);
  } else {
    if (!input.from || !input.to) throw badInput('须给出 year，或同时给出 from 和 to', { field: input.from ? 'to' : 'from' });
    fromUtc = parseDay(input.from, 'from');
    toUtc = parseDay(input.to, 'to');
  }
  if (toUtc < fromUtc) throw badInput('to 不能早于 from', { field: 'to' });
  if ((toUtc - fromUtc) / 86_400_000 > MAX_RANGE_DAYS) throw badInput('统计区间不能超过十年', { field: 'to' });
  const day = (utc: number) => new Date(utc).toISOString().slice(0, 10);
  return { fromDay: day(fromUtc), toDay: day(toUtc), from: new Date(fromUtc - BEIJING_OFFSET_MS), to: new Date(toUtc + 86_400_000 - BEIJING_OFFSET_MS) };
}

function monthsBetween(fromDay: string, toDay: string): string[] {
  const months: string[] = [];
  let [year, month] = fromDay.split('-').map(Number);
  const last = toDay.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

async function scopeOf(deps: Deps, actor: Actor, unitCode: string | null | undefined): Promise<{ unitId: string | null; unitCode: string | null }> {
  if (!seesAllUnits(actor)) {
    if (unitCode && unitCode !== actor.unitCode) throw forbidden('只能查看本单位的统计');
    return { unitId: actor.unitId, unitCode: actor.unitCode };
  }
  if (!unitCode) return { unitId: null, unitCode: null };
  const unit = await findUnitByCode(deps.pool, unitCode);
  if (!unit) throw badInput(`单位 ${unitCode} 不存在`, { field: 'unitCode' });
  return { unitId: unit.id, unitCode: unit.code };
}

export async function disclosureStatistics(deps: Deps, actor: Actor | null, input: StatisticsRangeInput): Promise<DisclosureStatistics> {
  const who = requireActor(actor);
  const range = statisticsRange(input);
  const scope = await scopeOf(deps, who, input.unitCode);
  const q = { from: range.from, to: range.to, unitId: scope.unitId };
  const [disclosure, channels, reviews, failures, retractions] = await Promise.all([
    disclosureCounts(deps.pool, q), channelCounts(deps.pool, q), reviewFigures(deps.pool, q), failureCounts(deps.pool, q), retractionCount(deps.pool, q),
  ]);
  const labelled = (rows: { channel: string; count: number }[]) => rows.map((r) => ({ key: r.channel, label: channelFormalLabel(r.channel), count: r.count }));
  const monthCounts = new Map(disclosure.byMonth.map((m) => [m.key, m.count]));
  return {
    from: range.fromDay, to: range.toDay, unitCode: scope.unitCode,
    published: disclosure.published, byCategory: disclosure.byCategory, byUnit: disclosure.byUnit,
    byMonth: monthsBetween(range.fromDay, range.toDay).map((key) => ({ key, label: key, count: monthCounts.get(key) ?? 0 })),
    byChannel: labelled(channels),
    reviews,
    publicationFailures: failures.reduce((sum, f) => sum + f.count, 0),
    failuresByChannel: labelled(failures),
    retractions,
  };
}
