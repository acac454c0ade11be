import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { launch, openPage, seriousViolations, signIn } from './browser.js';

let t: TestHub;
let browser: Browser;
let editor: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub(), launch()]);
  await t.users([{ username: 'bianji', role: 'editor' }]);
  editor = await openPage(browser, 1024);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('the wording check (文字关) shows in the live findings while typing, before anything is saved', async () => {
  await signIn(editor, t.url, 'bianji');
  await editor.getByRole('link', { name: '内容', exact: true }).click();
  await editor.getByRole('button', { name: '新建内容' }).click();
  await editor.getByLabel('标题').fill('关于网上办事大厅的说明');
  const body = editor.getByRole('textbox', { name: '正文' });
  await body.click();
  await editor.keyboard.type('群众可登陆网站在线申请。');

  const row = editor.getByRole('row').filter({ has: editor.getByRole('cell', { name: '错别字' }) });
  await row.waitFor();
  expect(await row.getByRole('cell', { name: '登陆', exact: true }).count()).toBe(1);
  expect(await row.getByRole('cell', { name: '登录', exact: true }).count()).toBe(1);
  // Nothing was saved: the page is still the new-item form.
  expect(editor.url()).toMatch(/\/contents\/new$/);
  expect(await seriousViolations(editor)).toEqual([]);
});
