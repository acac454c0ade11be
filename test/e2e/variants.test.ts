import { eventually, type TestHub } from '../helpers/hub.js';
import { startPlatformHub, type PlatformHub } from '../helpers/platformHub.js';
import type { WechatSim } from '../sim/wechat.js';
import type { WeiboSim } from '../sim/weibo.js';

/** 渠道文案: written with the item, gated with it, and what the platforms' simulators receive. */
let hub: PlatformHub;
let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let tokens: Record<string, string>;

beforeAll(async () => {
  hub = await startPlatformHub({
    appId: 'wx00000000000000b2', appSecret: 'app-secret-b2', weiboToken: 'weibo-variants-token',
    users: [{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }],
  });
  ({ t, wechat, weibo, tokens } = hub);
});
afterAll(() => hub.stop());

const CREATE = 'mutation($i:ContentInput!){ createContent(input:$i){ id verdict findings { field type severity } variants { weiboText wechatDigest wechatAuthor sourceUrl } } }';
const base = (title: string, variants: Record<string, unknown>) => ({
  title, body: `<p>${title}：现将有关事项通知如下。</p>`, summary: `${title}的摘要`, categoryCode: 'tzgg', channels: ['PORTAL', 'WECHAT', 'WEIBO'], variants,
});
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

test('the editor’s Weibo text, WeChat digest, author and 原文链接 reach the platforms; the portal link is appended on Weibo', async () => {
  const title = '关于开展冬季清洁取暖补贴申报的通知';
  const variants = { weiboText: '清洁取暖补贴开始申报啦，符合条件的家庭请在12月31日前提交材料。', wechatDigest: '申报时间、条件和材料清单一文看懂', wechatAuthor: '区发展改革局', sourceUrl: 'http://portal.test/special/heating' };
  const created = await t.gql<{ createContent: { id: string; variants: Record<string, string> } }>(CREATE, { i: base(title, variants) }, tokens.ed);
  expect(created.errors).toBeUndefined();
  const id = created.data!.createContent.id;
  expect(created.data!.createContent.variants).toEqual(variants);
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  const preview = await t.gql<{ content: { rendition: { weiboText: string; wechatDigest: string; wechatAuthor: string; wechatSourceUrl: string } } }>(
    'query($id:ID!){ content(id:$id){ rendition { weiboText wechatDigest wechatAuthor wechatSourceUrl } } }', { id }, tokens.rev);
  expect(preview.data!.content.rendition).toEqual({
    weiboText: `${variants.weiboText} http://portal.test/articles/${id}`, wechatDigest: variants.wechatDigest, wechatAuthor: variants.wechatAuthor, wechatSourceUrl: variants.sourceUrl,
  });
  expect((await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev)).errors).toBeUndefined();
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  await eventually(async () => {
    const res = await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.ed);
    return res.data?.content.status === 'PUBLISHED';
  }, 60_000);

  const [post] = weibo.shared.filter((s) => s.submittedText.startsWith(variants.weiboText));
  expect(post.submittedText).toMatch(new RegExp(`^${variants.weiboText} http://portal\\.test/articles/${id}\\?s=[\\w-]+$`));
  const [article] = wechat.published.filter((p) => p.title === title);
  expect(article.digest).toBe(variants.wechatDigest);
  expect(article.author).toBe(variants.wechatAuthor);
  expect(article.contentSourceUrl).toMatch(/^http:\/\/portal\.test\/special\/heating\?s=[\w-]+$/);
});

test('without channel copy the platforms get copy derived from the item', async () => {
  const title = '关于调整部分公交线路的通告';
  const created = await t.gql<{ createContent: { id: string; variants: unknown } }>(CREATE, { i: { ...base(title, {}), variants: null } }, tokens.ed);
  const id = created.data!.createContent.id;
  expect(created.data!.createContent.variants).toBeNull();
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed);
  await eventually(async () => wechat.published.some((p) => p.title === title) && weibo.shared.some((s) => s.submittedText.includes(title)), 60_000);
  const [article] = wechat.published.filter((p) => p.title === title);
  expect(article.digest).toBe(`${title}的摘要`);
  expect(article.author).toBe('本级政府办公室');
  expect(article.contentSourceUrl).toMatch(new RegExp(`^http://portal\\.test/articles/${id}\\?s=`));
  expect(weibo.shared.find((s) => s.submittedText.includes(title))!.submittedText).toMatch(new RegExp(`^【${title}】${title}的摘要 http://portal\\.test/articles/${id}\\?s=`));
});

test('channel copy passes the gate: personal data in the Weibo text is a finding and is masked; a text that will not fit with the link is refused', async () => {
  const withPhone = await t.gql<{ createContent: { id: string; verdict: string; findings: { field: string; type: string; severity: string }[] } }>(
    CREATE, { i: base('关于供暖报修电话的通知', { weiboText: '供暖报修请拨打13912345678' }) }, tokens.ed);
  const { id, verdict, findings } = withPhone.data!.createContent;
  expect(findings.filter((f) => f.field === 'weibo_text').map((f) => f.type)).toEqual(['mobile']);
  expect(verdict).toBe('WARN');
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  const preview = await t.gql<{ content: { rendition: { weiboText: string } } }>('query($id:ID!){ content(id:$id){ rendition { weiboText } } }', { id }, tokens.rev);
  expect(preview.data!.content.rendition.weiboText).toBe(`供暖报修请拨打139****5678 http://portal.test/articles/${id}`);
  // 140 counted as Weibo counts: 120 Chinese characters leave no room for the link.
  const tooLong = await t.gql(CREATE, { i: base('关于冬季防火的提示', { weiboText: '冬'.repeat(120) }) }, tokens.ed);
  expect(code(tooLong)).toBe('BAD_USER_INPUT');
  expect(tooLong.errors![0].message).toContain('微博文案加上门户链接超过 140 字');
  const badLink = await t.gql(CREATE, { i: base('关于冬季防火的提示', { sourceUrl: 'javascript:alert(1)' }) }, tokens.ed);
  expect(code(badLink)).toBe('BAD_USER_INPUT');
});
