import type { Browser } from 'playwright-core';
import type { TestHub } from '../helpers/hub.js';
import { docxWith, uploadFile } from '../helpers/documents.js';
import { createAndSubmit, gqlData, hubWithUsers, publishAndWait } from '../oversight/publishing.js';
import { portalViolations } from '../portal/axe.js';
import { MN } from '../portal/mongolianText.js';
import { STAFF } from '../portal/staff.js';
import { launch, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/*
 * 蒙汉双语 in a real browser: an editor writes the Mongolian version in the console, the reviewer sees it beside
 * the Chinese and approves both; on the portal the item reads in vertical Mongolian (columns left to right),
 * the language switch leads to the same item both ways, and axe finds nothing on the Mongolian pages.
 */
let t: TestHub;
let browser: Browser;
let id: string;

beforeAll(async () => {
  const hub = await hubWithUsers(STAFF);
  t = hub.t;
  browser = await launch();
  id = await createAndSubmit(t, hub.tokens.ed, { title: '关于城区冬季供暖的通知', body: '<p>城区供暖于11月开始。</p><p>供暖覆盖全体居民。</p>' });
  // The 信息索引 box, a 失效 notice and an attachment are on the Mongolian page too: axe checks them there.
  expect((await uploadFile(t.url, hub.tokens.ed, id, '供暖时间表.docx', await docxWith(['供暖时间表', '十一月一日起供暖']))).status).toBe(201);
  await gqlData(t, 'mutation($id:ID!){ updateInfoIndex(contentId:$id, input:{ documentNumber: "巴政办字〔2018〕62号", writtenOn: "2018-03-05", topic: "城乡建设、环境保护", validity: EXPIRED, validityDate: "2026-01-01" }){ id } }', { id }, hub.tokens.ed);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('an editor writes the Mongolian version; the reviewer sees it with the item and approves both', async () => {
  const editor = await openPage(browser);
  await signIn(editor, t.url, 'ed');
  await editor.goto(`${t.url}/console/contents/${id}`);
  await editor.getByRole('button', { name: '蒙古文版本' }).click();
  await editor.getByLabel('蒙古文标题').fill(MN.title);
  await editor.getByLabel('蒙古文正文').fill(`${MN.first} ${MN.second} ${MN.first} ${MN.second}\n${MN.second} ${MN.first} ${MN.second} ${MN.first}`);
  await editor.getByRole('button', { name: '保存译文' }).click();
  await editor.getByText('译文待审核').waitFor();
  const preview = editor.getByRole('region', { name: '蒙古文排版预览' });
  expect(await preview.getAttribute('lang')).toBe('mn-Mong');
  expect(await preview.innerText()).toContain(MN.title);
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshot(editor, 'mongolian-console-translation');

  const reviewer = await openPage(browser);
  await signIn(reviewer, t.url, 'rev');
  await reviewer.goto(`${t.url}/console/review/${id}`);
  const version = reviewer.getByRole('region', { name: '蒙古文版本' });
  await version.waitFor();
  expect(await version.innerText()).toContain(MN.title);
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshot(reviewer, 'mongolian-console-review');
  await reviewer.getByRole('button', { name: '通过' }).click();
  await reviewer.waitForURL(`**/console/contents/${id}`);
  await reviewer.getByText('已通过').first().waitFor();
  await editor.context().close();
  await reviewer.context().close();
}, 120_000);

test('the item reads vertically in Mongolian, left to right, and the switch leads to the same item both ways', async () => {
  const ed = await t.login('ed');
  await publishAndWait(t, ed, id);
  const page = await openPage(browser);
  await page.goto(`${t.url}/articles/${id}`);
  await page.getByRole('link', { name: 'ᠮᠣᠩᠭᠣᠯ' }).click();
  await page.waitForURL(`${t.url}/mn/articles/${id}`);
  expect(await page.getAttribute('html', 'lang')).toBe('mn-Mong');
  await page.evaluate(() => document.fonts.ready);
  // The hub's own font was fetched and used (the page's policy allows fonts from the hub only).
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans Mongolian')).map((f) => f.status))).toEqual(['loaded']);
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(MN.title.slice(0, 4));

  const columns = await page.locator('.article-body p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().toJSON() as { x: number; width: number; height: number }));
  expect(columns).toHaveLength(2);
  // A text column is taller than wide, and the second stands to the right of the first.
  expect(columns[0].height).toBeGreaterThan(columns[0].width);
  expect(columns[1].x).toBeGreaterThan(columns[0].x + columns[0].width - 1);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).writingMode)).toBe('vertical-lr');
  // The 信息索引 reads down each row, label above value, and the rows stand left to right.
  const box = page.getByRole('note').filter({ hasText: '本文件已失效' });
  await box.waitFor();
  const rows = await page.locator('.info-box > div').evaluateAll((divs) => divs.map((d) => ({
    row: d.getBoundingClientRect().toJSON() as { x: number; width: number },
    dt: d.querySelector('dt')!.getBoundingClientRect().toJSON() as { y: number; x: number },
    dd: d.querySelector('dd')!.getBoundingClientRect().toJSON() as { y: number; x: number },
  })));
  expect(rows).toHaveLength(8);
  expect(rows[0].dd.y).toBeGreaterThan(rows[0].dt.y);
  expect(rows[1].row.x).toBeGreaterThan(rows[0].row.x + rows[0].row.width - 1);
  await expect(page.locator('.info-box').innerText()).resolves.toContain('巴政办字〔2018〕62号');
  await expect(page.locator('section.attachments').innerText()).resolves.toContain('供暖时间表.docx');
  expect(await portalViolations(page)).toEqual([]);
  await screenshot(page, 'mongolian-portal-article');

  await page.getByRole('link', { name: '中文' }).click();
  await page.waitForURL(`${t.url}/articles/${id}`);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('关于城区冬季供暖的通知');
  await page.context().close();
}, 120_000);

test('axe finds no violation on the Mongolian pages; on a phone they scroll sideways, not down', async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(browser, width);
    for (const path of ['/mn/', '/mn/categories/tzgg', `/mn/articles/${id}`, `/mn/search?q=${encodeURIComponent(MN.monthPlain)}`]) {
      await page.goto(`${t.url}${path}`);
      expect({ path, width, violations: await portalViolations(page) }).toEqual({ path, width, violations: [] });
    }
    const search = await page.locator('main').innerText();
    expect(search).toContain(MN.title.slice(0, 4));
    // Vertical Mongolian grows to the right: the page scrolls horizontally and never needs a vertical scroll.
    await page.goto(`${t.url}/mn/articles/${id}`);
    const overflow = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight }));
    expect(overflow.sh).toBeLessThanOrEqual(overflow.ch + 1);
    if (width === 375) {
      expect(overflow.sw).toBeGreaterThan(overflow.cw);
      await screenshot(page, 'mongolian-portal-phone');
    }
    await page.context().close();
  }
}, 120_000);
