import { verifyChain, type AuditEvent, type ChainVerification } from '../audit/chain.js';
import { searchAuditEvents, type AuditFilter } from '../store/audit.js';
import { requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';

/** Overseers and admins read the whole trail; nobody else reads it. */
export async function listAuditEvents(deps: Deps, actor: Actor | null, filter: AuditFilter): Promise<{ items: AuditEvent[]; hasNextPage: boolean }> {
  requireRole(actor, 'overseer');
  const rows = await searchAuditEvents(deps.pool, { ...filter, limit: filter.limit + 1 });
  return { items: rows.slice(0, filter.limit), hasNextPage: rows.length > filter.limit };
}

export async function verifyAudit(deps: Deps, actor: Actor | null): Promise<ChainVerification> {
  requireRole(actor, 'overseer');
  return verifyChain(deps.pool);
}
