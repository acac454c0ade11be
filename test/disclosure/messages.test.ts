import { withIdCheck } from '../gate/fixtures.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { definition, fillIn, post } from './forms.js';

/**
 * 网民留言 through HTTP: the form, the gate on what the public sees, 受理 with a due day, 黄牌/红牌 and the
 * three-month veto on a controlled clock, the reply, and the public list. 2027-03-10 is declared a holiday;
 * every date below is counted by hand.
 */
let t: TestHub;
let now = new Date('2027-03-01T10:00:00+08:00');
const at = (local: string) => { now = new Date(`${local}+08:00`); };
const tokens: Record<string, string> = {};
const PHONE = '13698765432';
const ID_NUMBER = withIdCheck('11010519850612401');

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  t.hub.deps.now = () => now;
  await t.users([
    { username: 'clerk', role: 'editor' },
    { username: 'waterClerk', role: 'editor', unit: 'water' },
    { username: 'over', role: 'overseer' },
    { username: 'boss', role: 'admin' },
  ]);
  for (const name of ['clerk', 'waterClerk', 'over', 'boss']) tokens[name] = await t.login(name);
  await t.db.pool.query("UPDATE units SET name = '县水务局' WHERE code = 'water'");
  expect((await t.gql('mutation{ setCalendarDay(date: "2027-03-10", kind: HOLIDAY, name: "测试假日"){ date } }', {}, tokens.boss)).errors).toBeUndefined();
});
afterAll(async () => t.stop());

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const FIELDS = 'id regNo status card dueOn acceptedOn unitCode publicBody publicReply replyUnitName';

async function messageId(regNo: string): Promise<string> {
  const list = await t.gql<{ publicMessages: { id: string; regNo: string }[] }>('{ publicMessages { id regNo } }', {}, tokens.clerk);
  return list.data!.publicMessages.find((m) => m.regNo === regNo)!.id;
}

async function cardsAt(local: string): Promise<Record<string, string>> {
  at(local);
  const list = await t.gql<{ publicMessages: { regNo: string; card: string }[] }>('{ publicMessages { regNo card } }', {}, tokens.over);
  return Object.fromEntries(list.data!.publicMessages.map((m) => [m.regNo, m.card]));
}

describe('网民留言', () => {
  let regNo = '';
  let id = '';

  test('the form takes a message; the writer gets a 登记号 and 查询码', async () => {
    const empty = await fillIn(t.url, '/messages/new', '/messages', { subject: '', body: '内容', phone: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('请填写标题');
    const done = await fillIn(t.url, '/messages/new', '/messages', {
      subject: '关于小区供水水压不足的问题',
      body: `反映人：周大勇，身份证${ID_NUMBER}，电话${PHONE}。城关镇幸福小区六楼以上长期水压不足，请有关部门解决。`,
      phone: PHONE,
    });
    expect(done.status).toBe(201);
    regNo = definition(done.html, '登记号')!;
    expect(regNo).toBe('LY2027-00001');
    id = await messageId(regNo);
  });

  test('what the public will see is masked before anything is listed', async () => {
    const m = await t.gql<{ publicMessage: { publicBody: string; status: string } }>('query($id:ID!){ publicMessage(id:$id){ publicBody status } }', { id }, tokens.clerk);
    expect(m.data?.publicMessage.status).toBe('RECEIVED');
    expect(m.data?.publicMessage.publicBody).not.toContain(ID_NUMBER);
    expect(m.data?.publicMessage.publicBody).not.toContain(PHONE);
    expect(m.data?.publicMessage.publicBody).toContain('水压不足');
    // Nothing unanswered is listed.
    expect(await (await fetch(`${t.url}/messages`)).text()).not.toContain('水压不足');
  });

  test('受理 gives a due day; the unit it goes to handles it', async () => {
    const accepted = await t.gql<{ acceptPublicMessage: { status: string; acceptedOn: string; dueOn: string; unitCode: string } }>(
      `mutation($id:ID!){ acceptPublicMessage(id:$id, unitCode: "water", replyDays: 5){ ${FIELDS} } }`, { id }, tokens.clerk);
    // Five working days after Monday 1 March: Monday 8 March.
    expect(accepted.data?.acceptPublicMessage).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2027-03-01', dueOn: '2027-03-08', unitCode: 'water' });
    // The default unit's clerk no longer handles it.
    expect(code(await t.gql('mutation($id:ID!){ replyToPublicMessage(id:$id, text:"已处理"){ status } }', { id }, tokens.clerk))).toBe('FORBIDDEN');
  });

  test('黄牌 after the due day, 红牌 after five more working days, 单项否决 three months after receipt', async () => {
    expect((await cardsAt('2027-03-08T16:00:00'))[regNo]).toBe('NONE');
    expect((await cardsAt('2027-03-09T09:00:00'))[regNo]).toBe('YELLOW');
    // 9, 11, 12, 15, 16 March (the 10th is a holiday): five working days past due is still yellow …
    expect((await cardsAt('2027-03-16T09:00:00'))[regNo]).toBe('YELLOW');
    // … the sixth turns it red.
    expect((await cardsAt('2027-03-17T09:00:00'))[regNo]).toBe('RED');
    expect((await cardsAt('2027-06-02T09:00:00'))[regNo]).toBe('VETO');
    const report = await t.gql<{ runInspection: { findings: { rule: string; severity: string; targetId: string }[] } }>('mutation{ runInspection { findings { rule severity targetId } } }', {}, tokens.over);
    expect(report.data?.runInspection.findings.filter((f) => f.targetId === id)).toEqual([{ rule: 'message_unanswered', severity: 'VETO', targetId: id }]);
  });

  test('a reply with a mark is refused; the reply is listed with its dates and unit, never the contact data', async () => {
    at('2027-03-12T10:00:00');
    expect(code(await t.gql('mutation($id:ID!,$t:String!){ replyToPublicMessage(id:$id, text:$t){ status } }', { id, t: '内部资料\n经查，该小区二次供水设备老化。' }, tokens.waterClerk))).toBe('GATE_BLOCKED');
    const reply = `尊敬的周大勇先生：经现场查看，小区二次供水设备老化，已安排于3月底前更换，联系人电话${PHONE}。`;
    const replied = await t.gql<{ replyToPublicMessage: { status: string; publicReply: string; replyUnitName: string; card: string } }>(
      `mutation($id:ID!,$t:String!){ replyToPublicMessage(id:$id, text:$t){ ${FIELDS} card } }`, { id, t: reply }, tokens.waterClerk);
    expect(replied.data?.replyToPublicMessage).toMatchObject({ status: 'REPLIED', replyUnitName: '县水务局', card: 'NONE' });
    const page = await (await fetch(`${t.url}/messages`)).text();
    expect(page).toContain('关于小区供水水压不足的问题');
    expect(definition(page, '受理日期')).toBe('2027-03-01');
    expect(definition(page, '答复日期')).toBe('2027-03-12');
    expect(definition(page, '答复部门')).toBe('县水务局');
    expect(definition(page, '答复内容')).toContain('二次供水设备老化');
    expect(page).not.toContain(PHONE);
    expect(page).not.toContain(ID_NUMBER);
    expect(page).not.toContain('周大勇');
  });

  test('the writer tracks the message with the 查询码', async () => {
    const wrong = await post(`${t.url}/messages/track`, { regNo, accessCode: 'ZZZZZZZZ' });
    expect(wrong.status).toBe(404);
  });

  test('each kind of message has its own time to answer: a complaint accepted without one gets 10 working days', async () => {
    at('2027-04-01T10:00:00');
    const done = await fillIn(t.url, '/messages/new', '/messages', { category: 'complaint', subject: '关于夜间施工噪声的投诉', body: '某工地每晚施工至凌晨，影响休息。', phone: '' });
    expect(done.status).toBe(201);
    const complaint = await messageId(definition(done.html, '登记号')!);
    const accepted = await t.gql<{ acceptPublicMessage: { dueOn: string; categoryLabel: string } }>(
      'mutation($id:ID!){ acceptPublicMessage(id:$id){ dueOn categoryLabel } }', { id: complaint }, tokens.clerk);
    // From Thursday 1 April 2027: 2, 5–9, 12–15 April are the ten working days (no holidays declared then).
    expect(accepted.data?.acceptPublicMessage).toEqual({ dueOn: '2027-04-15', categoryLabel: '投诉' });
    const bad = await fillIn(t.url, '/messages/new', '/messages', { category: 'gossip', subject: '标题', body: '内容', phone: '' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('请选择留言类型');
  });

  test('per-address limits stop a flood of submissions', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await fillIn(t.url, '/messages/new', '/messages', { subject: `测试留言${i}`, body: '内容', phone: '' }, true)).status);
    // The flood from this address (with or without a right answer) is cut off after the hourly allowance.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(429);
  });

});
