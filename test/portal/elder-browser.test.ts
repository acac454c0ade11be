import { chromium, type Browser } from 'playwright-core';
import type { TestHub } from '../helpers/hub.js';
import { portalViolations } from './axe.js';
import { STAFF } from './staff.js';
import { gqlData, hubWithUsers, publishItem } from '../oversight/publishing.js';

/*
 * The portal in a real browser (Debian's chromium, headless): axe-core finds no violation in the standard
 * view nor in 长辈版, which is switched on by following the link and stays on from page to page.
 */
let t: TestHub;
let browser: Browser;
let articlePath: string;

beforeAll(async () => {
  const hub = await hubWithUsers(STAFF);
  t = hub.t;
  const id = await publishItem(t, { editor: hub.tokens.ed, reviewer: hub.tokens.rev }, { title: '关于调整城区冬季供暖收费标准的通知', body: '<p>各有关单位：</p><p>经研究，现将有关事项通知如下。</p>', categoryCode: 'tzgg' });
  await gqlData(t, 'mutation($id:ID!){ updateInfoIndex(contentId:$id, input:{ documentNumber: "巴政办字〔2018〕62号", topic: "城乡建设、环境保护", validity: EXPIRED, validityDate: "2026-01-01" }){ id } }', { id }, hub.tokens.ed);
  await gqlData(t, 'mutation{ updateSiteSettings(input:{ siteName: "巴彦淖尔市人民政府", sponsor: "巴彦淖尔市人民政府办公室", siteCode: "1508000001", icpNumber: "蒙ICP备05003356号-1", psbNumber: "蒙公网安备 15080202000123号" }){ siteName } }', {}, hub.tokens.adm);
  articlePath = `/articles/${id}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const PAGES = () => ['/', articlePath, '/sitemap', '/search?q=供暖', '/categories/tzgg', '/contact'];

test('axe finds no violation in the standard view and in 长辈版, at desktop and phone widths', async () => {
  // The pages serve no script; the test's own axe script needs the policy bypassed.
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await context.clearCookies();
    for (const path of PAGES()) {
      await page.goto(`${t.url}${path}`);
      expect(await page.getAttribute('html', 'class')).toBeNull();
      expect({ path, width, violations: await portalViolations(page) }).toEqual({ path, width, violations: [] });
    }
    // Switch on by following the footer link, as a visitor would.
    await page.goto(`${t.url}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: '长辈版', exact: true }).click();
    await page.waitForURL(`${t.url}/`);
    for (const path of PAGES()) {
      await page.goto(`${t.url}${path}`);
      expect(await page.getAttribute('html', 'class')).toBe('elder');
      expect({ path, width, violations: await portalViolations(page) }).toEqual({ path, width, violations: [] });
    }
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await page.getByRole('link', { name: '退出长辈版' }).click();
    expect(await page.getAttribute('html', 'class')).toBeNull();
  }
  await context.close();
}, 180_000);

test('the navigation lines up with the content and stays one row on a phone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${t.url}/`);
  const firstNav = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').first().boundingBox();
  const heading = await page.locator('main h1').boundingBox();
  expect(Math.round(firstNav!.x)).toBe(Math.round(heading!.x));

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${t.url}/`);
  const list = await page.locator('.site-nav ul').boundingBox();
  const link = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').first().boundingBox();
  expect(list!.height).toBeLessThan(link!.height * 2.5); // one row, scrolled sideways, not four
  expect(Math.round(link!.x)).toBeGreaterThanOrEqual(16); // not touching the edge
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
}, 60_000);
