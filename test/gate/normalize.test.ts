import { visualOrder } from '../../review/bidi.js';
import { foldUnit, normalizeForMatch, normalizeTerm, STAR, toOriginalSpan } from '../../review/normalize.js';
import { TRAD_SIMP } from '../../review/tradSimp.js';

describe('normalizeForMatch', () => {
  it('folds full-width forms, ASCII case and the ideographic space', () => {
    expect(normalizeForMatch('ＡＢＣ　ｄｅｆ１２３').norm).toBe('abcdef123');
    expect(normalizeForMatch('VPN Vpn').norm).toBe('vpnvpn');
  });

  it('folds traditional characters of the marks onto simplified ones', () => {
    expect(normalizeForMatch('絕密 機密 祕密').norm).toBe('绝密机密秘密');
    expect(normalizeForMatch('內部資料 僅供內部使用 請勿上網 此件不公開').norm).toBe('内部资料仅供内部使用请勿上网此件不公开');
    expect(normalizeForMatch('絶密').norm).toBe('绝密');
  });

  it('drops interleaved spaces, dots, brackets and invisible characters', () => {
    expect(normalizeForMatch('机 密').norm).toBe('机密');
    expect(normalizeForMatch('機·密').norm).toBe('机密');
    expect(normalizeForMatch('内\u200b部资料').norm).toBe('内部资料');
    expect(normalizeForMatch('内\ufeff部\u00a0资\u2060料').norm).toBe('内部资料');
    expect(normalizeForMatch('【机密】').norm).toBe('机密');
    expect(normalizeForMatch('机 — 密').norm).toBe('机密');
  });

  it('keeps ★ and folds its look-alikes onto it', () => {
    expect(normalizeForMatch('机密★5年').norm).toBe('机密★5年');
    expect(normalizeForMatch('机密☆5年').norm).toBe('机密★5年');
    expect(foldUnit('★'.charCodeAt(0))).toBe(STAR);
  });

  it('marks line breaks and clause punctuation only when asked', () => {
    const text = '内部，资料\r\n机密';
    expect(normalizeForMatch(text).norm).toBe('内部资料机密');
    expect(normalizeForMatch(text, { clauseBreaks: true }).norm).toBe('内部 资料机密');
    expect(normalizeForMatch(text, { lineBreaks: true, clauseBreaks: true }).norm).toBe('内部 资料\n\n机密');
  });

  it('maps every normalized unit back to the unit it came from', () => {
    const text = '（機 · 密★５年）\n內部資料';
    const n = normalizeForMatch(text);
    expect(n.length).toBe(n.map.length);
    for (let i = 0; i < n.length; i++) {
      expect(foldUnit(text.charCodeAt(n.map[i]))).toBe(n.codes[i]);
      if (i > 0) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
    }
    const at = n.norm.indexOf('机密★5年');
    const span = toOriginalSpan(n, at, at + '机密★5年'.length);
    expect(text.slice(span.start, span.end)).toBe('機 · 密★５年');
    const at2 = n.norm.indexOf('内部资料');
    const span2 = toOriginalSpan(n, at2, at2 + 4);
    expect(text.slice(span2.start, span2.end)).toBe('內部資料');
  });

  it('leaves astral characters intact (both surrogate halves are kept)', () => {
    const text = 'a𠀋b';
    const n = normalizeForMatch(text);
    expect(n.norm).toBe('a𠀋b');
    expect(toOriginalSpan(n, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('records whether a text holds anything that reorders its display, for every BMP unit', () => {
    // Right-to-left scripts and their presentation forms, RLM, the embedding, override and isolate controls.
    const reordering = (c: number): boolean =>
      (c >= 0x0590 && c <= 0x08ff) || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
      (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `机${String.fromCharCode(c)}密`;
      if (normalizeForMatch(text, { lineBreaks: true, clauseBreaks: true }).reorders !== reordering(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    // Astral right-to-left blocks by their high surrogate (Phoenician U+10900, Arabic mathematical U+1EE00), alone or paired.
    expect(normalizeForMatch('机\u{10900}密').reorders).toBe(true);
    expect(normalizeForMatch('机\u{1EE00}密').reorders).toBe(true);
    expect(normalizeForMatch('机\ud802').reorders).toBe(true);
    expect(normalizeForMatch('机\u{20000}密\u{1F31F}').reorders).toBe(false);
    expect(normalizeForMatch('机密★5年').reorders).toBe(false);
  });

  it('never says a text keeps its order when its displayed order differs', () => {
    const texts = ['\u202e★密机', '机密\n\u202e★密机\u202c', 'اب 机密', '\u2067\u2066★\u2069\u2066密\u2069\u2066机\u2069\u2069', '\u202e', '机密★5年'];
    for (const t of texts) {
      if (visualOrder(t) !== null) expect(normalizeForMatch(t, { lineBreaks: true }).reorders).toBe(true);
    }
    expect(texts.filter((t) => visualOrder(t) !== null)).toHaveLength(4);
  });

  it('rejects empty or out-of-range spans', () => {
    const n = normalizeForMatch('机密');
    expect(() => toOriginalSpan(n, 1, 1)).toThrow(RangeError);
    expect(() => toOriginalSpan(n, 0, 3)).toThrow(RangeError);
  });

  it('handles empty input and a megabyte of separators', () => {
    expect(normalizeForMatch('').norm).toBe('');
    const spaces = ' '.repeat(1 << 20);
    expect(normalizeForMatch(spaces).length).toBe(0);
    expect(normalizeForMatch('·'.repeat(1 << 20) + '机').norm).toBe('机');
  });

  it('normalizes terms the same way as text', () => {
    expect(normalizeTerm('內部 講話')).toBe(normalizeForMatch('内部讲话').norm);
  });
});

describe('traditional → simplified table', () => {
  const pairs = TRAD_SIMP.split(/\s+/).filter((p) => p.length > 0);

  it('is a list of distinct two-character pairs', () => {
    const seen = new Set<string>();
    for (const p of pairs) {
      expect(p).toHaveLength(2);
      expect(p[0]).not.toBe(p[1]);
      expect(seen.has(p[0])).toBe(false);
      seen.add(p[0]);
    }
    expect(pairs.length).toBeGreaterThan(300);
  });

  it('never maps onto a character that is itself folded further (folding is one step)', () => {
    const keys = new Set(pairs.map((p) => p[0]));
    for (const p of pairs) expect(keys.has(p[1])).toBe(false);
  });
});
