/**
 * Where a channel publication's cost goes: one in-process worker releases PROFILE_ITEMS approved items to the
 * four channels; statements grouped by text (count and client-side time), PostgreSQL's own view
 * (pg_stat_statements, trigger functions) and a CPU profile of this process (PROFILE_CPU=file.cpuprofile).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import pgLib from 'pg';
import { hubChannels } from '../channels/registry.js';
import { WechatChannel } from '../channels/wechat/index.js';
import { WeiboChannel } from '../channels/weibo/index.js';
import { loadConfig } from '../server/config.js';
import { startHub, type Hub } from '../server/runtime.js';
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

const ITEMS = Number(process.env.PROFILE_ITEMS ?? 50);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-profile-'));
let pg = await startEmbedded({ dir: path.join(dir, 'pg') });
{
  const admin = new pgLib.Client({ connectionString: pg.adminUrl });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.query(`ALTER SYSTEM SET track_functions = 'all'`);
  await admin.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
  await admin.end();
  await pg.stop();
  pg = await startEmbedded({ dir: path.join(dir, 'pg') });
}
await ensureDatabase(pg.adminUrl, 'bench');
const wechat = await startWechatSim({ appId: 'wxbench000000000001', appSecret: 'bench-secret' });
const weibo = await startWeiboSim({ safeDomain: 'portal.bench', users: [{ accessToken: 'bench-token' }], duplicateWindow: 5 });
const env = { DATABASE_URL: pg.urlFor('bench'), PORT: '0', DATA_DIR: dir, PUBLIC_BASE_URL: 'http://portal.bench', JOBS_POLL_MS: '250', NODE_ENV: 'test', WECHAT_API_BASE: wechat.baseUrl, WEIBO_API_BASE: weibo.baseUrl };
const config = loadConfig(env);
const platforms = () => ({ ...hubChannels(), WECHAT: new WechatChannel({ apiBase: wechat.baseUrl }), WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: config.publicBaseUrl }) });
let hub: Hub = await startHub(config, { web: false, worker: false, name: 'profile-author', channels: platforms() });
for (const [username, role] of [['ed', 'editor'], ['rev', 'reviewer'], ['chan', 'channel_admin']] as const) await createUser(hub.deps.pool, SYSTEM, { username, password: `${username}-password`, role });
const actor = async (u: string): Promise<Actor> => actorOf((await findUserByUsername(hub.deps.pool, u))!);
const [editor, reviewer, chanAdmin] = [await actor('ed'), await actor('rev'), await actor('chan')];
await createChannelAccount(hub.deps, chanAdmin, { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } });
await createChannelAccount(hub.deps, chanAdmin, { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'bench-token' } });
// PROFILE_WARM_ITEMS released first and not counted: the measured run then starts on warm connections (their
// statements already planned), which separates what a publication costs from what a cold connection costs.
const WARM_ITEMS = Number(process.env.PROFILE_WARM_ITEMS ?? 0);
const ids: string[] = [];
const warmIds: string[] = [];
for (let i = 0; i < ITEMS + WARM_ITEMS; i++) {
  const title = `剖析 ${i}`;
  const c = await createContent(hub.deps, editor, { title, body: `<p>${title}。联系人：王建国，电话13812345678。</p>`, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });
  await submitContent(hub.deps, editor, c.id);
  await reviewContent(hub.deps, reviewer, c.id, { decision: 'APPROVE' });
  (i < WARM_ITEMS ? warmIds : ids).push(c.id);
}
if (process.env.PROFILE_RELEASE_ONLY) {
  // The release call alone, no worker: one at a time, then all at once (the bench's way).
  const alone: number[] = [];
  for (const id of ids.slice(0, 10)) { const s = performance.now(); await publishContent(hub.deps, editor, id); alone.push(performance.now() - s); }
  const together: number[] = [];
  const { postmasterPid, processTreeCpuMs } = await import('./procCpu.js');
  const postgresPid = postmasterPid(path.join(dir, 'pg'));
  const stats = new pgLib.Client({ connectionString: pg.urlFor('bench') });
  await stats.connect();
  await stats.query('SELECT pg_stat_reset()');
  const c0 = process.cpuUsage();
  const pg0 = processTreeCpuMs(postgresPid);
  const s0 = performance.now();
  await Promise.all(ids.slice(10).map(async (id) => { const s = performance.now(); await publishContent(hub.deps, editor, id); together.push(performance.now() - s); }));
  const p50 = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1].toFixed(1);
  console.log(`publishContent alone p50 ${p50(alone)} ms; ${together.length} at once p50 ${p50(together)} ms, all done in ${(performance.now() - s0).toFixed(0)} ms; CPU per release: this process ${((process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000 / together.length).toFixed(2)} ms, PostgreSQL ${((processTreeCpuMs(postgresPid) - pg0) / together.length).toFixed(2)} ms`);
  await new Promise((r) => setTimeout(r, 800));
  const { rows: fns } = await stats.query(`SELECT funcname, calls, round(total_time::numeric,1) AS total, round(self_time::numeric,1) AS self FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 6`);
  for (const f of fns) console.log(`${String(f.calls).padStart(6)} total ${String(f.total).padStart(8)} ms self ${String(f.self).padStart(8)}  ${f.funcname}`);
  await stats.end();
  await hub.stop(); await Promise.all([wechat.close(), weibo.close()]); await pg.stop(); fs.rmSync(dir, { recursive: true, force: true }); process.exit(0);
}
await hub.stop();
hub = await startHub(config, { web: false, worker: true, name: 'profile-worker', channels: platforms(), processEvery: 250 });
await new Promise((r) => setTimeout(r, 1500));
if (warmIds.length) {
  await Promise.all(warmIds.map((id) => publishContent(hub.deps, editor, id)));
  for (;;) {
    const { rows } = await hub.deps.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM contents WHERE id = ANY($1) AND status = 'PUBLISHED'`, [warmIds]);
    if (rows[0].n === warmIds.length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const admin = new pgLib.Client({ connectionString: pg.urlFor('bench') });
await admin.connect();
await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
await admin.query('SELECT pg_stat_statements_reset(), pg_stat_reset()');

// Per statement text: calls, client-side wall time, and the CPU its backend spent on it (from the backend's
// /proc/<pid>/schedstat, nanoseconds: a connection runs one statement at a time, so the backend's CPU between a
// statement's send and its answer is that statement's; lock waits cost nothing here, unlike in wall time).
const byText = new Map<string, { n: number; ms: number; cpu: number; each: number[] }>();
// A statement's first executions on a connection (parse, catalog look-ups, custom plans until the generic one):
// the cost of connections that start cold, apart from what a warm connection pays.
const seenOnBackend = new Map<string, number>();
let warmingNs = 0;
const backendCpuNs = (pid: number | undefined): number => {
  if (!pid) return 0;
  try { return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]); } catch { return 0; }
};
const { postmasterPid: pmPid, processTreeCpuMs: treeCpuMs } = await import('./procCpu.js');
const postgresPidAll = pmPid(path.join(dir, 'pg'));
const clientQuery = pgLib.Client.prototype.query;
pgLib.Client.prototype.query = function counted(this: pgLib.Client, ...args: unknown[]) {
  if (this === (admin as unknown)) return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '?';
  const key = text.replace(/\s+/g, ' ').replace(/^NOTIFY "agenda:jobs".*/, 'NOTIFY "agenda:jobs" …').slice(0, 140);
  const entry = byText.get(key) ?? { n: 0, ms: 0, cpu: 0, each: [] };
  entry.n++;
  byText.set(key, entry);
  const pid = (this as unknown as { processID?: number }).processID;
  const c0 = backendCpuNs(pid);
  const t0 = performance.now();
  const nth = (seenOnBackend.get(`${pid}:${key}`) ?? 0) + 1;
  seenOnBackend.set(`${pid}:${key}`, nth);
  const done = (): void => { const used = backendCpuNs(pid) - c0; entry.ms += performance.now() - t0; entry.cpu += used; entry.each.push(used); if (nth <= 6) warmingNs += used; };
  const callback = args[args.length - 1];
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, result: unknown) => { done(); (callback as (e: unknown, r: unknown) => void)(error, result); };
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  }
  const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
  return result;
} as typeof clientQuery;
const pgCpu0 = treeCpuMs(postgresPidAll);
const session = new Session();
if (process.env.PROFILE_CPU) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const calls: number[] = [];
await Promise.all(ids.map(async (id) => { const s = performance.now(); await publishContent(hub.deps, editor, id); calls.push(performance.now() - s); }));
const released = performance.now() - t0;
for (;;) {
  const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM contents WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
  if (rows[0].n === ids.length) break;
  await new Promise((r) => setTimeout(r, 50));
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const pgCpu = treeCpuMs(postgresPidAll) - pgCpu0;
if (process.env.PROFILE_CPU) { const { profile } = await session.post('Profiler.stop'); fs.writeFileSync(process.env.PROFILE_CPU, JSON.stringify(profile)); }
pgLib.Client.prototype.query = clientQuery;
const pubs = ITEMS * 4;
calls.sort((a, b) => a - b);
console.log(`${ITEMS} items, ${pubs} publications in ${wall.toFixed(0)} ms (release calls done at ${released.toFixed(0)} ms, p50 ${calls[calls.length >> 1].toFixed(0)} ms); process CPU ${((cpu.user + cpu.system) / 1000 / pubs).toFixed(2)} ms/publication`);
const total = [...byText.values()].reduce((sum, e) => sum + e.n, 0);
const backendMs = [...byText.values()].reduce((sum, e) => sum + e.cpu, 0) / 1e6;
console.log(`\nPostgreSQL CPU per publication: ${(pgCpu / pubs).toFixed(2)} ms (all processes, /proc); in the backends' statements ${(backendMs / pubs).toFixed(2)} ms; the rest (autovacuum, WAL writer, checkpointer, notifications) ${((pgCpu - backendMs) / pubs).toFixed(2)} ms`);
console.log(`of which a statement's first 6 executions on its connection: ${(warmingNs / 1e6 / pubs).toFixed(2)} ms; connections used: ${new Set([...seenOnBackend.keys()].map((k) => k.split(':')[0])).size}`);
console.log(`client statements per publication: ${(total / pubs).toFixed(2)}\n calls/pub  backend µs/call (median)  backend ms/pub  wall ms/call  statement`);
for (const [text, e] of [...byText].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 45)) console.log(`${(e.n / pubs).toFixed(2).padStart(6)} ${(e.cpu / e.n / 1e3).toFixed(0).padStart(8)}µs (${(e.each.sort((x, y) => x - y)[e.each.length >> 1] / 1e3).toFixed(0).padStart(5)}) ${(e.cpu / pubs / 1e6).toFixed(3).padStart(8)}ms ${(e.ms / e.n).toFixed(2).padStart(7)}ms  ${text}`);
const { rows: top } = await admin.query(`SELECT calls, round(total_exec_time::numeric, 1) AS ms, round((total_exec_time / nullif(calls,0))::numeric, 3) AS per, round(total_plan_time::numeric,1) AS plan, rows, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS q FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') ORDER BY total_exec_time DESC LIMIT 30`);
console.log('\npg_stat_statements by total exec time (ms):');
for (const r of top) console.log(`${String(r.calls).padStart(6)} ${String(r.ms).padStart(8)} ${String(r.per).padStart(7)} plan ${String(r.plan).padStart(6)} wal ${String(r.wal_bytes).padStart(9)}  ${r.q}`);
const { rows: fns } = await admin.query(`SELECT funcname, calls, round(total_time::numeric,1) AS total, round(self_time::numeric,1) AS self FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 15`);
console.log('\ntrigger/functions:');
for (const f of fns) console.log(`${String(f.calls).padStart(6)} total ${String(f.total).padStart(8)} self ${String(f.self).padStart(8)}  ${f.funcname}`);
await new Promise((r) => setTimeout(r, 600)); // table statistics reach the view shortly after each transaction
const { rows: tables } = await admin.query(`SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables WHERE n_tup_upd + n_tup_ins > 0 ORDER BY n_tup_upd DESC LIMIT 6`);
console.log('\nrows written (inserted / updated, of which HOT / deleted):');
for (const t of tables) console.log(`${String(t.n_tup_ins).padStart(6)} ${String(t.n_tup_upd).padStart(6)} ${String(t.n_tup_hot_upd).padStart(6)} ${String(t.n_tup_del).padStart(6)}  ${t.relname}`);
const { rows: sum } = await admin.query(`SELECT round(sum(total_exec_time)::numeric,1) AS exec, round(sum(total_plan_time)::numeric,1) AS plan, sum(calls) AS calls, sum(wal_bytes) AS wal FROM pg_stat_statements`);
console.log(`\nPG exec ${(Number(sum[0].exec) / pubs).toFixed(2)} ms/pub, plan ${(Number(sum[0].plan) / pubs).toFixed(2)} ms/pub, calls ${(Number(sum[0].calls) / pubs).toFixed(1)}/pub, WAL ${(Number(sum[0].wal) / pubs).toFixed(0)} B/pub`);
{
  const client = await hub.deps.pool.connect();
  const { rows: ps } = await client.query(`SELECT generic_plans, custom_plans, left(regexp_replace(statement, '\\s+', ' ', 'g'), 90) AS q FROM pg_prepared_statements ORDER BY generic_plans + custom_plans DESC LIMIT 12`);
  console.log('\nprepared statements of one worker connection (generic / custom plans):');
  for (const r of ps) console.log(`${String(r.generic_plans).padStart(5)} ${String(r.custom_plans).padStart(5)}  ${r.q}`);
  client.release();
}
await admin.end();
await hub.stop();
if (process.env.PROFILE_KEEP_MS) {
  // Leaves the database up for a look with psql (EXPLAIN ANALYZE of a statement, the tables' HOT counts).
  console.log(`\ndatabase kept for ${process.env.PROFILE_KEEP_MS} ms: ${pg.urlFor('bench')}`);
  await new Promise((r) => setTimeout(r, Number(process.env.PROFILE_KEEP_MS)));
}
await Promise.all([wechat.close(), weibo.close()]);
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
