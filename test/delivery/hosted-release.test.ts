import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem, releaseItem } from '../helpers/release.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

/**
 * A release due now publishes the hub's own channels (portal, client feed) in its own transaction: no delivery
 * job for them, the same rows and audit events a job would have written, and readers see the item at once.
 */
let t: TestHub;
let wechat: WechatSim;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx0000000000000h01', appSecret: 'hosted-release-secret' });
  t = await startTestHub({ worker: false, env: { WECHAT_API_BASE: wechat.baseUrl } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const account = await t.gql('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', {
    i: { channel: 'WECHAT', name: '市政府公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } },
  }, tokens.chan);
  expect(account.errors).toBeUndefined();
});
afterAll(async () => {
  await t?.stop();
  await wechat?.close();
});

interface Row { id: string; channel: string; status: string; attempts: number; url: string | null; external: string | null; published: Date | null }
const publicationsOf = async (contentId: string): Promise<Row[]> => (await t.db.pool.query<Row>(
  `SELECT id, channel, status, attempts, url, external_id AS external, published_at AS published FROM publications WHERE content_id = $1 ORDER BY channel`, [contentId],
)).rows;
const statusOf = async (contentId: string): Promise<string> => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [contentId])).rows[0].status;
/** Publication ids the release's outbox rows hand to the job queue, by kind (deliver, cancel). */
const armed = async (kind: string, ids: string[]): Promise<string[]> => (await t.db.pool.query<{ id: string }>(
  `SELECT DISTINCT jsonb_array_elements_text(payload->'publicationIds') AS id FROM outbox WHERE kind = $1 AND payload->'publicationIds' ?| $2::text[] ORDER BY 1`, [kind, ids],
)).rows.map((r) => r.id);

test('an item on the hub’s own channels is published when the release returns, audited as its jobs would have', async () => {
  const id = await releaseItem(t, { ed: tokens.ed, rev: tokens.rev }, { title: '关于春节期间办事大厅开放时间的通知', channels: ['PORTAL', 'APP'] });
  expect(await statusOf(id)).toBe('PUBLISHED');
  const rows = await publicationsOf(id);
  expect(rows.map(({ channel, status, attempts, url, external }) => ({ channel, status, attempts, url, external }))).toEqual([
    { channel: 'APP', status: 'PUBLISHED', attempts: 1, url: `${t.config.publicBaseUrl}/articles/${id}`, external: `${id}@1` },
    { channel: 'PORTAL', status: 'PUBLISHED', attempts: 1, url: `${t.config.publicBaseUrl}/articles/${id}`, external: `${id}@1` },
  ]);
  expect(rows.every((r) => r.published instanceof Date)).toBe(true);
  // No delivery job for them.
  expect(await armed('deliver', rows.map((r) => r.id))).toEqual([]);

  const { rows: events } = await t.db.pool.query<{ action: string; actor: string; target: string }>(
    `SELECT action, actor, target_id AS target FROM audit_events WHERE target_id = ANY($1) AND action NOT IN ('content.create', 'content.submit', 'content.approve') ORDER BY seq`,
    [[id, ...rows.map((r) => r.id)]],
  );
  expect(events.map((e) => `${e.action} ${e.actor}`)).toEqual([
    'content.release ed', 'publication.published system:deliver', 'publication.published system:deliver', 'content.published system:deliver',
  ]);

  // Readers see it at once: the portal page, its search and the client feed.
  expect((await fetch(`${t.url}/articles/${id}`)).status).toBe(200);
  expect(await (await fetch(`${t.url}/search?q=${encodeURIComponent('办事大厅开放时间')}`)).text()).toContain(`/articles/${id}`);
  const feed = (await (await fetch(`${t.url}/feed.json`)).json()) as { items: { id: string }[] };
  expect(feed.items.map((item) => item.id).some((itemId) => itemId.includes(id))).toBe(true);
});

test('beside a platform channel, the hosted ones are published and only the platform gets a delivery job', async () => {
  const id = await releaseItem(t, { ed: tokens.ed, rev: tokens.rev }, { title: '关于开展秋季森林防火检查的通知', channels: ['PORTAL', 'APP', 'WECHAT'] });
  const rows = await publicationsOf(id);
  expect(rows.map((r) => `${r.channel} ${r.status}`)).toEqual(['APP PUBLISHED', 'PORTAL PUBLISHED', 'WECHAT PENDING']);
  // The item waits for WeChat.
  expect(await statusOf(id)).toBe('PUBLISHING');
  await eventually(async () => (await armed('deliver', rows.map((r) => r.id))).length > 0);
  expect(await armed('deliver', rows.map((r) => r.id))).toEqual([rows.find((r) => r.channel === 'WECHAT')!.id]);
});

test('a scheduled item released early publishes its hosted channels then, and withdraws their scheduled jobs', async () => {
  const id = await approveItem(t, { ed: tokens.ed, rev: tokens.rev }, { title: '关于调整社区服务中心开放时间的通告', channels: ['PORTAL', 'APP'] });
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: tomorrow }, tokens.ed)).data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  const scheduled = await publicationsOf(id);
  expect(scheduled.map((r) => r.status)).toEqual(['PENDING', 'PENDING']);
  const ids = scheduled.map((r) => r.id).sort();
  expect(await armed('deliver', ids)).toEqual(ids);

  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ status } }', { id }, tokens.ed)).data).toEqual({ publishContent: { status: 'PUBLISHED' } });
  expect((await publicationsOf(id)).map((r) => `${r.status} ${r.attempts}`)).toEqual(['PUBLISHED 1', 'PUBLISHED 1']);
  expect(await armed('cancel', ids)).toEqual(ids);
});
