/**
 * Issue 11, what two workers waited on: a notifying commit holds PostgreSQL's one notification-queue lock through
 * its WAL flush, so notifying commits run one at a time. The portal's page cache is told only of changes to what
 * its cached pages read (migration 0034): PORTAL rows, and an item's category and retraction — not another
 * channel's publication nor an item's status settling.
 */
import pg from 'pg';
import { PORTAL_CHANNEL } from '../../server/pageCache.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { releaseItem } from '../helpers/release.js';

let t: TestHub;
let tokens: { ed: string; rev: string };
let listener: pg.Client;
const heard: string[] = [];
const waiting = new Map<string, () => void>();
let fence = 0;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  tokens = { ed: await t.login('ed'), rev: await t.login('rev') };
  listener = new pg.Client({ connectionString: t.db.url });
  await listener.connect();
  listener.on('notification', (n) => {
    if (n.channel === PORTAL_CHANNEL) heard.push(n.channel);
    else waiting.get(n.payload ?? '')?.();
  });
  await listener.query(`LISTEN ${PORTAL_CHANNEL}`);
  await listener.query('LISTEN portal_notify_fence');
});
afterAll(async () => {
  await listener.end();
  await t.stop();
});

/**
 * The portal notifications one committed statement caused. Notifications arrive in commit order, so once a
 * fence notified after the statement has arrived, every notification of the statement has too.
 */
async function notificationsOf(sql: string, params: unknown[]): Promise<number> {
  heard.length = 0;
  await t.db.pool.query(sql, params);
  const tag = String(++fence);
  const arrived = new Promise<void>((resolve) => waiting.set(tag, resolve));
  await t.db.pool.query("SELECT pg_notify('portal_notify_fence', $1)", [tag]);
  await arrived;
  return heard.length;
}

const publicationOf = async (contentId: string, channel: string): Promise<string> =>
  (await t.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1 AND channel = $2', [contentId, channel])).rows[0].id;

test("another channel's publication changing does not notify the portal; the PORTAL row's does", async () => {
  const id = await releaseItem(t, tokens, { title: '门户缓存只听门户的发布', channels: ['PORTAL', 'APP'] });
  const [portal, app] = [await publicationOf(id, 'PORTAL'), await publicationOf(id, 'APP')];
  const touchUrl = "UPDATE publications SET url = url || '#1' WHERE id = $1";
  expect(await notificationsOf(touchUrl, [app])).toBe(0);
  expect(await notificationsOf(touchUrl, [portal])).toBe(1);
});

test("an item's status settling does not notify; its retraction reason or category does", async () => {
  const id = await releaseItem(t, tokens, { title: '内容状态不通知门户', channels: ['PORTAL', 'APP'] });
  expect(await notificationsOf("UPDATE contents SET status = 'PUBLISHING' WHERE id = $1", [id])).toBe(0);
  expect(await notificationsOf("UPDATE contents SET status = 'PUBLISHED' WHERE id = $1", [id])).toBe(0);
  expect(await notificationsOf("UPDATE contents SET retract_reason = '测试撤回原因' WHERE id = $1", [id])).toBe(1);
  expect(await notificationsOf("UPDATE contents SET category_code = 'tzgg' WHERE id = $1", [id])).toBe(1);
  // Written again unchanged: nothing the portal shows moved.
  expect(await notificationsOf("UPDATE contents SET category_code = 'tzgg' WHERE id = $1", [id])).toBe(0);
});
