import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../../server/config.js';
import { startHub, type Hub } from '../../server/runtime.js';
import { startTestHub, passwordOf, type GqlResult, type TestHub } from '../helpers/hub.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let t: TestHub;
let admin: string;

beforeAll(async () => {
  t = await startTestHub({ worker: false, env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '120', LOGIN_ADDRESS_MAX_FAILURES: '6' } });
  await t.users([{ username: 'boss', role: 'admin' }, { username: 'clerk', role: 'editor' }, { username: 'other', role: 'editor' }, { username: 'third', role: 'editor' }]);
  admin = await t.login('boss');
});
afterAll(async () => t.stop());
// The address counter is shared by every test here (all from 127.0.0.1); each account test starts it afresh.
beforeEach(async () => { await t.db.pool.query("DELETE FROM auth_rate_limits WHERE key LIKE 'login-address:%'"); });

const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }';
const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const attempt = (username: string, password: string, gql = t.gql) => gql(LOGIN, { u: username, p: password });

async function events(action: string, username: string) {
  const { rows } = await t.db.pool.query<{ details: { address: string; username: string; reason?: string } }>(
    "SELECT details FROM audit_events WHERE action = $1 AND details->>'username' = $2 ORDER BY seq", [action, username]);
  return rows.map((r) => r.details);
}

test('consecutive wrong passwords lock the account, even against the right password, and are audited with the address', async () => {
  expect(code(await attempt('clerk', 'wrong-1'))).toBe('UNAUTHENTICATED');
  expect(code(await attempt('clerk', 'wrong-2'))).toBe('UNAUTHENTICATED');
  const third = await attempt('clerk', 'wrong-3');
  expect(code(third)).toBe('ACCOUNT_LOCKED');
  expect(third.errors![0].extensions!.retryAfterSeconds).toBe(120);
  const right = await attempt('clerk', passwordOf('clerk'));
  expect(code(right)).toBe('ACCOUNT_LOCKED');
  expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(100);
  expect(right.data).toBeNull();

  const failed = await events('auth.login_failed', 'clerk');
  expect(failed.map((d) => d.reason)).toEqual(['password', 'password', 'password', 'locked']);
  for (const d of failed) expect(d.address).toMatch(/127\.0\.0\.1$/);
  expect(await events('auth.lockout', 'clerk')).toHaveLength(1);
  const users = await t.gql<{ users: { username: string; lockedUntil: string | null }[] }>('{ users { username lockedUntil } }', {}, admin);
  const clerk = users.data!.users.find((u) => u.username === 'clerk')!;
  expect(new Date(clerk.lockedUntil!).getTime()).toBeGreaterThan(Date.now() + 100_000);
});

test('the lock holds in another process on the same database', async () => {
  const second: Hub = await startHub({ ...t.config, port: 0 }, { web: true, worker: false, name: 'second-hub' });
  try {
    const res = await fetch(`${second.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { u: 'clerk', p: passwordOf('clerk') } }) });
    const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0].extensions.code).toBe('ACCOUNT_LOCKED');
  } finally {
    await second.stop();
  }
});

test('an admin reset unlocks the account', async () => {
  const { rows } = await t.db.pool.query<{ id: string }>("SELECT id FROM users WHERE username = 'clerk'");
  const reset = await t.gql('mutation($id:ID!){ resetUserPassword(id:$id, newPassword:"Fresh-Start-2026"){ lockedUntil } }', { id: rows[0].id }, admin);
  expect(reset.data).toEqual({ resetUserPassword: { lockedUntil: null } });
  expect(code(await attempt('clerk', 'Fresh-Start-2026'))).toBeUndefined();
});

test('wrong old passwords in changePassword count like failed logins', async () => {
  const token = await t.login('other');
  const CHANGE = 'mutation($o:String!){ changePassword(oldPassword:$o, newPassword:"Brand-New-Pass-1"){ username } }';
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(code(await t.gql(CHANGE, { o: `guess-${i}` }, token)));
  expect(answers).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ACCOUNT_LOCKED']);
  expect(code(await attempt('other', passwordOf('other')))).toBe('ACCOUNT_LOCKED');
  await t.db.pool.query("DELETE FROM auth_rate_limits");
});

test('unknown usernames lock exactly like real ones', async () => {
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(code(await attempt('nobody-here', `guess-${i}`)));
  expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
});

test('a successful login starts the count again', async () => {
  for (let round = 0; round < 2; round++) {
    expect(code(await attempt('other', 'nope-1'))).toBe('UNAUTHENTICATED');
    expect(code(await attempt('other', 'nope-2'))).toBe('UNAUTHENTICATED');
    expect(code(await attempt('other', passwordOf('other')))).toBeUndefined();
  }
});

test('failures from one address are throttled whichever usernames they try', async () => {
  const answers = [];
  for (let i = 0; i < 7; i++) answers.push(code(await attempt(`spray${i}`, 'Password123!')));
  expect(answers).toEqual([...Array(6).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  const right = await attempt('third', passwordOf('third'));
  expect(code(right)).toBe('RATE_LIMITED');
  expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
});

describe('production refuses what only development may have', () => {
  test('APP_SECRET shorter than 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(31) })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: '短'.repeat(10) })).toThrow(/至少 32 字节/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: '密'.repeat(11) }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', APP_SECRET: 'short' }).appSecret).toBe('short');
  });

  test('serve --demo', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), 'serve', '--demo'], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, NODE_ENV: 'production', APP_SECRET: 'a-long-enough-production-secret-for-tests', DATABASE_URL: t.db.url, PORT: '0' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NODE_ENV=production 时不能载入演示数据/);
  });
});
