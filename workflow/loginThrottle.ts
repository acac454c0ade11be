import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from '../store/db.js';

/**
 * Brute-force protection for login, kept in PostgreSQL (`auth_rate_limits`) so every process of the hub
 * counts the same failures: consecutive wrong passwords lock the account for a while, and failures from
 * one address are throttled whichever usernames they try. Counters are keyed by a hash of the lowercase
 * username, so unknown usernames lock exactly like real ones and reveal nothing.
 */
export interface LoginThrottle {
  /** Seconds until the address may try again, or 0. */
  addressRetryAfter(address: string): Promise<number>;
  /** Seconds until the account unlocks, or 0. */
  accountRetryAfter(username: string): Promise<number>;
  /** Counts a failure; returns the lock's length in seconds when this failure locked the account, else 0. */
  recordFailure(username: string, address: string): Promise<number>;
  /** Counts a failure against the address only (an attempt on an account that is already locked). */
  recordAddressFailure(address: string): Promise<void>;
  /** A successful login (or an admin reset) starts the count again. */
  clearAccount(username: string): Promise<void>;
}

const throttles = new WeakMap<Pool, LoginThrottle>();

export interface LoginLimits {
  /** Consecutive wrong passwords that lock an account. LOGIN_MAX_FAILURES, default 5. */
  maxFailures: number;
  /** How long a locked account stays locked. LOGIN_LOCK_SECONDS, default 900 (15 minutes). */
  lockSeconds: number;
  /** Failed logins one address may make per window before it is throttled. LOGIN_ADDRESS_MAX_FAILURES, default 30. */
  addressMaxFailures: number;
  /** LOGIN_ADDRESS_WINDOW_SECONDS, default 900. */
  addressWindowSeconds: number;
}

export function loginThrottle(pool: Pool, limits: LoginLimits): LoginThrottle {
  let throttle = throttles.get(pool);
  if (!throttle) {
    throttle = createThrottle(pool, limits);
    throttles.set(pool, throttle);
  }
  return throttle;
}

const accountKey = (username: string): string => createHash('sha256').update(username.toLowerCase()).digest('hex');
// Addresses are short, but a forwarded header could be anything: hash to keep keys within varchar(255).
const addressKey = (address: string): string => (address.length <= 64 ? address : createHash('sha256').update(address).digest('hex'));
const seconds = (res: RateLimiterRes | null, limit: number): number => (res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0);

function createThrottle(pool: Pool, limits: LoginLimits): LoginThrottle {
  const common = { storeClient: pool, storeType: 'pool', tableName: 'auth_rate_limits', tableCreated: true, clearExpiredByTimeout: true };
  // Failures count until a success clears them (a day at most); reaching the limit blocks for lockSeconds.
  const accounts = new RateLimiterPostgres({ ...common, keyPrefix: 'login-account', points: limits.maxFailures, duration: 24 * 60 * 60 });
  const addresses = new RateLimiterPostgres({ ...common, keyPrefix: 'login-address', points: limits.addressMaxFailures, duration: limits.addressWindowSeconds });

  // consume() rejects with the limiter's state once the points are spent; a store failure stays an error.
  const consume = async (limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes> => {
    try {
      return await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) return error;
      throw error;
    }
  };

  return {
    async addressRetryAfter(address) {
      return seconds(await addresses.get(addressKey(address)), limits.addressMaxFailures);
    },
    async accountRetryAfter(username) {
      return seconds(await accounts.get(accountKey(username)), limits.maxFailures);
    },
    async recordFailure(username, address) {
      const [account] = await Promise.all([consume(accounts, accountKey(username)), consume(addresses, addressKey(address))]);
      if (account.consumedPoints !== limits.maxFailures) return 0;
      await accounts.block(accountKey(username), limits.lockSeconds);
      return limits.lockSeconds;
    },
    async recordAddressFailure(address) {
      await consume(addresses, addressKey(address));
    },
    async clearAccount(username) {
      await accounts.delete(accountKey(username));
    },
  };
}
