import { channelLabel } from '../../../channels/catalogue.js';
import { listAccounts } from '../../../store/accounts.js';
import { listSilentAccounts } from '../../../store/inspection.js';
import { beijingDate } from '../../../time/beijing.js';
import { DAY_MS, type Finding, type Rule } from '../rule.js';

/**
 * An account counts as silent from its last delivered publication, or from its creation when it has none:
 * an account opened last week cannot have been silent for two.
 */
export const staleAccounts: Rule = async ({ db, now, settings }) => {
  const since = new Date(now.getTime() - settings.staleAccountDays * DAY_MS);
  return (await listSilentAccounts(db, since, now)).map((a) => {
    const from = a.lastPublishedAt ?? a.createdAt;
    const days = Math.floor((now.getTime() - from.getTime()) / DAY_MS);
    return {
      rule: 'account_stale', severity: 'veto', unitId: a.unitId, unitCode: a.unitCode, targetType: 'channel_account', targetId: a.id,
      message: `${channelLabel(a.channel)}账号「${a.name}」已 ${days} 天未发布（${a.lastPublishedAt ? `最近发布于 ${beijingDate(a.lastPublishedAt)}` : '开设以来从未发布'}），超过 ${settings.staleAccountDays} 天`,
      details: { channel: a.channel, days, lastPublishedAt: a.lastPublishedAt?.toISOString() ?? null },
    };
  });
};

export const accountStatus: Rule = async ({ db, settings }) => {
  const findings: Finding[] = [];
  for (const a of await listAccounts(db, null)) {
    const base = { unitId: a.unitId, unitCode: a.unitCode, targetType: 'channel_account', targetId: a.id };
    const label = `${channelLabel(a.channel)}账号「${a.name}」`;
    if (a.status === 'needs_reauth') {
      findings.push({ ...base, rule: 'account_needs_reauth', severity: 'warn', message: `${label}凭据失效或过期，发布已停止，请轮换凭据重新授权`, details: { since: a.updatedAt.toISOString() } });
    } else if (a.status === 'suspended' && settings.reportSuspendedAccounts) {
      findings.push({ ...base, rule: 'account_suspended', severity: 'info', message: `${label}已暂停${a.statusReason ? `：${a.statusReason}` : ''}`, details: { since: (a.statusChangedAt ?? a.updatedAt).toISOString(), reason: a.statusReason } });
    }
  }
  return findings;
};
