/**
 * `npm run bench:pipeline`: approved items released to all four channels through the platform simulators,
 * on a real (embedded) PostgreSQL with the real job queue and real worker processes (`tongfa worker`), so
 * that two workers can use two cores. Prints, beside the simulators' own round trip:
 *   1. statements and transactions per channel publication (one in-process worker, counted at the pool);
 *   2. throughput with 1 and 2 workers (release of BENCH_ITEMS approved items → every channel published), and the
 *      CPU time per publication of the worker processes and of PostgreSQL (from /proc: robust to a loaded machine);
 *      and of this process (the simulators and the release calls), and the cores that adds up to at that rate;
 *   3. the same with BENCH_FINISHED_JOBS finished jobs in the job table against a clean table (and the release
 *      call's latency), BENCH_FINISHED_ROUNDS pairs interleaved (clean first, then loaded first, …) and the
 *      medians compared, so that the machine's drift and the table's history weigh on both sides alike;
 *   4. scheduled-release lateness: BENCH_SCHEDULED items (×4 deliveries) spread over BENCH_SCHEDULE_SPREAD_MS.
 * The finished jobs of step 3 are there when the workers start, as an older version left them. Fresh workers release
 * BENCH_WARMUP items before each measured window: a production worker runs for days, and a cold process's first
 * seconds (code not yet optimised) weigh more on each of two workers, which see half the work each, than on one.
 * Sizes: BENCH_ITEMS (300), BENCH_WORKERS ("1,2"), BENCH_FINISHED_JOBS (100000), BENCH_FINISHED_ROUNDS (2), BENCH_WARMUP (20),
 * BENCH_SCHEDULED (200), BENCH_SCHEDULE_SPREAD_MS (20000). Keep them small on a shared machine.
 * BENCH_FINISHED_STATEMENTS=1 loads pg_stat_statements and prints, after step 3, the statements whose time per
 * publication grew most from the clean runs to the loaded ones (mean time and shared blocks per call on both sides).
 * BENCH_SAMPLE_WAITS=1 prints, for each window of step 2, what PostgreSQL's backends and each worker waited on
 * (`bench/waitSampler.ts`, `bench/workerProbe.ts`).
 * BENCH_PLATFORM_LATENCY_MS (0) makes every simulated platform call take that long (`bench/pipelineRig.ts`): at the
 * loopback's ~1 ms the workers are bound by CPU alone; at a real platform's 50–300 ms, by their concurrency.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pgLib from 'pg';
import { loadConfig } from '../server/config.js';
import { startHub, type Hub } from '../server/runtime.js';
import { ensureDatabase } from '../store/embedded.js';
import { publishContent } from '../workflow/publish.js';
import { approvedItems, benchEnv, seedAuthors, simulatedChannels, startSimulators, waitPublished } from './pipelineRig.js';
import { postmasterPid, processCpuMs, processTreeCpuMs } from './procCpu.js';
import { median, quantile, table } from './stats.js';
import { addStatements, readStatements, startBenchCluster, statementDifferences, type StatementTotals } from './statementStats.js';
import { startWaitSampler } from './waitSampler.js';
import { askProbes, probeArgs, probeReport } from './probeClient.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 300);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const FINISHED_JOBS = Number(process.env.BENCH_FINISHED_JOBS ?? 100_000);
const FINISHED_ROUNDS = Math.max(1, Number(process.env.BENCH_FINISHED_ROUNDS ?? 2));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const SCHEDULED = Number(process.env.BENCH_SCHEDULED ?? 200);
const SAMPLE_WAITS = !!process.env.BENCH_SAMPLE_WAITS;
// Names this process's connections in pg_stat_activity (node-postgres reads it when a connection opens).
process.env.PGAPPNAME ??= 'bench';
const SPREAD_MS = Number(process.env.BENCH_SCHEDULE_SPREAD_MS ?? 20_000);
const COUNTED_ITEMS = Math.min(50, ITEMS);
const note = (line: string): void => void process.stderr.write(`${line}\n`);
const CHANNELS = 4;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-bench-'));
const STATEMENTS = !!process.env.BENCH_FINISHED_STATEMENTS;
const pg = await startBenchCluster(path.join(dir, 'pg'), STATEMENTS);
await ensureDatabase(pg.adminUrl, 'bench');
const stats = STATEMENTS ? new pgLib.Client({ connectionString: pg.urlFor('bench') }) : null;
await stats?.connect();
await stats?.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
const postgresPid = postmasterPid(path.join(dir, 'pg'));
const sims = await startSimulators();
const { wechat, weibo } = sims;
const env = benchEnv(pg.urlFor('bench'), dir, sims);
const config = loadConfig(env);
const platforms = () => simulatedChannels(config, sims);
// The authoring side: no worker in this process, except for the counted run of step 1.
let hub: Hub = await startHub(config, { web: false, worker: false, name: 'bench-author', channels: platforms() });
const { editor, reviewer } = await seedAuthors(hub.deps, sims);

// 0. The simulators' own round trip: the adapters alone, 25 in flight, no database.
async function simulatorRate(n: number): Promise<number> {
  const direct = platforms();
  const rendition = (i: number) => ({ contentId: `sim-${i}`, revision: 1, title: `模拟器往返 ${i}`, html: `<p>模拟器往返 ${i}</p>`, summary: `模拟器往返 ${i}`, categoryCode: 'tzgg', categoryName: '通知公告', unitName: '测试单位', portalUrl: `http://portal.bench/articles/sim-${i}`, publishedAt: new Date() });
  const account = (credentials: Record<string, string>) => ({ accountId: 'sim', name: 'sim', credentials });
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 25 }, async () => {
    while (next < n) {
      const i = next++;
      await direct.WECHAT.publish(rendition(i), account({ appId: wechat.appId, appSecret: wechat.appSecret }), `sim-${i}`);
      await direct.WEIBO.publish(rendition(i), account({ accessToken: 'bench-token' }), `sim-${i}`);
    }
  }));
  return (n * 2) / ((performance.now() - started) / 1000);
}
const simRate = await simulatorRate(200);
const simPosts = { wechat: wechat.published.length, weibo: weibo.posted.length };

/** Approved items ready to release (preparation, outside every measured window). */
const approved = (prefix: string, n: number): Promise<string[]> => approvedItems(hub.deps, { editor, reviewer }, prefix, n);
const waitAll = (ids: string[], timeoutMs: number): Promise<void> => waitPublished(hub.deps, ids, timeoutMs);

/**
 * CPU milliseconds per channel publication: the worker processes, PostgreSQL (all its backends), and this
 * process — the simulators and the release calls, which share the same cores (0 when this process is the worker).
 */
interface CpuCost {
  workers: number;
  postgres: number;
  bench: number;
}

/** CPU used so far by the worker processes (this process when it runs the worker itself), PostgreSQL and this process. */
function cpuNow(workerPids: number[]): CpuCost {
  const own = process.cpuUsage();
  const ownMs = (own.user + own.system) / 1000;
  return {
    workers: workerPids.length ? workerPids.reduce((sum, pid) => sum + processCpuMs(pid), 0) : ownMs,
    postgres: processTreeCpuMs(postgresPid),
    bench: workerPids.length ? ownMs : 0,
  };
}
const cpuTotal = (cpu: CpuCost): number => cpu.workers + cpu.postgres + cpu.bench;
/** The CPU budget of a run: what each side costs a publication, and the cores that makes at the rate reached. */
const budget = (rate: number, cpu: CpuCost): string =>
  `CPU per publication: workers ${cpu.workers.toFixed(2)} ms, PostgreSQL ${cpu.postgres.toFixed(2)} ms, bench process ${cpu.bench.toFixed(2)} ms; `
  + `${((rate * cpuTotal(cpu)) / 1000).toFixed(2)} of ${os.cpus().length} cores busy at this rate (ceiling at this cost ${((os.cpus().length * 1000) / cpuTotal(cpu)).toFixed(0)}/s); load ${os.loadavg()[0].toFixed(1)}`;

/**
 * Releases every item at once; returns channel publications per second, the release calls' latencies and
 * the CPU per publication of the workers and of PostgreSQL (which includes the release calls' own statements).
 */
async function release(ids: string[], workerPids: number[] = []): Promise<{ rate: number; calls: number[]; cpu: CpuCost }> {
  const calls: number[] = [];
  const cpu0 = cpuNow(workerPids);
  const started = performance.now();
  await Promise.all(ids.map(async (id) => {
    const t0 = performance.now();
    await publishContent(hub.deps, editor, id);
    calls.push(performance.now() - t0);
  }));
  await waitAll(ids, 30 * 60_000);
  const cpu1 = cpuNow(workerPids);
  const publications = ids.length * CHANNELS;
  return {
    rate: publications / ((performance.now() - started) / 1000),
    calls,
    cpu: { workers: (cpu1.workers - cpu0.workers) / publications, postgres: (cpu1.postgres - cpu0.postgres) / publications, bench: (cpu1.bench - cpu0.bench) / publications },
  };
}
const pids = (children: ChildProcess[]): number[] => children.map((child) => child.pid!);

// 1. Statements and transactions per channel publication, counted at the pool of one in-process worker.
const countedIds = await approved('计数', COUNTED_ITEMS);
await hub.stop();
hub = await startHub(config, { web: false, worker: true, name: 'bench-counted', channels: platforms(), processEvery: 250 });
let statements = 0;
let commits = 0;
// Agenda's claim of the next due job, per job name and poll: one that finds nothing is idle polling, whose
// count per publication grows with the run's length (a loaded machine), not with the work done.
let emptyPolls = 0;
// The job queue's statements arrive as named (prepared) query configs: their text is a field.
const textOf = (query: unknown): unknown => (typeof query === 'object' && query !== null ? (query as { text?: unknown }).text : query);
const isClaim = (query: unknown): boolean => { const text = textOf(query); return typeof text === 'string' && /^UPDATE "agenda_jobs"\s+SET locked_at = \$1, last_modified_by/.test(text); };
const countEmpty = (result: unknown): void => {
  if ((result as { rowCount?: number } | undefined)?.rowCount === 0) emptyPolls++;
};
// Every statement of this process (the authoring calls, the worker, the chainer) goes through pgLib.Client#query.
const clientQuery = pgLib.Client.prototype.query;
pgLib.Client.prototype.query = function counted(this: pgLib.Client, ...args: unknown[]) {
  statements++;
  if (args[0] === 'COMMIT') commits++;
  if (!isClaim(args[0])) return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  // pg-pool passes a callback; direct callers get a promise.
  const callback = args[args.length - 1];
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, result: unknown) => {
      if (!error) countEmpty(result);
      (callback as (e: unknown, r: unknown) => void)(error, result);
    };
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  }
  const pending = (clientQuery as (...a: unknown[]) => unknown).apply(this, args) as Promise<unknown>;
  pending.then(countEmpty, () => {});
  return pending;
} as typeof clientQuery;
const countedCpu = (await release(countedIds)).cpu;
pgLib.Client.prototype.query = clientQuery;
const perPublication = {
  statements: statements / (COUNTED_ITEMS * CHANNELS),
  working: (statements - emptyPolls) / (COUNTED_ITEMS * CHANNELS),
  transactions: commits / (COUNTED_ITEMS * CHANNELS),
};
note(`simulators alone: ${simRate.toFixed(0)}/s; per channel publication: ${perPublication.statements.toFixed(1)} statements (${perPublication.working.toFixed(1)} without empty polls), ${perPublication.transactions.toFixed(2)} transactions`);
await hub.stop();
hub = await startHub(config, { web: false, worker: false, name: 'bench-author', channels: platforms() });

// Worker processes, as `tongfa worker` runs in production.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
/**
 * Starts `n` worker processes and has them release WARMUP approved items, outside any measured window. Step 3
 * starts them cold: what a start on a table of finished jobs costs belongs in its measure.
 */
async function startWorkers(n: number, warmUp = true): Promise<ChildProcess[]> {
  const warm = await approved('预热', warmUp ? WARMUP : 0);
  const children = Array.from({ length: n }, (_, i) => spawn(process.execPath, [...(SAMPLE_WAITS ? probeArgs(root) : []), path.join(root, 'bin/tongfa.js'), 'worker'], {
    env: { ...process.env, ...env, DATA_DIR: path.join(dir, `worker-${i}`), PGAPPNAME: `worker-${i}` }, stdio: ['ignore', 'pipe', 'inherit', ...(SAMPLE_WAITS ? ['ipc' as const] : [])],
  }));
  for (const child of children) running.add(child);
  await Promise.all(children.map((child) => new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('worker running')) resolve(); });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  })));
  await Promise.all(warm.map((id) => publishContent(hub.deps, editor, id)));
  await waitAll(warm, 10 * 60_000);
  return children;
}
async function stopWorkers(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((child) => new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    running.delete(child);
    child.kill('SIGTERM');
  })));
}

// 2. Throughput by number of workers.
const throughput: { workers: number; rate: number; cpu: CpuCost }[] = [];
for (const n of WORKERS) {
  const ids = await approved(`流水线 ${n}`, ITEMS);
  const workers = await startWorkers(n);
  const sampler = SAMPLE_WAITS ? await startWaitSampler(pg.urlFor('bench')) : null;
  if (sampler) await askProbes(workers, 'probe:start');
  const run = await release(ids, pids(workers));
  if (sampler) note(`waits with ${n} worker(s):\n${(await sampler.stop()).text}\n${probeReport(await askProbes(workers, 'probe:stop'))}`);
  throughput.push({ workers: n, rate: run.rate, cpu: run.cpu });
  note(`throughput with ${n} worker(s): ${run.rate.toFixed(1)} channel publications/s; ${budget(run.rate, run.cpu)}`);
  await stopWorkers(workers);
}
const most = Math.max(...WORKERS);

// 3. The same with many finished jobs in the table (as an older version left them) against a clean table, in
// interleaved pairs (clean first, then loaded first, …): one pair in a fixed order put the machine's drift and the
// first run's purge and vacuum on one side only. The job table's own housekeeping is watched during each run.
interface TableActivity {
  deadRows: number;
  vacuums: number;
  analyzes: number;
  /** The heap's size in pages: what a scan of it walks. */
  pages: number;
}
async function jobTableActivity(): Promise<TableActivity> {
  const { rows } = await hub.deps.pool.query<TableActivity>(
    `SELECT n_dead_tup::int AS "deadRows", (vacuum_count + autovacuum_count)::int AS vacuums, (analyze_count + autoanalyze_count)::int AS analyzes,
            (pg_relation_size(relid) / current_setting('block_size')::int)::int AS pages
       FROM pg_stat_user_tables WHERE relname = 'agenda_jobs'`,
  );
  return rows[0] ?? { deadRows: 0, vacuums: 0, analyzes: 0, pages: 0 };
}
const statementSums: Record<'clean' | 'loaded', Map<string, StatementTotals>> = { clean: new Map(), loaded: new Map() };
type Table = 'clean' | 'loaded';
const runs: Record<Table, { rate: number; calls: number[]; cpu: CpuCost }[]> = { clean: [], loaded: [] };
for (let round = 0; round < FINISHED_ROUNDS; round++) {
  for (const table of (round % 2 === 0 ? ['clean', 'loaded'] : ['loaded', 'clean']) as Table[]) {
    const ids = await approved(table === 'clean' ? '无历史作业' : '十万历史作业', ITEMS);
    if (table === 'loaded') {
      // Left in the table while the workers are down, as by an older version (or a crash): they start on it.
      await hub.deps.pool.query(
        `INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, type, priority)
         SELECT 'publication.deliver', jsonb_build_object('publicationId', gen_random_uuid()::text), NULL, now(), now(), 'normal', 0 FROM generate_series(1, $1)`,
        [FINISHED_JOBS],
      );
      await hub.deps.pool.query('ANALYZE agenda_jobs');
    }
    const workers = await startWorkers(most, false);
    // The start's own work (the purge and what follows it) is done when the workers say they run: the window
    // measures the table they left.
    const before = await jobTableActivity();
    await stats?.query('SELECT pg_stat_statements_reset()');
    const run = await release(ids, pids(workers));
    if (stats) addStatements(statementSums[table], await readStatements(stats));
    const after = await jobTableActivity();
    await stopWorkers(workers);
    runs[table].push(run);
    note(`round ${round + 1}, ${table === 'clean' ? 'clean job table' : `${FINISHED_JOBS} finished jobs`}: ${run.rate.toFixed(1)}/s, publishContent p50 ${median(run.calls).toFixed(0)} ms; `
      + `job table during the run: ${before.deadRows} → ${after.deadRows} dead rows, ${before.pages} → ${after.pages} heap pages, ${after.vacuums - before.vacuums} vacuum(s), ${after.analyzes - before.analyzes} analyze(s); ${budget(run.rate, run.cpu)}`);
  }
}
/** The middle of a few runs (the mean of the two middle ones for an even count: with two rounds, both count). */
const middle = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
};
const medianRun = (table: Table) => ({
  rate: middle(runs[table].map((r) => r.rate)),
  cpu: middle(runs[table].map((r) => cpuTotal(r.cpu))),
  call: middle(runs[table].map((r) => median(r.calls))),
});
const clean = medianRun('clean');
const loaded = medianRun('loaded');
note(`medians of ${FINISHED_ROUNDS}: clean ${clean.rate.toFixed(1)}/s, with ${FINISHED_JOBS} finished jobs ${loaded.rate.toFixed(1)}/s`);
if (stats) {
  const publications = ITEMS * CHANNELS * FINISHED_ROUNDS;
  note(`statements that cost more with ${FINISHED_JOBS} finished jobs (loaded − clean, both windows summed over ${FINISHED_ROUNDS} round(s)):`);
  for (const line of statementDifferences(statementSums.clean, publications, statementSums.loaded, publications)) note(`  ${line}`);
}

// 4. Scheduled releases spread over SPREAD_MS starting shortly after; lateness = delivery start minus the set instant.
const toSchedule = await approved('定时发布', SCHEDULED);
const workers = await startWorkers(most);
const base = Date.now() + 15_000 + SCHEDULED * 50;
const scheduled = toSchedule.map((id, i) => ({ id, at: new Date(base + Math.floor((i * SPREAD_MS) / SCHEDULED)) }));
for (let i = 0; i < scheduled.length; i += 10) await Promise.all(scheduled.slice(i, i + 10).map((s) => publishContent(hub.deps, editor, s.id, s.at)));
if (Date.now() > base) throw new Error('scheduling took longer than the head start: raise it');
await waitAll(scheduled.map((s) => s.id), 10 * 60_000);
await stopWorkers(workers);
const { rows: starts } = await hub.deps.pool.query<{ id: string; at: Date }>(
  `SELECT target_id AS id, min(at) AS at FROM audit_events WHERE action = 'content.release' AND actor = 'system:deliver' AND target_id = ANY($1) GROUP BY target_id`,
  [scheduled.map((s) => s.id)],
);
const startOf = new Map(starts.map((r) => [r.id, r.at.getTime()]));
const lateness = scheduled.map((s) => startOf.get(s.id)! - s.at.getTime());

const workerStarts = WORKERS.length + 1;
const released = COUNTED_ITEMS + ITEMS * (WORKERS.length + 2 * FINISHED_ROUNDS) + SCHEDULED + WARMUP * workerStarts;
const seen = { wechat: wechat.published.length - simPosts.wechat, weibo: weibo.posted.length - simPosts.weibo };
const exactlyOnce = seen.wechat === released && seen.weibo === released;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log(`\nTongfa pipeline benchmark — ${ITEMS} items per run to PORTAL, APP, WECHAT, WEIBO (simulators), ${os.cpus().length} cores\n`);
console.log(table(['measure', 'value', 'unit'], [
  ['simulators alone (adapters, 25 in flight, no database)', simRate, 'publications/s'],
  ['SQL statements per channel publication (1 in-process worker)', perPublication.statements, 'statements'],
  ['  the same without empty polls (claims that found no due job)', perPublication.working, 'statements'],
  ['transactions per channel publication', perPublication.transactions, 'commits'],
  ['CPU per channel publication, in-process worker (+ release calls) / PostgreSQL', `${countedCpu.workers.toFixed(2)} / ${countedCpu.postgres.toFixed(2)}`, 'ms'],
  ...throughput.map((t) => [`throughput, ${t.workers} worker${t.workers > 1 ? 's' : ''}`, t.rate, 'channel publications/s']),
  ...throughput.map((t) => [`  CPU per publication, ${t.workers} worker process${t.workers > 1 ? 'es' : ''} / PostgreSQL / bench process`, `${t.cpu.workers.toFixed(2)} / ${t.cpu.postgres.toFixed(2)} / ${t.cpu.bench.toFixed(2)}`, 'ms']),
  ...throughput.map((t) => [`  cores busy with ${t.workers} worker${t.workers > 1 ? 's' : ''}, all three (of ${os.cpus().length})`, (t.rate * cpuTotal(t.cpu)) / 1000, 'cores']),
  ...throughput.slice(1).map((t) => [`  ${t.workers} workers vs 1`, ratio(t.rate, throughput[0].rate), '']),
  [`throughput, ${most} workers, clean job table (median of ${FINISHED_ROUNDS})`, clean.rate, 'channel publications/s'],
  [`throughput, ${most} workers, ${FINISHED_JOBS} finished jobs (median of ${FINISHED_ROUNDS}, interleaved)`, loaded.rate, 'channel publications/s'],
  ['  with finished jobs vs clean', ratio(loaded.rate, clean.rate), ''],
  ['  CPU per publication, all processes, with finished jobs vs clean', ratio(loaded.cpu, clean.cpu), ''],
  ['publishContent p50, clean / with finished jobs', `${clean.call.toFixed(1)} / ${loaded.call.toFixed(1)}`, 'ms'],
  [`scheduled lateness p50 (${SCHEDULED * CHANNELS} deliveries over ${SPREAD_MS / 1000} s, ${most} workers)`, median(lateness), 'ms'],
  ['scheduled lateness p99', quantile(lateness, 0.99), 'ms'],
  ['posts seen by the simulators (WeChat / Weibo)', `${seen.wechat} / ${seen.weibo} of ${released}`, exactlyOnce ? 'exactly once' : 'MISMATCH'],
]));

await stats?.end();
await hub.stop();
await Promise.all([wechat.close(), weibo.close()]);
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(exactlyOnce ? 0 : 1);
