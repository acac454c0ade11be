/**
 * The chainer: seals appended audit events in sequence order by INSERTing their hashes into audit_chain.
 * One runs at a time (a session advisory lock); every process may run the loop, the others skip a round.
 * INSERT-only by design: the application's role needs no UPDATE on the audit tables.
 */
import type { Pool, PoolClient } from 'pg';
import { auditHead, readChainedEvents } from '../store/audit.js';
import { appendersNow, hasUnsealed, insertChainRows, isSealedThrough, releaseChainerLock, sequenceMark, tryChainerLock, waitForChainerLock } from '../store/auditChain.js';
import { GENESIS_HASH, hashEvent } from './chain.js';

const BATCH = 2000;
/** How long one round waits for the appends in flight before it gives up (and seals nothing). */
const WAIT_FOR_APPENDS_MS = 300;

/**
 * Seals every event whose sequence number can no longer be preceded by another: it reads the sequence's
 * high-water mark, waits until the transactions appending at that moment have ended, and chains the events
 * up to the mark. Returns how many it sealed; 0 when another chainer holds the lock (unless `wait`, which waits
 * for that round to end and then seals what is left).
 */
export async function chainPending(pool: Pool, options: { wait?: boolean } = {}): Promise<number> {
  const client = await pool.connect();
  try {
    // A background round skips when another holds the lock; a caller that must see everything sealed waits for it.
    if (options.wait) await waitForChainerLock(client);
    else if (!(await tryChainerLock(client))) return 0;
    try {
      return await sealUpTo(client, await horizon(client));
    } finally {
      await releaseChainerLock(client);
    }
  } finally {
    client.release();
  }
}

/**
 * The highest sequence number below which every append is final, or null when there is nothing to seal or
 * the appends in flight did not end in time. It never blocks writers: any number handed out by the time
 * the mark is read belongs to a transaction that holds the append lock until it ends, so once those
 * transactions are gone, every number up to the mark is committed or rolled back for good.
 */
async function horizon(client: PoolClient): Promise<number | null> {
  if (!(await hasUnsealed(client))) return null;
  const mark = await sequenceMark(client);
  const before = await appendersNow(client);
  const deadline = Date.now() + WAIT_FOR_APPENDS_MS;
  while (before.size > 0) {
    const now = await appendersNow(client);
    for (const vxid of before) if (!now.has(vxid)) before.delete(vxid);
    if (before.size === 0) break;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return mark;
}

async function sealUpTo(client: PoolClient, limit: number | null): Promise<number> {
  if (limit === null) return 0;
  const head = await auditHead(client);
  let after = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  let sealed = 0;
  for (;;) {
    const events = await readChainedEvents(client, after, BATCH, limit);
    if (events.length === 0) return sealed;
    const rows = events.map((event) => {
      const row = { seq: event.seq, prevHash, hash: hashEvent({ ...event, prevHash }) };
      prevHash = row.hash;
      return row;
    });
    await insertChainRows(client, rows);
    sealed += rows.length;
    after = rows[rows.length - 1].seq;
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
    if (await isSealedThrough(pool, seq)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
