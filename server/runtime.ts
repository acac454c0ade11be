import type { Server } from 'node:http';
import path from 'node:path';
import type { Agenda } from 'agenda';
import { startChainer } from '../audit/chainer.js';
import { allChannels, type ChannelRegistry } from '../channels/registry.js';
import { startOutboxDispatcher } from '../jobs/outboxDispatcher.js';
import { AgendaScheduler, createAgenda, defineJobs, startWorker, stopAgenda } from '../jobs/agenda.js';
import type { Deps } from '../workflow/deps.js';
import { imageSourcePolicy } from '../workflow/imageSources.js';
import { closeOffload } from '../workflow/offload.js';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { credentialVault } from './secrets.js';
import { openDatabase, type Database } from './database.js';
import { createLogger, type Logger } from '../observe/logger.js';
import { createMailer } from './mailer.js';
import { watchPool } from '../observe/metrics.js';
import { startMetricsServer } from './metricsRoutes.js';

export interface Hub {
  deps: Deps<Config>;
  db: Database;
  agenda: Agenda;
  channels: ChannelRegistry;
  server: Server | null;
  url: string | null;
  stop(): Promise<void>;
}

export interface HubOptions {
  web: boolean;
  worker: boolean;
  /** Defaults to one built from the configuration (LOG_LEVEL, LOG_FORMAT). */
  logger?: Logger;
  /** Worker identity in the jobs table. */
  name?: string;
  /** Lock lifetime of delivery jobs: how soon another worker takes over from a dead one. */
  lockLifetimeMs?: number;
  processEvery?: string | number;
  channels?: ChannelRegistry;
}

const CHAIN_EVERY_MS = 100;
const WEB_POOL_MAX = 30;
/**
 * A worker's jobs spend their time waiting on the platforms and hold a connection only for one short statement
 * or transaction at a time, so a few connections serve its 25 deliveries. With the web process's 30, each worker
 * grew its own 30 backends under a burst: with two workers PostgreSQL ran 60-odd backends, each a cold cache and
 * another process for two cores to switch between, and its CPU per publication rose by half (README, "what the
 * second worker multiplied"). Two of these are held by the LISTEN connections (job notifications, outbox).
 * Twelve, not eight: with six left for statements every worker kept 9–14 callers queued for a connection (80–260 ms
 * an acquire, sampled with BENCH_SAMPLE_WAITS) while the backends it held sat idle waiting for it — the wait that
 * kept a second worker from adding throughput. Ten for statements cut the queue to about 3 callers and 20 ms, at the
 * same CPU per publication (README, "what the two workers wait on").
 */
const WORKER_POOL_MAX = 12;
const WORKER_CHAIN_EVERY_MS = 500;

/** Starts what `tongfa serve` / `tongfa worker` run: database (migrated), job queue, HTTP server. */
export async function startHub(config: Config, options: HubOptions): Promise<Hub> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const db = await openDatabase(config, logger, options.worker && !options.web ? WORKER_POOL_MAX : WEB_POOL_MAX);
  const name = options.name ?? `${options.web ? 'web' : ''}${options.worker ? 'worker' : ''}-${process.pid}`;
  const lockLifetimeMs = options.lockLifetimeMs ?? config.jobsLockLifetimeMs;
  const { agenda, backend } = createAgenda(db.pool, { name, processEvery: options.processEvery ?? config.jobsPollMs, lockLifetimeMs, ensureSchema: false, logger });
  // openDatabase has prepared the job table (ensureJobsSchema) and marked its pool: the scheduler does not do it again.
  const scheduler = new AgendaScheduler(agenda, db.pool, backend.notificationChannel, logger);
  const deps: Deps<Config> = {
    pool: db.pool,
    config,
    credentials: credentialVault(config.appSecret),
    scheduler,
    mailer: createMailer({ smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox') }),
    now: () => new Date(),
    logger,
  };
  // Every process seals audit events in the background; the chainer's lock lets one do it at a time. Each round
  // costs a few statements whether or not it gets the lock, so a worker process, of which there may be several,
  // tries five times less often than the web process: sealing stays as prompt, the rounds no longer multiply
  // with the workers.
  const chainer = startChainer(db.pool, options.web ? CHAIN_EVERY_MS : WORKER_CHAIN_EVERY_MS, (error) => logger.warn({ err: error }, '审计链封存出错，稍后重试'));
  const channels = options.channels ?? allChannels({ ...config, imageSources: imageSourcePolicy(deps) });
  defineJobs(agenda, deps, channels, { lockLifetimeMs, notificationChannel: backend.notificationChannel, scheduler });
  const outbox = startOutboxDispatcher(deps);
  const unwatch = watchPool(name, db.pool, { jobQueue: options.worker });
  const metricsServer = config.metricsPort ? await startMetricsServer(config.metricsPort) : null;
  await scheduler.ready();
  if (options.worker) await startWorker(agenda, deps);

  let server: Server | null = null;
  let url: string | null = null;
  let closeApp = async (): Promise<void> => {};
  if (options.web) {
    const { app, close } = await createApp(deps);
    closeApp = close;
    server = await new Promise<Server>((resolve, reject) => {
      const s = config.host
        ? app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)))
        : app.listen(config.port, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
    const address = server.address();
    const host = !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
    url = typeof address === 'object' && address ? `http://${host}:${address.port}` : null;
  }

  let stopped = false;
  return {
    deps, db, agenda, channels, server, url,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await closeApp();
      await outbox.stop();
      // Half the lock lifetime, at most 25 s: inside a typical 30 s termination grace period.
      await stopAgenda(agenda, backend, { drainMs: Math.min(25_000, Math.floor(lockLifetimeMs / 2)), logger });
      await chainer.stop();
      unwatch();
      if (metricsServer) await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      await closeOffload();
      await db.close();
    },
  };
}
