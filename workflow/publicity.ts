import { appendAudit } from '../audit/chain.js';
import { findContent, type ContentRecord } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { categoryPublicityDays, listPublicityEnding, setCategoryPublicityDays } from '../store/publicity.js';
import { requireRole, seesAllUnits, systemActor, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, notFound } from './errors.js';
import { retractContent } from './publish.js';

export const PUBLICITY_EXPIRED_REASON = '公示期满';
/** Items whose 公示期 ends within this many days are listed ahead (inspection, console). */
export const PUBLICITY_SOON_DAYS = 7;

/**
 * Retracts every item whose 公示期 has ended, from every channel, through the ordinary retraction (audited
 * as content.retract by system:publicity with the reason 公示期满). One item failing does not stop the others.
 */
export async function expirePublicity(deps: Deps): Promise<{ retracted: string[]; failed: { id: string; error: string }[] }> {
  const actor = systemActor('publicity');
  const retracted: string[] = [];
  const failed: { id: string; error: string }[] = [];
  for (const item of await listPublicityEnding(deps.pool, deps.now())) {
    try {
      await retractContent(deps, actor, item.contentId, PUBLICITY_EXPIRED_REASON);
      retracted.push(item.contentId);
    } catch (error) {
      // Retracted meanwhile by a person: nothing left to do.
      if (error instanceof AppError && error.code === 'INVALID_TRANSITION') continue;
      failed.push({ id: item.contentId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { retracted, failed };
}

/** For the inspection view: items past their period still up, and those ending within seven days. */
export async function publicityDue(deps: Deps, actor: Actor | null): Promise<{ overdue: ContentRecord[]; expiringSoon: ContentRecord[] }> {
  const who = requireRole(actor, 'overseer', 'channel_admin', 'editor', 'reviewer');
  const now = deps.now();
  const horizon = new Date(now.getTime() + PUBLICITY_SOON_DAYS * 24 * 3600 * 1000);
  const rows = (await listPublicityEnding(deps.pool, horizon)).filter((r) => seesAllUnits(who) || r.unitCode === who.unitCode);
  const load = async (ids: string[]) => (await Promise.all(ids.map((id) => findContent(deps.pool, id)))).filter((c): c is ContentRecord => c !== null);
  return {
    overdue: await load(rows.filter((r) => r.deadline <= now).map((r) => r.contentId)),
    expiringSoon: await load(rows.filter((r) => r.deadline > now).map((r) => r.contentId)),
  };
}

/** Admins: a category's default 公示期 in days (null: none). */
export async function updateCategoryPublicityDays(deps: Deps, actor: Actor | null, code: string, days: number | null): Promise<number | null> {
  const who = requireRole(actor, 'admin');
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) throw badInput('公示期须为 1 到 3650 天', { field: 'days' });
  await withTransaction(deps.pool, async (tx) => {
    const before = await categoryPublicityDays(tx, code);
    if (!(await setCategoryPublicityDays(tx, code, days))) throw notFound(`栏目 ${code}`);
    await appendAudit(tx, { actor: who.username, action: 'category.publicity', targetType: 'category', targetId: code, unitCode: who.unitCode, details: { from: before, to: days } });
  });
  return days;
}
