import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The Ed25519 key that signs audit checkpoints. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM: what exported checkpoints carry. */
  publicKeyPem: string;
  keyId: string;
  /** Where the key came from, for messages (never the key itself). */
  source: string;
}

/** Where to find the signing key; the fields of `Config` of the same names. */
export interface KeySettings {
  auditSigningKey: string | null;
  auditSigningKeyFile: string | null;
  dataDir: string;
}

export const GENERATED_KEY_FILE = 'audit-signing-key.pem';

const isPem = (text: string): boolean => text.includes('-----BEGIN');

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${what} 是 ${key.asymmetricKeyType ?? '对称'} 密钥，不是 Ed25519 密钥`);
  return key;
}

/** A PKCS#8 private key as PEM, or as base64 DER (which fits in one environment variable line). */
export function parsePrivateKey(text: string, what = 'the audit signing key'): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    key = isPem(trimmed) ? createPrivateKey({ key: trimmed, format: 'pem' }) : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Error(`${what} 不是 PKCS#8 私钥（应为 PEM 或 base64 编码的 DER）`);
  }
  return requireEd25519(key, what);
}

/**
 * One or more SPKI public keys: PEM blocks one after another, or base64 DER separated by commas or
 * white space. Several, so that checkpoints signed before a key rotation still verify.
 */
export function parsePublicKeys(text: string, what = 'AUDIT_PUBLIC_KEY'): KeyObject[] {
  const parts = isPem(text)
    ? (text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [])
    : text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new Error(`${what} 中没有公钥`);
  return parts.map((part) => {
    let key: KeyObject;
    try {
      key = isPem(part) ? createPublicKey({ key: part, format: 'pem' }) : createPublicKey({ key: Buffer.from(part, 'base64'), format: 'der', type: 'spki' });
    } catch {
      throw new Error(`${what} 中有内容不是 SPKI 公钥（应为 PEM 或 base64 编码的 DER）`);
    }
    return requireEd25519(key, what);
  });
}

/** A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its SPKI encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
}

export const publicKeyPem = (publicKey: KeyObject): string => String(publicKey.export({ format: 'pem', type: 'spki' }));

function signingKey(privateKey: KeyObject, source: string): SigningKey {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKeyPem(publicKey), keyId: keyIdOf(publicKey), source };
}

/**
 * Writes a fresh key so that it appears whole or not at all: two processes starting together (web and
 * worker) must end up with the same key, never with one reading the other's half-written file.
 */
function generateKeyFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pem = String(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, pem, { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

const cache = new Map<string, SigningKey>();

/**
 * AUDIT_SIGNING_KEY, else AUDIT_SIGNING_KEY_FILE, else `DATA_DIR/audit-signing-key.pem`, which is
 * generated when `create` is set and it does not exist yet. Null when there is no key and none may be made
 * (verification must not invent the key it is meant to check against).
 */
export function loadSigningKey(settings: KeySettings, options: { create: boolean }): SigningKey | null {
  const generated = path.join(settings.dataDir, GENERATED_KEY_FILE);
  const cacheKey = JSON.stringify([settings.auditSigningKey, settings.auditSigningKeyFile, generated]);
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  let key: SigningKey;
  if (settings.auditSigningKey) {
    key = signingKey(parsePrivateKey(settings.auditSigningKey, 'AUDIT_SIGNING_KEY'), 'AUDIT_SIGNING_KEY');
  } else if (settings.auditSigningKeyFile) {
    const file = settings.auditSigningKeyFile;
    key = signingKey(parsePrivateKey(fs.readFileSync(file, 'utf8'), `AUDIT_SIGNING_KEY_FILE (${file})`), file);
  } else {
    if (!fs.existsSync(generated)) {
      if (!options.create) return null;
      generateKeyFile(generated);
    }
    key = signingKey(parsePrivateKey(fs.readFileSync(generated, 'utf8'), generated), generated);
  }
  cache.set(cacheKey, key);
  return key;
}
