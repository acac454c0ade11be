import type { Server } from 'node:http';
import path from 'node:path';
import type { Agenda } from 'agenda';
import { allChannels, type ChannelRegistry } from '../channels/registry.js';
import { AgendaScheduler, createAgenda, defineJobs, startWorker, stopAgenda } from '../jobs/agenda.js';
import type { Deps } from '../workflow/deps.js';
import { imageSourcePolicy } from '../workflow/imageSources.js';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './database.js';
import { createMailer } from './mailer.js';

export interface Hub {
  deps: Deps;
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
  log?: (line: string) => void;
  /** Worker identity in the jobs table. */
  name?: string;
  /** Lock lifetime of delivery jobs: how soon another worker takes over from a dead one. */
  lockLifetimeMs?: number;
  processEvery?: string | number;
  channels?: ChannelRegistry;
}

/** Starts what `tongfa serve` / `tongfa worker` run: database (migrated), job queue, HTTP server. */
export async function startHub(config: Config, options: HubOptions): Promise<Hub> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const db = await openDatabase(config, log);
  const name = options.name ?? `${options.web ? 'web' : ''}${options.worker ? 'worker' : ''}-${process.pid}`;
  const lockLifetimeMs = options.lockLifetimeMs ?? config.jobsLockLifetimeMs;
  const { agenda, backend } = createAgenda(db.pool, { name, processEvery: options.processEvery ?? config.jobsPollMs, lockLifetimeMs, ensureSchema: !db.separateOwner });
  const deps: Deps = {
    pool: db.pool,
    config,
    scheduler: new AgendaScheduler(agenda),
    mailer: createMailer({ smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox') }),
    now: () => new Date(),
  };
  const channels = options.channels ?? allChannels({ ...config, imageSources: imageSourcePolicy(deps) });
  defineJobs(agenda, deps, channels, { lockLifetimeMs });
  await agenda.ready;
  if (options.worker) await startWorker(agenda);

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
      await stopAgenda(agenda, backend);
      await db.close();
    },
  };
}
