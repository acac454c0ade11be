/**
 * Publication dates are shown in China Standard Time. It has had a fixed UTC+8 offset without daylight
 * saving since 1991, so a constant offset gives the same answer as the tz database for every date this
 * hub will publish, and keeps the visible date and the machine-readable one in step without relying on
 * the ICU data compiled into the runtime.
 */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

function shifted(date: Date): Date {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of the calendar day in Asia/Shanghai. */
export function formatShanghaiDate(date: Date): string {
  const d = shifted(date);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** RFC 3339 with the +08:00 offset, whole seconds: what `<time datetime>` and JSON Feed carry. */
export function formatShanghaiDateTime(date: Date): string {
  const d = shifted(date);
  return (
    `${formatShanghaiDate(date)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    '+08:00'
  );
}

/** RFC 822 date as RSS 2.0 wants it; `toUTCString` already produces the `GMT` form of it. */
export function formatRfc822(date: Date): string {
  return date.toUTCString();
}
