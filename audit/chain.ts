import { createHash } from 'node:crypto';
import type { Queryable, Tx } from '../store/db.js';
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

/**
 * Appends one event inside the caller's transaction, so the event exists exactly when the change it
 * records does. Locking the chain's head row orders concurrent appends.
 */
export async function appendAudit(tx: Tx, input: AuditEventInput): Promise<AuditEvent> {
  const head = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id FOR UPDATE');
  const { seq: lastSeq, hash: prevHash } = head.rows[0];
  // Millisecond precision: what JavaScript's Date holds is exactly what timestamptz gives back.
  const at = new Date(Math.floor(Date.now()));
  const event: Omit<AuditEvent, 'hash'> = {
    seq: lastSeq + 1,
    at,
    actor: input.actor,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    revision: input.revision ?? null,
    unitCode: input.unitCode ?? null,
    details: normaliseDetails(input.details ?? {}),
    prevHash,
  };
  const hash = hashEvent(event);
  await tx.query(
    `INSERT INTO audit_events (seq, at, actor, action, target_type, target_id, revision, unit_code, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [event.seq, event.at, event.actor, event.action, event.targetType, event.targetId, event.revision, event.unitCode, JSON.stringify(event.details), prevHash, hash],
  );
  await tx.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id', [event.seq, hash]);
  return { ...event, hash };
}

/** Round-trips details through JSON the way jsonb will store them, so the hash is computed on what is kept. */
function normaliseDetails(details: { [key: string]: Json }): { [key: string]: Json } {
  // jsonb cannot hold U+0000: drop it from string values (not from the encoded text, where "\\u0000" may be literal).
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\u0000/g, '') : value))) as { [key: string]: Json };
}

export interface ChainVerification {
  ok: boolean;
  length: number;
  headHash: string;
  /** The first sequence number whose event does not hash, link or follow on as it should. */
  firstBrokenSeq: number | null;
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
  prev_hash: string;
  hash: string;
}

export function rowToEvent(row: EventRow): AuditEvent {
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

/** A point of the chain already known to be good: the hash of event `seq` (0 = before the first event). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

/**
 * Re-computes the chain in pages, in constant memory: the whole chain, or only what follows `from`
 * when an earlier point is already vouched for (a signed checkpoint), so re-checking a long chain
 * costs what was appended since.
 */
export async function verifyChain(db: Queryable, pageSize = 5000, from: ChainPoint = { seq: 0, hash: GENESIS_HASH }): Promise<ChainVerification> {
  let expectedSeq = from.seq + 1;
  let prevHash = from.hash;
  for (;;) {
    const { rows } = await db.query<EventRow>('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT $2', [expectedSeq, pageSize]);
    for (const row of rows) {
      const event = rowToEvent(row);
      const broken = event.seq !== expectedSeq || event.prevHash !== prevHash || hashEvent(event) !== event.hash;
      if (broken) return { ok: false, length: expectedSeq - 1, headHash: prevHash, firstBrokenSeq: expectedSeq };
      prevHash = event.hash;
      expectedSeq++;
    }
    if (rows.length < pageSize) break;
  }
  const length = expectedSeq - 1;
  // The head row must agree with the last event: deleting the tail of the chain is tampering too.
  const head = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id');
  const tip = head.rows[0];
  if (tip && (tip.seq !== length || tip.hash !== prevHash)) {
    return { ok: false, length, headHash: prevHash, firstBrokenSeq: length + 1 };
  }
  return { ok: true, length, headHash: prevHash, firstBrokenSeq: null };
}
