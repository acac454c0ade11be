import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPool, type Pool } from '../../store/db.js';
import { freePort } from '../../store/embedded.js';
import { SYSTEM } from '../../workflow/actor.js';
import { createUser } from '../../workflow/users.js';
import { eventually, passwordOf } from '../helpers/hub.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-selfheal-'));
const children: ChildProcess[] = [];
let base: string;
let pool: Pool;

/** A real `tongfa` process on the embedded cluster under `dataDir`; resolves once it printed its start line. */
function tongfa(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), ...args], {
    cwd: ROOT,
    env: { ...inherited, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'warn', JOBS_POLL_MS: '300', JOBS_LOCK_LIFETIME_MS: '3000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/tongfa (serving|worker running)/.test(out)) {
        clearInterval(timer);
        resolve(child);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`tongfa ${args.join(' ')} exited ${code}: ${out}`));
    });
  });
}

const postmasterPid = (): number => Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function ready(): Promise<number> {
  try {
    return (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) })).status;
  } catch {
    return 0;
  }
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data: T; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

let web: ChildProcess;
let worker: ChildProcess;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  web = await tongfa(['serve', '--no-worker'], { PORT: String(port), PUBLIC_BASE_URL: base });
  worker = await tongfa(['worker'], {});
  const password = fs.readFileSync(path.join(dataDir, 'pg.credentials'), 'utf8').trim();
  const pgPort = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  pool = createPool(`postgresql://tongfa:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/tongfa`, 2);
  await createUser(pool, SYSTEM, { username: 'ed', password: passwordOf('ed'), role: 'editor', unitCode: null, email: null });
  await createUser(pool, SYSTEM, { username: 'rev', password: passwordOf('rev'), role: 'reviewer', unitCode: null, email: null });
}, 180_000);

afterAll(async () => {
  await pool?.end();
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('SIGKILL of the embedded postmaster: the owner restarts it, /readyz recovers within 30 s, the worker stays up and delivers exactly once', async () => {
  expect(await ready()).toBe(200);
  const killedAt = Date.now();
  process.kill(postmasterPid(), 'SIGKILL');
  await eventually(async () => (await ready()) === 503, 10_000);
  await eventually(async () => (await ready()) === 200, 30_000, 250);
  expect(Date.now() - killedAt).toBeLessThan(30_000);

  // Everything after the blink goes through both processes' reconnected pools.
  const editor = (await gql<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: 'ed', p: passwordOf('ed') })).login.token;
  const reviewer = (await gql<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: 'rev', p: passwordOf('rev') })).login.token;
  const { createContent } = await gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '数据库重启之后', body: '<p>正文。</p>', categoryCode: 'gzdt' } }, editor);
  await gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id: createContent.id }, editor);
  await gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id: createContent.id }, reviewer);
  await gql('mutation($id:ID!){ publishContent(id:$id){ status } }', { id: createContent.id }, editor);
  await eventually(async () => (await pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [createContent.id])).rows[0].status === 'PUBLISHED', 30_000);
  const { rows } = await pool.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM audit_events e WHERE e.action = 'publication.published' AND e.target_id = p.id::text) AS n
     FROM publications p WHERE p.content_id = $1`,
    [createContent.id],
  );
  expect(rows.map((r) => r.n)).toEqual([1, 1]);
  expect(worker.exitCode).toBeNull();
  expect(web.exitCode).toBeNull();
}, 120_000);
