import type { Logger } from '../observe/logger.js';
import type { Pool } from '../store/db.js';
import type { LoginLimits } from './loginThrottle.js';

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

/**
 * The settings the workflow reads. The server's Config (server/config.ts) extends it with what only the
 * server needs (ports, proxies, log format); the workflow never imports the server to learn its own settings.
 */
export interface WorkflowConfig {
  publicBaseUrl: string;
  /** Keys the public forms' access codes (登记号 + 查询码). Channel credentials go through `credentials`. */
  appSecret: string;
  dataDir: string;
  /** The channels' own settings (WECHAT_API_BASE …), keyed by variable. */
  channelEnv: Readonly<Record<string, string>>;
  jobsLockLifetimeMs: number;
  deliveryGiveUpAfterMs: number;
  login: LoginLimits;
  imageFetchAllowAddresses: string[];
  auditSigningKey: string | null;
  auditSigningKeyFile: string | null;
  auditPublicKey: string | null;
  auditCheckpointDir: string | null;
  auditCheckpointMailTo: string[];
}

/**
 * Seals channel credentials at rest. The server builds it from APP_SECRET (server/secrets.ts); the workflow
 * only asks for a value sealed or opened, and never sees a key.
 */
export interface CredentialVault {
  seal(value: unknown): string;
  /** Throws when the envelope was tampered with or sealed under another secret. */
  open(sealed: string): unknown;
}

export interface Deps<C extends WorkflowConfig = WorkflowConfig> {
  pool: Pool;
  config: C;
  credentials: CredentialVault;
  scheduler: Scheduler;
  mailer: Mailer;
  /** Injectable clock: inspections and schedules are tested with controlled time. */
  now: () => Date;
  /** Structured log; lines written inside a request or a job it armed carry that request's id. */
  logger: Logger;
}
