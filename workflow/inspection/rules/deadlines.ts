import { listInReview, listUnpublishedServiceChanges } from '../../../store/inspection.js';
import { beijingDateTime } from '../../../time/beijing.js';
import { addWorkingDays, workingHoursBetween } from '../../calendar.js';
import type { Finding, Rule } from '../rule.js';

const hours = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Waiting time counts office hours only: a Friday-evening submission is not overdue on Monday morning. */
export const reviews: Rule = async ({ db, now, settings, calendar }) => {
  const findings: Finding[] = [];
  for (const c of await listInReview(db)) {
    const waited = workingHoursBetween(calendar, c.since, now);
    if (waited <= settings.reviewWorkingHours) continue;
    findings.push({
      rule: 'review_overdue', severity: 'warn', unitId: c.unitId, unitCode: c.unitCode, targetType: 'content', targetId: c.id,
      message: `「${c.title}」提交于 ${beijingDateTime(c.since)}，已待审 ${hours(waited)} 个工作小时，超过 ${settings.reviewWorkingHours} 个`,
      details: { submittedAt: c.since.toISOString(), workingHours: Math.round(waited * 100) / 100 },
    });
  }
  return findings;
};

export const serviceChanges: Rule = async ({ db, now, settings, calendar }) => {
  const findings: Finding[] = [];
  for (const c of await listUnpublishedServiceChanges(db)) {
    const deadline = addWorkingDays(calendar, c.since, settings.serviceChangeWorkingDays);
    if (now <= deadline) continue;
    findings.push({
      rule: 'service_change_late', severity: 'warn', unitId: c.unitId, unitCode: c.unitCode, targetType: 'content', targetId: c.id,
      message: `办事条件变更「${c.title}」于 ${beijingDateTime(c.since)} 审核通过，应在 ${beijingDateTime(deadline)} 前发布，至今未发布`,
      details: { approvedAt: c.since.toISOString(), deadline: deadline.toISOString() },
    });
  }
  return findings;
};
