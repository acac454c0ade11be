import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { launch, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/**
 * The console on a phone (375 px): the navigation becomes a row above the screen instead of a 168-pixel column,
 * nothing pushes the page sideways, and wide tables scroll inside a region reachable by keyboard.
 */
let t: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'shouji', role: 'admin' }, { username: 'shoujibianji', role: 'editor' }]);
  page = await openPage(browser, 375);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const sideways = (p: Page): Promise<number> => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the login form fits a phone', async () => {
  await page.goto(`${t.url}/console/`);
  await page.getByLabel('用户名').waitFor();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('every admin screen fits 375 px: the navigation is a row on top and the work uses the width', async () => {
  await signIn(page, t.url, 'shouji');
  for (const name of ['内容', '发布日历', '渠道账号', '审计', '巡查', '统计', '用户', '栏目', '设置']) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.waitForLoadState('networkidle');
    expect({ name, sideways: await sideways(page) }).toEqual({ name, sideways: 0 });
    const nav = await page.getByRole('navigation', { name: '主导航' }).boundingBox();
    const main = await page.locator('main').boundingBox();
    // A row, not a column: short, and the screen starts below it at the left edge.
    expect(nav!.height).toBeLessThan(80);
    expect(main!.x).toBeLessThan(4);
    expect(main!.width).toBeGreaterThan(360);
    expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  }
  await screenshot(page, 'phone-settings');
});

test('a wide table scrolls in a region the keyboard reaches', async () => {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '审计' }).waitFor();
  const region = page.locator('.ant-table-content').first();
  await region.waitFor();
  expect(await region.getAttribute('tabindex')).toBe('0');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  expect(await region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});
