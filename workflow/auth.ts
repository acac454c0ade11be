import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { findSessionUser, findUserByUsername, insertSession, revokeSession, type UserRecord } from '../store/organisation.js';
import { recordLogin } from '../store/users.js';
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

/** Bearer tokens are random and stored only as their SHA-256, so a database dump cannot be replayed. */
export async function login(deps: Deps, username: string, password: string): Promise<LoginResult> {
  if (!username || !password) throw badInput('用户名和密码不能为空');
  const user = await findUserByUsername(deps.pool, username);
  // Verify against a dummy hash for unknown users too, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now().getTime() + SESSION_TTL_MS);
  await withTransaction(deps.pool, async (tx) => {
    await insertSession(tx, user.id, hashToken(token), expiresAt);
    await recordLogin(tx, user.id, deps.now());
    await appendAudit(tx, { actor: user.username, action: 'auth.login', targetType: 'user', targetId: user.id, unitCode: user.unitCode });
  });
  return { token, expiresAt, user: { ...user, lastLoginAt: deps.now(), lockedUntil: null } };
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
