import { createHash } from 'node:crypto';
import { firstOrphanChainRow, insertAuditEvent, insertAuditEvents, readChainedEvents, type ChainPoint, type NewEvent, type StoredEvent } from '../store/audit.js';
import type { Pool, Queryable, Tx } from '../store/db.js';
import { chainPending } from './chainer.js';
import { canonicalJson, type Json } from './canonical.js';

/*
 * The chain itself: what an event hashes to and how the chain is checked. Reading and writing the rows is
 * store/audit.ts's job; the types of stored rows are re-exported here for the trail's readers.
 */
export { rowToEvent, type ChainPoint, type StoredEvent } from '../store/audit.js';

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

/** An event as the chain sees it: sealed, with both hashes. */
export type AuditEvent = Omit<StoredEvent, 'prevHash' | 'hash'> & { prevHash: string; hash: string };

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


/** An event as appended: its hashes are computed later, off the writers' path, by the chainer. */
export type AppendedEvent = Omit<AuditEvent, 'prevHash' | 'hash'> & { prevHash: null; hash: null };

/**
 * Appends one event inside the caller's transaction, so the event exists exactly when the change it
 * records does. It only takes a sequence number: no row is locked, so concurrent writers do not queue on
 * each other through COMMIT. The shared advisory lock, taken before the number, lets the chainer wait
 * until every number handed out so far is committed or rolled back before it seals up to it.
 */
export async function appendAudit(tx: Tx, input: AuditEventInput): Promise<AppendedEvent> {
  const event = auditEvent(input);
  return { seq: await insertAuditEvent(tx, event), ...event, prevHash: null, hash: null };
}

/** Appends several events in one statement (`appendAudit` for each, in the order given). */
export async function appendAuditEvents(tx: Tx, inputs: readonly AuditEventInput[]): Promise<void> {
  await insertAuditEvents(tx, inputs.map(auditEvent));
}

/**
 * An event as it will be stored, for a statement that inserts it together with the change it records (the
 * store's `…WithEvent` writes); the same rules as `appendAudit`.
 */
export function auditEvent(input: AuditEventInput): NewEvent {
  // Millisecond precision: what JavaScript's Date holds is exactly what timestamptz gives back.
  return {
    at: new Date(Math.floor(Date.now())),
    actor: input.actor,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    revision: input.revision ?? null,
    unitCode: input.unitCode ?? null,
    details: normaliseDetails(input.details ?? {}),
  };
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
    const rows = await readChainedEvents(db, after, pageSize);
    for (const event of rows) {
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
  const orphan = await firstOrphanChainRow(db, from.seq);
  if (orphan) return broken(orphan);
  return { ok: true, length: last, headHash: prevHash, firstBrokenSeq: null, pending };
}
