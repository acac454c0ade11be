/**
 * Inspection rules for the public half of 政务公开: applications near or past their reply deadline, and
 * messages under supervision (黄牌/红牌督办, and the national check's veto for a message unanswered three months).
 */
import type { Queryable } from '../../store/db.js';
import type { WorkingCalendar } from '../calendar.js';
import { applicationsNearDeadline } from './applications.js';
import { openMessageCards, RED_CARD_AFTER_DAYS, VETO_MONTHS } from './messages.js';

/** Working days before the deadline at which an application is listed. */
export const APPLICATION_WARN_DAYS = 3;

export interface DisclosureFinding {
  rule: 'application_overdue' | 'application_due_soon' | 'message_overdue' | 'message_unanswered';
  severity: 'veto' | 'warn' | 'info';
  unitId: string | null;
  unitCode: string | null;
  targetType: string;
  targetId: string;
  message: string;
  details: { [key: string]: string | number | null };
}

export async function disclosureFindings(ctx: { db: Queryable; now: Date; calendar: WorkingCalendar }): Promise<DisclosureFinding[]> {
  const findings: DisclosureFinding[] = [];
  for (const a of await applicationsNearDeadline(ctx.db, ctx.calendar, ctx.now, APPLICATION_WARN_DAYS)) {
    const overdue = (a.daysLeft ?? 0) < 0;
    findings.push({
      rule: overdue ? 'application_overdue' : 'application_due_soon', severity: overdue ? 'warn' : 'info', unitId: a.unitId, unitCode: a.unitCode,
      targetType: 'application', targetId: a.id,
      message: overdue
        ? `依申请公开 ${a.regNo} 已超过答复期限（${a.dueOn}）${-(a.daysLeft ?? 0)} 个工作日`
        : `依申请公开 ${a.regNo} 距答复期限（${a.dueOn}）还有 ${a.daysLeft} 个工作日`,
      details: { regNo: a.regNo, dueOn: a.dueOn, daysLeft: a.daysLeft },
    });
  }
  for (const m of await openMessageCards(ctx.db, ctx.calendar, ctx.now)) {
    const veto = m.card === 'VETO';
    findings.push({
      rule: veto ? 'message_unanswered' : 'message_overdue', severity: veto ? 'veto' : 'warn', unitId: m.unitId, unitCode: m.unitCode,
      targetType: 'message', targetId: m.id,
      message: veto
        ? `网民留言 ${m.regNo}「${m.publicSubject}」超过 ${VETO_MONTHS} 个月未答复`
        : `网民留言 ${m.regNo}「${m.publicSubject}」已过办理时限（${m.dueOn}），${m.card === 'RED' ? `红牌督办（逾期超过 ${RED_CARD_AFTER_DAYS} 个工作日）` : '黄牌督办'}`,
      details: { regNo: m.regNo, dueOn: m.dueOn, card: m.card },
    });
  }
  return findings;
}
