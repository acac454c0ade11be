import type { ChannelKind } from '../channels/Channel.js';
import { isChannelKind } from '../channels/catalogue.js';
import { findAccountSettings } from '../store/channelSettings.js';
import { countMassSends } from '../store/deliveryState.js';
import { findLastDelivered, listCalendarReleases, listFailedReleases, type CalendarRelease, type DeliveredPost, type FailedRelease } from '../store/releases.js';
import { requireRole, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { MASS_SEND_QUOTA } from './massSend.js';

/** A month grid shows six weeks; a little more leaves room, a year of rows would be a report, not a calendar. */
const MAX_SPAN_DAYS = 62;
const DAY_MS = 86_400_000;

/** A 群发 and where it stands in its account's quota for that Beijing day (订阅号) or month (服务号). */
export interface MassSendQuota {
  period: 'day' | 'month';
  used: number;
  limit: number;
  /** e.g. 订阅号每天 1 次 */
  rule: string;
}

export interface CalendarEntry extends CalendarRelease {
  massSendQuota: MassSendQuota | null;
}

export interface CalendarQuery {
  from: Date;
  to: Date;
  channel?: string | null;
}

/**
 * 发布日历: the releases of the actor's unit (every unit for admins and overseers) between two instants. A WeChat
 * 群发 carries its quota use, so a full day shows before another 群发 is booked on it and refused.
 */
export async function getReleaseCalendar(deps: Deps, actor: Actor | null, query: CalendarQuery): Promise<CalendarEntry[]> {
  const who = requireRole(actor, 'editor', 'reviewer', 'channel_admin', 'overseer');
  const { from, to } = query;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to.getTime() <= from.getTime()) throw badInput('日历的结束时间须晚于开始时间', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY_MS) throw badInput(`日历一次最多查看 ${MAX_SPAN_DAYS} 天`, { field: 'to' });
  const channel = query.channel ? query.channel.toUpperCase() : null;
  if (channel !== null && !isChannelKind(channel)) throw badInput('渠道不存在', { field: 'channel' });
  const releases = await listCalendarReleases(deps.pool, { from, to, unitId: seesAllUnits(who) ? null : who.unitId, channel: channel as ChannelKind | null });
  const entries: CalendarEntry[] = [];
  for (const release of releases) entries.push({ ...release, massSendQuota: await quotaOf(deps, release) });
  return entries;
}

async function quotaOf(deps: Deps, release: CalendarRelease): Promise<MassSendQuota | null> {
  if (release.channel !== 'WECHAT' || release.deliveryMode !== 'mass_send' || !release.accountId) return null;
  const settings = await findAccountSettings(deps.pool, release.accountId);
  const quota = MASS_SEND_QUOTA[settings.wechatAccountType ?? 'subscription'];
  // This release counts itself: the store counts what is booked, going out or sent in the period.
  const used = await countMassSends(deps.pool, release.accountId, release.at, quota.period, []);
  return { period: quota.period, used, limit: quota.limit, rule: quota.label };
}

/** Failed publications of the actor's unit that a retry can send again (渠道账号: 失败的发布). */
export async function getFailedReleases(deps: Deps, actor: Actor | null): Promise<FailedRelease[]> {
  const who = requireRole(actor, 'editor', 'reviewer', 'channel_admin', 'overseer');
  return listFailedReleases(deps.pool, seesAllUnits(who) ? null : who.unitId);
}

/** The last delivered post of each account (for the 渠道账号 screen's batch loader; the accounts are already the caller's). */
export const lastDeliveredPosts = (deps: Deps, accountIds: readonly string[]): Promise<(DeliveredPost | null)[]> =>
  findLastDelivered(deps.pool, accountIds);
