import { Agenda, type Job, type JobId, type NotificationChannel } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import { currentRequestId, silentLogger, withRequestId, type Logger } from '../observe/logger.js';
import { preparingPool, type Pool } from '../store/db.js';
import { armJobs, cancelJobs, ensureJobIndexes, purgeFinishedJobs, type JobTablePurge } from '../store/jobs.js';
import { findPublication, listRetracting, listUndelivered, type PublicationRecord } from '../store/publications.js';
import { countDeliveryRun, releaseLateness } from '../observe/metrics.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Deps, Scheduler } from '../workflow/deps.js';
import { deliverPublication, retractPublication, type DeliveryOutcome, type RetractionOutcome } from '../workflow/delivery/index.js';
import { defineCheckpointJobs, scheduleCheckpoints } from './checkpoints.js';
import { rememberAgendaDebugColours } from './agendaDebug.js';
import { withoutUnreadAgendaIndexes } from './agendaIndexes.js';
import { batchClaims } from './batchedClaim.js';
import { foldFinishingSaves, wakeAt } from './queueCosts.js';
import { pollRareJobsTogether } from './quietPoll.js';
import { defineInspectionJobs, scheduleInspection } from './inspection.js';
import { definePublicityJobs, schedulePublicity } from './publicity.js';

export const DELIVER_JOB = 'publication.deliver';
export const RETRACT_JOB = 'publication.retract';
export const RECONCILE_JOB = 'publications.reconcile';

interface DeliverData {
  publicationId: string;
  /** The request that armed the job, so the delivery's log lines can be traced back to it. */
  requestId?: string;
}

const PUBLICATION_JOBS = [DELIVER_JOB, RETRACT_JOB] as const;
/** The jobs a worker's poll claims every time; every other name only when the poll's one statement finds it due. */
export const POLLED_EVERY_TIME = [DELIVER_JOB] as const;

/** Concurrency of the publication jobs in one worker; also how many of them a worker locks at a time. */
const DELIVERY_CONCURRENCY = 25;
const RETRACTION_CONCURRENCY = 5;

/** A delivery that fails on a platform is worth a line in the worker's log, not only a row in the database. */
function logOutcome(logger: Logger, job: 'delivery' | 'retraction', publicationId: string, outcome: DeliveryOutcome | RetractionOutcome): void {
  const fields = { job, publicationId, outcome: outcome.kind, ...('error' in outcome ? { error: outcome.error } : {}) };
  if (outcome.kind === 'failed') logger.error(fields, job === 'delivery' ? '发布失败，已停止重试' : '撤回失败，已停止重试');
  else if (outcome.kind === 'retry') logger.warn(fields, job === 'delivery' ? '发布未成功，稍后重试' : '撤回未成功，稍后重试');
  else logger.info(fields, job === 'delivery' ? '发布任务完成一步' : '撤回任务完成');
}

function countOutcome(job: 'delivery' | 'retraction', publication: PublicationRecord | null, outcome: DeliveryOutcome | RetractionOutcome): void {
  // A run that published or gave up used one more attempt than the row showed before it (a poll uses none).
  const final = job === 'delivery' && publication && (outcome.kind === 'published' || outcome.kind === 'failed');
  countDeliveryRun(job, publication?.channel ?? '(unknown)', outcome.kind, final ? publication.attempts + (publication.externalId ? 0 : 1) : undefined);
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
  /** False when the owner role has created the job schema already (the application role cannot). */
  ensureSchema?: boolean;
  logger?: Logger;
}

/**
 * The pools whose database has its job table prepared in this process (`ensureJobsSchema`, or a scheduler's first
 * `ready`): the preparation, a purge and two index lookups, runs once per start, not again in each scheduler.
 */
const preparedPools = new WeakSet<Pool>();

/** `pool` reaches a database whose job table another pool of this process prepared (the owner's, at open). */
export function markJobsSchemaReady(pool: Pool): void {
  preparedPools.add(pool);
}

/** Held while Agenda's schema is created or replaced (see `ensureJobsSchema`). */
const JOBS_SCHEMA_LOCK = 7_261_023_006;

/**
 * Creates Agenda's table, indexes and trigger, as the owner role, before the application connects; and our
 * unique index on it, which the application role could not create on a table it does not own.
 */
export async function ensureJobsSchema(ownerPool: Pool, logger: Logger = silentLogger): Promise<void> {
  // Agenda creates or replaces its table, function and trigger at every start. Two processes doing it at the same
  // moment collide in PostgreSQL's catalogue ("tuple concurrently updated") and the second start dies: one at a time,
  // under a lock held by a session of its own while the backend's statements run on the pool's other connections.
  const session = await ownerPool.connect();
  try {
    await session.query('SELECT pg_advisory_lock($1)', [JOBS_SCHEMA_LOCK]);
    try {
      await new PostgresBackend({ pool: withoutUnreadAgendaIndexes(ownerPool), disableNotifications: true }).repository.connect();
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [JOBS_SCHEMA_LOCK]);
    }
  } finally {
    session.release();
  }
  logPurge(logger, await ensureJobIndexes(ownerPool, PUBLICATION_JOBS));
  preparedPools.add(ownerPool);
}

/** A start that cleared finished jobs says so, with what it cost: the operator sees why this start took longer. */
function logPurge(logger: Logger, purge: JobTablePurge): void {
  if (purge.deleted === 0) return;
  logger.info({ deleted: purge.deleted, vacuumed: purge.vacuumed, ms: Math.round(purge.ms) }, `启动时清理已完成的任务 ${purge.deleted} 条${purge.vacuumed ? '并整理任务表' : ''}，用时 ${Math.round(purge.ms)} 毫秒`);
}

/** Agenda on PostgreSQL: the job table lives in the hub's own database, beside the publications. */
export function createAgenda(pool: Pool, options: JobsOptions): { agenda: Agenda; backend: PostgresBackend } {
  const logger = options.logger ?? silentLogger;
  rememberAgendaDebugColours();
  // The job table, its trigger and function belong to the owner role (`ensureJobsSchema`); the
  // application role could not create or replace them.
  const backend = new PostgresBackend({ pool: withoutUnreadAgendaIndexes(preparingPool(pool)), ensureSchema: options.ensureSchema ?? true });
  // A lost LISTEN connection is not fatal: Agenda falls back to polling, and the channel reconnects.
  (backend.notificationChannel as unknown as NodeJS.EventEmitter | undefined)?.on?.('error', (error: Error) => logger.warn({ err: error }, '任务通知连接中断，改为轮询直至重连'));
  // Job state notifications (start, success, complete: three NOTIFYs per run) have no listener in the hub;
  // without publishState Agenda skips them. The "job due" notification that wakes workers stays.
  if (backend.notificationChannel) Object.defineProperty(backend.notificationChannel, 'publishState', { value: undefined });
  foldFinishingSaves(backend.repository, pool, PUBLICATION_JOBS);
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

/**
 * Enqueues delivery jobs, all of one call in one statement. Unique per publication (an index on the job
 * table), so a repeated enqueue re-arms the same job; one notification per batch wakes the workers.
 */
export class AgendaScheduler implements Scheduler {
  private prepared: Promise<void> | null = null;

  constructor(private readonly agenda: Agenda, private readonly pool: Pool, private readonly channel?: NotificationChannel, private readonly logger: Logger = silentLogger) {}

  /**
   * The job table exists once Agenda is ready; our indexes on it are made, and finished jobs cleared, once per pool
   * and process: by `openDatabase` (its `ensureJobsSchema`) at a start, else by the first scheduler of the pool — a
   * test's scheduler built alone. Doing it again in each scheduler took the purge lock and looked the indexes up a
   * second time (and a third, from the reconciliation's own scheduler).
   */
  ready(): Promise<void> {
    this.prepared ??= this.agenda.ready.then(async () => {
      if (preparedPools.has(this.pool)) return;
      preparedPools.add(this.pool);
      logPurge(this.logger, await ensureJobIndexes(this.pool, PUBLICATION_JOBS).catch((error: unknown) => {
        preparedPools.delete(this.pool);
        throw error;
      }));
    });
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
    // The request that armed the jobs travels with them, so a delivery's log lines trace back to it.
    const jobId = await armJobs(this.pool, name, jobs, source, currentRequestId() ?? null);
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
export function defineJobs(agenda: Agenda, deps: Deps, channels: ChannelRegistry, options: { lockLifetimeMs?: number; notificationChannel?: NotificationChannel; scheduler?: AgendaScheduler } = {}): void {
  const scheduler = options.scheduler ?? new AgendaScheduler(agenda, deps.pool, options.notificationChannel);
  agenda.define<DeliverData>(
    DELIVER_JOB,
    async (job: Job<DeliverData>) => withRequestId(job.attrs.data.requestId, async () => {
      // The row as the claim read it: the metrics need no read of their own.
      let before: PublicationRecord | null = null;
      const onRead = (publication: PublicationRecord): void => {
        before = publication;
        if (publication.status === 'PENDING' && publication.attempts === 0) releaseLateness.observe({ channel: publication.channel }, Math.max(0, (deps.now().getTime() - publication.notBefore.getTime()) / 1000));
      };
      const outcome = await deliverPublication(deps, channels, job.attrs.data.publicationId, { leaseMs: options.lockLifetimeMs, onRenew: () => job.touch(), onRead });
      logOutcome(deps.logger, 'delivery', job.attrs.data.publicationId, outcome);
      countOutcome('delivery', before, outcome);
      // Setting nextRunAt inside the handler is how a one-off Agenda job asks to run again later.
      const again = outcome.kind === 'retry' ? outcome.at : outcome.kind === 'wait' ? outcome.until : null;
      if (again) {
        job.schedule(again);
        wakeAt(agenda, options.notificationChannel, { id: job.attrs._id, name: DELIVER_JOB }, again);
      }
    }),
    // Deliveries wait on platform APIs, not on CPU: many may be in flight at once. A finished job is removed:
    // the publication row is the record, and a table of finished jobs only slows every lookup.
    { concurrency: DELIVERY_CONCURRENCY, lockLifetime: options.lockLifetimeMs ?? 60_000, removeOnComplete: true },
  );
  agenda.define<DeliverData>(
    RETRACT_JOB,
    async (job: Job<DeliverData>) => withRequestId(job.attrs.data.requestId, async () => {
      const outcome = await retractPublication(deps, channels, job.attrs.data.publicationId);
      logOutcome(deps.logger, 'retraction', job.attrs.data.publicationId, outcome);
      countOutcome('retraction', await findPublication(deps.pool, job.attrs.data.publicationId), outcome);
      if (outcome.kind === 'retry') {
        job.schedule(outcome.at);
        wakeAt(agenda, options.notificationChannel, { id: job.attrs._id, name: RETRACT_JOB }, outcome.at);
      }
    }),
    { concurrency: RETRACTION_CONCURRENCY, lockLifetime: options.lockLifetimeMs ?? 60_000, removeOnComplete: true },
  );
  defineInspectionJobs(agenda, deps);
  defineCheckpointJobs(agenda, deps, { lockLifetimeMs: options.lockLifetimeMs });
  definePublicityJobs(agenda, deps);
  agenda.define(RECONCILE_JOB, async () => {
    await scheduler.rearm((await listUndelivered(deps.pool)).map((row) => ({ publicationId: row.id, at: row.notBefore })));
    await scheduler.retract(await listRetracting(deps.pool));
    await purgeFinishedJobs(deps.pool, PUBLICATION_JOBS);
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

export async function startWorker(agenda: Agenda, deps: Pick<Deps, 'pool' | 'logger'>): Promise<void> {
  await agenda.start();
  batchClaims(agenda, deps.pool, { [DELIVER_JOB]: DELIVERY_CONCURRENCY, [RETRACT_JOB]: RETRACTION_CONCURRENCY }, deps.logger);
  // Only deliveries are claimed at every poll. Retractions are rare like the housekeeping jobs: a claim of them at every
  // poll of every worker came back empty nearly always (half of a worker's batched claims were empty), so the poll's
  // one "which names are due" statement now covers them too; a retraction's notification still claims it at once.
  if (!pollRareJobsTogether(agenda, deps.pool, POLLED_EVERY_TIME)) deps.logger.warn('任务队列版本与合并轮询不符，沿用逐项轮询');
  await scheduleInspection(agenda);
  await scheduleCheckpoints(agenda);
  await schedulePublicity(agenda);
  await agenda.now(RECONCILE_JOB, {});
  await agenda.every('5 minutes', RECONCILE_JOB);
}
