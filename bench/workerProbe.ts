/**
 * Loaded into a `tongfa worker` process by the bench (`--import`, with `BENCH_SAMPLE_WAITS=1`): what the worker
 * waits on during a window, from inside. It watches the pools (callers queued for a connection, how long an
 * acquire took), the job processor (jobs running, locked and queued against the concurrency), how long a claimed
 * delivery sat before it started, and the event loop's utilisation. The bench asks over IPC: `start` opens a
 * window, `stop` answers with its summary. Nothing of the hub is changed: only its classes are wrapped.
 */
import { performance } from 'node:perf_hooks';
import { Agenda, Job } from 'agenda';
import pg from 'pg';

export interface ProbeSummary {
  pid: number;
  /** The window's length. */
  windowMs: number;
  /** Event-loop utilisation over the window (0–1). */
  elu: number;
  cpuMs: number;
  acquires: number;
  acquireMsTotal: number;
  /** Acquires that had to queue for a connection (over 1 ms). */
  acquiresQueued: number;
  /** Connections checked out on average over the window. */
  connectionsHeld: number;
  /** Averages over the samples. */
  poolWaiting: number;
  poolTotal: number;
  running: number;
  locked: number;
  queued: number;
  samples: number;
  runs: number;
  /** Claim (lock time) to run start, publication deliveries. */
  claimToRunP50: number;
  claimToRunP90: number;
  claimToRunMax: number;
  claims: typeof claims;
}

const pools = new Set<pg.Pool>();
let agenda: Agenda | null = null;
let acquires = 0;
let acquireMs = 0;
let queued = 0;
/** Connection time checked out of the pools, summed: divided by the window, the connections held on average. */
let heldMs = 0;
const claimToRun: number[] = [];
/** The batched claims (`jobs/batchedClaim.ts`), told apart by their text: asked for, got. */
const claims = { count: 0, asked: 0, got: 0, short: 0, empty: 0, missed: 0, missedJobs: 0, missedLagMs: 0 };
const CLAIM_PREFIX = 'UPDATE "agenda_jobs" SET locked_at = $1, last_modified_by = $5';
const ownQuery = pg.Pool.prototype.query as (this: pg.Pool, ...args: unknown[]) => unknown;
(pg.Pool.prototype as unknown as { query: unknown }).query = function query(this: pg.Pool, ...args: unknown[]) {
  const config = args[0] as { text?: string; values?: unknown[] } | string;
  const result = ownQuery.apply(this, args);
  if (typeof config === 'object' && config.text?.startsWith(CLAIM_PREFIX) && result instanceof Promise) {
    const asked = Number(config.values?.[5] ?? 0);
    void result.then((r: { rowCount: number | null }) => {
      if (!window) return;
      claims.count++; claims.asked += asked; claims.got += r.rowCount ?? 0;
      if (!r.rowCount) {
        claims.empty++;
        // What an empty claim missed: the jobs its conditions match right after it, by lock state.
        const [, name, scanAt, deadline] = config.values ?? [];
        void (ownQuery.call(this, `SELECT count(*)::int AS n, min(next_run_at) AS first FROM agenda_jobs
            WHERE name = $1 AND disabled = FALSE AND ((locked_at IS NULL AND next_run_at <= $2) OR locked_at <= $3)`, [name, scanAt, deadline]) as Promise<unknown>)
          .then((m: unknown) => {
            const row = (m as { rows: { n: number; first: Date | null }[] }).rows[0];
            if (row.n > 0) { claims.missed++; claims.missedJobs += row.n; claims.missedLagMs += Date.now() - (row.first?.getTime() ?? Date.now()); }
          }, () => {});
      }
      else if (r.rowCount < asked) claims.short++;
    }, () => {});
  }
  return result;
};

type Callback = (err: Error | undefined, client: pg.PoolClient, done: (release?: unknown) => void) => void;
const ownConnect = pg.Pool.prototype.connect as (this: pg.Pool, cb?: Callback) => Promise<pg.PoolClient> | undefined;
const record = (from: number, client?: pg.PoolClient): void => {
  const now = performance.now();
  const ms = now - from;
  // The pool gives a client a fresh `release` at every checkout: wrapping it each time counts each hold once.
  if (client) {
    const own = client.release;
    client.release = (err?: Error | boolean) => { heldMs += performance.now() - now; return own.call(client, err); };
  }
  acquires++;
  acquireMs += ms;
  if (ms > 1) queued++;
};
(pg.Pool.prototype as unknown as { connect: unknown }).connect = function connect(this: pg.Pool, cb?: Callback) {
  pools.add(this);
  const from = performance.now();
  if (cb) return ownConnect.call(this, (err, client, done) => {
    record(from, err ? undefined : client);
    cb(err, client, done);
  });
  return ownConnect.call(this)!.then((client) => { record(from, client); return client; });
};

const ownStart = Agenda.prototype.start;
Agenda.prototype.start = async function start(this: Agenda) {
  agenda = this;
  return ownStart.call(this);
};

const ownRun = Job.prototype.run;
Job.prototype.run = async function run(this: Job) {
  if (this.attrs.name === 'publication.deliver' && this.attrs.lockedAt) claimToRun.push(Date.now() - this.attrs.lockedAt.getTime());
  return ownRun.call(this);
};

interface ProcessorView { runningJobs: unknown[]; lockedJobs: unknown[]; jobQueue: { length: number } }

let window: { from: number; elu: ReturnType<typeof performance.eventLoopUtilization>; cpu: NodeJS.CpuUsage; timer: NodeJS.Timeout; sums: number[]; samples: number } | null = null;

function sample(): void {
  if (!window) return;
  const processor = (agenda as unknown as { jobProcessor?: ProcessorView } | null)?.jobProcessor;
  const values = [
    [...pools].reduce((s, p) => s + p.waitingCount, 0), [...pools].reduce((s, p) => s + p.totalCount, 0),
    processor?.runningJobs.length ?? 0, processor?.lockedJobs.length ?? 0, processor?.jobQueue.length ?? 0,
  ];
  values.forEach((v, i) => { window!.sums[i] += v; });
  window.samples++;
}

const at = (sorted: number[], q: number): number => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;

process.on('message', (message: unknown) => {
  if (message === 'probe:start') {
    acquires = 0; acquireMs = 0; queued = 0; heldMs = 0; claimToRun.length = 0;
    Object.assign(claims, { count: 0, asked: 0, got: 0, short: 0, empty: 0, missed: 0, missedJobs: 0, missedLagMs: 0 });
    if (window) clearInterval(window.timer);
    window = { from: performance.now(), elu: performance.eventLoopUtilization(), cpu: process.cpuUsage(), timer: setInterval(sample, 25), sums: [0, 0, 0, 0, 0], samples: 0 };
    window.timer.unref();
  } else if (message === 'probe:stop' && window) {
    clearInterval(window.timer);
    const cpu = process.cpuUsage(window.cpu);
    const n = Math.max(1, window.samples);
    const sorted = [...claimToRun].sort((a, b) => a - b);
    const summary: ProbeSummary = {
      pid: process.pid, windowMs: performance.now() - window.from, elu: performance.eventLoopUtilization(window.elu).utilization, cpuMs: (cpu.user + cpu.system) / 1000,
      acquires, acquireMsTotal: acquireMs, acquiresQueued: queued, connectionsHeld: heldMs / (performance.now() - window.from),
      poolWaiting: window.sums[0] / n, poolTotal: window.sums[1] / n, running: window.sums[2] / n, locked: window.sums[3] / n, queued: window.sums[4] / n,
      samples: window.samples, runs: claimToRun.length, claimToRunP50: at(sorted, 0.5), claimToRunP90: at(sorted, 0.9), claimToRunMax: sorted.at(-1) ?? 0, claims: { ...claims },
    };
    window = null;
    process.send?.({ probe: summary });
  }
});
