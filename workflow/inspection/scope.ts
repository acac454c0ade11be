import { requireRole, seesAllUnits, type Actor } from '../actor.js';
import { forbidden } from '../errors.js';

/** Overseers (and admins) read every unit; a channel admin reads their own unit's findings only. */
export function readerScope(actor: Actor | null): { who: Actor; scopeUnitId: string | null } {
  const who = requireRole(actor, 'overseer', 'channel_admin');
  if (seesAllUnits(who)) return { who, scopeUnitId: null };
  // A channel admin without a unit would otherwise see everything through the null scope.
  if (!who.unitId) throw forbidden('账号未归属任何单位');
  return { who, scopeUnitId: who.unitId };
}
