/**
 * Red team, end to end (issue #9 "Hidden marks"): items carrying marks hidden from a naive scanner go through
 * the real workflow — create → submit (the gate) → approve — and must be stopped at approval; clean items
 * carrying invisible and direction-changing characters are published to the portal, the feeds, the WeChat
 * and Weibo simulators, and must arrive without them. Fields the public reads that no reviewer approves
 * (信息索引, attachment names, category names) refuse marks at the edge. The unit-level table of forms is
 * hidden-marks-forms.test.ts.
 */
import { docxWith, uploadFile } from '../helpers/documents.js';
import { eventually, type TestHub } from '../helpers/hub.js';
import { startPlatformHub, type PlatformHub } from '../helpers/platformHub.js';
import type { WechatSim } from '../sim/wechat.js';
import type { WeiboSim } from '../sim/weibo.js';

let hub: PlatformHub;
let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let tokens: Record<string, string>;

beforeAll(async () => {
  hub = await startPlatformHub({
    appId: 'wx00000000000000r9', appSecret: 'app-secret-r9', weiboToken: 'weibo-red-team-token',
    users: [{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }, { username: 'adm', role: 'admin' }],
  });
  ({ t, wechat, weibo, tokens } = hub);
});
afterAll(() => hub.stop());

interface ItemInput {
  title: string;
  body: string;
  summary?: string;
  variants?: Record<string, string>;
}

const CREATE = 'mutation($i:ContentInput!){ createContent(input:$i){ id } }';

async function submitted(item: ItemInput): Promise<{ id: string; verdict: string; findings: { field: string; type: string }[] }> {
  const created = await t.gql<{ createContent: { id: string } }>(CREATE, {
    i: { title: item.title, body: item.body, summary: item.summary ?? null, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'], ...(item.variants ? { variants: item.variants } : {}) },
  }, tokens.ed);
  expect(created.errors).toBeUndefined();
  const id = created.data!.createContent.id;
  const sub = await t.gql<{ submitContent: { verdict: string; findings: { field: string; type: string }[] } }>(
    'mutation($id:ID!){ submitContent(id:$id){ verdict findings { field type } } }', { id }, tokens.ed);
  expect(sub.errors).toBeUndefined();
  return { id, ...sub.data!.submitContent };
}

describe('hidden marks are stopped at approval, whatever field carries them', () => {
  const body = '<p>现将有关事项通知如下。</p>';
  test.each<[string, ItemInput, string]>([
    ['Hangul filler in the title', { title: '机\u3164密★关于人事调整的通知', body }, 'title'],
    ['right-to-left override in the title', { title: '\u202E★密机\u202C 关于人事调整的通知', body }, 'title'],
    ['character references in the title (the feeds decode them)', { title: '&#x673a;&#x5bc6;&#x2605; 关于人事调整的通知', body }, 'title'],
    ['tag character in the body', { title: '工作动态', body: '<p>机\u{E0020}密★</p><p>正文。</p>' }, 'body'],
    ['variation selector supplement in the body', { title: '工作动态', body: '<p>机\u{E0100}密★</p><p>正文。</p>' }, 'body'],
    ['musical format control in the body', { title: '工作动态', body: '<p>机\u{1D173}密★十年</p><p>正文。</p>' }, 'body'],
    ['isolates reversing the display in the body', { title: '工作动态', body: '<p>\u2067\u2066★\u2069\u2066密\u2069\u2066机\u2069\u2069</p><p>正文。</p>' }, 'body'],
    ['image alt', { title: '工作动态', body: '<p>会议照片。</p><img src="https://www.example.gov.cn/a.png" alt="机密★ 绝密★十年">' }, 'body'],
    ['a star look-alike', { title: '工作动态', body: '<p>秘密✶1年</p><p>正文。</p>' }, 'body'],
    ['★ before the level', { title: '工作动态', body: '<p>★机密</p><p>正文。</p>' }, 'body'],
    ['handling instruction opening the document', { title: '工作动态', body: '<p>内部文件，不得外传。现将有关事项通知如下。</p>' }, 'body'],
    ['paragraphs joined by the derived summary', { title: '工作动态', body: '<p>机</p><p>密★</p><p>现将有关事项通知如下。</p>' }, 'summary'],
    ['the summary as written', { title: '工作动态', body, summary: '内\u200B部\u3164资料，注意保存' }, 'summary'],
    ['the Weibo copy', { title: '工作动态', body, variants: { weiboText: '㊙密★ 本周工作安排' } }, 'weibo_text'],
    ['the WeChat digest', { title: '工作动态', body, variants: { wechatDigest: '\u202E料资部内\u202C 本周工作安排' } }, 'wechat_digest'],
  ])('%s', async (_name, item, field) => {
    const { id, verdict, findings } = await submitted(item);
    expect(verdict).toBe('BLOCK');
    expect(findings.filter((f) => f.type === 'classification_mark' || f.type === 'internal_mark').map((f) => f.field)).toContain(field);
    const approve = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tokens.rev);
    expect(approve.errors?.[0].extensions?.code).toBe('GATE_BLOCKED');
    expect((await fetch(`${t.url}/articles/${id}`)).status).toBe(404);
  });
});

describe('what is published carries no direction controls or invisible fillers', () => {
  /** Every character the strip policy removes (text/invisible.ts), as a test of what arrived. */
  const HIDDEN = /[\u034F\u061C\u17B4\u17B5\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u115F\u1160\u3164\uFFA0\uFEFF]|\u{E0001}|\u{E0020}|\u{1BCA0}|\u{1D173}/u;

  test('portal page, feeds, WeChat draft and Weibo post of a clean item sent with such characters', async () => {
    const title = '关于\u202E调整\u202C公交\u3164线路的通告';
    const shownTitle = '关于调整公交线路的通告';
    const { id, verdict } = await submitted({
      title,
      body: '<p>自\u2067下月\u2069起\u200B，\u{E0020}3路公交\u{1D173}调整线路。</p><table><tr><td>线路\u3164</td><td>\u202E调整\u202C后</td></tr></table>',
      summary: '3路公交\u2060线路\u{E0001}调整',
      variants: { weiboText: '3路\u202E公交\u202C调整线路，请\uFFA0留意。', wechatDigest: '线路调整\u061C一览' },
    });
    expect(verdict).toBe('PASS');
    expect((await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tokens.rev)).errors).toBeUndefined();
    expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
    const done = await eventually(async () => {
      const res = await t.gql<{ content: { status: string; publications: { channel: string; status: string; lastError: string | null }[] } }>(
        'query($id:ID!){ content(id:$id){ status publications { channel status lastError } } }', { id }, tokens.ed);
      const c = res.data?.content;
      return c && ['PUBLISHED', 'PARTIALLY_PUBLISHED'].includes(c.status) ? c : null;
    }, 60_000);
    expect(done.publications.filter((p) => p.status !== 'PUBLISHED')).toEqual([]);

    const page = await (await fetch(`${t.url}/articles/${id}`)).text();
    expect(page).toContain(shownTitle);
    expect(page).toContain('自下月起，3路公交调整线路。');
    expect(page).toContain('<td>调整后</td>');
    expect(page).not.toMatch(HIDDEN);

    const json = await (await fetch(`${t.url}/feed.json`)).text();
    expect(json).toContain(shownTitle);
    expect(json).toContain('3路公交线路调整');
    expect(json).not.toMatch(HIDDEN);
    const xml = await (await fetch(`${t.url}/feed.xml`)).text();
    expect(xml).toContain(shownTitle);
    expect(xml).not.toMatch(HIDDEN);

    const draft = wechat.published.find((p) => p.title === shownTitle);
    expect(draft).toBeDefined();
    expect(draft!.digest).toBe('线路调整一览');
    expect(`${draft!.title}${draft!.digest}${draft!.content}`).not.toMatch(HIDDEN);

    const post = weibo.posted.find((p) => p.submittedText.startsWith('3路公交调整线路，请留意。'));
    expect(post).toBeDefined();
    expect(post!.submittedText).not.toMatch(HIDDEN);
  });
});

describe('public fields outside review refuse marks at the edge', () => {
  const UPDATE = 'mutation($id:ID!,$i:InfoIndexInput!){ updateInfoIndex(contentId:$id, input:$i){ infoIndex { issuingBody documentNumber } } }';

  test('信息索引: 发布机构 and 文号', async () => {
    const { id } = await submitted({ title: '关于公布年度预算的通知', body: '<p>正文。</p>' });
    for (const [input, field] of [
      [{ issuingBody: '机\u3164密★ 区财政局' }, 'issuingBody'],
      [{ issuingBody: '区财政局（内部资料）' }, 'issuingBody'],
      [{ documentNumber: '内部资料〔2024〕3号' }, 'documentNumber'],
    ] as const) {
      const res = await t.gql(UPDATE, { id, i: input }, tokens.ed);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
      expect(res.errors?.[0].message).toContain('不能带密级、内部或不予公开标志');
    }
    // A clean value is stored without the fillers it was typed with.
    const ok = await t.gql<{ updateInfoIndex: { infoIndex: { issuingBody: string; documentNumber: string } } }>(
      UPDATE, { id, i: { issuingBody: '区\u3164财政局\u202E', documentNumber: '区财发〔2024〕3号' } }, tokens.ed);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateInfoIndex.infoIndex).toEqual({ issuingBody: '区财政局', documentNumber: '区财发〔2024〕3号' });
  });

  test('attachment names', async () => {
    const created = await t.gql<{ createContent: { id: string } }>(CREATE, { i: { title: '附件测试', body: '<p>详见附件。</p>', categoryCode: 'tzgg', channels: ['PORTAL'] } }, tokens.ed);
    const id = created.data!.createContent.id;
    const file = await docxWith(['本周工作安排']);
    const refused = await uploadFile(t.url, tokens.ed, id, '机\u200B密★ 工作安排.docx', file);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('附件名称');
    const ok = await uploadFile(t.url, tokens.ed, id, '工作\u3164安排.docx', file);
    expect(ok.status).toBe(201);
    expect(ok.body.fileName).toBe('工作安排.docx');
  });

  test('category names', async () => {
    const res = await t.gql('mutation($i:CategoryInput!){ upsertCategory(input:$i){ code } }', { i: { code: 'nbzl', name: '内部资料' } }, tokens.adm);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('栏目名称「内部资料」含有内部标志');
  });

  test('unit names and the site identity in every footer', async () => {
    const unit = await t.gql('mutation{ renameUnit(code: "default", name: "区政府办（仅供内部使用）"){ name } }', {}, tokens.adm);
    expect(unit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unit.errors?.[0].message).toContain('单位名称');
    const site = await t.gql('mutation($i:SiteSettingsInput!){ updateSiteSettings(input:$i){ sponsor } }', { i: { sponsor: '★机密 区人民政府' } }, tokens.adm);
    expect(site.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(site.errors?.[0].message).toContain('主办单位「★机密 区人民政府」含有密级标志');
    const ok = await t.gql<{ updateSiteSettings: { sponsor: string } }>('mutation($i:SiteSettingsInput!){ updateSiteSettings(input:$i){ sponsor } }', { i: { sponsor: '区人民\u3164政府\u202E' } }, tokens.adm);
    expect(ok.data?.updateSiteSettings.sponsor).toBe('区人民政府');
  });

  test('the gate reads the text of an uploaded document through its invisible characters', async () => {
    const created = await t.gql<{ createContent: { id: string } }>(CREATE, { i: { title: '附件测试二', body: '<p>详见附件。</p>', categoryCode: 'tzgg', channels: ['PORTAL'] } }, tokens.ed);
    const id = created.data!.createContent.id;
    const res = await uploadFile(t.url, tokens.ed, id, '说明.docx', await docxWith(['机\u3164密\u{E0100}★1年', '关于供暖工作的说明']));
    expect(res.status).toBe(201);
    expect(res.body.verdict).toBe('block');
    expect(res.body.findings.map((f: { type: string }) => f.type)).toEqual(['classification_mark']);
  });
});
