/**
 * Issue #9 "Hidden marks", holes (a) and (b) and the fresh attack pass on files: a published attachment is
 * downloaded whole, so what a renderer hides is one click away (Word's 显示隐藏文字, the comments pane, a PDF's
 * document properties, an image's 详细信息). Each row hides a mark somewhere a file carries text and must
 * block; the clean files at the end carry ordinary text in the same places and must pass. Everything goes
 * through what an upload runs: `checkFile` (kind by bytes), `extractText`, `scanText`. The upload → approve →
 * publish journey is hidden-marks-attachments.test.ts.
 */
import ExcelJS from 'exceljs';
import { scanText } from '../../review/gate.js';
import { checkFile, extractText, gateAttachment, readAttachment } from '../../workflow/attachmentFiles.js';
import { docxWith, ofdWith } from '../helpers/documents.js';
import { docxParts, gifWithComment, jpegWith, para, pngWithText, withPart, xmpWith } from '../helpers/hiddenFiles.js';
import { pdfDocument, type PdfText } from '../helpers/pdfWriter.js';
import { ID1 } from '../gate/fixtures.js';

async function readAs(name: string, data: Buffer): Promise<string> {
  const { kind } = checkFile(name, data);
  return extractText(kind, data, name);
}

/** The confidentiality findings of the file, as `type:text`. */
async function marksIn(name: string, data: Buffer): Promise<string[]> {
  return scanText(await readAs(name, data)).findings.filter((f) => f.kind === 'confidentiality').map((f) => `${f.type}:${f.text}`);
}

const TITLE = '关于做好冬季供暖保障工作的通知';
const PROSE = '现将有关事项通知如下，请结合实际认真贯彻落实。';

describe('DOCX: everything the file carries, not only what Word shows', () => {
  const run = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const part = (root: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><${root} $W>${inner}</${root.split(' ')[0]}>`;
  test.each<[string, string, Record<string, string>, string]>([
    ['hidden run (w:vanish)', `<w:p>${run('机密★', '<w:vanish/>')}</w:p>${para(TITLE)}`, {}, 'classification_mark:机密★'],
    ['hidden run (w:specVanish)', `<w:p>${run('绝密★十年', '<w:specVanish/>')}${run(TITLE)}</w:p>`, {}, 'classification_mark:绝密★十年'],
    ['a hidden run splits a mark Word shows whole', `<w:p>${run('机')}${run('械', '<w:vanish/>')}${run('密★')}</w:p>${para(TITLE)}`, {}, 'classification_mark:机密★'],
    ['white 1-pt text', `${para(TITLE)}<w:p>${run('秘密★1年', '<w:color w:val="FFFFFF"/><w:sz w:val="2"/>')}</w:p>`, {}, 'classification_mark:秘密★1年'],
    ['deleted revision (w:del)', `<w:p><w:del w:id="1" w:author="张某"><w:r><w:delText>机密★</w:delText></w:r></w:del></w:p>${para(TITLE)}`, {}, 'classification_mark:机密★'],
    ['an inserted revision splits a mark of the original', `<w:p>${run('机')}<w:ins w:id="2" w:author="张某">${run('关')}</w:ins>${run('密★')}</w:p>`, {}, 'classification_mark:机密★'],
    ['field code (w:instrText)', `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> AUTOTEXT 机密★5年 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, {}, 'classification_mark:机密★5年'],
    ['simple field: code and cached result', `<w:p><w:fldSimple w:instr=" DOCPROPERTY 机密★ ">${run('二〇二五年')}</w:fldSimple></w:p>`, {}, 'classification_mark:机密★'],
    ['alt text of a picture (wp:docPr descr)', `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="机密★"/></wp:inline></w:drawing></w:r></w:p>${para(PROSE)}`, {}, 'classification_mark:机密★'],
    ['text box inside a paragraph', `<w:p>${run('正文')}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para('内部资料')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>${para(PROSE)}`, {}, 'internal_mark:内部资料'],
    ['a content control\'s title (w:alias)', `<w:sdt><w:sdtPr><w:alias w:val="机密★"/></w:sdtPr><w:sdtContent>${para(PROSE)}</w:sdtContent></w:sdt>`, {}, 'classification_mark:机密★'],
    ['a style name', para(PROSE), { 'word/styles.xml': part('w:styles', '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="内部资料"/></w:style>') }, 'internal_mark:内部资料'],
    ['comment', para(PROSE), { 'word/comments.xml': part('w:comments', `<w:comment w:id="0" w:author="李某"><w:p>${run('此件不公开')}</w:p></w:comment>`) }, 'not_public_mark:此件不公开'],
    ['comment author', para(PROSE), { 'word/comments.xml': part('w:comments', `<w:comment w:id="0" w:author="秘密★"><w:p>${run('请核对')}</w:p></w:comment>`) }, 'classification_mark:秘密★'],
    ['header', para(PROSE), { 'word/header1.xml': part('w:hdr', para('内部资料 注意保存')) }, 'internal_mark:内部资料'],
    ['footer', para(PROSE), { 'word/footer1.xml': part('w:ftr', para('机密★1年')) }, 'classification_mark:机密★1年'],
    ['footnote', para(PROSE), { 'word/footnotes.xml': part('w:footnotes', `<w:footnote w:id="1">${para('本件仅供内部使用')}</w:footnote>`) }, 'internal_mark:本件仅供内部使用'],
    ['endnote', para(PROSE), { 'word/endnotes.xml': part('w:endnotes', `<w:endnote w:id="1">${para('秘密★')}</w:endnote>`) }, 'classification_mark:秘密★'],
    ['document title (docProps/core.xml)', para(PROSE), { 'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>机密★</dc:title><dc:creator>办公室</dc:creator></cp:coreProperties>' }, 'classification_mark:机密★'],
    ['keywords (docProps/core.xml)', para(PROSE), { 'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><cp:keywords>内部资料</cp:keywords></cp:coreProperties>' }, 'internal_mark:内部资料'],
    ['custom property (docProps/custom.xml)', para(PROSE), { 'docProps/custom.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>绝密★</vt:lpwstr></property></Properties>' }, 'classification_mark:绝密★'],
  ])('%s', async (_name, body, parts, found) => {
    expect(await marksIn('通知.docx', docxParts(body, parts))).toContain(found);
  });

  test('a document embedded in the document (ZIP in ZIP), and an image in it with a mark in its EXIF', async () => {
    const inner = await docxWith(['机密★', TITLE]);
    expect(await marksIn('通知.docx', docxParts(para(PROSE), { 'word/embeddings/Microsoft_Word_Document.docx': inner }))).toEqual(['classification_mark:机密★']);
    const photo = jpegWith({ description: '绝密★' });
    expect(await marksIn('通知.docx', docxParts(para(PROSE), { 'word/media/image1.jpeg': photo }))).toEqual(['classification_mark:绝密★']);
    const deeper = docxParts(para(PROSE), { 'word/embeddings/a.docx': docxParts(para(PROSE), { 'word/embeddings/b.docx': inner }) });
    expect(await marksIn('通知.docx', deeper)).toEqual(['classification_mark:机密★']);
  });

  test('an SVG image in the package is read as XML', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="10">内部资料</text><text x="0" y="30">供暖示意</text></svg>';
    expect(await marksIn('通知.docx', docxParts(para(PROSE), { 'word/media/image1.svg': svg }))).toEqual(['internal_mark:内部资料']);
  });

  test('files nested deeper than the limit are refused, not passed unread', async () => {
    let nested = await docxWith(['机密★']);
    for (let i = 0; i < 4; i++) nested = docxParts(para(PROSE), { 'word/embeddings/x.docx': nested });
    await expect(readAs('通知.docx', nested)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('内嵌的文件层数或数量过多') });
  });

  test('a clean document with comments, revisions, headers, fields and properties of ordinary text passes', async () => {
    const docx = docxParts(
      `${para(TITLE)}<w:p>${run('各单位：')}${run('（暂定）', '<w:vanish/>')}<w:del w:id="1" w:author="张某"><w:r><w:delText>请于本周内</w:delText></w:r></w:del><w:ins w:id="2" w:author="张某">${run('请于11月30日前')}</w:ins>${run('报送材料。')}</w:p>` +
        `<w:p><w:fldSimple w:instr=" PAGE ">${run('1')}</w:fldSimple></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="供暖保障流程图"/></wp:inline></w:drawing></w:r></w:p>`,
      {
        'word/comments.xml': part('w:comments', `<w:comment w:id="0" w:author="李某"><w:p>${run('日期请核对')}</w:p></w:comment>`),
        'word/header1.xml': part('w:hdr', para('某县人民政府办公室')),
        'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>供暖保障通知</dc:title><cp:keywords>供暖 保障</cp:keywords></cp:coreProperties>',
      },
    );
    const text = await readAs('通知.docx', docx);
    // Every place was read (so the pass is not for want of reading) …
    for (const piece of ['（暂定）', '请于本周内', '请于11月30日前', '日期请核对', '某县人民政府办公室', '供暖保障流程图', '供暖保障通知']) expect(text).toContain(piece);
    // … and Word's own view of the paragraph is one of the readings.
    expect(text.split('\n')).toContain('各单位：请于11月30日前报送材料。');
    expect(scanText(text).findings).toEqual([]);
  });
});

describe('who wrote the file: read for marks, not reported as personal data', () => {
  const core = (creator: string, modifiedBy: string) =>
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${modifiedBy}</cp:lastModifiedBy></cp:coreProperties>`;
  const gateOf = async (name: string, data: Buffer) => {
    const { kind } = checkFile(name, data);
    return gateAttachment(await readAttachment(kind, data, name), 'tzgg');
  };

  test('authors of a Word file, its revisions and comments, and of a PDF and its notes are staff at the keyboard', async () => {
    const docx = docxParts(`<w:p><w:ins w:id="1" w:author="王建国"><w:r><w:t>${PROSE}</w:t></w:r></w:ins></w:p>`, {
      'docProps/core.xml': core('张伟', '王建国'),
      'word/comments.xml': `<w:comments $W><w:comment w:id="0" w:author="李秀英" w:initials="LXY"><w:p><w:r><w:t>日期请核对</w:t></w:r></w:p></w:comment></w:comments>`,
    });
    expect(await gateOf('通知.docx', docx)).toMatchObject({ verdict: 'pass', findings: [] });
    const pdf = pdfDocument({ pages: [[{ text: TITLE, x: 72, y: 760 }]], info: { Author: '张伟' }, notes: ['日期请核对'] });
    expect(await gateOf('通知.pdf', pdf)).toMatchObject({ verdict: 'pass', findings: [] });
    // Read all the same: the names are there for anyone who opens the properties.
    expect(await extractText(checkFile('通知.docx', docx).kind, docx, '通知.docx')).toMatch(/张伟[\s\S]*王建国[\s\S]*李秀英/);
  });

  test('a mark in an author field blocks; the same name in the document\'s text is personal data', async () => {
    const marked = await gateOf('通知.docx', docxParts(para(PROSE), { 'docProps/core.xml': core('机密★', '办公室') }));
    expect(marked.verdict).toBe('block');
    expect(marked.findings.map((f) => `${f.type}:${f.text}`)).toEqual(['classification_mark:机密★']);
    const named = await gateOf('名单.docx', docxParts(para('申请人：张伟') + para(PROSE), { 'docProps/core.xml': core('张伟', '张伟') }));
    expect(named.findings.map((f) => `${f.kind}:${f.type}:${f.text}`)).toEqual(['pii:person_name:张伟']);
  });
});

describe('XLSX: hidden sheets, hidden rows, notes, printed headers, properties', () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  test.each<[string, (wb: ExcelJS.Workbook) => void, string]>([
    ['a hidden sheet named with a mark', (wb) => {
      wb.addWorksheet('名单').addRow(['序号', '村组']);
      const s = wb.addWorksheet('机密★');
      s.state = 'hidden';
      s.addRow(['备用']);
    }, 'classification_mark:机密★'],
    ['a very hidden sheet\'s cells', (wb) => {
      wb.addWorksheet('名单').addRow(['序号', '村组']);
      const s = wb.addWorksheet('Sheet2');
      s.state = 'veryHidden';
      s.addRow(['绝密★十年']);
    }, 'classification_mark:绝密★十年'],
    ['a hidden row', (wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['序号', '村组']);
      s.addRow(['内部资料']).hidden = true;
    }, 'internal_mark:内部资料'],
    ['a cell note', (wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['序号', '村组']);
      s.getCell('A1').note = '此件不公开';
    }, 'not_public_mark:此件不公开'],
    ['a printed header with its codes', (wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['序号', '村组']);
      s.headerFooter.oddHeader = '&L&"宋体,常规"&12内部资料&R第&P页';
    }, 'internal_mark:内部资料'],
    ['a cell\'s input message (data validation)', (wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['序号', '村组']);
      s.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"一组,二组"'], showInputMessage: true, promptTitle: '填写说明', prompt: '机密★' };
    }, 'classification_mark:机密★'],
    ['the workbook\'s title property', (wb) => {
      wb.title = '秘密★1年';
      wb.addWorksheet('名单').addRow(['序号', '村组']);
    }, 'classification_mark:秘密★1年'],
  ])('%s', async (_name, build, found) => {
    expect(await marksIn('名单.xlsx', await workbook(build))).toContain(found);
  });

  test('a pivot cache\'s string items', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['序号', '村组']);
    const data = withPart(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/pivotCache/pivotCacheDefinition1.xml',
      '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cacheFields count="1"><cacheField name="类别"><sharedItems><s v="一般"/><s v="内部资料"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>');
    expect(await marksIn('名单.xlsx', data)).toEqual(['internal_mark:内部资料']);
  });

  test('a clean workbook with notes, a hidden sheet and a header passes', async () => {
    const data = await workbook((wb) => {
      const s = wb.addWorksheet('名单');
      s.addRow(['序号', '身份证号']);
      s.addRow([1, ID1]);
      s.getCell('B1').note = '请核对后公示';
      s.headerFooter.oddHeader = '&C某县民政局';
      const h = wb.addWorksheet('说明');
      h.state = 'hidden';
      h.addRow(['填表说明：按户填写']);
    });
    const text = await readAs('名单.xlsx', data);
    for (const piece of ['请核对后公示', '某县民政局', '填表说明']) expect(text).toContain(piece);
    expect(scanText(text).findings.filter((f) => f.kind === 'confidentiality')).toEqual([]);
  });
});

describe('PDF: reading order, and what a PDF carries besides its pages', () => {
  const page = (...texts: PdfText[]): PdfText[][] => [[{ text: TITLE, x: 72, y: 760 }, ...texts, { text: PROSE, x: 72, y: 600 }]];
  test.each<[string, Parameters<typeof pdfDocument>[0], string]>([
    ['a mark drawn in reverse order, placed side by side', { pages: [[{ text: '密★', x: 84, y: 800 }, { text: TITLE, x: 72, y: 760 }, { text: '机', x: 72, y: 800 }]] }, 'classification_mark:密★'],
    ['invisible text (render mode 3, an OCR layer)', { pages: page({ text: '机密★', x: 72, y: 700, mode: 3 }) }, 'classification_mark:机密★'],
    ['a hidden optional-content layer', { pages: page({ text: '绝密★', x: 72, y: 700, layer: '草稿层' }), hiddenLayers: ['草稿层'] }, 'classification_mark:绝密★'],
    ['document title', { pages: page(), info: { Title: '机密★' } }, 'classification_mark:机密★'],
    ['subject', { pages: page(), info: { Subject: '内部资料' } }, 'internal_mark:内部资料'],
    ['keywords', { pages: page(), info: { Keywords: '秘密★' } }, 'classification_mark:秘密★'],
    ['XMP description', { pages: page(), xmp: xmpWith('此件不公开') }, 'not_public_mark:此件不公开'],
    ['a bookmark', { pages: page(), outline: ['一、总体要求', '机密★'] }, 'classification_mark:机密★'],
    ['a page label', { pages: page(), pageLabels: ['绝密★'] }, 'classification_mark:绝密★'],
    ['a note (annotation)', { pages: page(), notes: ['本件仅供内部使用'] }, 'internal_mark:本件仅供内部使用'],
    ['a form field\'s value', { pages: page(), fields: { 密级: '机密★' } }, 'classification_mark:机密★'],
  ])('%s', async (_name, spec, found) => {
    const marks = await marksIn('通知.pdf', pdfDocument(spec));
    if (found.endsWith(':密★')) expect(marks).toContain('classification_mark:机密★');
    else expect(marks).toContain(found);
  });

  test('an embedded file, read by its kind', async () => {
    const inner = await docxWith(['机密★', TITLE]);
    expect(await marksIn('通知.pdf', pdfDocument({ pages: page(), attachments: [{ name: '附件1.docx', data: inner }] }))).toEqual(['classification_mark:机密★']);
    expect(await marksIn('通知.pdf', pdfDocument({ pages: page(), attachments: [{ name: '机密★.txt', data: Buffer.from('plain') }] }))).toEqual(['classification_mark:机密★']);
    expect(await marksIn('通知.pdf', pdfDocument({ pages: page(), attachments: [{ name: '说明.txt', data: Buffer.from('绝密★十年\n关于供暖的说明', 'utf8') }] }))).toEqual(['classification_mark:绝密★十年']);
    // A binary file of no known kind is not read as text (its bytes would be noise), only its name.
    expect(await marksIn('通知.pdf', pdfDocument({ pages: page(), attachments: [{ name: '数据.bin', data: Buffer.from([0, 1, 2, 0xe6, 0x9c, 0xba]) }] }))).toEqual([]);
  });

  test('a clean PDF with properties, bookmarks, notes and a layer of ordinary text passes', async () => {
    const pdf = pdfDocument({
      pages: page({ text: '附件：', x: 72, y: 700, layer: '批注层' }, { text: '供暖热线', x: 72, y: 680, mode: 3 }), hiddenLayers: ['批注层'],
      info: { Title: '供暖保障通知', Subject: '冬季供暖', Keywords: '供暖 保障', Author: '某县人民政府办公室' }, xmp: xmpWith('冬季供暖保障'),
      outline: ['一、总体要求', '二、工作措施'], notes: ['日期请核对'], fields: { 联系电话: '0471-1234567' }, pageLabels: ['一'],
    });
    const text = await readAs('通知.pdf', pdf);
    for (const piece of ['供暖保障通知', '冬季供暖保障', '二、工作措施', '日期请核对', '供暖热线', '附件：']) expect(text).toContain(piece);
    expect(scanText(text).findings.filter((f) => f.kind === 'confidentiality')).toEqual([]);
  });
});

describe('OFD: the package besides its pages', () => {
  test('document title in OFD.xml and a template page', async () => {
    const ofd = ofdWith([[TITLE, PROSE]]);
    const titled = withPart(ofd, 'OFD.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>synthetic</ofd:DocID><ofd:Title>机密★</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    expect(await marksIn('通知.ofd', titled)).toEqual(['classification_mark:机密★']);
    const template = withPart(ofd, 'Doc_0/Tpls/Tpl_0/Content.xml', '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:TextObject ID="1"><ofd:TextCode X="0" Y="4">内部</ofd:TextCode><ofd:TextCode X="9" Y="4">资料</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>');
    expect(await marksIn('通知.ofd', template)).toEqual(['internal_mark:内部资料']);
    expect(await marksIn('通知.ofd', ofd)).toEqual([]);
  });
});

describe('images: the text of their metadata', () => {
  test.each<[string, Buffer, string]>([
    ['PNG iTXt (UTF-8)', pngWithText([{ type: 'iTXt', keyword: 'Description', text: '机密★' }]), 'classification_mark:机密★'],
    ['PNG iTXt compressed', pngWithText([{ type: 'iTXt', keyword: 'Title', text: '绝密★十年', compressed: true }]), 'classification_mark:绝密★十年'],
    ['PNG XMP packet', pngWithText([{ type: 'iTXt', keyword: 'XML:com.adobe.xmp', text: xmpWith('内部资料') }]), 'internal_mark:内部资料'],
    ['JPEG EXIF ImageDescription (UTF-8)', jpegWith({ description: '秘密★1年' }), 'classification_mark:秘密★1年'],
    ['JPEG EXIF XPComment (UCS-2)', jpegWith({ xpComment: '机密★' }), 'classification_mark:机密★'],
    ['JPEG comment segment', jpegWith({ comment: '此件不公开' }), 'not_public_mark:此件不公开'],
    ['JPEG XMP', jpegWith({ xmp: xmpWith('机密★5年') }), 'classification_mark:机密★5年'],
    ['GIF comment', gifWithComment('绝密★'), 'classification_mark:绝密★'],
  ])('%s', async (_name, data, found) => {
    const ext = data[0] === 0x89 ? 'png' : data[0] === 0xff ? 'jpg' : 'gif';
    expect(await marksIn(`现场照片.${ext}`, data)).toEqual([found]);
  });

  test('ordinary metadata passes, and a zTXt/tEXt chunk is read', async () => {
    const png = pngWithText([{ type: 'tEXt', keyword: 'Software', text: 'Camera 1.0' }, { type: 'zTXt', keyword: 'Comment', text: 'heating plant' }]);
    expect(await readAs('照片.png', png)).toBe('Software\nCamera 1.0\nComment\nheating plant');
    const jpeg = jpegWith({ description: '供暖锅炉房', xpComment: '现场照片', comment: '摄于某县' });
    expect(await readAs('照片.jpg', jpeg)).toBe('供暖锅炉房\n现场照片\n摄于某县');
    expect(await marksIn('照片.gif', gifWithComment('供暖现场'))).toEqual([]);
  });
});
