import { badInput } from '../workflow/errors.js';

/*
 * Offset cursors, for lists whose order is a ranking rather than a key (search results): there is no
 * stable key to continue after, only a position. Opaque to clients, like every cursor in the API.
 */

const MAX_PAGE = 100;

export function pageSizeOf(first: number | null | undefined, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first 须在 1 到 ${MAX_PAGE} 之间`, { field: 'first' });
  return first;
}

export const offsetCursor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (value as { o?: unknown } | null)?.o;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= 1_000_000) return offset;
  } catch {
    // fall through to the error below
  }
  throw badInput('无效的分页游标', { field: 'after' });
}
