import mammoth from 'mammoth';
import { withIdCheck } from '../gate/fixtures.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

/**
 * The annual report's application table against records whose counts are known: two applications carried
 * over from 2025, five received in 2026 by three kinds of applicant, five answered in 2026 with different
 * outcomes, two still open at the end of the year (one answered in January 2027).
 */
let t: TestHub;
let now = new Date('2025-12-20T10:00:00+08:00');
const at = (local: string) => { now = new Date(`${local}+08:00`); };
let token = '';
const ids: Record<string, string> = {};

const REGISTER = 'mutation($i: ApplicationRegistrationInput!){ registerApplication(input:$i){ application { id } } }';
const REPLY = 'mutation($id:ID!,$r:ReplyType!,$g:String){ replyToApplication(id:$id, replyType:$r, ground:$g, text:"答复如下：请查阅附件。"){ status } }';

async function register(key: string, applicantType: string, receivedOn: string): Promise<void> {
  const res = await t.gql<{ registerApplication: { application: { id: string } } }>(REGISTER, {
    i: { applicantType, name: `申请人${key}`, idType: '居民身份证', idNumber: withIdCheck('11010519800101001'), address: '某县某路1号', description: `申请公开事项${key}`, source: 'POST', receivedOn, deliveryForm: 'POST' },
  }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  ids[key] = res.data.registerApplication.application.id;
}

async function reply(key: string, replyType: string, ground: string | null = null): Promise<void> {
  const res = await t.gql(REPLY, { id: ids[key], r: replyType, g: ground }, token);
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'clerk', role: 'editor' }, { username: 'over', role: 'overseer' }]);
  // Signed in on the real clock (sessions expire by the database's clock), then time is put back to 2025.
  token = await t.login('clerk');
  t.hub.deps.now = () => now;
  at('2025-12-20T10:00:00');
  await register('c1', 'natural_person', '2025-12-15');
  await register('c2', 'business', '2025-12-18');
  at('2026-03-02T10:00:00');
  await register('n1', 'natural_person', '2026-03-02');
  await register('n2', 'natural_person', '2026-03-02');
  await register('n3', 'natural_person', '2026-03-02');
  await register('r1', 'research', '2026-03-02');
  await register('l1', 'legal_service', '2026-03-02');
  at('2026-03-20T10:00:00');
  await reply('c1', 'PUBLIC');
  await reply('c2', 'NOT_PUBLIC', 'third_party');
  await reply('n1', 'PARTIAL');
  await reply('n2', 'UNAVAILABLE', 'not_held');
  await reply('r1', 'NOT_PROCESSED', 'repeated');
  at('2027-01-05T10:00:00');
  await reply('n3', 'PUBLIC');
});
afterAll(async () => t.stop());

type Row = { label: string; values: number[] };

describe('政府信息公开工作年度报告', () => {
  let rows: Row[] = [];
  const row = (label: string) => rows.find((r) => r.label === label)?.values;

  test('the application table counts the records, column by applicant type', async () => {
    const res = await t.gql<{ annualReport: { title: string; applications: Row[] } }>('{ annualReport(year: 2026){ title applications { label values } } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.annualReport.title).toBe('本级政府办公室2026年政府信息公开工作年度报告');
    rows = res.data!.annualReport.applications;
    //                                                  自然人 商业 科研 公益 法律 其他 总计
    expect(row('一、本年新收政府信息公开申请数量')).toEqual([3, 0, 1, 0, 1, 0, 5]);
    expect(row('二、上年结转政府信息公开申请数量')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row('三、本年度办理结果')).toEqual([]);
    expect(row('（一）予以公开')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('4.保护第三方合法权益')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row('1.本机关不掌握相关政府信息')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('2.重复申请')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row('1.属于国家秘密')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('（七）总计')).toEqual([3, 1, 1, 0, 0, 0, 5]);
    expect(row('四、结转下年度继续办理')).toEqual([1, 0, 0, 0, 1, 0, 2]);
  });

  test('every row and ground of the official table is there, in order', () => {
    expect(rows.map((r) => r.label)).toEqual([
      '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
      '（四）无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '（五）不予处理', '1.信访举报投诉类申请',
      '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他', '（七）总计', '四、结转下年度继续办理',
    ]);
  });

  test('staff enter the other tables and text; bad figures are refused in Chinese', async () => {
    const bad = await t.gql('mutation($e: JSON!){ saveAnnualReportEntries(year: 2026, entries: $e){ year } }', { e: { licensing: -3 } }, token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe('不能为负数');
    const saved = await t.gql<{ saveAnnualReportEntries: { entries: { review: { upheld: number }; licensing: number }; html: string } }>(
      'mutation($e: JSON!){ saveAnnualReportEntries(year: 2026, entries: $e){ entries html } }',
      { e: { overview: '2026年，本机关认真贯彻落实条例。', licensing: 128, review: { upheld: 2, corrected: 1 } } }, token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveAnnualReportEntries.entries.licensing).toBe(128);
    expect(saved.data?.saveAnnualReportEntries.html).toContain('<td>128</td>');
    // 行政复议 total: 2 upheld + 1 corrected.
    expect(saved.data?.saveAnnualReportEntries.html).toMatch(/<td>2<\/td><td>1<\/td><td>0<\/td><td>0<\/td><td>3<\/td>/);
  });

  test('DOCX export carries the title and the tables', async () => {
    expect((await fetch(`${t.url}/reports/annual/2026.docx`)).status).toBe(401);
    const res = await fetch(`${t.url}/reports/annual/2026.docx`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const buffer = Buffer.from(await res.arrayBuffer());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('本级政府办公室2026年政府信息公开工作年度报告');
    expect(value).toContain('4.保护第三方合法权益');
    expect(value).toContain('2026年，本机关认真贯彻落实条例。');
  });

  test('the report becomes a draft in 政府信息公开年报, whose body keeps the tables', async () => {
    const drafted = await t.gql<{ draftAnnualReport: { contentId: string } }>('mutation{ draftAnnualReport(year: 2026){ contentId } }', {}, token);
    expect(drafted.errors).toBeUndefined();
    const content = await t.gql<{ content: { status: string; title: string; body: string; category: { code: string } } }>(
      'query($id:ID!){ content(id:$id){ status title body category { code } } }', { id: drafted.data!.draftAnnualReport.contentId }, token);
    expect(content.data?.content).toMatchObject({ status: 'DRAFT', title: '本级政府办公室2026年政府信息公开工作年度报告', category: { code: 'zfxxgknb' } });
    expect(content.data?.content.body).toContain('（七）总计');
    expect(content.data?.content.body).toMatch(/colspan="5"/);
  });
});
