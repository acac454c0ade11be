import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let db: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-cli-'));
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function tongfa(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test' }, timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('migrate is idempotent', () => {
  expect(tongfa('migrate')).toMatchObject({ code: 0 });
  const again = tongfa('migrate');
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/schema up to date \(\d+ migrations applied\)/);
});

test('user create: roles, units created on demand, duplicates and bad roles refused', async () => {
  expect(tongfa('user', 'create', '--username', 'wang', '--password', 'long-enough-pw', '--role', 'reviewer', '--unit', 'edu')).toMatchObject({ code: 0 });
  expect(tongfa('user', 'create', '--username', 'li', '--password', 'long-enough-pw', '--role', 'editor')).toMatchObject({ code: 0 });
  const { rows } = await db.pool.query<{ username: string; role: string; code: string }>('SELECT u.username, u.role, n.code FROM users u JOIN units n ON n.id = u.unit_id ORDER BY u.username');
  expect(rows).toEqual([{ username: 'li', role: 'editor', code: 'default' }, { username: 'wang', role: 'reviewer', code: 'edu' }]);
  const dup = tongfa('user', 'create', '--username', 'WANG', '--password', 'long-enough-pw', '--role', 'editor');
  expect(dup.code).toBe(1);
  expect(dup.err).toContain('CONFLICT');
  const bad = tongfa('user', 'create', '--username', 'zhao', '--password', 'long-enough-pw', '--role', 'king');
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('BAD_USER_INPUT');
  expect(tongfa('user', 'create', '--username', 'zhao').code).toBe(2);
});

test('audit verify: 0 while intact, non-zero with the first broken sequence number after tampering', async () => {
  const ok = tongfa('audit', 'verify');
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/intact: 2 events/);
  const client = await db.pool.connect();
  try {
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await client.query(`UPDATE audit_events SET actor = 'mallory' WHERE seq = 2`);
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
  } finally {
    client.release();
  }
  const broken = tongfa('audit', 'verify');
  expect(broken.code).toBe(1);
  expect(broken.out).toContain('BROKEN at sequence 2');
});

test('unknown commands print the usage', () => {
  const result = tongfa('frobnicate');
  expect(result.code).toBe(2);
  expect(result.err).toContain('usage: tongfa');
});
