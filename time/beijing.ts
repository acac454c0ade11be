/**
 * Beijing time (Asia/Shanghai), the one clock every date the hub shows or counts is read on.
 *
 * China has kept a fixed UTC+8 offset without daylight saving since 1991, so a constant offset gives the
 * same answer as the tz database for every date the hub will meet, keeps the visible date and the
 * machine-readable one in step, and needs no ICU data compiled into the runtime.
 */

/** The zone's name, for SQL `AT TIME ZONE` and `Intl` where a name is wanted rather than arithmetic. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';
/** The offset as ISO 8601 writes it. */
export const BEIJING_OFFSET = '+08:00';
export const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const shifted = (instant: Date): Date => new Date(instant.getTime() + BEIJING_OFFSET_MS);

/** `YYYY-MM-DD`: the Beijing calendar day `instant` falls on. */
export function beijingDate(instant: Date = new Date()): string {
  const d = shifted(instant);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** RFC 3339 with the +08:00 offset, whole seconds: what `<time datetime>`, JSON Feed and messages carry. */
export function beijingDateTime(instant: Date): string {
  const d = shifted(instant);
  return `${beijingDate(instant)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${BEIJING_OFFSET}`;
}

/** The instant a Beijing calendar day (`YYYY-MM-DD`, not validated here) begins. */
export function beijingDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${BEIJING_OFFSET}`);
}

/** Days since the epoch counted in Beijing: the index of the calendar day `instant` falls on. */
export function beijingDayIndex(instant: Date): number {
  return Math.floor((instant.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
}
