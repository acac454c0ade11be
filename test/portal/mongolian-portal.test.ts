import { eventually, type TestHub } from '../helpers/hub.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishAndWait, publishItem } from '../oversight/publishing.js';
import { docxWith, uploadFile } from '../helpers/documents.js';
import { all, parseHtml, text } from './dom.js';
import { MN, mnBody } from './mongolianText.js';
import { STAFF } from './staff.js';

/*
 * The Mongolian portal over HTTP: the bilingual item's page in both languages with the switch between them,
 * the feeds per language, search that ignores Mongolian selectors and separators, the bundled font, and a
 * retraction taking the Mongolian page down through the page cache.
 */
let t: TestHub;
let tokens: Record<string, string>;
let bilingual: string;
let chineseOnly: string;

const SAVE = `mutation($id:ID!,$i:TranslationInput!){ saveTranslation(contentId:$id, input:$i){ status } }`;

beforeAll(async () => {
  ({ t, tokens } = await hubWithUsers(STAFF));
  bilingual = await createAndSubmit(t, tokens.ed, { title: '关于城区冬季供暖的通知', body: '<p>城区供暖于11月开始。</p>', channels: ['PORTAL', 'APP'] });
  await gqlData(t, SAVE, { id: bilingual, i: { title: MN.title, body: mnBody() } }, tokens.ed);
  await approve(t, tokens.rev, bilingual);
  await publishAndWait(t, tokens.ed, bilingual);
  chineseOnly = await publishItem(t, { editor: tokens.ed, reviewer: tokens.rev }, { title: '关于道路维修的公告', body: '<p>请绕行。</p>', channels: ['PORTAL', 'APP'] });
}, 180_000);
afterAll(async () => t?.stop());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const linkNamed = (html: string, name: string): string | null => new RegExp(`<a [^>]*href="([^"]*)"[^>]*>${name}</a>`).exec(html)?.[1] ?? null;

test('the bilingual item has a Mongolian page, and each language links to the same item in the other', async () => {
  const mn = await get(`/mn/articles/${bilingual}`);
  expect(mn.status).toBe(200);
  expect(mn.text).toMatch(/<html lang="mn-Mong"/);
  expect(mn.text).toContain(`<h1>${MN.title}</h1>`);
  expect(mn.text).toContain(MN.first);
  expect(mn.headers.get('content-security-policy')).toContain("font-src 'self'");
  expect(linkNamed(mn.text, '中文')).toBe(`/articles/${bilingual}`);
  // The date as the region's Mongolian pages write it: 2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 1 ᠡᠳᠦᠷ.
  expect(mn.text).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{4} ᠣᠨ\u202Fᠤ \d{1,2} ᠰᠠᠷ\u180Eᠠ\u202Fᠶᠢᠨ \d{1,2} ᠡᠳᠦᠷ<\/time>/);
  // Every portal page carries the site identity, in Chinese.
  expect(mn.text).toContain('主办单位');

  const zh = await get(`/articles/${bilingual}`);
  expect(linkNamed(zh.text, 'ᠮᠣᠩᠭᠣᠯ')).toBe(`/mn/articles/${bilingual}`);
  const plain = await get(`/articles/${chineseOnly}`);
  expect(linkNamed(plain.text, 'ᠮᠣᠩᠭᠣᠯ')).toBe('/mn/');
  expect((await get(`/mn/articles/${chineseOnly}`)).status).toBe(404);
});

test('home and category pages list translated items under the Mongolian category name', async () => {
  const home = await get('/mn/');
  expect(home.status).toBe(200);
  expect(home.text).toContain(`/mn/articles/${bilingual}`);
  expect(home.text).not.toContain(`/mn/articles/${chineseOnly}`);
  expect(home.text).toContain('ᠮᠡᠳᠡᠭᠳᠡᠯ ᠵᠠᠷᠯᠠᠯ');
  const category = await get('/mn/categories/tzgg');
  expect(category.text).toContain(`<h1>ᠮᠡᠳᠡᠭᠳᠡᠯ ᠵᠠᠷᠯᠠᠯ</h1>`);
  expect(category.text).toContain(MN.title);
  expect(linkNamed(category.text, '中文')).toBe('/categories/tzgg');
  expect(linkNamed((await get('/categories/tzgg')).text, 'ᠮᠣᠩᠭᠣᠯ')).toBe('/mn/categories/tzgg');
});

test('each language has its own feeds', async () => {
  const mn = JSON.parse((await get('/mn/feed.json')).text);
  expect(mn.language).toBe('mn-Mong');
  expect(mn.items.map((i: { url: string; title: string }) => [i.url, i.title])).toEqual([[`http://portal.test/mn/articles/${bilingual}`, MN.title]]);
  const zh = JSON.parse((await get('/feed.json')).text);
  expect(zh.language).toBe('zh-CN');
  expect(zh.items.map((i: { title: string }) => i.title)).toEqual(['关于道路维修的公告', '关于城区冬季供暖的通知']);
  const rss = await get('/mn/feed.xml');
  expect(rss.headers.get('content-type')).toContain('application/rss+xml');
  expect(rss.text).toContain('<language>mn-mong</language>');
  expect(rss.text).toContain(`<title>${MN.title}</title>`);
});

test('search finds Mongolian text whatever selectors, vowel separators and suffix spaces the query holds', async () => {
  const found = async (q: string) => (await get(`/mn/search?q=${encodeURIComponent(q)}`)).text.includes(`/mn/articles/${bilingual}`);
  expect(await found(MN.heating)).toBe(true);
  // A free variation selector inside the word, as another keyboard would type it.
  expect(await found(MN.heating.replace('ᠭ', 'ᠭ\u180B'))).toBe(true);
  // ᠰᠠᠷᠠ without the vowel separator finds ᠰᠠᠷ᠎ᠠ.
  expect(await found(MN.monthPlain)).toBe(true);
  // The genitive with a plain space, or with no space at all, instead of U+202F.
  expect(await found(MN.suffixed.replace('\u202F', ' '))).toBe(true);
  expect(await found(MN.suffixed.replace('\u202F', ''))).toBe(true);
  expect(await found('ᠮᠣᠷᠢ')).toBe(false);
});

test('the font is the hub\'s own, cached for a year, with its licence', async () => {
  const page = await get('/mn/');
  const fontPath = /url\((\/mn\/fonts\/[^)]+\.woff2)\)/.exec(page.text)![1];
  const res = await fetch(`${t.url}${fontPath}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('font/woff2');
  expect(res.headers.get('cache-control')).toContain('immutable');
  expect(Buffer.from(await res.arrayBuffer()).subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect((await get('/mn/fonts/LICENSE.txt')).text).toContain('SIL Open Font License');
});

test('retracting the item takes its Mongolian page down, through the page cache', async () => {
  expect((await get(`/mn/articles/${bilingual}`)).status).toBe(200);
  await gqlData(t, 'mutation($id:ID!){ retractContent(id:$id, reason:"内容有误"){ status } }', { id: bilingual }, tokens.ed);
  await eventually(async () => (await get(`/mn/articles/${bilingual}`)).status === 410);
  expect((await get('/mn/')).text).not.toContain(`/mn/articles/${bilingual}`);
  expect(JSON.parse((await get('/mn/feed.json')).text).items).toEqual([]);
  expect(linkNamed((await get(`/articles/${bilingual}`)).text, 'ᠮᠣᠩᠭᠣᠯ')).toBe('/mn/');
});

test('the Mongolian page carries the item\'s 信息索引 with Mongolian labels, the 废止 notice and the attachments', async () => {
  const id = await createAndSubmit(t, tokens.ed, { title: '关于城区供暖收费标准的通知', body: '<p>供暖收费标准调整。</p>' });
  const file = await docxWith(['供暖收费标准表', '居民每平方米二十元']);
  expect((await uploadFile(t.url, tokens.ed, id, '收费标准.docx', file)).status).toBe(201);
  await gqlData(t, SAVE, { id, i: { title: MN.title, body: mnBody() } }, tokens.ed);
  await approve(t, tokens.rev, id);
  await publishAndWait(t, tokens.ed, id);
  const index = await gqlData<{ updateInfoIndex: { infoIndex: { indexNumber: string } } }>(t,
    'mutation($id:ID!){ updateInfoIndex(contentId:$id, input:{ documentNumber: "巴政办字〔2018〕62号", writtenOn: "2018-03-05", topic: "城乡建设、环境保护", validity: REPEALED, validityDate: "2026-01-01" }){ infoIndex { indexNumber } } }',
    { id }, tokens.ed);

  // The box changes the page at once, through the page cache.
  const page = await eventually(async () => {
    const got = await get(`/mn/articles/${id}`);
    return got.text.includes('巴政办字〔2018〕62号') ? parseHtml(got.text) : null;
  });
  const [box] = all(page, (e) => e.name === 'dl' && e.attribs.class === 'info-box');
  expect(box.attribs['aria-label']).toBe('ᠮᠡᠳᠡᠭᠡᠯᠡᠯ\u202Fᠦᠨ ᠡᠷᠢᠯᠲᠡ');
  const rows = all(box, (e) => e.name === 'div').map((row) => [text(all(row, (e) => e.name === 'dt')[0]), text(all(row, (e) => e.name === 'dd')[0])]);
  // The DOM helper reads U+202F (the suffix space) as a space, like any white space.
  const spaced = (s: string) => s.replace(/\s+/g, ' ');
  const date = (y: number, m: number, d: number) => spaced(`${y} ᠣᠨ\u202Fᠤ ${m} ᠰᠠᠷ\u180Eᠠ\u202Fᠶᠢᠨ ${d} ᠡᠳᠦᠷ`);
  expect(rows.map(([label]) => label)).toEqual([
    'ᠡᠷᠢᠯᠲᠡ\u202Fᠶᠢᠨ ᠳ\u180Bᠤᠭᠠᠷ', 'ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ\u180Eᠠ', 'ᠪᠢᠴᠢᠭ\u202Fᠦᠨ ᠳ\u180Bᠤᠭᠠᠷ', 'ᠪᠢᠴᠢᠭᠰᠡᠨ ᠡᠳᠦᠷ',
    'ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ', 'ᠰᠡᠳᠦᠪ\u202Fᠦᠨ ᠠᠩᠭᠢᠯᠠᠯ', 'ᠬᠦᠴᠦᠨ\u202Fᠲᠡᠢ ᠡᠰᠡᠬᠦ', 'ᠠᠩᠭᠢᠯᠠᠯ',
  ].map(spaced));
  const values = Object.fromEntries(rows.map(([label, value], i) => [['索引号', '发布机构', '文号', '成文日期', '发布日期', '主题分类', '有效性', '栏目'][i], value]));
  expect(values).toMatchObject({
    索引号: index.updateInfoIndex.infoIndex.indexNumber, 文号: '巴政办字〔2018〕62号', 成文日期: date(2018, 3, 5), 主题分类: '城乡建设、环境保护',
    有效性: `ᠬᠠᠰᠤᠭᠳᠠᠭᠰᠠᠨ (${date(2026, 1, 1)})`,
  });
  expect(values.索引号).toMatch(/^bynr\/tzgg-\d{4}-\d{5}$/);
  // Chinese values are marked as Chinese for screen readers.
  expect(all(box, (e) => e.attribs.lang === 'zh-CN').map(text)).toEqual(expect.arrayContaining(['巴政办字〔2018〕62号', '城乡建设、环境保护']));

  const [notice] = all(page, (e) => e.attribs.class === 'validity-notice');
  expect(notice.attribs.role).toBe('note');
  expect(text(notice)).toContain('ᠬᠠᠰᠤᠭᠳᠠᠭᠰᠠᠨ');
  expect(text(notice)).toContain('本文件已废止（废止日期：2026-01-01），仅供查阅参考。');

  const [files] = all(page, (e) => e.name === 'section' && e.attribs.class === 'attachments');
  expect(text(all(files, (e) => e.name === 'h2')[0])).toBe('ᠬᠠᠪᠰᠤᠷᠭ\u180Eᠠ');
  expect(all(files, (e) => e.name === 'li').map(text)).toEqual([`收费标准.docx DOCX ${Math.round(file.length / 1024)} KB`]);
  const href = all(files, (e) => e.name === 'a')[0].attribs.href;
  expect(Buffer.from(await (await fetch(`${t.url}${href}`)).arrayBuffer()).equals(file)).toBe(true);
});
