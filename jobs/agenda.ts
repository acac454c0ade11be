import { Agenda, type Job } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type { Pool } from '../store/db.js';
import { listUndelivered } from '../store/publications.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Deps, Scheduler } from '../workflow/deps.js';
import { deliverPublication } from '../workflow/deliver.js';

export const DELIVER_JOB = 'publication.deliver';
export const RECONCILE_JOB = 'publications.reconcile';

interface DeliverData {
  publicationId: string;
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
export function createAgenda(pool: Pool, options: JobsOptions): Agenda {
  return new Agenda({
    backend: new PostgresBackend({ pool }),
    name: options.name,
    processEvery: options.processEvery ?? '5 seconds',
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
    maxConcurrency: 20,
  });
}

/** Enqueues delivery jobs. Unique per publication, so a repeated enqueue re-arms the same job. */
export class AgendaScheduler implements Scheduler {
  constructor(private readonly agenda: Agenda) {}

  async deliver(publicationIds: string[], at: Date): Promise<void> {
    await this.agenda.ready;
    for (const publicationId of publicationIds) {
      const job = this.agenda.create<DeliverData>(DELIVER_JOB, { publicationId });
      job.unique({ 'data.publicationId': publicationId });
      job.schedule(at);
      await job.save();
    }
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
      const outcome = await deliverPublication(deps, channels, job.attrs.data.publicationId);
      // Setting nextRunAt inside the handler is how a one-off Agenda job asks to run again later.
      if (outcome.kind === 'retry') job.schedule(outcome.at);
      if (outcome.kind === 'wait') job.schedule(outcome.until);
    },
    { concurrency: 10, lockLifetime: options.lockLifetimeMs ?? 60_000 },
  );
  agenda.define(RECONCILE_JOB, async () => {
    for (const row of await listUndelivered(deps.pool)) await scheduler.deliver([row.id], row.notBefore);
  });
}

export async function startWorker(agenda: Agenda): Promise<void> {
  await agenda.start();
  await agenda.now(RECONCILE_JOB, {});
  await agenda.every('5 minutes', RECONCILE_JOB);
}
