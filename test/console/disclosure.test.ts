import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { withIdCheck } from '../gate/fixtures.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { confirmDialog, expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/**
 * The public and the clerk, each in their own window: an application made on the portal's /apply form is
 * accepted and answered in the console; a 网民留言 is accepted, answered, and then listed on /messages.
 * Synthetic people only: the ID number has a valid check digit but belongs to no one.
 */
const ID_NUMBER = withIdCheck('11010519850612401');
const PHONE = '13912345678';
const NUMERALS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

let t: TestHub;
let browser: Browser;
let publicPage: Page;
let clerk: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'clerk', role: 'editor' }]);
  publicPage = await openPage(browser);
  // The console's CSP forbids inline scripts, axe-core's included: the clerk's window lets the test inject it.
  clerk = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  clerk.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** Answers the form's question ("七加五等于多少？") as a person reads it. */
async function answerChallenge(page: Page): Promise<void> {
  const question = await page.locator('label[for="answer"]').innerText();
  const m = /(.)加(.)等于多少/.exec(question);
  if (!m) throw new Error(`no sum in the question: ${question}`);
  await page.locator('#answer').fill(String(NUMERALS[m[1]] + NUMERALS[m[2]]));
}

/** The value after a label in the receipt (登记号 …). */
const receiptValue = (page: Page, term: string): Promise<string> => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

/** Picks an option of an antd select by keyboard: focus, type to filter, Enter. */
async function choose(page: Page, name: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name });
  await box.click();
  await box.fill(option);
  await page.keyboard.press('Enter');
}

test('an application made on /apply is accepted and answered 予以公开 in the console', async () => {
  await publicPage.goto(`${t.url}/apply`);
  await publicPage.getByLabel('姓名').fill('钱多多');
  await publicPage.getByLabel('证件号码').fill(ID_NUMBER);
  await publicPage.getByLabel('联系电话').fill(PHONE);
  await publicPage.getByLabel('所需信息内容描述').fill('申请公开本县2026年城乡居民冬季取暖补贴的发放标准。');
  await answerChallenge(publicPage);
  await publicPage.getByRole('button', { name: '提交申请' }).click();
  const regNo = await receiptValue(publicPage, '登记号');
  expect(regNo).toMatch(/\d{4}-\d+/);

  await signIn(clerk, t.url, 'clerk');
  await clerk.getByRole('link', { name: '依申请公开', exact: true }).click();
  const row = clerk.getByRole('row', { name: new RegExp(regNo) });
  await row.waitFor();
  const rowText = await row.innerText();
  expect(rowText).toContain('钱多多');
  expect(rowText).toContain('已登记，待办理');
  expect(rowText).toMatch(/剩 \d+ 个工作日/);
  expectNoCodes(await mainText(clerk));
  expect(await seriousViolations(clerk)).toEqual([]);

  await row.getByRole('link', { name: regNo }).click();
  await clerk.getByRole('heading', { name: `依申请公开 ${regNo}` }).waitFor();
  await clerk.getByRole('button', { name: '开始办理' }).click();
  await clerk.getByText('办理中', { exact: true }).waitFor();

  await clerk.getByRole('button', { name: '答复', exact: true }).click();
  const dialog = clerk.getByRole('dialog', { name: '答复申请人' });
  await choose(clerk, '答复类型', '予以公开');
  await dialog.getByLabel('答复书正文').fill('经审查，您申请的信息属于主动公开范围，现予以公开，详见所附发放标准。');
  expect(await dialog.getByRole('button', { name: '发送答复' }).isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: '检查答复书' }).click();
  await dialog.getByText('审查通过，可以发送', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: '发送答复' }).click();

  await clerk.getByRole('button', { name: '送达' }).waitFor();
  const text = await mainText(clerk);
  expect(text).toMatch(/状态：\s*已答复/);
  expect(text).toContain('予以公开');
  expect(text).toContain('尚未登记送达');
  expectNoCodes(text);
  expect(await seriousViolations(clerk)).toEqual([]);
  expect(text).not.toMatch(/\b(RECEIVED|IN_PROGRESS|REPLIED|PUBLIC|POST|ONLINE)\b/);
  await screenshot(clerk, 'disclosure-application-replied');
});

test('a message from /messages/new is accepted and answered in the console, then listed on /messages', async () => {
  const subject = '关于小区路灯不亮的问题';
  await publicPage.goto(`${t.url}/messages/new`);
  await publicPage.getByLabel('标题').fill(subject);
  await publicPage.getByLabel('留言内容').fill(`幸福小区东门路灯连续一周不亮，夜间出行不便。我的电话${PHONE}。`);
  await answerChallenge(publicPage);
  await publicPage.getByRole('button', { name: '提交留言' }).click();
  const regNo = await receiptValue(publicPage, '登记号');

  await clerk.getByRole('link', { name: '网民留言', exact: true }).click();
  const row = clerk.getByRole('row', { name: new RegExp(regNo) });
  expect(await row.innerText()).toContain('待受理');
  await row.getByRole('link', { name: subject }).click();
  await clerk.getByRole('heading', { name: `网民留言 ${regNo}` }).waitFor();
  const before = await mainText(clerk);
  expect(before).toContain(PHONE);          // staff read the message as written
  expect(before).toContain('139****5678');  // and see what the public will see
  expectNoCodes(before);
  expect(await seriousViolations(clerk)).toEqual([]);

  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  await confirmDialog(clerk, '受理留言');
  await clerk.getByText('已受理，办理中', { exact: true }).waitFor();

  const reply = '已安排维修人员更换东门路灯，现已恢复照明。感谢您的留言。';
  await clerk.getByRole('button', { name: '答复', exact: true }).click();
  const dialog = clerk.getByRole('dialog', { name: '答复留言（答复将公开）' });
  await dialog.getByLabel('答复内容').fill(reply);
  await dialog.getByRole('button', { name: '确定' }).click();
  await clerk.getByText(`答复：${reply}`).first().waitFor();
  expect(await mainText(clerk)).toMatch(/状态：\s*已答复/);
  await screenshot(clerk, 'disclosure-message-replied');

  await publicPage.goto(`${t.url}/messages`);
  const listed = await publicPage.locator('body').innerText();
  expect(listed).toContain(subject);
  expect(listed).toContain(reply);
  expect(listed).not.toContain(PHONE);
});

test('年报 counts the reply in the official table, keeps the staff figures, downloads as DOCX and makes a draft item', async () => {
  await clerk.getByRole('link', { name: '年报', exact: true }).click();
  const year = new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });
  await clerk.getByRole('radio', { name: `${year}年` }).check();
  await clerk.getByRole('heading', { name: new RegExp(`${year}年政府信息公开工作年度报告`) }).waitFor();

  const table = clerk.getByRole('table', { name: '收到和处理政府信息公开申请情况' });
  const cells = (label: RegExp) => table.getByRole('row', { name: label }).locator('td').allInnerTexts();
  // The one application of the first test: received this year, answered 予以公开, by a natural person.
  expect(await cells(/^一、本年新收/)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  expect(await cells(/^（一）予以公开/)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  expect(await table.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining(['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']));

  await clerk.getByLabel('行政许可（本年处理决定数量）').fill('37');
  await clerk.getByLabel('总体情况').fill('本年度主动公开政府信息工作总体平稳。');
  await clerk.getByRole('button', { name: '保存' }).click();
  await clerk.getByText('已保存').waitFor();
  await clerk.reload();
  await clerk.getByRole('radio', { name: `${year}年` }).check();
  await expect(clerk.getByLabel('行政许可（本年处理决定数量）').inputValue()).resolves.toBe('37');
  await expect(clerk.getByLabel('总体情况').inputValue()).resolves.toBe('本年度主动公开政府信息工作总体平稳。');

  const [file] = await Promise.all([clerk.waitForEvent('download'), clerk.getByRole('button', { name: '下载 DOCX' }).click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`${year}年政府信息公开工作年度报告\\.docx$`));
  // A Word document is a zip: it starts with PK.
  expect(fs.readFileSync(await file.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  // Checked once the page has settled: while the year changes, the buttons fade through their disabled colours.
  expect(await seriousViolations(clerk)).toEqual([]);
  await screenshot(clerk, 'disclosure-annual-report');

  await clerk.getByRole('button', { name: '生成年报草稿' }).click();
  await clerk.getByRole('link', { name: '查看年报草稿' }).click();
  await clerk.getByRole('heading', { name: new RegExp(`${year}年政府信息公开工作年度报告`) }).waitFor();
  const item = await mainText(clerk);
  expect(item).toContain('草稿');
  expect(item).toContain('本年度主动公开政府信息工作总体平稳。');
  expectNoCodes(item);
});

test('the author sees the wording suggestions with their reason and adopts the chosen ones', async () => {
  const token = await t.login('clerk');
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i: ContentInput!){ createContent(input:$i){ id } }',
    { i: { title: '关于其它事项的通知', body: '<p>深入推进扫黑险恶专项斗争。</p>', categoryCode: 'gzdt' } }, token);
  const id = created.data!.createContent.id;
  await clerk.goto(`${t.url}/console/contents/${id}`);
  const card = clerk.getByRole('region', { name: '文字修改建议' });
  await card.waitFor();
  const suggestions = await card.getByRole('checkbox').count();
  expect(suggestions).toBe(2);
  expect(await card.innerText()).toContain('扫黑险恶');
  expect(await card.innerText()).toContain('扫黑除恶');
  expect(await card.innerText()).toContain('错别字');
  expect(await card.innerText()).toContain('专项斗争名称');
  // The table of findings names the type in Chinese and gives the dictionary's reason.
  expect(await clerk.getByRole('cell', { name: '错别字' }).count()).toBe(2);

  await card.getByRole('checkbox', { name: /其它/ }).uncheck();
  await card.getByRole('button', { name: '采纳' }).click();
  await clerk.getByText('第 2 版').waitFor();
  const text = await mainText(clerk);
  expect(text).toContain('扫黑除恶');
  expect(text).not.toContain('扫黑险恶');
  expect(await clerk.getByRole('heading', { level: 1 }).innerText()).toBe('关于其它事项的通知');
  expectNoCodes(text);
});
