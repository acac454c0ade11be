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
  /** The simulator and the call A is frozen in (held `holdMs` before the simulator acts on it). */
  sim: WechatSim | WeiboSim;
  path: string;
  holdMs: number;
  /** Posts of the item the platform really made. */
  posts: () => number;
}

/** A freezes with `path` in flight; B delivers; A wakes. Returns A's log. */
async function stallAndTakeOver(s: Stall): Promise<string> {
  const a: ChildProcess = workers.start({ LOG_LEVEL: 'warn', LOG_FORMAT: 'json' });
  const inFlight = () => s.sim.arrived.filter((p) => p === s.path).length;
  const before = inFlight();
  s.sim.delayNext(s.holdMs, s.path);
  const id = await approveItem(t, tokens as { ed: string; rev: string }, { title: s.title, body: `<p>${s.title}，特此公告。</p>`, summary: `${s.title}的有关事项`, channels: [s.channel] });
  const published = await t.gql('mutation($id:ID!,$o:ReleaseOptions){ publishContent(id:$id, options:$o){ id } }', { id, o: s.wechatMode ? { wechatMode: s.wechatMode } : null }, tokens.ed);
  expect(published.errors).toBeUndefined();

  let b: ChildProcess | null = null;
  try {
    await eventually(async () => inFlight() > before, 60_000);
    workers.pause(a);
    b = workers.start({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 90_000, 250).catch(async (error: unknown) => {
      const { rows } = await t.db.pool.query('SELECT status, attempts, polls, external_id, last_error, progress, lease_until FROM publications WHERE content_id = $1', [id]);
      const activity = await t.db.pool.query(`SELECT pid, state, wait_event_type, wait_event, left(query, 120) AS query, xact_start FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      const jobs = await t.db.pool.query(`SELECT name, locked_at, next_run_at, last_run_at, data FROM agenda_jobs WHERE data ? 'publicationId' OR name LIKE 'publications%'`).catch((e: unknown) => ({ rows: [String(e)] }));
      throw new Error(`${String(error)} at ${new Date().toISOString()}: ${JSON.stringify(rows)}\n${JSON.stringify(activity.rows, null, 1)}\n${JSON.stringify(jobs.rows)}\nB: ${b ? workers.output(b) : ''}`);
    });
    workers.resume(a);
    // A wakes with its request answered (or timed out): it must find the publication taken over, and say so.
    await eventually(async () => workers.output(a).includes(LEASE_LOST_LOG) || s.posts() > 1, 30_000, 250).catch(() => undefined);
  } finally {
    workers.resume(a);
    await Promise.all([workers.kill(a), b && workers.kill(b)]);
  }
  const log = workers.output(a);

  expect(s.posts()).toBe(1);
  const { rows } = await t.db.pool.query<{ status: string; attempts: number }>('SELECT status, attempts FROM publications WHERE content_id = $1', [id]);
  expect(rows).toEqual([{ status: 'PUBLISHED', attempts: 2 }]);
  return log;
}

test('WeChat 发布: a worker frozen in draft/add past its lease neither submits its own draft nor overwrites the delivery that took over', async () => {
  const title = '关于冻结进程发布测试的通告';
  const log = await stallAndTakeOver({ title, channel: 'WECHAT', sim: wechat, path: '/cgi-bin/draft/add', holdMs: 1500, posts: () => wechat.published.filter((p) => p.title === title).length });
  expect(log).toContain(LEASE_LOST_LOG);
  // A's draft was made but never submitted: one submit in all.
  expect(wechat.draftLog.filter((d) => d.title === title)).toHaveLength(2);
  expect(wechat.submissions).toBe(1);
}, 180_000);

test('WeChat 群发: a worker frozen in draft/add past its lease sends no second 群发', async () => {
  const title = '关于冻结进程群发测试的通告';
  const before = wechat.requests.filter((r) => r.path === '/cgi-bin/message/mass/sendall').length;
  const log = await stallAndTakeOver({ title, channel: 'WECHAT', wechatMode: 'MASS_SEND', sim: wechat, path: '/cgi-bin/draft/add', holdMs: 1500, posts: () => wechat.massSends.filter((m) => m.title === title).length });
  expect(log).toContain(LEASE_LOST_LOG);
  // Fenced before sending: the platform's clientmsgid check was not even needed.
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/message/mass/sendall').length - before).toBe(1);
}, 180_000);

test('Weibo: a worker frozen with share.json in flight past its lease — the post lands late, the worker that took over finds it and posts nothing', async () => {
  const title = '关于冻结进程微博测试的通告';
  const log = await stallAndTakeOver({ title, channel: 'WEIBO', sim: weibo, path: '/2/statuses/share.json', holdMs: 5000, posts: () => weibo.shared.filter((s) => s.text.includes(`【${title}】`)).length });
  expect(log).toContain(LEASE_LOST_LOG);
  expect(weibo.shareCalls).toBe(1);
}, 180_000);
