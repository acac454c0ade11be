import type { Browser, Page } from 'playwright-core';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

// Synthetic person: the ID number has a valid region, date and check digit but belongs to no one.
const MOBILE = '13912345678';
const TITLE = '关于发放春季供暖补贴的通知';

let t: TestHub;
let browser: Browser;
let editor: Page;
let reviewer: Page;
let contentId = '';

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: true }), launch()]);
  await t.users([{ username: 'bianji', role: 'editor' }, { username: 'shenhe', role: 'reviewer' }]);
  [editor, reviewer] = await Promise.all([openPage(browser), openPage(browser, 1024)]);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('the editor writes an item, sees the gate’s findings while typing, and submits it', async () => {
  await signIn(editor, t.url, 'bianji');
  await editor.getByRole('link', { name: '内容', exact: true }).click();
  await editor.getByRole('button', { name: '新建内容' }).click();
  await editor.getByLabel('标题').fill(TITLE);

  const category = editor.getByRole('combobox', { name: '栏目' });
  await category.click();
  await category.fill('通知');
  await editor.keyboard.press('ArrowDown');
  await editor.keyboard.press('Enter');
  await expect(editor.locator('.ant-select-content, .ant-select-selection-item').first().innerText()).resolves.toContain('通知公告');

  const body = editor.getByRole('textbox', { name: '正文' });
  await body.click();
  await editor.keyboard.type(`申请人张三，联系电话${MOBILE}，请于三月底前到窗口办理。`);
  await editor.getByLabel('摘要').fill('春季供暖补贴发放安排');
  await editor.getByRole('checkbox', { name: '微博' }).check();

  // Live findings, highlighted in the text as it is written.
  await editor.getByRole('cell', { name: '手机号' }).waitFor();
  expect(await body.locator('mark.finding').allInnerTexts()).toEqual(['张三', MOBILE]);
  expect(await editor.getByRole('cell', { name: '姓名' }).count()).toBe(1);
  expect(await editor.getByRole('cell', { name: '139****5678' }).count()).toBe(1);
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshot(editor, 'editor-new-content');

  await editor.getByRole('button', { name: '提交审核' }).click();
  await editor.getByText('审核中', { exact: true }).waitFor();
  contentId = editor.url().split('/').pop()!;
  const text = await mainText(editor);
  expect(text).toContain(TITLE);
  expectNoCodes(text);
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshot(editor, 'editor-item-in-review');
});
