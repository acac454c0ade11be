/**
 * Issue 11 "Speed", the database side: a claim that changes nothing of the item is one autocommitted statement
 * (read under the shared content lock and lease taken together), and a WeChat submission is recorded and its lease
 * handed back in one statement — both still fenced by the lease token.
 */
import { auditEvent } from '../../audit/chain.js';
import type { Pool } from '../../store/db.js';
import { recordSubmission } from '../../store/publications.js';
import { claimPublication, type Claim } from '../../workflow/delivery/claim.js';
import type { Deps } from '../../workflow/deps.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';

let t: TestHub;
let tokens: { ed: string; rev: string };
beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  tokens = { ed: await t.login('ed'), rev: await t.login('rev') };
});
afterAll(async () => t.stop());

/** The hub's pool, counting what a caller asks of it: single statements and transactions (connections taken). */
function counting(pool: Pool): { pool: Pool; statements: () => number; transactions: () => number } {
  let statements = 0;
  let transactions = 0;
  const counted = new Proxy(pool, {
    get(target, key) {
      if (key === 'query') return (...args: unknown[]) => { statements++; return (target.query as (...a: unknown[]) => unknown)(...args); };
      if (key === 'connect') return () => { transactions++; return target.connect(); };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { pool: counted, statements: () => statements, transactions: () => transactions };
}

const row = async (id: string) =>
  (await t.db.pool.query<{ status: string; attempts: number; lease_token: number; lease_until: Date | null; external_id: string | null }>(
    'SELECT status, attempts, lease_token, lease_until, external_id FROM publications WHERE id = $1', [id])).rows[0];
const describe = (claim: Claim) => ('mode' in claim ? { mode: claim.mode, attempts: claim.publication.attempts, leaseToken: claim.publication.leaseToken } : claim.outcome);

test('a due publication of a released item is claimed in one statement; a live lease makes the next claim wait; a lapsed one is taken with the next token', async () => {
  const id = await approveItem(t, tokens, { title: '一条语句领取', channels: ['PORTAL', 'APP'] });
  const at = new Date(Date.now() + 3600_000);
  const scheduled = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: at.toISOString() }, tokens.ed);
  expect(scheduled.data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  const [first, second] = (await t.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1 ORDER BY channel', [id])).rows.map((r) => r.id);
  const clock = { now: new Date(at.getTime() + 1000) };
  const due = (pool: Pool): Deps => ({ ...t.hub.deps, pool, now: () => clock.now });

  // The first claim releases the scheduled item: that changes the content, so it is a transaction.
  const releasing = counting(t.hub.deps.pool);
  expect(describe(await claimPublication(due(releasing.pool), first, { leaseMs: 60_000 }))).toEqual({ mode: 'publish', attempts: 1, leaseToken: 1 });
  expect(releasing.transactions()).toBeGreaterThan(0);

  // The item is PUBLISHING now: its other publication is claimed by one statement, no transaction.
  const once = counting(t.hub.deps.pool);
  expect(describe(await claimPublication(due(once.pool), second, { leaseMs: 60_000 }))).toEqual({ mode: 'publish', attempts: 1, leaseToken: 1 });
  expect([once.statements(), once.transactions()]).toEqual([1, 0]);
  const claimed = await row(second);
  expect(claimed).toMatchObject({ status: 'PUBLISHING', attempts: 1, lease_token: 1 });
  expect(claimed.lease_until?.getTime()).toBe(clock.now.getTime() + 60_000);

  // While that lease lives another claim only waits for it, and writes nothing.
  expect(await claimPublication(due(t.hub.deps.pool), second, { leaseMs: 60_000 })).toEqual({ outcome: { kind: 'wait', until: claimed.lease_until } });
  expect(await row(second)).toEqual(claimed);

  // Past the lease (its holder stalled): taken over with the next token, the attempt counted.
  clock.now = new Date(clock.now.getTime() + 61_000);
  expect(describe(await claimPublication(due(t.hub.deps.pool), second, { leaseMs: 60_000 }))).toEqual({ mode: 'publish', attempts: 2, leaseToken: 2 });
  expect(await row(second)).toMatchObject({ status: 'PUBLISHING', attempts: 2, lease_token: 2 });
});

test('a submission is recorded with its event and the lease handed back only under the current token', async () => {
  const id = await approveItem(t, tokens, { title: '提交记录与租约交还', channels: ['PORTAL', 'APP'] });
  const at = new Date(Date.now() + 3600_000);
  await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: at.toISOString() }, tokens.ed);
  const [publicationId] = (await t.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1 ORDER BY channel', [id])).rows.map((r) => r.id);
  const deps: Deps = { ...t.hub.deps, now: () => new Date(at.getTime() + 1000) };
  await claimPublication(deps, publicationId, { leaseMs: 60_000 });
  await t.db.pool.query('UPDATE publications SET lease_token = lease_token + 1 WHERE id = $1', [publicationId]); // another worker took over
  const event = auditEvent({ actor: 'system:deliver', action: 'publication.submitted', targetType: 'publication', targetId: publicationId, revision: 1, details: { contentId: id } });
  const submitted = async () => (await t.db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'publication.submitted' AND target_id = $1", [publicationId])).rows[0].n;

  expect(await recordSubmission(t.db.pool, publicationId, 1, { externalId: 'stale-1', url: null, handBack: true }, event)).toEqual({ status: 'PUBLISHING', recorded: false });
  expect(await row(publicationId)).toMatchObject({ external_id: null, lease_token: 2 });
  expect((await row(publicationId)).lease_until).not.toBeNull();
  expect(await submitted()).toBe(0);

  expect(await recordSubmission(t.db.pool, publicationId, 2, { externalId: 'pub-2', url: 'https://mp.example.test/s/2', handBack: true }, event)).toEqual({ status: 'PUBLISHING', recorded: true });
  expect(await row(publicationId)).toMatchObject({ status: 'PUBLISHING', external_id: 'pub-2', lease_token: 2, lease_until: null });
  expect(await submitted()).toBe(1);
});
