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
  // 微博 and 微信 need an account of the unit (the channel admin's journey); this item goes to the hub's own channels.
  expect(await editor.getByRole('checkbox', { name: '门户网站' }).isChecked()).toBe(true);

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

test('the reviewer sees every finding and exactly what will be published, and approves', async () => {
  await signIn(reviewer, t.url, 'shenhe');
  await reviewer.getByRole('link', { name: '审核', exact: true }).click();
  await reviewer.getByRole('link', { name: TITLE }).click();
  await reviewer.getByRole('button', { name: '通过' }).waitFor();

  const findings = reviewer.locator('.ant-card', { hasText: '审查发现' });
  for (const cell of ['手机号', MOBILE, '139****5678', '姓名', '张三', '张某某']) expect(await findings.getByRole('cell', { name: cell, exact: true }).count()).toBe(1);
  const published = reviewer.getByRole('region', { name: '将发布的内容' });
  const publishedText = await published.innerText();
  expect(publishedText).toContain('联系电话139****5678');
  expect(publishedText).not.toContain(MOBILE);
  expect(publishedText).not.toContain('张三');
  await reviewer.getByRole('tab', { name: '微博' }).click();
  await reviewer.getByText(/字数：\d+ \/ 140/).waitFor();
  expectNoCodes(await mainText(reviewer));
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshot(reviewer, 'reviewer-review-page-1024');

  await reviewer.getByRole('button', { name: '通过' }).click();
  await reviewer.getByText('已通过', { exact: true }).waitFor();
});

test('the editor publishes now and the portal shows the de-identified article', async () => {
  await editor.reload();
  await editor.getByRole('button', { name: '立即发布' }).click();
  await editor.getByText('已发布', { exact: true }).first().waitFor({ timeout: 30_000 });
  await editor.getByRole('tab', { name: '发布情况' }).click();
  await editor.getByRole('cell', { name: '门户网站', exact: true }).waitFor();
  expectNoCodes(await mainText(editor));
  await screenshot(editor, 'editor-item-published');

  const portal = await openPage(browser);
  await portal.goto(`${t.url}/articles/${contentId}`);
  const article = await portal.locator('main').innerText();
  expect(article).toContain(TITLE);
  expect(article).toContain('139****5678');
  expect(article).not.toContain(MOBILE);
  expect(article).not.toContain('张三');
  await screenshot(portal, 'portal-article');
  await portal.context().close();
  const published = await eventually(async () => {
    const res = await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id: contentId }, await t.login('bianji'));
    return res.data?.content.status === 'PUBLISHED' ? res.data.content.status : null;
  });
  expect(published).toBe('PUBLISHED');
});
