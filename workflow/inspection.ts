import { disclosureFindings, type DisclosureFinding } from './disclosure/inspectionRules.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import { appendAudit } from '../audit/chain.js';
import type { Json } from '../audit/canonical.js';
import { formatShanghaiDate, formatShanghaiDateTime } from '../channels/rendition/dates.js';
import { channelLabel } from '../channels/catalogue.js';
import { listAccounts } from '../store/accounts.js';
import type { CategoryKind } from '../store/categories.js';
import { isUuid } from '../store/contents.js';
import { withTransaction, type Queryable } from '../store/db.js';
import {
  findReport, insertReport, listCategoryActivity, listFindings, listInReview, listPortalPages, listReports, listSilentAccounts,
  listTroubledPublications, listUnpublishedServiceChanges, publishedOnPortal, readInspectionOverrides, writeInspectionOverrides,
  type CategoryActivity, type FindingRecord, type FindingSeverity, type ReportRecord,
} from '../store/inspection.js';
import { findUsersWithRole } from '../store/organisation.js';
import { requireRole, seesAllUnits, type Actor } from './actor.js';
import { addWorkingDays, parseClock, workingHoursBetween, type WorkingCalendar } from './calendar.js';
import { loadCalendar } from './calendarDays.js';
import { KINDS } from './categories.js';
import type { Deps } from './deps.js';
import { badInput, forbidden } from './errors.js';
import { notify } from './notify.js';

/**
 * 每天一次网上督查: the checks of the national indicators for government websites and new media
 * (国办秘函〔2019〕19号) that the hub can answer from its own data, run daily by a job and on demand.
 * Every time bound is taken from `deps.now()`, so a test can put the clock anywhere.
 */

export interface InspectionSettings {
  /** 政务新媒体: an active account silent this long is a 单项否决 item. */
  staleAccountDays: number;
  /** 通知公告/政策文件 columns with nothing new for this long are a 单项否决 item. */
  staleCategoryMonths: number;
  staleCategoryKinds: CategoryKind[];
  /** More empty columns (空白栏目) than this is a 单项否决 item; each one is a warning anyway. */
  emptyCategoryLimit: number;
  /** A publication claimed, or due, this long ago and not finished means a worker is down or stuck. */
  stuckPublicationMinutes: number;
  reviewWorkingHours: number;
  /** 办事条件变更 must be out within this many working days of approval. */
  serviceChangeWorkingDays: number;
  reportSuspendedAccounts: boolean;
  /** Office hours that working-hour deadlines count (HH:MM, Asia/Shanghai). */
  workdayStart: string;
  workdayEnd: string;
}

export const DEFAULT_INSPECTION_SETTINGS: Readonly<InspectionSettings> = Object.freeze<InspectionSettings>({
  staleAccountDays: 14,
  staleCategoryMonths: 6,
  staleCategoryKinds: ['notice', 'policy'],
  emptyCategoryLimit: 5,
  stuckPublicationMinutes: 30,
  reviewWorkingHours: 16,
  serviceChangeWorkingDays: 1,
  reportSuspendedAccounts: true,
  workdayStart: '09:00',
  workdayEnd: '17:00',
});

const INT_RANGES: Partial<Record<keyof InspectionSettings, [number, number]>> = {
  staleAccountDays: [1, 365],
  staleCategoryMonths: [1, 60],
  emptyCategoryLimit: [0, 1000],
  stuckPublicationMinutes: [1, 7 * 24 * 60],
  reviewWorkingHours: [1, 2000],
  serviceChangeWorkingDays: [1, 60],
};

/** Checks one settings field; throws BAD_USER_INPUT naming it. */
function validField(key: keyof InspectionSettings, value: unknown): Json {
  const range = INT_RANGES[key];
  if (range) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1]) throw badInput(`${key} 须为 ${range[0]} 到 ${range[1]} 之间的整数`, { field: key });
    return value;
  }
  switch (key) {
    case 'staleCategoryKinds':
      if (!Array.isArray(value) || value.some((k) => !KINDS.includes(k as CategoryKind))) throw badInput(`${key} 须为栏目类型（${KINDS.join('|')}）的列表`, { field: key });
      return [...new Set(value as string[])];
    case 'reportSuspendedAccounts':
      if (typeof value !== 'boolean') throw badInput(`${key} 须为布尔值`, { field: key });
      return value;
    case 'workdayStart':
    case 'workdayEnd':
      parseClock(value as string, key);
      return value as string;
    default:
      throw badInput(`未知的督查设置 ${String(key)}`, { field: String(key) });
  }
}

function checkOfficeHours(settings: InspectionSettings): void {
  if (parseClock(settings.workdayEnd, 'workdayEnd') <= parseClock(settings.workdayStart, 'workdayStart')) throw badInput('下班时间须晚于上班时间', { field: 'workdayEnd' });
}

/** Defaults, overlaid with what admins changed. A stored value that no longer validates falls back to the default. */
export function settingsFrom(overrides: Record<string, unknown>): InspectionSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_INSPECTION_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_INSPECTION_SETTINGS)) continue;
    try {
      settings[key] = validField(key as keyof InspectionSettings, value);
    } catch {
      // keep the default
    }
  }
  return settings as unknown as InspectionSettings;
}

export async function getInspectionSettings(deps: Deps, actor: Actor | null): Promise<InspectionSettings> {
  requireRole(actor, 'overseer', 'channel_admin');
  return settingsFrom(await readInspectionOverrides(deps.pool));
}

/** Admins tune the thresholds; a field given as null goes back to its default. */
export async function updateInspectionSettings(deps: Deps, actor: Actor | null, input: Partial<Record<keyof InspectionSettings, unknown>>): Promise<InspectionSettings> {
  const who = requireRole(actor, 'admin');
  return withTransaction(deps.pool, async (tx) => {
    const overrides = { ...(await readInspectionOverrides(tx)) } as Record<string, Json>;
    const changes: Record<string, Json> = {};
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (!(key in DEFAULT_INSPECTION_SETTINGS)) throw badInput(`未知的督查设置 ${key}`, { field: key });
      if (value === null) delete overrides[key];
      else overrides[key] = validField(key as keyof InspectionSettings, value);
      changes[key] = value === null ? null : overrides[key];
    }
    const settings = settingsFrom(overrides);
    checkOfficeHours(settings);
    await writeInspectionOverrides(tx, overrides, who.username);
    await appendAudit(tx, { actor: who.username, action: 'inspection.settings.update', targetType: 'inspection_settings', targetId: 'inspection', details: { changes } });
    return settings;
  });
}

/* ---- The rules ---- */

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
  application_overdue: '依申请公开逾期未答复',
  application_due_soon: '依申请公开临近答复期限',
  message_overdue: '网民留言逾期未答复（督办）',
  message_unanswered: '网民留言超过三个月未答复',
};

export interface Finding extends FindingRecord {
  rule: InspectionRule;
}

interface RuleContext {
  db: Queryable;
  now: Date;
  settings: InspectionSettings;
  calendar: WorkingCalendar;
  publicBaseUrl: string;
}

type Rule = (ctx: RuleContext) => Promise<Finding[]>;

const DAY_MS = 86_400_000;
const hours = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * An account counts as silent from its last delivered publication, or from its creation when it has none:
 * an account opened last week cannot have been silent for two.
 */
const staleAccounts: Rule = async ({ db, now, settings }) => {
  const since = new Date(now.getTime() - settings.staleAccountDays * DAY_MS);
  return (await listSilentAccounts(db, since, now)).map((a) => {
    const from = a.lastPublishedAt ?? a.createdAt;
    const days = Math.floor((now.getTime() - from.getTime()) / DAY_MS);
    return {
      rule: 'account_stale', severity: 'veto', unitId: a.unitId, unitCode: a.unitCode, targetType: 'channel_account', targetId: a.id,
      message: `${channelLabel(a.channel)}账号「${a.name}」已 ${days} 天未发布（${a.lastPublishedAt ? `最近发布于 ${formatShanghaiDate(a.lastPublishedAt)}` : '开设以来从未发布'}），超过 ${settings.staleAccountDays} 天`,
      details: { channel: a.channel, days, lastPublishedAt: a.lastPublishedAt?.toISOString() ?? null },
    };
  });
};

const accountStatus: Rule = async ({ db, settings }) => {
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

/**
 * Columns are judged with their sub-columns: a parent such as 法定主动公开内容 holds its items in its
 * children and is neither empty nor stale while they are not.
 */
const categories: Rule = async ({ db, now, settings }) => {
  const rows = await listCategoryActivity(db, now);
  const children = new Map<string, CategoryActivity[]>();
  for (const row of rows) if (row.parentCode) children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row]);
  const subtree = (row: CategoryActivity, seen = new Set<string>()): { published: number; last: Date | null } => {
    seen.add(row.code);
    let published = row.published;
    let last = row.lastPublishedAt;
    for (const child of children.get(row.code) ?? []) {
      if (seen.has(child.code) || !child.active) continue;
      const sub = subtree(child, seen);
      published += sub.published;
      if (sub.last && (!last || sub.last > last)) last = sub.last;
    }
    return { published, last };
  };
  const staleBefore = new Date(now);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - settings.staleCategoryMonths);
  const findings: Finding[] = [];
  const empty: string[] = [];
  for (const row of rows.filter((r) => r.active)) {
    const base = { unitId: null, unitCode: null, targetType: 'category', targetId: row.code };
    const { published, last } = subtree(row);
    if (published === 0) {
      empty.push(row.code);
      findings.push({ ...base, rule: 'category_empty', severity: 'warn', message: `栏目「${row.name}」（${row.code}）没有已发布的信息（空白栏目）`, details: { kind: row.kind } });
    } else if (settings.staleCategoryKinds.includes(row.kind) && last && last < staleBefore) {
      findings.push({
        ...base, rule: 'category_stale', severity: 'veto',
        message: `栏目「${row.name}」（${row.code}）超过 ${settings.staleCategoryMonths} 个月未更新，最近发布于 ${formatShanghaiDate(last)}`,
        details: { kind: row.kind, lastPublishedAt: last.toISOString() },
      });
    }
  }
  if (empty.length > settings.emptyCategoryLimit) {
    findings.push({
      rule: 'category_empty_count', severity: 'veto', unitId: null, unitCode: null, targetType: 'portal', targetId: 'categories',
      message: `门户共有 ${empty.length} 个空白栏目，超过 ${settings.emptyCategoryLimit} 个`, details: { count: empty.length, codes: empty },
    });
  }
  return findings;
};

const publications: Rule = async ({ db, now, settings }) => {
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

/** Waiting time counts office hours only: a Friday-evening submission is not overdue on Monday morning. */
const reviews: Rule = async ({ db, now, settings, calendar }) => {
  const findings: Finding[] = [];
  for (const c of await listInReview(db)) {
    const waited = workingHoursBetween(calendar, c.since, now);
    if (waited <= settings.reviewWorkingHours) continue;
    findings.push({
      rule: 'review_overdue', severity: 'warn', unitId: c.unitId, unitCode: c.unitCode, targetType: 'content', targetId: c.id,
      message: `「${c.title}」提交于 ${formatShanghaiDateTime(c.since)}，已待审 ${hours(waited)} 个工作小时，超过 ${settings.reviewWorkingHours} 个`,
      details: { submittedAt: c.since.toISOString(), workingHours: Math.round(waited * 100) / 100 },
    });
  }
  return findings;
};

const serviceChanges: Rule = async ({ db, now, settings, calendar }) => {
  const findings: Finding[] = [];
  for (const c of await listUnpublishedServiceChanges(db)) {
    const deadline = addWorkingDays(calendar, c.since, settings.serviceChangeWorkingDays);
    if (now <= deadline) continue;
    findings.push({
      rule: 'service_change_late', severity: 'warn', unitId: c.unitId, unitCode: c.unitCode, targetType: 'content', targetId: c.id,
      message: `办事条件变更「${c.title}」于 ${formatShanghaiDateTime(c.since)} 审核通过，应在 ${formatShanghaiDateTime(deadline)} 前发布，至今未发布`,
      details: { approvedAt: c.since.toISOString(), deadline: deadline.toISOString() },
    });
  }
  return findings;
};

const PAGE = 200;

/** Links in an article body that point at a portal article: absolute under PUBLIC_BASE_URL, or relative. */
export function articleLinks(html: string, publicBaseUrl: string): { href: string; id: string }[] {
  const base = new URL(`${publicBaseUrl}/`);
  const prefixes = [...new Set([`${base.pathname}articles/`, '/articles/'])];
  const links: { href: string; id: string }[] = [];
  for (const a of DomUtils.findAll((e) => e.name === 'a' && typeof e.attribs.href === 'string', parseDocument(html).children)) {
    const href = a.attribs.href.trim();
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue;
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    if (!prefix) continue;
    const id = decodeURIComponent(url.pathname.slice(prefix.length)).replace(/\/$/, '');
    if (id && !id.includes('/')) links.push({ href, id });
  }
  return links;
}

/** Reads the published portal pages a page at a time, so the memory used does not grow with the site. */
const brokenLinks: Rule = async ({ db, publicBaseUrl }) => {
  const findings: Finding[] = [];
  let after: string | null = null;
  for (;;) {
    const pages = await listPortalPages(db, after, PAGE);
    const linked = pages.map((page) => ({ page, links: articleLinks(page.html, publicBaseUrl) }));
    const live = await publishedOnPortal(db, [...new Set(linked.flatMap((l) => l.links.map((x) => x.id)).filter(isUuid))]);
    for (const { page, links } of linked) {
      const seen = new Set<string>();
      for (const link of links) {
        if (live.has(link.id) || seen.has(link.href)) continue;
        seen.add(link.href);
        findings.push({
          rule: 'broken_link', severity: 'warn', unitId: page.unitId, unitCode: page.unitCode, targetType: 'content', targetId: page.contentId,
          message: `「${page.title}」中的链接 ${link.href} 指向的文章未发布或已撤回`, details: { href: link.href, linkedId: link.id },
        });
      }
    }
    if (pages.length < PAGE) break;
    after = pages[pages.length - 1].contentId;
  }
  return findings;
};

const RULES: Rule[] = [staleAccounts, accountStatus, categories, publications, reviews, serviceChanges, brokenLinks, disclosureFindings];

/** Runs every rule at `deps.now()` and returns the findings, without storing anything. */
export async function inspect(deps: Deps, settings: InspectionSettings): Promise<Finding[]> {
  const ctx: RuleContext = {
    db: deps.pool, now: deps.now(), settings, publicBaseUrl: deps.config.publicBaseUrl,
    calendar: await loadCalendar(deps.pool, { start: settings.workdayStart, end: settings.workdayEnd }),
  };
  return (await Promise.all(RULES.map((rule) => rule(ctx)))).flat();
}

/* ---- Reports ---- */

export type InspectionTrigger = 'schedule' | 'manual';

/** A report as one reader may see it: counts and findings limited to `scopeUnitId` when set. */
export interface ReportView extends ReportRecord {
  scopeUnitId: string | null;
}

/** Overseers (and admins) read every unit; a channel admin reads their own unit's findings only. */
function readerScope(actor: Actor | null): { who: Actor; scopeUnitId: string | null } {
  const who = requireRole(actor, 'overseer', 'channel_admin');
  if (seesAllUnits(who)) return { who, scopeUnitId: null };
  // A channel admin without a unit would otherwise see everything through the null scope.
  if (!who.unitId) throw forbidden('账号未归属任何单位');
  return { who, scopeUnitId: who.unitId };
}

/**
 * Runs the inspection and stores its report with an audit event. The digest goes to every overseer
 * after the report is committed: scheduled runs mail by default; an on-demand run returns the report to
 * whoever asked and mails only when asked to.
 */
export async function runInspection(deps: Deps, actor: Actor | null, options: { trigger: InspectionTrigger; notify?: boolean | null }): Promise<ReportView> {
  const { who, scopeUnitId } = readerScope(actor);
  const settings = settingsFrom(await readInspectionOverrides(deps.pool));
  const runAt = deps.now();
  const findings = await inspect(deps, settings);
  const id = await withTransaction(deps.pool, async (tx) => {
    const reportId = await insertReport(tx, { runAt, trigger: options.trigger, requestedBy: who.username, settings: settings as unknown as { [key: string]: Json }, findings });
    await appendAudit(tx, {
      actor: who.username, action: 'inspection.run', targetType: 'inspection_report', targetId: reportId,
      details: { trigger: options.trigger, runAt: runAt.toISOString(), ...countBySeverity(findings) },
    });
    return reportId;
  });
  if (options.notify ?? options.trigger === 'schedule') {
    const overseers = await findUsersWithRole(deps.pool, ['overseer']);
    const digest = inspectionDigest({ id, runAt, trigger: options.trigger, requestedBy: who.username }, findings);
    await notify(deps, overseers, digest.subject, digest.text);
  }
  return { ...(await findReport(deps.pool, id, scopeUnitId))!, scopeUnitId };
}

function countBySeverity(findings: { severity: FindingSeverity }[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { veto: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const SEVERITY_TITLES: Record<FindingSeverity, string> = { veto: '单项否决', warn: '警告', info: '提示' };
/** A digest is read on a phone: past this many lines per rule the rest is a count and a pointer to the report. */
const DIGEST_LINES_PER_RULE = 20;

export function inspectionDigest(report: { id: string; runAt: Date; trigger: InspectionTrigger; requestedBy: string }, findings: FindingRecord[]): { subject: string; text: string } {
  const counts = countBySeverity(findings);
  const subject = `网上督查 ${formatShanghaiDate(report.runAt)}：${(Object.keys(SEVERITY_TITLES) as FindingSeverity[]).map((s) => `${SEVERITY_TITLES[s]} ${counts[s]} 项`).join('，')}`;
  const lines = [
    `督查时间：${formatShanghaiDateTime(report.runAt)}`,
    `触发方式：${report.trigger === 'schedule' ? '每日定时' : `手动（${report.requestedBy}）`}`,
    `报告编号：${report.id}`,
    '',
  ];
  if (findings.length === 0) lines.push('本次督查未发现问题。');
  for (const severity of Object.keys(SEVERITY_TITLES) as FindingSeverity[]) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`【${SEVERITY_TITLES[severity]}】${ofSeverity.length} 项`);
    for (const rule of [...new Set(ofSeverity.map((f) => f.rule))]) {
      const ofRule = ofSeverity.filter((f) => f.rule === rule);
      lines.push(`  ${RULE_TITLES[rule as InspectionRule] ?? rule}（${ofRule.length}）`);
      for (const f of ofRule.slice(0, DIGEST_LINES_PER_RULE)) lines.push(`    · ${f.unitCode ? `[${f.unitCode}] ` : ''}${f.message}`);
      if (ofRule.length > DIGEST_LINES_PER_RULE) lines.push(`    ……另有 ${ofRule.length - DIGEST_LINES_PER_RULE} 项，详见报告`);
    }
    lines.push('');
  }
  return { subject, text: lines.join('\n') };
}

export async function getInspectionReport(deps: Deps, actor: Actor | null, id: string): Promise<ReportView | null> {
  const { scopeUnitId } = readerScope(actor);
  if (!isUuid(id)) return null;
  const report = await findReport(deps.pool, id, scopeUnitId);
  return report && { ...report, scopeUnitId };
}

export async function listInspectionReports(
  deps: Deps,
  actor: Actor | null,
  options: { first: number; after: { runAt: Date; id: string } | null },
): Promise<{ items: ReportView[]; hasNextPage: boolean }> {
  const { scopeUnitId } = readerScope(actor);
  if (options.after && !isUuid(options.after.id)) throw badInput('无效的分页游标', { field: 'after' });
  const rows = await listReports(deps.pool, { unitId: scopeUnitId, after: options.after, limit: options.first + 1 });
  return { items: rows.slice(0, options.first).map((r) => ({ ...r, scopeUnitId })), hasNextPage: rows.length > options.first };
}

export function reportFindings(deps: Deps, report: ReportView): Promise<FindingRecord[]> {
  return listFindings(deps.pool, report.id, report.scopeUnitId);
}
