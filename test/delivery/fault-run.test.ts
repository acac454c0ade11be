/**
 * The fault run of issue 11, at a size a shared machine runs in about a minute: 48 items released to all four
 * channels while one platform call in ten fails (busy, 5xx gateway pages, connections dropped before or after
 * the platform acted, replies held 20 s after it acted) and worker processes are SIGKILLed three times.
 * Each platform must have received every item exactly once, and nothing may end FAILED.
 */
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { platformWorkers, releaseItem } from '../helpers/release.js';
import type { WorkerProcesses } from '../helpers/workers.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

const ITEMS = 48;
let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let workers: WorkerProcesses;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000f1', appSecret: 'fault-run-secret' });
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: 'fault-token' }] });
  t = await startTestHub({ worker: false, env: { WECHAT_API_BASE: wechat.baseUrl, WEIBO_API_BASE: weibo.baseUrl } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  expect((await t.gql(create, { i: { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } } }, tokens.chan)).errors).toBeUndefined();
  expect((await t.gql(create, { i: { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'fault-token' } } }, tokens.chan)).errors).toBeUndefined();
  workers = platformWorkers(t, { wechat: wechat.baseUrl, weibo: weibo.baseUrl });
});
afterAll(async () => {
  await workers.killAll();
  await t.stop();
  await Promise.all([wechat.close(), weibo.close()]);
});

const release = (title: string) =>
  releaseItem(t, tokens as { ed: string; rev: string }, { title, body: `<p>${title}，特此公告。</p>`, summary: `${title}的有关事项`, channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });

test('48 items, 10% platform faults and three worker SIGKILLs: every platform has every item exactly once, nothing FAILED', async () => {
  const faults = { rate: 0.1, holdMs: 20_000 };
  const wechatChaos = wechat.chaos({ ...faults, seed: 11 })!;
  const weiboChaos = weibo.chaos({ ...faults, seed: 12 })!;
  let live = [workers.start(), workers.start()];

  const titles = Array.from({ length: ITEMS }, (_, i) => `第${i + 1}号政务公开事项通告`);
  const ids: string[] = [];
  let kills = 0;
  for (const [i, title] of titles.entries()) {
    ids.push(await release(title));
    // Three kills while deliveries are in flight, each replaced by a fresh worker.
    if (i % 16 === 8) {
      await new Promise((r) => setTimeout(r, 300));
      await workers.kill(live[kills % 2]);
      live[kills % 2] = workers.start();
      kills++;
    }
  }
  expect(kills).toBe(3);

  const statuses = async () => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = ANY($1)', [ids])).rows.map((r) => r.status);
  await eventually(async () => (await statuses()).every((s) => s === 'PUBLISHED'), 100_000, 500).catch(async (error) => {
    const { rows } = await t.db.pool.query(`SELECT channel, status, attempts, last_error FROM publications WHERE content_id = ANY($1) AND status <> 'PUBLISHED'`, [ids]);
    throw new Error(`${error}: ${JSON.stringify(rows)}`);
  });

  // The faults really happened, including the dangerous kind: the platform acted and the reply never came.
  const dangerous = (c: typeof wechatChaos.counts) => c.dropAfter + c.holdAfter;
  expect(dangerous(wechatChaos.counts) + dangerous(weiboChaos.counts)).toBeGreaterThan(3);
  const all = (c: typeof wechatChaos.counts) => Object.values(c).reduce((a, b) => a + b, 0);
  expect(all(wechatChaos.counts)).toBeGreaterThan(15);
  expect(all(weiboChaos.counts)).toBeGreaterThan(5);

  const onWechat = titles.map((title) => wechat.published.filter((p) => p.title === title && !p.deleted).length);
  const onWeibo = titles.map((title) => weibo.shared.filter((s) => s.text.includes(`【${title}】`)).length);
  expect(onWechat).toEqual(new Array(ITEMS).fill(1));
  expect(onWeibo).toEqual(new Array(ITEMS).fill(1));
  expect(wechat.published).toHaveLength(ITEMS);
  expect(weibo.shared).toHaveLength(ITEMS);
  const { rows } = await t.db.pool.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM publications WHERE content_id = ANY($1) GROUP BY status`, [ids]);
  expect(rows).toEqual([{ status: 'PUBLISHED', n: ITEMS * 4 }]);
}, 150_000);
