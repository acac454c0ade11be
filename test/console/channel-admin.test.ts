import type { Browser, Page } from 'playwright-core';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

const ACCOUNT = '市政府公众号';
const FAILING = '关于征集老旧小区改造意见的公告';
const SCHEDULED = '关于调整冬季供暖时间的通知';
const DAY = 86_400_000;
// Nothing listens on the discard port: Weibo is unreachable, as on an intranet without internet access.
const UNREACHABLE = 'http://127.0.0.1:9';

let t: TestHub;
let wechat: WechatSim;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000f1', appSecret: 'console-secret' });
  [t, browser] = await Promise.all([startTestHub({ worker: true, env: { WECHAT_API_BASE: wechat.baseUrl, WEIBO_API_BASE: UNREACHABLE } }), launch()]);
  await t.users([{ username: 'qudao', role: 'channel_admin' }, { username: 'bianji', role: 'editor' }, { username: 'shenhe', role: 'reviewer' }]);
  for (const name of ['bianji', 'shenhe']) tokens[name] = await t.login(name);
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await wechat?.close();
});

const approved = (title: string, channels: string[]): Promise<string> => approveItem(t, { ed: tokens.bianji, rev: tokens.shenhe }, { title, summary: title, channels });

/** The Beijing calendar day `days` from now, YYYY-MM-DD. */
const beijingDay = (days: number): string => new Date(Date.now() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

/** Ant Design's visible option (its accessible list is a hidden mirror for screen readers). */
const pickOption = (name: string) => page.locator(`.ant-select-item-option[title="${name}"]`).click();

const accountRow = () => page.getByRole('row').filter({ hasText: ACCOUNT });

/** Signed in as the channel admin, 新建账号 open with the channel and the account's name chosen. */
async function newAccount(channel: string, name: string) {
  await signIn(page, t.url, 'qudao');
  await page.getByRole('link', { name: '渠道账号', exact: true }).click();
  await page.getByRole('button', { name: '新建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新建渠道账号' });
  await dialog.getByRole('combobox', { name: '渠道' }).click();
  await pickOption(channel);
  await dialog.getByLabel('账号名称').fill(name);
  return dialog;
}

test('a channel admin opens a WeChat account, retries a failed publication, and suspends the account', async () => {
  const dialog = await newAccount('微信', ACCOUNT);
  await dialog.getByLabel('开发者ID（AppID）').fill(wechat.appId);
  // A wrong secret is refused by the platform, and the dialog says which field to fix.
  await dialog.getByLabel('开发者密码（AppSecret）').fill('wrong-secret');
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByText('AppSecret 无效或已被重置').waitFor();
  await dialog.getByLabel('开发者密码（AppSecret）').fill(wechat.appSecret);
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByText('账号已开设，凭据验证通过').waitFor();

  // Opened against the simulator: active, never posted, the full 14 days before the staleness line.
  await accountRow().getByText('正常', { exact: true }).first().waitFor();
  const row = await accountRow().innerText();
  expect(row).toContain('尚未发布');
  expect(row).toContain('剩 14 天');
  expect(await page.getByRole('columnheader', { name: '距超期' }).count()).toBe(1);
  expect(await accountRow().getByRole('combobox', { name: `发布方式：${ACCOUNT}` }).count()).toBe(1);
  // 测试连接 asks the platform again and says so in Chinese.
  await accountRow().getByRole('button', { name: '测试连接' }).click();
  await page.getByText('连接正常，凭据有效').waitFor();
  expectNoCodes(await mainText(page));
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'channel-admin-accounts');

  // The platform refuses one release to the new account: it is listed as failed, with 重试.
  wechat.contentErrorNext(48001, '/cgi-bin/draft/add', 'api unauthorized');
  const id = await approved(FAILING, ['PORTAL', 'WECHAT']);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.bianji);
  await eventually(async () => (await t.gql<{ failedReleases: { contentId: string }[] }>('{ failedReleases { contentId } }', {}, tokens.bianji)).data?.failedReleases.some((f) => f.contentId === id), 30_000);
  await page.getByRole('button', { name: '刷新' }).click();
  const retry = page.getByRole('button', { name: `重试：${FAILING}` });
  await retry.waitFor();
  expect(await page.getByRole('row').filter({ hasText: FAILING }).innerText()).toContain('48001');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'channel-admin-failed');
  await retry.click();
  await page.getByText('已重新发送').waitFor();
  await page.getByText('没有发布失败的内容').waitFor();

  // Delivered on retry: the account's last post is that item.
  await eventually(async () => (await t.db.pool.query(`SELECT 1 FROM publications WHERE content_id = $1 AND channel = 'WECHAT' AND status = 'PUBLISHED'`, [id])).rowCount === 1, 30_000);
  await page.getByRole('button', { name: '刷新' }).click();
  await accountRow().getByRole('link', { name: FAILING }).waitFor();
  expect(wechat.submissions).toBe(1);

  // Suspended with a reason, confirmed with 确定.
  await accountRow().getByRole('button', { name: '暂停' }).click();
  const suspend = page.getByRole('dialog', { name: `暂停账号：${ACCOUNT}` });
  await suspend.getByLabel('暂停理由').fill('账号运营人员调整，暂停更新');
  await suspend.getByRole('button', { name: '确定' }).click();
  await accountRow().getByText('已暂停', { exact: true }).waitFor();
  const after = await accountRow().innerText();
  expect(after).toContain('账号运营人员调整，暂停更新');
  expect(after).toContain('不考核');
  expect(await accountRow().getByRole('button', { name: '恢复' }).count()).toBe(1);
  const { rows } = await t.db.pool.query(`SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'account.suspend'`);
  expect(rows).toEqual([{ reason: '账号运营人员调整，暂停更新' }]);
  expectNoCodes(await mainText(page));
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'channel-admin-suspended');
  await page.getByRole('button', { name: '退出' }).click();
});

test('an account opened while the platform is unreachable is not called verified', async () => {
  const dialog = await newAccount('微博', '市政府微博');
  await dialog.getByLabel('访问令牌（accessToken）').fill('2.00unverified-token');
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByText('账号已开设，但暂时无法连接平台核验凭据').waitFor();
  expect(await page.getByText('凭据验证通过').count()).toBe(0);
  await page.getByRole('row').filter({ hasText: '市政府微博' }).getByText('无法连接').waitFor();
});

test('an editor finds a scheduled item in its day on the calendar, reschedules it and cancels it', async () => {
  const first = beijingDay(3);
  const moved = beijingDay(5);
  const id = await approved(SCHEDULED, ['PORTAL']);
  const scheduled = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: `${first}T10:00:00+08:00` }, tokens.bianji);
  expect(scheduled.data).toEqual({ publishContent: { status: 'SCHEDULED' } });

  // The editor works on a 1024-pixel-wide screen.
  await page.context().close();
  page = await openPage(browser, 1024);
  await signIn(page, t.url, 'bianji');
  await page.getByRole('link', { name: '发布日历', exact: true }).click();
  const cell = (day: string) => page.locator(`td[data-date="${day}"]`);
  const entry = cell(first).getByRole('link', { name: SCHEDULED });
  await entry.waitFor();
  expect(await cell(first).innerText()).toMatch(/10:00\s+关于调整冬季供暖时间的通知[\s\S]*门户网站·待发布/);
  expect(await cell(moved).getByRole('link', { name: SCHEDULED }).count()).toBe(0);
  expect(await entry.getAttribute('href')).toBe(`/console/contents/${id}`);
  expectNoCodes(await mainText(page));
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'calendar-month');

  // The week view has seven days; filtered to WeChat, the portal item is not on it.
  await page.getByText('周视图').click();
  expect(await page.locator('td[data-date]').count()).toBe(7);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'calendar-week');
  await page.getByText('月视图').click();
  await page.getByRole('combobox', { name: '按渠道筛选' }).click();
  await pickOption('微信');
  await page.getByText('本期没有待发布的排期').waitFor();
  expect(await cell(first).getByRole('link', { name: SCHEDULED }).count()).toBe(0);
  await page.getByRole('combobox', { name: '按渠道筛选' }).click();
  await pickOption('全部渠道');
  await entry.waitFor();

  // 改期: the picker takes a Beijing time; the entry moves to its new day.
  await page.getByRole('button', { name: `改期：${SCHEDULED}` }).click();
  const dialog = page.getByRole('dialog', { name: `改期：${SCHEDULED}` });
  const picker = dialog.getByLabel('发布时间');
  await picker.click();
  await picker.fill(`${moved} 15:30`);
  await picker.press('Enter');
  await dialog.getByRole('button', { name: '确定' }).click();
  await cell(moved).getByRole('link', { name: SCHEDULED }).waitFor();
  expect(await cell(first).getByRole('link', { name: SCHEDULED }).count()).toBe(0);
  expect(await cell(moved).innerText()).toContain('15:30');
  const { rows } = await t.db.pool.query(`SELECT scheduled_at AS at FROM contents WHERE id = $1`, [id]);
  expect((rows[0].at as Date).toISOString()).toBe(new Date(`${moved}T15:30:00+08:00`).toISOString());

  // 取消排期, confirmed with 确定: off the calendar, the item back to 已通过.
  await page.getByRole('button', { name: `取消排期：${SCHEDULED}` }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('本期没有待发布的排期').waitFor();
  expect(await cell(moved).getByRole('link', { name: SCHEDULED }).count()).toBe(0);
  expect((await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.bianji)).data!.content.status).toBe('APPROVED');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'calendar-cancelled');
});
