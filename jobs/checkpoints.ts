import type { Agenda, Job } from 'agenda';
import { systemActor } from '../workflow/actor.js';
import { createCheckpoint, type CheckpointDeps } from '../workflow/checkpoints.js';
import type { Deps } from '../workflow/deps.js';
import { silentLogger } from '../observe/logger.js';

export const CHECKPOINT_JOB = 'audit.checkpoint';

/** Hourly: a rewrite of the chain can go unnoticed for at most the events of the last hour. */
export const CHECKPOINT_INTERVAL = '1 hour';

/**
 * Signed checkpoints on a schedule. A broken chain makes the job fail (recorded on the job, and in the
 * worker's log) rather than sign: the overseers' `verifyAuditCheckpoints` then shows why.
 *
 * The job holds the worker's own lock lifetime (JOBS_LOCK_LIFETIME_MS) and touches its lock while it runs: the
 * first checkpoint re-hashes the whole chain, which on a long trail outlasts a delivery. A long lock lifetime
 * instead (it was 10 minutes) also keeps Agenda's liveness timer — half the lifetime, armed after every run and
 * never cleared by stop() — holding a stopped worker's process open for five minutes.
 */
export function defineCheckpointJobs(agenda: Agenda, deps: CheckpointDeps & Partial<Pick<Deps, 'logger'>>, options: { lockLifetimeMs?: number } = {}): void {
  const lockLifetimeMs = options.lockLifetimeMs ?? 60_000;
  agenda.define(CHECKPOINT_JOB, async (job: Job) => {
    const touching = setInterval(() => {
      job.touch().catch((error: unknown) => (deps.logger ?? silentLogger).warn({ err: error }, '审计检查点任务续锁失败'));
    }, Math.max(200, Math.floor(lockLifetimeMs / 3)));
    try {
      await createCheckpoint(deps, systemActor(CHECKPOINT_JOB), { onlyIfGrown: true });
    } catch (error) {
      (deps.logger ?? silentLogger).error({ err: error }, '审计检查点签署失败');
      throw error;
    } finally {
      clearInterval(touching);
    }
  }, { concurrency: 1, lockLifetime: lockLifetimeMs });
}

/** Called once the worker has started; `every` is idempotent, so each worker may call it. */
export async function scheduleCheckpoints(agenda: Agenda, interval: string = CHECKPOINT_INTERVAL): Promise<void> {
  await agenda.every(interval, CHECKPOINT_JOB);
}
