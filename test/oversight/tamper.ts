import { GENESIS_HASH, hashEvent, rowToEvent, type AuditEvent } from '../../audit/chain.js';
import type { Pool, Tx } from '../../store/db.js';

/** Runs `work` with a table's append-only triggers off, as only a superuser can: the attacker of these tests. */
export async function withTriggersOff(pool: Pool, table: 'audit_checkpoints' | 'audit_events', work: (client: Tx) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await work(client);
    await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * What a database administrator who wants to get away with it does: change one event, then re-compute
 * every hash after it and the head. The result is a chain that hashes consistently, so plain chain
 * verification passes.
 */
export async function rewriteChainConsistently(pool: Pool, seq: number, change: (event: AuditEvent) => void): Promise<void> {
  await withTriggersOff(pool, 'audit_events', async (client) => {
    const previous = await client.query<{ hash: string }>('SELECT hash FROM audit_events WHERE seq = $1', [seq - 1]);
    let prevHash = previous.rows[0]?.hash ?? GENESIS_HASH;
    const { rows } = await client.query('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq', [seq]);
    for (const row of rows) {
      const event = rowToEvent(row);
      if (event.seq === seq) change(event);
      event.prevHash = prevHash;
      event.hash = hashEvent(event);
      await client.query('UPDATE audit_events SET actor = $2, action = $3, details = $4, prev_hash = $5, hash = $6 WHERE seq = $1', [
        event.seq, event.actor, event.action, JSON.stringify(event.details), event.prevHash, event.hash,
      ]);
      prevHash = event.hash;
    }
    await client.query('UPDATE audit_head SET hash = $1 WHERE id', [prevHash]);
  });
}
