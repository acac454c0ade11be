import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Pool } from '../store/db.js';
import { jobQueueStats } from '../store/jobQueue.js';

/**
 * The process's Prometheus metrics. One registry per process (as Prometheus scrapes processes): every
 * hub in it reports into the same series, and the pools and queues it watches are added while it runs.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'tongfa_' });

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpDuration = new Histogram({
  name: 'tongfa_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: seconds,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'tongfa_graphql_operation_duration_seconds',
  help: 'GraphQL operations by type and root fields (names from the schema, so the label set is bounded), with outcome ok or error',
  labelNames: ['type', 'operation', 'outcome'] as const,
  buckets: seconds,
  registers: [registry],
});

export const gateDuration = new Histogram({
  name: 'tongfa_gate_duration_seconds',
  help: 'Review gate runs over one revision (title, summary, body)',
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
  registers: [registry],
});

export const gateFindings = new Counter({
  name: 'tongfa_gate_findings_total',
  help: 'Findings of the review gate by kind, type and severity',
  labelNames: ['kind', 'type', 'severity'] as const,
  registers: [registry],
});

export const deliveries = new Counter({
  name: 'tongfa_delivery_runs_total',
  help: 'Delivery and retraction job runs by channel and outcome (published, retry, wait, failed, skipped, retracted)',
  labelNames: ['job', 'channel', 'outcome'] as const,
  registers: [registry],
});

export const deliveryAttempts = new Histogram({
  name: 'tongfa_delivery_attempts',
  help: 'Attempts a publication took to reach a final state (published or failed), by channel',
  labelNames: ['channel', 'outcome'] as const,
  buckets: [1, 2, 3, 4, 5, 6],
  registers: [registry],
});

/**
 * One delivery or retraction run in the dashboards: a run counted by its outcome and, when it published or gave up,
 * the attempts the publication took. The delivery job and a release that publishes the hub's own channels itself
 * count through here alike.
 */
export function countDeliveryRun(job: 'delivery' | 'retraction', channel: string, outcome: string, attempts?: number): void {
  deliveries.inc({ job, channel, outcome });
  if (attempts !== undefined) deliveryAttempts.observe({ channel, outcome }, attempts);
}

export const releaseLateness = new Histogram({
  name: 'tongfa_release_lateness_seconds',
  help: "Time from a publication's due time (now, or its scheduled release) to its first delivery attempt, by channel",
  labelNames: ['channel'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
  registers: [registry],
});

const pools = new Map<string, Pool>();
const queues = new Set<Pool>();

/** Reports a pool's usage while the process holds it; the returned function stops reporting it. */
export function watchPool(name: string, pool: Pool, options: { jobQueue: boolean }): () => void {
  pools.set(name, pool);
  if (options.jobQueue) queues.add(pool);
  return () => {
    pools.delete(name);
    queues.delete(pool);
  };
}

new Gauge({
  name: 'tongfa_db_pool_connections',
  help: 'Database pool connections by state: total, idle, and waiting (callers queued for a connection)',
  labelNames: ['pool', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [name, pool] of pools) {
      this.set({ pool: name, state: 'total' }, pool.totalCount);
      this.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
    }
  },
});

const queueDepth = new Gauge({
  name: 'tongfa_job_queue_due',
  help: 'Jobs due now and not yet locked by a worker, by job name',
  labelNames: ['job'] as const,
  registers: [registry],
});

new Gauge({
  name: 'tongfa_job_queue_lag_seconds',
  help: 'How long the oldest due, unlocked job has been waiting, by job name',
  labelNames: ['job'] as const,
  registers: [registry],
  // One query feeds both queue gauges; the database being away must not fail the whole scrape.
  async collect() {
    this.reset();
    queueDepth.reset();
    for (const pool of queues) {
      const stats = await jobQueueStats(pool).catch(() => []);
      for (const row of stats) {
        queueDepth.set({ job: row.name }, row.due);
        this.set({ job: row.name }, row.lagSeconds);
      }
    }
  },
});
