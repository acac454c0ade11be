/**
 * 依申请公开: an application's life from receipt to the reply letter, with the clock of the 政府信息公开条例.
 *
 * Who does what: the public applies through the portal form (or staff register a letter or a visit); the
 * responsible unit's editors (信息公开工作人员) handle it — ask for a correction, consult third parties, extend,
 * hand it to another unit (转办), draft and send the reply; admins act for any unit; overseers read all.
 * Every step is audited. The reply letter passes the gate: marks and sensitive words block it like any
 * publication, while personal data is shown to the writer but left in, because the letter goes to the
 * applicant, not the public.
 */
import { z } from 'zod';
import { appendAudit } from '../../audit/chain.js';
import { scanText } from '../../review/gate.js';
import { verdictOf, type Finding } from '../../review/types.js';
import { withTransaction, type Queryable } from '../../store/db.js';
import {
  findApplication, findApplicationByRegNo, insertApplication, listApplications, nextRegistrationNumber, updateApplication,
  type ApplicationPatch, type ApplicationRecord, type ApplicationStatus, type ReplyType,
} from '../../store/disclosure.js';
import { findUnitByCode, DEFAULT_UNIT } from '../../store/organisation.js';
import { requireRole, requireSameUnit, seesAllUnits, type Actor } from '../actor.js';
import { isIsoDate, localDate, type WorkingCalendar } from '../calendar.js';
import { loadCalendar } from '../calendarDays.js';
import { contactPhone, identityNumberProblem } from './contact.js';
import { createContent } from '../content.js';
import type { Deps } from '../deps.js';
import { AppError, badInput, forbidden, notFound } from '../errors.js';
import { MAX_EXTENSION_DAYS, replyDueOn, workingDaysBetween, workingDaysLeft } from './clock.js';
import { accessHash, accessMatches, newAccessCode } from './publicForm.js';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  RECEIVED: '已登记，待办理', IN_PROGRESS: '办理中', CORRECTION_REQUESTED: '待申请人补正', CONSULTING: '征求意见中（期限暂停）',
  REPLIED: '已答复', ABANDONED: '视为放弃申请', WITHDRAWN: '申请人已撤回',
};

export const REPLY_TYPE_LABELS: Record<ReplyType, string> = {
  PUBLIC: '予以公开', PARTIAL: '部分公开', NOT_PUBLIC: '不予公开', UNAVAILABLE: '无法提供', NOT_PROCESSED: '不予处理', OTHER: '其他处理',
};

/**
 * The grounds the reply types take, as the annual-report table of 国办公开办函〔2021〕30号 counts them, so the
 * report is read from these codes rather than from free text.
 */
export const REPLY_GROUNDS: Record<ReplyType, Record<string, string>> = {
  PUBLIC: {},
  PARTIAL: {},
  NOT_PUBLIC: {
    state_secret: '属于国家秘密', law_forbids: '其他法律行政法规禁止公开', security_stability: '危及“三安全一稳定”',
    third_party: '保护第三方合法权益', internal_affairs: '属于三类内部事务信息', process_info: '属于四类过程性信息',
    enforcement_file: '属于行政执法案卷', inquiry_matter: '属于行政查询事项',
  },
  UNAVAILABLE: { not_held: '本机关不掌握相关政府信息', needs_creation: '没有现成信息需要另行制作', unclear_after_correction: '补正后申请内容仍不明确' },
  NOT_PROCESSED: {
    petition: '信访举报投诉类申请', repeated: '重复申请', publication: '要求提供公开出版物', mass_repeated: '无正当理由大量反复申请',
    confirm_or_reissue: '要求行政机关确认或重新出具已获取信息',
  },
  OTHER: {
    correction_overdue: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    fee_unpaid: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', other: '其他',
  },
};

const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证', '统一社会信用代码', '其他'] as const;
const nonEmpty = (label: string, max: number) => z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);

/** What the public form and staff registration both collect. Validated here, the edge of the workflow. */
export const applicationInput = z.object({
  applicantType: z.enum(['natural_person', 'business', 'research', 'social_org', 'legal_service', 'other']).default('natural_person'),
  name: nonEmpty('姓名或名称', 100),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
  idNumber: nonEmpty('证件号码', 40),
  phone: contactPhone,
  email: z.string().trim().max(200).default('').refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '电子邮箱格式不正确'),
  address: z.string().trim().max(300).default(''),
  description: nonEmpty('所需信息内容描述', 5000),
  purpose: z.string().trim().max(2000).default(''),
  deliveryForm: z.enum(['email', 'post', 'pickup', 'online']).default('online'),
  unitCode: z.string().trim().max(64).optional(),
}).refine((v) => v.phone !== '' || v.email !== '' || v.address !== '', { message: '联系电话、电子邮箱、通信地址至少填写一项', path: ['phone'] })
  .superRefine((v, ctx) => {
    const problem = identityNumberProblem(v.idType, v.idNumber);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['idNumber'] });
  })
  .refine((v) => v.deliveryForm !== 'email' || v.email !== '', { message: '选择电子邮件送达须填写电子邮箱', path: ['email'] })
  .refine((v) => v.deliveryForm !== 'post' || v.address !== '', { message: '选择邮寄送达须填写通信地址', path: ['address'] });

export type ApplicationInput = z.input<typeof applicationInput>;

export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.message, { field: issue.path.join('.') || undefined });
  }
  return parsed.data;
}

export interface ApplicationView extends ApplicationRecord {
  dueOn: string | null;
  daysLeft: number | null;
}

async function view(deps: Deps, record: ApplicationRecord, known?: WorkingCalendar): Promise<ApplicationView> {
  const open = record.status === 'RECEIVED' || record.status === 'IN_PROGRESS' || record.status === 'CONSULTING';
  if (!open) return { ...record, dueOn: null, daysLeft: null };
  const calendar = known ?? (await loadCalendar(deps.pool));
  const dueOn = replyDueOn(calendar, record);
  return { ...record, dueOn, daysLeft: dueOn ? workingDaysLeft(calendar, dueOn, deps.now()) : null };
}

/** Registers an application. `actor` null: the public form (the caller has passed the abuse checks). */
export async function registerApplication(
  deps: Deps, actor: Actor | null, raw: unknown, options: { source?: 'online' | 'post' | 'in_person' | 'fax' | 'email'; receivedOn?: string | null } = {},
): Promise<{ application: ApplicationView; accessCode: string }> {
  const staff = actor ? requireRole(actor, 'editor') : null;
  const input = parseInput(applicationInput, raw);
  const source = staff ? (options.source ?? 'in_person') : 'online';
  if (!staff && options.source && options.source !== 'online') throw forbidden('只有工作人员可以登记线下申请');
  const today = localDate(deps.now());
  // 第三十一条: in person, the day it is handed in; by post, the day it is signed for — staff enter that day.
  const receivedOn = staff && options.receivedOn ? options.receivedOn : today;
  if (!isIsoDate(receivedOn) || receivedOn > today) throw badInput('收到申请的日期须为今天或之前的 YYYY-MM-DD 日期', { field: 'receivedOn' });
  const accessCode = newAccessCode();
  const id = await withTransaction(deps.pool, async (tx) => {
    const unitCode = input.unitCode || (staff?.unitCode ?? DEFAULT_UNIT.code);
    const unit = await findUnitByCode(tx, unitCode);
    if (!unit) throw badInput(`受理机关 ${unitCode} 不存在`, { field: 'unitCode' });
    if (staff) requireSameUnit(staff, unit.id);
    const regNo = await nextRegistrationNumber(tx, 'YSQ', Number(receivedOn.slice(0, 4)));
    const applicationId = await insertApplication(tx, {
      regNo, accessHash: accessHash(deps.config.appSecret, regNo, accessCode), unitId: unit.id, source, applicantType: input.applicantType,
      applicantName: input.name, idType: input.idType, idNumber: input.idNumber, phone: input.phone, email: input.email, address: input.address,
      description: input.description, purpose: input.purpose, deliveryForm: input.deliveryForm, receivedOn, createdBy: staff?.id ?? null,
    });
    // The audit trail names the application, never the applicant's personal data.
    await appendAudit(tx, { actor: staff?.username ?? 'public', action: 'application.register', targetType: 'application', targetId: applicationId, unitCode: unit.code, details: { regNo, source, receivedOn } });
    return applicationId;
  });
  return { application: await view(deps, (await findApplication(deps.pool, id))!), accessCode };
}

/** The applicant's view through the tracking page: only with the matching 查询码. */
export async function trackApplication(deps: Deps, regNo: string, code: string): Promise<ApplicationView | null> {
  const record = await findApplicationByRegNo(deps.pool, regNo.trim().toUpperCase());
  if (!record || !accessMatches(deps.config.appSecret, record.regNo, code, record.accessHash)) return null;
  return view(deps, record);
}

function canRead(actor: Actor, record: ApplicationRecord): void {
  if (seesAllUnits(actor)) return;
  requireSameUnit(actor, record.unitId);
}

export async function getApplication(deps: Deps, actor: Actor | null, id: string): Promise<ApplicationView | null> {
  const who = requireRole(actor, 'editor', 'overseer');
  const record = await findApplication(deps.pool, id);
  if (!record) return null;
  canRead(who, record);
  return view(deps, record);
}

export async function listApplicationViews(deps: Deps, actor: Actor | null, filter: { statuses?: ApplicationStatus[] | null; first?: number | null }): Promise<ApplicationView[]> {
  const who = requireRole(actor, 'editor', 'overseer');
  const limit = Math.min(Math.max(filter.first ?? 50, 1), 200);
  const records = await listApplications(deps.pool, { unitId: seesAllUnits(who) ? null : who.unitId, statuses: filter.statuses, limit });
  const calendar = await loadCalendar(deps.pool);
  return Promise.all(records.map((r) => view(deps, r, calendar)));
}

type Step = (record: ApplicationRecord, today: string) => Promise<ApplicationPatch> | ApplicationPatch;

/** Lock, authorise, check the state, patch, audit: the one skeleton of every handling step. */
async function step(deps: Deps, actor: Actor | null, id: string, action: string, allowed: ApplicationStatus[], make: Step, details: Record<string, unknown> = {}): Promise<ApplicationView> {
  const who = requireRole(actor, 'editor');
  const updated = await withTransaction(deps.pool, async (tx) => {
    const record = await findApplication(tx, id, true);
    if (!record) throw notFound('申请');
    requireSameUnit(who, record.unitId);
    if (!allowed.includes(record.status)) {
      throw new AppError('INVALID_TRANSITION', `申请当前状态为「${APPLICATION_STATUS_LABELS[record.status]}」，不能${ACTION_LABELS[action] ?? action}`, { from: record.status, action });
    }
    const patch = await make(record, localDate(deps.now()));
    await updateApplication(tx, id, patch);
    await appendAudit(tx, { actor: who.username, action: `application.${action}`, targetType: 'application', targetId: id, unitCode: record.unitCode, details: { regNo: record.regNo, ...details } });
    return (await findApplication(tx, id))!;
  });
  // Returned to whoever acted, even when the step handed the application to another unit (转办).
  return view(deps, updated);
}

const ACTION_LABELS: Record<string, string> = {
  accept: '开始办理', request_correction: '要求补正', receive_correction: '登记补正材料', consult: '征求第三方意见', end_consultation: '结束征求意见',
  extend: '延长答复期限', transfer: '转办', reply: '答复', mark_delivered: '登记送达', convert: '转为主动公开',
};

const OPEN: ApplicationStatus[] = ['RECEIVED', 'IN_PROGRESS'];

export const acceptApplication = (deps: Deps, actor: Actor | null, id: string) =>
  step(deps, actor, id, 'accept', ['RECEIVED'], () => ({ status: 'IN_PROGRESS' }));

/** 第三十条: asked once, within 7 working days of receipt; the clock restarts when the correction arrives. */
export const requestCorrection = (deps: Deps, actor: Actor | null, id: string, note: string) => {
  const text = note.trim();
  if (!text) throw badInput('请写明需要补正的事项和合理的补正期限', { field: 'note' });
  return step(deps, actor, id, 'request_correction', OPEN, (record) => {
    if (record.correctionNote) throw badInput('补正只能要求一次（条例第三十条）', { field: 'note' });
    return { status: 'CORRECTION_REQUESTED', correctionNote: text };
  });
};

export const receiveCorrection = (deps: Deps, actor: Actor | null, id: string, receivedOn?: string | null) =>
  step(deps, actor, id, 'receive_correction', ['CORRECTION_REQUESTED'], (_record, today) => {
    const day = receivedOn ?? today;
    if (!isIsoDate(day) || day > today) throw badInput('收到补正的日期须为今天或之前的 YYYY-MM-DD 日期', { field: 'receivedOn' });
    return { status: 'IN_PROGRESS', clockStart: day, pausedDays: 0, pausedSince: null };
  });

export const startConsultation = (deps: Deps, actor: Actor | null, id: string, note: string) => {
  if (!note.trim()) throw badInput('请写明征求意见的对象和事项', { field: 'note' });
  return step(deps, actor, id, 'consult', OPEN, (_record, today) => ({ status: 'CONSULTING', pausedSince: today }), { note: note.trim() });
};

export const endConsultation = (deps: Deps, actor: Actor | null, id: string) =>
  step(deps, actor, id, 'end_consultation', ['CONSULTING'], async (record, today) => {
    const calendar = await loadCalendar(deps.pool);
    return { status: 'IN_PROGRESS', pausedSince: null, pausedDays: record.pausedDays + workingDaysBetween(calendar, record.pausedSince ?? today, today) };
  });

/** 第三十三条: once, by up to 20 working days, with the head's approval (recorded as the reason). */
export const extendApplication = (deps: Deps, actor: Actor | null, id: string, days: number, reason: string) => {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) throw badInput(`延长期限须为 1 至 ${MAX_EXTENSION_DAYS} 个工作日`, { field: 'days' });
  if (!reason.trim()) throw badInput('延长答复期限须写明理由和批准的负责人', { field: 'reason' });
  return step(deps, actor, id, 'extend', OPEN, (record) => {
    if (record.extensionDays > 0) throw badInput('答复期限只能延长一次（条例第三十三条）', { field: 'days' });
    return { extensionDays: days, extensionReason: reason.trim() };
  }, { days, reason: reason.trim() });
};

/** 转办: to the unit that holds the information; that unit's editors take it over. */
export async function transferApplication(deps: Deps, actor: Actor | null, id: string, unitCode: string): Promise<ApplicationView> {
  const unit = await findUnitByCode(deps.pool, unitCode);
  if (!unit) throw badInput(`单位 ${unitCode} 不存在`, { field: 'unitCode' });
  const moved = await step(deps, actor, id, 'transfer', [...OPEN, 'CONSULTING'], (record) => {
    if (record.unitId === unit.id) throw badInput('已由该单位办理', { field: 'unitCode' });
    return { unitId: unit.id };
  }, { to: unit.code });
  return moved;
}

export interface ReplyDraft {
  replyType: ReplyType;
  ground?: string | null;
  text: string;
}

/** The gate on a reply letter: what blocks a publication blocks it; personal data is shown, not masked. */
export function checkReplyLetter(text: string): { verdict: 'pass' | 'warn' | 'block'; findings: Finding[] } {
  const findings = scanText(text).findings.map((f) => (f.kind === 'pii' ? { ...f, severity: 'info' as const, replacement: null } : f));
  return { verdict: verdictOf(findings), findings };
}

/** Records the reply; the letter must pass the gate's confidentiality check. */
export async function replyToApplication(deps: Deps, actor: Actor | null, id: string, draft: ReplyDraft): Promise<ApplicationView> {
  if (!(draft.replyType in REPLY_TYPE_LABELS)) throw badInput('答复类型不正确', { field: 'replyType' });
  const grounds = REPLY_GROUNDS[draft.replyType];
  const ground = draft.ground?.trim() || null;
  if (Object.keys(grounds).length > 0 && (!ground || !(ground in grounds))) throw badInput(`「${REPLY_TYPE_LABELS[draft.replyType]}」须选择理由：${Object.values(grounds).join('、')}`, { field: 'ground' });
  if (Object.keys(grounds).length === 0 && ground) throw badInput(`「${REPLY_TYPE_LABELS[draft.replyType]}」不需要理由`, { field: 'ground' });
  const text = draft.text.trim();
  if (!text) throw badInput('答复书正文不能为空', { field: 'text' });
  const gate = checkReplyLetter(text);
  if (gate.verdict === 'block') {
    throw new AppError('GATE_BLOCKED', `答复书含有不得外发的内容（${[...new Set(gate.findings.filter((f) => f.severity === 'block').map((f) => f.text))].join('、')}），请修改后再发`, { findings: gate.findings });
  }
  return step(deps, actor, id, 'reply', [...OPEN], () => ({
    status: 'REPLIED', replyType: draft.replyType, replyGround: ground, replyText: text, replyFindings: gate.findings, repliedAt: deps.now(),
  }), { replyType: draft.replyType, ground });
}

/** Delivery: by mail at once when the applicant chose e-mail; otherwise staff record how it went out. */
export async function deliverReply(deps: Deps, actor: Actor | null, id: string, by: 'email' | 'post' | 'pickup' | 'online'): Promise<ApplicationView> {
  const record = await getApplication(deps, actor, id);
  if (!record) throw notFound('申请');
  if (by === 'email') {
    if (!record.email) throw badInput('申请人未留电子邮箱，不能以电子邮件送达', { field: 'by' });
    if (record.status !== 'REPLIED') throw new AppError('INVALID_TRANSITION', '尚未答复，不能送达', { from: record.status });
    await deps.mailer.send({
      to: [record.email],
      subject: `【政府信息公开申请答复】${record.regNo}`,
      text: `${record.applicantName}：\n\n${record.replyText ?? ''}\n\n${record.unitName}\n登记号：${record.regNo}`,
    });
  }
  return step(deps, actor, id, 'mark_delivered', ['REPLIED'], () => ({ deliveredBy: by, deliveredAt: deps.now() }), { by });
}

/** 依申请公开转主动公开: the released information becomes a draft for the public channels, through normal review. */
export async function convertToProactive(deps: Deps, actor: Actor | null, id: string, input: { title: string; body: string; categoryCode: string }): Promise<{ application: ApplicationView; contentId: string }> {
  const record = await getApplication(deps, actor, id);
  if (!record) throw notFound('申请');
  if (record.status !== 'REPLIED' || (record.replyType !== 'PUBLIC' && record.replyType !== 'PARTIAL')) {
    throw new AppError('INVALID_TRANSITION', '只有已答复予以公开或部分公开的申请可以转为主动公开', { from: record.status });
  }
  if (record.convertedContentId) throw new AppError('CONFLICT', '该申请已转为主动公开');
  const content = await createContent(deps, actor, { title: input.title, body: input.body, categoryCode: input.categoryCode });
  const application = await step(deps, actor, id, 'convert', ['REPLIED'], () => ({ convertedContentId: content.id }), { contentId: content.id });
  return { application, contentId: content.id };
}

/** Open applications due within `withinDays` working days (negative daysLeft = overdue), for the inspection. */
export async function applicationsNearDeadline(db: Queryable, calendar: WorkingCalendar, now: Date, withinDays: number): Promise<ApplicationView[]> {
  const records = await listApplications(db, { statuses: ['RECEIVED', 'IN_PROGRESS'], limit: 10_000 });
  return records.flatMap((record) => {
    const dueOn = replyDueOn(calendar, record);
    if (!dueOn) return [];
    const daysLeft = workingDaysLeft(calendar, dueOn, now);
    return daysLeft <= withinDays ? [{ ...record, dueOn, daysLeft }] : [];
  });
}
