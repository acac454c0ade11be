import { Agenda, type Job, type JobId, type NotificationChannel } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type { Pool } from '../store/db.js';
import { armJobs, cancelJobs, ensureJobIndexes, purgeFinishedJobs } from '../store/jobs.js';
import { listRetracting, listUndelivered } from '../store/publications.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Deps, Scheduler } from '../workflow/deps.js';
import { deliverPublication, retractPublication } from '../workflow/deliver.js';
import { defineCheckpointJobs, scheduleCheckpoints } from './checkpoints.js';
import { defineInspectionJobs, scheduleInspection } from './inspection.js';

export const DELIVER_JOB = 'publication.deliver';
export const RETRACT_JOB = 'publication.retract';
export const RECONCILE_JOB = 'publications.reconcile';

interface DeliverData {
  publicationId: string;
}

const PUBLICATION_JOBS = [DELIVER_JOB, RETRACT_JOB] as const;

export interface JobsOptions {
  /** A name for this process in the jobs table (lastModifiedBy): which worker ran what. */
  name: string;
  /** Poll interval; LISTEN/NOTIFY wakes workers at once, polling only covers missed notifications. */
  processEvery?: string | number;
  /**
   * How long a job stays locked by a worker that stopped answering before another may take it: the
   * recovery time after a worker is killed mid-delivery.
   */
  lockLifetimeMs?: number;
}

/** Agenda on PostgreSQL: the job table lives in the hub's own database, beside the publications. */
export function createAgenda(pool: Pool, options: JobsOptions): { agenda: Agenda; backend: PostgresBackend } {
  const backend = new PostgresBackend({ pool });
  // A lost LISTEN connection is not fatal: Agenda falls back to polling, and the channel reconnects.
  (backend.notificationChannel as unknown as NodeJS.EventEmitter | undefined)?.on?.('error', () => {});
  // Job state notifications (start, success, complete: three NOTIFYs per run) have no listener in the hub;
  // without publishState Agenda skips them. The "job due" notification that wakes workers stays.
  if (backend.notificationChannel) Object.defineProperty(backend.notificationChannel, 'publishState', { value: undefined });
  const agenda = new Agenda({
    backend,
    name: options.name,
    processEvery: options.processEvery ?? '5 seconds',
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
    maxConcurrency: 50,
  });
  return { agenda, backend };
}

/**
 * Enqueues delivery jobs, all of one call in one statement. Unique per publication (an index on the job
 * table), so a repeated enqueue re-arms the same job; one notification per batch wakes the workers.
 */
export class AgendaScheduler implements Scheduler {
  private prepared: Promise<void> | null = null;

  constructor(private readonly agenda: Agenda, private readonly pool: Pool, private readonly channel?: NotificationChannel) {}

  /** The job table exists once Agenda is ready; our index on it is made once per process. */
  ready(): Promise<void> {
    this.prepared ??= this.agenda.ready.then(() => ensureJobIndexes(this.pool, PUBLICATION_JOBS));
    return this.prepared;
  }

  async deliver(publicationIds: string[], at: Date): Promise<void> {
    await this.arm(DELIVER_JOB, publicationIds.map((publicationId) => ({ publicationId, at })));
  }

  async retract(publicationIds: string[]): Promise<void> {
    await this.arm(RETRACT_JOB, publicationIds.map((publicationId) => ({ publicationId, at: new Date() })));
  }

  async cancel(publicationIds: string[]): Promise<void> {
    await this.ready();
    await cancelJobs(this.pool, DELIVER_JOB, publicationIds);
  }

  /** Re-arms each publication's job for its own time (the reconciliation after a crash). */
  async rearm(jobs: { publicationId: string; at: Date }[]): Promise<void> {
    await this.arm(DELIVER_JOB, jobs);
  }

  private async arm(name: string, jobs: { publicationId: string; at: Date }[]): Promise<void> {
    await this.ready();
    const source = this.agenda.attrs.name || 'tongfa';
    const jobId = await armJobs(this.pool, name, jobs, source);
    if (!jobId || this.channel?.state !== 'connected') return;
    const soonest = new Date(jobs.reduce((min, j) => Math.min(min, j.at.getTime()), Infinity));
    await this.channel.publish({ jobId: jobId as JobId, jobName: name, nextRunAt: soonest, priority: 0, timestamp: new Date(), source }).catch(() => {});
  }
}

/**
 * The worker side. Delivery state lives in `publications`, not in the job: a job is only the alarm
 * clock that says when to look. `reconcile` re-arms an alarm for every publication still owed a
 * delivery, which covers a crash between a workflow's commit and its enqueue.
 */
export function defineJobs(agenda: Agenda, deps: Deps, channels: ChannelRegistry, options: { lockLifetimeMs?: number; notificationChannel?: NotificationChannel } = {}): void {
  const scheduler = new AgendaScheduler(agenda, deps.pool, options.notificationChannel);
  agenda.define<DeliverData>(
    DELIVER_JOB,
    async (job: Job<DeliverData>) => {
      const outcome = await deliverPublication(deps, channels, job.attrs.data.publicationId, { leaseMs: options.lockLifetimeMs, onRenew: () => job.touch() });
      // Setting nextRunAt inside the handler is how a one-off Agenda job asks to run again later.
      if (outcome.kind === 'retry') job.schedule(outcome.at);
      if (outcome.kind === 'wait') job.schedule(outcome.until);
    },
    // Deliveries wait on platform APIs, not on CPU: many may be in flight at once. A finished job is removed:
    // the publication row is the record, and a table of finished jobs only slows every lookup.
    { concurrency: 25, lockLifetime: options.lockLifetimeMs ?? 60_000, removeOnComplete: true },
  );
  agenda.define<DeliverData>(
    RETRACT_JOB,
    async (job: Job<DeliverData>) => {
      const outcome = await retractPublication(deps, channels, job.attrs.data.publicationId);
      if (outcome.kind === 'retry') job.schedule(outcome.at);
    },
    { concurrency: 5, lockLifetime: options.lockLifetimeMs ?? 60_000, removeOnComplete: true },
  );
  defineInspectionJobs(agenda, deps);
  defineCheckpointJobs(agenda, deps);
  agenda.define(RECONCILE_JOB, async () => {
    await scheduler.rearm((await listUndelivered(deps.pool)).map((row) => ({ publicationId: row.id, at: row.notBefore })));
    await scheduler.retract(await listRetracting(deps.pool));
    await purgeFinishedJobs(deps.pool, PUBLICATION_JOBS);
  });
}

/**
 * Stops processing and gives back the dedicated LISTEN connection. Without the second step the pool keeps
 * that connection, and a database shutting down afterwards kills it with an error nobody listens to.
 */
export async function stopAgenda(agenda: Agenda, backend: PostgresBackend): Promise<void> {
  await agenda.stop();
  await backend.notificationChannel?.disconnect().catch(() => {});
}

export async function startWorker(agenda: Agenda): Promise<void> {
  await agenda.start();
  await scheduleInspection(agenda);
  await scheduleCheckpoints(agenda);
  await agenda.now(RECONCILE_JOB, {});
  await agenda.every('5 minutes', RECONCILE_JOB);
}
