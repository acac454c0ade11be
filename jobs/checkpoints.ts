import type { Agenda } from 'agenda';
import { systemActor } from '../workflow/actor.js';
import { createCheckpoint, type CheckpointDeps } from '../workflow/checkpoints.js';

export const CHECKPOINT_JOB = 'audit.checkpoint';

/** Hourly: a rewrite of the chain can go unnoticed for at most the events of the last hour. */
export const CHECKPOINT_INTERVAL = '1 hour';

/**
 * Signed checkpoints on a schedule. A broken chain makes the job fail (recorded on the job, and on the
 * worker's stderr) rather than sign: the overseers' `verifyAuditCheckpoints` then shows why.
 */
export function defineCheckpointJobs(agenda: Agenda, deps: CheckpointDeps, options: { lockLifetimeMs?: number } = {}): void {
  agenda.define(CHECKPOINT_JOB, async () => {
    try {
      await createCheckpoint(deps, systemActor(CHECKPOINT_JOB), { onlyIfGrown: true });
    } catch (error) {
      process.stderr.write(`${CHECKPOINT_JOB}: ${error instanceof Error ? error.message : String(error)}\n`);
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
