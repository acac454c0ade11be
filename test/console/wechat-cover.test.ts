import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { tinyPng } from '../helpers/images.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

let t: TestHub;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub(), launch()]);
  await t.users([{ username: 'bianji', role: 'editor' }, { username: 'shenhe', role: 'reviewer' }]);
  for (const name of ['bianji', 'shenhe']) tokens[name] = await t.login(name);
  page = await openPage(browser, 1024);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

test('the editor picks the WeChat cover from the item’s images in 渠道文案, and the reviewer sees it in the WeChat preview', async () => {
  const title = '关于供暖服务热线开通的通知';
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title, body: `<p>${title}：现将有关事项通知如下。</p>`, summary: '热线开通', categoryCode: 'tzgg', channels: ['PORTAL'] },
  }, tokens.bianji);
  const id = created.data!.createContent.id;
  const png = tinyPng();
  const upload = await fetch(`${t.url}/media?contentId=${id}&filename=${encodeURIComponent('热线封面.png')}`, {
    method: 'POST', headers: { authorization: `Bearer ${tokens.bianji}` }, body: new Uint8Array(png),
  });
  expect(upload.status).toBe(201);
  const coverId = ((await upload.json()) as { id: string }).id;

  await signIn(page, t.url, 'bianji');
  await page.goto(`${t.url}/console/contents/${id}/edit`);
  const cover = page.getByRole('combobox', { name: '微信封面' });
  await cover.click();
  await page.locator('.ant-select-item-option', { hasText: '热线封面.png' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'editor-wechat-cover');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(new RegExp(`/contents/${id}$`));
  const saved = await t.gql<{ content: { variants: { wechatCoverId: string } } }>('query($id:ID!){ content(id:$id){ variants { wechatCoverId } } }', { id }, tokens.bianji);
  expect(saved.data!.content.variants.wechatCoverId).toBe(coverId);

  expect((await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.bianji)).errors).toBeUndefined();
  const reviewer = await openPage(browser, 1024);
  await signIn(reviewer, t.url, 'shenhe');
  await reviewer.goto(`${t.url}/console/review/${id}`);
  await reviewer.getByRole('tab', { name: '微信' }).click();
  const img = reviewer.getByRole('img', { name: '封面：热线封面.png' });
  await img.waitFor();
  expect(await img.getAttribute('src')).toBe(`data:image/png;base64,${png.toString('base64')}`);
  expectNoCodes(await mainText(reviewer));
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshot(reviewer, 'review-wechat-cover');
});
