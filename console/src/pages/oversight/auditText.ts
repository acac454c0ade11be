import { CHANNEL, label, ROLE } from '../../labels';
import { dayjs, fmt, ZONE } from '../../time';
import type { Dayjs } from 'dayjs';
import type { AuditEvent, AuditFilter } from '../../queries/oversight';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/**
 * The few details a person needs to tell one event from another, in Chinese. Details are the writer's own
 * record (free-form JSON with English keys), so only the known, readable ones are shown; the export has all.
 */
export function describeDetails(event: AuditEvent): string {
  const d = event.details ?? {};
  const parts: string[] = [];
  const add = (name: string, value: string | null) => { if (value) parts.push(`${name}：${value}`); };
  add('标题', text(d.title));
  add('名称', text(d.name));
  add('用户', text(d.username));
  if (typeof d.role === 'string') add('角色', label(ROLE, d.role));
  if (typeof d.channel === 'string') add('渠道', label(CHANNEL, d.channel));
  add('登记号', text(d.regNo));
  add('文件', text(d.fileName));
  add('意见', text(d.comment));
  add('原因', text(d.reason));
  add('备注', text(d.note));
  if (typeof d.scheduledAt === 'string') add('定时', fmt(d.scheduledAt));
  if (typeof d.at === 'string') add('发布时间', fmt(d.at));
  if (typeof d.published === 'number' && typeof d.total === 'number') add('成功渠道', `${d.published}/${d.total}`);
  if (typeof d.format === 'string') add('格式', d.format.toUpperCase());
  if (event.action === 'audit.checkpoint' && typeof d.length === 'number') add('事件数', String(d.length));
  if (typeof d.year === 'number') add('年度', String(d.year));
  if (typeof d.address === 'string') add('来源地址', d.address);
  return parts.join('；') || '—';
}

/** A picked wall-clock time is Beijing time, whatever zone the browser is set to. */
const asBeijing = (v: Dayjs): Dayjs => dayjs.tz(v.format('YYYY-MM-DDTHH:mm'), ZONE);

/** The picked range as the API's instants: the start minute included, the end minute included too (`to` is exclusive). */
export function rangeToInstants(range: [Dayjs | null, Dayjs | null] | null | undefined): { from: string | null; to: string | null } {
  const [start, end] = range ?? [null, null];
  return {
    from: start ? asBeijing(start).toISOString() : null,
    to: end ? asBeijing(end).add(1, 'minute').toISOString() : null,
  };
}

/** The export endpoints take the same filter as text parameters (server/auditExport.ts). */
export function exportQuery(filter: AuditFilter): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null | undefined) => { if (value) params.set(name, value); };
  set('actor', filter.actor);
  set('action', filter.action);
  set('unit', filter.unitCode);
  set('target', filter.targetId);
  set('targetType', filter.targetType);
  set('from', filter.from);
  set('to', filter.to);
  return params.toString();
}

export const fileStamp = (): string => dayjs().tz(ZONE).format('YYYYMMDD-HHmm');
