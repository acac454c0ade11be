import { appendAudit, GENESIS_HASH, verifyChain, type ChainPoint, type ChainVerification } from '../audit/chain.js';
import { judgeCheckpoint, parseCheckpoint, signatureProblem, signCheckpoint, type CheckpointCheck, type SignedCheckpoint } from '../audit/checkpoint.js';
import { keyIdOf, loadSigningKey, parsePublicKeys, type SigningKey } from '../audit/keys.js';
import { chainPending } from '../audit/chainer.js';
import { auditHead, onlyActionsAfter, searchAuditEvents, storedHashes } from '../store/audit.js';
import { checkpointPage, insertCheckpoint, latestCheckpointOf, listCheckpoints, type CheckpointRecord } from '../store/checkpoints.js';
import { withSnapshot, withTransaction, type Queryable } from '../store/db.js';
import { requireRole, type Actor } from './actor.js';
import { exportCheckpointOutside } from './checkpointExport.js';
import type { Deps } from './deps.js';
import { AppError, badInput } from './errors.js';

/** Checkpoints need the database, the key settings and a clock; the CLI has those without a whole hub. */
export type CheckpointDeps = Pick<Deps, 'pool' | 'config' | 'now'> & Partial<Pick<Deps, 'mailer'>>;

/** The JSON form of a checkpoint, for the API and for files kept outside the database. */
export { exportCheckpoint } from '../audit/checkpoint.js';

export const CHECKPOINT_ACTION = 'audit.checkpoint';

const chainBroken = (chain: ChainVerification): AppError =>
  new AppError('CONFLICT', `审计链在序号 ${chain.firstBrokenSeq} 处断裂，不能为其签发检查点`, { firstBrokenSeq: chain.firstBrokenSeq });

/**
 * Where re-checking may start: the head of the longest checkpoint signed with this very key (only the
 * holder of the key can have made it, and it was made over a chain re-checked at the time), else the
 * beginning.
 */
async function vouchedPoint(deps: CheckpointDeps, key: SigningKey): Promise<{ point: ChainPoint; latest: CheckpointRecord | null }> {
  const latest = await latestCheckpointOf(deps.pool, key.keyId);
  if (!latest || signatureProblem(latest) !== null) return { point: { seq: 0, hash: GENESIS_HASH }, latest: null };
  return { point: { seq: latest.length, hash: latest.headHash }, latest };
}

/**
 * Signs the chain's current length and head, after re-checking the chain (a checkpoint must never vouch
 * for a chain that is already broken), and records the checkpoint and an audit event for it in one
 * transaction. With `onlyIfGrown`, returns null when nothing but checkpoints happened since the last one:
 * an idle hub does not collect an hourly checkpoint of itself.
 */
export async function createCheckpoint(deps: CheckpointDeps, actor: Actor | null, options: { onlyIfGrown?: boolean } = {}): Promise<CheckpointRecord | null> {
  const who = requireRole(actor, 'overseer');
  const key = loadSigningKey(deps.config, { create: true })!;
  const { point, latest } = await vouchedPoint(deps, key);
  if (options.onlyIfGrown && latest && (await onlyActionsAfter(deps.pool, latest.length, CHECKPOINT_ACTION))) return null;
  // A checkpoint vouches for sealed events only: seal what is pending first, waiting out a background round in
  // progress (skipping it left a checkpoint of nothing when the round had not committed yet).
  await chainPending(deps.pool, { wait: true });
  // The long part runs on a snapshot without blocking appends; only what was sealed meanwhile is
  // re-checked with the chainer held back.
  const checked = await withSnapshot(deps.pool, (tx) => verifyChain(tx, 5000, point));
  if (!checked.ok) throw chainBroken(checked);
  const made = await withTransaction(deps.pool, async (tx) => {
    await auditHead(tx, { lock: true });
    const chain = await verifyChain(tx, 5000, { seq: checked.length, hash: checked.headHash });
    if (!chain.ok) throw chainBroken(chain);
    const signed = signCheckpoint({ length: chain.length, headHash: chain.headHash }, deps.now(), key);
    const record = await insertCheckpoint(tx, signed, who.username);
    await appendAudit(tx, {
      actor: who.username, action: CHECKPOINT_ACTION, targetType: 'audit_checkpoint', targetId: record.id, unitCode: who.unitCode,
      details: { length: record.length, headHash: record.headHash, keyId: record.keyId },
    });
    return record;
  });
  // After the commit: the checkpoint stands even if the copy elsewhere fails, and the failure is loud.
  try {
    await exportCheckpointOutside(deps, made);
  } catch (error) {
    process.stderr.write(`audit checkpoint #${made.id}: export outside the database failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return made;
}

export async function listAuditCheckpoints(deps: CheckpointDeps, actor: Actor | null, limit: number): Promise<CheckpointRecord[]> {
  requireRole(actor, 'overseer');
  return listCheckpoints(deps.pool, limit);
}

const configuredKeyIds = (deps: CheckpointDeps): Set<string> | null =>
  deps.config.auditPublicKey ? new Set(parsePublicKeys(deps.config.auditPublicKey).map(keyIdOf)) : null;

/**
 * The keys a checkpoint must be signed with to count: AUDIT_PUBLIC_KEY when configured, else the hub's
 * own signing key when it has one. Null when there is neither: signatures can then only be checked
 * against the keys the checkpoints carry, which an attacker can replace together with the chain.
 */
function trustedKeyIds(deps: CheckpointDeps): Set<string> | null {
  const configured = configuredKeyIds(deps);
  if (configured) return configured;
  const own = loadSigningKey(deps.config, { create: false });
  return own ? new Set([own.keyId]) : null;
}

export interface FailedCheckpoint extends CheckpointCheck {
  checkpoint: CheckpointRecord;
}

export interface StoredCheckpointsVerification {
  /** The chain is intact and every stored checkpoint holds. */
  ok: boolean;
  chain: ChainVerification;
  /** Whether checkpoints were checked against a trusted key, not only against the keys they carry. */
  anchored: boolean;
  checked: number;
  /** The first failures (at most 100), oldest first. */
  failures: FailedCheckpoint[];
  /**
   * Checkpoints the chain itself records (`audit.checkpoint` events) that the checkpoints table no longer
   * holds as recorded (at most 100): deleting or replacing checkpoints to hide a rewrite shows up here.
   */
  missing: MissingCheckpoint[];
}

export interface MissingCheckpoint {
  /** The `audit.checkpoint` event that recorded it. */
  seq: number;
  checkpointId: string;
  length: number;
  headHash: string;
  problem: 'CHECKPOINT_MISSING' | 'CHECKPOINT_ALTERED';
  message: string;
}

type Recorded = Pick<CheckpointRecord, 'length' | 'headHash' | 'keyId'>;

/** Compares every checkpoint the chain announces with the row it names, a page of events at a time. */
async function crossCheck(tx: Queryable, stored: Map<string, Recorded>): Promise<{ missing: MissingCheckpoint[]; count: number }> {
  const missing: MissingCheckpoint[] = [];
  let count = 0;
  for (let afterSeq = 0; ;) {
    const page = await searchAuditEvents(tx, { action: CHECKPOINT_ACTION, afterSeq, order: 'asc', limit: CHECKPOINT_PAGE });
    for (const event of page) {
      const d = event.details as { length?: unknown; headHash?: unknown; keyId?: unknown };
      const id = event.targetId ?? '';
      const row = stored.get(id);
      const problem = !row ? 'CHECKPOINT_MISSING' : row.length !== d.length || row.headHash !== d.headHash || row.keyId !== d.keyId ? 'CHECKPOINT_ALTERED' : null;
      if (!problem) continue;
      count++;
      if (missing.length >= MAX_FAILURES) continue;
      missing.push({
        seq: event.seq, checkpointId: id, length: Number(d.length), headHash: String(d.headHash), problem,
        message: problem === 'CHECKPOINT_MISSING'
          ? `审计事件 #${event.seq} 记录的检查点 #${id}（${String(d.length)} 条事件）已不在检查点表中：检查点被删除`
          : `检查点 #${id} 与审计事件 #${event.seq} 的记录不一致：检查点被改动`,
      });
    }
    if (page.length < CHECKPOINT_PAGE) break;
    afterSeq = page[page.length - 1].seq;
  }
  return { missing, count };
}

const CHECKPOINT_PAGE = 500;
const MAX_FAILURES = 100;

/**
 * Re-computes the chain and checks every stored checkpoint against it, all on one snapshot. A chain
 * rewritten consistently by someone with write access to the database passes the hash check but
 * not this one: its events no longer hash to what was signed, and new checkpoints would need the key.
 */
export async function verifyStoredCheckpoints(deps: CheckpointDeps, actor: Actor | null): Promise<StoredCheckpointsVerification> {
  requireRole(actor, 'overseer');
  const trusted = trustedKeyIds(deps);
  await chainPending(deps.pool);
  return withSnapshot(deps.pool, async (tx) => {
    const chain = await verifyChain(tx);
    const failures: FailedCheckpoint[] = [];
    const stored = new Map<string, Recorded>();
    let checked = 0;
    let failed = 0;
    for (let afterId: string | null = null; ;) {
      const page = await checkpointPage(tx, afterId, CHECKPOINT_PAGE);
      const hashes = await storedHashes(tx, page.map((c) => c.length));
      for (const checkpoint of page) {
        stored.set(checkpoint.id, { length: checkpoint.length, headHash: checkpoint.headHash, keyId: checkpoint.keyId });
        const check = judgeCheckpoint(checkpoint, chain, hashes.get(checkpoint.length), trusted);
        checked++;
        if (check.ok) continue;
        failed++;
        if (failures.length < MAX_FAILURES) failures.push({ checkpoint, ...check });
      }
      if (page.length < CHECKPOINT_PAGE) break;
      afterId = page[page.length - 1].id;
    }
    const { missing, count } = await crossCheck(tx, stored);
    return { ok: chain.ok && failed === 0 && count === 0, chain, anchored: trusted !== null, checked, failures, missing };
  });
}

export interface CheckpointFileVerification {
  /** The signature holds, the chain has the signed head at the signed length, and the chain is intact. */
  ok: boolean;
  checkpoint: SignedCheckpoint;
  check: CheckpointCheck;
  chain: ChainVerification;
  /** Whether the key was required to be one of AUDIT_PUBLIC_KEY, rather than taken from the file. */
  anchored: boolean;
}

/**
 * Verifies the chain against an exported checkpoint, trusting the key the file carries unless
 * AUDIT_PUBLIC_KEY names the keys to trust. Needs no private key: whoever holds the exported file
 * (an inspector, an archive) can run it.
 */
export async function verifyCheckpointExport(deps: CheckpointDeps, actor: Actor | null, exported: unknown): Promise<CheckpointFileVerification> {
  requireRole(actor, 'overseer');
  let checkpoint: SignedCheckpoint;
  try {
    checkpoint = parseCheckpoint(exported);
  } catch (error) {
    throw badInput(`不是有效的审计检查点：${(error as Error).message}`);
  }
  const trusted = configuredKeyIds(deps);
  await chainPending(deps.pool);
  return withSnapshot(deps.pool, async (tx) => {
    const chain = await verifyChain(tx);
    const hashes = await storedHashes(tx, [checkpoint.length]);
    const check = judgeCheckpoint(checkpoint, chain, hashes.get(checkpoint.length), trusted);
    return { ok: check.ok && chain.ok, checkpoint, check, chain, anchored: trusted !== null };
  });
}
