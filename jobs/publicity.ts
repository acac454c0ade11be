import type { Agenda } from 'agenda';
import type { Deps } from '../workflow/deps.js';
import { expirePublicity } from '../workflow/publicity.js';

export const PUBLICITY_JOB = 'publicity.expire';

/** Every five minutes: an item whose 公示期 ended comes down within minutes, wherever it was published. */
export function definePublicityJobs(agenda: Agenda, deps: Deps): void {
  agenda.define(PUBLICITY_JOB, async () => {
    await expirePublicity(deps);
  }, { concurrency: 1 });
}

export async function schedulePublicity(agenda: Agenda): Promise<void> {
  await agenda.every('5 minutes', PUBLICITY_JOB);
}
