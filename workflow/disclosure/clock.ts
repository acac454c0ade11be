/**
 * The reply deadline of an application for disclosure, as the 政府信息公开条例 (2019) sets it:
 * - 第三十三条: answer within 20 working days of receipt; with the head of the body's approval, once more by
 *   up to 20 working days, told to the applicant;
 * - 第三十条: when the application is unclear and a correction (补正) is asked for, the period runs from the day
 *   the corrected application is received — the clock starts again;
 * - 第三十二条: the time spent consulting third parties or other bodies (征求意见) is not counted.
 * Dates are Asia/Shanghai calendar days (YYYY-MM-DD); the day of receipt itself is not counted, so an
 * application received on a Friday has its first working day on Monday. Holidays and 调休 come from the hub's
 * working-day calendar.
 */
import { isWorkingDay, localDate, type WorkingCalendar } from '../calendar.js';

export const REPLY_WORKING_DAYS = 20;
export const MAX_EXTENSION_DAYS = 20;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The `n`th working day after `date` (n ≥ 1); `date` itself never counts. */
export function nthWorkingDayAfter(calendar: WorkingCalendar, date: string, n: number): string {
  let day = date;
  for (let counted = 0, guard = 0; counted < n; guard++) {
    if (guard > 366 * 3) throw new Error(`no ${n} working days within three years of ${date}: check the holiday table`);
    day = shift(day, 1);
    if (isWorkingDay(calendar, day)) counted++;
  }
  return day;
}

/** Working days in (from, to]: how many days of the clock a pause from `from` to `to` held back. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let day = shift(from, 1); day <= to; day = shift(day, 1)) if (isWorkingDay(calendar, day)) n++;
  return n;
}

export interface ClockState {
  clockStart: string;
  extensionDays: number;
  pausedDays: number;
  /** Set while the clock is stopped (征求第三方意见); the deadline is then unknown. */
  pausedSince: string | null;
}

/** The last day to reply, or null while the clock is paused. */
export function replyDueOn(calendar: WorkingCalendar, clock: ClockState): string | null {
  if (clock.pausedSince) return null;
  return nthWorkingDayAfter(calendar, clock.clockStart, REPLY_WORKING_DAYS + clock.extensionDays + clock.pausedDays);
}

/** Working days left until the deadline as of `now` (0 on the last day, negative once overdue). */
export function workingDaysLeft(calendar: WorkingCalendar, dueOn: string, now: Date): number {
  const today = localDate(now);
  return today <= dueOn ? workingDaysBetween(calendar, today, dueOn) : -workingDaysBetween(calendar, dueOn, today);
}
