import type { Config } from '../server/config.js';
import type { Logger } from '../server/logger.js';
import type { Pool } from '../store/db.js';

/**
 * What the workflow needs from the outside world. Jobs are enqueued through `scheduler` after the
 * transaction that made them necessary commits; a reconciliation pass in the worker covers a crash
 * between the two.
 */
export interface Scheduler {
  deliver(publicationIds: string[], at: Date): Promise<void>;
  cancel(publicationIds: string[]): Promise<void>;
  /** Removes the platform copies of these publications (state RETRACTING). */
  retract(publicationIds: string[]): Promise<void>;
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface Deps {
  pool: Pool;
  config: Config;
  scheduler: Scheduler;
  mailer: Mailer;
  /** Injectable clock: inspections and schedules are tested with controlled time. */
  now: () => Date;
  /** Structured log; lines written inside a request or a job it armed carry that request's id. */
  logger: Logger;
}
