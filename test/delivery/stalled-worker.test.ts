/**
 * Issue 11, the starved worker: worker A claims a publication and starts its platform calls, then is frozen
 * (SIGSTOP, as CPU starvation or a long GC pause would) past its lease; worker B takes the publication over and
 * delivers it; then A wakes with its calls still in hand. Each platform must hold exactly one post per item, and
 * A must notice it lost the publication instead of sending or recording anything.
 *
 * The simulators hold A's request before acting on it, so A is frozen with the request on its way. Weibo's own
 * duplicate check (20019) is switched off: the account's other traffic can push our posts out of it, and the
 * hub must not depend on it.
 */
import type { ChildProcess } from 'node:child_process';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem, platformWorkers } from '../helpers/release.js';
import type { WorkerProcesses } from '../helpers/workers.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let workers: WorkerProcesses;
const tokens: Record<string, string> = {};
const LEASE_LOST_LOG = '发布租约已被其他发布进程接管';

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000e7', appSecret: 'stall-secret' });
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: 'stall-token' }], duplicateWindowMs: 0 });
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  expect((await t.gql(create, { i: { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } } }, tokens.chan)).errors).toBeUndefined();
  expect((await t.gql(create, { i: { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'stall-token' } } }, tokens.chan)).errors).toBeUndefined();
  workers = platformWorkers(t, { wechat: wechat.baseUrl, weibo: weibo.baseUrl });
});
afterAll(async () => {
  await workers.killAll();
  await t.stop();
  await Promise.all([wechat.close(), weibo.close()]);
});

const statusOf = async (id: string) => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [id])).rows[0].status;

interface Stall {
  title: string;
  channel: 'WECHAT' | 'WEIBO';
  wechatMode?: 'PUBLISH' | 'MASS_SEND';
  /** The simulator and the call the frozen worker is stopped in (held `holdMs` before the simulator acts on it). */
  sim: WechatSim | WeiboSim;
  path: string;
  holdMs: number;
  /** Whether the other worker has taken over far enough for the frozen one to do harm on waking (its own publishing call made). */
  tookOver: () => boolean;
  /** Posts of the item the platform really made. */
  posts: () => number;
}

const LOGGING = { LOG_LEVEL: 'warn', LOG_FORMAT: 'json' };

/**
 * Two workers run; the one that sends `path` is frozen with it in flight, for longer than its lease but shorter
 * than its HTTP timeout (so that it wakes with its call answered, as a starved worker does); the other takes over.
 * Returns the frozen worker's log.
 */
async function stallAndTakeOver(s: Stall): Promise<string> {
  const pair = [workers.start(LOGGING), workers.start(LOGGING)];
  let frozen: ChildProcess | undefined;
  try {
    await eventually(async () => pair.every((w) => workers.output(w).includes('worker running')), 60_000, 200);
    const before = s.sim.arrivals.length;
    s.sim.delayNext(s.holdMs, s.path);
    const id = await approveItem(t, tokens as { ed: string; rev: string }, { title: s.title, body: `<p>${s.title}，特此公告。</p>`, summary: `${s.title}的有关事项`, channels: [s.channel] });
    const published = await t.gql('mutation($id:ID!,$o:ReleaseOptions){ publishContent(id:$id, options:$o){ id } }', { id, o: s.wechatMode ? { wechatMode: s.wechatMode } : null }, tokens.ed);
    expect(published.errors).toBeUndefined();

    const call = await eventually(async () => s.sim.arrivals.slice(before).find((a) => a.path === s.path), 60_000, 20);
    frozen = workers.ownerOfPort(call.port);
    expect(frozen).toBeDefined();
    workers.pause(frozen!);
    await eventually(async () => s.tookOver(), 60_000, 100);
    workers.resume(frozen!);
    await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 90_000, 250).catch(async (error: unknown) => {
      const { rows } = await t.db.pool.query('SELECT status, attempts, polls, external_id, last_error, progress, lease_until FROM publications WHERE content_id = $1', [id]);
      throw new Error(`${String(error)}: ${JSON.stringify(rows)}`);
    });
    // The frozen worker wakes with its request answered: it must find the publication taken over, and say so.
    await eventually(async () => workers.output(frozen!).includes(LEASE_LOST_LOG) || s.posts() > 1, 30_000, 250).catch(() => undefined);
    expect(s.posts()).toBe(1);
    const { rows } = await t.db.pool.query<{ status: string; attempts: number }>('SELECT status, attempts FROM publications WHERE content_id = $1', [id]);
    expect(rows).toEqual([{ status: 'PUBLISHED', attempts: 2 }]);
    return workers.output(frozen!);
  } finally {
    if (frozen) workers.resume(frozen);
    await Promise.all(pair.map((w) => workers.kill(w)));
  }
}

test('WeChat 发布: a worker frozen in draft/add past its lease neither submits its own draft nor overwrites the delivery that took over', async () => {
  const title = '关于冻结进程发布测试的通告';
  const submits = wechat.submissions;
  const log = await stallAndTakeOver({
    title, channel: 'WECHAT', sim: wechat, path: '/cgi-bin/draft/add', holdMs: 3000,
    tookOver: () => wechat.submissions > submits, posts: () => wechat.published.filter((p) => p.title === title).length,
  });
  expect(log).toContain(LEASE_LOST_LOG);
  // A's draft was made but never submitted: one submit in all.
  expect(wechat.draftLog.filter((d) => d.title === title)).toHaveLength(2);
  expect(wechat.submissions).toBe(1);
}, 180_000);

test('WeChat 群发: a worker frozen in draft/add past its lease sends no second 群发', async () => {
  const title = '关于冻结进程群发测试的通告';
  const before = wechat.arrived.filter((p) => p === '/cgi-bin/message/mass/sendall').length;
  const log = await stallAndTakeOver({
    title, channel: 'WECHAT', wechatMode: 'MASS_SEND', sim: wechat, path: '/cgi-bin/draft/add', holdMs: 3000,
    tookOver: () => wechat.arrived.filter((p) => p === '/cgi-bin/message/mass/sendall').length > before, posts: () => wechat.massSends.filter((m) => m.title === title).length,
  });
  expect(log).toContain(LEASE_LOST_LOG);
  // Fenced before sending: the platform's clientmsgid check was not even needed.
  expect(wechat.arrived.filter((p) => p === '/cgi-bin/message/mass/sendall').length - before).toBe(1);
}, 180_000);

test('Weibo: a worker frozen with share.json in flight past its lease — the post lands late, the worker that took over finds it and posts nothing', async () => {
  const title = '关于冻结进程微博测试的通告';
  // Held 10 s before Weibo acts: the other worker must not read the timeline before it lands (timeout 15 s).
  const log = await stallAndTakeOver({
    title, channel: 'WEIBO', sim: weibo, path: '/2/statuses/share.json', holdMs: 10_000,
    tookOver: () => weibo.arrived.includes('/2/statuses/user_timeline.json') || weibo.shareCalls > 1, posts: () => weibo.shared.filter((s) => s.text.includes(`【${title}】`)).length,
  });
  expect(log).toContain(LEASE_LOST_LOG);
  expect(weibo.shareCalls).toBe(1);
}, 180_000);
