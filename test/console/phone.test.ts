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
  await t.users([{ username: 'shouji', role: 'admin' }, { username: 'shoujibianji', role: 'editor' }, { username: 'shoujishenhe', role: 'reviewer' }]);
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

test('the review page fits a phone: the findings table scrolls inside itself', async () => {
  const ed = await t.login('shoujibianji');
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title: '关于核实低保申请人信息的通知', body: '<p>机密★一年</p><p>申请人赵一鸣，联系电话13912345678，请于本周内到社区核实。</p>', categoryCode: 'gzdt', channels: ['PORTAL'] },
  }, ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, ed);
  await page.getByRole('button', { name: '退出' }).click();
  await signIn(page, t.url, 'shoujishenhe');
  await page.goto(`${t.url}/console/review/${id}`);
  await page.getByRole('button', { name: '通过' }).waitFor();
  await page.getByRole('cell', { name: '手机号' }).first().waitFor();
  expect(await sideways(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});
