import { Agenda, type Job } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type { Pool } from '../store/db.js';
import { listRetracting, listUndelivered } from '../store/publications.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Deps, Scheduler } from '../workflow/deps.js';
import { deliverPublication, retractPublication } from '../workflow/deliver.js';
import { defineCheckpointJobs, scheduleCheckpoints } from './checkpoints.js';
import { defineInspectionJobs, scheduleInspection } from './inspection.js';
import { definePublicityJobs, schedulePublicity } from './publicity.js';

export const DELIVER_JOB = 'publication.deliver';
export const RETRACT_JOB = 'publication.retract';
export const RECONCILE_JOB = 'publications.reconcile';

interface DeliverData {
  publicationId: string;
}

/** One job per publication and purpose: saving it again re-arms the same job instead of adding one. */
async function arm(agenda: Agenda, name: string, publicationId: string, at: Date): Promise<void> {
  const job = agenda.create<DeliverData>(name, { publicationId });
  job.unique({ 'data.publicationId': publicationId });
  job.schedule(at);
  await job.save();
}

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
  const agenda = new Agenda({
    backend,
    name: options.name,
    processEvery: options.processEvery ?? '5 seconds',
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
    maxConcurrency: 50,
  });
  return { agenda, backend };
}

/** Enqueues delivery jobs. Unique per publication, so a repeated enqueue re-arms the same job. */
export class AgendaScheduler implements Scheduler {
  constructor(private readonly agenda: Agenda) {}

  async deliver(publicationIds: string[], at: Date): Promise<void> {
    await this.agenda.ready;
    for (const publicationId of publicationIds) await arm(this.agenda, DELIVER_JOB, publicationId, at);
  }

  async retract(publicationIds: string[]): Promise<void> {
    await this.agenda.ready;
    for (const publicationId of publicationIds) await arm(this.agenda, RETRACT_JOB, publicationId, new Date());
  }

  async cancel(publicationIds: string[]): Promise<void> {
    await this.agenda.ready;
    for (const publicationId of publicationIds) await this.agenda.cancel({ name: DELIVER_JOB, data: { publicationId } });
  }
}

/**
 * The worker side. Delivery state lives in `publications`, not in the job: a job is only the alarm
 * clock that says when to look. `reconcile` re-arms an alarm for every publication still owed a
 * delivery, which covers a crash between a workflow's commit and its enqueue.
 */
export function defineJobs(agenda: Agenda, deps: Deps, channels: ChannelRegistry, options: { lockLifetimeMs?: number } = {}): void {
  const scheduler = new AgendaScheduler(agenda);
  agenda.define<DeliverData>(
    DELIVER_JOB,
    async (job: Job<DeliverData>) => {
      const outcome = await deliverPublication(deps, channels, job.attrs.data.publicationId, { leaseMs: options.lockLifetimeMs, onRenew: () => job.touch() });
      // Setting nextRunAt inside the handler is how a one-off Agenda job asks to run again later.
      if (outcome.kind === 'retry') job.schedule(outcome.at);
      if (outcome.kind === 'wait') job.schedule(outcome.until);
    },
    // Deliveries wait on platform APIs, not on CPU: many may be in flight at once.
    { concurrency: 25, lockLifetime: options.lockLifetimeMs ?? 60_000 },
  );
  agenda.define<DeliverData>(
    RETRACT_JOB,
    async (job: Job<DeliverData>) => {
      const outcome = await retractPublication(deps, channels, job.attrs.data.publicationId);
      if (outcome.kind === 'retry') job.schedule(outcome.at);
    },
    { concurrency: 5, lockLifetime: options.lockLifetimeMs ?? 60_000 },
  );
  defineInspectionJobs(agenda, deps);
  defineCheckpointJobs(agenda, deps);
  definePublicityJobs(agenda, deps);
  agenda.define(RECONCILE_JOB, async () => {
    for (const row of await listUndelivered(deps.pool)) await scheduler.deliver([row.id], row.notBefore);
    await scheduler.retract(await listRetracting(deps.pool));
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
  await schedulePublicity(agenda);
  await agenda.now(RECONCILE_JOB, {});
  await agenda.every('5 minutes', RECONCILE_JOB);
}
