import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';
import { launch, openPage, signIn } from './browser.js';

/** What a new user met on an item's page and form: a release dropped in one click, a category shown as its code. */
let t: TestHub;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'tiaomu', role: 'editor' }, { username: 'tiaomushen', role: 'reviewer' }]);
  for (const name of ['tiaomu', 'tiaomushen']) tokens[name] = await t.login(name);
  page = await openPage(browser);
  await signIn(page, t.url, 'tiaomu');
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const statusOf = async (id: string): Promise<string> =>
  (await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.tiaomu)).data!.content.status;

test('取消排期 on the item page asks first, like the calendar, and only 确定 cancels the release', async () => {
  const id = await approveItem(t, { ed: tokens.tiaomu, rev: tokens.tiaomushen }, { title: '关于春节期间办事大厅开放时间的通知', channels: ['PORTAL'] });
  const at = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const scheduled = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ id } }', { id, at }, tokens.tiaomu);
  expect(scheduled.errors).toBeUndefined();

  await page.goto(`${t.url}/console/contents/${id}`);
  await page.getByRole('button', { name: '取消排期' }).click();
  const confirm = page.getByRole('tooltip').filter({ hasText: '取消排期？' });
  await confirm.waitFor();
  expect(await statusOf(id)).toBe('SCHEDULED');
  await confirm.getByRole('button', { name: '取消' }).click();
  expect(await statusOf(id)).toBe('SCHEDULED');

  await page.getByRole('button', { name: '取消排期' }).click();
  await page.getByRole('tooltip').filter({ hasText: '取消排期？' }).getByRole('button', { name: '确定' }).click();
  await page.getByText('已通过', { exact: true }).first().waitFor();
  expect(await statusOf(id)).toBe('APPROVED');
});

test('the search button of the list is named in Chinese, not by its icon ("search")', async () => {
  await page.goto(`${t.url}/console/contents`);
  await page.getByLabel('按标题搜索').fill('春节');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('link', { name: '关于春节期间办事大厅开放时间的通知' }).waitFor();
  expect(await page.getByRole('button', { name: 'search' }).count()).toBe(0);
});

test('the edit form never shows the category code, even when the catalogue arrives late', async () => {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }',
    { i: { title: '区人民政府第四季度工作动态', body: '<p>第四季度工作动态。</p>', categoryCode: 'gzdt', channels: ['PORTAL'] } }, tokens.tiaomu);
  const id = created.data!.createContent.id;
  // A slow intranet: the catalogue answers a second and a half after everything else.
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('query Categories')) await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(`${t.url}/console/contents/${id}/edit`);
  await page.getByLabel('标题').waitFor();
  const category = page.locator('.ant-form-item').filter({ has: page.getByText('栏目', { exact: true }) }).locator('.ant-select');
  expect(await category.innerText()).toContain('工作动态');
  expect(await category.innerText()).not.toContain('gzdt');
  await page.unroute('**/graphql');
});

test('publishing to 微信 without an account says so in Chinese, naming the channel and what to do', async () => {
  const id = await approveItem(t, { ed: tokens.tiaomu, rev: tokens.tiaomushen }, { title: '关于开展冬季安全生产检查的通知', channels: ['PORTAL', 'WECHAT'] });
  const res = await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.tiaomu);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0].message).toBe('本单位没有可用的微信账号：请渠道管理员在“渠道账号”中开设，或不选微信渠道');

  await page.goto(`${t.url}/console/contents/${id}`);
  await page.getByRole('button', { name: '立即发布' }).click();
  await page.getByText('本单位没有可用的微信账号').waitFor();
  expect(await page.getByText('WECHAT').count()).toBe(0);
});

test('a refusal for the wrong role names the roles in Chinese', async () => {
  const res = await t.gql('mutation($i:ContentInput!){ createContent(input:$i){ id } }',
    { i: { title: '审核员试写的通知', body: '<p>试写。</p>', categoryCode: 'gzdt', channels: ['PORTAL'] } }, tokens.tiaomushen);
  expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(res.errors?.[0].message).toBe('您的角色（审核员）无权执行此操作，需要：编辑');
});
