import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { platformWorkers, releaseItem } from '../helpers/release.js';
import type { WorkerProcesses } from '../helpers/workers.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let workers: WorkerProcesses;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000b2', appSecret: 'app-secret-b2' });
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: 'crash-token' }] });
  // The API process delivers nothing: only the worker processes below do, and they are killed.
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  await t.gql(create, { i: { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } } }, tokens.chan);
  await t.gql(create, { i: { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'crash-token' } } }, tokens.chan);
  workers = platformWorkers(t, { wechat: wechat.baseUrl, weibo: weibo.baseUrl });
});
afterAll(async () => {
  await workers.killAll();
  await t.stop();
  await Promise.all([wechat.close(), weibo.close()]);
});

const release = (title: string) => releaseItem(t, tokens as { ed: string; rev: string }, { title, channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });
const statusOf = async (id: string) => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [id])).rows[0].status;
const onWechat = (title: string) => wechat.published.filter((p) => p.title === title).length;
const onWeibo = (title: string) => weibo.posted.filter((p) => p.text.includes(title)).length;

test('a worker SIGKILLed in the middle of platform calls, then restarted: each platform received the item exactly once', async () => {
  // Both platforms act on these requests only after a pause, so the worker dies with its calls in flight;
  // Weibo then creates the post anyway, and the next worker must notice it instead of posting again.
  wechat.delayNext(2500, '/cgi-bin/draft/add');
  weibo.delayNext(2500, '/2/statuses/share.json');
  const first = workers.start();
  const title = '关于做好今冬明春火灾防控工作的通知';
  const id = await release(title);
  await eventually(async () => {
    const { rows } = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM publications WHERE content_id = $1 AND status = 'PUBLISHING' AND channel IN ('WECHAT', 'WEIBO')`, [id]);
    return rows[0].n === 2;
  });
  await new Promise((r) => setTimeout(r, 500));
  await workers.kill(first);
  await eventually(async () => onWeibo(title) === 1, 10_000);
  expect(onWechat(title)).toBe(0);

  const second = workers.start();
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 60_000);
  expect(onWechat(title)).toBe(1);
  expect(onWeibo(title)).toBe(1);
  await workers.kill(second);
});

test('two workers at once: every platform receives every item exactly once', async () => {
  workers.start();
  workers.start();
  const titles = Array.from({ length: 5 }, (_, i) => `关于第${i + 1}批重点项目开工的公告`);
  const ids: string[] = [];
  for (const title of titles) ids.push(await release(title));
  await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === 'PUBLISHED'), 150_000).catch(async (error) => {
    const { rows } = await t.db.pool.query('SELECT channel, status, attempts, polls, last_error FROM publications WHERE content_id = ANY($1)', [ids]);
    throw new Error(`${error}: ${JSON.stringify(rows)}`);
  });
  expect(titles.map(onWechat)).toEqual([1, 1, 1, 1, 1]);
  expect(titles.map(onWeibo)).toEqual([1, 1, 1, 1, 1]);
  await workers.killAll();
});
