/**
 * Abuse control for the public forms (依申请公开, 网民留言), with nothing from outside the hub:
 * - a question challenge: a sum written in Chinese numerals, answered in digits. It needs no script (the
 *   portal serves none), no image (so a screen reader can read it) and no third-party service. The form
 *   carries a token with an expiry, a nonce and an HMAC of the answer, so the server keeps no state until
 *   the answer comes back; each nonce is accepted once;
 * - per-address limits kept in PostgreSQL (rate-limiter-flexible), so every process of the hub counts the
 *   same submissions;
 * - 查询码: the applicant's secret for the tracking page, stored only as an HMAC.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from '../../store/db.js';
import { AppError } from '../errors.js';

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CHALLENGE_TTL_MS = 30 * 60_000;

export interface Challenge {
  question: string;
  token: string;
}

const mac = (secret: string, parts: string[]): string => createHmac('sha256', secret).update(`tongfa.form.v1|${parts.join('|')}`).digest('base64url');

export function createChallenge(secret: string, now: Date): Challenge {
  const a = randomInt(1, 11);
  const b = randomInt(1, 11);
  const exp = String(now.getTime() + CHALLENGE_TTL_MS);
  const nonce = randomBytes(12).toString('base64url');
  return { question: `${NUMERALS[a]}加${NUMERALS[b]}等于多少？（请填写阿拉伯数字）`, token: `${exp}.${nonce}.${mac(secret, [String(a + b), exp, nonce])}` };
}

/** A refused form submission; `status` is the HTTP status the portal answers with (400, or 429 past a limit). */
export class FormRejected extends AppError {
  constructor(message: string, readonly status: number, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

/** Checks the answer; returns the nonce, which the caller spends once (see FormGuard.spendNonce). */
export function checkChallenge(secret: string, token: string, answer: string, now: Date): string {
  const [exp, nonce, given] = token.split('.');
  if (!exp || !nonce || !given || !/^\d{1,16}$/.test(exp)) throw new FormRejected('验证问题已失效，请刷新页面后重新填写', 400, { field: 'challenge' });
  if (Number(exp) < now.getTime()) throw new FormRejected('验证问题已过期，请刷新页面后重新填写', 400, { field: 'challenge' });
  const expected = Buffer.from(mac(secret, [answer.trim(), exp, nonce]));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw new FormRejected('验证问题回答不正确，请重新计算后填写', 400, { field: 'answer' });
  return nonce;
}

const ACCESS_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** An 8-character 查询码 without look-alike characters (0/O, 1/I/L). */
export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ACCESS_ALPHABET[randomInt(ACCESS_ALPHABET.length)];
  return code;
}

export function accessHash(secret: string, regNo: string, code: string): string {
  return mac(secret, ['access', regNo, code.trim().toUpperCase()]);
}

export function accessMatches(secret: string, regNo: string, code: string, stored: string): boolean {
  const a = Buffer.from(accessHash(secret, regNo, code));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface FormLimits {
  /** Submissions per address per hour, per form. */
  submitsPerHour: number;
  /** Tracking look-ups per address per hour (a wrong 查询码 counts too). */
  lookupsPerHour: number;
}

export const DEFAULT_FORM_LIMITS: FormLimits = { submitsPerHour: 10, lookupsPerHour: 30 };

export interface FormGuard {
  /** Counts one submission from the address; refuses (429) past the limit. */
  submission(kind: 'apply' | 'message', address: string): Promise<void>;
  lookup(address: string): Promise<void>;
  /** A challenge answered once cannot be answered again. */
  spendNonce(nonce: string): Promise<void>;
}

const guards = new WeakMap<Pool, FormGuard>();

export function formGuard(pool: Pool, limits: FormLimits = DEFAULT_FORM_LIMITS): FormGuard {
  let guard = guards.get(pool);
  if (!guard) {
    guard = createGuard(pool, limits);
    guards.set(pool, guard);
  }
  return guard;
}

function createGuard(pool: Pool, limits: FormLimits): FormGuard {
  const common = { storeClient: pool, storeType: 'pool', tableName: 'public_form_rate_limits', tableCreated: true, clearExpiredByTimeout: true };
  const submits = new RateLimiterPostgres({ ...common, keyPrefix: 'form-submit', points: limits.submitsPerHour, duration: 3600 });
  const lookups = new RateLimiterPostgres({ ...common, keyPrefix: 'form-lookup', points: limits.lookupsPerHour, duration: 3600 });
  const nonces = new RateLimiterPostgres({ ...common, keyPrefix: 'form-nonce', points: 1, duration: Math.ceil(CHALLENGE_TTL_MS / 1000) });
  const consume = async (limiter: RateLimiterPostgres, key: string, message: string): Promise<void> => {
    try {
      await limiter.consume(key.slice(0, 200));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new FormRejected(message, 429, { retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) });
      throw error;
    }
  };
  return {
    submission: (kind, address) => consume(submits, `${kind}:${address}`, '提交过于频繁，请一小时后再试'),
    lookup: (address) => consume(lookups, address, '查询过于频繁，请一小时后再试'),
    spendNonce: (nonce) => consume(nonces, nonce, '该验证问题已使用，请刷新页面后重新填写'),
  };
}
