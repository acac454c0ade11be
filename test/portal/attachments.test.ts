import type { TestHub } from '../helpers/hub.js';
import { STAFF } from './staff.js';
import { ID1 } from '../gate/fixtures.js';
import { docxWith, pdfWith, uploadFile } from '../helpers/documents.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishAndWait } from '../oversight/publishing.js';
import { all, parseHtml, text } from './dom.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([...STAFF]));
});
afterAll(async () => t.stop());

const upload = (contentId: string, filename: string, data: Buffer, token: string | null = tok.ed) => uploadFile(t.url, token, contentId, filename, data);

const ATTACHMENTS = 'query($id:ID!){ content(id:$id){ status attachments { id fileName type size verdict findings { kind type text severity replacement } } } }';

test('attachments: checked by content, scanned by the gate, personal data blocks approval until replaced, listed under 附件', async () => {
  const id = await createAndSubmit(t, tok.ed, { title: '关于公布低保审核结果的公示', body: '<p>现将审核结果予以公示，详见附件。</p>', categoryCode: 'tzgg' });

  const withId = pdfWith(['Applicant list', `Applicant ID ${ID1}`]);
  expect((await upload(id, 'x.pdf', withId, null)).status).toBe(401);
  const wrongExt = await upload(id, '名单.docx', withId);
  expect(wrongExt).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '文件名扩展名 .docx 与文件内容（PDF）不符，请检查是否传错文件' } } });
  const exe = await upload(id, '名单.pdf', Buffer.from('MZ\x90\x00 not a document', 'latin1'));
  expect(exe.body.error.message).toContain('不支持的文件类型');

  const pii = await upload(id, '../../etc/低保<名单>.pdf', withId);
  expect(pii.status).toBe(201);
  expect(pii.body).toMatchObject({ fileName: '低保名单.pdf', type: 'PDF', size: withId.length, verdict: 'warn' });
  expect(pii.body.findings).toEqual([expect.objectContaining({ kind: 'pii', type: 'id_card', text: ID1 })]);

  const secret = await upload(id, '说明.docx', await docxWith(['机密★1年', '关于低保审核的情况说明']));
  expect(secret.body).toMatchObject({ type: 'DOCX', verdict: 'block' });
  expect(secret.body.findings[0]).toMatchObject({ kind: 'confidentiality', type: 'classification_mark' });

  // The reviewer sees each finding with the attachment's name, and cannot approve.
  const seen = await gqlData<{ content: { attachments: any[] } }>(t, ATTACHMENTS, { id }, tok.rev);
  expect(seen.content.attachments.map((a) => [a.fileName, a.verdict, a.findings.map((f: any) => f.type)])).toEqual([
    ['低保名单.pdf', 'WARN', ['id_card']], ['说明.docx', 'BLOCK', ['classification_mark']],
  ]);
  const refused = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tok.rev);
  expect(refused.errors?.[0].extensions?.code).toBe('GATE_BLOCKED');
  expect(refused.errors?.[0].message).toContain('附件「低保名单.pdf」含身份证号；附件「说明.docx」含密级标志');

  // Replaced: the flagged files come off, a clean one goes on; the old ones stay on record.
  await gqlData(t, 'mutation($id:ID!){ reviewContent(id:$id, decision: REJECT, comment: "附件含个人信息，请替换"){ status } }', { id }, tok.rev);
  for (const a of seen.content.attachments) await gqlData(t, 'mutation($id:ID!){ removeAttachment(id:$id){ removedAt } }', { id: a.id }, tok.ed);
  const clean = await docxWith(['低保审核结果公示名单', '张某某 城关镇 审核通过']);
  const ok = await upload(id, '审核结果 (公示版).docx', clean);
  expect(ok.body).toMatchObject({ fileName: '审核结果 (公示版).docx', verdict: 'pass', findings: [] });
  const sheetless = await gqlData<{ content: { attachmentHistory: unknown[] } }>(t, 'query($id:ID!){ content(id:$id){ attachmentHistory { fileName } } }', { id }, tok.ed);
  expect(sheetless.content.attachmentHistory).toHaveLength(3);

  // Attachments are not part of the revision: the editor's note of the replacement makes the new one.
  await gqlData(t, 'mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ status } }', { id, i: { title: '关于公布低保审核结果的公示', body: '<p>现将审核结果予以公示，详见附件（已替换为公示版）。</p>', categoryCode: 'tzgg', channels: ['PORTAL'] } }, tok.ed);
  await gqlData(t, 'mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, tok.ed);
  expect(await approve(t, tok.rev, id)).toBe('APPROVED');
  // After approval the attachments are frozen: an edit must send the item back to review first.
  expect((await upload(id, '补充.pdf', pdfWith(['extra']))).body.error.code).toBe('INVALID_TRANSITION');
  await publishAndWait(t, tok.ed, id);

  const page = parseHtml(await (await fetch(`${t.url}/articles/${id}`)).text());
  const section = all(page, (e) => e.name === 'section' && e.attribs.class === 'attachments')[0];
  expect(text(all(section, (e) => e.name === 'h2')[0])).toBe('附件');
  const items = all(section, (e) => e.name === 'li').map(text);
  expect(items).toEqual([`审核结果 (公示版).docx （DOCX，${Math.round(clean.length / 1024)} KB）`]);
  const href = all(section, (e) => e.name === 'a')[0].attribs.href;
  const file = await fetch(`${t.url}${href}`);
  expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(Buffer.from(await file.arrayBuffer()).equals(clean)).toBe(true);
  // A removed attachment is never served, even though its item is public.
  const removedUrl = `/attachments/${seen.content.attachments[0].id}/x.pdf`;
  expect((await fetch(`${t.url}${removedUrl}`)).status).toBe(404);
});

test('替换: the new file goes on and the old one comes off in one step; another item\'s attachment cannot be replaced; the limits are readable', async () => {
  const id = await createAndSubmit(t, tok.ed, { title: '关于公布救助对象名单的公示', body: '<p>名单见附件。</p>', categoryCode: 'tzgg' });
  const other = await createAndSubmit(t, tok.ed, { title: '关于其他事项的公示', body: '<p>见附件。</p>', categoryCode: 'tzgg' });
  const flagged = await upload(id, '名单.pdf', pdfWith([`ID ${ID1}`]));
  const foreign = await upload(other, '别处.pdf', pdfWith(['other']));

  const replaceWith = (replaces: string, data: Buffer) => uploadFile(t.url, tok.ed, `${id}&replaces=${replaces}`, '名单（公示版）.docx', data);
  const clean = await docxWith(['救助对象名单（公示版）', '王某某 审核通过']);
  const wrong = await replaceWith(foreign.body.id, clean);
  expect(wrong).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  const done = await replaceWith(flagged.body.id, clean);
  expect(done).toMatchObject({ status: 201, body: { fileName: '名单（公示版）.docx', verdict: 'pass' } });

  const now = await gqlData<{ content: { attachments: { fileName: string }[]; attachmentHistory: { fileName: string; removedAt: string | null }[] } }>(t,
    'query($id:ID!){ content(id:$id){ attachments { fileName } attachmentHistory { fileName removedAt } } }', { id }, tok.rev);
  expect(now.content.attachments).toEqual([{ fileName: '名单（公示版）.docx' }]);
  expect(now.content.attachmentHistory.map((a) => [a.fileName, a.removedAt !== null])).toEqual([['名单.pdf', true], ['名单（公示版）.docx', false]]);
  // The failed replacement wrote nothing: the other item's file is still on it, and no orphan went on this one.
  const theirs = await gqlData<{ content: { attachments: { fileName: string }[] } }>(t, 'query($id:ID!){ content(id:$id){ attachments { fileName } } }', { id: other }, tok.ed);
  expect(theirs.content.attachments).toEqual([{ fileName: '别处.pdf' }]);
  expect(await approve(t, tok.rev, id)).toBe('APPROVED');

  const limits = await gqlData<{ attachmentLimits: { type: string; extensions: string[]; maxBytes: number }[] }>(t, '{ attachmentLimits { type extensions maxBytes } }', {}, tok.ed);
  expect(limits.attachmentLimits).toEqual(expect.arrayContaining([
    { type: 'PDF', extensions: ['pdf'], maxBytes: 20 * 1024 * 1024 }, { type: 'JPEG', extensions: ['jpg', 'jpeg'], maxBytes: 5 * 1024 * 1024 },
  ]));
  expect((await t.gql('{ attachmentLimits { type } }', {}, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
