import { rowToEvent, type AuditEvent } from '../audit/chain.js';
import type { Queryable } from './db.js';

export interface AuditFilter {
  targetId?: string | null;
  actor?: string | null;
  action?: string | null;
  unitCode?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Keyset cursor: events with a smaller sequence number (newest first). */
  beforeSeq?: number | null;
  limit: number;
}

export async function searchAuditEvents(db: Queryable, filter: AuditFilter): Promise<AuditEvent[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (column: string, op: string, value: unknown): void => {
    if (value === null || value === undefined || value === '') return;
    values.push(value);
    where.push(`${column} ${op} $${values.length}`);
  };
  add('target_id', '=', filter.targetId);
  add('actor', '=', filter.actor);
  add('action', '=', filter.action);
  add('unit_code', '=', filter.unitCode);
  add('at', '>=', filter.from);
  add('at', '<', filter.to);
  add('seq', '<', filter.beforeSeq);
  values.push(filter.limit);
  const { rows } = await db.query(`SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${values.length}`, values);
  return rows.map(rowToEvent);
}
