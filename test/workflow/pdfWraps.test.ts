/**
 * A PDF draws a paragraph one visual line at a time, and the right margin cuts names and addresses in two. The
 * gate reads the pages with soft wraps joined by geometry (workflow/pdfReflow.ts) and keeps the line structure
 * of tables, lists, short lines and sentence ends; the pages as laid out are still read for marks. Every glyph of
 * the test font is one em wide, so a line's width is its length in characters times the font size.
 */
import { describe, expect, test } from '@jest/globals';
import { checkFile, gateAttachment, readAttachment } from '../../workflow/attachmentFiles.js';
import { reflowReadingOrder, reflowStreamOrder } from '../../workflow/pdfReflow.js';
import { pdfDocument, type PdfText } from '../helpers/pdfWriter.js';

const SIZE = 16;
const LEFT = 80;
/** Full lines are 27 glyphs of 16 pt: the block ends at x = 512, the right margin about the left one on A4. */
const WIDTH = 27;
const LEADING = 28;

/**
 * Visual lines placed as a word processor does, 28 pt apart from `top` down; leading spaces are the indent, in
 * glyphs. Every line but the last must fill the block, so the fixtures say where the margin falls.
 */
function block(texts: readonly string[], top = 760): PdfText[] {
  texts.slice(0, -1).forEach((t) => {
    if (t.length !== WIDTH) throw new Error(`not a full line (${t.length}): ${t}`);
  });
  return lines(texts, top);
}

function lines(texts: readonly string[], top = 760): PdfText[] {
  return texts.map((t, i) => {
    const indent = t.length - t.trimStart().length;
    return { text: t.trimStart(), x: LEFT + indent * SIZE, y: top - i * LEADING, size: SIZE };
  });
}

async function read(pages: PdfText[][]) {
  const data = pdfDocument({ pages });
  const { kind } = checkFile('决定书.pdf', data);
  const text = await readAttachment(kind, data, '决定书.pdf');
  return { ...text, gate: gateAttachment(text, 'tzgg') };
}

const found = (gate: { findings: { kind: string; type: string; text: string }[] }, type: string): string[] =>
  gate.findings.filter((f) => f.type === type).map((f) => f.text);

describe('a wrapped paragraph is read as one', () => {
  test('a name and an address the margin cut in two are found whole', async () => {
    const { text, layout, gate } = await read([block([
      '  经调查查明，自2024年3月5日起，本案当事人王建',
      '华未经任何有关部门批准，擅自在其家住城关镇东风村三组1',
      '2号的院内堆放建筑垃圾约三十立方米，经责令改正仍未清除。',
    ])]);
    expect(layout).toContain('王建\n华');
    expect(text).toContain('当事人王建华未经');
    expect(text).toContain('三组12号的院内');
    expect(found(gate, 'person_name')).toContain('王建华');
    expect(found(gate, 'person_name')).not.toContain('王建');
    expect(found(gate, 'address').some((a) => a.endsWith('三组12号'))).toBe(true);
  });

  test('a single full line: the right margin is taken to mirror the left one', async () => {
    const { text } = await read([block(['  申请人张伟，男，汉族，文化程度初中，住东风村三组1', '2号。'])]);
    expect(text).toContain('三组12号。');
  });

  test('a paragraph split by a page break is joined; the page number and running head stay in the text', async () => {
    const head = { text: '某县市场监督管理局行政处罚决定书', x: LEFT + 5 * SIZE, y: 800, size: 10 };
    const page1 = [head, ...block([
      '  某县市场监督管理局接到群众举报后，依法对城关镇人民',
      '路两侧沿街经营情况进行了专项检查。经查，本案当事人李秀',
    ], 100), { text: '- 1 -', x: 280, y: 40, size: 10 }];
    const page2 = [{ ...head }, ...lines(['英于2024年4月起在该路段摆摊经营，未取得许可。'], 760), { text: '- 2 -', x: 280, y: 40, size: 10 }];
    const { text, gate } = await read([page1, page2]);
    expect(found(gate, 'person_name')).toContain('李秀英');
    expect(text).toContain('当事人李秀英于');
    expect(text).toMatch(/^- 1 -$/m);
    expect(text.match(/某县市场监督管理局行政处罚决定书/g)).toHaveLength(2);
  });

  test('a short line is a paragraph end, even without punctuation', async () => {
    const { text } = await read([lines(['  申请人张', '伟，男，汉族。'])]);
    expect(text).toContain('申请人张\n伟');
  });
});

describe('line structure that must stay', () => {
  test('a table spanning the block stays one row per line', async () => {
    const row = (y: number, ...cells: string[]): PdfText[] => cells.map((c, i) => ({ text: c, x: LEFT + [0, 6, 10, 21][i] * SIZE, y, size: SIZE }));
    const table = [
      ...row(700, '姓名', '性别', '住址', '补助金额'),
      ...row(672, '赵春梅', '女', '东风村三组', '一千二百元整'),
      ...row(644, '钱国栋', '男', '西河村五组', '一千五百元整'),
    ];
    // Each row's last cell runs to the block's right edge, as a full body line would.
    const prose = block(['  根据有关规定，现将本年度困难群众临时救助发放情况公', '示如下，公示期为七日。'], 760);
    const { text } = await read([[...prose, ...table]]);
    const rows = text.split('\n');
    expect(rows.some((l) => /^赵春梅\s+女\s+东风村三组\s+一千二百元整$/.test(l))).toBe(true);
    expect(rows.some((l) => /^钱国栋\s+男\s+西河村五组\s+一千五百元整$/.test(l))).toBe(true);
  });

  test('list items, a line ending a sentence and short lines keep their breaks', async () => {
    const items = [
      '一、当事人在规定期限内未办理相关登记手续且逾期未补办的',
      '（一）责令当事人立即改正违法行为并消除其造成的不良影响',
      '1．罚款人民币五千元整，并于收到本决定书之日起十五日内',
      '第三条申请人应当向本机关提交书面申请材料并附其身份证明',
      '②当事人如不服本决定，可以在六十日内向县政府申请复议；',
      '本决定自送达之日起生效，请当事人在规定期限内自觉履行。',
      '赵春梅',
      '孙建国',
    ];
    block(items.slice(0, 7));
    const { text } = await read([lines(items)]);
    for (const item of items) expect(text.split('\n')).toContain(item);
  });

});

describe('marks', () => {
  test('a mark split across a wrap is found', async () => {
    const para = block(['  本通知所附名单涉及的内容均属于国家秘密事项，定为机', '密★一年，请各单位严格按照规定的知悉范围传达。']);
    const { gate } = await read([para]);
    expect(gate.verdict).toBe('block');
    expect(found(gate, 'classification_mark').some((m) => m.replace(/\s/g, '').startsWith('机密★'))).toBe(true);
  });

  test('a mark on a short line and one drawn out of order are found as before', async () => {
    const page: PdfText[] = [
      { text: '秘密★', x: 480, y: 800, size: SIZE },
      { text: '密★', x: LEFT + SIZE, y: 700, size: SIZE },
      { text: '机', x: LEFT, y: 700, size: SIZE },
      ...lines(['  现将有关事项通知如下。'], 660),
    ];
    const { gate } = await read([page]);
    expect(found(gate, 'classification_mark')).toEqual(expect.arrayContaining(['秘密★', '机密★']));
  });
});

test('a page of 30,000 wrapped lines is one paragraph, read in linear time', () => {
  const runs = Array.from({ length: 30000 }, (_, i) => ({ str: '字字字', x: 80, y: 800 - i * 14, width: 36, size: 12, eol: true }));
  const started = Date.now();
  const stream = reflowStreamOrder([{ runs, width: 0 }]);
  const reading = reflowReadingOrder([{ runs, width: 0 }]);
  // Joining by copying the growing paragraph took about a minute here.
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(stream).toBe('字'.repeat(90000));
  expect(reading).toBe(stream);
});
