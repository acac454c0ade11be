/**
 * 网民留言: the public's messages and their replies (受理、转办、反馈).
 *
 * A message passes the gate before anything of it is shown publicly: people write their names, phones and
 * ID numbers into messages, so the public list shows the gate's rendition (masked), never the raw text,
 * and never the contact phone. A message whose text carries a confidentiality mark or a blocking word is
 * kept for staff but never listed. Replies pass the gate the same way; a reply with a mark cannot be sent.
 *
 * Supervision (督办): each accepted message gets a due day (working days by category, default 5);
 * after it a yellow card (黄牌), after a further number of working days a red card (红牌); a message left
 * unanswered three months after receipt fails the national check (单项否决).
 */
import { z } from 'zod';
import { appendAudit } from '../../audit/chain.js';
import { scanField } from '../../review/gate.js';
import { stripHiddenControls } from '../../text/index.js';
import { verdictOf } from '../../review/types.js';
import { withTransaction, type Queryable } from '../../store/db.js';
import { findMessage, findMessageByRegNo, insertMessage, listMessages, nextRegistrationNumber, updateMessage, type MessageCategory, type MessagePatch, type MessageRecord, type MessageStatus } from '../../store/disclosure.js';
import { findUnitByCode } from '../../store/organisation.js';
import { requireRole, requireSameUnit, seesAllUnits, type Actor } from '../actor.js';
import { localDate, type WorkingCalendar } from '../calendar.js';
import { loadCalendar } from '../calendarDays.js';
import type { Deps } from '../deps.js';
import { AppError, badInput, notFound } from '../errors.js';
import { parseInput } from './applications.js';
import { contactPhone } from './contact.js';
import { nthWorkingDayAfter, workingDaysBetween } from './clock.js';
import { accessHash, accessMatches, newAccessCode } from './publicForm.js';

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = { RECEIVED: '待受理', ACCEPTED: '已受理，办理中', REPLIED: '已答复', REJECTED: '不予受理' };

/**
 * The kinds of message and the working days each is normally answered in (set when it is accepted; the
 * accepting clerk may give another). Consultations and requests for help are quick; a suggestion or a
 * complaint usually needs another unit's look.
 */
export const MESSAGE_CATEGORIES: Record<MessageCategory, { label: string; replyDays: number }> = {
  consult: { label: '咨询', replyDays: 5 },
  suggestion: { label: '建议', replyDays: 10 },
  complaint: { label: '投诉', replyDays: 10 },
  help: { label: '求助', replyDays: 5 },
  other: { label: '其他', replyDays: 5 },
};
/** Working days past the due day before a yellow card turns red. */
export const RED_CARD_AFTER_DAYS = 5;
export const VETO_MONTHS = 3;

const text = (label: string, max: number) => z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);

export const messageInput = z.object({
  category: z.enum(['consult', 'suggestion', 'complaint', 'help', 'other'], { error: '请选择留言类型' }).default('consult'),
  subject: text('标题', 100),
  body: text('留言内容', 5000),
  phone: contactPhone,
});

export type MessageInput = z.input<typeof messageInput>;

/** The public rendition of a text: masked personal data; null when it must not be shown at all. */
function publicRendition(value: string): { shown: string | null; findings: unknown[] } {
  const result = scanField(value);
  return { shown: result.verdict === 'block' ? null : stripHiddenControls(result.redacted), findings: result.findings };
}

export async function submitMessage(deps: Deps, raw: unknown): Promise<{ message: MessageRecord; accessCode: string }> {
  const input = parseInput(messageInput, raw);
  const subject = publicRendition(input.subject);
  const body = publicRendition(input.body);
  const accessCode = newAccessCode();
  const now = deps.now();
  const id = await withTransaction(deps.pool, async (tx) => {
    const regNo = await nextRegistrationNumber(tx, 'LY', Number(localDate(now).slice(0, 4)));
    const messageId = await insertMessage(tx, {
      regNo, accessHash: accessHash(deps.config.appSecret, regNo, accessCode), category: input.category, subject: input.subject, body: input.body, contactPhone: input.phone,
      // A blocked text is kept for staff, and its public form says only that it is withheld.
      publicSubject: subject.shown ?? '（留言标题含不宜公开的内容）', publicBody: body.shown ?? '（留言内容含不宜公开的内容，不予展示）',
      findings: [...subject.findings.map((f) => ({ ...(f as object), field: 'subject' })), ...body.findings.map((f) => ({ ...(f as object), field: 'body' }))],
      receivedAt: now,
    });
    await appendAudit(tx, { actor: 'public', action: 'message.submit', targetType: 'message', targetId: messageId, details: { regNo } });
    return messageId;
  });
  return { message: (await findMessage(deps.pool, id))!, accessCode };
}

export async function trackMessage(deps: Deps, regNo: string, code: string): Promise<MessageRecord | null> {
  const record = await findMessageByRegNo(deps.pool, regNo.trim().toUpperCase());
  return record && accessMatches(deps.config.appSecret, record.regNo, code, record.accessHash) ? record : null;
}

export type Card = 'NONE' | 'YELLOW' | 'RED' | 'VETO';

export interface MessageView extends MessageRecord {
  card: Card;
}

function cardOf(calendar: WorkingCalendar, record: MessageRecord, now: Date): Card {
  if (record.status === 'REPLIED' || record.status === 'REJECTED') return 'NONE';
  const limit = new Date(record.receivedAt);
  limit.setUTCMonth(limit.getUTCMonth() + VETO_MONTHS);
  if (now.getTime() > limit.getTime()) return 'VETO';
  if (!record.dueOn) return 'NONE';
  const today = localDate(now);
  if (today <= record.dueOn) return 'NONE';
  return workingDaysBetween(calendar, record.dueOn, today) > RED_CARD_AFTER_DAYS ? 'RED' : 'YELLOW';
}

async function views(deps: Deps, records: MessageRecord[]): Promise<MessageView[]> {
  const calendar = await loadCalendar(deps.pool);
  const now = deps.now();
  return records.map((r) => ({ ...r, card: cardOf(calendar, r, now) }));
}

export async function listMessageViews(deps: Deps, actor: Actor | null, filter: { statuses?: MessageStatus[] | null; first?: number | null }): Promise<MessageView[]> {
  const who = requireRole(actor, 'editor', 'overseer');
  const limit = Math.min(Math.max(filter.first ?? 50, 1), 200);
  return views(deps, await listMessages(deps.pool, { unitId: seesAllUnits(who) ? null : who.unitId, statuses: filter.statuses, limit }));
}

export async function getMessage(deps: Deps, actor: Actor | null, id: string): Promise<MessageView | null> {
  const who = requireRole(actor, 'editor', 'overseer');
  const record = await findMessage(deps.pool, id);
  if (!record) return null;
  if (!seesAllUnits(who) && record.unitId !== null) requireSameUnit(who, record.unitId);
  return (await views(deps, [record]))[0];
}

/** Every open message that has earned a card: what supervision and the inspection read. */
export async function openMessageCards(db: Queryable, calendar: WorkingCalendar, now: Date): Promise<MessageView[]> {
  const open = await listMessages(db, { statuses: ['RECEIVED', 'ACCEPTED'], limit: 10_000 });
  return open.map((r) => ({ ...r, card: cardOf(calendar, r, now) })).filter((m) => m.card !== 'NONE');
}

async function messageStep(deps: Deps, actor: Actor | null, id: string, action: string, allowed: MessageStatus[], make: (record: MessageRecord, today: string) => Promise<MessagePatch> | MessagePatch, details: Record<string, unknown> = {}): Promise<MessageView> {
  const who = requireRole(actor, 'editor');
  const updated = await withTransaction(deps.pool, async (tx) => {
    const record = await findMessage(tx, id, true);
    if (!record) throw notFound('留言');
    if (record.unitId !== null) requireSameUnit(who, record.unitId);
    if (!allowed.includes(record.status)) throw new AppError('INVALID_TRANSITION', `留言当前状态为「${MESSAGE_STATUS_LABELS[record.status]}」，不能执行该操作`, { from: record.status, action });
    const patch = await make(record, localDate(deps.now()));
    await updateMessage(tx, id, patch);
    await appendAudit(tx, { actor: who.username, action: `message.${action}`, targetType: 'message', targetId: id, unitCode: record.unitCode ?? undefined, details: { regNo: record.regNo, ...details } });
    return (await findMessage(tx, id))!;
  });
  // Returned to whoever acted, even when the step handed the message to another unit.
  return (await views(deps, [updated]))[0];
}

/** 受理: the message is taken on by a unit (the actor's own, or the one named) with a due day (by default its kind's). */
export async function acceptMessage(deps: Deps, actor: Actor | null, id: string, options: { unitCode?: string | null; replyDays?: number | null } = {}): Promise<MessageView> {
  const who = requireRole(actor, 'editor');
  const message = await findMessage(deps.pool, id);
  if (!message) throw notFound('留言');
  const days = options.replyDays ?? MESSAGE_CATEGORIES[message.category].replyDays;
  if (!Number.isInteger(days) || days < 1 || days > 60) throw badInput('办理时限须为 1 至 60 个工作日', { field: 'replyDays' });
  const unit = await findUnitByCode(deps.pool, options.unitCode ?? who.unitCode ?? '');
  if (!unit) throw badInput('请指定承办单位', { field: 'unitCode' });
  const calendar = await loadCalendar(deps.pool);
  return messageStep(deps, actor, id, 'accept', ['RECEIVED'], (_r, today) => ({ status: 'ACCEPTED', unitId: unit.id, acceptedOn: today, dueOn: nthWorkingDayAfter(calendar, today, days) }), { unit: unit.code, days });
}

/** 转办: hand an accepted message to another unit; the due day stays. */
export async function transferMessage(deps: Deps, actor: Actor | null, id: string, unitCode: string): Promise<MessageView> {
  const unit = await findUnitByCode(deps.pool, unitCode);
  if (!unit) throw badInput(`单位 ${unitCode} 不存在`, { field: 'unitCode' });
  return messageStep(deps, actor, id, 'transfer', ['ACCEPTED'], () => ({ unitId: unit.id }), { to: unit.code });
}

export async function rejectMessage(deps: Deps, actor: Actor | null, id: string, reason: string): Promise<MessageView> {
  if (!reason.trim()) throw badInput('不予受理须说明理由', { field: 'reason' });
  return messageStep(deps, actor, id, 'reject', ['RECEIVED'], () => ({ status: 'REJECTED', rejectReason: reason.trim() }));
}

/** 答复: the reply passes the gate; the public list shows its masked rendition with the replying unit. */
export async function replyToMessage(deps: Deps, actor: Actor | null, id: string, replyText: string): Promise<MessageView> {
  const value = replyText.trim();
  if (!value) throw badInput('答复内容不能为空', { field: 'text' });
  if (value.length > 10_000) throw badInput('答复内容不能超过 10000 字', { field: 'text' });
  const gate = scanField(value);
  if (verdictOf(gate.findings) === 'block') {
    throw new AppError('GATE_BLOCKED', `答复含有不得公开的内容（${[...new Set(gate.findings.filter((f) => f.severity === 'block').map((f) => f.text))].join('、')}）`, { findings: gate.findings });
  }
  return messageStep(deps, actor, id, 'reply', ['ACCEPTED'], (record, today) => ({
    status: 'REPLIED', replyText: value, publicReply: stripHiddenControls(gate.redacted), replyFindings: gate.findings, replyUnitId: record.unitId, repliedOn: today,
  }));
}

/** The public list: answered messages, newest answer first, only their public renditions. */
export async function publicMessages(deps: Deps, page: number, pageSize: number): Promise<MessageRecord[]> {
  return listMessages(deps.pool, { statuses: ['REPLIED'], limit: pageSize, offset: (page - 1) * pageSize });
}
