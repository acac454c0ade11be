import type { Json } from '../audit/canonical.js';
import { appendAudit, verifyChain, type ChainVerification, type StoredEvent } from '../audit/chain.js';
import { chainPending, sealThrough } from '../audit/chainer.js';
import { exportFormats, type ExportFormat } from '../audit/export.js';
import { searchAuditEvents, type AuditFilter } from '../store/audit.js';
import { withSnapshot, withTransaction } from '../store/db.js';
import { beijingDate, beijingDayStart } from '../time/beijing.js';
import { requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';

/** Overseers and admins read the whole trail; nobody else reads it. */
export async function listAuditEvents(deps: Deps, actor: Actor | null, filter: AuditFilter): Promise<{ items: StoredEvent[]; hasNextPage: boolean }> {
  requireRole(actor, 'overseer');
  const rows = await searchAuditEvents(deps.pool, { ...filter, limit: filter.limit + 1 });
  return { items: rows.slice(0, filter.limit), hasNextPage: rows.length > filter.limit };
}

export async function verifyAudit(deps: Deps, actor: Actor | null): Promise<ChainVerification> {
  requireRole(actor, 'overseer');
  await chainPending(deps.pool);
  return withSnapshot(deps.pool, (tx) => verifyChain(tx));
}

/** What an overseer may search the trail by; the same for GraphQL, the export endpoints and the CLI. */
export interface AuditSearch {
  actor?: string | null;
  /** Exact action, or a prefix ending in `*` (`content.*`). */
  action?: string | null;
  unitCode?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

const TEXT_FIELDS = ['actor', 'action', 'unitCode', 'targetType', 'targetId'] as const;

/** Checks a search at the edge: short printable strings, real times, `from` before `to`. */
export function validateAuditSearch(search: AuditSearch): AuditSearch {
  const clean: AuditSearch = {};
  for (const field of TEXT_FIELDS) {
    const value = search[field]?.trim();
    if (!value) continue;
    if (value.length > 200 || /[\u0000-\u001f]/.test(value)) throw badInput(`${field} 须为不超过 200 个字符的文本`, { field });
    if (field === 'action' && value.indexOf('*') !== -1 && value.indexOf('*') !== value.length - 1) throw badInput('action 只能以 * 结尾表示前缀（如 content.*）', { field });
    clean[field] = value;
  }
  for (const field of ['from', 'to'] as const) {
    const value = search[field];
    if (value === null || value === undefined) continue;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badInput(`${field} 不是有效时间`, { field });
    clean[field] = value;
  }
  if (clean.from && clean.to && clean.from >= clean.to) throw badInput('from 须早于 to', { field: 'from' });
  return clean;
}

/**
 * A time given as text (query string, command line): ISO 8601 with an explicit offset, or a bare
 * `YYYY-MM-DD` meaning that calendar day in Beijing time, the day the overseer has in mind. A bare date
 * as the end of a range includes the whole day.
 */
export function parseInstant(text: string, field: 'from' | 'to'): Date {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = beijingDayStart(value);
    // Date rolls 2026-02-30 over into March; a day that does not exist is an error, not another day.
    const sameDay = !Number.isNaN(start.getTime()) && beijingDate(start) === value;
    if (sameDay) {
      return field === 'to' ? new Date(start.getTime() + 24 * 60 * 60 * 1000) : start;
    }
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw badInput(`${field} 须为带时区的 ISO 8601 时间（如 2026-01-31T09:00:00+08:00）或日期（如 2026-01-31，北京时间）`, { field });
}

/** The search named by text parameters (`unit`, `target`, `targetType`, `from`, `to` …). */
export function auditSearchFromText(params: { actor?: string; action?: string; unit?: string; target?: string; targetType?: string; from?: string; to?: string }): AuditSearch {
  return validateAuditSearch({
    actor: params.actor, action: params.action, unitCode: params.unit, targetType: params.targetType, targetId: params.target,
    from: params.from ? parseInstant(params.from, 'from') : null,
    to: params.to ? parseInstant(params.to, 'to') : null,
  });
}

const EXPORT_PAGE = 1000;

/**
 * The matching events, oldest first, as text chunks of the chosen format. Authorises and validates
 * before returning, so the HTTP layer can still answer with an error status; the rows are then read a
 * page at a time by sequence number (constant memory however long the trail), up to the chain's
 * length when the export began. The export itself is audited: taking the trail away is worth a record.
 */
export async function exportAuditEvents(deps: Pick<Deps, 'pool'>, actor: Actor | null, search: AuditSearch, format: ExportFormat): Promise<AsyncGenerator<string>> {
  const who = requireRole(actor, 'overseer');
  const filter = validateAuditSearch(search);
  const described: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(filter)) if (value) described[key] = value instanceof Date ? value.toISOString() : value;
  const recorded = await withTransaction(deps.pool, (tx) =>
    appendAudit(tx, { actor: who.username, action: 'audit.export', unitCode: who.unitCode, details: { format, filter: described } }),
  );
  // Hand out sealed events: the chainer normally runs a fraction of a second behind.
  await sealThrough(deps.pool, recorded.seq);
  const { header, line } = exportFormats[format];
  return (async function* chunks() {
    yield header();
    let afterSeq = 0;
    for (;;) {
      const page = await searchAuditEvents(deps.pool, { ...filter, afterSeq, maxSeq: recorded.seq, order: 'asc', limit: EXPORT_PAGE });
      if (page.length > 0) yield page.map(line).join('');
      if (page.length < EXPORT_PAGE) return;
      afterSeq = page[page.length - 1].seq;
    }
  })();
}
