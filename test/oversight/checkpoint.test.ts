import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendAudit, verifyChain, type ChainVerification } from '../../audit/chain.js';
import { checkpointMessage, exportCheckpoint, judgeCheckpoint, parseCheckpoint, signatureProblem, signCheckpoint, type SignedCheckpoint } from '../../audit/checkpoint.js';
import { GENERATED_KEY_FILE, loadSigningKey, parsePrivateKey, parsePublicKeys } from '../../audit/keys.js';
import { createAgenda } from '../../jobs/agenda.js';
import { CHECKPOINT_JOB, defineCheckpointJobs } from '../../jobs/checkpoints.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import { withTransaction } from '../../store/db.js';
import { systemActor, type Actor } from '../../workflow/actor.js';
import { createCheckpoint, verifyCheckpointExport, verifyStoredCheckpoints, type CheckpointDeps } from '../../workflow/checkpoints.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventually } from '../helpers/hub.js';
import { rewriteChainConsistently, withTriggersOff } from './tamper.js';

let db: TestDatabase;
let dataDir: string;
let deps: CheckpointDeps;
const overseer: Actor = { id: null, username: 'over', role: 'overseer', unitId: null, unitCode: 'oversight' };

const depsWith = (env: Record<string, string>): CheckpointDeps => ({
  pool: db.pool, config: loadConfig({ DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test', ...env }), now: () => new Date(),
});
const append = (n: number, actor = 'zhang') =>
  withTransaction(db.pool, async (tx) => {
    for (let i = 0; i < n; i++) await appendAudit(tx, { actor, action: 'content.update', targetId: `c${i}`, details: { i, 标题: '通知' } });
  });
const newKeyPem = () => String(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-checkpoint-'));
  deps = depsWith({});
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('signatures and keys', () => {
  const key = loadSigningKey({ auditSigningKey: newKeyPem(), auditSigningKeyFile: null, dataDir: '/nonexistent' }, { create: false })!;
  const signed = signCheckpoint({ length: 42, headHash: 'ab'.repeat(32) }, new Date('2026-01-31T01:02:03.004Z'), key);

  test('the signed message is canonical JSON of length, head, time and key id', () => {
    expect(checkpointMessage(signed).toString('utf8')).toBe(
      `{"createdAt":"2026-01-31T01:02:03.004Z","format":"tongfa.audit-checkpoint.v1","headHash":"${'ab'.repeat(32)}","keyId":"${key.keyId}","length":42}`,
    );
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signatureProblem(signed)).toBeNull();
  });

  test.each<[string, Partial<SignedCheckpoint>]>([
    ['another length', { length: 43 }],
    ['another head', { headHash: 'cd'.repeat(32) }],
    ['another time', { createdAt: new Date('2026-01-31T01:02:03.005Z') }],
    ['another signature', { signature: Buffer.alloc(64, 1).toString('base64') }],
  ])('%s does not verify', (_, change) => {
    expect(signatureProblem({ ...signed, ...change })).toBe('its signature does not verify');
  });

  test('a key id that is not the id of the carried key, or a key that is not a key, is refused', () => {
    expect(signatureProblem({ ...signed, keyId: '0123456789abcdef' })).toMatch(/key id/);
    expect(signatureProblem({ ...signed, publicKey: 'nonsense' })).toMatch(/cannot be read/);
  });

  test('the exported form round-trips, and malformed documents are named precisely', () => {
    const exported = exportCheckpoint(signed);
    expect(exported).toMatchObject({ format: 'tongfa.audit-checkpoint.v1', algorithm: 'Ed25519', length: 42, publicKey: expect.stringContaining('BEGIN PUBLIC KEY') });
    expect(parseCheckpoint(JSON.parse(JSON.stringify(exported)))).toEqual(signed);
    expect(() => parseCheckpoint([])).toThrow(/JSON 对象/);
    expect(() => parseCheckpoint({ ...exported, format: 'x' })).toThrow(/format/);
    expect(() => parseCheckpoint({ ...exported, length: -1 })).toThrow(/length/);
    expect(() => parseCheckpoint({ ...exported, headHash: 'AB'.repeat(32) })).toThrow(/headHash/);
    expect(() => parseCheckpoint({ ...exported, createdAt: '2026-01-31T09:02:03.004+08:00' })).toThrow(/createdAt/);
    expect(() => parseCheckpoint({ ...exported, signature: '' })).toThrow(/signature/);
  });

  test('keys: PEM or base64 DER; anything but Ed25519 is refused, and a bad inline key stops the configuration', () => {
    const pem = newKeyPem();
    const der = parsePrivateKey(pem).export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(parsePrivateKey(der).asymmetricKeyType).toBe('ed25519');
    const rsa = String(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }));
    expect(() => parsePrivateKey(rsa)).toThrow(/不是 Ed25519/);
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'garbage' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUDIT_PUBLIC_KEY: 'garbage' })).toThrow(ConfigError);
    const publicPem = key.publicKeyPem;
    const publicDer = key.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(parsePublicKeys(`${publicPem}\n${publicPem}`)).toHaveLength(2);
    expect(parsePublicKeys(`${publicDer}, ${publicDer}`)).toHaveLength(2);
  });

  test('judging against the chain: truncated, broken before, rewritten', () => {
    const chain = (over: Partial<ChainVerification>): ChainVerification => ({ ok: true, length: 50, headHash: 'ee'.repeat(32), firstBrokenSeq: null, ...over });
    expect(judgeCheckpoint(signed, chain({}), signed.headHash, null)).toMatchObject({ ok: true, problem: null });
    expect(judgeCheckpoint(signed, chain({}), signed.headHash, new Set([key.keyId]))).toMatchObject({ ok: true });
    expect(judgeCheckpoint(signed, chain({}), signed.headHash, new Set(['ffffffffffffffff']))).toMatchObject({ ok: false, problem: 'UNTRUSTED_KEY' });
    expect(judgeCheckpoint(signed, chain({ length: 41 }), undefined, null)).toMatchObject({ ok: false, problem: 'BEYOND_CHAIN' });
    expect(judgeCheckpoint(signed, chain({ ok: false, length: 39, firstBrokenSeq: 40 }), undefined, null)).toMatchObject({ ok: false, problem: 'CHAIN_BROKEN' });
    // A break after the checkpoint does not make the checkpoint itself wrong.
    expect(judgeCheckpoint(signed, chain({ ok: false, length: 44, firstBrokenSeq: 45 }), signed.headHash, null)).toMatchObject({ ok: true });
    expect(judgeCheckpoint(signed, chain({}), 'dd'.repeat(32), null)).toMatchObject({ ok: false, problem: 'HEAD_MISMATCH' });
  });
});

describe('checkpoints of the chain', () => {
  test('a key is generated on first use at DATA_DIR/audit-signing-key.pem, readable by the owner only, and kept', async () => {
    expect(loadSigningKey(deps.config, { create: false })).toBeNull();
    await append(5);
    const first = (await createCheckpoint(deps, overseer))!;
    const file = path.join(dataDir, GENERATED_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(first).toMatchObject({ length: 5, keyId: loadSigningKey(deps.config, { create: false })!.keyId, createdBy: 'over' });
    expect(first.headHash).toBe((await db.pool.query('SELECT hash FROM audit_chain WHERE seq = 5')).rows[0].hash);
    // The checkpoint is itself on the record, right after the events it covers.
    const { rows } = await db.pool.query('SELECT actor, action, target_id, details FROM audit_events WHERE seq = 6');
    expect(rows[0]).toMatchObject({ actor: 'over', action: 'audit.checkpoint', target_id: first.id, details: { length: 5, headHash: first.headHash } });
  });

  test('only overseers, admins and the system may make one', async () => {
    await expect(createCheckpoint(deps, null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(createCheckpoint(deps, { ...overseer, role: 'reviewer' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(verifyStoredCheckpoints(deps, { ...overseer, role: 'editor' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  test('on schedule: an Agenda job signs, and skips while nothing but checkpoints happened', async () => {
    await append(3);
    const { agenda } = createAgenda(db.pool, { name: 'checkpoint-test', processEvery: 200 });
    // Short intervals: Agenda keeps a liveness timer of half the lock lifetime (or of the poll interval)
    // running after each job, which would hold the test process open.
    defineCheckpointJobs(agenda, deps, { lockLifetimeMs: 1000 });
    await agenda.start();
    try {
      await agenda.now(CHECKPOINT_JOB, {});
      const made = await eventually(async () => (await db.pool.query("SELECT * FROM audit_checkpoints WHERE created_by = 'system:audit.checkpoint'")).rows[0]);
      expect(Number(made.length)).toBe(9);
    } finally {
      await agenda.stop();
    }
    expect(await createCheckpoint(deps, systemActor('test'), { onlyIfGrown: true })).toBeNull();
    await append(1);
    expect(await createCheckpoint(deps, systemActor('test'), { onlyIfGrown: true })).toMatchObject({ length: 11 });
  });

  test('stored checkpoints hold against an intact chain', async () => {
    const result = await verifyStoredCheckpoints(deps, overseer);
    expect(result).toMatchObject({ ok: true, anchored: true, checked: 3, failures: [] });
    expect(result.chain.ok).toBe(true);
  });

  test('an exported checkpoint verifies; another trusted key or a forged head does not', async () => {
    const [latest] = (await db.pool.query('SELECT id FROM audit_checkpoints ORDER BY id DESC LIMIT 1')).rows;
    const { rows } = await db.pool.query('SELECT * FROM audit_checkpoints WHERE id = $1', [latest.id]);
    const exported = exportCheckpoint({ length: Number(rows[0].length), headHash: rows[0].head_hash, createdAt: rows[0].created_at, keyId: rows[0].key_id, publicKey: rows[0].public_key, signature: rows[0].signature });
    expect(await verifyCheckpointExport(deps, overseer, exported)).toMatchObject({ ok: true, anchored: false, check: { ok: true } });
    const own = loadSigningKey(deps.config, { create: false })!;
    expect(await verifyCheckpointExport(depsWith({ AUDIT_PUBLIC_KEY: own.publicKeyPem }), overseer, exported)).toMatchObject({ ok: true, anchored: true });
    const stranger = loadSigningKey({ auditSigningKey: newKeyPem(), auditSigningKeyFile: null, dataDir }, { create: false })!;
    expect(await verifyCheckpointExport(depsWith({ AUDIT_PUBLIC_KEY: stranger.publicKeyPem }), overseer, exported)).toMatchObject({ ok: false, check: { problem: 'UNTRUSTED_KEY' } });
    expect(await verifyCheckpointExport(deps, overseer, { ...exported, headHash: 'ab'.repeat(32) })).toMatchObject({ ok: false, check: { problem: 'BAD_SIGNATURE' } });
    await expect(verifyCheckpointExport(deps, overseer, { nonsense: true })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('the database administrator who rewrites the whole chain', () => {
  let before: { id: string; head_hash: string }[];

  beforeAll(async () => {
    before = (await db.pool.query('SELECT id::text, head_hash FROM audit_checkpoints ORDER BY id')).rows;
    await rewriteChainConsistently(db.pool, 2, (event) => {
      event.actor = 'mallory';
      event.details = { ...event.details, 标题: '从未发生' };
    });
  });

  test('passes the hash chain check: it is consistent', async () => {
    expect(await verifyChain(db.pool)).toMatchObject({ ok: true, length: 12, firstBrokenSeq: null });
  });

  test('fails against every checkpoint signed before the rewrite', async () => {
    const result = await verifyStoredCheckpoints(deps, overseer);
    expect(result.ok).toBe(false);
    expect(result.chain.ok).toBe(true);
    expect(result.failures.map((f) => f.problem)).toEqual(['HEAD_MISMATCH', 'HEAD_MISMATCH', 'HEAD_MISMATCH']);
    expect(result.failures[0].message).toMatch(/rewritten/);
  });

  test('and the hub refuses to vouch for the rewritten chain', async () => {
    await expect(createCheckpoint(deps, overseer)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  test('forging the stored checkpoints too: new heads break the signatures, re-signing needs the key', async () => {
    const chainNow = await verifyChain(db.pool);
    const hashes = new Map((await db.pool.query('SELECT seq, hash FROM audit_chain')).rows.map((r) => [Number(r.seq), r.hash]));
    // First attempt: put the new hashes into the old rows.
    await withTriggersOff(db.pool, 'audit_checkpoints', async (client) => {
      await client.query('UPDATE audit_checkpoints SET head_hash = (SELECT hash FROM audit_chain WHERE seq = audit_checkpoints.length)');
    });
    let result = await verifyStoredCheckpoints(deps, overseer);
    expect(result.failures.map((f) => f.problem)).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE', 'BAD_SIGNATURE']);
    // Second attempt: re-sign every row with a key of the attacker's own.
    const mallory = loadSigningKey({ auditSigningKey: newKeyPem(), auditSigningKeyFile: null, dataDir }, { create: false })!;
    await withTriggersOff(db.pool, 'audit_checkpoints', async (client) => {
      for (const row of (await client.query('SELECT id, length, created_at FROM audit_checkpoints')).rows) {
        const forged = signCheckpoint({ length: Number(row.length), headHash: hashes.get(Number(row.length))! }, row.created_at, mallory);
        await client.query('UPDATE audit_checkpoints SET head_hash = $2, key_id = $3, public_key = $4, signature = $5 WHERE id = $1', [row.id, forged.headHash, forged.keyId, forged.publicKey, forged.signature]);
      }
    });
    result = await verifyStoredCheckpoints(deps, overseer);
    expect(result.ok).toBe(false);
    expect(result.failures.map((f) => f.problem)).toEqual(['UNTRUSTED_KEY', 'UNTRUSTED_KEY', 'UNTRUSTED_KEY']);
    // With AUDIT_PUBLIC_KEY as the anchor, the verdict is the same on a host without the private key.
    const own = loadSigningKey(deps.config, { create: false })!;
    const anchored = await verifyStoredCheckpoints({ ...depsWith({ AUDIT_PUBLIC_KEY: own.publicKeyPem }), config: { ...depsWith({ AUDIT_PUBLIC_KEY: own.publicKeyPem }).config, dataDir: '/nonexistent' } }, overseer);
    expect(anchored).toMatchObject({ ok: false, anchored: true });
    // An exported checkpoint kept outside the database is not touched by any of this.
    const kept = exportCheckpoint({ ...signCheckpoint({ length: 5, headHash: before[0].head_hash }, new Date(), own) });
    expect(await verifyCheckpointExport(deps, overseer, kept)).toMatchObject({ ok: false, check: { problem: 'HEAD_MISMATCH' } });
    expect(chainNow.ok).toBe(true);
  });

  test('the tables stay append-only for the application', async () => {
    await expect(db.pool.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
    await expect(db.pool.query("UPDATE audit_checkpoints SET created_by = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.pool.query('TRUNCATE audit_checkpoints')).rejects.toThrow(/append-only/);
  });
});
