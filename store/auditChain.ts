import type { PoolClient } from 'pg';
import { APPEND_LOCK, CHAINER_LOCK } from './audit.js';
import { prepared, type Queryable } from './db.js';

/*
 * The chainer's SQL (audit/chainer.ts decides what to seal and computes the hashes): its session lock, the
 * high-water marks it waits on, and the INSERT of chain rows. INSERT-only: the application's role needs no
 * UPDATE on the audit tables. Named statements: every process runs a round every half second or more often, and
 * unnamed, each was planned every time (the pg_locks look-up's plan cost more than its run).
 */

/** One chainer at a time: a session advisory lock, held by the client across a round. */
export async function tryChainerLock(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(prepared('SELECT pg_try_advisory_lock($1) AS ok', [CHAINER_LOCK]));
  return rows[0].ok;
}

/** The same lock, waited for: a caller that must see everything sealed (a checkpoint) waits out a round in progress. */
export async function waitForChainerLock(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [CHAINER_LOCK]);
}

export async function releaseChainerLock(client: PoolClient): Promise<void> {
  await client.query(prepared('SELECT pg_advisory_unlock($1)', [CHAINER_LOCK]));
}

/** Whether any appended event is not sealed yet. */
export async function hasUnsealed(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ chained: number | null; appended: number | null }>(prepared(
    'SELECT (SELECT max(seq) FROM audit_chain) AS chained, (SELECT max(seq) FROM audit_events) AS appended', [],
  ));
  return (rows[0].appended ?? 0) > (rows[0].chained ?? 0);
}

/** The highest sequence number handed out so far (whether its transaction committed or not). */
export async function sequenceMark(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ last: number; called: boolean }>(prepared('SELECT last_value AS last, is_called AS called FROM audit_events_seq', []));
  return rows[0].called ? rows[0].last : rows[0].last - 1;
}

/** Transactions holding the append lock now (each append takes it, shared, before its number). */
export async function appendersNow(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ virtualtransaction: string }>(prepared(
    `SELECT virtualtransaction FROM pg_locks
     WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = $1`,
    [APPEND_LOCK],
  ));
  return new Set(rows.map((r) => r.virtualtransaction));
}

/** Seals events: one chain row each, in the order given. */
export async function insertChainRows(db: Queryable, rows: { seq: number; prevHash: string; hash: string }[]): Promise<void> {
  await db.query(prepared('INSERT INTO audit_chain (seq, prev_hash, hash) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])', [
    rows.map((r) => r.seq), rows.map((r) => r.prevHash), rows.map((r) => r.hash),
  ]));
}

/** Whether event `seq` (or a later one) is sealed. */
export async function isSealedThrough(db: Queryable, seq: number): Promise<boolean> {
  const { rows } = await db.query<{ sealed: boolean }>(prepared('SELECT EXISTS (SELECT 1 FROM audit_chain WHERE seq >= $1) AS sealed', [seq]));
  return rows[0].sealed;
}
