import type { FindingRecord } from '../../store/inspection.js';
import type { Queryable } from '../../store/db.js';
import type { WorkingCalendar } from '../calendar.js';
import type { DisclosureFinding } from '../disclosure/inspectionRules.js';
import type { InspectionSettings } from './settings.js';

/**
 * A rule reads the hub's data at `ctx.now` and returns what it finds. Every time bound is taken from the
 * context, never from the wall clock, so a test can put the clock anywhere.
 */
export type InspectionRule =
  | 'account_stale'
  | 'account_needs_reauth'
  | 'account_suspended'
  | 'category_stale'
  | 'category_empty'
  | 'category_empty_count'
  | 'publication_failed'
  | 'publication_stuck'
  | 'review_overdue'
  | 'service_change_late'
  | 'broken_link'
  | 'publicity_overdue'
  | 'publicity_expiring'
  | DisclosureFinding['rule'];

export const RULE_TITLES: Record<InspectionRule, string> = {
  account_stale: '政务新媒体账号长期未更新',
  account_needs_reauth: '账号授权失效',
  account_suspended: '账号已暂停',
  category_stale: '栏目长期未更新',
  category_empty: '空白栏目',
  category_empty_count: '空白栏目过多',
  publication_failed: '发布失败',
  publication_stuck: '发布停滞',
  review_overdue: '审核超时',
  service_change_late: '办事条件变更未及时发布',
  broken_link: '站内链接失效',
  publicity_overdue: '公示期满仍在发布',
  publicity_expiring: '公示期即将届满',
  application_overdue: '依申请公开逾期未答复',
  application_due_soon: '依申请公开临近答复期限',
  message_overdue: '网民留言逾期未答复（督办）',
  message_unanswered: '网民留言超过三个月未答复',
};

export interface Finding extends FindingRecord {
  rule: InspectionRule;
}

export interface RuleContext {
  db: Queryable;
  now: Date;
  settings: InspectionSettings;
  calendar: WorkingCalendar;
  publicBaseUrl: string;
}

export type Rule = (ctx: RuleContext) => Promise<Finding[]>;

/** One day in milliseconds, for rules that count days. */
export const DAY_MS = 86_400_000;
