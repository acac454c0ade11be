import type { Agenda } from 'agenda';
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
 */
export function defineCheckpointJobs(agenda: Agenda, deps: CheckpointDeps & Partial<Pick<Deps, 'logger'>>, options: { lockLifetimeMs?: number } = {}): void {
  agenda.define(CHECKPOINT_JOB, async () => {
    try {
      await createCheckpoint(deps, systemActor(CHECKPOINT_JOB), { onlyIfGrown: true });
    } catch (error) {
      (deps.logger ?? silentLogger).error({ err: error }, '审计检查点签署失败');
      throw error;
    }
  }, {
    concurrency: 1,
    // The first checkpoint re-hashes the whole chain, which on a long trail takes longer than a delivery.
    lockLifetime: options.lockLifetimeMs ?? 10 * 60_000,
  });
}

/** Called once the worker has started; `every` is idempotent, so each worker may call it. */
export async function scheduleCheckpoints(agenda: Agenda, interval: string = CHECKPOINT_INTERVAL): Promise<void> {
  await agenda.every(interval, CHECKPOINT_JOB);
}
