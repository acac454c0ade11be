import fs from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { createChannelAccount } from '../../workflow/accounts.js';
import type { Actor } from '../../workflow/actor.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { actorNamed, approvedContent, release } from '../oversight/fixtures.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/*
 * The overseer's day: the audit trail filtered and exported, the chain and a checkpoint verified, the
 * inspection run on demand, the year's statistics read. The data comes from the workflow as people made it;
 * only the account's opening date is moved back, so that it is stale today.
 */
let t: TestHub;
let browser: Browser;
let page: Page;
const who: Record<string, Actor> = {};
const published: string[] = [];

beforeAll(async () => {
  // The credential check at account opening meets a closed loopback port, never the internet.
  [t, browser] = await Promise.all([startTestHub({ worker: false, env: { WECHAT_API_BASE: 'http://127.0.0.1:9' } }), launch()]);
  await t.users([
    { username: 'jiandu', role: 'overseer' },
    { username: 'bianji', role: 'editor', unit: 'qinghe' },
    { username: 'shenhe', role: 'reviewer', unit: 'qinghe' },
    { username: 'qudao', role: 'channel_admin', unit: 'qinghe' },
  ]);
  await t.db.pool.query(`UPDATE units SET name = '清河区政务服务中心' WHERE code = 'qinghe'`);
  const d = t.hub.deps;
  for (const u of ['bianji', 'shenhe', 'qudao']) who[u] = await actorNamed(d, u);
  for (const title of ['关于开展冬季供暖检查的通知', '关于调整公交线路的通知']) {
    const id = await approvedContent(d, who.bianji, who.shenhe, { title });
    await release(d, who.bianji, id);
    published.push(id);
  }
  const account = await createChannelAccount(d, who.qudao, { channel: 'WECHAT', name: '清河发布', credentials: { appId: 'wx-qinghe', appSecret: 'secret' } });
  await t.db.pool.query(`UPDATE channel_accounts SET created_at = now() - interval '30 days' WHERE id = $1`, [account.id]);
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** The card whose heading is `name`: each screen's tables live in titled cards. */
const card = (name: string) => page.locator('.ant-card', { has: page.getByRole('heading', { name, exact: true }) });

/** Picks an option of a searchable select the way a person does: type part of it, click it. */
async function choose(field: string, option: string): Promise<void> {
  await page.getByLabel(field).fill(option.slice(0, 2));
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  await item.click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Usable at 1024 px: nothing on the page needs sideways scrolling (wide tables scroll inside themselves). */
async function fitsAt1024(): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
}

async function downloaded(start: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]) as [Download, void];
  return fs.readFileSync((await file.path())!, 'utf8');
}

test('an overseer filters and exports the audit trail, verifies the chain and a checkpoint', async () => {
  await signIn(page, t.url, 'jiandu');
  // Another screen's link to one item's trail opens the search already filtered.
  await page.goto(`${t.url}/console/audit?targetType=content&target=${published[0]}`);
  const table = card('审计记录').locator('.ant-table');
  await eventually(async () => (await table.innerText()).includes('新建内容'));
  const oneItem = await table.innerText();
  for (const step of ['新建内容', '提交审核', '审核通过', '开始发布']) expect(oneItem).toContain(step);
  expect(await table.locator('tbody tr.ant-table-row', { hasText: '新建内容' }).count()).toBe(1);
  await page.getByRole('button', { name: '重置' }).click();
  await eventually(async () => (await table.locator('tbody tr.ant-table-row', { hasText: '新建内容' }).count()) === 2);
  await page.getByRole('link', { name: '审计', exact: true }).click();

  await choose('操作类型', '审核通过');
  await page.getByPlaceholder('开始时间').click();
  await page.locator('.ant-picker-presets').getByText('今天', { exact: true }).click();
  await eventually(async () => (await page.getByPlaceholder('开始时间').inputValue()).endsWith('00:00'));
  await page.getByRole('button', { name: '查询' }).click();

  await eventually(async () => (await table.locator('tbody tr.ant-table-row').count()) === 2 && (await table.innerText()).includes('审核通过'));
  const rows = await table.innerText();
  expect(rows).toContain('shenhe');
  expect(rows).toContain('清河区政务服务中心');
  expect(rows).not.toContain('新建内容');
  expect(rows).not.toContain('提交审核');

  const csv = await downloaded(() => page.getByRole('button', { name: '导出 CSV' }).click());
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('seq,at,actor,action,target_type,target_id,revision,unit_code,details,prev_hash,hash');
  expect(lines.slice(1)).toHaveLength(2);
  for (const id of published) expect(lines.slice(1).some((l) => l.includes(`,shenhe,content.approve,content,${id},`))).toBe(true);

  await page.getByRole('button', { name: '校验审计链' }).click();
  await page.getByText(/^校验通过：审计链完整，共 \d+ 条记录/).waitFor();

  await page.getByRole('button', { name: '签发检查点' }).click();
  const checkpoint = card('检查点').locator('.ant-table');
  await page.getByRole('button', { name: /^下载检查点（\d+ 条记录）$/ }).waitFor();
  await page.getByRole('button', { name: '核验全部检查点' }).click();
  await page.getByText(/^核验通过：审计链完整（\d+ 条记录），1 个检查点全部成立/).waitFor();
  expect(await checkpoint.innerText()).toContain('成立');

  const saved = await downloaded(() => page.getByRole('button', { name: /^下载检查点/ }).click());
  const exported = JSON.parse(saved) as { format: string; length: number };
  expect(exported.format).toBe('tongfa.audit-checkpoint.v1');
  await page.locator('input[type=file]').setInputFiles({ name: 'checkpoint.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.getByText(`涵盖前 ${exported.length} 条记录，这些记录自签发以来未被改动`, { exact: false }).waitFor();
  const forged = JSON.stringify({ ...exported, length: exported.length - 1 });
  await page.locator('input[type=file]').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(forged) });
  await page.getByText('签名无效：检查点被改动或伪造', { exact: false }).waitFor();

  const text = await mainText(page);
  expectNoCodes(text);
  expect(text).not.toMatch(/content\.approve|channel_account/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'overseer-audit');
  await fitsAt1024();
  await screenshot(page, 'overseer-audit-1024');
});

test('the overseer runs the inspection now and sees the stale account, unit by unit', async () => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole('link', { name: '巡查', exact: true }).click();
  await page.getByRole('button', { name: '立即巡查' }).click();
  await page.getByRole('cell', { name: '政务新媒体账号长期未更新' }).first().waitFor();
  const findings = card('问题清单').locator('.ant-table');
  const row = findings.locator('tr', { hasText: '清河发布' });
  await row.first().waitFor();
  const line = await row.first().innerText();
  expect(line).toContain('单项否决');
  expect(line).toContain('清河区政务服务中心');
  expect(line).toContain('30 天');
  expect(line).toContain('开设以来从未发布');

  await choose('按单位筛选', '清河区政务服务中心');
  await eventually(async () => !(await findings.innerText()).includes('门户网站（全站）'));
  const filtered = await findings.innerText();
  expect(filtered).not.toContain('门户网站（全站）');
  expect(filtered).toContain('清河发布');

  const text = await mainText(page);
  expectNoCodes(text);
  expect(text).not.toMatch(/account_stale|VETO/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'overseer-inspection');
  await fitsAt1024();
});

test('the overseer reads the year’s statistics as charts with their numbers, at 1024 px, and downloads them', async () => {
  await page.getByRole('link', { name: '统计', exact: true }).click();
  const monthly = page.getByRole('img', { name: /^按月主动公开：/ });
  await monthly.waitFor();
  expect(await monthly.locator('canvas').count()).toBe(1);
  const month = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()));
  expect(await monthly.getAttribute('aria-label')).toContain(`${month}月 2 条`);
  expect(await page.getByRole('img', { name: /^按栏目：/ }).getAttribute('aria-label')).toMatch(/ 2 条/);
  expect(await page.getByRole('img', { name: /^按单位：/ }).getAttribute('aria-label')).toContain('清河区政务服务中心 2 条');
  const summary = await page.getByLabel('统计摘要').innerText();
  expect(summary).toMatch(/主动公开信息数\s*2\s*条/);
  expect(summary).toMatch(/审核通过\s*2\s*次/);
  // The same figures as a table, for whoever does not see the picture.
  const unitTable = await page.locator('figure', { hasText: '按单位' }).locator('table').innerText();
  expect(unitTable).toMatch(/项目\s+清河区政务服务中心\s+数量（条）\s+2/);

  const csv = await downloaded(() => page.getByRole('button', { name: '下载 CSV' }).click());
  expect(csv).toContain('summary,published,主动公开信息数,2');
  expect(csv).toContain('unit,qinghe,清河区政务服务中心,2');

  const text = await mainText(page);
  expectNoCodes(text);
  await fitsAt1024();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'overseer-stats');
});
