import { listPublicityEnding, type PublicityItem } from '../../../store/publicity.js';
import { beijingDate } from '../../../time/beijing.js';
import { PUBLICITY_EXPIRED_REASON, PUBLICITY_SOON_DAYS } from '../../publicity.js';
import { DAY_MS, type Finding, type Rule } from '../rule.js';

/*
 * 公示期: an item's period ends at the midnight after its last day (store/publicity.ts). The expiry job
 * retracts it within minutes, so one still up past that is a job that failed or is not running — a page
 * the law says must be down. Those ending within PUBLICITY_SOON_DAYS are listed so an editor can extend
 * the date (or prepare a follow-up notice) before the hub takes the page down by itself.
 */

/** The last Beijing day the item is shown: the day before the instant its period ends. */
const lastDay = (item: PublicityItem): string => beijingDate(new Date(item.deadline.getTime() - 1));

const base = (item: PublicityItem) => ({
  unitId: item.unitId, unitCode: item.unitCode, targetType: 'content', targetId: item.contentId,
  details: { deadline: item.deadline.toISOString(), lastDay: lastDay(item) },
});

export const publicityOverdue: Rule = async ({ db, now }) =>
  (await listPublicityEnding(db, now)).map((item): Finding => {
    // Whole days since the period ended; "0" would read oddly, so the first day counts as one.
    const days = Math.max(1, Math.ceil((now.getTime() - item.deadline.getTime()) / DAY_MS));
    return {
      ...base(item), rule: 'publicity_overdue', severity: 'warn',
      message: `「${item.title}」公示期已于 ${lastDay(item)} 届满，已超 ${days} 天仍在发布，应以「${PUBLICITY_EXPIRED_REASON}」撤回（请检查自动撤回任务）`,
    };
  });

export const publicityExpiring: Rule = async ({ db, now }) => {
  const horizon = new Date(now.getTime() + PUBLICITY_SOON_DAYS * DAY_MS);
  return (await listPublicityEnding(db, horizon))
    .filter((item) => item.deadline > now)
    .map((item): Finding => {
      const days = Math.ceil((item.deadline.getTime() - now.getTime()) / DAY_MS);
      return {
        ...base(item), rule: 'publicity_expiring', severity: 'info',
        message: `「${item.title}」公示期至 ${lastDay(item)}，${days} 天内届满，届满后将自动从各渠道撤回`,
      };
    });
};
