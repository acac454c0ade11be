import { rowToEvent, type AuditEvent, type ChainPoint } from '../audit/chain.js';
import type { Queryable, Tx } from './db.js';

export interface AuditFilter {
  targetId?: string | null;
  targetType?: string | null;
  actor?: string | null;
  /** Exact action, or a prefix ending in `*` (`content.*`). */
  action?: string | null;
  unitCode?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
  /** Keyset cursor for newest-first pages: events with a smaller sequence number. */
  beforeSeq?: number | null;
  /** Keyset cursor for oldest-first pages: events with a larger sequence number. */
  afterSeq?: number | null;
  /** Upper bound of sequence numbers: an export stays within the chain as it was when it started. */
  maxSeq?: number | null;
  /** Newest first unless asked otherwise. */
  order?: 'asc' | 'desc';
  limit: number;
}

const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchAuditEvents(db: Queryable, filter: AuditFilter): Promise<AuditEvent[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (column: string, op: string, value: unknown): void => {
    if (value === null || value === undefined || value === '') return;
    values.push(value);
    where.push(`${column} ${op} $${values.length}`);
  };
  add('target_id', '=', filter.targetId);
  add('target_type', '=', filter.targetType);
  add('actor', '=', filter.actor);
  if (filter.action?.endsWith('*')) add('action', 'LIKE', likePrefix(filter.action.slice(0, -1)));
  else add('action', '=', filter.action);
  add('unit_code', '=', filter.unitCode);
  add('at', '>=', filter.from);
  add('at', '<', filter.to);
  add('seq', '<', filter.beforeSeq);
  add('seq', '>', filter.afterSeq);
  add('seq', '<=', filter.maxSeq);
  values.push(filter.limit);
  const order = filter.order === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await db.query(`SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq ${order} LIMIT $${values.length}`, values);
  return rows.map(rowToEvent);
}

/** The chain's tip; `lock` holds appends back until the caller's transaction ends. */
export async function auditHead(db: Queryable | Tx, options: { lock?: boolean } = {}): Promise<ChainPoint> {
  const { rows } = await db.query<ChainPoint>(`SELECT seq, hash FROM audit_head WHERE id${options.lock ? ' FOR UPDATE' : ''}`);
  return rows[0];
}

/** The stored hashes of the given events, by sequence number. */
export async function storedHashes(db: Queryable, seqs: number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const { rows } = await db.query<ChainPoint>('SELECT seq, hash FROM audit_events WHERE seq = ANY($1::bigint[])', [seqs]);
  return new Map(rows.map((row) => [row.seq, row.hash]));
}

/** How many times `action` was recorded against one target: a retry counter that needs no column of its own. */
export async function countAuditActions(db: Queryable, action: string, targetId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2', [action, targetId]);
  return rows[0].n;
}
