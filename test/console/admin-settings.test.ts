import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

let t: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ worker: false }), launch()]);
  await t.users([{ username: 'guanli', role: 'admin' }, { username: 'bianji', role: 'editor' }]);
  // An existing sub-category, so that the new one has a sibling to move above.
  const admin = await t.login('guanli');
  const created = await t.gql('mutation{ createCategory(input:{ code:"xzdt", name:"乡镇动态", parentCode:"gzdt" }){ code } }', {}, admin);
  expect(created.errors).toBeUndefined();
  page = await openPage(browser);
  await signIn(page, t.url, 'guanli');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** The names of the sub-categories of 工作动态 as the table shows them, top to bottom. */
const rowNames = async (): Promise<string[]> => (await page.locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.replace(/已停用/, '').trim());
const settled = (text: string) => page.locator('.ant-message').getByText(text).waitFor();

test('栏目: an admin adds a sub-category, renames it, moves it up by keyboard, sets 一审一核 and deactivates it', async () => {
  await page.getByRole('link', { name: '栏目', exact: true }).click();
  await page.getByRole('button', { name: '添加下级「工作动态」' }).click();
  const dialog = page.getByRole('dialog', { name: '新建栏目' });
  await dialog.getByLabel('栏目名称').fill('部门文件');
  await dialog.getByLabel('栏目代码').fill('bmwj');
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByRole('cell', { name: '部门文件', exact: true }).waitFor();
  let names = await rowNames();
  expect(names.indexOf('部门文件')).toBe(names.indexOf('乡镇动态') + 1);

  await page.getByRole('button', { name: '修改「部门文件」' }).click();
  const edit = page.getByRole('dialog', { name: '修改栏目「部门文件」' });
  await edit.getByLabel('栏目名称').fill('部门规范性文件');
  await edit.getByRole('button', { name: '确定' }).click();
  await page.getByRole('cell', { name: '部门规范性文件', exact: true }).waitFor();

  // The closing dialog hands focus back to the button that opened it when its animation ends: wait for that,
  // or the focus moved below is taken back and Enter reopens the dialog.
  await edit.waitFor({ state: 'detached' });
  // Reordering works from the keyboard: Enter on the focused button (press focuses it, then sends the key).
  await page.getByRole('button', { name: '上移「部门规范性文件」' }).press('Enter');
  await settled('「部门规范性文件」已上移');
  await page.getByRole('button', { name: '上移「部门规范性文件」' }).and(page.locator('[disabled]')).waitFor();
  names = await rowNames();
  expect(names.indexOf('部门规范性文件')).toBe(names.indexOf('工作动态') + 1);
  expect(names.indexOf('乡镇动态')).toBe(names.indexOf('部门规范性文件') + 1);

  const twoStep = page.getByRole('switch', { name: '「部门规范性文件」一审一核' });
  await twoStep.click();
  await settled('「部门规范性文件」已设为一审一核');
  // The message comes when the mutation answers; the switch follows when the list is read again.
  await page.getByRole('switch', { name: '「部门规范性文件」一审一核', checked: true }).waitFor();
  await expect(twoStep.getAttribute('aria-checked')).resolves.toBe('true');

  const text = await mainText(page);
  expectNoCodes(text);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-categories');
  // At 1024 px the tree scrolls sideways inside its card; every control is still reachable.
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.getByRole('button', { name: '停用「部门规范性文件」' }).scrollIntoViewIfNeeded();
  expect(await page.getByRole('button', { name: '停用「部门规范性文件」' }).isVisible()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-categories-1024');
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByRole('button', { name: '停用「部门规范性文件」' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '启用「部门规范性文件」' }).waitFor();
  expect(await page.getByRole('row', { name: /部门规范性文件/ }).innerText()).toContain('已停用');

  const stored = await t.db.pool.query('SELECT name, required_approvals AS "requiredApprovals", active FROM categories WHERE code = $1', ['bmwj']);
  expect(stored.rows).toEqual([{ name: '部门规范性文件', requiredApprovals: 2, active: false }]);
});

test('an editor’s 栏目 picker no longer offers the deactivated category, and still offers its sibling', async () => {
  const editor = await openPage(browser);
  try {
    await signIn(editor, t.url, 'bianji');
    await editor.getByRole('button', { name: '新建内容' }).click();
    const category = editor.getByRole('combobox', { name: '栏目' });
    await category.click();
    await category.fill('乡镇');
    await editor.locator('.ant-select-tree-title', { hasText: '乡镇动态' }).waitFor();
    // 文件 matches 政策文件 (active) and would match 部门规范性文件 if it were offered.
    await category.fill('文件');
    await editor.locator('.ant-select-tree-title', { hasText: '政策文件' }).waitFor();
    expect(await editor.locator('.ant-select-tree-title', { hasText: '部门规范性文件' }).count()).toBe(0);
  } finally {
    await editor.context().close();
  }
});

test('设置: a unit is created, a holiday added, the site identity edited (the portal footer shows it), a typo entered', async () => {
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await page.getByRole('button', { name: '新建单位' }).click();
  const dialog = page.getByRole('dialog', { name: '新建单位' });
  await dialog.getByLabel('单位名称').fill('发展和改革委员会');
  await dialog.getByLabel('单位代码').fill('fgw');
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByRole('cell', { name: '发展和改革委员会', exact: true }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-settings-units');

  await page.getByRole('tab', { name: '工作日' }).click();
  await page.getByLabel('日期').fill('2026-11-12');
  await page.getByLabel('日期').press('Enter');
  await page.getByLabel('名称').fill('建区纪念日');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByRole('cell', { name: '建区纪念日' }).waitFor();
  const row = await page.getByRole('row', { name: /建区纪念日/ }).innerText();
  expect(row).toContain('2026-11-12');
  expect(row).toContain('星期四');
  expect(row).toContain('节假日');
  expect(await page.getByRole('row', { name: /元旦/ }).first().innerText()).toContain('系统预置');
  const working = await t.gql<{ isWorkingDay: boolean }>('{ isWorkingDay(date: "2026-11-12") }', {}, await t.login('guanli'));
  expect(working.data).toEqual({ isWorkingDay: false });
  expectNoCodes(await mainText(page));
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-settings-calendar');

  await page.getByRole('tab', { name: '巡查设置' }).click();
  await page.getByLabel('账号未更新天数').fill('10');
  await page.getByRole('button', { name: '保存巡查设置' }).click();
  await settled('巡查设置已保存，下次巡查起生效');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-settings-inspection');

  await page.getByRole('tab', { name: '网站设置' }).click();
  await page.getByLabel('主办单位').fill('青山区人民政府办公室');
  await page.getByLabel('网站标识码').fill('1508000001');
  await page.getByRole('button', { name: '保存网站设置' }).click();
  await settled('网站设置已保存，门户网站页脚随即更新');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-settings-site');

  await page.getByRole('tab', { name: '文字关词库' }).click();
  const typos = page.getByRole('region', { name: '错别字词库' });
  await typos.getByLabel('错误写法').fill('拨付资经');
  await typos.getByLabel('正确写法').fill('拨付资金');
  await typos.getByRole('button', { name: '添加到错别字词库' }).click();
  await settled('已加入错别字词库');
  await typos.getByRole('cell', { name: '拨付资经', exact: true }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-settings-wording');
  const typoList = await t.gql<{ typoEntries: { wrong: string; correction: string; active: boolean }[] }>('{ typoEntries { wrong correction active } }', {}, await t.login('guanli'));
  expect(typoList.data!.typoEntries).toContainEqual({ wrong: '拨付资经', correction: '拨付资金', active: true });

  const portal = await openPage(browser);
  try {
    await portal.goto(`${t.url}/`);
    const footer = await portal.locator('footer').innerText();
    expect(footer).toMatch(/主办单位[：:]\s*青山区人民政府办公室/);
    expect(footer).toContain('1508000001');
  } finally {
    await portal.context().close();
  }
  const settings = await t.gql<{ inspectionSettings: { staleAccountDays: number } }>('{ inspectionSettings { staleAccountDays } }', {}, await t.login('guanli'));
  expect(settings.data!.inspectionSettings.staleAccountDays).toBe(10);
});

test('用户: a new user is assigned to the new unit', async () => {
  await page.getByRole('link', { name: '用户', exact: true }).click();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('新用户名').fill('fgwbianji');
  await dialog.getByLabel('初始密码').fill('Chushi-Mima-2026');
  await dialog.getByRole('combobox', { name: '单位' }).click();
  // Ant Design's accessible listbox is hidden; the person clicks the visible item.
  await page.locator('.ant-select-item-option', { hasText: '发展和改革委员会' }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  // Without a 姓名 the user's name is the username: two cells read fgwbianji.
  await page.getByRole('cell', { name: 'fgwbianji', exact: true }).first().waitFor();
  expect(await page.getByRole('row', { name: /fgwbianji/ }).innerText()).toContain('发展和改革委员会');
  const { rows } = await t.db.pool.query('SELECT n.code FROM users u JOIN units n ON n.id = u.unit_id WHERE u.username = $1', ['fgwbianji']);
  expect(rows).toEqual([{ code: 'fgw' }]);
});
