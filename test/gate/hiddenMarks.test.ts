import { stripHiddenControls } from '../../text/index.js';
import { htmlTextContent, scanHtml, scanText } from '../../review/gate.js';
import { runGate } from '../../workflow/gate.js';

const marksIn = (findings: { kind: string; type: string }[]) => findings.filter((f) => f.kind === 'confidentiality').map((f) => f.type);

describe('marks hidden by characters nobody sees are still marks', () => {
  test.each([
    ['Hangul filler', '机\u3164密★'],
    ['half-width Hangul filler', '机\uFFA0密★'],
    ['tag character', '机\u{E0020}密★'],
    ['variation selector supplement', '机\u{E0100}密★'],
    ['variation selector', '机\uFE0F密★'],
    ['combining acute', '机\u0301密★'],
    ['enclosing circle', '机\u20DD密★'],
    ['zero-width space and joiner', '机\u200B\u200D密★'],
    ['soft hyphen', '机\u00AD密★'],
    ['word joiner', '机\u2060密★'],
    ['circled ideograph 秘 (NFKC)', '㊙密★'],
    ['Kangxi radical 一 in a term', '绝密★十⼀年'],
    ['traditional script', '機密★'],
    ['variant ideograph 宻 (confusable)', '机宻★'],
    ['mathematical bold letters around a mark', '𝐀 机密★ 𝐁'],
  ])('%s', (_name, mark) => {
    const result = scanText(`${mark}\n关于做好冬季供暖保障工作的通知`);
    expect(result.verdict).toBe('block');
    expect(marksIn(result.findings)).toContain('classification_mark');
  });

  test('a character reference to a filler inside HTML', () => {
    const result = scanHtml('<p>机&#x3164;密★</p><p>正文内容。</p>');
    expect(marksIn(result.findings)).toEqual(['classification_mark']);
  });

  test('a right-to-left override that displays ★密机 as 机密★', () => {
    const text = '\u202E★密机\u202C\n关于做好冬季供暖保障工作的通知';
    const result = scanText(text);
    expect(result.verdict).toBe('block');
    const mark = result.findings.find((f) => f.type === 'classification_mark')!;
    // The span points at the stored characters that display the mark.
    expect(text.slice(mark.start, mark.end)).toBe('★密机');
  });

  test('an override run in the middle of a line, mapped back to its stored span', () => {
    const text = '通知如下：\u202E年5★密机\u202C 请各单位落实。';
    const result = scanText(text);
    const mark = result.findings.find((f) => f.type === 'classification_mark')!;
    expect(mark).toBeDefined();
    expect(text.slice(mark.start, mark.end)).toBe('年5★密机');
  });

  test('text that merely contains an override and no mark passes', () => {
    expect(scanText('\u202E通知公告\u202C 本周工作安排').verdict).toBe('pass');
  });

  test('a mark in an image alt or a title attribute', () => {
    const result = scanHtml('<p>会议照片如下。</p><p><img src="https://example.gov.cn/a.png" alt="机密★ 绝密★十年"></p>');
    expect(result.verdict).toBe('block');
    expect(marksIn(result.findings)).toEqual(['classification_mark', 'classification_mark']);
    const titled = scanHtml('<p><a href="https://example.gov.cn/" title="内部资料 注意保密">链接</a></p>');
    expect(marksIn(titled.findings)).toEqual(['internal_mark', 'internal_mark']);
  });

  test('the gate on a draft sees marks in the alt the sanitizer keeps', () => {
    const gate = runGate({ title: '工作动态', summary: '', bodyHtml: '<p>图片</p><img src="https://example.gov.cn/a.png" alt="秘密★1年">', categoryCode: 'gzdt' });
    expect(gate.verdict).toBe('block');
    expect(gate.findings.map((f) => [f.field, f.type])).toEqual([['body', 'classification_mark']]);
  });

  test('personal data in an alt is masked in the attribute, escaped as an attribute', () => {
    const result = scanHtml('<p>照片</p><img src="https://example.gov.cn/a.png" alt="&quot;来电&quot; 13812345678">');
    expect(result.findings.map((f) => f.type)).toEqual(['mobile']);
    expect(result.redacted).toBe('<p>照片</p><img src="https://example.gov.cn/a.png" alt="&quot;来电&quot; 138****5678">');
  });

  test('titles carrying a filler or an override are blocked', () => {
    for (const title of ['机\u3164密★关于人事调整的通知', '\u202E★密机\u202C 关于人事调整的通知']) {
      const gate = runGate({ title, summary: '', bodyHtml: '<p>正文。</p>', categoryCode: 'gzdt' });
      expect(gate.verdict).toBe('block');
      expect(gate.findings[0].field).toBe('title');
    }
  });

  test('a document opening with handling instructions followed by prose on the same line', () => {
    const result = scanText('内部文件，不得外传。现将有关事项通知如下：一是加强值班值守。');
    expect(marksIn(result.findings)).toEqual(['internal_mark', 'internal_mark']);
    // …but prose that merely begins with the words, or defines them, does not block.
    expect(scanText('内部文件管理办法（试行）\n第一条 为规范管理，制定本办法。').verdict).toBe('pass');
    expect(scanText('“内部资料”是指仅在本单位传阅的材料。').verdict).toBe('pass');
  });
});

describe('what is published carries no direction controls or fillers', () => {
  test('stripHiddenControls keeps what shaping needs', () => {
    expect(stripHiddenControls('通\u202E知\u202C公\u3164告\u200B！\u{E0041}')).toBe('通知公告！');
    // Zero-width joiner, variation selectors and Mongolian selectors stay: removing them changes glyphs.
    const kept = '👨\u200D👩 葛\u{E0100} ᠮᠣ\u180Bᠩ\u180E';
    expect(stripHiddenControls(kept)).toBe(kept);
  });
});

describe('the strip policy covers every invisible class it names', () => {
  test('format controls, plane 14 outside the variation selectors, CGJ and Khmer inherent vowels go', () => {
    const hidden = '\u034F\u17B4\u17B5\u2065\u206A\u206F\u{E0001}\u{E00FF}\u{E01F0}\u{E0FFF}\u{1BCA0}\u{1BCA3}\u{1D173}\u{1D17A}';
    expect(stripHiddenControls(`通${hidden}知`)).toBe('通知');
    // Neighbours of those ranges that are visible characters stay.
    const visible = '\u{1D172}\u{1D17B}\u{1BC9F}\u{E01EF}\u17B6';
    expect(stripHiddenControls(visible)).toBe(visible);
  });
});

describe('the text content reads source line breaks as a browser does', () => {
  test('a space outside preformatted text, a line break inside it', () => {
    expect(htmlTextContent('<p>机\n密★</p>').text).toBe('机 密★');
    expect(htmlTextContent('<pre>机\n密</pre>').text).toBe('机\n密');
  });
});
