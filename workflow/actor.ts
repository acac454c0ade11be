import type { Role, UserRecord } from '../store/organisation.js';
import { AppError, forbidden } from './errors.js';

/** Who is acting. Jobs and the CLI act as `system` and are not subject to role checks. */
export interface Actor {
  id: string | null;
  username: string;
  role: Role | 'system';
  unitId: string | null;
  unitCode: string | null;
}

export const SYSTEM: Actor = { id: null, username: 'system', role: 'system', unitId: null, unitCode: null };
export const systemActor = (job: string): Actor => ({ ...SYSTEM, username: `system:${job}` });

export function actorOf(user: UserRecord): Actor {
  return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, unitCode: user.unitCode };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return actor;
}

export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const who = requireActor(actor);
  if (who.role === 'system' || who.role === 'admin' || roles.includes(who.role)) return who;
  throw forbidden(`需要以下角色之一：${roles.join(', ')}`);
}

/** Unit-scoped roles act within their own unit; admins, overseers and the system see every unit. */
export function seesAllUnits(actor: Actor): boolean {
  return actor.role === 'system' || actor.role === 'admin' || actor.role === 'overseer';
}

export function requireSameUnit(actor: Actor, unitId: string): void {
  if (actor.role === 'system' || actor.role === 'admin') return;
  if (actor.unitId !== unitId) throw forbidden('只能处理本单位的内容（谁开设、谁管理）');
}
