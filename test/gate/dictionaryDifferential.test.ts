/**
 * The dictionary pass against a naive reference, over text shaped like real policy documents: numbered
 * items （一）, quoted slogans “放管服”, cited titles 《…》, enumerations and traditional-script paragraphs.
 *
 * The reference is written from the rule itself, not from the matcher: a term may be written with spaces
 * or dots inside it (机.密), but never across clause punctuation, brackets or quotation marks. So the
 * reference cuts the text into clauses at those characters, folds each character on its own (NFKC, ASCII
 * lower case, the traditional table), drops what is not a letter or digit, and searches every term in
 * every clause with indexOf. Its dictionary deliberately contains strings that only exist when two clauses
 * are joined (一深, 有工), which the old matcher reported.
 */
import { buildDictionary } from '../../review/dictionary.js';
import { TRAD_SIMP } from '../../review/tradSimp.js';

const FOLD = new Map<string, string>();
for (const pair of TRAD_SIMP.split(/\s+/)) if ([...pair].length === 2) FOLD.set([...pair][0], [...pair][1]);

/** Clause ends: the punctuation the rule names. Newlines are not among them (HTML wraps lines mid-word). */
const CLAUSE_END = /[，。、；：？！,;:?!（）()【】〔〕《》〈〉“”‘’「」『』"'［］\[\]｛｝{}]/u;
const KEEP = /[\p{L}\p{N}★]/u;

function foldChar(ch: string): string {
  const k = ch.normalize('NFKC').toLowerCase();
  return [...k].length === 1 ? (FOLD.get(k) ?? k) : ch;
}

/** Clauses as folded strings, each with the original index of every kept character. */
function clauses(text: string): { folded: string; at: number[] }[] {
  const out: { folded: string; at: number[] }[] = [];
  let folded = '';
  let at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (CLAUSE_END.test(ch)) {
      out.push({ folded, at });
      folded = '';
      at = [];
      continue;
    }
    const f = foldChar(ch);
    if (!KEEP.test(f) || /\p{Default_Ignorable_Code_Point}/u.test(ch)) continue;
    folded += f;
    at.push(i);
  }
  out.push({ folded, at });
  return out;
}

function foldTerm(term: string): string {
  return [...term].map(foldChar).filter((c) => KEEP.test(c)).join('');
}

const ASCII_WORD = /^[a-z0-9]$/;
const asciiWordAt = (text: string, i: number) => i >= 0 && i < text.length && ASCII_WORD.test(foldChar(text[i]));

/**
 * Every occurrence of every term, overlapping ones included: [start, end) in the original text. A term
 * that begins or ends with a Latin letter or digit must not continue a Latin word or number there
 * ("vpn" is not inside "openvpn", "01" not inside "2019").
 */
function naiveOccurrences(text: string, terms: string[]): [number, number][] {
  const out: [number, number][] = [];
  const folded = terms.map(foldTerm).filter((t) => t.length > 0);
  for (const clause of clauses(text)) {
    for (const term of folded) {
      for (let p = clause.folded.indexOf(term); p >= 0; p = clause.folded.indexOf(term, p + 1)) {
        const start = clause.at[p];
        const end = clause.at[p + term.length - 1] + 1;
        if (ASCII_WORD.test(term[0]) && asciiWordAt(text, start - 1)) continue;
        if (ASCII_WORD.test(term[term.length - 1]) && asciiWordAt(text, end)) continue;
        out.push([start, end]);
      }
    }
  }
  return out;
}

function policyText(): string {
  const paras = [
    '关于进一步优化营商环境的实施意见',
    '各县区人民政府，市直各部门：',
    '为深入贯彻《优化营商环境条例》，持续深化“放管服”改革，现提出如下意见。',
    '一、总体要求',
    '（一）深化改革。坚持以企业和群众需求为导向，推动“一网通办”“跨省通办”，做到“只进一扇门”。',
    '（二）有序推进。各地要结合实际，制定工作方案，明确责任分工、时间节点和工作措施。',
    '二、重点任务',
    '1.压减审批时限。企业开办时间压缩至1个工作日以内；工程建设项目审批时间不超过80个工作日。',
    '2.规范涉企收费。对“乱收费、乱罚款、乱摊派”问题开展专项整治，严禁借机设卡。',
    '（三）强化保障。有关部门要加强协调配合，形成工作合力；对工作不力的，依规依纪严肃问责。',
    '三、組織實施',
    '（四）加強領導。各級政府要把優化營商環境工作擺上重要議事日程，主要負責同志親自抓。',
    '本意见自印发之日起施行，有效期5年。《关于优化营商环境的若干措施》（市政发〔2019〕12号）同时废止。',
    '附件：1.重点任务分工表 2.“十四五”营商环境指标体系',
  ];
  return paras.join('\n');
}

/** Terms: real phrases of the text, plus strings that only arise by joining two clauses. */
function termsFor(text: string): string[] {
  const flat = text.replace(/[\s\p{P}]/gu, '');
  const terms = new Set<string>(['一深', '有工', '革坚', '通办做', '日以内工程', '深化改革', '放管服', '一网通办', '营商环境', '加强领导', '营商环境工作', '工作日', '问责', '专项整治', '组织实施', '十四五']);
  // Every 2- to 4-character window of the text with its punctuation removed: many of them cross a clause.
  for (let i = 0; i + 4 <= flat.length; i += 3) {
    terms.add(flat.slice(i, i + 2));
    terms.add(flat.slice(i, i + 4));
  }
  return [...terms];
}

describe('dictionary matches never cross clause boundaries (differential against a naive matcher)', () => {
  const text = policyText();
  const terms = termsFor(text);
  const dictionary = buildDictionary(terms.map((term) => ({ term, severity: 'warn' as const })));
  const found = dictionary.findAll(text);
  const reference = naiveOccurrences(text, terms);

  test('the reference finds something, and the joined-clause strings are not in it', () => {
    expect(reference.length).toBeGreaterThan(100);
    const texts = new Set(reference.map(([s, e]) => text.slice(s, e).replace(/[\s\p{P}]/gu, '')));
    for (const joined of ['一深', '有工', '革坚', '通办做']) expect(texts.has(joined)).toBe(false);
  });

  test('no spurious match: each one lies inside one clause and is a term there', () => {
    const occurrences = new Set(reference.map(([s, e]) => `${s}:${e}`));
    const spurious = found.filter((f) => !occurrences.has(`${f.start}:${f.end}`)).map((f) => f.text);
    expect(spurious).toEqual([]);
  });

  test('no miss: every occurrence the reference finds is covered by a match', () => {
    const missed = reference.filter(([s, e]) => !found.some((f) => f.start < e && s < f.end)).map(([s, e]) => text.slice(s, e));
    expect(missed).toEqual([]);
  });

  test('traditional-script clauses match their simplified terms', () => {
    expect(found.some((f) => f.text === '加強領導')).toBe(true);
    expect(found.some((f) => f.text === '組織實施')).toBe(true);
  });

  test('interleaved spaces and dots inside a word still match; a quotation mark does not join words', () => {
    const d = buildDictionary([{ term: '机密', severity: 'block' }]);
    expect(d.findAll('机 . 密 文件').map((f) => f.text)).toEqual(['机 . 密']);
    expect(d.findAll('有机”密切')).toEqual([]);
    expect(d.findAll('（一）机）密')).toEqual([]);
  });
});
