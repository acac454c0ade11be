import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { launch, openPage, seriousViolations, signIn } from './browser.js';

/**
 * 正文 with a table and an image, as a county notice has them (a list of subsidies, a map): written with the
 * toolbar, saved, and still there when the item is opened again — and a table written through the API survives
 * an edit in the console instead of being dropped by the editor.
 */
let t: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'biaoge', role: 'editor' }]);
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const bodyOf = async (id: string): Promise<string> => {
  const res = await t.gql<{ content: { body: string } }>('query($id:ID!){ content(id:$id){ body } }', { id }, await t.login('biaoge'));
  return res.data!.content.body;
};

test('the editor inserts a table and an image with the toolbar, and both are saved', async () => {
  await signIn(page, t.url, 'biaoge');
  await page.getByRole('button', { name: '新建内容' }).click();
  await page.getByLabel('标题').fill('2026年城乡低保补贴标准公示');
  const category = page.getByRole('combobox', { name: '栏目' });
  await category.click();
  await category.fill('通知');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.type('补贴标准如下：');
  await page.getByRole('button', { name: '插入表格' }).click();
  // The cursor is in the first header cell; Tab moves through the cells as in a word processor.
  await page.keyboard.type('类别');
  await page.keyboard.press('Tab');
  await page.keyboard.type('标准（元/月）');
  await page.getByRole('button', { name: '删除列' }).click();
  await page.keyboard.press('Tab');
  await page.keyboard.type('城市低保');
  await page.keyboard.press('Tab');
  await page.keyboard.type('860');
  expect(await body.locator('table tr').count()).toBe(3);
  expect(await body.locator('table tr').first().locator('th').count()).toBe(2);

  // An image needs an address the sanitizer accepts and a description.
  await page.getByRole('button', { name: '插入图片' }).click();
  const dialog = page.getByRole('dialog', { name: '插入图片' });
  await dialog.getByLabel('图片地址').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: '确定' }).click();
  await dialog.getByText('请填写以 http:// 或 https:// 开头的图片地址').waitFor();
  await dialog.getByText('请填写图片说明').waitFor();
  await dialog.getByLabel('图片地址').fill('https://www.example.gov.cn/images/map.png');
  await dialog.getByLabel('图片说明').fill('低保服务窗口位置示意图');
  await dialog.getByRole('button', { name: '确定' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await body.locator('img').getAttribute('alt')).toBe('低保服务窗口位置示意图');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿', { exact: true }).waitFor();
  const id = page.url().split('/').pop()!;
  const saved = await bodyOf(id);
  expect(saved).toMatch(/<table[\s\S]*<th[^>]*>[\s\S]*类别[\s\S]*<td[^>]*>[\s\S]*城市低保[\s\S]*860/);
  expect(saved).toContain('<img src="https://www.example.gov.cn/images/map.png" alt="低保服务窗口位置示意图"');
  expect(saved).not.toContain('标准（元/月）');
});

test('a table written through the API is still there after an edit in the console', async () => {
  const token = await t.login('biaoge');
  const created = await t.gql<{ createContent: { id: string } }>(
    'mutation($i:ContentInput!){ createContent(input:$i){ id } }',
    { i: { title: '2026年第一批就业补贴名单', categoryCode: 'tzgg', channels: ['PORTAL'], body: '<p>名单如下。</p><table><tbody><tr><th>单位</th><th>人数</th></tr><tr><td>第一街道</td><td>12</td></tr></tbody></table>' } },
    token,
  );
  const id = created.data!.createContent.id;
  await page.goto(`${t.url}/console/contents/${id}/edit`);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.locator('table').waitFor();
  await page.getByLabel('摘要').fill('第一批就业补贴发放单位与人数');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿', { exact: true }).waitFor();
  const saved = await bodyOf(id);
  expect(saved).toMatch(/<table[\s\S]*单位[\s\S]*人数[\s\S]*第一街道[\s\S]*12/);
});
