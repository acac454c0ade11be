import { createHash } from 'node:crypto';
import type { Pool, Queryable, Tx } from '../store/db.js';
import { chainPending } from './chainer.js';
import { canonicalJson, type Json } from './canonical.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  /** Username, or `system:<job>` for work no person started. */
  actor: string;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  revision?: number | null;
  unitCode?: string | null;
  details?: { [key: string]: Json };
}

export interface AuditEvent {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  revision: number | null;
  unitCode: string | null;
  details: { [key: string]: Json };
  prevHash: string;
  hash: string;
}

export function hashEvent(event: Omit<AuditEvent, 'hash'>): string {
  const body = canonicalJson({
    seq: event.seq,
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    revision: event.revision,
    unitCode: event.unitCode,
    details: event.details,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body).digest('hex');
}

/** Advisory lock keys: appends hold APPEND shared (never blocking each other); the chainer takes CHAINER. */
export const APPEND_LOCK = 7_261_023_002;
export const CHAINER_LOCK = 7_261_023_003;

/** An event as appended: its hashes are computed later, off the writers' path, by the chainer. */
export type AppendedEvent = Omit<AuditEvent, 'prevHash' | 'hash'> & { prevHash: null; hash: null };

/**
 * Appends one event inside the caller's transaction, so the event exists exactly when the change it
 * records does. It only takes a sequence number: no row is locked, so concurrent writers do not queue on
 * each other through COMMIT. The shared advisory lock, taken before the number, lets the chainer wait
 * until every number handed out so far is committed or rolled back before it seals up to it.
 */
export async function appendAudit(tx: Tx, input: AuditEventInput): Promise<AppendedEvent> {
  // Millisecond precision: what JavaScript's Date holds is exactly what timestamptz gives back.
  const at = new Date(Math.floor(Date.now()));
  const event = {
    at,
    actor: input.actor,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    revision: input.revision ?? null,
    unitCode: input.unitCode ?? null,
    details: normaliseDetails(input.details ?? {}),
  };
  // The lock sits in a FROM subquery so that it is taken before nextval() runs for the row.
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO audit_events (seq, at, actor, action, target_type, target_id, revision, unit_code, details)
     SELECT nextval('audit_events_seq'), $2, $3, $4, $5, $6, $7, $8, $9 FROM (SELECT pg_advisory_xact_lock_shared($1)) AS barrier
     RETURNING seq`,
    [APPEND_LOCK, event.at, event.actor, event.action, event.targetType, event.targetId, event.revision, event.unitCode, JSON.stringify(event.details)],
  );
  return { seq: rows[0].seq, ...event, prevHash: null, hash: null };
}

/** Round-trips details through JSON the way jsonb will store them, so the hash is computed on what is kept. */
function normaliseDetails(details: { [key: string]: Json }): { [key: string]: Json } {
  // jsonb cannot hold U+0000: drop it from string values (not from the encoded text, where "\\u0000" may be literal).
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\u0000/g, '') : value))) as { [key: string]: Json };
}

export interface ChainVerification {
  ok: boolean;
  /** Sequence number of the last sealed event (the count of events, unless rolled-back appends left gaps). */
  length: number;
  headHash: string;
  /** The first sequence number whose event does not hash, link or follow on as it should. */
  firstBrokenSeq: number | null;
  /** Events appended but not sealed yet (the chainer runs behind the writers); none are skipped silently. */
  pending?: number;
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

/** An event with the hashes of its chain row; `prevHash` and `hash` are null while it awaits the chainer. */
export type StoredEvent = Omit<AuditEvent, 'prevHash' | 'hash'> & { prevHash: string | null; hash: string | null };

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

/** A point of the chain already known to be good: the hash of event `seq` (0 = before the first event). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

const isPool = (db: Queryable): db is Pool => 'totalCount' in db;

/**
 * Re-computes the chain in pages, in constant memory: the whole chain, or only what follows `from`
 * when an earlier point is already vouched for (a signed checkpoint), so re-checking a long chain
 * costs what was appended since. Given a pool, it first seals what is pending; given a transaction
 * (a snapshot), the caller does. Unsealed events may only form the tail: a sealed event after an
 * unsealed one means a chain row was removed.
 */
export async function verifyChain(db: Queryable, pageSize = 5000, from: ChainPoint = { seq: 0, hash: GENESIS_HASH }): Promise<ChainVerification> {
  if (isPool(db)) await chainPending(db);
  let last = from.seq;
  let prevHash = from.hash;
  let pending = 0;
  let firstPending = 0;
  const broken = (seq: number): ChainVerification => ({ ok: false, length: last, headHash: prevHash, firstBrokenSeq: seq, pending: 0 });
  for (let after = from.seq; ;) {
    const { rows } = await db.query<EventRow>(`${EVENTS_WITH_CHAIN} WHERE e.seq > $1 ORDER BY e.seq LIMIT $2`, [after, pageSize]);
    for (const row of rows) {
      const event = rowToEvent(row);
      if (event.hash === null || event.prevHash === null) {
        if (pending++ === 0) firstPending = event.seq;
        continue;
      }
      if (pending > 0) return broken(firstPending);
      if (event.prevHash !== prevHash || hashEvent({ ...event, prevHash }) !== event.hash) return broken(event.seq);
      prevHash = event.hash;
      last = event.seq;
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1].seq;
  }
  // A chain row without its event (the event deleted behind the trigger, the chain row kept).
  const orphan = await db.query<{ seq: number }>('SELECT min(c.seq) AS seq FROM audit_chain c LEFT JOIN audit_events e ON e.seq = c.seq WHERE e.seq IS NULL AND c.seq > $1', [from.seq]);
  if (orphan.rows[0]?.seq) return broken(orphan.rows[0].seq);
  return { ok: true, length: last, headHash: prevHash, firstBrokenSeq: null, pending };
}
