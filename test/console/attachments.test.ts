import type { Browser } from 'playwright-core';
import { ID1 } from '../gate/fixtures.js';
import { docxWith, ofdWith, pdfWith } from '../helpers/documents.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { expectNoCodes, launch, mainText, openPage, screenshot, seriousViolations, signIn } from './browser.js';

/*
 * 附件 in the console, end to end in a real browser: an editor uploads a PDF made in the test that holds a
 * synthetic resident ID number; the reviewer sees the finding and cannot approve; the editor replaces it
 * with a clean Word file; approval works; the portal article lists the attachment with its type and size.
 */
let t: TestHub;
let browser: Browser;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub(), launch()]);
  await t.users([{ username: 'bianji', role: 'editor' }, { username: 'shenhe', role: 'reviewer' }]);
  for (const name of ['bianji', 'shenhe']) tokens[name] = await t.login(name);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('an attachment with an ID number stops the approval until the editor replaces it; the portal then lists the clean file', async () => {
  const title = '关于公布低保审核结果的公示';
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title, body: '<p>现将审核结果予以公示，详见附件。</p>', summary: '低保审核结果公示', categoryCode: 'tzgg', channels: ['PORTAL'] },
  }, tokens.bianji);
  const id = created.data!.createContent.id;

  // The editor uploads the list with a resident ID number in it.
  const editor = await openPage(browser, 1024);
  await signIn(editor, t.url, 'bianji');
  await editor.goto(`${t.url}/console/contents/${id}`);
  const files = editor.getByRole('region', { name: '附件' });
  await files.getByText('每个不超过 20 MB').waitFor();
  expect(await files.innerText()).toContain('PDF、OFD、DOCX、XLSX 每个不超过 20 MB；PNG、JPG、GIF 每个不超过 5 MB');
  await files.locator('input[type=file]').first().setInputFiles({ name: '低保名单.pdf', mimeType: 'application/pdf', buffer: pdfWith(['Applicant list', `Applicant ID ${ID1}`]) });
  await files.getByRole('cell', { name: '低保名单.pdf', exact: true }).waitFor();
  const flagged = await files.innerText();
  expect(flagged).toContain(`身份证号：${ID1}`);
  expect(flagged).toContain('含个人信息（身份证号），附件中的内容无法自动遮盖，须替换为处理后的文件');
  expectNoCodes(await mainText(editor));
  expect(await seriousViolations(editor)).toEqual([]);
  await screenshot(editor, 'attachments-editor-flagged');
  await editor.getByRole('button', { name: '提交审核' }).click();
  await editor.getByText('审核中').first().waitFor();

  // The reviewer sees the finding in the attachment and cannot approve.
  const reviewer = await openPage(browser, 1024);
  await signIn(reviewer, t.url, 'shenhe');
  await reviewer.goto(`${t.url}/console/review/${id}`);
  const review = reviewer.getByRole('region', { name: '附件审查' });
  await review.getByRole('cell', { name: '低保名单.pdf', exact: true }).waitFor();
  expect(await review.innerText()).toContain(`身份证号：${ID1}`);
  const approve = reviewer.getByRole('button', { name: '通过' });
  expect(await approve.isDisabled()).toBe(true);
  const why = reviewer.locator('#approve-blocked');
  expect(await why.innerText()).toContain('暂不能通过：附件「低保名单.pdf」含个人信息（身份证号）');
  expect(await approve.getAttribute('aria-describedby')).toBe('approve-blocked');
  expectNoCodes(await mainText(reviewer));
  expect(await seriousViolations(reviewer)).toEqual([]);
  await screenshot(reviewer, 'attachments-review-blocked');

  // The editor replaces it with a de-identified Word file.
  const clean = await docxWith(['低保审核结果公示名单', '城关镇 审核通过 3 户']);
  await editor.reload();
  // 替换 is a button wrapping the row's own file input (the drag area above has the other one).
  await files.getByRole('button', { name: '替换「低保名单.pdf」' }).waitFor();
  await files.locator('td input[type=file]').setInputFiles({ name: '低保名单（公示版）.docx', mimeType: DOCX, buffer: clean });
  await files.getByRole('cell', { name: '低保名单（公示版）.docx', exact: true }).waitFor();
  await eventually(async () => !(await files.innerText()).includes('低保名单.pdf'));
  expect(await files.innerText()).toContain('未发现问题');
  // An OFD (版式文档) goes on beside it and is listed with its type.
  const ofd = ofdWith([['低保审核工作说明', '审核程序依照有关规定执行']]);
  await files.locator('input[type=file]').first().setInputFiles({ name: '审核说明.ofd', mimeType: 'application/ofd', buffer: ofd });
  await files.getByRole('cell', { name: '审核说明.ofd', exact: true }).waitFor();
  const ofdRow = files.getByRole('row').filter({ has: editor.getByRole('cell', { name: '审核说明.ofd', exact: true }) });
  expect(await ofdRow.getByRole('cell', { name: 'OFD', exact: true }).count()).toBe(1);
  expect(await ofdRow.innerText()).toContain('未发现问题');

  // Now the reviewer can approve.
  await reviewer.reload();
  await review.getByRole('cell', { name: '低保名单（公示版）.docx', exact: true }).waitFor();
  expect(await reviewer.locator('#approve-blocked').count()).toBe(0);
  await approve.click();
  await reviewer.waitForURL(`**/console/contents/${id}`);
  await reviewer.getByText('已通过').first().waitFor();
  await reviewer.getByRole('button', { name: '立即发布' }).click();
  await reviewer.getByText('已发布').first().waitFor({ timeout: 60_000 });

  // The portal article lists the clean file under 附件 with its type and size.
  const portal = await openPage(browser, 1024);
  await portal.goto(`${t.url}/articles/${id}`);
  const listed = portal.getByRole('region', { name: '附件' });
  expect((await listed.innerText()).replace(/\s+/g, ' ')).toContain(`低保名单（公示版）.docx （DOCX，${Math.round(clean.length / 1024)} KB）`);
  expect((await listed.innerText()).replace(/\s+/g, ' ')).toContain(`审核说明.ofd （OFD，${ofd.length} B）`);
  expect(await listed.innerText()).not.toContain('低保名单.pdf');
  await screenshot(portal, 'attachments-portal');
  for (const p of [editor, reviewer, portal]) await p.context().close();
}, 180_000);
