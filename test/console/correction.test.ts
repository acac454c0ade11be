import type { Browser, Page } from 'playwright-core';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/** 更正 in the console: the editor corrects a published item with a 更正说明; the reviewer sees it marked, with the diff. */
const TITLE = '关于冬季供暖开栓时间的通知';
const FIXED = '关于冬季供暖开栓时间的通知（更正）';
const NOTE = '标题补充“更正”字样，开栓日期以本文为准。';

let t: TestHub;
let browser: Browser;
let editor: Page;
let reviewer: Page;
let id = '';

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: true }), launch()]);
  await t.users([{ username: 'bianji', role: 'editor' }, { username: 'shenhe', role: 'reviewer' }]);
  const [ed, rev] = [await t.login('bianji'), await t.login('shenhe')];
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title: TITLE, body: '<p>全区集中供暖定于11月15日开栓试水。</p>', categoryCode: 'tzgg', channels: ['PORTAL', 'APP'] },
  }, ed);
  id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, rev);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, ed);
  await eventually(async () => (await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, ed)).data?.content.status === 'PUBLISHED', 30_000);
  [editor, reviewer] = await Promise.all([openPage(browser), openPage(browser, 1024)]);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('the editor corrects a published item: the 更正说明 is required, and the item goes to review', async () => {
  await signIn(editor, t.url, 'bianji');
  await editor.goto(`${t.url}/console/contents/${id}`);
  await editor.getByText('已发布', { exact: true }).first().waitFor();
  await editor.getByRole('button', { name: '更正' }).click();
  await editor.getByLabel('更正说明').waitFor();
  await editor.getByLabel('标题').fill(FIXED);
  await editor.getByRole('button', { name: '提交更正' }).click();
  await editor.getByText('请填写更正说明，它将与更正日期一起公开显示').waitFor();
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshot(editor, 'editor-correction-form');

  // 渠道文案 are edited with the item (a correction may fix them too).
  const copy = editor.getByRole('group', { name: '渠道文案' });
  for (const field of ['微博文案', '微信导语', '微信作者', '原文链接']) await copy.getByLabel(field).waitFor();
  await copy.getByLabel('微信导语').fill('开栓日期以本文为准');

  await editor.getByLabel('更正说明').fill(NOTE);
  await editor.getByRole('button', { name: '提交更正' }).click();
  await editor.getByText('更正审核中', { exact: true }).first().waitFor();
  const text = await mainText(editor);
  expect(text).toContain(`更正说明：${NOTE}`);
  expectNoCodes(text);
  // Until it is approved the portal still shows the published title.
  const page = await (await fetch(`${t.url}/articles/${id}`)).text();
  expect(page).toContain(`<h1>${TITLE}</h1>`);
});

test('the reviewer sees the correction marked, with its note and the diff against the published revision, and approves', async () => {
  await signIn(reviewer, t.url, 'shenhe');
  await reviewer.getByRole('link', { name: '审核', exact: true }).click();
  await reviewer.getByRole('link', { name: FIXED }).click();
  await reviewer.getByRole('button', { name: '通过' }).waitFor();
  const marked = await reviewer.locator('.ant-card', { hasText: '更正审核' }).first().innerText();
  expect(marked).toContain('这是对已发布第 1 版的更正（第 2 版）');
  expect(marked).toContain(`更正说明：${NOTE}`);
  const diff = reviewer.getByLabel('与已发布版本的差异');
  expect(await diff.locator('del').allInnerTexts()).toEqual([`${TITLE}\n`]);
  expect(await diff.locator('ins').allInnerTexts()).toEqual([`${FIXED}\n`]);
  await reviewer.getByRole('tab', { name: '微信' }).click();
  await reviewer.getByText('摘要：开栓日期以本文为准').waitFor();
  expectNoCodes(await mainText(reviewer));
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshot(reviewer, 'reviewer-correction-1024');

  await reviewer.getByRole('button', { name: '通过' }).click();
  await reviewer.getByText('已发布', { exact: true }).first().waitFor();
  const portal = await openPage(browser);
  await portal.goto(`${t.url}/articles/${id}`);
  const article = await portal.locator('main').innerText();
  expect(article).toContain(FIXED);
  expect(article).toContain(`更正说明（`);
  expect(article).toContain(NOTE);
  await portal.context().close();
});
