/**
 * OFD attachments (GB/T 33190): accepted by content, their pages' text scanned by the gate like a PDF's, held to
 * the same archive limits as Word files, offered in the upload limits, and listed on the portal with their type.
 */
import { strToU8, zipSync } from 'fflate';
import { ID1 } from '../gate/fixtures.js';
import { declaringInflatedSize, docxWith, ofdWith, uploadFile } from '../helpers/documents.js';
import type { TestHub } from '../helpers/hub.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishAndWait } from '../oversight/publishing.js';
import { ofdText } from '../../workflow/ofdText.js';
import { all, parseHtml, text } from './dom.js';
import { STAFF } from './staff.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([...STAFF]));
});
afterAll(async () => t.stop());

const upload = (contentId: string, filename: string, data: Buffer) => uploadFile(t.url, tok.ed, contentId, filename, data);

test('the text is read page by page in the document\'s order, one line per text object, runs joined and entities decoded', () => {
  const ofd = ofdWith([
    ['关于城关镇低保审核结果的公示', ['申请人', '：某某 & 家属']],
    ['第二页 审核意见', ['公示期', '七天']],
  ]);
  expect(ofdText(ofd, '公示.ofd')).toBe('关于城关镇低保审核结果的公示\n申请人：某某 & 家属\n第二页 审核意见\n公示期七天');
});

test('an OFD with an ID number is flagged like a PDF; the clean one is published and listed as OFD', async () => {
  const id = await createAndSubmit(t, tok.ed, { title: '关于公布临时救助对象的公示', body: '<p>名单见附件。</p>', categoryCode: 'tzgg' });

  // The number split over two runs, as a producer may write it: the gate reads the line whole.
  const withId = ofdWith([['临时救助对象名单', ['申请人身份证号 ', `${ID1.slice(0, 6)}`, ID1.slice(6)]]]);
  const wrongExt = await upload(id, '名单.pdf', withId);
  expect(wrongExt).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '文件名扩展名 .pdf 与文件内容（OFD）不符，请检查是否传错文件' } } });
  const flagged = await upload(id, '救助名单.ofd', withId);
  expect(flagged).toMatchObject({ status: 201, body: { fileName: '救助名单.ofd', type: 'OFD', size: withId.length, verdict: 'warn' } });
  expect(flagged.body.findings).toEqual([expect.objectContaining({ kind: 'pii', type: 'id_card', text: ID1 })]);
  const refused = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tok.rev);
  expect(refused.errors?.[0].extensions?.code).toBe('GATE_BLOCKED');
  expect(refused.errors?.[0].message).toContain('附件「救助名单.ofd」含身份证号');

  const clean = ofdWith([['临时救助对象名单（公示版）', '城关镇 审核通过 2 户']]);
  const replaced = await uploadFile(t.url, tok.ed, `${id}&replaces=${flagged.body.id}`, '救助名单（公示版）.ofd', clean);
  expect(replaced).toMatchObject({ status: 201, body: { type: 'OFD', verdict: 'pass', findings: [] } });
  expect(await approve(t, tok.rev, id)).toBe('APPROVED');
  await publishAndWait(t, tok.ed, id);

  const page = parseHtml(await (await fetch(`${t.url}/articles/${id}`)).text());
  const section = all(page, (e) => e.name === 'section' && e.attribs.class === 'attachments')[0];
  expect(clean.length).toBeLessThan(1024);
  expect(all(section, (e) => e.name === 'li').map(text)).toEqual([`救助名单（公示版）.ofd （OFD，${clean.length} B）`]);
  const file = await fetch(`${t.url}${all(section, (e) => e.name === 'a')[0].attribs.href}`);
  expect(file.headers.get('content-type')).toBe('application/ofd');
  expect(Buffer.from(await file.arrayBuffer()).equals(clean)).toBe(true);
});

test('an archive that claims to inflate past 200 MB is refused before it is read, OFD and Word alike; a damaged OFD is refused; OFD is in the upload limits', async () => {
  const id = await createAndSubmit(t, tok.ed, { title: '关于压缩包上限的测试', body: '<p>见附件。</p>', categoryCode: 'tzgg' });
  const bomb = declaringInflatedSize(ofdWith([['正文']]), 0x0d000000);
  const ofd = await upload(id, '异常.ofd', bomb);
  expect(ofd).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '文件「异常.ofd」解压后超过 200 MB，无法检查（可能是异常压缩的文件），请另存后重新上传' } } });
  const word = await upload(id, '异常.docx', declaringInflatedSize(await docxWith(['正文']), 0x0d000000));
  expect(word.body.error.message).toBe('文件「异常.docx」解压后超过 200 MB，无法检查（可能是异常压缩的文件），请另存后重新上传');
  // A package whose document part is missing is damaged, not a file without text that passes the gate.
  const damaged = Buffer.from(zipSync({ 'OFD.xml': strToU8('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>') }));
  expect(await upload(id, '缺页.ofd', damaged)).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '无法读取文件「缺页.ofd」的内容（文件可能已损坏或加密），请另存后重新上传' } } });
  const listed = await gqlData<{ content: { attachments: unknown[] } }>(t, 'query($id:ID!){ content(id:$id){ attachments { id } } }', { id }, tok.ed);
  expect(listed.content.attachments).toEqual([]);

  const limits = await gqlData<{ attachmentLimits: { type: string; extensions: string[]; maxBytes: number }[] }>(t, '{ attachmentLimits { type extensions maxBytes } }', {}, tok.ed);
  expect(limits.attachmentLimits).toContainEqual({ type: 'OFD', extensions: ['ofd'], maxBytes: 20 * 1024 * 1024 });
});
