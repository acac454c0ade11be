import { GENESIS_HASH, hashEvent, rowToEvent, type AuditEvent } from '../../audit/chain.js';
import type { Pool, Tx } from '../../store/db.js';

type AuditTable = 'audit_checkpoints' | 'audit_events' | 'audit_chain';

/** Runs `work` with tables' append-only triggers off, as only a superuser can: the attacker of these tests. */
export async function withTriggersOff(pool: Pool, table: AuditTable | AuditTable[], work: (client: Tx) => Promise<void>): Promise<void> {
  const tables = Array.isArray(table) ? table : [table];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const t of tables) await client.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    await work(client);
    for (const t of tables) await client.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * What a database administrator who wants to get away with it does: change one event, then re-compute
 * every hash after it in the chain table. The result is a chain that hashes consistently, so plain chain
 * verification passes.
 */
export async function rewriteChainConsistently(pool: Pool, seq: number, change: (event: AuditEvent) => void): Promise<void> {
  await withTriggersOff(pool, ['audit_events', 'audit_chain'], async (client) => {
    const previous = await client.query<{ hash: string }>('SELECT hash FROM audit_chain WHERE seq < $1 ORDER BY seq DESC LIMIT 1', [seq]);
    let prevHash = previous.rows[0]?.hash ?? GENESIS_HASH;
    const { rows } = await client.query('SELECT e.*, c.prev_hash, c.hash FROM audit_events e JOIN audit_chain c ON c.seq = e.seq WHERE e.seq >= $1 ORDER BY e.seq', [seq]);
    for (const row of rows) {
      const event = { ...rowToEvent(row), prevHash } as AuditEvent;
      if (event.seq === seq) change(event);
      event.prevHash = prevHash;
      event.hash = hashEvent(event);
      await client.query('UPDATE audit_events SET actor = $2, action = $3, details = $4 WHERE seq = $1', [event.seq, event.actor, event.action, JSON.stringify(event.details)]);
      await client.query('UPDATE audit_chain SET prev_hash = $2, hash = $3 WHERE seq = $1', [event.seq, event.prevHash, event.hash]);
      prevHash = event.hash;
    }
  });
}
