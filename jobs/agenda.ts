import { Agenda, type Job } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import { currentRequestId, silentLogger, withRequestId, type Logger } from '../server/logger.js';
import type { Pool } from '../store/db.js';
import { findPublication, listRetracting, listUndelivered, type PublicationRecord } from '../store/publications.js';
import { deliveries, deliveryAttempts, releaseLateness } from '../server/metrics.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Deps, Scheduler } from '../workflow/deps.js';
import { deliverPublication, retractPublication, type DeliveryOutcome, type RetractionOutcome } from '../workflow/deliver.js';
import { defineCheckpointJobs, scheduleCheckpoints } from './checkpoints.js';
import { defineInspectionJobs, scheduleInspection } from './inspection.js';

export const DELIVER_JOB = 'publication.deliver';
export const RETRACT_JOB = 'publication.retract';
export const RECONCILE_JOB = 'publications.reconcile';

interface DeliverData {
  publicationId: string;
  /** The request that armed the job, so the delivery's log lines can be traced back to it. */
  requestId?: string;
}

/** One job per publication and purpose: saving it again re-arms the same job instead of adding one. */
async function arm(agenda: Agenda, name: string, publicationId: string, at: Date): Promise<void> {
  const requestId = currentRequestId();
  const job = agenda.create<DeliverData>(name, requestId ? { publicationId, requestId } : { publicationId });
  job.unique({ 'data.publicationId': publicationId });
  job.schedule(at);
  await job.save();
}

/** A delivery that fails on a platform is worth a line in the worker's log, not only a row in the database. */
function logOutcome(logger: Logger, job: 'delivery' | 'retraction', publicationId: string, outcome: DeliveryOutcome | RetractionOutcome): void {
  const fields = { job, publicationId, outcome: outcome.kind, ...('error' in outcome ? { error: outcome.error } : {}) };
  if (outcome.kind === 'failed') logger.error(fields, job === 'delivery' ? '发布失败，已停止重试' : '撤回失败，已停止重试');
  else if (outcome.kind === 'retry') logger.warn(fields, job === 'delivery' ? '发布未成功，稍后重试' : '撤回未成功，稍后重试');
  else logger.info(fields, job === 'delivery' ? '发布任务完成一步' : '撤回任务完成');
}

function countOutcome(job: 'delivery' | 'retraction', publication: PublicationRecord | null, outcome: DeliveryOutcome | RetractionOutcome): void {
  const channel = publication?.channel ?? '(unknown)';
  deliveries.inc({ job, channel, outcome: outcome.kind });
  // A run that published or gave up used one more attempt than the row showed before it (a poll uses none).
  if (job === 'delivery' && publication && (outcome.kind === 'published' || outcome.kind === 'failed')) {
    deliveryAttempts.observe({ channel, outcome: outcome.kind }, publication.attempts + (publication.externalId ? 0 : 1));
  }
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
  logger?: Logger;
}

/** Agenda on PostgreSQL: the job table lives in the hub's own database, beside the publications. */
export function createAgenda(pool: Pool, options: JobsOptions): { agenda: Agenda; backend: PostgresBackend } {
  const logger = options.logger ?? silentLogger;
  const backend = new PostgresBackend({ pool });
  // A lost LISTEN connection is not fatal: Agenda falls back to polling, and the channel reconnects.
  (backend.notificationChannel as unknown as NodeJS.EventEmitter | undefined)?.on?.('error', (error: Error) => logger.warn({ err: error }, '任务通知连接中断，改为轮询直至重连'));
  const agenda = new Agenda({
    backend,
    name: options.name,
    processEvery: options.processEvery ?? '5 seconds',
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
    maxConcurrency: 50,
  });
  // Without an 'error' listener an EventEmitter throws, and a database blink would end the process.
  agenda.on('error', (error: Error) => logger.error({ err: error }, '任务队列出错'));
  agenda.on('fail', (error: Error, job: Job) => logger.error({ err: error, job: job.attrs.name, jobId: String(job.attrs._id), data: job.attrs.data }, '任务执行失败'));
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
    async (job: Job<DeliverData>) => withRequestId(job.attrs.data.requestId, async () => {
      const before = await findPublication(deps.pool, job.attrs.data.publicationId);
      if (before?.status === 'PENDING' && before.attempts === 0) releaseLateness.observe({ channel: before.channel }, Math.max(0, (deps.now().getTime() - before.notBefore.getTime()) / 1000));
      const outcome = await deliverPublication(deps, channels, job.attrs.data.publicationId, { leaseMs: options.lockLifetimeMs, onRenew: () => job.touch() });
      logOutcome(deps.logger, 'delivery', job.attrs.data.publicationId, outcome);
      countOutcome('delivery', before, outcome);
      // Setting nextRunAt inside the handler is how a one-off Agenda job asks to run again later.
      if (outcome.kind === 'retry') job.schedule(outcome.at);
      if (outcome.kind === 'wait') job.schedule(outcome.until);
    }),
    // Deliveries wait on platform APIs, not on CPU: many may be in flight at once.
    { concurrency: 25, lockLifetime: options.lockLifetimeMs ?? 60_000 },
  );
  agenda.define<DeliverData>(
    RETRACT_JOB,
    async (job: Job<DeliverData>) => withRequestId(job.attrs.data.requestId, async () => {
      const outcome = await retractPublication(deps, channels, job.attrs.data.publicationId);
      logOutcome(deps.logger, 'retraction', job.attrs.data.publicationId, outcome);
      countOutcome('retraction', await findPublication(deps.pool, job.attrs.data.publicationId), outcome);
      if (outcome.kind === 'retry') job.schedule(outcome.at);
    }),
    { concurrency: 5, lockLifetime: options.lockLifetimeMs ?? 60_000 },
  );
  defineInspectionJobs(agenda, deps);
  defineCheckpointJobs(agenda, deps);
  agenda.define(RECONCILE_JOB, async () => {
    for (const row of await listUndelivered(deps.pool)) await scheduler.deliver([row.id], row.notBefore);
    await scheduler.retract(await listRetracting(deps.pool));
  });
}

/**
 * Stops taking jobs, lets the running ones finish for up to `drainMs` (a delivery mid-call records its
 * outcome and hands its lease back instead of leaving it to lapse), then stops and gives back the
 * dedicated LISTEN connection. Without that last step the pool keeps the connection, and a database
 * shutting down afterwards kills it with an error nobody listens to. Jobs still running when the time is
 * up stay locked until their lock lifetime lapses; another worker then resumes them from the database.
 */
export async function stopAgenda(agenda: Agenda, backend: PostgresBackend, options: { drainMs?: number; logger?: Logger } = {}): Promise<void> {
  if (options.drainMs && agenda.isActiveJobProcessor()) {
    const result = await agenda.drain({ timeout: options.drainMs, closeConnection: false });
    if (result.timedOut) options.logger?.warn({ running: result.running }, '停止时仍有任务未完成，将在锁到期后由其他工作进程接续');
  }
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
