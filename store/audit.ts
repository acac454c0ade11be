import { CHAINER_LOCK, EVENTS_WITH_CHAIN, GENESIS_HASH, rowToEvent, type ChainPoint, type StoredEvent } from '../audit/chain.js';
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

export async function searchAuditEvents(db: Queryable, filter: AuditFilter): Promise<StoredEvent[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (column: string, op: string, value: unknown): void => {
    if (value === null || value === undefined || value === '') return;
    values.push(value);
    where.push(`${column} ${op} $${values.length}`);
  };
  add('e.target_id', '=', filter.targetId);
  add('e.target_type', '=', filter.targetType);
  add('e.actor', '=', filter.actor);
  if (filter.action?.endsWith('*')) add('e.action', 'LIKE', likePrefix(filter.action.slice(0, -1)));
  else add('e.action', '=', filter.action);
  add('e.unit_code', '=', filter.unitCode);
  add('e.at', '>=', filter.from);
  add('e.at', '<', filter.to);
  add('e.seq', '<', filter.beforeSeq);
  add('e.seq', '>', filter.afterSeq);
  add('e.seq', '<=', filter.maxSeq);
  values.push(filter.limit);
  const order = filter.order === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await db.query(`${EVENTS_WITH_CHAIN} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.seq ${order} LIMIT $${values.length}`, values);
  return rows.map(rowToEvent);
}

/**
 * The sealed chain's tip (the last chain row). `lock` keeps the chainer from extending it until the
 * caller's transaction ends; appends go on meanwhile.
 */
export async function auditHead(db: Queryable | Tx, options: { lock?: boolean } = {}): Promise<ChainPoint> {
  if (options.lock) await db.query('SELECT pg_advisory_xact_lock($1)', [CHAINER_LOCK]);
  const { rows } = await db.query<ChainPoint>('SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1');
  return rows[0] ?? { seq: 0, hash: GENESIS_HASH };
}

/** Whether every event after `seq` is one with this action (or there is none). */
export async function onlyActionsAfter(db: Queryable, seq: number, action: string): Promise<boolean> {
  const { rows } = await db.query<{ others: number }>('SELECT count(*)::int AS others FROM audit_events WHERE seq > $1 AND action <> $2', [seq, action]);
  return rows[0].others === 0;
}

/** The stored hashes of the given events, by sequence number. */
export async function storedHashes(db: Queryable, seqs: number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const { rows } = await db.query<ChainPoint>('SELECT seq, hash FROM audit_chain WHERE seq = ANY($1::bigint[])', [seqs]);
  return new Map(rows.map((row) => [row.seq, row.hash]));
}

/** How many times `action` was recorded against one target: a retry counter that needs no column of its own. */
export async function countAuditActions(db: Queryable, action: string, targetId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2', [action, targetId]);
  return rows[0].n;
}
