import { appendAudit, verifyChain } from '../../audit/chain.js';
import { chainPending } from '../../audit/chainer.js';
import { CHAINER_LOCK } from '../../store/audit.js';
import { withSnapshot, withTransaction } from '../../store/db.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { withTriggersOff } from '../oversight/tamper.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

const append = (action: string) => withTransaction(db.pool, (tx) => appendAudit(tx, { actor: 'tester', action }));
const chained = async (): Promise<number[]> => (await db.pool.query('SELECT seq FROM audit_chain ORDER BY seq')).rows.map((r) => Number(r.seq));

test('appends are pending until the chainer seals them; a snapshot verification reports them', async () => {
  for (let i = 0; i < 3; i++) await append('test.pending');
  expect(await chained()).toEqual([]);
  expect(await withSnapshot(db.pool, (tx) => verifyChain(tx))).toMatchObject({ ok: true, length: 0, pending: 3 });
  expect(await chainPending(db.pool)).toBe(3);
  expect(await withSnapshot(db.pool, (tx) => verifyChain(tx))).toMatchObject({ ok: true, length: 3, pending: 0 });
});

test('a rolled-back append leaves a gap the chain links across', async () => {
  await withTransaction(db.pool, async (tx) => {
    await appendAudit(tx, { actor: 'tester', action: 'test.rolled_back' });
    throw new Error('abandon');
  }).catch(() => {});
  await append('test.after_gap');
  await chainPending(db.pool);
  expect(await chained()).toEqual([1, 2, 3, 5]);
  expect(await verifyChain(db.pool)).toMatchObject({ ok: true, length: 5, firstBrokenSeq: null, pending: 0 });
});

test('an event committed late is sealed in sequence order: the chainer waits for appends in flight', async () => {
  const slow = await db.pool.connect();
  try {
    await slow.query('BEGIN');
    const early = await appendAudit(slow, { actor: 'tester', action: 'test.slow' });
    const late = await append('test.fast');
    expect(late.seq).toBeGreaterThan(early.seq);
    // The slow transaction still holds a lower number: nothing above it may be sealed yet.
    expect(await chainPending(db.pool)).toBe(0);
    expect(await chained()).not.toContain(late.seq);
    await slow.query('COMMIT');
    expect(await chainPending(db.pool)).toBe(2);
    expect((await chained()).slice(-2)).toEqual([early.seq, late.seq]);
  } finally {
    slow.release();
  }
  expect(await verifyChain(db.pool)).toMatchObject({ ok: true, firstBrokenSeq: null });
});

test('the chain table is append-only, and a chain row removed behind the trigger is found', async () => {
  await expect(db.pool.query("UPDATE audit_chain SET hash = 'x' WHERE seq = 2")).rejects.toThrow(/append-only/);
  await expect(db.pool.query('DELETE FROM audit_chain WHERE seq = 2')).rejects.toThrow(/append-only/);
  await withTriggersOff(db.pool, 'audit_chain', async (client) => {
    await client.query('DELETE FROM audit_chain WHERE seq = 2');
  });
  expect(await verifyChain(db.pool)).toMatchObject({ ok: false, firstBrokenSeq: 2, length: 1 });
});

test('a caller that must see everything sealed waits out another round instead of skipping it', async () => {
  await append('test.wait_a');
  await append('test.wait_b');
  const before = (await chained()).length;
  // Another process's round holds the chainer lock.
  const other = await db.pool.connect();
  try {
    await other.query('SELECT pg_advisory_lock($1)', [CHAINER_LOCK]);
    expect(await chainPending(db.pool)).toBe(0);
    const waiting = chainPending(db.pool, { wait: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await chained()).length).toBe(before);
    await other.query('SELECT pg_advisory_unlock($1)', [CHAINER_LOCK]);
    expect(await waiting).toBe(2);
    expect((await chained()).length).toBe(before + 2);
  } finally {
    other.release();
  }
});
