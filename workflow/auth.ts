import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { findSessionUser, findUserByUsername, insertSession, revokeSession, type UserRecord } from '../store/organisation.js';
import { recordLogin, setLockedUntil } from '../store/users.js';
import { loginThrottle } from './loginThrottle.js';
import { USERNAME } from './users.js';
import { actorOf, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput } from './errors.js';
import { verifyPassword } from './passwords.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserRecord;
}

/**
 * Bearer tokens are random and stored only as their SHA-256, so a database dump cannot be replayed.
 * `address` is the client's network address: failures are throttled per address and per account
 * (workflow/loginThrottle.ts), and every failure is audited with it.
 */
export async function login(deps: Deps, username: string, password: string, address = 'unknown'): Promise<LoginResult> {
  if (!username || !password) throw badInput('用户名和密码不能为空');
  const throttle = loginThrottle(deps.pool, deps.config.login);
  const addressWait = await throttle.addressRetryAfter(address);
  if (addressWait > 0) throw new AppError('RATE_LIMITED', `登录失败次数过多，请 ${minutes(addressWait)} 后再试`, { retryAfterSeconds: addressWait });
  // A username that cannot exist is looked up nowhere (and never reaches PostgreSQL as text it would refuse).
  const plausible = USERNAME.test(username);
  const named = plausible ? username : '(无效用户名)';
  const accountWait = await throttle.accountRetryAfter(named);
  if (accountWait > 0) {
    await throttle.recordAddressFailure(address);
    await auditFailure(deps, null, named, address, 'locked');
    throw locked(accountWait);
  }
  const user = plausible ? await findUserByUsername(deps.pool, username) : null;
  // Verify against a dummy hash for unknown users too, so timing does not reveal which usernames exist.
  const ok = password.length <= MAX_PASSWORD_INPUT && (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH));
  if (!user || !ok || !user.active) {
    const lockSeconds = await throttle.recordFailure(named, address);
    await auditFailure(deps, user, named, address, 'password');
    if (lockSeconds > 0) {
      await withTransaction(deps.pool, async (tx) => {
        if (user) await setLockedUntil(tx, user.id, new Date(deps.now().getTime() + lockSeconds * 1000));
        await appendAudit(tx, { actor: 'anonymous', action: 'auth.lockout', targetType: 'user', targetId: user?.id ?? null, unitCode: user?.unitCode ?? null, details: { username: named, address, lockSeconds } });
      });
      throw locked(lockSeconds);
    }
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  }
  await throttle.clearAccount(named);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now().getTime() + SESSION_TTL_MS);
  await withTransaction(deps.pool, async (tx) => {
    await insertSession(tx, user.id, hashToken(token), expiresAt);
    await recordLogin(tx, user.id, deps.now());
    await appendAudit(tx, { actor: user.username, action: 'auth.login', targetType: 'user', targetId: user.id, unitCode: user.unitCode, details: { address } });
  });
  return { token, expiresAt, user: { ...user, lastLoginAt: deps.now(), lockedUntil: null } };
}

// scrypt hashes whatever it is given; nobody's password is longer than this.
const MAX_PASSWORD_INPUT = 1024;

const minutes = (seconds: number): string => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);
const locked = (seconds: number): AppError =>
  new AppError('ACCOUNT_LOCKED', `密码错误次数过多，账号已锁定，请 ${minutes(seconds)} 后再试或联系管理员重置密码`, { retryAfterSeconds: seconds });

async function auditFailure(deps: Deps, user: UserRecord | null, username: string, address: string, reason: 'password' | 'locked'): Promise<void> {
  await withTransaction(deps.pool, (tx) =>
    appendAudit(tx, { actor: 'anonymous', action: 'auth.login_failed', targetType: 'user', targetId: user?.id ?? null, unitCode: user?.unitCode ?? null, details: { username, address, reason } }),
  );
}

export async function authenticate(deps: Deps, token: string | null): Promise<{ actor: Actor; user: UserRecord } | null> {
  if (!token) return null;
  const user = await findSessionUser(deps.pool, hashToken(token));
  return user ? { actor: actorOf(user), user } : null;
}

export async function logout(deps: Deps, actor: Actor, token: string): Promise<boolean> {
  return withTransaction(deps.pool, async (tx) => {
    const revoked = await revokeSession(tx, hashToken(token));
    if (revoked) await appendAudit(tx, { actor: actor.username, action: 'auth.logout', targetType: 'user', targetId: actor.id });
    return revoked;
  });
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
