/**
 * `npm run bench:pipeline`: items approved and released to all four channels through the platform
 * simulators, on a real (embedded) PostgreSQL with the real job queue. Prints throughput, approval-to-
 * published latency, and the lateness of scheduled releases. Sizes: BENCH_ITEMS (1000), BENCH_SCHEDULED (200).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hubChannels } from '../channels/registry.js';
import { WechatChannel } from '../channels/wechat/index.js';
import { WeiboChannel } from '../channels/weibo/index.js';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { findUserByUsername } from '../store/organisation.js';
import { startWechatSim } from '../test/sim/wechat.js';
import { startWeiboSim } from '../test/sim/weibo.js';
import { actorOf, SYSTEM, type Actor } from '../workflow/actor.js';
import { createChannelAccount } from '../workflow/accounts.js';
import { createContent, submitContent } from '../workflow/content.js';
import { publishContent } from '../workflow/publish.js';
import { reviewContent } from '../workflow/review.js';
import { createUser } from '../workflow/users.js';
import { median, quantile, table } from './stats.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const SCHEDULED = Number(process.env.BENCH_SCHEDULED ?? 200);
// 200 releases x 4 channels over a minute: a busy morning's schedule, within one worker's capacity.
const SPREAD_MS = Number(process.env.BENCH_SCHEDULE_SPREAD_MS ?? 60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-bench-'));
const pg = await startEmbedded({ dir: path.join(dir, 'pg'), ephemeral: true });
await ensureDatabase(pg.adminUrl, 'bench');
const wechat = await startWechatSim({ appId: 'wxbench000000000001', appSecret: 'bench-secret' });
const weibo = await startWeiboSim({ safeDomain: 'portal.bench', users: [{ accessToken: 'bench-token' }], duplicateWindow: 5 });
const config = loadConfig({ DATABASE_URL: pg.urlFor('bench'), PORT: '0', DATA_DIR: dir, PUBLIC_BASE_URL: 'http://portal.bench', JOBS_POLL_MS: '250', NODE_ENV: 'test' });
const channels = {
  ...hubChannels(),
  WECHAT: new WechatChannel({ apiBase: wechat.baseUrl }),
  WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: config.publicBaseUrl }),
};
const hub = await startHub(config, { web: false, worker: true, name: 'bench', channels });
const { deps } = hub;

for (const [username, role] of [['ed', 'editor'], ['rev', 'reviewer'], ['chan', 'channel_admin']] as const) {
  await createUser(deps.pool, SYSTEM, { username, password: `${username}-password`, role });
}
const actor = async (u: string): Promise<Actor> => actorOf((await findUserByUsername(deps.pool, u))!);
const [editor, reviewer, admin] = [await actor('ed'), await actor('rev'), await actor('chan')];
await createChannelAccount(deps, admin, { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } });
await createChannelAccount(deps, admin, { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'bench-token' } });

// Noise reference for this machine and moment: a trivial database round trip.
const pings: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  await deps.pool.query('SELECT 1');
  pings.push(performance.now() - t0);
}

async function approved(title: string): Promise<{ id: string; approvedAt: number }> {
  const c = await createContent(deps, editor, { title, body: `<p>${title}。联系人：王建国，电话13812345678。</p>`, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });
  await submitContent(deps, editor, c.id);
  await reviewContent(deps, reviewer, c.id, { decision: 'APPROVE' });
  return { id: c.id, approvedAt: Date.now() };
}

async function waitAll(ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await deps.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM contents WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
    if (rows[0].n === ids.length) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${ids.length} published in time`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// 1. Immediate releases: approve, then release at once, all in flight together.
const items: { id: string; approvedAt: number }[] = [];
const startedAt = Date.now();
const releases: Promise<unknown>[] = [];
for (let i = 0; i < ITEMS; i++) {
  const item = await approved(`流水线测试 ${i}`);
  items.push(item);
  releases.push(publishContent(deps, editor, item.id));
}
await Promise.all(releases);
await waitAll(items.map((i) => i.id), 30 * 60_000);
const finishedAt = Date.now();
const { rows: done } = await deps.pool.query<{ id: string; at: Date }>(`SELECT id, published_at AS at FROM contents WHERE id = ANY($1)`, [items.map((i) => i.id)]);
const publishedAt = new Map(done.map((r) => [r.id, r.at.getTime()]));
const latencies = items.map((i) => publishedAt.get(i.id)! - i.approvedAt);

// 2. Scheduled releases: all approved first, then set for instants spread over BENCH_SCHEDULE_SPREAD_MS (60 s) starting shortly
// after; lateness = when delivery of the item started minus the instant it was set for.
const toSchedule: string[] = [];
for (let i = 0; i < SCHEDULED; i++) toSchedule.push((await approved(`定时发布测试 ${i}`)).id);
const scheduled: { id: string; at: Date }[] = [];
const base = Date.now() + 30_000 + SCHEDULED * 50;
for (const [i, id] of toSchedule.entries()) {
  const at = new Date(base + Math.floor((i * SPREAD_MS) / SCHEDULED));
  await publishContent(deps, editor, id, at);
  scheduled.push({ id, at });
}
if (Date.now() > base) throw new Error('scheduling took longer than the head start: raise it');
await waitAll(scheduled.map((s) => s.id), 10 * 60_000);
const { rows: starts } = await deps.pool.query<{ id: string; at: Date }>(
  `SELECT target_id AS id, min(at) AS at FROM audit_events WHERE action = 'content.release' AND actor = 'system:deliver' AND target_id = ANY($1) GROUP BY target_id`,
  [scheduled.map((s) => s.id)],
);
const startOf = new Map(starts.map((r) => [r.id, r.at.getTime()]));
const lateness = scheduled.map((s) => startOf.get(s.id)! - s.at.getTime());

const exactlyOnce = wechat.published.length === ITEMS + SCHEDULED && weibo.posted.length === ITEMS + SCHEDULED;
console.log(`\nTongfa pipeline benchmark — ${ITEMS} immediate + ${SCHEDULED} scheduled releases (spread over ${SPREAD_MS / 1000} s) to PORTAL, APP, WECHAT, WEIBO (simulators)\n`);
console.log(table(['measure', 'value', 'unit'], [
  ['database round trip (p50, noise reference)', median(pings), 'ms'],
  ['throughput (approved → all 4 channels published)', (ITEMS / ((finishedAt - startedAt) / 60_000)), 'items/min'],
  ['approval → published p50', median(latencies), 'ms'],
  ['approval → published p99', quantile(latencies, 0.99), 'ms'],
  ['scheduled release lateness p50', median(lateness), 'ms'],
  ['scheduled release lateness p99', quantile(lateness, 0.99), 'ms'],
  ['posts seen by the simulators (WeChat / Weibo)', `${wechat.published.length} / ${weibo.posted.length}`, exactlyOnce ? 'exactly once' : 'MISMATCH'],
]));

await hub.stop();
await Promise.all([wechat.close(), weibo.close()]);
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(exactlyOnce ? 0 : 1);
