import { channelLabel } from '../../../channels/catalogue.js';
import { listTroubledPublications } from '../../../store/inspection.js';
import type { Finding, Rule } from '../rule.js';

/** Failed deliveries, and ones claimed or due long ago and not finished (a worker down or stuck). */
export const publications: Rule = async ({ db, now, settings }) => {
  const before = new Date(now.getTime() - settings.stuckPublicationMinutes * 60_000);
  return (await listTroubledPublications(db, before)).map((p) => {
    const where = `${channelLabel(p.channel)}${p.accountName ? `「${p.accountName}」` : ''}`;
    const base = { unitId: p.unitId, unitCode: p.unitCode, targetType: 'publication', targetId: p.id, details: { contentId: p.contentId, channel: p.channel, status: p.status, attempts: p.attempts, lastError: p.lastError } };
    if (p.status === 'FAILED') return { ...base, rule: 'publication_failed', severity: 'warn', message: `内容 ${p.contentId} 在${where}发布失败：${p.lastError ?? '原因不明'}` };
    const since = p.status === 'PUBLISHING' ? p.updatedAt : p.notBefore;
    const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
    return {
      ...base, rule: 'publication_stuck', severity: 'warn',
      message: p.status === 'PUBLISHING' ? `内容 ${p.contentId} 在${where}发布中已 ${minutes} 分钟未完成` : `内容 ${p.contentId} 在${where}已到发布时间 ${minutes} 分钟仍未发送`,
    };
  }) as Finding[];
};
