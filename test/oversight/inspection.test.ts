import { createAgenda } from '../../jobs/agenda.js';
import { defineInspectionJobs, INSPECTION_JOB, scheduleInspection } from '../../jobs/inspection.js';
import { setAccountStatus } from '../../store/accounts.js';
import { listPublications } from '../../store/publications.js';
import { systemActor, type Actor } from '../../workflow/actor.js';
import { closeChannelAccount, suspendChannelAccount } from '../../workflow/accountLifecycle.js';
import { createChannelAccount } from '../../workflow/accounts.js';
import { saveCategory } from '../../workflow/categories.js';
import { createContent, submitContent } from '../../workflow/content.js';
import type { Deps } from '../../workflow/deps.js';
import {
  articleLinks, DEFAULT_INSPECTION_SETTINGS, inspect, inspectionDigest, runInspection, type Finding, type InspectionSettings,
} from '../../workflow/inspection.js';
import { publishContent, retractContent } from '../../workflow/publish.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { actorNamed, approvedContent, platforms, refusingPlatform, release, withClock } from './fixtures.js';

/** Beijing wall-clock time → instant. */
const bj = (local: string): Date => new Date(`${local}+08:00`);

let t: TestHub;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let now = bj('2026-03-10T10:00:00');
let d: Deps;
const tokens: Record<string, string> = {};
const who: Record<string, Actor> = {};

const USERS = [
  { username: 'edI', role: 'editor', unit: 'insp' },
  { username: 'revI', role: 'reviewer', unit: 'insp' },
  { username: 'chanI', role: 'channel_admin', unit: 'insp' },
  { username: 'edO', role: 'editor', unit: 'other' },
  { username: 'revO', role: 'reviewer', unit: 'other' },
  { username: 'chanO', role: 'channel_admin', unit: 'other' },
  { username: 'over', role: 'overseer' },
  { username: 'over2', role: 'overseer', unit: 'other' },
  { username: 'boss', role: 'admin' },
];

beforeAll(async () => {
  smtp = await startSmtpSink();
  // The hub mails through a real SMTP server on loopback, as it would in production.
  t = await startTestHub({ worker: false, env: { SMTP_URL: smtp.url } });
  await t.users(USERS);
  d = withClock(t.hub.deps, () => now);
  for (const u of USERS) {
    tokens[u.username] = await t.login(u.username);
    who[u.username] = await actorNamed(d, u.username);
  }
});
afterAll(async () => {
  await t.stop();
  await smtp.close();
});

const settings: InspectionSettings = { ...DEFAULT_INSPECTION_SETTINGS };
/** Runs every rule with the clock at `at` and returns the findings about `targetId`. */
async function findingsAt(at: string, targetId: string, overrides: Partial<InspectionSettings> = {}): Promise<Finding[]> {
  now = bj(at);
  return (await inspect(d, { ...settings, ...overrides })).filter((f) => f.targetId === targetId);
}
const backdate = (table: 'channel_accounts' | 'contents', id: string, at: string) =>
  t.db.pool.query(`UPDATE ${table} SET ${table === 'contents' ? 'updated_at' : 'created_at'} = $2 WHERE id = $1`, [id, bj(at)]);

describe('rule: channel accounts', () => {
  test('an active account silent for more than 14 days is STALE (单项否决), counted from its last delivered post', async () => {
    const account = await createChannelAccount(d, who.chanI, { channel: 'WECHAT', name: '清河发布', credentials: { appId: 'wx-qinghe', appSecret: 'secret' } });
    await backdate('channel_accounts', account.id, '2026-01-01T09:00:00');

    expect(await findingsAt('2026-01-10T10:00:00', account.id)).toEqual([]);
    const never = await findingsAt('2026-01-20T10:00:00', account.id);
    expect(never).toHaveLength(1);
    expect(never[0]).toMatchObject({ rule: 'account_stale', severity: 'veto', unitCode: 'insp', targetType: 'channel_account' });
    expect(never[0].message).toContain('开设以来从未发布');

    now = bj('2026-02-20T10:00:00');
    const id = await approvedContent(d, who.edI, who.revI, { channels: ['PORTAL', 'WECHAT'] });
    // The portal copy is published by the release itself; WeChat by its delivery.
    expect((await release(d, who.edI, id)).map((o) => o.kind)).toEqual(['published']);

    expect(await findingsAt('2026-03-06T09:59:00', account.id)).toEqual([]);
    const stale = await findingsAt('2026-03-07T10:00:00', account.id);
    expect(stale).toHaveLength(1);
    expect(stale[0].details).toMatchObject({ days: 15, channel: 'WECHAT' });
    expect(stale[0].message).toContain('最近发布于 2026-02-20');
    // The threshold is a setting.
    expect(await findingsAt('2026-03-07T10:00:00', account.id, { staleAccountDays: 30 })).toEqual([]);
  });

  test('accounts needing re-authorisation are warnings, suspended ones information, closed ones nothing', async () => {
    const suspended = await createChannelAccount(d, who.chanO, { channel: 'WEIBO', name: '停用微博', credentials: { accessToken: 't1' } });
    const reauth = await createChannelAccount(d, who.chanO, { channel: 'WECHAT', name: '授权失效号', credentials: { appId: 'a', appSecret: 'b' } });
    const closed = await createChannelAccount(d, who.chanO, { channel: 'WECHAT', name: '已关停号', credentials: { appId: 'a', appSecret: 'b' } });
    for (const a of [suspended, reauth, closed]) await backdate('channel_accounts', a.id, '2025-01-01T09:00:00');
    await suspendChannelAccount(d, who.chanO, suspended.id, '机构改革，账号整合中');
    await setAccountStatus(t.db.pool, reauth.id, 'needs_reauth'); // what delivery does when the platform refuses the token
    await closeChannelAccount(d, who.chanO, closed.id, '关停整合');

    now = bj('2026-03-10T10:00:00');
    const findings = await inspect(d, settings);
    const of = (id: string) => findings.filter((f) => f.targetId === id).map((f) => ({ rule: f.rule, severity: f.severity, unitCode: f.unitCode }));
    expect(of(suspended.id)).toEqual([{ rule: 'account_suspended', severity: 'info', unitCode: 'other' }]);
    expect(of(reauth.id)).toEqual([{ rule: 'account_needs_reauth', severity: 'warn', unitCode: 'other' }]);
    expect(of(closed.id)).toEqual([]);
    expect(findings.find((f) => f.targetId === suspended.id)?.message).toContain('机构改革，账号整合中');
    expect(await findingsAt('2026-03-10T10:00:00', suspended.id, { reportSuspendedAccounts: false })).toEqual([]);
  });
});

describe('rule: portal columns', () => {
  test('通知公告/政策文件 columns with nothing new for 6 months are 单项否决; empty columns are reported; parents count their children', async () => {
    const cat = (code: string, name: string, kind: string, extra: { parentCode?: string; active?: boolean } = {}) => saveCategory(d, who.boss, { code, name, kind, ...extra });
    await cat('insp-notice', '督查通知', 'notice');
    await cat('insp-general', '督查动态', 'general');
    await cat('insp-parent', '督查父栏目', 'general');
    await cat('insp-child', '督查政策子栏目', 'policy', { parentCode: 'insp-parent' });
    await cat('insp-empty', '督查空栏目', 'notice');
    await cat('insp-off', '停用栏目', 'notice', { active: false });

    now = bj('2025-08-01T10:00:00');
    for (const categoryCode of ['insp-notice', 'insp-general']) await release(d, who.edI, await approvedContent(d, who.edI, who.revI, { categoryCode }));
    now = bj('2026-02-01T10:00:00');
    await release(d, who.edI, await approvedContent(d, who.edI, who.revI, { categoryCode: 'insp-child' }));

    expect(await findingsAt('2026-01-15T10:00:00', 'insp-notice')).toEqual([]);
    now = bj('2026-03-10T10:00:00');
    const findings = await inspect(d, settings);
    const rules = (code: string) => findings.filter((f) => f.targetId === code).map((f) => `${f.rule}:${f.severity}`);
    expect(rules('insp-notice')).toEqual(['category_stale:veto']);
    expect(findings.find((f) => f.targetId === 'insp-notice')?.message).toContain('最近发布于 2025-08-01');
    expect(rules('insp-general')).toEqual([]); // a general column has no six-month rule
    expect(rules('insp-parent')).toEqual([]);
    expect(rules('insp-child')).toEqual([]);
    expect(rules('insp-empty')).toEqual(['category_empty:warn']);
    // A person reads the column's name; its code is for machines.
    for (const f of findings.filter((x) => x.targetType === 'category')) expect(f.message).not.toContain(f.targetId);
    expect(rules('insp-off')).toEqual([]);
    expect(findings.filter((f) => f.targetType === 'category').every((f) => f.unitCode === null)).toBe(true);

    const count = findings.find((f) => f.rule === 'category_empty_count');
    expect(count?.severity).toBe('veto');
    expect(count?.details.codes).toEqual(expect.arrayContaining(['insp-empty']));
    expect(count?.details.codes).not.toContain('insp-parent');
    const emptyCount = findings.filter((f) => f.rule === 'category_empty').length;
    expect(count?.details.count).toBe(emptyCount);
    const lenient = await inspect(d, { ...settings, emptyCategoryLimit: emptyCount });
    expect(lenient.some((f) => f.rule === 'category_empty_count')).toBe(false);
    expect(await findingsAt('2026-03-10T10:00:00', 'insp-notice', { staleCategoryKinds: ['policy'] })).toEqual([]);
  });
});

describe('rule: publications', () => {
  test('a publication that failed for good is reported until the item is retracted', async () => {
    await createChannelAccount(d, who.chanO, { channel: 'WEIBO', name: '对外发布微博', credentials: { accessToken: 't2' } });
    now = bj('2026-03-10T09:00:00');
    const id = await approvedContent(d, who.edO, who.revO, { channels: ['PORTAL', 'WEIBO'] });
    await release(d, who.edO, id, platforms({ WEIBO: refusingPlatform('WEIBO', '接口权限已被收回') }));
    const weibo = (await listPublications(t.db.pool, id)).find((p) => p.channel === 'WEIBO')!;
    expect(weibo.status).toBe('FAILED');

    const found = await findingsAt('2026-03-10T10:00:00', weibo.id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'publication_failed', severity: 'warn', unitCode: 'other', details: { contentId: id, channel: 'WEIBO' } });
    expect(found[0].message).toContain('接口权限已被收回');

    await retractContent(d, who.edO, id, '内容需更正');
    expect(await findingsAt('2026-03-10T10:00:00', weibo.id)).toEqual([]);
  });

  test('a due publication not picked up, or claimed and not finished, for more than N minutes is stuck', async () => {
    now = bj('2026-03-10T09:00:00');
    const id = await approvedContent(d, who.edO, who.revO);
    // Scheduled a minute ahead (a release due now publishes the portal copy itself); nothing runs the delivery: the worker is "down".
    await publishContent(d, who.edO, id, bj('2026-03-10T09:01:00'));
    const [portal] = await listPublications(t.db.pool, id);
    expect(portal.status).toBe('PENDING');

    expect(await findingsAt('2026-03-10T09:21:00', portal.id)).toEqual([]);
    const due = await findingsAt('2026-03-10T09:46:00', portal.id);
    expect(due.map((f) => f.rule)).toEqual(['publication_stuck']);
    expect(due[0].message).toContain('已到发布时间 45 分钟');

    await t.db.pool.query(`UPDATE publications SET status = 'PUBLISHING', updated_at = $2 WHERE id = $1`, [portal.id, bj('2026-03-10T09:40:00')]);
    expect(await findingsAt('2026-03-10T10:00:00', portal.id)).toEqual([]);
    const claimed = await findingsAt('2026-03-10T10:15:00', portal.id);
    expect(claimed.map((f) => f.rule)).toEqual(['publication_stuck']);
    expect(claimed[0].message).toContain('发布中已 35 分钟');
    expect(await findingsAt('2026-03-10T10:15:00', portal.id, { stuckPublicationMinutes: 60 })).toEqual([]);
  });
});

describe('rule: review waiting time in working hours', () => {
  test('the clock runs in office hours only, across 春节 and its 调休 Saturday', async () => {
    const content = await createContent(d, who.edI, { title: '待审核的通知', body: '<p>正文。</p>', categoryCode: 'tzgg' });
    await submitContent(d, who.edI, content.id);
    // Submitted Friday 16:00 before the Spring Festival (the submit sets updated_at; see listInReview).
    await backdate('contents', content.id, '2026-02-13T16:00:00');

    // Fri 1h + 调休 Sat 8h + nine days off + Tue 1h = 10 working hours, though 11 days have passed.
    expect(await findingsAt('2026-02-24T10:00:00', content.id)).toEqual([]);
    const overdue = await findingsAt('2026-02-25T10:00:00', content.id);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ rule: 'review_overdue', severity: 'warn', unitCode: 'insp', details: { workingHours: 18 } });
    expect(overdue[0].message).toContain('2026-02-13T16:00:00+08:00');
    expect((await findingsAt('2026-02-24T10:00:00', content.id, { reviewWorkingHours: 8 })).map((f) => f.rule)).toEqual(['review_overdue']);
    // Office hours are part of the settings too: 08:00–18:00 makes the same wait 2 + 10 + 10 + 2 = 24 hours.
    expect((await findingsAt('2026-02-25T10:00:00', content.id, { workdayStart: '08:00', workdayEnd: '18:00' }))[0].details.workingHours).toBe(24);
  });
});

describe('rule: 办事条件变更 published within one working day of approval', () => {
  test('approved Friday 15:00 before 清明 → due Tuesday 15:00; reported after that until published', async () => {
    now = bj('2026-04-03T15:00:00');
    const change = await approvedContent(d, who.edI, who.revI, { title: '关于调整居住证办理条件的公告' });
    const ordinary = await approvedContent(d, who.edI, who.revI, { title: '普通公告' });
    await t.db.pool.query('UPDATE contents SET service_change = true WHERE id = $1', [change]);
    // The approval time is the last APPROVE review of the approved revision.
    await t.db.pool.query('UPDATE reviews SET created_at = $2 WHERE content_id = ANY($1)', [[change, ordinary], bj('2026-04-03T15:00:00')]);

    expect(await findingsAt('2026-04-07T14:59:00', change)).toEqual([]);
    const late = await findingsAt('2026-04-07T15:30:00', change);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ rule: 'service_change_late', severity: 'warn', unitCode: 'insp', details: { deadline: bj('2026-04-07T15:00:00').toISOString() } });
    expect(await findingsAt('2026-04-07T15:30:00', ordinary)).toEqual([]);
    expect(await findingsAt('2026-04-09T15:30:00', change, { serviceChangeWorkingDays: 5 })).toEqual([]);

    now = bj('2026-04-07T16:00:00');
    await release(d, who.edI, change);
    expect(await findingsAt('2026-04-08T10:00:00', change)).toEqual([]);
  });
});

describe('rule: broken internal links', () => {
  test('links in published portal pages to articles that are not (or no longer) published', async () => {
    now = bj('2026-03-01T10:00:00');
    const target = await approvedContent(d, who.edI, who.revI, { title: '被链接的文章' });
    await release(d, who.edI, target);
    const ghost = '00000000-0000-4000-8000-000000000000';
    const source = await approvedContent(d, who.edI, who.revI, {
      title: '含链接的文章',
      body: `<p>详见<a href="http://portal.test/articles/${target}">原文</a>、<a href="http://portal.test/articles/${ghost}">旧文</a>和<a href="https://www.gov.cn/articles/${ghost}">外站</a>。</p>`,
    });
    await release(d, who.edI, source);

    const before = await findingsAt('2026-03-02T10:00:00', source);
    expect(before.map((f) => [f.rule, f.details.linkedId])).toEqual([['broken_link', ghost]]);
    expect(before[0].message).toContain(`http://portal.test/articles/${ghost}`);

    await retractContent(d, who.edI, target, '信息已过时');
    const after = await findingsAt('2026-03-02T10:00:00', source);
    expect(after.map((f) => f.details.linkedId).sort()).toEqual([ghost, target].sort());
  });

  test('link extraction: absolute under PUBLIC_BASE_URL (with or without a path) and relative; other hosts ignored', () => {
    const html = '<a href="/articles/abc">a</a><a href="http://portal.test/articles/def/">b</a><a href="http://else.test/articles/x">c</a><a href="mailto:x@y.cn">d</a><a href="/feed.xml">e</a>';
    expect(articleLinks(html, 'http://portal.test').map((l) => l.id)).toEqual(['abc', 'def']);
    expect(articleLinks('<a href="https://www.example.gov.cn/portal/articles/p1">x</a><a href="/articles/p2">y</a>', 'https://www.example.gov.cn/portal').map((l) => l.id)).toEqual(['p1', 'p2']);
  });
});

const RUN = 'mutation($n:Boolean){ runInspection(notify:$n){ id runAt trigger requestedBy counts { veto warn info } findings { rule severity unitCode targetType targetId message details } } }';
const REPORT = 'query($id:ID!){ inspectionReport(id:$id){ id counts { veto warn info } findings { rule unitCode } } }';
const REPORTS = 'query($f:Int,$a:String){ inspectionReports(first:$f, after:$a){ edges { cursor node { id runAt } } pageInfo { hasNextPage endCursor } } }';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
type RunResult = { runInspection: { id: string; trigger: string; requestedBy: string; counts: Record<string, number>; findings: { rule: string; severity: string; unitCode: string | null }[] } };

describe('reports through GraphQL: storage and RBAC', () => {
  test('overseers see every unit; channel admins their own unit only; others are refused', async () => {
    expect(code(await t.gql(RUN, {}))).toBe('UNAUTHENTICATED');
    for (const name of ['edI', 'revI']) expect(code(await t.gql(RUN, {}, tokens[name]))).toBe('FORBIDDEN');

    const all = await t.gql<RunResult>(RUN, {}, tokens.over);
    expect(all.errors).toBeUndefined();
    const report = all.data!.runInspection;
    expect(report).toMatchObject({ trigger: 'MANUAL', requestedBy: 'over' });
    const units = new Set(report.findings.map((f) => f.unitCode));
    expect(units).toEqual(new Set([null, 'insp', 'other']));
    const count = (fs: { severity: string }[], s: string) => fs.filter((f) => f.severity === s).length;
    expect(report.counts).toEqual({ veto: count(report.findings, 'VETO'), warn: count(report.findings, 'WARN'), info: count(report.findings, 'INFO') });

    const own = await t.gql<RunResult>(RUN, {}, tokens.chanI);
    expect(own.errors).toBeUndefined();
    expect(own.data!.runInspection.findings.length).toBeGreaterThan(0);
    expect(own.data!.runInspection.findings.every((f) => f.unitCode === 'insp')).toBe(true);

    // The same stored report, read by different people.
    const asChanO = await t.gql<{ inspectionReport: { counts: Record<string, number>; findings: { unitCode: string }[] } }>(REPORT, { id: report.id }, tokens.chanO);
    expect(asChanO.data!.inspectionReport.findings.every((f) => f.unitCode === 'other')).toBe(true);
    const otherCount = report.findings.filter((f) => f.unitCode === 'other').length;
    expect(asChanO.data!.inspectionReport.findings).toHaveLength(otherCount);
    const c = asChanO.data!.inspectionReport.counts;
    expect(c.veto + c.warn + c.info).toBe(otherCount);
    const asBoss = await t.gql<{ inspectionReport: { findings: unknown[] } }>(REPORT, { id: report.id }, tokens.boss);
    expect(asBoss.data!.inspectionReport.findings).toHaveLength(report.findings.length);
    expect(code(await t.gql(REPORT, { id: report.id }, tokens.edI))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPORT, { id: report.id }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(REPORT, { id: '00000000-0000-4000-8000-000000000000' }, tokens.over)).data).toEqual({ inspectionReport: null });
    expect((await t.gql(REPORT, { id: 'nope' }, tokens.over)).data).toEqual({ inspectionReport: null });

    const filtered = await t.gql<{ inspectionReport: { findings: { rule: string }[] } }>(
      'query($id:ID!){ inspectionReport(id:$id){ findings(severity: VETO, rule: "account_stale") { rule } } }', { id: report.id }, tokens.over,
    );
    expect(filtered.data!.inspectionReport.findings.length).toBeGreaterThan(0);
    expect(filtered.data!.inspectionReport.findings.every((f) => f.rule === 'account_stale')).toBe(true);

    const { rows } = await t.db.pool.query(`SELECT actor, details FROM audit_events WHERE action = 'inspection.run' AND target_id = $1`, [report.id]);
    expect(rows).toEqual([{ actor: 'over', details: expect.objectContaining({ trigger: 'manual', ...report.counts }) }]);
  });

  test('reports page newest first with opaque cursors', async () => {
    for (let i = 0; i < 2; i++) expect((await t.gql(RUN, {}, tokens.boss)).errors).toBeUndefined();
    type Page = { inspectionReports: { edges: { cursor: string; node: { id: string; runAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await t.gql<Page>(REPORTS, { f: 2 }, tokens.over);
    expect(first.data!.inspectionReports.edges).toHaveLength(2);
    expect(first.data!.inspectionReports.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<Page>(REPORTS, { f: 100, a: first.data!.inspectionReports.pageInfo.endCursor }, tokens.over);
    const all = [...first.data!.inspectionReports.edges, ...next.data!.inspectionReports.edges].map((e) => e.node);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    expect(all.map((n) => n.runAt)).toEqual([...all.map((n) => n.runAt)].sort().reverse());
    expect(next.data!.inspectionReports.pageInfo.hasNextPage).toBe(false);

    expect((await t.gql<Page>(REPORTS, { f: 100 }, tokens.chanI)).data!.inspectionReports.edges).toHaveLength(all.length);
    expect(code(await t.gql(REPORTS, { f: 1 }, tokens.edO))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPORTS, { a: 'garbage' }, tokens.over))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(REPORTS, { f: 0 }, tokens.over))).toBe('BAD_USER_INPUT');
  });

  test('a run with a controlled clock stores that time as the report time', async () => {
    now = bj('2026-03-10T08:00:00');
    const report = await runInspection(d, systemActor('inspection'), { trigger: 'manual', notify: false });
    expect(report.runAt).toEqual(bj('2026-03-10T08:00:00'));
    expect(report.requestedBy).toBe('system:inspection');
  });
});


/** Mails go out through the outbox, after their transaction: other mails of earlier steps may still arrive. */
const digests = () => smtp.mails.filter((m) => m.subject.includes('网上督查'));

describe('digest mail to overseers', () => {
  test('an on-demand run mails only when asked; the mail lists the findings by severity and rule', async () => {
    smtp.mails.length = 0;
    expect((await t.gql(RUN, { n: false }, tokens.over)).errors).toBeUndefined();

    const res = await t.gql<RunResult>(RUN, { n: true }, tokens.chanI);
    expect(res.errors).toBeUndefined();
    const mail = await eventually(async () => digests()[0]);
    // The run that was not asked to mail sent nothing: one digest, from the second run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(digests()).toHaveLength(1);
    expect(mail.to.sort()).toEqual(['over2@example.test', 'over@example.test']);
    expect(mail.subject).toMatch(/网上督查.*\d{4}-\d{2}-\d{2}.*单项否决.*\d+.*项/);
    const text = mail.text;
    expect(text).toContain(`报告编号：${res.data!.runInspection.id}`);
    expect(text).toContain('触发方式：手动（chanI）');
    expect(text).toContain('【单项否决】');
    expect(text).toContain('政务新媒体账号长期未更新');
    expect(text).toContain('[insp] 微信账号「清河发布」');
    // The digest is the whole picture even when a channel admin asked for it.
    expect(text).toContain('[other]');
    expect(text).toContain('空白栏目');
  });

  test('a scheduled run mails by default', async () => {
    smtp.mails.length = 0;
    now = bj('2026-03-11T08:00:00');
    await runInspection(d, systemActor('inspection'), { trigger: 'schedule' });
    const mail = await eventually(async () => digests()[0]);
    expect(mail.subject).toContain('网上督查 2026-03-11');
    expect(mail.text).toContain('触发方式：每日定时');
  });

  test('long lists are cut per rule with a count of the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      rule: 'broken_link', severity: 'warn' as const, unitId: null, unitCode: 'u', targetType: 'content', targetId: String(i), message: `链接 ${i}`, details: {},
    }));
    const digest = inspectionDigest({ id: 'r1', runAt: bj('2026-03-10T08:00:00'), trigger: 'schedule', requestedBy: 'system:inspection' }, many);
    expect(digest.subject).toBe('网上督查 2026-03-10：单项否决 0 项，警告 25 项，提示 0 项');
    expect(digest.text).toContain('站内链接失效（25）');
    expect(digest.text).toContain('链接 19');
    expect(digest.text).not.toContain('链接 20');
    expect(digest.text).toContain('……另有 5 项，详见报告');
    expect(inspectionDigest({ id: 'r2', runAt: bj('2026-03-10T08:00:00'), trigger: 'schedule', requestedBy: 's' }, []).text).toContain('本次督查未发现问题');
  });
});

describe('the daily job', () => {
  test('scheduleInspection registers one recurring job at 08:00 Beijing; the job runs the inspection', async () => {
    // A short lock lifetime: Agenda's "is the job still alive" timer fires at half of it, even after stop().
    const { agenda } = createAgenda(t.db.pool, { name: 'inspection-test', processEvery: 200, lockLifetimeMs: 2000 });
    defineInspectionJobs(agenda, d);
    await agenda.ready;
    await scheduleInspection(agenda);
    await scheduleInspection(agenda); // every worker start calls it: still one job
    const { jobs } = await agenda.queryJobs({ name: INSPECTION_JOB });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ repeatInterval: '0 8 * * *', repeatTimezone: 'Asia/Shanghai' });
    const next = new Date(jobs[0].nextRunAt!);
    expect(next.getUTCHours()).toBe(0); // 08:00 in UTC+8
    expect(next.getUTCMinutes()).toBe(0);

    const before = (await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_reports WHERE requested_by = 'system:inspection' AND trigger = 'schedule'`)).rows[0].n;
    smtp.mails.length = 0;
    now = bj('2026-03-12T08:00:00');
    await agenda.start();
    try {
      await agenda.now(INSPECTION_JOB, { trigger: 'schedule' });
      await eventually(async () => (await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_reports WHERE requested_by = 'system:inspection' AND trigger = 'schedule'`)).rows[0].n > before);
      const mail = await eventually(async () => digests()[0]);
      expect(mail.subject).toContain('网上督查 2026-03-12');
    } finally {
      // drain, not stop: the job may still be saving its result when the mail has arrived.
      await agenda.drain(10_000);
    }
  });
});

describe('settings', () => {
  const GET = '{ inspectionSettings { staleAccountDays staleCategoryMonths staleCategoryKinds emptyCategoryLimit stuckPublicationMinutes reviewWorkingHours serviceChangeWorkingDays reportSuspendedAccounts workdayStart workdayEnd } }';
  const SET = 'mutation($i: InspectionSettingsInput!){ updateInspectionSettings(input:$i){ staleAccountDays workdayStart workdayEnd staleCategoryKinds } }';

  test('overseers and channel admins read them; only admins change them; changes are validated, audited and used', async () => {
    const read = await t.gql(GET, {}, tokens.chanI);
    expect(read.data).toEqual({ inspectionSettings: { ...DEFAULT_INSPECTION_SETTINGS } });
    expect(code(await t.gql(GET, {}, tokens.edI))).toBe('FORBIDDEN');

    expect(code(await t.gql(SET, { i: { staleAccountDays: 30 } }, tokens.over))).toBe('FORBIDDEN');
    expect(code(await t.gql(SET, { i: { staleAccountDays: 0 } }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SET, { i: { staleCategoryKinds: ['bogus'] } }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SET, { i: { workdayStart: '18:00' } }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SET, { i: { workdayEnd: '5pm' } }, tokens.boss))).toBe('BAD_USER_INPUT');

    const set = await t.gql(SET, { i: { staleAccountDays: 30, workdayStart: '08:30', staleCategoryKinds: ['notice'] } }, tokens.boss);
    expect(set.data).toEqual({ updateInspectionSettings: { staleAccountDays: 30, workdayStart: '08:30', workdayEnd: '17:00', staleCategoryKinds: ['notice'] } });
    const run = await t.gql<{ runInspection: { id: string } }>('mutation { runInspection { id settings } }', {}, tokens.over);
    expect(run.data!.runInspection).toMatchObject({ settings: expect.objectContaining({ staleAccountDays: 30, workdayStart: '08:30' }) });

    const reset = await t.gql(SET, { i: { staleAccountDays: null, workdayStart: null, staleCategoryKinds: null } }, tokens.boss);
    expect(reset.data).toEqual({ updateInspectionSettings: { staleAccountDays: 14, workdayStart: '09:00', workdayEnd: '17:00', staleCategoryKinds: ['notice', 'policy'] } });
    const { rows } = await t.db.pool.query(`SELECT actor, details FROM audit_events WHERE action = 'inspection.settings.update' ORDER BY seq`);
    expect(rows.map((r) => r.actor)).toEqual(['boss', 'boss']);
    expect(rows[0].details).toEqual({ changes: { staleAccountDays: 30, workdayStart: '08:30', staleCategoryKinds: ['notice'] } });
  });
});
