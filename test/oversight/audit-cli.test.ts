import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { rewriteChainConsistently } from './tamper.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let db: TestDatabase;
let dataDir: string;
let checkpointFile: string;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-audit-cli-'));
  checkpointFile = path.join(dataDir, 'checkpoint.json');
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function tongfa(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test', ...env }, timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const publicPemOf = (file: string): string => JSON.parse(fs.readFileSync(file, 'utf8')).publicKey;
const otherPublicKey = (): string => String(generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }));

test('checkpoint: signed, written with its public key; the generated key stays in DATA_DIR with mode 0600', () => {
  for (const name of ['wang', 'li', 'zhao']) expect(tongfa(['user', 'create', '--username', name, '--password', 'long-enough-pw', '--role', 'editor']).code).toBe(0);
  const made = tongfa(['audit', 'checkpoint', '--out', checkpointFile]);
  expect(made).toMatchObject({ code: 0, out: expect.stringMatching(/^checkpoint #1: 3 events, head [0-9a-f]{64}, key [0-9a-f]{16}, written to /) });
  const exported = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
  expect(exported).toMatchObject({ format: 'tongfa.audit-checkpoint.v1', algorithm: 'Ed25519', length: 3, publicKey: expect.stringContaining('BEGIN PUBLIC KEY') });
  expect(fs.statSync(path.join(dataDir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
  // Without --out the document goes to stdout, and the same key signs it.
  const printed = tongfa(['audit', 'checkpoint']);
  expect(printed.code).toBe(0);
  expect(JSON.parse(printed.out)).toMatchObject({ length: 4, keyId: exported.keyId });
});

test('verify: the chain and the stored checkpoints; an exported checkpoint, with or without a trust anchor', () => {
  const plain = tongfa(['audit', 'verify']);
  expect(plain).toMatchObject({ code: 0, out: expect.stringContaining('audit chain intact: 5 events') });
  expect(plain.out).toContain('2 signed checkpoints hold');
  const fromFile = tongfa(['audit', 'verify', '--checkpoint', checkpointFile]);
  expect(fromFile.code).toBe(0);
  expect(fromFile.out).toContain('checkpoint holds');
  expect(fromFile.out).toContain('the key was taken from the checkpoint file');
  const anchored = tongfa(['audit', 'verify', '--checkpoint', checkpointFile], { AUDIT_PUBLIC_KEY: publicPemOf(checkpointFile) });
  expect(anchored.code).toBe(0);
  expect(anchored.out).not.toContain('warning');
});

test('verify refuses a wrong key, a forged file and a file that is not a checkpoint', () => {
  const wrongKey = tongfa(['audit', 'verify', '--checkpoint', checkpointFile], { AUDIT_PUBLIC_KEY: otherPublicKey() });
  expect(wrongKey.code).toBe(1);
  expect(wrongKey.out).toContain('checkpoint FAILS (UNTRUSTED_KEY)');
  // The stored checkpoints are held to the configured key as well.
  expect(tongfa(['audit', 'verify'], { AUDIT_PUBLIC_KEY: otherPublicKey() })).toMatchObject({ code: 1, out: expect.stringContaining('UNTRUSTED_KEY') });

  const exported = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
  const forged = path.join(dataDir, 'forged.json');
  fs.writeFileSync(forged, JSON.stringify({ ...exported, length: 2 }));
  expect(tongfa(['audit', 'verify', '--checkpoint', forged])).toMatchObject({ code: 1, out: expect.stringContaining('BAD_SIGNATURE') });

  fs.writeFileSync(forged, '{"format": "something else"}');
  expect(tongfa(['audit', 'verify', '--checkpoint', forged])).toMatchObject({ code: 1, err: expect.stringContaining('BAD_USER_INPUT') });
  fs.writeFileSync(forged, 'not json');
  expect(tongfa(['audit', 'verify', '--checkpoint', forged])).toMatchObject({ code: 1, err: expect.stringContaining('is not JSON') });
  expect(tongfa(['audit', 'verify', '--checkpoint', path.join(dataDir, 'missing.json')])).toMatchObject({ code: 1, err: expect.stringContaining('cannot read') });
  expect(tongfa(['audit', 'verify', '--checkpoint'])).toMatchObject({ code: 2 });
});

test('export: CSV or JSON Lines to stdout, filtered; bad options refused', () => {
  const jsonl = tongfa(['audit', 'export', '--format', 'jsonl', '--action', 'user.*', '--from', '2000-01-01']);
  expect(jsonl.code).toBe(0);
  const lines = jsonl.out.trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((e) => e.details.username)).toEqual(['wang', 'li', 'zhao']);
  const csv = tongfa(['audit', 'export', '--actor', 'system:cli', '--action', 'audit.checkpoint']);
  expect(csv.code).toBe(0);
  expect(csv.out.startsWith('\uFEFFseq,at,actor,action,')).toBe(true);
  expect(csv.out.split('\r\n').filter(Boolean)).toHaveLength(3);
  expect(tongfa(['audit', 'export', '--format', 'xml'])).toMatchObject({ code: 1, err: expect.stringContaining('BAD_USER_INPUT') });
  expect(tongfa(['audit', 'export', '--from', 'last tuesday'])).toMatchObject({ code: 1, err: expect.stringContaining('BAD_USER_INPUT') });
  expect(tongfa(['audit', 'export', '--colour'])).toMatchObject({ code: 2 });
  expect(tongfa(['audit', 'frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('usage: tongfa') });
});

test('a chain rewritten consistently: the plain hash check passes, the checkpoints do not', async () => {
  await rewriteChainConsistently(db.pool, 2, (event) => {
    event.details = { ...event.details, username: 'mallory' };
  });
  const plain = tongfa(['audit', 'verify']);
  expect(plain.code).toBe(1);
  expect(plain.out).toContain('audit chain intact');
  expect(plain.out).toMatch(/signed checkpoints FAIL \(2 of 2\)/);
  expect(plain.out).toContain('HEAD_MISMATCH');
  const fromFile = tongfa(['audit', 'verify', '--checkpoint', checkpointFile]);
  expect(fromFile.code).toBe(1);
  expect(fromFile.out).toContain('checkpoint FAILS (HEAD_MISMATCH)');
  expect(fromFile.out).toContain('the chain was rewritten');
  expect(tongfa(['audit', 'checkpoint'])).toMatchObject({ code: 1, err: expect.stringContaining('CONFLICT') });
});
