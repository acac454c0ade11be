import { badInput } from '../workflow/errors.js';

/**
 * Relay-style paging shared by the schema modules: the same page sizes, the same opaque cursors and the
 * same BAD_USER_INPUT for a cursor a client made up.
 */
export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first 须在 1 到 ${MAX_PAGE} 之间`, { field: 'first' });
  return first;
}

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('无效的分页游标', { field: 'after' });
}

/** The cursor of an audit event: its sequence number (the same shape the core `auditEvents` uses). */
export const isSeqCursor = (v: unknown): v is { s: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { s: unknown }).s) && (v as { s: number }).s > 0;

/** A cursor's timestamp: an ISO string that round-trips, so no invalid or out-of-range date reaches the database. */
export const isIsoInstant = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v) && !Number.isNaN(Date.parse(v));

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function seqConnection<T extends { seq: number }>(page: { items: T[]; hasNextPage: boolean }): Connection<T> {
  const edges = page.items.map((node) => ({ node, cursor: encodeCursor({ s: node.seq }) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
