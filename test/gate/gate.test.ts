import { describe, expect, it } from '@jest/globals';
import { applyReplacements, htmlTextContent, redactHtml, redactText, scanHtml, scanText } from '../../review/gate.js';
import { ID1 } from './fixtures.js';

const LETTER = `政府信息公开申请答复书
巴政办字〔2018〕62号
王建国：
    本机关于2018年1月2日收到您的申请。申请人：王建国，身份证号码：${ID1}，联系电话：13812345678，住址：临河区新华街12号。
    咨询电话：0478-8213456，邮箱：xxgk@bynr.gov.cn。`;

describe('scanText', () => {
  it('passes clean text and empty input', () => {
    expect(scanText('')).toEqual({ verdict: 'pass', findings: [], redacted: '', declaredDisclosure: null });
    const clean = scanText('根据《中华人民共和国政府信息公开条例》，现将有关事项公告如下。');
    expect(clean.verdict).toBe('pass');
    expect(clean.findings).toEqual([]);
  });

  it('reports pii as warn, sorted, with every replacement applied to `redacted`', () => {
    const r = scanText(LETTER);
    expect(r.verdict).toBe('warn');
    expect(r.findings.map((f) => f.type)).toEqual(['person_name', 'person_name', 'id_card', 'mobile', 'address']);
    for (const f of r.findings) expect(LETTER.slice(f.start, f.end)).toBe(f.text);
    const starts = r.findings.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(r.redacted).toContain('王某某：');
    expect(r.redacted).toContain('申请人：王某某，身份证号码：150802********');
    expect(r.redacted).toContain('联系电话：138****5678，住址：临河区****。');
    expect(r.redacted).toContain('咨询电话：0478-8213456，邮箱：xxgk@bynr.gov.cn');
    expect(r.redacted).not.toContain('王建国');
  });

  it('blocks on a classification mark and still redacts personal data', () => {
    const r = scanText(`机密★5年\n${LETTER}`);
    expect(r.verdict).toBe('block');
    expect(r.findings[0]).toMatchObject({ kind: 'confidentiality', type: 'classification_mark', severity: 'block', replacement: null });
    expect(r.redacted.startsWith('机密★5年\n')).toBe(true);
    expect(r.redacted).not.toContain('13812345678');
  });

  it('records a declared disclosure without blocking', () => {
    const r = scanText('关于做好防汛工作的通知\n（此件公开发布）');
    expect(r.declaredDisclosure).toBe('public');
    expect(r.verdict).not.toBe('block');
  });

  it('applies the category policy (行政处罚 keeps the punished party, as info)', () => {
    const text = `当事人：王建国，身份证号码：${ID1}。`;
    const r = scanText(text, { categoryCode: 'xzcf' });
    expect(r.findings.find((f) => f.type === 'person_name')).toMatchObject({ severity: 'info', replacement: null });
    expect(r.redacted).toContain('当事人：王建国，');
    expect(r.redacted).not.toContain(ID1);
    expect(r.verdict).toBe('warn');
  });

  // The gate flattens a concatenated string before scanning (gate.ts, flatText) but must not alter it.
  it('scans a concatenated text, and one holding a lone surrogate, as written', () => {
    let rope = '申请人：王建国，';
    rope += '联系电话：13812345678。';
    expect(scanText(rope).redacted).toBe('申请人：王某某，联系电话：138****5678。');
    const broken = scanText('申请人：王建国\uD800，联系电话：13812345678。');
    expect(broken.redacted).toBe('申请人：王某某\uD800，联系电话：138****5678。');
    expect(broken.findings.map((f) => [f.type, f.start, f.end])).toEqual([['person_name', 4, 7], ['mobile', 14, 25]]);
  });
});

describe('redactText', () => {
  it('applies a subset of findings in any order and ignores overlaps and null replacements', () => {
    const text = 'abcdefghij';
    expect(
      redactText(text, [
        { start: 6, end: 8, replacement: 'X' },
        { start: 0, end: 2, replacement: 'Y' },
        { start: 1, end: 3, replacement: 'Z' },
        { start: 3, end: 4, replacement: null },
      ]),
    ).toBe('YcdefXij');
    expect(applyReplacements(text, [])).toBe(text);
  });
});

describe('scanHtml', () => {
  it('indexes findings into the text content and rewrites only text nodes', () => {
    const html = `<p class="申请人：李四">申请人：<b>王</b>建国</p><!-- 13912345678 --><p>电话&nbsp;13812345678 &amp; &lt;b&gt;</p><script>var t="13812345678";</script>`;
    const r = scanHtml(html);
    const { text } = htmlTextContent(html);
    expect(text).toBe('申请人：王建国\n电话\u00a013812345678 & <b>');
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(r.findings.map((f) => f.text)).toEqual(['王建国', '13812345678']);
    expect(r.redacted).toBe(
      `<p class="申请人：李四">申请人：<b>王某某</b></p><!-- 13912345678 --><p>电话&nbsp;138****5678 &amp; &lt;b&gt;</p><script>var t="13812345678";</script>`,
    );
  });

  it('gives table cells and block elements separators, so labels and values stay apart', () => {
    const html = '<table><tr><td>申请人</td><td>李秀英</td></tr><tr><td>家庭住址</td><td>临河区新华街8号</td></tr></table><div>机密★1年</div>';
    const { text } = htmlTextContent(html);
    expect(text).toBe('申请人\t李秀英\n家庭住址\t临河区新华街8号\n机密★1年');
    const r = scanHtml(html);
    expect(r.findings.map((f) => f.type).sort()).toEqual(['address', 'classification_mark', 'person_name'].sort());
    expect(r.redacted).toBe('<table><tr><td>申请人</td><td>李某某</td></tr><tr><td>家庭住址</td><td>临河区****</td></tr></table><div>机密★1年</div>');
  });

  it('keeps the redacted HTML consistent with redacting its text content', () => {
    const html = `<div><h1>答复书</h1><p>申请人：<em>王建国</em>，身份证号码：${ID1}。</p><ul><li>邮箱：zhangsan@163.com</li></ul></div>`;
    const r = scanHtml(html);
    const { text } = htmlTextContent(html);
    expect(htmlTextContent(r.redacted).text).toBe(redactText(text, r.findings));
    expect(redactHtml(html, r.findings)).toBe(r.redacted);
  });

  it('survives malformed HTML', () => {
    for (const html of ['<p>申请人：王建国<div><span>电话13812345678', '<<<>>>&&&;<p', '</p></p><b><i>申请人：王建国</b></i>', '<p attr="unterminated>申请人：王建国', '<!-- never closed 13812345678']) {
      const r = scanHtml(html);
      const { text } = htmlTextContent(html);
      for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(['pass', 'warn']).toContain(r.verdict);
    }
    const r = scanHtml('<p>申请人：王建国<div><span>电话13812345678');
    expect(r.redacted).toBe('<p>申请人：王某某<div><span>电话138****5678');
  });
});

describe('adversarial input through the whole gate', () => {
  const MB = 1 << 20;
  it.each([
    ['digits', '7'.repeat(MB)],
    ['机', '机'.repeat(MB)],
    ['★', '★'.repeat(MB)],
    ['spaced 机 密', '机 '.repeat(MB / 2)],
    ['U+FFFD', '\ufffd'.repeat(MB)],
  ])('a megabyte of %s', (_name, text) => {
    const r = scanText(text);
    expect(r.findings.filter((f) => f.kind === 'pii')).toEqual([]);
    expect(r.redacted).toBe(text);
  });

  it('a megabyte of tags', () => {
    const html = '<b>'.repeat(MB / 3);
    expect(scanHtml(html)).toMatchObject({ verdict: 'pass', findings: [], redacted: html });
  });

  it('10 MB of text', () => {
    const unit = `申请人：王建国，联系电话：13812345678。根据《中华人民共和国政府信息公开条例》规定，现将有关情况公告如下。\n`;
    const n = Math.ceil((10 * MB) / unit.length);
    const r = scanText(unit.repeat(n));
    expect(r.findings.length).toBe(2 * n);
    expect(r.redacted.length).toBe(n * unit.length);
    expect(r.redacted.includes('13812345678')).toBe(false);
  });
});
