import { appendAudit, type AuditEventInput } from '../../audit/chain.js';
import { withTransaction } from '../../store/db.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};
let between: Date;

const append = (input: AuditEventInput) => withTransaction(t.db.pool, (tx) => appendAudit(tx, input));
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'chan', role: 'channel_admin' },
    { username: 'over', role: 'overseer', unit: 'oversight' },
    { username: 'boss', role: 'admin' },
  ]);
  for (const name of ['ed', 'rev', 'chan', 'over', 'boss']) tokens[name] = await t.login(name);
  for (let i = 0; i < 6; i++) {
    await append({ actor: 'zhang', action: i % 2 ? 'seed.update' : 'seed.create', targetType: 'content', targetId: `c${i % 3}`, unitCode: i < 3 ? 'edu' : 'health', details: { i } });
  }
  // A gap the range filter can cut at: events before it and events after it.
  await new Promise((r) => setTimeout(r, 20));
  between = new Date();
  await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 4; i++) await append({ actor: 'li', action: 'seedXother', targetType: 'account', targetId: `a${i}`, unitCode: 'edu', details: { i } });
});
afterAll(async () => t.stop());

const SEARCH = `query($f: AuditFilterInput, $o: AuditOrder, $first: Int, $after: String) {
  searchAuditEvents(filter: $f, order: $o, first: $first, after: $after) {
    edges { cursor node { seq actor action targetType targetId unitCode details } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  searchAuditEvents: {
    edges: { cursor: string; node: { seq: number; actor: string; action: string; targetType: string | null; targetId: string | null; unitCode: string | null; details: { i?: number } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function search(filter: Record<string, unknown>, extra: Record<string, unknown> = {}, who = 'over') {
  const res = await t.gql<Page>(SEARCH, { f: filter, first: 100, ...extra }, tokens[who]);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.searchAuditEvents.edges.map((e) => e.node);
}

describe('RBAC on every oversight query and mutation', () => {
  const operations: [string, string][] = [
    ['searchAuditEvents', '{ searchAuditEvents { edges { node { seq } } } }'],
    ['auditCheckpoints', '{ auditCheckpoints { id } }'],
    ['verifyAuditCheckpoints', '{ verifyAuditCheckpoints { ok } }'],
    ['createAuditCheckpoint', 'mutation { createAuditCheckpoint { id } }'],
  ];
  test.each(operations)('%s: anonymous → UNAUTHENTICATED', async (_, query) => {
    expect(code(await t.gql(query))).toBe('UNAUTHENTICATED');
  });
  test.each(operations.flatMap(([name, query]) => ['ed', 'rev', 'chan'].map((who) => [name, who, query])))('%s as %s → FORBIDDEN', async (_, who, query) => {
    const res = await t.gql(query, {}, tokens[who]);
    expect(code(res)).toBe('FORBIDDEN');
  });
  test.each(operations.flatMap(([name, query]) => ['over', 'boss'].map((who) => [name, who, query])))('%s as %s → allowed', async (_, who, query) => {
    const res = await t.gql(query, {}, tokens[who]);
    expect(res.errors).toBeUndefined();
  });
});

describe('filters', () => {
  test('by actor, exact action, and action prefix', async () => {
    expect((await search({ actor: 'li' })).map((e) => e.targetId)).toEqual(['a3', 'a2', 'a1', 'a0']);
    expect((await search({ action: 'seed.update' })).map((e) => e.details.i)).toEqual([5, 3, 1]);
    expect((await search({ action: 'seed.*' })).map((e) => e.details.i)).toEqual([5, 4, 3, 2, 1, 0]);
    // `_` and `%` in a prefix are literal characters, not LIKE wildcards.
    expect(await search({ action: 'seed_*' })).toEqual([]);
    expect(await search({ action: 'seed%*' })).toEqual([]);
  });

  test('by unit, target type and target, combined', async () => {
    expect((await search({ unitCode: 'health' })).map((e) => e.details.i)).toEqual([5, 4, 3]);
    expect((await search({ targetType: 'content', targetId: 'c1' })).map((e) => e.details.i)).toEqual([4, 1]);
    expect((await search({ unitCode: 'edu', actor: 'zhang', action: 'seed.create' })).map((e) => e.details.i)).toEqual([2, 0]);
    expect((await search({ targetId: 'a2' })).map((e) => e.actor)).toEqual(['li']);
  });

  test('by time range: from inclusive, to exclusive', async () => {
    const after = await search({ from: between.toISOString(), action: 'seed*' });
    expect(after.map((e) => e.actor)).toEqual(['li', 'li', 'li', 'li']);
    const before = await search({ to: between.toISOString(), action: 'seed*' });
    expect(before.every((e) => e.actor === 'zhang')).toBe(true);
    expect(before).toHaveLength(6);
    const all = await search({});
    const seq = all.find((e) => e.targetId === 'a1')!.seq;
    const { rows } = await t.db.pool.query<{ at: Date }>('SELECT at FROM audit_events WHERE seq = $1', [seq]);
    const exactly = await search({ from: rows[0].at.toISOString(), to: new Date(rows[0].at.getTime() + 1).toISOString(), actor: 'li' });
    expect(exactly.map((e) => e.seq)).toContain(seq);
  });

  test('users created in a unit are found by that unit', async () => {
    const events = await search({ unitCode: 'oversight' });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'auth.login']));
  });

  test.each([
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from after to'],
    [{ action: 'a*b' }, 'a star inside an action'],
    [{ actor: 'x'.repeat(201) }, 'an over-long actor'],
    [{ actor: 'a\nb' }, 'a control character'],
  ])('%j (%s) → BAD_USER_INPUT', async (filter, _why) => {
    expect(code(await t.gql(SEARCH, { f: filter }, tokens.over))).toBe('BAD_USER_INPUT');
  });

  test('a time without an offset is refused by the DateTime scalar', async () => {
    expect(code(await t.gql(SEARCH, { f: { from: '2026-01-01T00:00:00' } }, tokens.over))).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  async function walk(order: 'NEWEST_FIRST' | 'OLDEST_FIRST', first: number): Promise<number[][]> {
    const pages: number[][] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data: Page | null } = await t.gql<Page>(SEARCH, { f: { action: 'seed*' }, o: order, first, after }, tokens.over);
      const conn: Page['searchAuditEvents'] = res.data!.searchAuditEvents;
      pages.push(conn.edges.map((e) => e.node.seq));
      if (!conn.pageInfo.hasNextPage) return pages;
      after = conn.pageInfo.endCursor;
    }
  }

  test('newest first and oldest first, by keyset, without gaps or repeats', async () => {
    const newest = await walk('NEWEST_FIRST', 3);
    expect(newest.map((p) => p.length)).toEqual([3, 3, 3, 1]);
    const seqs = newest.flat();
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(10);
    const oldest = await walk('OLDEST_FIRST', 4);
    expect(oldest.map((p) => p.length)).toEqual([4, 4, 2]);
    expect(oldest.flat()).toEqual([...seqs].reverse());
  });

  test('a page size out of range or a made-up cursor → BAD_USER_INPUT', async () => {
    expect(code(await t.gql(SEARCH, { first: 0 }, tokens.over))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SEARCH, { first: 101 }, tokens.over))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SEARCH, { after: 'not-a-cursor' }, tokens.over))).toBe('BAD_USER_INPUT');
  });

  test('the core auditEvents query still works beside it', async () => {
    const res = await t.gql<{ auditEvents: { edges: { node: { actor: string } }[] } }>('{ auditEvents(actor: "li", first: 2) { edges { node { actor } } } }', {}, tokens.over);
    expect(res.data!.auditEvents.edges.map((e) => e.node.actor)).toEqual(['li', 'li']);
  });
});
