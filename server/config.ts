import path from 'node:path';
import { parsePrivateKey, parsePublicKeys } from '../audit/keys.js';
import { loadChannelEnv } from '../channels/catalogue.js';
import type { LogFormat, LogLevel } from '../observe/logger.js';
import type { WorkflowConfig } from '../workflow/deps.js';
import type { LoginLimits } from '../workflow/loginThrottle.js';

/** The hub's configuration, read once from the environment and validated here (the edge). */
export interface Config extends WorkflowConfig {
  databaseUrl: string | null;
  /**
   * The owner role's connection, for migrations and grants (DATABASE_OWNER_URL). With it, DATABASE_URL
   * should be a role that owns nothing (README: 数据库角色). Unset: DATABASE_URL does both.
   */
  databaseOwnerUrl: string | null;
  dataDir: string;
  port: number;
  /** The address to listen on (HOST); unset = every interface. Behind a reverse proxy: 127.0.0.1. */
  host: string | null;
  /**
   * Which hops' X-Forwarded-* headers are believed (TRUST_PROXY, Express syntax: `loopback`, an address or
   * subnet list, a hop count). Default `loopback`. HSTS is sent only for requests that arrived over https
   * according to a trusted proxy.
   */
  trustProxy: string | boolean | number;  publicBaseUrl: string;
  appSecret: string;
  smtpUrl: string | null;
  /** The channels' own settings (WECHAT_API_BASE, WEIBO_API_BASE …), keyed by variable, defaults filled in. */
  channelEnv: Readonly<Record<string, string>>;
  production: boolean;
  /** How often a worker polls for due jobs (LISTEN/NOTIFY wakes it sooner). JOBS_POLL_MS, default 5000. */
  jobsPollMs: number;
  /** How long a dead worker's job stays locked before another takes it. JOBS_LOCK_LIFETIME_MS, default 60000. */
  jobsLockLifetimeMs: number;
  /**
   * How long a publication whose platform keeps failing transiently (down, 5xx, busy, rate limits) is retried
   * before it is marked FAILED. DELIVERY_GIVE_UP_AFTER_MS, default 6 hours.
   */
  deliveryGiveUpAfterMs: number;
  /** Ed25519 private key signing audit checkpoints (PKCS#8 PEM or base64 DER). AUDIT_SIGNING_KEY. */
  auditSigningKey: string | null;
  /** A file holding that key, when it is not in the environment itself. AUDIT_SIGNING_KEY_FILE. */
  auditSigningKeyFile: string | null;
  /**
   * The public key(s) a checkpoint must be signed with to be trusted (SPKI PEM or base64 DER, several
   * allowed). Unset: stored checkpoints are checked against the hub's own key. AUDIT_PUBLIC_KEY.
   */
  auditPublicKey: string | null;
  /** LOG_LEVEL: trace … fatal or silent; default info (silent under NODE_ENV=test). */
  logLevel: LogLevel;
  /** LOG_FORMAT: json (default in production) or pretty (one readable line per record, default otherwise). */
  logFormat: LogFormat;
  /** METRICS_TOKEN: the bearer token `/metrics` asks for; unset → `/metrics` is not served on the main port. */
  metricsToken: string | null;
  /** METRICS_PORT: a separate loopback-bound port serving `/metrics` without a token; unset → none. */
  metricsPort: number | null;
  /** Overrides of the GraphQL request limits (schema/limits.ts): GRAPHQL_MAX_COST, GRAPHQL_MAX_RESPONSE_BYTES. */
  graphqlLimits: { maxCost?: number; maxResponseBytes?: number };
  /** Login protection (see workflow/loginThrottle.ts). */
  login: LoginLimits;
  /** Where each new audit checkpoint is written as a file, outside the database. AUDIT_CHECKPOINT_DIR. */
  auditCheckpointDir: string | null;
  /** Who each new checkpoint is mailed to: addresses and/or `overseers`. AUDIT_CHECKPOINT_MAIL_TO, comma-separated. */
  auditCheckpointMailTo: string[];
  /**
   * Internal addresses image fetching may reach (an intranet image server, the hub's own address when
   * PUBLIC_BASE_URL resolves to a private one). IMAGE_FETCH_ALLOW_ADDRESSES, comma-separated; default none.
   */
  imageFetchAllowAddresses: string[];
}

export type { LoginLimits };

export class ConfigError extends Error {}

const LOG_LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

const DEV_SECRET = 'tongfa-development-secret-do-not-use-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = env.PORT ? Number(env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`环境变量 PORT 须为端口号（0–65535），当前为「${env.PORT}」`);
  const appSecret = env.APP_SECRET ?? (production ? '' : DEV_SECRET);
  if (!appSecret) throw new ConfigError('NODE_ENV=production 时必须设置 APP_SECRET');
  if (production && appSecret === DEV_SECRET) throw new ConfigError('生产环境不能使用开发用的默认 APP_SECRET，请另行生成');
  // It signs tokens and encrypts channel credentials: fewer than 32 bytes is guessable offline.
  if (production && Buffer.byteLength(appSecret, 'utf8') < 32) throw new ConfigError('生产环境的 APP_SECRET 至少 32 字节（可用 `openssl rand -base64 48` 生成）');
  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicBaseUrl)) throw new ConfigError(`环境变量 PUBLIC_BASE_URL 须为 http(s) 地址，当前为「${publicBaseUrl}」`);
  let channelEnv: Record<string, string>;
  try {
    channelEnv = loadChannelEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const jobsPollMs = positiveInt(env.JOBS_POLL_MS, 5000, 'JOBS_POLL_MS');
  const jobsLockLifetimeMs = positiveInt(env.JOBS_LOCK_LIFETIME_MS, 60_000, 'JOBS_LOCK_LIFETIME_MS');
  const logLevel = (env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`环境变量 LOG_LEVEL 须为 ${LOG_LEVELS.join('、')} 之一，当前为「${env.LOG_LEVEL}」`);
  const logFormat = (env.LOG_FORMAT || (production ? 'json' : 'pretty')) as LogFormat;
  if (logFormat !== 'json' && logFormat !== 'pretty') throw new ConfigError(`环境变量 LOG_FORMAT 须为 json 或 pretty，当前为「${env.LOG_FORMAT}」`);
  const metricsPort = env.METRICS_PORT ? positiveInt(env.METRICS_PORT, 0, 'METRICS_PORT') : null;
  if (metricsPort !== null && metricsPort > 65535) throw new ConfigError(`环境变量 METRICS_PORT 须为端口号（1–65535），当前为「${env.METRICS_PORT}」`);
  // Keys given inline are checked now, so a mistyped key stops the process at start, not at the first checkpoint.
  try {
    if (env.AUDIT_SIGNING_KEY) parsePrivateKey(env.AUDIT_SIGNING_KEY, 'AUDIT_SIGNING_KEY');
    if (env.AUDIT_PUBLIC_KEY) parsePublicKeys(env.AUDIT_PUBLIC_KEY, 'AUDIT_PUBLIC_KEY');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return {
    databaseUrl: env.DATABASE_URL || null,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || null,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    port,
    host: env.HOST?.trim() || null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicBaseUrl,
    appSecret,
    smtpUrl: env.SMTP_URL || null,
    channelEnv,
    production,
    jobsPollMs,
    jobsLockLifetimeMs,
    deliveryGiveUpAfterMs: positiveInt(env.DELIVERY_GIVE_UP_AFTER_MS, 6 * 3600_000, 'DELIVERY_GIVE_UP_AFTER_MS'),
    auditSigningKey: env.AUDIT_SIGNING_KEY || null,
    auditSigningKeyFile: env.AUDIT_SIGNING_KEY_FILE ? path.resolve(env.AUDIT_SIGNING_KEY_FILE) : null,
    auditPublicKey: env.AUDIT_PUBLIC_KEY || null,
    graphqlLimits: {
      ...(env.GRAPHQL_MAX_COST ? { maxCost: positiveInt(env.GRAPHQL_MAX_COST, 0, 'GRAPHQL_MAX_COST') } : {}),
      ...(env.GRAPHQL_MAX_RESPONSE_BYTES ? { maxResponseBytes: positiveInt(env.GRAPHQL_MAX_RESPONSE_BYTES, 0, 'GRAPHQL_MAX_RESPONSE_BYTES') } : {}),
    },
    auditCheckpointDir: env.AUDIT_CHECKPOINT_DIR ? path.resolve(env.AUDIT_CHECKPOINT_DIR) : null,
    auditCheckpointMailTo: (env.AUDIT_CHECKPOINT_MAIL_TO ?? '').split(',').map((a) => a.trim()).filter(Boolean),
    imageFetchAllowAddresses: (env.IMAGE_FETCH_ALLOW_ADDRESSES ?? '').split(',').map((a) => a.trim()).filter(Boolean),
    login: {
      maxFailures: positiveInt(env.LOGIN_MAX_FAILURES, 5, 'LOGIN_MAX_FAILURES'),
      lockSeconds: positiveInt(env.LOGIN_LOCK_SECONDS, 900, 'LOGIN_LOCK_SECONDS'),
      addressMaxFailures: positiveInt(env.LOGIN_ADDRESS_MAX_FAILURES, 30, 'LOGIN_ADDRESS_MAX_FAILURES'),
      addressWindowSeconds: positiveInt(env.LOGIN_ADDRESS_WINDOW_SECONDS, 900, 'LOGIN_ADDRESS_WINDOW_SECONDS'),
    },
    logLevel,
    logFormat,
    metricsToken: env.METRICS_TOKEN || null,
    metricsPort,
  };
}

function parseTrustProxy(raw: string | undefined): string | boolean | number {
  const value = raw?.trim();
  if (!value) return 'loopback';
  if (value === 'false') return false;
  if (value === 'true') throw new ConfigError('TRUST_PROXY=true 会相信任何客户端伪造的 X-Forwarded-For；请写明代理（loopback、地址或网段）或代理层数');
  return /^\d+$/.test(value) ? Number(value) : value;
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`环境变量 ${name} 须为正整数，当前为「${raw}」`);
  return value;
}
