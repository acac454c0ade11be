import type { Json } from '../audit/canonical.js';
import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { findUnitByCode, findUserById, listUnits, ROLES, type Role, type Unit, type UserRecord } from '../store/organisation.js';
import { isUuid } from '../store/contents.js';
import { insertUnit, listUsers, updateUnitName, lockUser, revokeSessionsExcept, setLockedUntil, setUserActive, setUserPassword, updateUserProfile } from '../store/users.js';
import { requireActor, requireRole, type Actor } from './actor.js';
import { hashToken } from './auth.js';
import { loginThrottle } from './loginThrottle.js';
import type { Deps } from './deps.js';
import { AppError, badInput, notFound } from './errors.js';
import { publicLabel } from './publicLabel.js';
import { checkPasswordPolicy } from './passwordPolicy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { createUser, UNIT_CODE } from './users.js';

/**
 * User administration from the API. Admins manage every account; everyone changes their own password.
 * Each change is one transaction with its audit event, and every change that alters what a token may
 * do (disable, role or unit, reset) revokes the user's sessions: a token never outlives the authority
 * it was issued under, and re-enabling an account does not bring old tokens back.
 */

const DISPLAY_NAME_MAX = 64;

function checkUserId(id: string): void {
  // Not a UUID cannot name a user; answering here keeps malformed ids away from PostgreSQL.
  if (!isUuid(id)) throw notFound('用户');
}

function checkDisplayName(name: string): string {
  const value = name.trim();
  if (!value || [...value].length > DISPLAY_NAME_MAX || /[\u0000-\u001f\u007f]/.test(value)) throw badInput(`姓名须为 1–${DISPLAY_NAME_MAX} 个字符的文本`, { field: 'displayName' });
  return value;
}

async function requireUnit(deps: Deps, code: string): Promise<Unit> {
  if (!UNIT_CODE.test(code)) throw badInput('单位代码须为 1–64 位字母、数字或 _-', { field: 'unitCode' });
  const unit = await findUnitByCode(deps.pool, code);
  if (!unit) throw badInput(`单位 ${code} 不存在，请先创建单位`, { field: 'unitCode' });
  return unit;
}

export async function listUserAccounts(deps: Deps, actor: Actor | null, filter: { role?: Role | null; unitCode?: string | null; includeDisabled?: boolean | null }): Promise<UserRecord[]> {
  requireRole(actor, 'admin');
  return listUsers(deps.pool, { role: filter.role ?? null, unitCode: filter.unitCode ?? null, includeDisabled: filter.includeDisabled ?? true });
}

export async function listUnitsFor(deps: Deps, actor: Actor | null): Promise<Unit[]> {
  requireActor(actor);
  return listUnits(deps.pool);
}

export interface CreateUserAccount {
  username: string;
  displayName?: string | null;
  password: string;
  role: Role;
  unitCode?: string | null;
}

/** The admin chose the password, so it is a shared secret: the user must replace it at first login. */
export async function createUserAccount(deps: Deps, actor: Actor | null, input: CreateUserAccount): Promise<UserRecord> {
  requireRole(actor, 'admin');
  const who = requireActor(actor);
  checkPasswordPolicy(input.password, input.username);
  const displayName = input.displayName == null ? undefined : checkDisplayName(input.displayName);
  if (input.unitCode) await requireUnit(deps, input.unitCode);
  return createUser(deps.pool, who, { username: input.username, password: input.password, role: input.role, unitCode: input.unitCode ?? null, displayName, mustChangePassword: true });
}

export interface UpdateUserAccount {
  displayName?: string | null;
  role?: Role | null;
  unitCode?: string | null;
}

export async function updateUserAccount(deps: Deps, actor: Actor | null, id: string, input: UpdateUserAccount): Promise<UserRecord> {
  const who = requireRole(actor, 'admin');
  checkUserId(id);
  if (input.role != null && !ROLES.includes(input.role)) throw badInput('未知角色', { field: 'role' });
  const displayName = input.displayName == null ? undefined : checkDisplayName(input.displayName);
  const unit = input.unitCode == null ? undefined : await requireUnit(deps, input.unitCode);
  // An admin demoting themself could leave the hub with nobody able to manage accounts.
  if (who.id === id && input.role != null && input.role !== 'admin') throw badInput('不能降低自己的角色，请由其他管理员操作', { field: 'role' });
  await withTransaction(deps.pool, async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw notFound('用户');
    const next = { displayName: displayName ?? user.displayName, role: input.role ?? user.role, unitId: unit?.id ?? user.unitId };
    const changes: { [key: string]: Json } = {};
    if (next.displayName !== user.displayName) changes.displayName = { from: user.displayName, to: next.displayName };
    if (next.role !== user.role) changes.role = { from: user.role, to: next.role };
    if (unit && unit.id !== user.unitId) changes.unit = { from: user.unitCode, to: unit.code };
    if (Object.keys(changes).length === 0) return;
    await updateUserProfile(tx, id, next);
    const revoked = changes.role || changes.unit ? await revokeSessionsExcept(tx, id, null) : 0;
    await appendAudit(tx, { actor: who.username, action: 'user.update', targetType: 'user', targetId: id, unitCode: unit?.code ?? user.unitCode, details: { username: user.username, changes, revokedSessions: revoked } });
  });
  return (await findUserById(deps.pool, id))!;
}

export async function resetUserPassword(deps: Deps, actor: Actor | null, id: string, newPassword: string): Promise<UserRecord> {
  const who = requireRole(actor, 'admin');
  checkUserId(id);
  const target = await findUserById(deps.pool, id);
  if (!target) throw notFound('用户');
  checkPasswordPolicy(newPassword, target.username);
  const passwordHash = await hashPassword(newPassword);
  await withTransaction(deps.pool, async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw notFound('用户');
    await setUserPassword(tx, id, passwordHash, true);
    // The admin has identified the user: a lock from someone guessing the old password ends here.
    await setLockedUntil(tx, id, null);
    await loginThrottle(deps.pool, deps.config.login).clearAccount(user.username);
    const revoked = await revokeSessionsExcept(tx, id, null);
    await appendAudit(tx, { actor: who.username, action: 'user.password_reset', targetType: 'user', targetId: id, unitCode: user.unitCode, details: { username: user.username, revokedSessions: revoked } });
  });
  return (await findUserById(deps.pool, id))!;
}

export async function setUserDisabled(deps: Deps, actor: Actor | null, id: string, disabled: boolean): Promise<UserRecord> {
  const who = requireRole(actor, 'admin');
  checkUserId(id);
  if (disabled && who.id === id) throw badInput('不能停用自己的账号', { field: 'id' });
  await withTransaction(deps.pool, async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw notFound('用户');
    if (user.active === !disabled) return;
    await setUserActive(tx, id, !disabled);
    // Disabling revokes; enabling revokes nothing and restores nothing: the user logs in afresh.
    const revoked = disabled ? await revokeSessionsExcept(tx, id, null) : 0;
    await appendAudit(tx, { actor: who.username, action: disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: id, unitCode: user.unitCode, details: { username: user.username, revokedSessions: revoked } });
  });
  return (await findUserById(deps.pool, id))!;
}

function unitName(name: string): string {
  const clean = name.trim();
  if (!clean || [...clean].length > 100 || /[\u0000-\u001f\u007f]/.test(clean)) throw badInput('单位名称须为 1–100 个字符的文本', { field: 'name' });
  return publicLabel(clean, '单位名称', 'name');
}

export async function createUnit(deps: Deps, actor: Actor | null, code: string, name: string): Promise<Unit> {
  const who = requireRole(actor, 'admin');
  if (!UNIT_CODE.test(code)) throw badInput('单位代码须为 1–64 位字母、数字或 _-', { field: 'code' });
  const cleanName = unitName(name);
  return withTransaction(deps.pool, async (tx) => {
    const unit = await insertUnit(tx, code, cleanName);
    if (!unit) throw new AppError('CONFLICT', `单位代码 ${code} 已存在`);
    await appendAudit(tx, { actor: who.username, action: 'unit.create', targetType: 'unit', targetId: unit.id, unitCode: unit.code, details: { code: unit.code, name: unit.name } });
    return unit;
  });
}

/**
 * The user's own change, with the old password. Clears a pending forced change and revokes every other
 * session (a thief holding an old token loses it); the token that made the change stays valid.
 */
export async function changeOwnPassword(deps: Deps, actor: Actor | null, currentToken: string | null, oldPassword: string, newPassword: string, address = 'unknown'): Promise<UserRecord> {
  const who = requireActor(actor, 'allow');
  if (!who.id) throw badInput('系统账号没有密码');
  const user = await findUserById(deps.pool, who.id);
  if (!user) throw notFound('用户');
  // A stolen token must not become a way to guess the password: wrong old passwords count like failed logins.
  const throttle = loginThrottle(deps.pool, deps.config.login);
  const wait = await throttle.accountRetryAfter(user.username);
  if (wait > 0) throw new AppError('ACCOUNT_LOCKED', `密码错误次数过多，账号已锁定，请 ${Math.ceil(wait / 60)} 分钟后再试`, { retryAfterSeconds: wait });
  if (!(await verifyPassword(oldPassword, user.passwordHash))) {
    await throttle.recordFailure(user.username, address);
    throw badInput('原密码不正确', { field: 'oldPassword' });
  }
  if (oldPassword === newPassword) throw new AppError('WEAK_PASSWORD', '新密码不能与原密码相同', { rule: 'reuse' });
  checkPasswordPolicy(newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await withTransaction(deps.pool, async (tx) => {
    await lockUser(tx, user.id);
    await setUserPassword(tx, user.id, passwordHash, false);
    const revoked = await revokeSessionsExcept(tx, user.id, currentToken ? hashToken(currentToken) : null);
    await appendAudit(tx, { actor: who.username, action: 'user.password_change', targetType: 'user', targetId: user.id, unitCode: user.unitCode, details: { forced: user.mustChangePassword, revokedSessions: revoked } });
  });
  return (await findUserById(deps.pool, user.id))!;
}

/** Renames a unit. Its code stays: 索引号 already issued and the audit trail carry it. */
export async function renameUnit(deps: Deps, actor: Actor | null, code: string, name: string): Promise<Unit> {
  const who = requireRole(actor, 'admin');
  const cleanName = unitName(name);
  return withTransaction(deps.pool, async (tx) => {
    const renamed = await updateUnitName(tx, code, cleanName);
    if (!renamed) throw notFound(`单位 ${code}`);
    if (renamed.previous !== cleanName) {
      await appendAudit(tx, { actor: who.username, action: 'unit.rename', targetType: 'unit', targetId: renamed.unit.id, unitCode: code, details: { from: renamed.previous, to: cleanName } });
    }
    return renamed.unit;
  });
}
