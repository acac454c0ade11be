/**
 * Red-team table over the gate (issue #9 "Hidden marks"): every way we know to hide a classification or
 * internal-use mark from a scanner while a reader still sees it. Each row is written by hand: the text, and
 * the finding type the gate must report. The workflow-level journey (submit → gate → approve → publish) is
 * hidden-marks-journey.test.ts.
 */
import { scanHtml, scanText } from '../../review/gate.js';
import { validateCorrectionNote } from '../../workflow/corrections.js';
import { renderApproved, runGate } from '../../workflow/gate.js';

const CLASS = 'classification_mark';
const INTERNAL = 'internal_mark';

const marks = (findings: readonly { kind: string; type: string }[]): string[] =>
  findings.filter((f) => f.kind === 'confidentiality').map((f) => f.type);

/** The form under test on a line of its own above an ordinary title, as a document header sets it. */
const asHeader = (mark: string): string => `${mark}\n关于做好冬季供暖保障工作的通知`;

describe('Default_Ignorable code points between the characters of a mark', () => {
  test.each([
    ['ZWSP U+200B', '机\u200B密★'],
    ['ZWNJ U+200C', '机\u200C密★'],
    ['ZWJ U+200D', '机\u200D密★'],
    ['word joiner U+2060', '机\u2060密★'],
    ['invisible times U+2062', '机\u2062密★'],
    ['reserved U+2065', '机\u2065密★'],
    ['deprecated format U+206A', '机\u206A密★'],
    ['nominal digit shapes U+206F', '机\u206F密★'],
    ['variation selector U+FE00', '机\uFE00密★'],
    ['variation selector U+FE0F', '机\uFE0F密★'],
    ['tag U+E0001', '机\u{E0001}密★'],
    ['cancel tag U+E007F', '机\u{E007F}密★'],
    ['variation selector U+E01EF', '机\u{E01EF}密★'],
    ['unassigned plane 14 U+E0FFF', '机\u{E0FFF}密★'],
    ['Hangul choseong filler U+115F', '机\u115F密★'],
    ['Hangul jungseong filler U+1160', '机\u1160密★'],
    ['Hangul filler U+3164', '机\u3164密★'],
    ['half-width Hangul filler U+FFA0', '机\uFFA0密★'],
    ['Mongolian FVS1 U+180B', '机\u180B密★'],
    ['Mongolian vowel separator U+180E', '机\u180E密★'],
    ['Mongolian FVS4 U+180F', '机\u180F密★'],
    ['soft hyphen U+00AD', '机\u00AD密★'],
    ['combining grapheme joiner U+034F', '机\u034F密★'],
    ['Khmer inherent vowel U+17B4', '机\u17B4密★'],
    ['BOM / ZWNBSP U+FEFF', '机\uFEFF密★'],
    ['shorthand format control U+1BCA0', '机\u{1BCA0}密★'],
    ['musical format control U+1D173', '机\u{1D173}密★'],
    ['private use U+E000', '机\uE000密★'],
    ['noncharacter U+FFFF', '机\uFFFF密★'],
    ['unassigned plane 15 private use U+F0000', '机\u{F0000}密★'],
  ])('%s', (_name, mark) => {
    expect(marks(scanText(asHeader(mark)).findings)).toEqual([CLASS]);
  });
});

describe('combining and enclosing marks', () => {
  test.each([
    ['combining acute U+0301', '机\u0301密★'],
    ['enclosing circle U+20DD between', '机\u20DD密★'],
    ['enclosing circle U+20DD after the star', '机密★\u20DD'],
    ['enclosing keycap U+20E3 on the level', '绝\u20E3密★'],
    ['Cyrillic hundred thousands U+0488', '机\u0488密★'],
    ['kana voiced mark U+3099', '秘\u3099密★'],
    ['astral combining mark U+1D167', '机\u{1D167}密★'],
    ['combining mark leading the line', '\u0301机密★'],
  ])('%s', (_name, mark) => {
    expect(marks(scanText(asHeader(mark)).findings)).toEqual([CLASS]);
  });
});

describe('bidirectional controls and right-to-left context', () => {
  test.each([
    ['LRE', '机\u202A密★'],
    ['RLE', '机\u202B密★'],
    ['PDF', '机\u202C密★'],
    ['LRO', '机\u202D密★'],
    ['LRI', '机\u2066密★'],
    ['RLI', '机\u2067密★'],
    ['FSI', '机\u2068密★'],
    ['PDI', '机\u2069密★'],
    ['ALM U+061C', '机\u061C密★'],
    ['LRM', '机\u200E密★'],
    ['RLM', '机\u200F密★'],
  ])('%s inside the mark', (_name, mark) => {
    expect(marks(scanText(asHeader(mark)).findings)).toEqual([CLASS]);
  });

  test.each([
    // Each shows 机密★ on screen although the stored order is ★密机.
    ['RLO … PDF', '\u202E★密机\u202C', '★密机'],
    ['RLO with an empty isolate inside', '\u202E★\u2066\u2069密机\u202C', '★\u2066\u2069密机'],
    ['left-to-right isolates inside a right-to-left isolate', '\u2067\u2066★\u2069\u2066密\u2069\u2066机\u2069\u2069', '★\u2069\u2066密\u2069\u2066机'],
    ['left-to-right embeddings split by spaces inside a right-to-left embedding', '\u202B\u202A★\u202C \u202A密\u202C \u202A机\u202C\u202C', '★\u202C \u202A密\u202C \u202A机'],
    ['an Arabic letter first makes a plain-text paragraph right to left', 'ا ★ 密 机', '★ 密 机'],
    ['a Hebrew word first', 'שלום ★ 密 机', '★ 密 机'],
    ['RLO in the middle of a line', '通知：\u202E年5★密机\u202C 请落实。', '年5★密机'],
  ])('%s is read as displayed', (_name, text, stored) => {
    const result = scanText(text);
    expect(result.verdict).toBe('block');
    const found = result.findings.filter((f) => f.type === CLASS).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual([stored]);
  });

  test('right-to-left text without a mark passes', () => {
    expect(scanText('مرحبا 欢迎来到呼和浩特').verdict).toBe('pass');
    expect(scanText('\u2067通知公告\u2069 本周工作安排').verdict).toBe('pass');
  });
});

describe('compatibility forms, look-alike stars and variant ideographs', () => {
  test.each([
    ['circled ideograph ㊙', '㊙密★', CLASS],
    ['circled ideograph with emoji presentation ㊙️', '㊙\uFE0F密★', CLASS],
    ['full-width asterisk', '机密＊', CLASS],
    ['white star ☆', '机密☆', CLASS],
    ['⭐ U+2B50', '机密⭐', CLASS],
    ['black small star ⭑', '机密⭑', CLASS],
    ['✪', '机密✪', CLASS],
    ['✩', '机密✩', CLASS],
    ['✭', '机密✭', CLASS],
    ['✦ four-pointed', '机密✦', CLASS],
    ['✶ six-pointed', '绝密✶十年', CLASS],
    ['✹ twelve-pointed', '秘密✹', CLASS],
    ['✡', '机密✡', CLASS],
    ['⋆ star operator', '机密⋆', CLASS],
    ['∗ asterisk operator', '机密∗5年', CLASS],
    ['🌟 glowing star', '机密🌟', CLASS],
    ['🟊 heavy five-pointed star', '机密\u{1F7CA}', CLASS],
    ['★ with text presentation selector', '机密★\uFE0E', CLASS],
    ['star before the level', '★机密', CLASS],
    ['star before the level, spaced', '★ 机 密', CLASS],
    ['traditional 機密', '機密★', CLASS],
    ['traditional 絕密', '絕密★', CLASS],
    ['variant 祕密', '祕密★', CLASS],
    ['variant 絶密', '絶密★十年', CLASS],
    ['confusable 宻', '机宻★', CLASS],
    ['compatibility ideograph 料 U+F9BE', '内部资\uF9BE', INTERNAL],
    ['squared ideograph 🈛 → 料', '内部资🈛', INTERNAL],
    ['compatibility ideograph 內 U+2F814', '\u{2F814}部资料', INTERNAL],
    ['compatibility ideograph 不 U+F967', '此件\uF967公开', 'not_public_mark'],
    ['Kangxi radical ⼀ in the term', '绝密★十⼀年', CLASS],
    ['full-width digits in the term', '机密★１０年', CLASS],
    ['mathematical digits in the term', '机密★\u{1D7CF}\u{1D7CE}年', CLASS],
  ])('%s', (_name, mark, type) => {
    expect(marks(scanText(asHeader(mark)).findings)).toEqual([type]);
  });

  test('a star used as a bullet before a title, and the levels listed after one, are prose', () => {
    expect(scanText('★机密载体管理办法\n第一条 为规范管理，制定本办法。').verdict).toBe('pass');
    expect(scanText('国家秘密分为：\n★机密、绝密和秘密三级').verdict).toBe('pass');
  });
});

describe('separators between the characters (the skip rule)', () => {
  test.each([
    ['spaces', '机 密 ★'],
    ['ideographic space', '机\u3000密★'],
    ['no-break space', '机\u00A0密★'],
    ['narrow no-break space', '机\u202F密★'],
    ['dot', '机.密★'],
    ['middle dot', '机·密★'],
    ['katakana middle dot', '机・密★'],
    ['hyphen', '机-密★'],
    ['slash', '机/密★'],
    ['underscore', '机_密★'],
    ['tab', '机\t密★'],
    ['markdown emphasis', '**机密★**'],
    ['markdown heading', '# 机密★'],
    ['markdown code', '`机密★`'],
    ['brackets', '【机密★】'],
  ])('%s', (_name, mark) => {
    expect(marks(scanText(asHeader(mark)).findings)).toEqual([CLASS]);
  });

  test('internal marks behind fillers and invisible characters', () => {
    expect(marks(scanText(asHeader('内\u200B部\u3164资\u{E0100}料')).findings)).toEqual([INTERNAL]);
    expect(marks(scanText('内部文件\u3164，不得\u200D外传。现将有关事项通知如下。').findings)).toEqual([INTERNAL, INTERNAL]);
  });
});

describe('HTML: what the public reads of the body', () => {
  const body = (html: string): string[] => marks(runGate({ title: '工作动态', summary: '', bodyHtml: html, categoryCode: 'gzdt' }).findings);

  test.each([
    ['decimal references', '<p>&#26426;&#23494;&#9733;</p>', CLASS],
    ['hex references without semicolons', '<p>&#x673a&#x5bc6&#x2605 正文</p>', CLASS],
    ['named reference ★', '<p>机密&starf;</p>', CLASS],
    ['a filler as a reference', '<p>机&#x3164;密★</p>', CLASS],
    ['soft hyphen as &shy; without semicolon', '<p>机&shy密★</p>', CLASS],
    ['span split', '<p>机<span>密</span>★</p>', CLASS],
    ['comment split', '<p>机<!-- x -->密★</p>', CLASS],
    ['<wbr>', '<p>机<wbr>密★</p>', CLASS],
    ['<sup>', '<p>机<sup>密</sup>★</p>', CLASS],
    ['unknown tags unwrapped', '<font>机</font><font>密★</font>', CLASS],
    ['link text of a javascript: link', '<p><a href="javascript:alert(1)">机密★</a></p>', CLASS],
    ['link text', '<p><a href="https://www.example.gov.cn/">内部资料</a></p>', INTERNAL],
    ['table cells', '<table><tr><td>机</td><td>密★</td></tr></table>', CLASS],
    ['caption', '<table><caption>绝密★</caption><tr><td>一</td></tr></table>', CLASS],
    ['figure caption', '<figure><img src="https://www.example.gov.cn/a.png"><figcaption>机密★</figcaption></figure>', CLASS],
    ['image alt', '<p>图</p><img src="https://www.example.gov.cn/a.png" alt="图片 机密★">', CLASS],
    ['image alt as references', '<p>图</p><img src="https://www.example.gov.cn/a.png" alt="&#x673a;&#x5bc6;&#x2605;">', CLASS],
    ['image alt behind an override', '<p>图</p><img src="https://www.example.gov.cn/a.png" alt="&#x202E;★密机">', CLASS],
    ['override as references', '<p>通知：&#x202E;★密机&#x202C;正文</p>', CLASS],
    ['<plaintext> swallowing the rest', '<p>正文</p><plaintext>机密★', CLASS],
    ['details/summary', '<details><summary>机密★</summary>正文</details>', CLASS],
    ['a source line break inside a paragraph (white space on the page)', '<p>机\n密★</p><p>正文。</p>', CLASS],
    ['a CRLF inside a paragraph', '<p>正文。</p><p>内部\r\n资料</p>', INTERNAL],
  ])('%s', (_name, html, type) => {
    expect(body(html)).toContain(type);
  });

  test.each([
    // The sanitizer drops these, so nothing of them reaches a reader: not findings.
    ['svg text', '<svg><text>机密★</text></svg><p>正文</p>'],
    ['MathML', '<math><mi>机密★</mi></math><p>正文</p>'],
    ['noscript', '<noscript>机密★</noscript><p>正文</p>'],
    ['template', '<template>机密★</template><p>正文</p>'],
    ['data attribute', '<p data-x="机密★">正文</p>'],
    ['aria-label', '<p><a href="https://www.example.gov.cn/" aria-label="机密★">链接</a></p>'],
  ])('%s never reaches a reader and is not a finding', (_name, html) => {
    expect(body(html)).toEqual([]);
  });

  test('the title attribute of an image or link is read when present in the scanned HTML', () => {
    expect(marks(scanHtml('<p><img src="https://www.example.gov.cn/a.png" title="机密★"></p>').findings)).toEqual([CLASS]);
  });
});

describe('plain fields as the channels show them (title, summary, channel copy)', () => {
  const gate = (title: string, bodyHtml: string, summary = '') => runGate({ title, summary, bodyHtml, categoryCode: 'gzdt' });
  const found = (g: ReturnType<typeof runGate>) => g.findings.filter((f) => f.kind === 'confidentiality').map((f) => [f.field, f.type, f.text]);

  test('a line break inside a title shows as a space on every channel', () => {
    expect(found(gate('机\n密★关于人事调整的通知', '<p>正文。</p>'))).toEqual([['title', CLASS, '机\n密★']]);
  });

  test('character references and tags in a title, which the feeds decode and drop', () => {
    expect(found(gate('&#x673a;&#x5bc6;&#x2605; 关于人事调整的通知', '<p>正文。</p>'))).toEqual([['title', CLASS, '&#x673a;&#x5bc6;&#x2605;']]);
    expect(found(gate('机<b></b>密★ 关于人事调整的通知', '<p>正文。</p>'))).toEqual([['title', CLASS, '机<b></b>密★']]);
    expect(found(gate('工作动态', '<p>正文。</p>', '内部&#36164;料 本周工作安排'))).toEqual([['summary', INTERNAL, '内部&#36164;料']]);
  });

  test('the summary derived from the body joins its paragraphs: a mark split across them is found there', () => {
    expect(found(gate('工作动态', '<p>机</p><p>密★</p><p>本周工作安排如下。</p>'))).toEqual([['summary', CLASS, '机 密★']]);
    // A mark the body shows itself is reported once, in the body.
    expect(found(gate('工作动态', '<p>机密★</p><p>本周工作安排如下。</p>'))).toEqual([['body', CLASS, '机密★']]);
  });

  test('ordinary titles with references or line breaks pass', () => {
    expect(gate('关于A&amp;B项目的\n公示', '<p>正文。</p>').verdict).toBe('pass');
  });
});

describe('the rendition loses what would make it show something else', () => {
  test('title, summary, body text and image alt', () => {
    const draft = {
      title: '关于\u202E调整\u202C公交\u3164线路的通告', summary: '线路\u{E0001}调整\u2069',
      bodyHtml: '<p>自\u2067下月\u2069起\u200B调整。</p><p><img src="https://www.example.gov.cn/a.png" alt="线路\u3164示意图\u202E"></p>', categoryCode: 'gzdt',
    };
    const gate = runGate(draft);
    expect(gate.verdict).toBe('pass');
    const r = renderApproved(draft, gate.findings, new Set());
    expect(r.title).toBe('关于调整公交线路的通告');
    expect(r.summary).toBe('线路调整');
    expect(r.html).toBe('<p>自下月起调整。</p><p><img src="https://www.example.gov.cn/a.png" alt="线路示意图" /></p>');
  });
});

describe('the 更正说明 published beside a corrected item', () => {
  test('refuses a mark and loses hidden controls', () => {
    expect(() => validateCorrectionNote('更正了第二段 机\u3164密★')).toThrow(/更正说明「更正了第二段 机密★」含有密级标志/);
    expect(validateCorrectionNote('更正了\u202E第二段\u202C的日期')).toBe('更正了第二段的日期');
  });
});
