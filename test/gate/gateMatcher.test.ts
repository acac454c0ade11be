import { describe, expect, it } from '@jest/globals';
import { AhoCorasick } from '../../review/ahoCorasick.js';
import { scanConfidentiality } from '../../review/confidentiality.js';
import { buildDictionary } from '../../review/dictionary.js';
import { gateMatcher } from '../../review/gateMatcher.js';
import { scanText } from '../../review/gate.js';
import { withNormalized } from '../../review/normalize.js';
import { detectPii } from '../../review/pii/index.js';
import type { Finding } from '../../review/types.js';
import { shippedWordingRules, type RosterEntry } from '../../review/wording/index.js';
import { loadCorpus } from './corpusEval.js';

function grouped(ac: AhoCorasick, text: string): [number, number, number][] {
  const codes = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
  const out: [number, number, number][] = [];
  ac.scan(codes, (id, s, e) => out.push([id, s, e]), { transparent: 0x0a, boundedGroups: Uint8Array.of(1, 0) });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('AhoCorasick pattern groups', () => {
  it('selects leftmost-longest within each group, so groups overlap each other', () => {
    // Group 0: ab, bcd; group 1: bc. Within group 0, ab wins over bcd; group 1 still reports bc.
    const ac = AhoCorasick.build(['ab', 'bcd', 'bc'], [0, 0, 1]);
    expect(grouped(ac, 'abcd')).toEqual([
      [0, 0, 2],
      [2, 1, 3],
    ]);
  });

  it('reports a string listed in two groups to both, and a repeat within a group once', () => {
    const ac = AhoCorasick.build(['机密', '机密', '机密'], [0, 1, 1]);
    expect(grouped(ac, 'x机密')).toEqual([
      [0, 1, 3],
      [1, 1, 3],
    ]);
  });

  it('keeps a bounded group from matching across the transparent unit the others see through', () => {
    const ac = AhoCorasick.build(['机密', '机密'], [0, 1]);
    expect(grouped(ac, '机\n密')).toEqual([[1, 0, 3]]);
  });
});

const ROSTER: RosterEntry[] = [
  { unitCode: 'demo', name: '林建国', title: '市委书记', rank: 1, validFrom: '2020-01-01', validTo: null },
  { unitCode: 'demo', name: '赵明华', title: '市长', rank: 2, validFrom: '2020-01-01', validTo: null },
];

/** Texts where the three vocabularies overlap: a term in the dictionary and the marks, wording inside a term. */
const CRAFTED = [
  '机密★5年\n关于加强机密文件管理的通知',
  '内部资料 注意保存\n各单位截止2024年底完成其它任务，登陆网站查询。',
  '市长林建国、市委书记赵明华出席会议，openvpn 与 VPN 均不得使用。',
  '机\n密★ 内部\n资料 机.密 国家工商行政管理总局\u202E★密机\u202C',
  '（此件公开发布）\n秘密 机密 绝密\n此件不公开',
];

describe('the gate walks the text once for marks, sensitive words and wording', () => {
  const dictionary = buildDictionary([
    { term: '机密', severity: 'warn' },
    { term: '文件管理', severity: 'info' },
    { term: '截止', severity: 'block' },
    { term: 'vpn', severity: 'block' },
    { term: '工商行政', severity: 'warn' },
    { term: '市委书记', severity: 'info' },
  ]);
  const wording = shippedWordingRules(ROSTER);
  const matcher = gateMatcher(dictionary, wording);
  const texts = [...CRAFTED, ...loadCorpus('confidentiality.jsonl').map((r) => r.text), ...loadCorpus('realistic/realistic.jsonl').map((r) => r.text)];

  it('finds exactly what the three separate scans find, on crafted overlaps and on both corpora', () => {
    let compared = 0;
    for (const text of texts) {
      const one = withNormalized(text, { lineBreaks: true, clauseBreaks: true }, (n) => matcher.scan(text, n, '2025-06-01'));
      const separate = scanConfidentiality(text, { dictionary });
      expect({ text, conf: one.confidentiality }).toEqual({ text, conf: separate });
      expect({ text, wording: one.wording }).toEqual({ text, wording: wording.scan(text, { on: '2025-06-01' }) });
      compared += one.confidentiality.findings.length + one.wording.length;
    }
    // The comparison covered real findings of every kind, not empty lists.
    expect(compared).toBeGreaterThan(200);
  });

  it('gives scanText the same findings as the passes run one by one', () => {
    const key = (f: Finding): string => `${f.kind}:${f.type}:${f.start}:${f.end}`;
    for (const text of CRAFTED.filter((t) => !t.includes('\u202E'))) {
      const gate = scanText(text, { dictionary, wording, publishedOn: '2025-06-01' });
      const conf = scanConfidentiality(text, { dictionary }).findings;
      const words = wording.scan(text, { on: '2025-06-01' });
      expect(gate.findings.filter((f) => f.kind !== 'pii').map(key).sort()).toEqual([...conf, ...words].map(key).sort());
    }
  });

  it('compiles once per dictionary and rule set', () => {
    expect(gateMatcher(dictionary, wording)).toBe(matcher);
    expect(gateMatcher(buildDictionary([{ term: '机密', severity: 'warn' }]), wording)).not.toBe(matcher);
  });
});

describe('names and residences written after held-out slice 2', () => {
  const names = (text: string): string[] => detectPii(text).filter((c) => c.type === 'person_name').map((c) => text.slice(c.start, c.end));
  const addresses = (text: string): string[] => detectPii(text).filter((c) => c.type === 'address').map((c) => text.slice(c.start, c.end));

  it('ends a name before a telling word its last character opens (荣获)', () => {
    expect(names('日前，长宁镇红旗村村民计秀荣获“文明家庭”称号。')).toEqual(['计秀']);
  });

  it('does not take words glued before 同志 for a person, but keeps a name introduced there', () => {
    expect(names('参加：各街道分管负责同志')).toEqual([]);
    expect(names('经研究，任命蔺建勋同志为县交通运输局副局长。')).toEqual(['蔺建勋']);
  });

  it('reads a nationality in brackets like a sex, and 月 as a given-name character', () => {
    expect(names('东城街道：詹丽、燕国（回族）')).toEqual(['詹丽', '燕国']);
    expect(names('序号\t姓名\n1\t柯月晴\t女')).toEqual(['柯月晴']);
  });

  it('keeps Mongolian names before 就', () => {
    expect(names('组织牧民乌力吉图雅与格根塔娜就草场边界问题进行调解。')).toEqual(['乌力吉图雅', '格根塔娜']);
  });

  it('finds residences after 住 glued to a county and in 位于…的房屋, not projects or workplaces', () => {
    expect(addresses('当事人岑某（男，住宿松县柳树镇和平村五组）')).toEqual(['宿松县柳树镇和平村五组']);
    expect(addresses('你与妻子位于望江县马道乡胜利村三组的房屋因修路受损。')).toEqual(['望江县马道乡胜利村三组']);
    expect(addresses('该项目位于望江县马道乡胜利村，办公楼位于县政府院内。住宿费按标准报销。')).toEqual([]);
  });
});
