import { beijingDate, beijingDayIndex, BEIJING_OFFSET_MS } from '../time/beijing.js';
import { badInput } from './errors.js';

/**
 * Working time as Chinese government offices count it: Monday to Friday within office hours, except the
 * public holidays, plus the weekend days worked in exchange (调休). Pure functions over a calendar value,
 * so rules and tests can reason about deadlines without a database or a real clock.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3600_000;
/** A year without one working day is a broken calendar, not a long holiday: stop instead of looping. */
const MAX_SEARCH_DAYS = 366;

export type DayKind = 'holiday' | 'workday';

export interface CalendarException {
  /** YYYY-MM-DD, a calendar day in Asia/Shanghai. */
  date: string;
  kind: DayKind;
}

export interface WorkingCalendar {
  exceptions: ReadonlyMap<string, DayKind>;
  /** Office hours as minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

export const DEFAULT_OFFICE_HOURS = { start: '09:00', end: '17:00' } as const;

/** Parses an office-hours clock time, `HH:MM`, into minutes after midnight. */
export function parseClock(value: string, field = 'time'): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? '');
  if (!match) throw badInput(`${field} 须为 HH:MM 格式的时刻`, { field });
  return Number(match[1]) * 60 + Number(match[2]);
}

export function makeCalendar(exceptions: Iterable<CalendarException>, hours: { start: string; end: string } = DEFAULT_OFFICE_HOURS): WorkingCalendar {
  const startMinute = parseClock(hours.start, 'workdayStart');
  const endMinute = parseClock(hours.end, 'workdayEnd');
  if (endMinute <= startMinute) throw badInput('下班时间须晚于上班时间', { field: 'workdayEnd' });
  const map = new Map<string, DayKind>();
  for (const e of exceptions) map.set(e.date, e.kind);
  return { exceptions: map, startMinute, endMinute };
}

/** Years the calendar can mean: PostgreSQL has no year 0, and nobody schedules for the year 9999. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '')) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days since the epoch, counted in Shanghai: the index of the local calendar day `instant` falls on. */
const dayIndex = beijingDayIndex;
const dateOfIndex = (index: number): string => new Date(index * DAY_MS).toISOString().slice(0, 10);
const indexOfDate = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The local (Asia/Shanghai) calendar day of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date): string {
  return beijingDate(instant);
}

function workingIndex(calendar: WorkingCalendar, index: number): boolean {
  const exception = calendar.exceptions.get(dateOfIndex(index));
  if (exception) return exception === 'workday';
  const weekday = new Date(index * DAY_MS).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** Whether a day (YYYY-MM-DD, or the local day of an instant) is a working day. */
export function isWorkingDay(calendar: WorkingCalendar, day: string | Date): boolean {
  if (typeof day === 'string' && !isIsoDate(day)) throw badInput('日期须为 YYYY-MM-DD', { field: 'date' });
  return workingIndex(calendar, typeof day === 'string' ? indexOfDate(day) : dayIndex(day));
}

/** The office-hours window of a local day, as UTC milliseconds. */
function windowOf(calendar: WorkingCalendar, index: number): [number, number] {
  const midnight = index * DAY_MS - BEIJING_OFFSET_MS;
  return [midnight + calendar.startMinute * 60_000, midnight + calendar.endMinute * 60_000];
}

export function hoursPerWorkingDay(calendar: WorkingCalendar): number {
  return (calendar.endMinute - calendar.startMinute) / 60;
}

/** Office hours elapsed between two instants; 0 when `to` is not after `from`. */
export function workingHoursBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  for (let index = dayIndex(from); index <= dayIndex(to); index++) {
    if (!workingIndex(calendar, index)) continue;
    const [start, end] = windowOf(calendar, index);
    total += Math.max(0, Math.min(to.getTime(), end) - Math.max(from.getTime(), start));
  }
  return total / HOUR_MS;
}

/**
 * The instant `hours` office hours after `from`. Time outside office hours does not count, so from a
 * Saturday or after 17:00 the count starts at the next working morning; 0 hours gives that moment.
 */
export function addWorkingHours(calendar: WorkingCalendar, from: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw badInput('工作时长须为非负数', { field: 'hours' });
  let remaining = hours * HOUR_MS;
  const first = dayIndex(from);
  // `idle` counts consecutive days that offered no office time at all.
  for (let index = first, idle = 0; idle <= MAX_SEARCH_DAYS; index++, idle++) {
    if (!workingIndex(calendar, index)) continue;
    const [start, end] = windowOf(calendar, index);
    const begin = Math.max(from.getTime(), start);
    if (begin >= end) continue;
    if (remaining <= end - begin) return new Date(begin + remaining);
    remaining -= end - begin;
    idle = -1;
  }
  throw new Error(`no working day within ${MAX_SEARCH_DAYS} days of ${localDate(from)}: check the holiday table`);
}

/** `days` full working days after `from`, measured in office hours: approval at 15:00 → 15:00 a working day later. */
export function addWorkingDays(calendar: WorkingCalendar, from: Date, days: number): Date {
  return addWorkingHours(calendar, from, days * hoursPerWorkingDay(calendar));
}
