import { withIdCheck } from '../gate/fixtures.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { definition, fillIn, post } from './forms.js';

/**
 * An application's whole life through HTTP with the clock under the test's control: public form, tracking
 * page, 补正 restarting the clock, 征求意见 pausing it, one extension, a gated reply letter, delivery by mail.
 * 2027 has no seeded holidays, so the test declares its own (2027-03-10) and every date below is counted by
 * hand on a calendar.
 */
let t: TestHub;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let now = new Date('2027-03-01T10:00:00+08:00');
const at = (local: string) => { now = new Date(`${local}+08:00`); };
const tokens: Record<string, string> = {};
const ID_NUMBER = withIdCheck('11010519850612401');

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestHub({ worker: false, env: { SMTP_URL: smtp.url } });
  // Every request reads the hub's clock through deps.now().
  t.hub.deps.now = () => now;
  await t.users([
    { username: 'clerk', role: 'editor' },
    { username: 'clerkB', role: 'editor', unit: 'water' },
    { username: 'over', role: 'overseer' },
    { username: 'boss', role: 'admin' },
    { username: 'rev', role: 'reviewer' },
  ]);
  for (const name of ['clerk', 'clerkB', 'over', 'boss', 'rev']) tokens[name] = await t.login(name);
  const holiday = await t.gql('mutation{ setCalendarDay(date: "2027-03-10", kind: HOLIDAY, name: "测试假日"){ date } }', {}, tokens.boss);
  expect(holiday.errors).toBeUndefined();
});
afterAll(async () => {
  await t.stop();
  await smtp.close();
});

const APPLICANT = {
  applicantType: 'natural_person', name: '钱多多', idType: '居民身份证', idNumber: ID_NUMBER, phone: '13912345678', email: 'qian@example.test',
  description: '申请公开本县2026年城乡居民冬季取暖补贴的发放标准和发放户数。', deliveryForm: 'email',
};
const FIELDS = 'id regNo status statusLabel dueOn daysLeft clockStart pausedDays extensionDays replyType replyGroundLabel replyFindings deliveredBy unitCode';
const q = (mutation: string) => `mutation($id:ID!){ ${mutation} { ${FIELDS} } }`;
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function track(regNo: string, accessCode: string): Promise<{ status: number; html: string }> {
  return post(`${t.url}/apply/track`, { regNo, accessCode });
}

describe('依申请公开 through the portal and the API', () => {
  let regNo = '';
  let accessCode = '';
  let id = '';

  test('the public form registers an application and shows its 登记号 and 查询码 once', async () => {
    const wrong = await fillIn(t.url, '/apply', '/apply', APPLICANT, true);
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('验证问题回答不正确');
    // What was typed is kept, so the person fixes only the answer.
    expect(wrong.html).toContain('申请公开本县2026年城乡居民冬季取暖补贴');

    const missing = await fillIn(t.url, '/apply', '/apply', { ...APPLICANT, description: ' ' });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('请填写所需信息内容描述');

    // A mistyped ID number or phone would leave the office unable to identify or reach the applicant.
    const badId = await fillIn(t.url, '/apply', '/apply', { ...APPLICANT, idNumber: ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('1') ? '2' : '1') });
    expect(badId.status).toBe(400);
    expect(badId.html).toContain('居民身份证号码不正确');
    expect(badId.html).toContain('申请公开本县2026年城乡居民冬季取暖补贴');
    const badPhone = await fillIn(t.url, '/apply', '/apply', { ...APPLICANT, phone: 'abc' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.html).toContain('联系电话格式不正确');
    const badCode = await fillIn(t.url, '/apply', '/apply', { ...APPLICANT, applicantType: 'business', idType: '统一社会信用代码', idNumber: '91150100MA0N00000I' });
    expect(badCode.status).toBe(400);
    expect(badCode.html).toContain('统一社会信用代码不正确');

    const done = await fillIn(t.url, '/apply', '/apply', APPLICANT);
    expect(done.status).toBe(201);
    regNo = definition(done.html, '登记号')!;
    accessCode = definition(done.html, '查询码')!;
    expect(regNo).toBe('YSQ2027-00001');
    expect(accessCode).toMatch(/^[A-Z2-9]{8}$/);
    // 20 working days after Monday 1 March, the 10th being a holiday: Tuesday 30 March.
    expect(definition(done.html, '答复期限')).toMatch(/^2027-03-30/);

    const list = await t.gql<{ disclosureApplications: { id: string; regNo: string }[] }>('{ disclosureApplications { id regNo } }', {}, tokens.clerk);
    id = list.data!.disclosureApplications.find((a) => a.regNo === regNo)!.id;
  });

  test('a challenge answered once cannot be posted again', async () => {
    const page = await (await fetch(`${t.url}/apply`)).text();
    const token = /name="challenge" value="([^"]+)"/.exec(page)![1];
    const q1 = /<label for="answer">(.)加(.)等于多少/.exec(page)!;
    const n: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
    const answer = String(n[q1[1]] + n[q1[2]]);
    expect((await post(`${t.url}/apply`, { ...APPLICANT, challenge: token, answer })).status).toBe(201);
    const again = await post(`${t.url}/apply`, { ...APPLICANT, challenge: token, answer });
    expect(again.status).toBe(429);
    expect(again.html).toContain('该验证问题已使用');
  });

  test('tracking needs the matching 查询码 and shows the status in Chinese', async () => {
    expect((await track(regNo, 'AAAAAAAA')).status).toBe(404);
    const page = await track(regNo, accessCode);
    expect(page.status).toBe(200);
    expect(definition(page.html, '办理状态')).toBe('已登记，待办理');
    expect(page.html).not.toContain(ID_NUMBER);
  });

  test('another unit cannot handle it; the responsible unit accepts it', async () => {
    expect(code(await t.gql(q('acceptApplication(id:$id)'), { id }, tokens.clerkB))).toBe('FORBIDDEN');
    expect(code(await t.gql(q('acceptApplication(id:$id)'), { id }, tokens.rev))).toBe('FORBIDDEN');
    const accepted = await t.gql<{ acceptApplication: { status: string } }>(q('acceptApplication(id:$id)'), { id }, tokens.clerk);
    expect(accepted.data?.acceptApplication.status).toBe('IN_PROGRESS');
  });

  test('补正 stops the clock and restarts it from the day the correction arrives', async () => {
    at('2027-03-03T09:00:00');
    const asked = await t.gql<{ requestApplicationCorrection: { status: string; dueOn: string | null } }>('mutation($id:ID!){ requestApplicationCorrection(id:$id, note:"请明确所需信息的年度和区域范围，于15日内补正") { status dueOn } }', { id }, tokens.clerk);
    expect(asked.data?.requestApplicationCorrection).toEqual({ status: 'CORRECTION_REQUESTED', dueOn: null });
    const page = await track(regNo, accessCode);
    expect(definition(page.html, '办理状态')).toBe('待申请人补正');
    expect(definition(page.html, '补正事项')).toContain('年度和区域范围');
    expect(code(await t.gql('mutation($id:ID!){ requestApplicationCorrection(id:$id, note:"再补一次") { status } }', { id }, tokens.clerk))).toBe('INVALID_TRANSITION');

    at('2027-03-08T11:00:00');
    const received = await t.gql<{ receiveApplicationCorrection: { status: string; clockStart: string; dueOn: string } }>('mutation($id:ID!){ receiveApplicationCorrection(id:$id) { status clockStart dueOn } }', { id }, tokens.clerk);
    // From Monday 8 March: the 10th is a holiday, so the 20th working day is Tuesday 6 April.
    expect(received.data?.receiveApplicationCorrection).toEqual({ status: 'IN_PROGRESS', clockStart: '2027-03-08', dueOn: '2027-04-06' });
  });

  test('征求第三方意见 pauses the clock; the days it took are added back', async () => {
    at('2027-03-15T10:00:00');
    const paused = await t.gql<{ startApplicationConsultation: { status: string; dueOn: string | null } }>('mutation($id:ID!){ startApplicationConsultation(id:$id, note:"征求补贴发放单位意见") { status dueOn } }', { id }, tokens.clerk);
    expect(paused.data?.startApplicationConsultation).toEqual({ status: 'CONSULTING', dueOn: null });
    at('2027-03-19T16:00:00');
    const resumed = await t.gql<{ endApplicationConsultation: { status: string; pausedDays: number; dueOn: string } }>('mutation($id:ID!){ endApplicationConsultation(id:$id) { status pausedDays dueOn } }', { id }, tokens.clerk);
    // 16th–19th March: four working days held back → the 24th working day after 8 March, Monday 12 April.
    expect(resumed.data?.endApplicationConsultation).toEqual({ status: 'IN_PROGRESS', pausedDays: 4, dueOn: '2027-04-12' });
  });

  test('one extension of up to 20 working days, with a reason', async () => {
    expect(code(await t.gql('mutation($id:ID!){ extendApplication(id:$id, days: 21, reason:"x") { status } }', { id }, tokens.clerk))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql('mutation($id:ID!){ extendApplication(id:$id, days: 20, reason:" ") { status } }', { id }, tokens.clerk))).toBe('BAD_USER_INPUT');
    const extended = await t.gql<{ extendApplication: { dueOn: string; extensionDays: number } }>('mutation($id:ID!){ extendApplication(id:$id, days: 20, reason:"涉及多个单位，经局长批准延期") { dueOn extensionDays } }', { id }, tokens.clerk);
    // 44th working day after 8 March (2027 has no seeded 劳动节 holidays): Monday 10 May.
    expect(extended.data?.extendApplication).toEqual({ dueOn: '2027-05-10', extensionDays: 20 });
    expect(code(await t.gql('mutation($id:ID!){ extendApplication(id:$id, days: 5, reason:"再延") { status } }', { id }, tokens.clerk))).toBe('BAD_USER_INPUT');
  });

  test('the reply letter passes the gate: a mark blocks it, personal data is shown but kept', async () => {
    at('2027-04-20T10:00:00');
    const noGround = await t.gql('mutation($id:ID!){ replyToApplication(id:$id, replyType: NOT_PUBLIC, text:"经审查，决定不予公开。") { status } }', { id }, tokens.clerk);
    expect(code(noGround)).toBe('BAD_USER_INPUT');
    const marked = await t.gql('mutation($id:ID!,$t:String!){ replyToApplication(id:$id, replyType: PARTIAL, text:$t) { status } }', { id, t: '机密★1年\n补贴发放明细如下。' }, tokens.clerk);
    expect(code(marked)).toBe('GATE_BLOCKED');
    const letter = `钱多多（身份证号码：${ID_NUMBER}）：\n您申请的信息涉及第三方个人隐私，经征求意见，第三方不同意公开。根据条例第十五条，决定不予公开。`;
    const replied = await t.gql<{ replyToApplication: { status: string; replyType: string; replyGroundLabel: string; replyFindings: { type: string; severity: string; replacement: null }[] } }>(
      'mutation($id:ID!,$t:String!){ replyToApplication(id:$id, replyType: NOT_PUBLIC, ground: "third_party", text:$t) { status replyType replyGroundLabel replyFindings } }', { id, t: letter }, tokens.clerk);
    expect(replied.errors).toBeUndefined();
    expect(replied.data?.replyToApplication).toMatchObject({ status: 'REPLIED', replyType: 'NOT_PUBLIC', replyGroundLabel: '保护第三方合法权益' });
    const idFinding = replied.data!.replyToApplication.replyFindings.find((f) => f.type === 'id_card');
    expect(idFinding).toMatchObject({ severity: 'info', replacement: null });
  });

  test('delivery by e-mail sends the letter to the applicant; tracking shows the reply', async () => {
    const delivered = await t.gql<{ deliverApplicationReply: { deliveredBy: string } }>('mutation($id:ID!){ deliverApplicationReply(id:$id, by: EMAIL) { deliveredBy } }', { id }, tokens.clerk);
    expect(delivered.data?.deliverApplicationReply.deliveredBy).toBe('EMAIL');
    const letter = smtp.mails.find((m) => m.to.includes('qian@example.test'));
    expect(letter?.subject).toBe('【政府信息公开申请答复】YSQ2027-00001');
    expect(letter?.text).toContain('第三方不同意公开');
    const page = await track(regNo, accessCode);
    expect(definition(page.html, '办理状态')).toBe('已答复');
    expect(definition(page.html, '答复类型')).toBe('不予公开（保护第三方合法权益）');
  });

  test('staff register a letter received by post on the day it was signed for; audit names no personal data', async () => {
    at('2027-04-21T10:00:00');
    const registered = await t.gql<{ registerApplication: { application: { regNo: string; receivedOn: string; dueOn: string; id: string }; accessCode: string } }>(
      'mutation($i: ApplicationRegistrationInput!){ registerApplication(input:$i){ application { id regNo receivedOn dueOn } accessCode } }',
      { i: { name: '孙小满', idType: '居民身份证', idNumber: withIdCheck('32010219900101002'), address: '某县某镇某村2组', description: '申请公开某路段改造工程的招标公告', deliveryForm: 'POST', source: 'POST', receivedOn: '2027-04-19' } },
      tokens.clerk,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerApplication.application).toMatchObject({ regNo: 'YSQ2027-00003', receivedOn: '2027-04-19' });
    const events = await t.db.pool.query<{ details: unknown }>("SELECT details FROM audit_events WHERE action = 'application.register'");
    expect(JSON.stringify(events.rows)).not.toMatch(/孙小满|钱多多|3201021990/);
  });

  test('the inspection lists applications near and past their deadline', async () => {
    const appId = (await t.gql<{ disclosureApplications: { id: string; regNo: string }[] }>('{ disclosureApplications { id regNo } }', {}, tokens.clerk)).data!.disclosureApplications.find((a) => a.regNo === 'YSQ2027-00003')!.id;
    // Received Monday 19 April: the 20th working day after is Monday 17 May.
    at('2027-05-13T09:00:00');
    const soon = await t.gql<{ runInspection: { findings: { rule: string; targetId: string }[] } }>('mutation{ runInspection { findings { rule targetId } } }', {}, tokens.over);
    expect(soon.data?.runInspection.findings.filter((f) => f.targetId === appId).map((f) => f.rule)).toEqual(['application_due_soon']);
    at('2027-05-18T09:00:00');
    const late = await t.gql<{ runInspection: { findings: { rule: string; targetId: string }[] } }>('mutation{ runInspection { findings { rule targetId } } }', {}, tokens.over);
    expect(late.data?.runInspection.findings.filter((f) => f.targetId === appId).map((f) => f.rule)).toEqual(['application_overdue']);
  });

  test('转办 hands an application to the unit that holds the information', async () => {
    const appId = (await t.gql<{ disclosureApplications: { id: string; regNo: string }[] }>('{ disclosureApplications { id regNo } }', {}, tokens.clerk)).data!.disclosureApplications.find((a) => a.regNo === 'YSQ2027-00002')!.id;
    const moved = await t.gql<{ transferApplication: { unitCode: string } }>('mutation($id:ID!){ transferApplication(id:$id, unitCode:"water"){ unitCode } }', { id: appId }, tokens.clerk);
    expect(moved.data?.transferApplication.unitCode).toBe('water');
    expect(code(await t.gql(q('acceptApplication(id:$id)'), { id: appId }, tokens.clerk))).toBe('FORBIDDEN');
    expect(code(await t.gql(q('acceptApplication(id:$id)'), { id: appId }, tokens.clerkB))).toBeUndefined();
    const events = await t.db.pool.query<{ details: { to: string } }>("SELECT details FROM audit_events WHERE action = 'application.transfer' AND target_id = $1", [appId]);
    expect(events.rows.map((r) => r.details.to)).toEqual(['water']);
  });
});
