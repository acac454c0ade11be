import { canonicalJson } from './canonical.js';
import type { StoredEvent as AuditEvent } from './chain.js';

export type ExportFormat = 'csv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

const CSV_COLUMNS = ['seq', 'at', 'actor', 'action', 'target_type', 'target_id', 'revision', 'unit_code', 'details', 'prev_hash', 'hash'];

/**
 * RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. Values are
 * written exactly as stored (no formula escaping): the free text of an event lives in `details`, which
 * always starts with `{`, and the other columns are codes, names and hashes of restricted alphabets.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRecord = (fields: (string | number | null)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A byte-order mark first: Excel otherwise reads UTF-8 Chinese as the local code page. */
const csvHeader = (): string => `\uFEFF${csvRecord(CSV_COLUMNS)}`;

const csvLine = (e: AuditEvent): string =>
  csvRecord([e.seq, e.at.toISOString(), e.actor, e.action, e.targetType, e.targetId, e.revision, e.unitCode, canonicalJson(e.details), e.prevHash, e.hash]);

/** One JSON object a line, with every field the hash covers, so a full export can be re-hashed offline. */
const jsonLine = (e: AuditEvent): string =>
  `${JSON.stringify({
    seq: e.seq, at: e.at.toISOString(), actor: e.actor, action: e.action, targetType: e.targetType, targetId: e.targetId,
    revision: e.revision, unitCode: e.unitCode, details: e.details, prevHash: e.prevHash, hash: e.hash,
  })}\n`;

export const exportFormats: Record<ExportFormat, { header: () => string; line: (event: AuditEvent) => string; contentType: string }> = {
  csv: { header: csvHeader, line: csvLine, contentType: 'text/csv; charset=utf-8; header=present' },
  jsonl: { header: () => '', line: jsonLine, contentType: 'application/x-ndjson; charset=utf-8' },
};
