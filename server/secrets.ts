import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { CredentialVault } from '../workflow/deps.js';

/** A key per purpose, derived from APP_SECRET, so one secret never serves two jobs directly. */
export function deriveKey(appSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'tongfa', purpose, 32));
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. The tag makes tampering fail loudly. */
export function encryptJson(key: Buffer, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/**
 * How many opened envelopes a vault remembers. A worker opens the same account's credentials for every platform
 * call (each claim reads them sealed), and each opening costs a cipher set-up, base64 decoding and a JSON parse;
 * a rotation seals a new envelope, so a remembered one is never stale.
 */
const OPENED_KEPT = 256;

/** The vault the workflow seals channel credentials with (Deps.credentials). */
export function credentialVault(appSecret: string): CredentialVault {
  const key = deriveKey(appSecret, 'channel-credentials');
  const opened = new Map<string, Readonly<Record<string, unknown>>>();
  return {
    seal: (value) => encryptJson(key, value),
    open: (sealed) => {
      let value = opened.get(sealed);
      if (!value) {
        const plain = decryptJson(key, sealed);
        // Only objects are remembered (credentials are); anything else is opened every time, as before.
        if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) return plain;
        value = Object.freeze(plain as Record<string, unknown>);
        if (opened.size >= OPENED_KEPT) opened.delete(opened.keys().next().value!);
        opened.set(sealed, value);
      }
      // A copy: a caller that adds to what it was given must not change what the next caller opens.
      return { ...value };
    },
  };
}

export function decryptJson(key: Buffer, sealed: string): unknown {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown credential envelope');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8'));
}
