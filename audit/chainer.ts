/**
 * The chainer: seals appended audit events in sequence order by INSERTing their hashes into audit_chain.
 * One runs at a time (a session advisory lock); every process may run the loop, the others skip a round.
 * INSERT-only by design: the application's role needs no UPDATE on the audit tables.
 */
import type { Pool, PoolClient } from 'pg';
import { APPEND_LOCK, CHAINER_LOCK, EVENTS_WITH_CHAIN, rowToEvent } from '../store/audit.js';
import { GENESIS_HASH, hashEvent } from './chain.js';

const BATCH = 2000;
/** How long one round waits for the appends in flight before it gives up (and seals nothing). */
const WAIT_FOR_APPENDS_MS = 300;

/**
 * Seals every event whose sequence number can no longer be preceded by another: it reads the sequence's
 * high-water mark, waits until the transactions appending at that moment have ended, and chains the events
 * up to the mark. Returns how many it sealed; 0 when another chainer holds the lock.
 */
export async function chainPending(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    const { rows: got } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [CHAINER_LOCK]);
    if (!got[0].ok) return 0;
    try {
      return await sealUpTo(client, await horizon(client));
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [CHAINER_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Transactions holding the append lock now (each append takes it, shared, before its number). */
const APPENDERS = `SELECT virtualtransaction FROM pg_locks
  WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = $1`;

/**
 * The highest sequence number below which every append is final, or null when there is nothing to seal or
 * the appends in flight did not end in time. It never blocks writers: any number handed out by the time
 * the mark is read belongs to a transaction that holds the append lock until it ends, so once those
 * transactions are gone, every number up to the mark is committed or rolled back for good.
 */
async function horizon(client: PoolClient): Promise<number | null> {
  const { rows: tip } = await client.query<{ chained: number | null; appended: number | null }>(
    'SELECT (SELECT max(seq) FROM audit_chain) AS chained, (SELECT max(seq) FROM audit_events) AS appended',
  );
  if ((tip[0].appended ?? 0) <= (tip[0].chained ?? 0)) return null;
  const { rows: mark } = await client.query<{ last: number; called: boolean }>('SELECT last_value AS last, is_called AS called FROM audit_events_seq');
  const before = new Set((await client.query<{ virtualtransaction: string }>(APPENDERS, [APPEND_LOCK])).rows.map((r) => r.virtualtransaction));
  const deadline = Date.now() + WAIT_FOR_APPENDS_MS;
  while (before.size > 0) {
    const now = new Set((await client.query<{ virtualtransaction: string }>(APPENDERS, [APPEND_LOCK])).rows.map((r) => r.virtualtransaction));
    for (const vxid of before) if (!now.has(vxid)) before.delete(vxid);
    if (before.size === 0) break;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return mark[0].called ? mark[0].last : mark[0].last - 1;
}

async function sealUpTo(client: PoolClient, limit: number | null): Promise<number> {
  if (limit === null) return 0;
  const { rows: head } = await client.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1');
  let after = head[0]?.seq ?? 0;
  let prevHash = head[0]?.hash ?? GENESIS_HASH;
  let sealed = 0;
  for (;;) {
    const { rows } = await client.query(`${EVENTS_WITH_CHAIN} WHERE e.seq > $1 AND e.seq <= $2 ORDER BY e.seq LIMIT $3`, [after, limit, BATCH]);
    if (rows.length === 0) return sealed;
    const seqs: number[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      const event = rowToEvent(row);
      const hash = hashEvent({ ...event, prevHash });
      seqs.push(event.seq);
      prevs.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await client.query('INSERT INTO audit_chain (seq, prev_hash, hash) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])', [seqs, prevs, hashes]);
    sealed += rows.length;
    after = seqs[seqs.length - 1];
  }
}

/** Runs `chainPending` every `intervalMs` until stopped; a failed round is retried at the next tick. */
export function startChainer(pool: Pool, intervalMs = 100, onError: (error: unknown) => void = () => {}): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = (): void => {
    running = chainPending(pool).then(() => {}, onError).finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Seals until event `seq` is chained (another process's chainer may be the one doing it), or gives up after
 * `timeoutMs`: readers that show hashes (the export) call it so what they hand out is sealed.
 */
export async function sealThrough(pool: Pool, seq: number, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await chainPending(pool);
    const { rows } = await pool.query<{ sealed: boolean }>('SELECT EXISTS (SELECT 1 FROM audit_chain WHERE seq >= $1) AS sealed', [seq]);
    if (rows[0].sealed) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
