/**
 * Issue 11, the database side of two workers: an item's deliveries share its content row while they claim (so they
 * no longer queue on each other), and take it exclusively only where they change the item — a scheduled item's
 * release, settling its status — so those changes still happen once and see each other.
 */
import { claimPublication } from '../../workflow/delivery/claim.js';
import { recordPublished } from '../../workflow/delivery/record.js';
import { lockForClaim } from '../../store/deliveryLock.js';
import { findRendition } from '../../store/contents.js';
import { withTransaction } from '../../store/db.js';
import type { PublicationRecord } from '../../store/publications.js';
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

/** An item scheduled an hour ahead on the hub's two channels, and the hub's clock at its time. */
async function scheduledItem(title: string): Promise<{ id: string; publications: string[]; due: Deps }> {
  const id = await approveItem(t, tokens, { title, channels: ['PORTAL', 'APP'] });
  const at = new Date(Date.now() + 3600_000);
  const scheduled = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: at.toISOString() }, tokens.ed);
  expect(scheduled.data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  const { rows } = await t.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1 ORDER BY channel', [id]);
  return { id, publications: rows.map((r) => r.id), due: { ...t.hub.deps, now: () => new Date(at.getTime() + 1000) } };
}

const countEvents = async (action: string, targetId: string): Promise<number> =>
  (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2', [action, targetId])).rows[0].n;
const statusOf = async (id: string): Promise<string> => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [id])).rows[0].status;

/** Settles within `ms`, or says it was left waiting (a lock it should not have met). */
const within = <T>(ms: number, work: Promise<T>): Promise<T | 'still waiting'> =>
  Promise.race([work, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

test("a scheduled item's claims, at once: the item is released once and both publications are claimed", async () => {
  const { id, publications, due } = await scheduledItem('同时到点的两个渠道');
  const claims = await Promise.all(publications.map((p) => claimPublication(due, p, { leaseMs: 60_000 })));
  expect(claims.map((c) => ('mode' in c ? c.mode : c.outcome.kind))).toEqual(['publish', 'publish']);
  expect(await statusOf(id)).toBe('PUBLISHING');
  expect(await countEvents('content.release', id)).toBe(1);
});

test("a claim holds the item's row shared: a sibling's claim goes ahead, an edit or retraction must wait", async () => {
  const { id, publications: [first, second], due } = await scheduledItem('共享内容行的领取');
  // The item released by a first claim of the first publication (the exclusive path), its lease handed back.
  expect('mode' in (await claimPublication(due, first, { leaseMs: 60_000 }))).toBe(true);
  await t.db.pool.query('UPDATE publications SET lease_until = NULL WHERE id = $1', [first]);
  const client = await t.db.pool.connect();
  try {
    await client.query('BEGIN');
    const held = await lockForClaim(client, first, 'shared');
    expect(held?.rendition).toEqual(await findRendition(t.db.pool, id, 1));
    // What a retraction or an edit takes first (FOR UPDATE) is refused while the claim holds the row …
    await expect(withTransaction(t.db.pool, (tx) => tx.query('SELECT 1 FROM contents WHERE id = $1 FOR UPDATE NOWAIT', [id]))).rejects.toMatchObject({ code: '55P03' });
    // … and the other publication's whole claim runs meanwhile.
    const sibling = await within(10_000, claimPublication(due, second, { leaseMs: 60_000 }));
    expect(sibling !== 'still waiting' && 'mode' in sibling ? [sibling.mode, sibling.publication.attempts, sibling.publication.leaseToken] : sibling).toEqual(['publish', 1, 1]);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});

test("the item's last two publications recorded at once: it is settled PUBLISHED, once", async () => {
  const { id, publications, due } = await scheduledItem('同时记录的最后两个渠道');
  const claimed: PublicationRecord[] = [];
  for (const p of publications) {
    const claim = await claimPublication(due, p, { leaseMs: 60_000 });
    if (!('mode' in claim)) throw new Error(`not claimed: ${JSON.stringify(claim)}`);
    claimed.push(claim.publication);
  }
  const held = await Promise.all(claimed.map((p) => recordPublished(due, p, `ext-${p.channel}`, `https://example.test/${p.channel}`)));
  expect(held).toEqual([true, true]);
  expect(await statusOf(id)).toBe('PUBLISHED');
  expect(await countEvents('content.published', id)).toBe(1);
  const { rows } = await t.db.pool.query('SELECT channel, status, external_id FROM publications WHERE content_id = $1 ORDER BY channel', [id]);
  expect(rows).toEqual([{ channel: 'APP', status: 'PUBLISHED', external_id: 'ext-APP' }, { channel: 'PORTAL', status: 'PUBLISHED', external_id: 'ext-PORTAL' }]);
  for (const p of publications) expect(await countEvents('publication.published', p)).toBe(1);
});
