/**
 * Two cuts of Agenda's per-run cost for the publication jobs, where the publication row (not the job) is the
 * record: a finished job is deleted once instead of saved and then deleted, and a job that asks to run again
 * within the poll window is woken by a timer in this process instead of waiting for the next poll.
 */
import type { Agenda, JobId, JobNotification, JobParameters, JobRepository, NotificationChannel } from 'agenda';
import { JOBS_TABLE } from '../store/jobs.js';
import { prepared, type Pool } from '../store/db.js';

/**
 * Agenda saves a job's state when a run starts (its start time, no next run) and when it ends, and then, with
 * `removeOnComplete`, deletes it: three statements for a row about to go. For the named jobs, whose record
 * is the publication row, the start is not saved (the row stays locked by its claim; a crashed run is taken
 * over when that lock lapses, as before), the save that ends a successful run becomes the delete, and
 * Agenda's own delete of that id is answered from memory. A failed run (Agenda sets failedAt and
 * lastFinishedAt to the same instant) and lock renewals are saved as before.
 */
export function foldFinishingSaves(repository: JobRepository, pool: Pool, names: readonly string[]): void {
  const saveJobState = repository.saveJobState.bind(repository);
  const removeJobs = repository.removeJobs.bind(repository);
  const deleted = new Set<string>();
  repository.saveJobState = async (job: JobParameters, options) => {
    if (!job._id || !names.includes(job.name)) return saveJobState(job, options);
    if (startingRun(job)) return;
    if (!finishedWell(job)) return saveJobState(job, options);
    const id = job._id.toString();
    await pool.query(prepared(`DELETE FROM ${JOBS_TABLE} WHERE id = $1 AND name = $2`, [id, job.name]));
    deleted.add(id);
  };
  repository.removeJobs = async (options) => {
    const id = options.id?.toString();
    if (id && deleted.delete(id) && !options.ids && !options.data) return 1;
    return removeJobs(options);
  };
}

/**
 * The save at a run's start: the run time just set, the lock still the claim's (a renewal sets a newer lock
 * time), no next run (a one-off job).
 */
function startingRun(job: JobParameters): boolean {
  if (!job.lastRunAt || !job.lockedAt || job.nextRunAt) return false;
  return job.lockedAt.getTime() <= job.lastRunAt.getTime() && Date.now() - job.lastRunAt.getTime() < 1000;
}

function finishedWell(job: JobParameters): boolean {
  if (job.lockedAt || job.nextRunAt || !job.lastFinishedAt) return false;
  return !(job.failedAt && job.failedAt.getTime() === job.lastFinishedAt.getTime());
}

/**
 * Wakes this process's job processor when `at` comes, for a job that asked to run again sooner than the next
 * poll (a WeChat publish polled a second after submission): it then claims the job like on a notification.
 * Later runs are found by the regular poll, which takes jobs due within its window and starts them on time.
 */
export function wakeAt(agenda: Agenda, channel: NotificationChannel | undefined, job: { id: JobId | undefined; name: string }, at: Date): void {
  const delay = at.getTime() - Date.now();
  const pollMs = typeof agenda.attrs.processEvery === 'number' ? agenda.attrs.processEvery : 5000;
  if (!channel || !job.id || delay > pollMs) return;
  const notification: JobNotification = { jobId: job.id, jobName: job.name, nextRunAt: at, priority: 0, timestamp: new Date(), source: agenda.attrs.name };
  // Only this process is told (no NOTIFY round trip): the channel's handlers are the job processor's.
  const local = (channel as unknown as { notifyHandlers?: (n: JobNotification) => Promise<void> }).notifyHandlers;
  setTimeout(() => {
    void (local ? local.call(channel, notification) : channel.publish(notification)).catch(() => {});
  }, Math.max(0, delay) + 5).unref();
}
