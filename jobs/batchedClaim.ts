/**
 * A batched, bounded claim for the publication jobs. Agenda 6 fills a worker's queue one job per statement and
 * without bound, and starts none of them until the fill ends: with a release of many items one worker locked
 * every due job (hundreds of round trips before the first ran) and a second worker found nothing, so adding
 * workers added nothing. Here a fill locks up to `lockLimit` jobs of one name in ONE statement (the same
 * conditions and order as Agenda's own claim, `FOR UPDATE SKIP LOCKED`, so workers split the due jobs), and a
 * worker whose locked jobs fall to half the limit fills again at once instead of waiting for the next poll.
 *
 * The job lock stays what it was, an alarm clock: whether and what a run may publish is decided by the
 * publication's lease and token (workflow/delivery), whichever worker holds the job.
 */
import { Job, type Agenda, type JobNotification, type JobParameters, type NotificationChannel } from 'agenda';
import { prepared, type Pool } from '../store/db.js';
import { JOBS_TABLE } from '../store/jobs.js';
import type { Logger } from '../observe/logger.js';

/**
 * The claim. Its ids come as an array (`= ANY(ARRAY(…))`, not `IN (…)`), so the update finds its rows by primary
 * key whatever the table's statistics say: as a named statement it runs a generic plan, and after a start purged
 * 100,000 finished jobs (statistics still counting them, their dead rows still in the heap until vacuum) the `IN`
 * form hash-joined against a scan of the whole heap, 3–8 ms a claim instead of under 1 ms.
 */
export const BATCH_CLAIM_SQL = `UPDATE "${JOBS_TABLE}" SET locked_at = $1, last_modified_by = $5
  WHERE id = ANY(ARRAY(
    SELECT id FROM "${JOBS_TABLE}"
     WHERE name = $2 AND disabled = FALSE AND ((locked_at IS NULL AND next_run_at <= $3) OR locked_at <= $4)
     ORDER BY next_run_at ASC NULLS LAST, priority DESC
     LIMIT $6 FOR UPDATE SKIP LOCKED))
  RETURNING *`;

/**
 * How long a notification's fill waits for more notifications of the same name. A release arms its jobs and
 * notifies per call, and every notification woke every worker into a claim of its own: half the claims came back
 * empty. Notifications within the window share one claim; 20 ms is far inside the lateness budget (a scheduled
 * job is claimed ahead of its time by the poll or its notification, and runs at its time).
 */
export const WAKE_COALESCE_MS = 20;

/** The members of Agenda 6.2's JobProcessor this module relies on (private in its typings). */
interface ProcessorInternals {
  processEvery: number;
  notificationChannel?: NotificationChannel;
  notificationUnsubscribe?: () => void;
  handleNotification(notification: JobNotification): Promise<void>;
  nextScanAt: Date;
  lockedJobs: Job[];
  runningJobs: Job[];
  /** The names whose fill by Agenda's own code is under way (set for the whole of its call). */
  isJobQueueFilling: Map<string, boolean>;
  isRunning: boolean;
  jobQueueFilling(name: string): Promise<void>;
  jobProcessing(): Promise<void>;
  runOrRetry(job: Job): Promise<void>;
  enqueueJob(job: Job): void;
  updateStatus(name: string, key: 'locked' | 'running', by: number): void;
}

interface RepositoryInternals {
  rowToJob(row: Record<string, unknown>): JobParameters;
}

const isProcessor = (value: unknown): value is ProcessorInternals => {
  const p = value as Partial<ProcessorInternals> | null;
  return !!p && typeof p.jobQueueFilling === 'function' && typeof p.runOrRetry === 'function' && typeof p.enqueueJob === 'function'
    && typeof p.updateStatus === 'function' && typeof p.handleNotification === 'function' && Array.isArray(p.lockedJobs) && Array.isArray(p.runningJobs)
    && p.isJobQueueFilling instanceof Map;
};

/**
 * Installs the batched claim on a started Agenda for `names` (each with a lock limit, normally its concurrency).
 * Agenda's own fill stays for every other job. Returns false, leaving Agenda as it is, when its processor is not
 * the shape this was written against.
 */
export function batchClaims(agenda: Agenda, pool: Pool, limits: Readonly<Record<string, number>>, logger: Logger): boolean {
  const processor = (agenda as unknown as { jobProcessor?: unknown }).jobProcessor;
  const repository = agenda.db as unknown as Partial<RepositoryInternals>;
  if (!isProcessor(processor) || typeof repository.rowToJob !== 'function') {
    logger.warn('任务队列版本与批量领取不符，沿用逐条领取');
    return false;
  }
  const toJob = repository.rowToJob.bind(repository);
  const fillOwn = processor.jobQueueFilling.bind(processor);
  const runOwn = processor.runOrRetry.bind(processor);
  const filling = new Map<string, Promise<void>>();
  const again = new Set<string>();
  /** Whether the last fill of a name took all it asked for: more may be due. */
  const more = new Map<string, boolean>();

  /**
   * How many more jobs of `name` this worker may lock: its limit less the jobs it holds, counted from its locked
   * list by their lock time. Agenda's own `locked` count is not used: it never forgets a job that expired in the
   * queue before it ran, and such leaks would shrink the room for good. A running job is held whatever its lock
   * time says: Agenda clears `lockedAt` when the run ends but unlocks and deletes the row afterwards, and a refill
   * in that window took one job more than the limit (a CI run saw a worker hold 9 of 8).
   * Agenda's own fill of the first poll, started by `agenda.start()` before this is installed, may still be waiting
   * for its claim of one job: that job is counted as held until the fill ends, or a claim here beside it took one
   * more than the limit (a CI run saw 3 of 2). Inside that fill, once its job is in the locked list, this counts it
   * twice: the worker claims one fewer until the fill ends, never one more.
   */
  const room = (name: string): number => {
    const lapsed = Date.now() - agenda.definitions[name].lockLifetime;
    const running = new Set(processor.runningJobs);
    const held = processor.lockedJobs.filter((job) => job.attrs.name === name
      && (running.has(job) || (job.attrs.lockedAt?.getTime() ?? 0) > lapsed)).length;
    const ownClaim = processor.isJobQueueFilling.has(name) ? 1 : 0;
    return limits[name] - held - ownClaim;
  };

  const fill = async (name: string): Promise<void> => {
    const free = room(name);
    if (free <= 0 || !processor.isRunning) return;
    const now = new Date();
    processor.nextScanAt = new Date(now.getTime() + processor.processEvery);
    const lockDeadline = new Date(now.getTime() - agenda.definitions[name].lockLifetime);
    const { rows } = await pool.query<Record<string, unknown>>(prepared(BATCH_CLAIM_SQL, [now, name, processor.nextScanAt, lockDeadline, agenda.attrs.name || null, free]));
    more.set(name, rows.length === free);
    for (const row of rows) {
      const job = new Job(agenda, toJob(row), true);
      processor.updateStatus(name, 'locked', +1);
      processor.lockedJobs.push(job);
      processor.enqueueJob(job);
    }
  };

  processor.jobQueueFilling = async (name: string): Promise<void> => {
    if (!(name in limits)) return fillOwn(name);
    // One fill per name at a time. A wake-up during a fill (a notification of jobs armed after its claim read
    // the table) is not dropped: one more fill follows it.
    if (filling.has(name)) {
      again.add(name);
      return filling.get(name);
    }
    const run = (async () => {
      do {
        again.delete(name);
        await fill(name).catch((error: unknown) => void agenda.emit('error', error instanceof Error ? error : new Error(String(error))));
      } while (again.has(name));
    })().finally(() => filling.delete(name));
    filling.set(name, run);
    return run;
  };

  /** The names whose notification fill is waiting out the coalescing window. */
  const woken = new Set<string>();
  const ownNotification = processor.handleNotification.bind(processor);
  const onNotification = async (notification: JobNotification): Promise<void> => {
    const name = notification.jobName;
    if (!(name in limits)) return ownNotification(notification);
    // Agenda's own rules: a stopped processor, or a job due after this poll window (the next poll takes it).
    if (!processor.isRunning || (notification.nextRunAt && notification.nextRunAt > processor.nextScanAt)) return;
    // A worker whose last claim was a full batch holds more than half its limit: it claims again as soon as half is
    // free (runOrRetry), and that claim takes the notified job if no other worker has; asking now would come back empty.
    if (more.get(name) && room(name) < limits[name] / 2) return;
    if (woken.has(name)) return;
    woken.add(name);
    setTimeout(() => {
      woken.delete(name);
      if (!processor.isRunning) return;
      // A failed fill is not lost (the next poll claims the job), but it is logged, never swallowed.
      void processor.jobQueueFilling(name).then(() => void processor.jobProcessing(), (error: unknown) => logger.warn({ err: error, job: name }, '任务通知后领取失败，等待下次轮询'));
    }, WAKE_COALESCE_MS).unref();
  };
  // Agenda subscribed its own handler at start; this one takes its place (stop and drain unsubscribe it the same way).
  if (processor.notificationChannel && processor.notificationUnsubscribe) {
    processor.notificationUnsubscribe();
    processor.notificationUnsubscribe = processor.notificationChannel.subscribe(onNotification);
  }

  processor.runOrRetry = async (job: Job): Promise<void> => {
    await runOwn(job);
    const name = job.attrs.name;
    if (!(name in limits) || !more.get(name)) return;
    // Half the limit free and more due: claim the next batch now rather than at the next poll.
    if (room(name) >= limits[name] / 2) {
      await processor.jobQueueFilling(name);
      void processor.jobProcessing();
    }
  };
  return true;
}
