import type { AccountRecord } from '../store/accounts.js';
import type { Queryable } from '../store/db.js';
import { readInspectionOverrides } from '../store/inspection.js';
import { settingsFrom } from './inspection/settings.js';

const DAY_MS = 86_400_000;

/** Where an account stands against the inspection's 长期未更新 line (政务新媒体: 14 days by default). */
export interface AccountStaleness {
  /** The line, from the inspection settings. */
  limitDays: number;
  /** Whole days silent, counted as the inspection counts them. */
  daysSilent: number;
  /** Days before the line is crossed; 0 once it is. */
  daysLeft: number;
  stale: boolean;
  /** Its last delivered post, or its opening when it has none: an account opened last week cannot be two weeks silent. */
  since: Date;
}

export async function staleAccountDays(db: Queryable): Promise<number> {
  return settingsFrom(await readInspectionOverrides(db)).staleAccountDays;
}

/**
 * The same arithmetic as the inspection's account_stale rule, so the screen warns of exactly what the next
 * inspection will report. Only active accounts are judged: a suspended or closed one publishes nothing by design.
 */
export function stalenessOf(account: Pick<AccountRecord, 'status' | 'createdAt'>, lastPublishedAt: Date | null, now: Date, limitDays: number): AccountStaleness | null {
  if (account.status !== 'active') return null;
  const since = lastPublishedAt ?? account.createdAt;
  const elapsed = now.getTime() - since.getTime();
  const stale = elapsed > limitDays * DAY_MS;
  return { limitDays, since, stale, daysSilent: Math.max(0, Math.floor(elapsed / DAY_MS)), daysLeft: stale ? 0 : Math.max(0, Math.ceil((limitDays * DAY_MS - elapsed) / DAY_MS)) };
}
