import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AhoCorasick } from '../../review/ahoCorasick.js';
import {
  buildDictionary,
  DictionaryFormatError,
  loadDefaultDictionary,
  loadDictionaryFile,
  parseDictionary,
  type DictionaryEntry,
} from '../../review/dictionary.js';
import type { Finding } from '../../review/types.js';

const spans = (fs: Finding[]): [string, number, number][] => fs.map((f) => [f.text, f.start, f.end]);

function matches(ac: AhoCorasick, text: string): [number, number, number][] {
  const codes = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
  const out: [number, number, number][] = [];
  ac.scan(codes, (id, s, e) => out.push([id, s, e]));
  return out;
}

describe('AhoCorasick leftmost-longest', () => {
  it('prefers the earliest start, then the longest match there', () => {
    const ac = AhoCorasick.build(['bc', 'abcd', 'cde']);
    expect(matches(ac, 'xabcde')).toEqual([[1, 1, 5]]);
  });

  it('does not lose a later match hidden under a longer overlapping one', () => {
    // bcd overlaps ab, so after ab the scan must still find cd.
    const ac = AhoCorasick.build(['ab', 'bcd', 'cd']);
    expect(matches(ac, 'abcd')).toEqual([
      [0, 0, 2],
      [2, 2, 4],
    ]);
  });

  it('follows failure links across shared suffixes', () => {
    const ac = AhoCorasick.build(['he', 'she', 'his', 'hers']);
    expect(matches(ac, 'ushers')).toEqual([[1, 1, 4]]);
    expect(matches(ac, 'ahishers')).toEqual([
      [2, 1, 4],
      [3, 4, 8],
    ]);
  });

  it('finds repeated non-overlapping matches in a run of one character', () => {
    const ac = AhoCorasick.build(['aa', 'aaa']);
    expect(matches(ac, 'aaaaaaa')).toEqual([
      [1, 0, 3],
      [1, 3, 6],
    ]);
  });
});

/** Leftmost-longest per group by brute force: the reference for the automaton's reused selection ring. */
function bruteForce(patterns: string[], groups: number[], text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const g of [...new Set(groups)].sort()) {
    let pos = 0;
    for (let s = 0; s < text.length; s++) {
      if (s < pos) continue;
      let best = -1;
      for (let id = 0; id < patterns.length; id++) {
        const p = patterns[id];
        if (groups[id] !== g || p.length === 0 || !text.startsWith(p, s)) continue;
        if (best < 0 || p.length > patterns[best].length) best = id;
      }
      if (best >= 0) {
        out.push([best, s, s + patterns[best].length]);
        pos = s + patterns[best].length;
      }
    }
  }
  return out;
}

describe('AhoCorasick scan after scan', () => {
  const byGroupThenStart = (a: [number, number, number], b: [number, number, number]): number => a[0] - b[0] || a[1] - b[1];

  it('carries nothing from one scan into the next (the selection ring is reused, not cleared)', () => {
    // Distinct patterns in three groups over a four-letter alphabet, so matches overlap within and across groups.
    const patterns = ['ab', 'abc', 'bca', 'c', 'aab', 'ba', 'bcab', 'ca', 'cc', 'abab', 'b', 'dab', 'ad'];
    const groups = [0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2, 0];
    const ac = AhoCorasick.build(patterns, groups);
    let seed = 11;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 400; t++) {
      let text = '';
      const len = next() % 40;
      for (let i = 0; i < len; i++) text += 'abcd'[next() % 4];
      const got = matches(ac, text).map(([id, s, e]): [number, number, number] => [id, s, e]);
      const want = bruteForce(patterns, groups, text);
      expect([text, got.sort(byGroupThenStart)]).toEqual([text, want.sort(byGroupThenStart)]);
    }
  });

  it('starts clean after a scan whose sink threw', () => {
    const ac = AhoCorasick.build(['ab', 'abc', 'bc']);
    const codes = Uint16Array.from('abcabcab', (ch) => ch.charCodeAt(0));
    expect(() => ac.scan(codes, () => {
      throw new Error('sink failed');
    })).toThrow('sink failed');
    expect(matches(ac, 'xabc ab')).toEqual([
      [1, 1, 4],
      [0, 5, 7],
    ]);
  });
});

describe('dictionary file format', () => {
  it('reads term<TAB>severity, comments, blank lines and a default severity', () => {
    const entries = parseDictionary('\ufeff# comment\n\n涉密\tblock\n内部讲话\twarn\t常见于内部材料\n草稿\n  # indented comment\n');
    expect(entries).toEqual<DictionaryEntry[]>([
      { term: '涉密', severity: 'block' },
      { term: '内部讲话', severity: 'warn' },
      { term: '草稿', severity: 'warn' },
    ]);
  });

  it('names the line of an unknown severity', () => {
    expect(() => parseDictionary('a\tblock\nb\tcritical\n', 'x.txt')).toThrow(DictionaryFormatError);
    expect(() => parseDictionary('a\tblock\nb\tcritical\n', 'x.txt')).toThrow('x.txt:2');
  });

  it('loads a file and the shipped default dictionary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongfa-dict-'));
    const file = join(dir, 'words.txt');
    writeFileSync(file, '绝对机密\tblock\n');
    expect(loadDictionaryFile(file).findAll('这是绝对机密')).toHaveLength(1);
    const def = loadDefaultDictionary();
    expect(def.size).toBeGreaterThan(10);
    expect(def.findAll('请内部掌握').map((f) => f.severity)).toEqual(['block']);
  });
});

describe('dictionary matching', () => {
  const dict = buildDictionary([
    { term: '涉密', severity: 'block' },
    { term: '涉密文件', severity: 'warn' },
    { term: '内部讲话', severity: 'warn' },
    { term: '內部講話稿', severity: 'info' },
    { term: 'VPN', severity: 'info' },
  ]);

  it('reports sensitive_word findings with the term severity and exact offsets', () => {
    const text = '此为涉密材料，另附内部讲话。';
    const found = dict.findAll(text);
    expect(found).toEqual([
      { kind: 'confidentiality', type: 'sensitive_word', start: 2, end: 4, text: '涉密', severity: 'block', replacement: null },
      { kind: 'confidentiality', type: 'sensitive_word', start: 9, end: 13, text: '内部讲话', severity: 'warn', replacement: null },
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('takes the longest term at the leftmost start', () => {
    expect(spans(dict.findAll('涉密文件'))).toEqual([['涉密文件', 0, 4]]);
    expect(spans(dict.findAll('内部讲话稿'))).toEqual([['内部讲话稿', 0, 5]]);
  });

  it('matches across script, width, interleaved spaces, dots and zero-width characters', () => {
    const text = '見：涉 密、內部·講話、涉\u200b密文件、ｖｐｎ';
    expect(spans(dict.findAll(text))).toEqual([
      ['涉 密', 2, 5],
      ['內部·講話', 6, 11],
      ['涉\u200b密文件', 12, 17],
      ['ｖｐｎ', 18, 21],
    ]);
  });

  it('matches a term broken by a line wrap but not one split by clause punctuation', () => {
    expect(spans(dict.findAll('内部\n讲话'))).toEqual([['内部\n讲话', 0, 5]]);
    expect(dict.findAll('内部，讲话')).toEqual([]);
  });

  it('keeps Latin terms on word boundaries', () => {
    expect(spans(dict.findAll('use VPN now'))).toEqual([['VPN', 4, 7]]);
    expect(dict.findAll('openvpnx')).toEqual([]);
    expect(spans(dict.findAll('翻墙vpn软件'))).toEqual([['vpn', 2, 5]]);
  });

  it('merges duplicate terms, keeping the stricter severity', () => {
    const d = buildDictionary([
      { term: '内参', severity: 'info' },
      { term: '內參', severity: 'block' },
      { term: ' 内 参 ', severity: 'warn' },
      { term: '，。', severity: 'block' },
    ]);
    expect(d.size).toBe(1);
    expect(d.findAll('内参')[0].severity).toBe('block');
  });

  it('returns nothing for an empty dictionary or empty text', () => {
    expect(buildDictionary([]).findAll('涉密')).toEqual([]);
    expect(dict.findAll('')).toEqual([]);
  });
});

describe('dictionary scale and adversarial input', () => {
  // Deterministic synthetic vocabulary (20,000 distinct terms).
  function syntheticTerms(count: number): DictionaryEntry[] {
    const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
    let seed = 12345;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const seen = new Set<string>();
    const out: DictionaryEntry[] = [];
    while (out.length < count) {
      const len = 2 + Math.floor(rnd() * 5);
      let t = '';
      for (let i = 0; i < len; i++) t += pool[Math.floor(rnd() * pool.length)];
      if (seen.has(t)) continue;
      seen.add(t);
      out.push({ term: t, severity: (['block', 'warn', 'info'] as const)[out.length % 3] });
    }
    return out;
  }

  it('builds 20,000 terms and finds each of a sample of them', () => {
    const entries = syntheticTerms(20000);
    const d = buildDictionary(entries);
    expect(d.size).toBe(20000);
    for (let i = 0; i < 20000; i += 997) {
      const found = d.findAll(`，${entries[i].term}，`);
      expect(found.map((f) => f.text)).toEqual([entries[i].term]);
    }
  });

  it('finishes on a megabyte of one repeated character with nested terms', () => {
    const d = buildDictionary(['机机', '机机机', '机机机机机机机机'].map((term) => ({ term, severity: 'warn' as const })));
    const text = '机'.repeat(1 << 20);
    const found = d.findAll(text);
    expect(found).toHaveLength(Math.floor((1 << 20) / 8));
    expect(found[found.length - 1].end).toBe(1 << 20);
  });

  it('finishes on a megabyte of ★, of digits and of spaces', () => {
    const d = buildDictionary([{ term: '★★', severity: 'info' }, { term: '12', severity: 'info' }]);
    expect(d.findAll('★'.repeat(1 << 20))).toHaveLength(1 << 19);
    expect(d.findAll('1'.repeat(1 << 20))).toEqual([]);
    expect(d.findAll(' '.repeat(1 << 20))).toEqual([]);
  });
});
