import { appendAudit } from '../audit/chain.js';
import { deleteCalendarDay, findCalendarDay, listCalendarDays, upsertCalendarDay, type CalendarDayRecord } from '../store/calendar.js';
import { withTransaction, type Queryable } from '../store/db.js';
import { requireActor, requireRole, type Actor } from './actor.js';
import { isIsoDate, isWorkingDay, makeCalendar, type DayKind, type WorkingCalendar } from './calendar.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';

/**
 * The holiday table is edited by admins each year when the State Council publishes the next year's
 * arrangement (usually in November); deadlines computed by the inspection follow at once.
 */
export async function loadCalendar(db: Queryable, hours?: { start: string; end: string }): Promise<WorkingCalendar> {
  return makeCalendar(await listCalendarDays(db), hours);
}

function requireDate(value: string, field: string): string {
  if (!isIsoDate(value)) throw badInput(`${field} 须为 YYYY-MM-DD 格式的日期`, { field });
  return value;
}

export async function getCalendarDays(deps: Deps, actor: Actor | null, from: string, to: string): Promise<CalendarDayRecord[]> {
  requireActor(actor);
  if (requireDate(from, 'from') > requireDate(to, 'to')) throw badInput('起始日期不能晚于结束日期', { field: 'from' });
  return listCalendarDays(deps.pool, { from, to });
}

export async function checkWorkingDay(deps: Deps, actor: Actor | null, date: string): Promise<boolean> {
  requireActor(actor);
  return isWorkingDay(await loadCalendar(deps.pool), requireDate(date, 'date'));
}

export async function setCalendarDay(deps: Deps, actor: Actor | null, input: { date: string; kind: string; name: string }): Promise<CalendarDayRecord> {
  const who = requireRole(actor, 'admin');
  const date = requireDate(input.date, 'date');
  const kind = input.kind as DayKind;
  if (kind !== 'holiday' && kind !== 'workday') throw badInput('类型须为 holiday 或 workday', { field: 'kind' });
  const name = input.name?.trim();
  if (!name || [...name].length > 100) throw badInput('名称须为 1–100 字', { field: 'name' });
  return withTransaction(deps.pool, async (tx) => {
    const before = await findCalendarDay(tx, date);
    const saved = await upsertCalendarDay(tx, { date, kind, name, updatedBy: who.username });
    await appendAudit(tx, {
      actor: who.username, action: 'calendar.set', targetType: 'calendar_day', targetId: date,
      details: { kind, name, before: before ? { kind: before.kind, name: before.name } : null },
    });
    return saved;
  });
}

/** Removing an exception returns the day to the weekday rule. */
export async function removeCalendarDay(deps: Deps, actor: Actor | null, date: string): Promise<boolean> {
  const who = requireRole(actor, 'admin');
  requireDate(date, 'date');
  return withTransaction(deps.pool, async (tx) => {
    const before = await findCalendarDay(tx, date);
    if (!before) return false;
    await deleteCalendarDay(tx, date);
    await appendAudit(tx, { actor: who.username, action: 'calendar.remove', targetType: 'calendar_day', targetId: date, details: { kind: before.kind, name: before.name } });
    return true;
  });
}
