import type { Json } from '../audit/canonical.js';
import { prepared, type Queryable, type Tx } from './db.js';

/* ---- The audit trail's rows: events (audit_events) and their chain (audit_chain, sealed by audit/chainer.ts). ---- */

/** Advisory lock keys: appends hold APPEND shared (never blocking each other); the chainer takes CHAINER. */
export const APPEND_LOCK = 7_261_023_002;
export const CHAINER_LOCK = 7_261_023_003;

/** An event with the hashes of its chain row; `prevHash` and `hash` are null while it awaits the chainer. */
export interface StoredEvent {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  revision: number | null;
  unitCode: string | null;
  details: { [key: string]: Json };
  prevHash: string | null;
  hash: string | null;
}

/** A point of the chain already known to be good: the hash of event `seq` (0 = before the first event). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

interface EventRow {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  revision: number | null;
  unit_code: string | null;
  details: { [key: string]: Json };
  prev_hash: string | null;
  hash: string | null;
}

export function rowToEvent(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    revision: row.revision,
    unitCode: row.unit_code,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The events with their chain rows: what every reader of the trail selects. */
export const EVENTS_WITH_CHAIN = `SELECT e.seq, e.at, e.actor, e.action, e.target_type, e.target_id, e.revision, e.unit_code, e.details, c.prev_hash, c.hash
  FROM audit_events e LEFT JOIN audit_chain c ON c.seq = e.seq`;

/** An event as inserted: no sequence number yet, hashes later. */
export type NewEvent = Omit<StoredEvent, 'seq' | 'prevHash' | 'hash'>;

/**
 * The INSERT of one event, its nine parameters numbered from `$first` (see `auditInsertValues`), returning `seq`:
 * on its own or as one part (a CTE) of a statement that also writes what the event records. The shared lock
 * sits in a FROM subquery so that it is taken before nextval() runs for the row.
 */
export function auditInsertSql(first: number, onlyIf?: string): string {
  const $ = (i: number): string => `$${first + i}`;
  // `onlyIf`: a condition the event depends on (the write it records happened); without it nothing is inserted.
  return `INSERT INTO audit_events (seq, at, actor, action, target_type, target_id, revision, unit_code, details)
     SELECT nextval('audit_events_seq'), ${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, ${$(8)} FROM (SELECT pg_advisory_xact_lock_shared(${$(0)})) AS barrier
     ${onlyIf ? `WHERE ${onlyIf}` : ''} RETURNING seq`;
}

export const auditInsertValues = (event: NewEvent): unknown[] =>
  [APPEND_LOCK, event.at, event.actor, event.action, event.targetType, event.targetId, event.revision, event.unitCode, JSON.stringify(event.details)];

/** Inserts an event (hashes come later, from the chainer) and returns its sequence number. */
export async function insertAuditEvent(tx: Tx, event: NewEvent): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(prepared(auditInsertSql(1), auditInsertValues(event)));
  return rows[0].seq;
}

/** Inserts several events in ONE statement, numbered in the order given; returns their sequence numbers. */
export async function insertAuditEvents(tx: Tx, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const column = <K extends keyof NewEvent>(key: K): NewEvent[K][] => events.map((e) => e[key]);
  // unnest WITH ORDINALITY yields the rows in array order, so nextval() numbers them as given.
  const { rows } = await tx.query<{ seq: number }>(prepared(
    `INSERT INTO audit_events (seq, at, actor, action, target_type, target_id, revision, unit_code, details)
     SELECT nextval('audit_events_seq'), e.at, e.actor, e.action, e.target_type, e.target_id, e.revision, e.unit_code, e.details
       FROM (SELECT pg_advisory_xact_lock_shared($1)) AS barrier,
            unnest($2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::jsonb[])
              WITH ORDINALITY AS e(at, actor, action, target_type, target_id, revision, unit_code, details, ord)
     RETURNING seq`,
    [APPEND_LOCK, column('at'), column('actor'), column('action'), column('targetType'), column('targetId'), column('revision'), column('unitCode'), events.map((e) => JSON.stringify(e.details))],
  ));
  return rows.map((r) => r.seq).sort((a, b) => a - b);
}

/** Events after `after` (and up to `upTo`, when given), oldest first, with their chain rows. */
export async function readChainedEvents(db: Queryable, after: number, limit: number, upTo: number | null = null): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(`${EVENTS_WITH_CHAIN} WHERE e.seq > $1 AND ($3::bigint IS NULL OR e.seq <= $3) ORDER BY e.seq LIMIT $2`, [after, limit, upTo]);
  return rows.map(rowToEvent);
}

/** The first chain row after `after` whose event is gone (deleted behind the trigger), if any. */
export async function firstOrphanChainRow(db: Queryable, after: number): Promise<number | null> {
  const { rows } = await db.query<{ seq: number | null }>('SELECT min(c.seq) AS seq FROM audit_chain c LEFT JOIN audit_events e ON e.seq = c.seq WHERE e.seq IS NULL AND c.seq > $1', [after]);
  return rows[0]?.seq ?? null;
}


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
 * The sealed chain's tip (the last chain row), null before the first seal. `lock` keeps the chainer from extending it until the
 * caller's transaction ends; appends go on meanwhile.
 */
export async function auditHead(db: Queryable | Tx, options: { lock?: boolean } = {}): Promise<ChainPoint | null> {
  if (options.lock) await db.query('SELECT pg_advisory_xact_lock($1)', [CHAINER_LOCK]);
  const { rows } = await db.query<ChainPoint>('SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1');
  return rows[0] ?? null;
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
