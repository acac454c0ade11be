import type { Agenda, Job } from 'agenda';
import { BEIJING_TIME_ZONE } from '../time/beijing.js';
import { systemActor } from '../workflow/actor.js';
import type { Deps } from '../workflow/deps.js';
import { runInspection, type InspectionTrigger } from '../workflow/inspection.js';

export const INSPECTION_JOB = 'inspection.run';
/** 08:00 in Beijing every day, weekends and holidays included: 每天一次 means every day. */
export const INSPECTION_SCHEDULE = '0 8 * * *';
export const INSPECTION_TIMEZONE = BEIJING_TIME_ZONE;

interface InspectionData {
  trigger?: InspectionTrigger;
}

/** The job runs the same workflow function as the `runInspection` mutation, as `system:inspection`. */
export function defineInspectionJobs(agenda: Agenda, deps: Deps): void {
  agenda.define<InspectionData>(
    INSPECTION_JOB,
    async (job: Job<InspectionData>) => {
      const trigger = job.attrs.data?.trigger ?? 'schedule';
      await runInspection(deps, systemActor('inspection'), { trigger, notify: true });
    },
    // The recurring job is locked by whichever worker runs it; concurrency 1 also keeps an on-demand enqueue
    // in the same worker from overlapping it and mailing two digests at once.
    { concurrency: 1 },
  );
}

/**
 * Registers the daily run. `every` keeps a single job per name, so calling this at every worker start
 * (or from several workers) updates that one job instead of adding another.
 */
export async function scheduleInspection(agenda: Agenda): Promise<void> {
  await agenda.every<InspectionData>(INSPECTION_SCHEDULE, INSPECTION_JOB, { trigger: 'schedule' }, { timezone: INSPECTION_TIMEZONE, skipImmediate: true });
}
