/**
 * Issue #9 "Hidden marks", end to end for attachments: files that hide a mark where a viewer does not show it
 * (a hidden Word run, a PDF's document properties, a photo's EXIF description, a hidden sheet) are uploaded to
 * an item in review through POST /media, and the approval is refused; a clean replacement carrying ordinary
 * text in the same places is approved, published, listed on the portal and served as uploaded. The table of
 * forms is hidden-marks-files.test.ts.
 */
import ExcelJS from 'exceljs';
import type { TestHub } from '../helpers/hub.js';
import { uploadFile } from '../helpers/documents.js';
import { docxParts, jpegWith, para } from '../helpers/hiddenFiles.js';
import { pdfDocument } from '../helpers/pdfWriter.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishAndWait } from '../oversight/publishing.js';
import { STAFF } from '../portal/staff.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([...STAFF]));
});
afterAll(async () => t.stop());

const TITLE = '关于做好冬季供暖保障工作的通知';
const hiddenRun = (text: string): string => `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;

async function sheetWithHiddenMark(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名单').addRow(['序号', '村组']);
  const hidden = wb.addWorksheet('备用');
  hidden.state = 'hidden';
  hidden.addRow(['秘密★1年']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('marks hidden in a Word run, PDF properties, a photo\'s EXIF and a hidden sheet stop the item; clean files go through', async () => {
  const id = await createAndSubmit(t, tok.ed, { title: TITLE, body: '<p>现将有关事项通知如下，详见附件。</p>' });
  const upload = (name: string, data: Buffer) => uploadFile(t.url, tok.ed, id, name, data);

  const word = await upload('通知.docx', docxParts(hiddenRun('机密★') + para(TITLE)));
  const pdf = await upload('通知.pdf', pdfDocument({ pages: [[{ text: TITLE, x: 72, y: 760 }]], info: { Subject: '内部资料' } }));
  const photo = await upload('现场照片.jpg', jpegWith({ description: '绝密★十年' }));
  const sheet = await upload('名单.xlsx', await sheetWithHiddenMark());
  const seen = [word, pdf, photo, sheet].map((r) => [r.status, r.body.verdict, r.body.findings.map((f: { type: string; text: string }) => `${f.type}:${f.text}`)]);
  // The hidden sheet's cell is read twice (its layout and the shared strings) and listed once.
  expect(seen).toEqual([
    [201, 'block', ['classification_mark:机密★']],
    [201, 'block', ['internal_mark:内部资料']],
    [201, 'block', ['classification_mark:绝密★十年']],
    [201, 'block', ['classification_mark:秘密★1年']],
  ]);

  // The file name is public text no reviewer approves: a mark in it, split or hidden, is refused at the edge.
  for (const name of ['机、密★.pdf', '机\u2800密★.pdf', '（机）（密）★通知.pdf']) {
    const named = await upload(name, pdfDocument({ pages: [[{ text: TITLE, x: 72, y: 760 }]] }));
    expect([named.status, named.body.error?.code, named.body.error?.message]).toEqual([400, 'BAD_USER_INPUT', expect.stringContaining('附件名称')]);
  }

  const refused = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tok.rev);
  expect(refused.errors?.[0].extensions?.code).toBe('GATE_BLOCKED');
  expect(refused.errors?.[0].message).toContain('附件「通知.docx」含密级标志；附件「通知.pdf」含内部标志；附件「现场照片.jpg」含密级标志；附件「名单.xlsx」含密级标志');

  // Replaced by files with ordinary text in the same places: hidden run, properties, EXIF.
  await gqlData(t, 'mutation($id:ID!){ reviewContent(id:$id, decision: REJECT, comment: "附件含密级标志，请替换"){ status } }', { id }, tok.rev);
  for (const r of [word, pdf, photo, sheet]) await gqlData(t, 'mutation($id:ID!){ removeAttachment(id:$id){ removedAt } }', { id: r.body.id }, tok.ed);
  const cleanWord = docxParts(hiddenRun('（暂定）') + para(TITLE));
  const cleanPhoto = jpegWith({ description: '供暖锅炉房', xpComment: '现场照片' });
  const clean = [await upload('通知.docx', cleanWord), await upload('通知.pdf', pdfDocument({ pages: [[{ text: TITLE, x: 72, y: 760 }]], info: { Subject: '冬季供暖' } })), await upload('现场照片.jpg', cleanPhoto)];
  expect(clean.map((r) => [r.status, r.body.verdict, r.body.findings])).toEqual([[201, 'pass', []], [201, 'pass', []], [201, 'pass', []]]);
  await gqlData(t, 'mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ status } }', { id, i: { title: TITLE, body: '<p>现将有关事项通知如下，详见附件（已替换）。</p>', categoryCode: 'tzgg', channels: ['PORTAL'] } }, tok.ed);
  await gqlData(t, 'mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, tok.ed);
  expect(await approve(t, tok.rev, id)).toBe('APPROVED');
  await publishAndWait(t, tok.ed, id);

  const page = await (await fetch(`${t.url}/articles/${id}`)).text();
  const links = [...page.matchAll(/href="(\/attachments\/[^"]+)"/g)].map((m) => m[1]);
  expect(links).toHaveLength(3);
  const photoLink = links.find((l) => l.endsWith('.jpg'))!;
  const served = Buffer.from(await (await fetch(`${t.url}${photoLink}`)).arrayBuffer());
  expect(served.equals(cleanPhoto)).toBe(true);
});
