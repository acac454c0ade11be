import type { Role, UserRecord } from '../store/organisation.js';
import { AppError, forbidden } from './errors.js';

/** Who is acting. Jobs and the CLI act as `system` and are not subject to role checks. */
export interface Actor {
  id: string | null;
  username: string;
  role: Role | 'system';
  unitId: string | null;
  unitCode: string | null;
  /** An admin reset (or created) this account's password: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
}

export const SYSTEM: Actor = { id: null, username: 'system', role: 'system', unitId: null, unitCode: null };
export const systemActor = (job: string): Actor => ({ ...SYSTEM, username: `system:${job}` });

export function actorOf(user: UserRecord): Actor {
  return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, unitCode: user.unitCode, mustChangePassword: user.mustChangePassword };
}

export const passwordChangeRequired = (): AppError => new AppError('PASSWORD_CHANGE_REQUIRED', '管理员已重置您的密码，请先修改密码再继续操作');

/** What a user whose password was reset may still do: see who they are, change it, or leave. */
const DURING_PASSWORD_CHANGE = new Set(['me', 'changePassword', 'logout', '__typename']);

/** Refuses an operation (named by its top-level fields) while the actor's password must be changed. */
export function checkPasswordGate(actor: Actor | null, fields: readonly string[]): void {
  if (actor?.mustChangePassword && fields.some((field) => !DURING_PASSWORD_CHANGE.has(field))) throw passwordChangeRequired();
}

/** `pendingPasswordChange: 'allow'` only for what a user with a reset password may still do (change it). */
export function requireActor(actor: Actor | null, pendingPasswordChange: 'refuse' | 'allow' = 'refuse'): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (actor.mustChangePassword && pendingPasswordChange === 'refuse') throw passwordChangeRequired();
  return actor;
}

/** Roles as the console names them: a refusal tells the person which role could do it, in Chinese. */
const ROLE_NAMES: { readonly [R in Role | 'system']: string } = {
  editor: '编辑', reviewer: '审核员', channel_admin: '渠道管理员', overseer: '监督员', admin: '系统管理员', system: '系统',
};

export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const who = requireActor(actor);
  if (who.role === 'system' || who.role === 'admin' || roles.includes(who.role)) return who;
  throw forbidden(`您的角色（${ROLE_NAMES[who.role]}）无权执行此操作，需要：${roles.map((r) => ROLE_NAMES[r]).join('、')}`);
}

/** Unit-scoped roles act within their own unit; admins, overseers and the system see every unit. */
export function seesAllUnits(actor: Actor): boolean {
  return actor.role === 'system' || actor.role === 'admin' || actor.role === 'overseer';
}

export function requireSameUnit(actor: Actor, unitId: string): void {
  if (actor.role === 'system' || actor.role === 'admin') return;
  if (actor.unitId !== unitId) throw forbidden('只能处理本单位的内容（谁开设、谁管理）');
}
