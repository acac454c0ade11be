import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { GENESIS_HASH, type ChainVerification } from './chain.js';
import { keyIdOf, type SigningKey } from './keys.js';

/** Names the message layout, so a signature over one kind of statement can never pass for another. */
export const CHECKPOINT_FORMAT = 'tongfa.audit-checkpoint.v1';

/** What a checkpoint asserts: the chain had `length` events and event #length hashed to `headHash`. */
export interface CheckpointStatement {
  length: number;
  headHash: string;
  createdAt: Date;
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointStatement {
  /** SPKI PEM of the signing key. */
  publicKey: string;
  /** Ed25519 signature over `checkpointMessage`, base64. */
  signature: string;
}

/** The canonical bytes that are signed: everything the checkpoint asserts, and nothing else. */
export function checkpointMessage(statement: CheckpointStatement): Buffer {
  return Buffer.from(
    canonicalJson({ format: CHECKPOINT_FORMAT, length: statement.length, headHash: statement.headHash, createdAt: statement.createdAt.toISOString(), keyId: statement.keyId }),
    'utf8',
  );
}

export function signCheckpoint(head: { length: number; headHash: string }, createdAt: Date, key: SigningKey): SignedCheckpoint {
  const statement: CheckpointStatement = { length: head.length, headHash: head.headHash, createdAt, keyId: key.keyId };
  return { ...statement, publicKey: key.publicKeyPem, signature: sign(null, checkpointMessage(statement), key.privateKey).toString('base64') };
}

export type CheckpointProblem =
  /** The signature does not verify with the key the checkpoint names (or the key id is not that key's). */
  | 'BAD_SIGNATURE'
  /** Validly signed, but with a key the verifier does not trust: anyone can sign with a key of their own. */
  | 'UNTRUSTED_KEY'
  /** The chain's event #length does not have the signed hash: the chain was rewritten after signing. */
  | 'HEAD_MISMATCH'
  /** The chain is shorter than the checkpoint: events were removed from its end. */
  | 'BEYOND_CHAIN'
  /** The chain is broken before #length, so the event the checkpoint speaks of cannot be trusted. */
  | 'CHAIN_BROKEN';

export interface CheckpointCheck {
  ok: boolean;
  problem: CheckpointProblem | null;
  message: string;
}

/** The checkpoint's own consistency: its key id names its key, and the signature verifies with it. */
export function signatureProblem(checkpoint: SignedCheckpoint): string | null {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: checkpoint.publicKey, format: 'pem' });
  } catch {
    return 'its public key cannot be read';
  }
  if (key.asymmetricKeyType !== 'ed25519') return 'its public key is not an Ed25519 key';
  if (keyIdOf(key) !== checkpoint.keyId) return `its key id ${checkpoint.keyId} is not the id of its public key`;
  const ok = verify(null, checkpointMessage(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'));
  return ok ? null : 'its signature does not verify';
}

/**
 * Judges one checkpoint against a re-computed chain. `storedHash` is the hash the database holds for
 * event #length; it is trustworthy only up to the point `chain` re-computed without a break, which is
 * why a break before #length is its own verdict. `trustedKeyIds` null means no trust anchor is
 * configured: the signature is then only checked against the key the checkpoint itself carries.
 */
export function judgeCheckpoint(checkpoint: SignedCheckpoint, chain: ChainVerification, storedHash: string | undefined, trustedKeyIds: ReadonlySet<string> | null): CheckpointCheck {
  const at = `checkpoint of ${checkpoint.length} events (key ${checkpoint.keyId}, ${checkpoint.createdAt.toISOString()})`;
  const fail = (problem: CheckpointProblem, why: string): CheckpointCheck => ({ ok: false, problem, message: `${at}: ${why}` });
  const bad = signatureProblem(checkpoint);
  if (bad) return fail('BAD_SIGNATURE', bad);
  if (trustedKeyIds && !trustedKeyIds.has(checkpoint.keyId)) return fail('UNTRUSTED_KEY', `signed with key ${checkpoint.keyId}, which is not a trusted key`);
  const verifiedLength = chain.ok ? chain.length : (chain.firstBrokenSeq ?? 1) - 1;
  if (checkpoint.length > verifiedLength) {
    return chain.ok
      ? fail('BEYOND_CHAIN', `the chain has only ${chain.length} events: events were removed from its end`)
      : fail('CHAIN_BROKEN', `the chain is broken at sequence ${chain.firstBrokenSeq}, before event #${checkpoint.length}`);
  }
  const actual = checkpoint.length === 0 ? GENESIS_HASH : storedHash;
  if (actual !== checkpoint.headHash) return fail('HEAD_MISMATCH', `event #${checkpoint.length} hashes to ${actual ?? 'nothing'}, the signed head is ${checkpoint.headHash}: the chain was rewritten`);
  return { ok: true, problem: null, message: `${at}: holds` };
}

/** The exported form: a self-contained JSON document, verifiable without the hub. */
export interface ExportedCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  algorithm: 'Ed25519';
  length: number;
  headHash: string;
  createdAt: string;
  keyId: string;
  publicKey: string;
  signature: string;
}

export function exportCheckpoint(checkpoint: SignedCheckpoint): ExportedCheckpoint {
  return {
    format: CHECKPOINT_FORMAT,
    algorithm: 'Ed25519',
    length: checkpoint.length,
    headHash: checkpoint.headHash,
    createdAt: checkpoint.createdAt.toISOString(),
    keyId: checkpoint.keyId,
    publicKey: checkpoint.publicKey,
    signature: checkpoint.signature,
  };
}

/** Reads an exported checkpoint; throws an Error naming the first thing wrong with it. */
export function parseCheckpoint(value: unknown): SignedCheckpoint {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('检查点须为 JSON 对象');
  const doc = value as Record<string, unknown>;
  if (doc.format !== CHECKPOINT_FORMAT) throw new Error(`format 须为「${CHECKPOINT_FORMAT}」`);
  if (doc.algorithm !== 'Ed25519') throw new Error('algorithm 须为「Ed25519」');
  if (typeof doc.length !== 'number' || !Number.isSafeInteger(doc.length) || doc.length < 0) throw new Error('length 须为不小于 0 的整数');
  if (typeof doc.headHash !== 'string' || !/^[0-9a-f]{64}$/.test(doc.headHash)) throw new Error('headHash 须为 64 位小写十六进制数字');
  if (typeof doc.createdAt !== 'string' || Number.isNaN(Date.parse(doc.createdAt))) throw new Error('createdAt 须为 ISO 8601 时间');
  // The signed message carries the canonical ISO form; any other spelling of the time cannot verify.
  const createdAt = new Date(doc.createdAt);
  if (createdAt.toISOString() !== doc.createdAt) throw new Error('createdAt 须为 2026-01-31T08:00:00.000Z 这样的形式');
  for (const field of ['keyId', 'publicKey', 'signature'] as const) {
    if (typeof doc[field] !== 'string' || doc[field] === '') throw new Error(`${field} 须为非空字符串`);
  }
  return { length: doc.length, headHash: doc.headHash, createdAt, keyId: doc.keyId as string, publicKey: doc.publicKey as string, signature: doc.signature as string };
}
