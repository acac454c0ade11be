import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

let t: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'guanli', role: 'admin' }]);
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('an admin creates a user, who logs in, must change the password, and then works', async () => {
  await signIn(page, t.url, 'guanli');
  await page.getByRole('link', { name: '用户', exact: true }).click();
  await page.getByRole('button', { name: '新建用户' }).click();
  await page.getByLabel('新用户名').fill('xinbianji');
  await page.getByLabel('姓名').fill('新编辑');
  await page.getByLabel('初始密码').fill('Chushi-Mima-2026');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('cell', { name: 'xinbianji', exact: true }).waitFor();
  const text = await mainText(page);
  expect(text).toContain('待改密码');
  expectNoCodes(text);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-users');
  await page.getByRole('button', { name: '退出' }).click();

  await page.getByLabel('用户名').fill('xinbianji');
  await page.getByLabel('密码').fill('Chushi-Mima-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('请先修改密码').waitFor();
  await page.getByLabel('原密码').fill('Chushi-Mima-2026');
  await page.getByLabel('新密码', { exact: true }).fill('Xin-Mima-2026!');
  await page.getByLabel('确认新密码').fill('Xin-Mima-2026!');
  await page.getByRole('button', { name: '修改并继续' }).click();
  await page.getByRole('button', { name: '新建内容' }).waitFor();
  expect(await page.locator('header').innerText()).toContain('新编辑（编辑）');
});
