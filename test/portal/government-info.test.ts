import type { TestHub } from '../helpers/hub.js';
import { STAFF } from './staff.js';
import { gqlData, hubWithUsers, publishItem } from '../oversight/publishing.js';
import { actorNamed } from '../oversight/fixtures.js';
import { createContent } from '../../workflow/content.js';
import { beijingDate } from '../../time/beijing.js';
import { all, parseHtml, text } from './dom.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([...STAFF, { username: 'ed-other', role: 'editor', unit: 'other' }]));
});
afterAll(async () => t.stop());

const UPDATE = 'mutation($id:ID!,$i:InfoIndexInput!){ updateInfoIndex(contentId:$id, input:$i){ infoIndex { indexNumber issuingBody documentNumber writtenOn topic validity validityLabel validityDate } } }';
const page = async (path: string, cookie?: string) => {
  const res = await fetch(`${t.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: res.status, html: await res.text(), res };
};
/** The label → value pairs of the information box, as a visitor reads them. */
const infoBoxOf = (markup: string): Record<string, string> => {
  const box = all(parseHtml(markup), (e) => e.attribs?.class === 'info-box')[0];
  return Object.fromEntries(all(box, (e) => e.name === 'div').map((d) => [text(all(d, (e) => e.name === 'dt')[0]), text(all(d, (e) => e.name === 'dd')[0])]));
};

test('索引号: 20 items created at once get 20 consecutive numbers of their unit, category and year', async () => {
  const editor = await actorNamed(t.hub.deps, 'ed');
  const created = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    createContent(t.hub.deps, editor, { title: `关于第${i + 1}批项目的公示`, body: '<p>现予公示。</p>', categoryCode: 'gzdt', channels: ['PORTAL'] })));
  const year = beijingDate(new Date()).slice(0, 4);
  const numbers = await Promise.all(created.map(async (c) => (await gqlData<{ content: { infoIndex: { indexNumber: string } } }>(t, 'query($id:ID!){ content(id:$id){ infoIndex { indexNumber } } }', { id: c.id }, tok.ed)).content.infoIndex.indexNumber));
  expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `bynr/gzdt-${year}-${String(i + 1).padStart(5, '0')}`));
  // Another unit counts on its own.
  const other = await createContent(t.hub.deps, await actorNamed(t.hub.deps, 'ed-other'), { title: '工作动态', body: '<p>正文</p>', categoryCode: 'gzdt', channels: ['PORTAL'] });
  const res = await gqlData<{ content: { infoIndex: { indexNumber: string } } }>(t, 'query($id:ID!){ content(id:$id){ infoIndex { indexNumber } } }', { id: other.id }, tok['ed-other']);
  expect(res.content.infoIndex.indexNumber).toBe(`other/gzdt-${year}-00001`);
});

test('信息索引: validated edits, the box on the article page, in both feeds, searchable, 废止 shown prominently', async () => {
  const id = await publishItem(t, { editor: tok.ed, reviewer: tok.rev }, { title: '关于印发冬季供暖保障方案的通知', body: '<p>现将方案印发给你们，请认真贯彻执行。</p>', categoryCode: 'tzgg', channels: ['PORTAL', 'APP'] });

  const bad = await t.gql(UPDATE, { id, i: { documentNumber: '巴政办字2018年62号' } }, tok.ed);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0].message).toContain('巴政办字〔2018〕62号');
  expect((await t.gql(UPDATE, { id, i: { topic: '天气' } }, tok.ed)).errors?.[0].message).toContain('主题分类须为以下之一');
  expect((await t.gql(UPDATE, { id, i: { writtenOn: '2025-02-30' } }, tok.ed)).errors?.[0].message).toBe('成文日期不是有效的日期');
  expect((await t.gql(UPDATE, { id, i: { issuingBody: '某办' } }, tok['ed-other'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const set = await gqlData<{ updateInfoIndex: { infoIndex: Record<string, unknown> } }>(t, UPDATE, {
    id, i: { documentNumber: '巴政办字［2018］62号', writtenOn: '2018-11-20', topic: '城乡建设、环境保护', issuingBody: '巴彦淖尔市人民政府办公室' },
  }, tok.ed);
  expect(set.updateInfoIndex.infoIndex).toMatchObject({ documentNumber: '巴政办字〔2018〕62号', writtenOn: '2018-11-20', topic: '城乡建设、环境保护', validity: 'VALID', validityLabel: '有效' });
  const indexNumber = set.updateInfoIndex.infoIndex.indexNumber as string;
  expect(indexNumber).toMatch(/^bynr\/tzgg-\d{4}-00001$/);

  const article = await page(`/articles/${id}`);
  const box = infoBoxOf(article.html);
  expect(box).toMatchObject({ 索引号: indexNumber, 发布机构: '巴彦淖尔市人民政府办公室', 文号: '巴政办字〔2018〕62号', 成文日期: '2018-11-20', 主题分类: '城乡建设、环境保护', 有效性: '有效' });
  expect(box['发布日期']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(article.html).not.toContain('class="validity-notice"');

  const feed = await (await fetch(`${t.url}/feed.json`)).json() as { items: { id: string; _info_index?: Record<string, unknown> }[] };
  expect(feed.items.find((i) => i.id === id)?._info_index).toMatchObject({ index_number: indexNumber, document_number: '巴政办字〔2018〕62号', validity: '有效' });

  const search = await page(`/search?q=${encodeURIComponent('巴政办字〔2018〕62号')}`);
  expect(search.html).toContain(`/articles/${id}`);

  expect((await t.gql(UPDATE, { id, i: { validity: 'REPEALED' } }, tok.ed)).errors?.[0].message).toBe('标为废止须填写废止日期');
  await gqlData(t, UPDATE, { id, i: { validity: 'REPEALED', validityDate: '2026-03-01' } }, tok.ed);
  const repealed = await page(`/articles/${id}`);
  const alert = all(parseHtml(repealed.html), (e) => e.attribs?.class === 'validity-notice')[0];
  expect(text(alert)).toBe('本文件已废止（废止日期：2026-03-01），仅供查阅参考。');
  expect(infoBoxOf(repealed.html)['有效性']).toBe('废止（2026-03-01）');
  const rss = await (await fetch(`${t.url}/feed.xml`)).text();
  expect(rss).toContain(`<dc:identifier>${indexNumber}</dc:identifier>`);
  expect(rss).toContain('<category domain="有效性">废止</category>');

  const trail = await gqlData<{ auditEvents: { edges: { node: { action: string } }[] } }>(t, 'query($id:ID!){ auditEvents(targetId:$id, first: 50){ edges { node { action } } } }', { id }, tok.adm);
  expect(trail.auditEvents.edges.filter((e) => e.node.action === 'content.info_index')).toHaveLength(2);
});

test('site identity: admins edit it, every page footer carries it, 网站地图 follows the catalogue', async () => {
  const SET = 'mutation($i:SiteSettingsInput!){ updateSiteSettings(input:$i){ siteName sponsor siteCode icpNumber psbNumber psbLink } }';
  expect((await t.gql(SET, { i: { sponsor: '某单位' } }, tok.ed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const badCode = await t.gql(SET, { i: { siteCode: '15080' } }, tok.adm);
  expect(badCode.errors?.[0]).toMatchObject({ message: '网站标识码应为 10 位数字或字母，例如 1508000001', extensions: { code: 'BAD_USER_INPUT', field: 'siteCode' } });
  const saved = await gqlData<{ updateSiteSettings: Record<string, string> }>(t, SET, { i: {
    siteName: '巴彦淖尔市人民政府', sponsor: '巴彦淖尔市人民政府办公室', organizer: '巴彦淖尔市政务服务中心', siteCode: '1508000001',
    icpNumber: '蒙ICP备05003356号-1', psbNumber: '蒙公网安备 15080202000123号', contactPhone: '0478-8888888', contactPostcode: '015000',
  } }, tok.adm);
  expect(saved.updateSiteSettings.psbLink).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=15080202000123');

  for (const path of ['/', '/sitemap', '/contact', '/search?q=供暖', '/categories/tzgg', '/apply', '/messages', '/no-such-page']) {
    const { html } = await page(path);
    const footer = all(parseHtml(html), (e) => e.name === 'footer')[0];
    const footerText = text(footer);
    for (const expected of ['主办单位：巴彦淖尔市人民政府办公室', '网站标识码：1508000001', 'ICP备案号：蒙ICP备05003356号-1', '公安机关备案号：蒙公网安备 15080202000123号']) expect(footerText).toContain(expected);
    const links = all(footer, (e) => e.name === 'a').map(text);
    expect(links).toEqual(expect.arrayContaining(['网站地图', '联系我们', '长辈版', '依申请公开', '网民留言']));
    expect(html).not.toContain('统发 · 政府信息公开');
    expect(html).toContain('<title>');
  }
  const map = await page('/sitemap');
  const mapLinks = all(parseHtml(map.html), (e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('/categories/')).map((a) => a.attribs.href);
  expect(mapLinks).toEqual(expect.arrayContaining(['/categories/zcwj', '/categories/xzcf', '/categories/fdzdgknr']));
  // 行政处罚 is nested under its parent 法定主动公开内容.
  expect(map.html).toMatch(/法定主动公开内容<\/a><ul>.*行政处罚/s);
  expect(text(parseHtml((await page('/contact')).html))).toContain('联系电话0478-8888888');

  const icon = await fetch(`${t.url}/favicon.ico`);
  expect(icon.headers.get('content-type')).toBe('image/x-icon');
  expect([...new Uint8Array(await icon.arrayBuffer()).slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});

test('长辈版: a link sets the cookie and comes back; pages remember it; the way back is local only', async () => {
  const on = await page('/elder-mode?on=1&back=%2Fsitemap');
  expect(on.status).toBe(303);
  expect(on.res.headers.get('location')).toBe('/sitemap');
  const cookie = on.res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^tf_elder=1; Max-Age=31536000; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
  const elder = await page('/sitemap', 'tf_elder=1');
  expect(elder.html).toContain('<html lang="zh-CN" class="elder">');
  expect(all(parseHtml(elder.html), (e) => e.name === 'a' && text(e) === '退出长辈版')[0].attribs.href).toBe('/elder-mode?on=0&back=%2Fsitemap');
  expect((await page('/sitemap')).html).toContain('<html lang="zh-CN">');
  const off = await page('/elder-mode?on=0&back=/');
  expect(off.res.headers.get('set-cookie')).toMatch(/^tf_elder=0; Max-Age=0;/);
  expect((await page('/elder-mode?on=1&back=%2F%2Fevil.example')).res.headers.get('location')).toBe('/');
  expect((await page('/elder-mode?on=1&back=https%3A%2F%2Fevil.example')).res.headers.get('location')).toBe('/');
});
