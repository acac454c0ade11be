/**
 * The one-statement claim (`claimAtOnce`) decides in SQL whether it may take the lease (its CLAIMABLE expression);
 * the claim in a transaction decides the same from what it read (`standingOf`, `writesContent`). Two statements of
 * one rule drift apart silently: a claim the SQL takes but the process would not (a scheduled item claimed without
 * its release, a cancelled item's publication leased) publishes what must not go out. This test sets every
 * combination of the fields the rule reads on a real row, inside a transaction rolled back after each, and holds
 * the SQL's decision equal to the process's.
 */
import type pg from 'pg';
import { claimAtOnce } from '../../store/deliveryLock.js';
import { claimableAtOnce } from '../../workflow/delivery/claim.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
});
afterAll(async () => t.stop());

// One status of each kind the rule tells apart (PUBLISHED stands for every settled status, PUBLISHED and
// PARTIALLY_PUBLISHED of the item are one case in both statements, CORRECTING for every item not out).
const PUBLICATION_STATUSES = ['PENDING', 'PUBLISHING', 'PUBLISHED', 'CANCELLED'] as const;
const CONTENT_STATUSES = ['APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'CORRECTING'] as const;
/** Offsets from the claim's clock in ms; 0 is the boundary where `<=` and `<` part. */
const NOT_BEFORE = [-1000, 0, 60_000] as const;
const LEASE = [null, -1000, 0, 60_000] as const;
const APPROVED = ['same', 'other', 'none'] as const;

test('the one-statement claim takes the lease exactly when the process would, over every combination of what it reads', async () => {
  const tokens = { ed: await t.login('ed'), rev: await t.login('rev') };
  const id = await approveItem(t, tokens, { title: '领取条件对照', channels: ['PORTAL', 'APP'] });
  // Scheduled, so its publications exist and nothing delivers them (no worker): the rows are the test's to set.
  const scheduled = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: new Date(Date.now() + 3600_000).toISOString() }, tokens.ed);
  expect(scheduled.data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  const { rows } = await t.db.pool.query<{ id: string; revision: number; channel: string }>(
    "SELECT id, revision, channel FROM publications WHERE content_id = $1 AND channel = 'PORTAL'", [id]);
  const publication = rows[0]!;
  const now = new Date('2026-06-01T02:00:00Z');
  const at = (offset: number | null) => (offset === null ? null : new Date(now.getTime() + offset));

  const client: pg.PoolClient = await t.db.pool.connect();
  const mismatches: string[] = [];
  const decided = { claimed: 0, refused: 0 };
  try {
    await client.query('BEGIN');
    for (const pubStatus of PUBLICATION_STATUSES) for (const contentStatus of CONTENT_STATUSES) for (const approved of APPROVED)
      for (const notBefore of NOT_BEFORE) for (const lease of LEASE) for (const external of [null, 'ext-1'] as const)
        for (const inline of [[], [publication.channel]] as const) {
          await client.query('SAVEPOINT combo');
          await client.query(
            `WITH c AS (UPDATE contents SET status = $2, approved_revision = $3 WHERE id = $1)
             UPDATE publications SET status = $5, not_before = $6, lease_until = $7, external_id = $8 WHERE id = $4`,
            [id, contentStatus, approved === 'none' ? null : approved === 'same' ? publication.revision : publication.revision + 1,
              publication.id, pubStatus, at(notBefore), at(lease), external]);
          const read = await claimAtOnce(client, publication.id, { now, leaseUntil: new Date(now.getTime() + 60_000), inlineChannels: inline });
          const sql = read!.claimedToken !== null;
          const process = claimableAtOnce(read!, now, inline);
          decided[sql ? 'claimed' : 'refused']++;
          if (sql !== process) mismatches.push(JSON.stringify({ pubStatus, contentStatus, approved, notBefore, lease, external, inline, sql, process }));
          await client.query('ROLLBACK TO SAVEPOINT combo');
        }
    await client.query('ROLLBACK');
  } finally {
    client.release();
  }
  expect(mismatches).toEqual([]);
  // Both answers occur, so the equality above is not two constants agreeing. Counted by hand: PENDING (any lease: 4)
  // or PUBLISHING (no lease, lapsed, or lapsing at the clock: 3) × the item out (2 statuses) × its approved revision (1)
  // × due (2 of 3 offsets) × only polled (inline or not: 2) or not inline (1).
  expect(decided.claimed).toBe((4 + 3) * 2 * 1 * 2 * (2 + 1));
  expect(decided.claimed + decided.refused).toBe(4 * 5 * 3 * 3 * 4 * 2 * 2);
});
