/**
 * `node --import tsx bench/pipeline.lateness.ts`: step 4 of `bench/pipeline.bench.ts` alone (scheduled-release lateness),
 * so that two checkouts can be alternated in a few minutes each. BENCH_SCHEDULED items (×4 deliveries) are released
 * for instants spread over BENCH_SCHEDULE_SPREAD_MS to BENCH_WORKERS worker processes (warmed up by BENCH_WARMUP items
 * first, as in the full bench); lateness = the delivery's start (its first `content.release` audit event by the
 * deliverer) minus the instant set, per item as in the full bench. Prints the distribution and the machine's load
 * (which, on a shared machine, moves the tail more than anything under test); BENCH_LATENESS_DUMP=FILE also writes
 * each item's [offset in the spread, lateness] in ms as JSON, to tell a backlog (lateness growing through the
 * spread) from isolated stalls. Sizes as in the full bench: 200, 20000, 2 workers, 20.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase } from '../store/embedded.js';
import { publishContent } from '../workflow/publish.js';
import { approvedItems, benchEnv, seedAuthors, simulatedChannels, startSimulators, waitPublished } from './pipelineRig.js';
import { median, quantile } from './stats.js';
import { startBenchCluster } from './statementStats.js';

const SCHEDULED = Number(process.env.BENCH_SCHEDULED ?? 200);
const SPREAD_MS = Number(process.env.BENCH_SCHEDULE_SPREAD_MS ?? 20_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const CHANNELS = 4;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-lateness-'));
const pg = await startBenchCluster(path.join(dir, 'pg'), false);
await ensureDatabase(pg.adminUrl, 'bench');
const sims = await startSimulators();
const env = benchEnv(pg.urlFor('bench'), dir, sims);
const config = loadConfig(env);
const hub = await startHub(config, { web: false, worker: false, name: 'lateness-author', channels: simulatedChannels(config, sims) });
const { editor, reviewer } = await seedAuthors(hub.deps, sims);

const approved = (prefix: string, n: number): Promise<string[]> => approvedItems(hub.deps, { editor, reviewer }, prefix, n);
const waitAll = (ids: string[], timeoutMs: number): Promise<void> => waitPublished(hub.deps, ids, timeoutMs);

const toSchedule = await approved('定时发布', SCHEDULED);
const warm = await approved('预热', WARMUP);
const children: ChildProcess[] = Array.from({ length: WORKERS }, (_, i) => spawn(process.execPath, [path.join(root, 'bin/tongfa.js'), 'worker'], {
  env: { ...process.env, ...env, DATA_DIR: path.join(dir, `worker-${i}`), PGAPPNAME: `worker-${i}` }, stdio: ['ignore', 'pipe', 'inherit'],
}));
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
await Promise.all(children.map((child) => new Promise<void>((resolve, reject) => {
  child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('worker running')) resolve(); });
  child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
})));
await Promise.all(warm.map((id) => publishContent(hub.deps, editor, id)));
await waitAll(warm, 10 * 60_000);

const base = Date.now() + 15_000 + SCHEDULED * 50;
const scheduled = toSchedule.map((id, i) => ({ id, at: new Date(base + Math.floor((i * SPREAD_MS) / SCHEDULED)) }));
for (let i = 0; i < scheduled.length; i += 10) await Promise.all(scheduled.slice(i, i + 10).map((s) => publishContent(hub.deps, editor, s.id, s.at)));
if (Date.now() > base) throw new Error('scheduling took longer than the head start: raise it');
await waitAll(scheduled.map((s) => s.id), 10 * 60_000);
await Promise.all(children.map((child) => new Promise<void>((resolve) => {
  child.removeAllListeners('exit');
  child.on('exit', () => resolve());
  child.kill('SIGTERM');
})));
const startOf = new Map((await hub.deps.pool.query<{ id: string; at: Date }>(
  `SELECT target_id AS id, min(at) AS at FROM audit_events WHERE action = 'content.release' AND actor = 'system:deliver' AND target_id = ANY($1) GROUP BY target_id`,
  [scheduled.map((s) => s.id)],
)).rows.map((r) => [r.id, r.at.getTime()]));
const lateness = scheduled.map((s) => startOf.get(s.id)! - s.at.getTime());
const show = (values: number[]): string => `p50 ${median(values).toFixed(0)}, p90 ${quantile(values, 0.9).toFixed(0)}, p99 ${quantile(values, 0.99).toFixed(0)}, max ${Math.max(...values).toFixed(0)} ms`;
if (process.env.BENCH_LATENESS_DUMP) fs.writeFileSync(process.env.BENCH_LATENESS_DUMP, JSON.stringify(scheduled.map((s, i) => [s.at.getTime() - base, lateness[i]])));
console.log(`lateness (${SCHEDULED * CHANNELS} deliveries over ${SPREAD_MS / 1000} s, ${WORKERS} workers, load ${os.loadavg()[0].toFixed(1)}): ${show(lateness)}`);

await hub.stop();
await Promise.all([sims.wechat.close(), sims.weibo.close()]);
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
