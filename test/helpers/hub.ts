import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelRegistry } from '../../channels/registry.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { Logger } from '../../observe/logger.js';
import { startHub, type Hub } from '../../server/runtime.js';
import { SYSTEM } from '../../workflow/actor.js';
import { createUser } from '../../workflow/users.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
}

export interface TestHub {
  db: TestDatabase;
  hub: Hub;
  config: Config;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(username: string): Promise<string>;
  /** Creates users (password = username + '-password') through the same workflow as the CLI. */
  users(list: { username: string; role: string; unit?: string }[]): Promise<void>;
  stop(): Promise<void>;
}

export const passwordOf = (username: string): string => `${username}-password`;

/** A real hub over HTTP on a fresh database: the tests talk to it as a client would. */
export async function startTestHub(options: { worker?: boolean; env?: Record<string, string>; channels?: ChannelRegistry; logger?: Logger } = {}): Promise<TestHub> {
  const db = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-hub-'));
  const config = loadConfig({ DATABASE_URL: db.url, PORT: '0', DATA_DIR: dataDir, PUBLIC_BASE_URL: 'http://portal.test', NODE_ENV: 'test', ...options.env });
  const hub = await startHub(config, { web: true, worker: options.worker ?? true, processEvery: '1 second', name: 'test-hub', channels: options.channels, logger: options.logger,
    // Agenda keeps a timer for half a job's lock lifetime after stop(): keep it short so jest exits promptly.
    lockLifetimeMs: LOCK_LIFETIME_MS });
  const lastJobEnd = jobsEndedAt(hub);
  const url = hub.url!;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: T | null; errors?: GqlResult['errors'] };
    return { status: res.status, data: json.data ?? null, errors: json.errors };
  };
  return {
    db, hub, config, url, gql,
    async login(username) {
      const res = await gql<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: username, p: passwordOf(username) });
      if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async users(list) {
      for (const u of list) await createUser(db.pool, SYSTEM, { username: u.username, password: passwordOf(u.username), role: u.role, unitCode: u.unit ?? null, email: `${u.username}@example.test` });
    },
    async stop() {
      await hub.stop();
      await Promise.all([db.drop(), agendaTimersLapsed(lastJobEnd())]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const LOCK_LIFETIME_MS = 5000;

/** When the hub's last job run ended (0: none yet). */
function jobsEndedAt(hub: Hub): () => number {
  let last = 0;
  hub.agenda.on('complete', () => {
    last = Date.now();
  });
  return () => last;
}

/**
 * Agenda (6.2.6) arms a liveness timer of half a job's lock lifetime for every run, re-armed until a tick after the
 * run ends, and stop() cannot clear it (it is not kept anywhere). A jest worker whose last suite stopped a hub
 * sooner than that before the end cannot exit within jest's half second ("A worker process has failed to exit
 * gracefully"). So a test hub's stop lasts until the last one has lapsed: at most half the lock lifetime after
 * the last run, spent while the database is dropped.
 */
async function agendaTimersLapsed(lastJobEnd: number): Promise<void> {
  const wait = lastJobEnd + LOCK_LIFETIME_MS / 2 + 50 - Date.now();
  if (lastJobEnd > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Polls `check` until it returns a value, within `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
