/**
 * `node --import tsx bench/pipeline.workers.ts`: the worker processes' CPU, the quick way. Releases WORKERS_ITEMS
 * approved items to the four channels with 1 and then 2 `tongfa worker` processes (WORKERS_COUNTS, "1,2") and
 * prints per channel publication the CPU of the workers, of PostgreSQL and of this process (the simulators and
 * the release calls), from /proc, with the rate. WORKERS_PROFILE=dir also writes CPU profiles (`--cpu-prof` for
 * the workers, the inspector for this process) and prints their self time by module, release window only.
 * WORKERS_ROUNDS repeats each count (CPU figures are the comparison to trust on a loaded machine).
 * WORKERS_STATEMENTS=1 loads pg_stat_statements and prints each run's statements per publication by text.
 * WORKERS_NO_SEARCH=1 disables the portal search index's triggers on publications for the whole run: the most that
 * taking the search refresh off the publishing path could save (the refresh's CPU is not timed by the function
 * statistics alone, whose self time is wall time on a loaded machine). Alternate it with a run without it.
 * BENCH_SAMPLE_WAITS=1 prints for each window what PostgreSQL's backends waited on (`bench/waitSampler.ts`) and,
 * per worker, its event-loop utilisation, pool queueing, jobs running/locked and claim-to-run times
 * (`bench/workerProbe.ts`, loaded into the workers).
 * WORKERS_WARMUP (20) items are released by the fresh workers before each measured window: a worker in production
 * runs for days, and a cold process's first seconds (code not yet optimised) weigh more on each of two workers,
 * which see half the work each, than on one.
 * Each window also prints the cores' utilisation: the CPU of the workers, PostgreSQL and this process over the
 * window's wall time and the machine's cores (near 100 % and more workers cannot go faster here), and the whole
 * machine's busy share from /proc/stat (other processes included: above the bench's own, the machine was shared).
 * Each count's rate is printed against the first count's of its round (the growth with workers).
 * BENCH_PLATFORM_LATENCY_MS (`bench/pipelineRig.ts`) makes every simulated platform call take that long.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pgLib from 'pg';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase } from '../store/embedded.js';
import { publishContent } from '../workflow/publish.js';
import { approvedItems, benchEnv, PLATFORM_LATENCY_MS, seedAuthors, simulatedChannels, startSimulators, waitPublished } from './pipelineRig.js';
import { summarise, type Window } from './cpuprofile.js';
import { machineCpuMs, postmasterPid, processCpuMs, processTreeCpuMs } from './procCpu.js';
import { databaseWindowReport, readTableCounters, startBenchCluster, type TableCounters } from './statementStats.js';
import { startWaitSampler } from './waitSampler.js';
import { askProbes, probeArgs, probeReport } from './probeClient.js';

const ITEMS = Number(process.env.WORKERS_ITEMS ?? 100);
const COUNTS = (process.env.WORKERS_COUNTS ?? '1,2').split(',').map(Number);
const ROUNDS = Number(process.env.WORKERS_ROUNDS ?? 1);
const PROFILE_DIR = process.env.WORKERS_PROFILE ? path.resolve(process.env.WORKERS_PROFILE) : null;
const WARMUP = Number(process.env.WORKERS_WARMUP ?? 20);
const CHANNELS = 4;
/** The triggers that keep the portal's search index in step with the publications (migration 0031). */
const SEARCH_TRIGGERS = ['search_publications_insert', 'search_publications_sync', 'search_publications_delete'] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-workers-'));
const STATEMENTS = !!process.env.WORKERS_STATEMENTS;
const SAMPLE_WAITS = !!process.env.BENCH_SAMPLE_WAITS;
// Names this process's connections in pg_stat_activity (node-postgres reads it when a connection opens).
process.env.PGAPPNAME ??= 'bench';
const pg = await startBenchCluster(path.join(dir, 'pg'), STATEMENTS);
await ensureDatabase(pg.adminUrl, 'bench');
const stats = STATEMENTS ? new pgLib.Client({ connectionString: pg.urlFor('bench') }) : null;
if (stats) {
  await stats.connect();
  await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
}
const postgresPid = postmasterPid(path.join(dir, 'pg'));
const sims = await startSimulators();
const { wechat, weibo } = sims;
const env = benchEnv(pg.urlFor('bench'), dir, sims);
const config = loadConfig(env);
const hub = await startHub(config, { web: false, worker: false, name: 'workers-author', channels: simulatedChannels(config, sims) });
const { editor, reviewer } = await seedAuthors(hub.deps, sims);
if (process.env.WORKERS_NO_SEARCH) {
  // The bench's own cluster, as its superuser (the hub's role does not own the table). Search stays empty.
  const owner = new pgLib.Client({ connectionString: pg.urlFor('bench') });
  await owner.connect();
  for (const trigger of SEARCH_TRIGGERS) await owner.query(`ALTER TABLE publications DISABLE TRIGGER ${trigger}`);
  await owner.end();
}

let counter = 0;
const approved = async (n: number): Promise<string[]> => {
  counter += n;
  return approvedItems(hub.deps, { editor, reviewer }, '工作进程', n);
};
const waitAll = (ids: string[]): Promise<void> => waitPublished(hub.deps, ids, 30 * 60_000);

async function startWorkers(n: number, profileDir: string | null): Promise<ChildProcess[]> {
  const children = Array.from({ length: n }, (_, i) => spawn(process.execPath, [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(SAMPLE_WAITS ? probeArgs(root) : []), path.join(root, 'bin/tongfa.js'), 'worker',
  ], { env: { ...process.env, ...env, DATA_DIR: path.join(dir, `worker-${i}`), PGAPPNAME: `worker-${i}` }, stdio: ['ignore', 'pipe', 'inherit', ...(SAMPLE_WAITS ? ['ipc' as const] : [])] }));
  await Promise.all(children.map((child) => new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('worker running')) resolve(); });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  })));
  return children;
}
const stopWorkers = (children: ChildProcess[]): Promise<void[]> => Promise.all(children.map((child) => new Promise<void>((resolve) => {
  child.removeAllListeners('exit');
  child.on('exit', () => resolve());
  child.kill('SIGTERM');
})));
const ownCpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

const lines: string[] = [];
const cores = os.cpus().length;
const percent = (cpuMs: number, wallMs: number): string => `${((100 * cpuMs) / (wallMs * cores)).toFixed(0)} %`;
for (let round = 0; round < ROUNDS; round++) {
  let firstRate: number | null = null;
  for (const n of COUNTS) {
    const warm = await approved(WARMUP);
    const ids = await approved(ITEMS);
    const profileDir = PROFILE_DIR ? path.join(PROFILE_DIR, `${n}-workers-${round}`) : null;
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    const workers = await startWorkers(n, profileDir);
    const pids = workers.map((w) => w.pid!);
    await Promise.all(warm.map((id) => publishContent(hub.deps, editor, id)));
    await waitAll(warm);
    const session = profileDir ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    await stats?.query('SELECT pg_stat_statements_reset()');
    const tablesBefore: TableCounters | null = stats ? await readTableCounters(stats) : null;
    const before = { workers: pids.reduce((s, p) => s + processCpuMs(p), 0), postgres: processTreeCpuMs(postgresPid), bench: ownCpuMs(), machine: machineCpuMs() };
    const window: Window = { fromUs: monotonicUs(), toUs: 0 };
    const sampler = SAMPLE_WAITS ? await startWaitSampler(pg.urlFor('bench')) : null;
    if (SAMPLE_WAITS) await askProbes(workers, 'probe:start');
    const started = performance.now();
    const windowStart = new Date();
    await Promise.all(ids.map((id) => publishContent(hub.deps, editor, id)));
    await waitAll(ids);
    const seconds = (performance.now() - started) / 1000;
    window.toUs = monotonicUs();
    if (sampler) {
      const probes = await askProbes(workers, 'probe:stop');
      process.stderr.write(`== ${n} worker(s): waits during the window\n${(await sampler.stop()).text}\n${probeReport(probes)}\n`);
    }
    const after = { workers: pids.reduce((s, p) => s + processCpuMs(p), 0), postgres: processTreeCpuMs(postgresPid), bench: ownCpuMs(), machine: machineCpuMs() };
    const per = (key: 'workers' | 'postgres' | 'bench'): string => ((after[key] - before[key]) / (ids.length * CHANNELS)).toFixed(2);
    const used = { workers: after.workers - before.workers, postgres: after.postgres - before.postgres, bench: after.bench - before.bench };
    const wallMs = seconds * 1000;
    const machineBusy = (after.machine.busyMs - before.machine.busyMs) / Math.max(1, after.machine.totalMs - before.machine.totalMs);
    const rate = (ids.length * CHANNELS) / seconds;
    firstRate ??= rate;
    // Connections to the database at the window's end, and how many of them started during it (cold backends).
    const { rows: [backends] } = await hub.deps.pool.query<{ total: number; fresh: number }>(
      'SELECT count(*)::int AS total, (count(*) FILTER (WHERE backend_start >= $1))::int AS fresh FROM pg_stat_activity WHERE datname = current_database()', [windowStart]);
    const line = `${n} worker(s): ${rate.toFixed(1)} publications/s (${(rate / firstRate).toFixed(2)}× ${COUNTS[0]} worker(s)) in ${seconds.toFixed(1)} s; `
      + `CPU ms per publication: workers ${per('workers')}, PostgreSQL ${per('postgres')}, bench process (simulators, release calls) ${per('bench')}; `
      + `cores busy: bench's processes ${percent(used.workers + used.postgres + used.bench, wallMs)} of ${cores} (workers ${percent(used.workers, wallMs)}, PostgreSQL ${percent(used.postgres, wallMs)}, bench ${percent(used.bench, wallMs)}), `
      + `whole machine ${(100 * machineBusy).toFixed(0)} %; connections ${backends.total} (${backends.fresh} opened in the window); load ${os.loadavg()[0].toFixed(1)}`;
    lines.push(line);
    process.stderr.write(`${line}\n`);
    if (stats && tablesBefore) process.stderr.write(`${await databaseWindowReport(stats, tablesBefore, ids.length * CHANNELS)}\n`);
    if (session && profileDir) {
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(path.join(profileDir, 'bench.cpuprofile'), JSON.stringify(profile));
      session.disconnect();
    }
    await stopWorkers(workers);
    if (profileDir) {
      const files = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
      const workerFiles = files.filter((f) => f !== 'bench.cpuprofile').map((f) => path.join(profileDir, f));
      process.stderr.write(`\n== ${n} worker(s), worker processes (${ids.length * CHANNELS} publications)\n${summarise(workerFiles, window)}\n`);
      process.stderr.write(`\n== ${n} worker(s), bench process\n${summarise([path.join(profileDir, 'bench.cpuprofile')], window, 15)}\n\n`);
    }
  }
}
console.log(`${process.env.WORKERS_NO_SEARCH ? 'search triggers disabled (WORKERS_NO_SEARCH)\n' : ''}platform latency ${PLATFORM_LATENCY_MS} ms (BENCH_PLATFORM_LATENCY_MS), ${ITEMS} items × ${CHANNELS} channels per window\n${lines.join('\n')}`);
console.log(`posts seen: WeChat ${wechat.published.length}, Weibo ${weibo.posted.length} of ${counter}`);
await stats?.end();
await hub.stop();
await Promise.all([wechat.close(), weibo.close()]);
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
