import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { withTransaction } from '../../store/db.js';
import { appendAudit, verifyChain } from '../../audit/chain.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

async function append(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await withTransaction(db.pool, (tx) => appendAudit(tx, { actor: 'tester', action: 'test.event', targetId: `t${i}`, details: { i, 中文: '值', nested: { b: 1, a: [1, 'x'] } } }));
  }
}

test('concurrent appends form one unbroken chain', async () => {
  await Promise.all(Array.from({ length: 8 }, () => append(5)));
  const result = await verifyChain(db.pool, 7);
  expect(result).toMatchObject({ ok: true, length: 40, firstBrokenSeq: null });
  const { rows } = await db.pool.query('SELECT seq FROM audit_events ORDER BY seq');
  expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
});

test('details keep a literal backslash-u0000 and lose only real NUL characters', async () => {
  const event = await withTransaction(db.pool, (tx) => appendAudit(tx, { actor: 'tester', action: 'test.nul', details: { path: 'C:\\u0000n', nul: 'a\u0000b' } }));
  expect(event.details).toEqual({ path: 'C:\\u0000n', nul: 'ab' });
  const { rows } = await db.pool.query('SELECT details FROM audit_events WHERE seq = $1', [event.seq]);
  expect(rows[0].details).toEqual({ path: 'C:\\u0000n', nul: 'ab' });
});

test('the table rejects UPDATE, DELETE and TRUNCATE', async () => {
  await expect(db.pool.query("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")).rejects.toThrow(/append-only/);
  await expect(db.pool.query('DELETE FROM audit_events WHERE seq = 3')).rejects.toThrow(/append-only/);
  await expect(db.pool.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
});

test('a row rewritten behind the trigger is detected at its sequence number', async () => {
  const client = await db.pool.connect();
  try {
    // Only a superuser can do this; the point is that even then the chain tells.
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await client.query(`UPDATE audit_events SET details = jsonb_set(details, '{i}', '999') WHERE seq = 17`);
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
  } finally {
    client.release();
  }
  const result = await verifyChain(db.pool, 7);
  expect(result.ok).toBe(false);
  expect(result.firstBrokenSeq).toBe(17);
  expect(result.length).toBe(16);
});
