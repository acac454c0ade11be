import { createPool, prepared, preparingPool, type Pool } from '../../store/db.js';
import { randomUUID } from 'node:crypto';
import { findContent } from '../../store/contents.js';
import { withTransaction } from '../../store/db.js';
import { lockPublicationWithContent } from '../../store/deliveryLock.js';
import { findPublication, updatePublication, upsertPublications } from '../../store/publications.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';

describe('named statements', () => {
  let db: TestDatabase;
  let single: Pool;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    // One connection: what it has prepared is what pg_prepared_statements shows.
    single = createPool(db.url, 1);
  });
  afterAll(async () => {
    await single.end();
    await db.drop();
  });

  const preparedTexts = async (pool: Pool): Promise<string[]> =>
    (await pool.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY statement')).rows.map((r) => r.statement);

  test('a prepared text is parsed once per connection and answers for each value', async () => {
    const text = 'SELECT $1::int * 2 AS doubled';
    const answers: number[] = [];
    for (const n of [1, 2, 3]) answers.push((await single.query<{ doubled: number }>(prepared(text, [n]))).rows[0].doubled);
    expect(answers).toEqual([2, 4, 6]);
    expect(await preparedTexts(single)).toEqual([text]);
    // Equal texts share a name; another text gets another.
    expect(prepared(text, [9]).name).toBe(prepared(text, [1]).name);
    expect(prepared('SELECT $1::int + 1', [1]).name).not.toBe(prepared(text, [1]).name);
  });

  test("the job queue's pool prepares statements with parameters and leaves the rest as they were", async () => {
    const queue = preparingPool(single);
    const { rows } = await queue.query<{ sum: number }>('SELECT $1::int + $2::int AS sum', [20, 22]);
    expect(rows[0].sum).toBe(42);
    await queue.query('SELECT 7 AS plain');
    const texts = await preparedTexts(single);
    expect(texts).toContain('SELECT $1::int + $2::int AS sum');
    expect(texts).not.toContain('SELECT 7 AS plain');
    // Everything else is the pool's own: a client from it works as before.
    const client = await queue.connect();
    try {
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
    } finally {
      client.release();
    }
  });
});

describe('upsertPublications', () => {
  let t: TestHub;
  let contentId: string;
  beforeAll(async () => {
    t = await startTestHub({ worker: false });
    await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
    contentId = await approveItem(t, { ed: await t.login('ed'), rev: await t.login('rev') }, { title: '批量建立发布记录', channels: ['PORTAL', 'APP'] });
  });
  afterAll(async () => t.stop());

  test('one statement writes every target, in the order asked, and a second release re-arms the same rows', async () => {
    const first = new Date('2030-03-01T00:00:00Z');
    const made = await upsertPublications(t.db.pool, contentId, 1, [{ channel: 'APP', accountId: null }, { channel: 'PORTAL', accountId: null }], first);
    expect(made.map((p) => [p.channel, p.status, p.notBefore.toISOString()])).toEqual([['APP', 'PENDING', first.toISOString()], ['PORTAL', 'PENDING', first.toISOString()]]);
    expect(made.map((p) => p.idempotencyKey)).toEqual([`${contentId}:1:APP:hub`, `${contentId}:1:PORTAL:hub`]);

    // A cancelled one comes back PENDING at the new time; one already out keeps its status and time.
    await updatePublication(t.db.pool, made[0].id, { status: 'CANCELLED' });
    await updatePublication(t.db.pool, made[1].id, { status: 'PUBLISHED' });
    const later = new Date('2030-03-02T00:00:00Z');
    const again = await upsertPublications(t.db.pool, contentId, 1, [{ channel: 'PORTAL', accountId: null }, { channel: 'APP', accountId: null }], later);
    expect(again.map((p) => [p.id, p.status, p.notBefore.toISOString()])).toEqual([
      [made[1].id, 'PUBLISHED', first.toISOString()],
      [made[0].id, 'PENDING', later.toISOString()],
    ]);
    expect(await upsertPublications(t.db.pool, contentId, 1, [], later)).toEqual([]);
  });

  test('the delivery reads a publication and its content in one statement, both locked until it ends', async () => {
    const [publication] = await upsertPublications(t.db.pool, contentId, 1, [{ channel: 'PORTAL', accountId: null }], new Date());
    await withTransaction(t.db.pool, async (tx) => {
      const locked = await lockPublicationWithContent(tx, publication.id);
      expect(locked).toEqual({ content: await findContent(t.db.pool, contentId), publication: await findPublication(t.db.pool, publication.id) });
      // Another transaction cannot take either row meanwhile.
      for (const sql of ['SELECT 1 FROM contents WHERE id = $1 FOR UPDATE NOWAIT', 'SELECT 1 FROM publications WHERE id = $1 FOR UPDATE NOWAIT']) {
        const id = sql.includes('contents') ? contentId : publication.id;
        await expect(withTransaction(t.db.pool, (other) => other.query(sql, [id]))).rejects.toMatchObject({ code: '55P03' });
      }
      expect(await lockPublicationWithContent(tx, randomUUID())).toBeNull();
    });
  });
});
