import { appendAudit } from '../audit/chain.js';
import { withTransaction, type Pool } from '../store/db.js';
import { DEFAULT_UNIT, ensureUnit, findUserByUsername, insertUser, ROLES, type Role, type UserRecord } from '../store/organisation.js';
import { actorOf, requireRole, type Actor } from './actor.js';
import { AppError, badInput } from './errors.js';
import { hashPassword } from './passwords.js';

export interface NewUser {
  username: string;
  password: string;
  role: string;
  unitCode?: string | null;
  unitName?: string | null;
  displayName?: string | null;
  email?: string | null;
  /** Set when someone other than the user chose the password (an admin through the API). */
  mustChangePassword?: boolean;
}

export function parseRole(value: string): Role {
  const role = value.toLowerCase() as Role;
  if (!ROLES.includes(role)) throw badInput(`未知角色 ${value}（可选：${ROLES.join('|')}）`);
  return role;
}

export const USERNAME = /^[A-Za-z0-9_.@-]{2,64}$/;
export const UNIT_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Creates a user; a unit named by code is created when missing, no code means the default unit. This is
 * the operator's path (CLI, fixtures: the system actor) and keeps its 8-character minimum; people
 * creating accounts through the API go through `createUserAccount`, which applies the full policy.
 */
export async function createUser(pool: Pool, actor: Actor, input: NewUser): Promise<UserRecord> {
  requireRole(actor, 'admin');
  const role = parseRole(input.role);
  if (!USERNAME.test(input.username)) throw badInput('用户名须为 2–64 位字母、数字或 _.@-');
  if (input.password.length < 8) throw badInput('密码至少 8 位');
  if (input.unitCode !== undefined && input.unitCode !== null && !UNIT_CODE.test(input.unitCode)) throw badInput('单位代码须为字母、数字或 _-');
  const passwordHash = await hashPassword(input.password);
  await withTransaction(pool, async (tx) => {
    if (await findUserByUsername(tx, input.username)) throw new AppError('CONFLICT', `用户 ${input.username} 已存在`);
    const unit = input.unitCode ? await ensureUnit(tx, input.unitCode, input.unitName ?? undefined) : await ensureUnit(tx, DEFAULT_UNIT.code, DEFAULT_UNIT.name);
    const id = await insertUser(tx, { username: input.username, displayName: input.displayName ?? input.username, email: input.email ?? null, passwordHash, role, unitId: unit.id, mustChangePassword: input.mustChangePassword });
    await appendAudit(tx, { actor: actor.username, action: 'user.create', targetType: 'user', targetId: id, unitCode: unit.code, details: { username: input.username, role } });
  });
  const created = await findUserByUsername(pool, input.username);
  if (!created) throw new Error('user vanished after insert');
  return created;
}

/** The actor a named user acts as, or null: for tools that act on a person's behalf (the demo seed). */
export async function actorByUsername(pool: Pool, username: string): Promise<Actor | null> {
  const user = await findUserByUsername(pool, username);
  return user ? actorOf(user) : null;
}
