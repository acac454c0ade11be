/**
 * The confidentiality half of the review gate: classification marks, internal-use marks and
 * not-for-release marks (all `block`), the document's own disclosure declaration, and optionally the
 * sensitive-word dictionary.
 *
 * The hard part is telling a *mark* from prose *about* secrecy. 秘密 in 保守国家秘密法 or 商业秘密, or
 * 注意保密 in 各单位要注意保密, is ordinary text that public documents are full of; 秘密★1年 in the
 * header or a line reading （此件不公开） is a mark. The rules, and why each is safe:
 *
 * 1. Marker segments. A whole line, or the inside of a bracket pair 【】（）[]〔〕〖〗, that consists
 *    *only* of marking vocabulary (the marks themselves plus filler such as 此件, 请, 注意保存, 密级,
 *    特急) is a mark. Prose always brings words of its own, so it never passes; a mark set on its own
 *    line or in brackets always does. A segment naming two classification levels (绝密、机密、秘密)
 *    or two disclosure values is an enumeration in prose about the system, and is not a mark.
 * 2. Strong forms, anywhere in the text: a level followed by ★ (the GB/T 9704 notation: 机密★5年) or
 *    standing after one (★机密), a
 *    level right after the label 密级, a handling phrase with a deictic subject (此件不公开, 本资料仅供
 *    内部使用, 此件主动公开), a disclosure value after 公开属性/公开方式. Nobody writes these in prose except
 *    when quoting them, so a strong form enclosed in quotation marks ("标注“秘密★1年”字样") is a
 *    citation, not a mark.
 * 3. Header tokens. In the first lines (GB/T 9704 puts 份号, 密级和保密期限 and 紧急程度 in the 版头,
 *    which text extraction often joins into one line: "000123　机密　特急"), a mark standing as its own
 *    token (delimited by spaces, brackets or the line's ends) counts.
 *    Titles are in the first lines too, but there a level sits inside words (关于加强机密文件管理…).
 *
 * Everything is linear: one normalization pass, one Aho–Corasick pass for the vocabulary, and per line
 * that holds vocabulary, a bounded amount of extra work.
 */
import { AhoCorasick } from './ahoCorasick.js';
import type { Dictionary } from './dictionary.js';
import { flatString, normalizeTerm, STAR, withNormalized, type Normalized } from './normalize.js';
import { CITE_CLOSE, CITE_OPEN, isAnyBlankCode } from './pii/chars.js';
import { newFinding, type ConfidentialityType, type DeclaredDisclosure, type Finding } from './types.js';

export interface ConfidentialityOptions {
  /** Also report `sensitive_word` findings from this dictionary. */
  dictionary?: Dictionary;
  /** How many leading non-empty lines count as the document header for rule 3. Default 5. */
  headerLines?: number;
}

export interface ConfidentialityResult {
  /** Sorted by start. Marks are `block` with `replacement: null`: they stop the document, they are not redacted. */
  findings: Finding[];
  /** The first disclosure declaration the document makes of itself (此件公开发布 …), or null. */
  declaredDisclosure: DeclaredDisclosure | null;
}

type Role = 'class' | 'internal' | 'not_public' | 'disclosure' | 'filler' | 'class_label' | 'disclosure_label';

interface Word {
  role: Role;
  /** A strong form (rule 2) counts wherever it stands. */
  strong: boolean;
  disclosure: DeclaredDisclosure | null;
  /** A level written with clause punctuation between its characters (机、密, 机（密）); see SPLIT_LEVEL_GAPS. */
  split?: true;
}

const CLASS_LEVELS = ['绝密', '机密', '秘密'];

const INTERNAL_PHRASES = [
  '内部资料', '内部文件', '内部材料', '内部刊物', '内部发行', '内部传阅', '内部参考', '内部使用', '内部明电',
  '内部掌握', '内部交流', '仅供内部使用', '仅限内部使用', '仅供内部参考', '仅供内部参阅', '仅供内部交流',
  '供内部参考', '不得外传', '严禁外传', '请勿外传', '禁止外传', '不得外泄', '不得扩散', '注意保密',
  '请勿上网', '不得上网', '严禁上网', '禁止上网', '不宜上网', '不得翻印',
];

/** Bare not-for-release values: prose (决定不予公开) is full of them, so they need rule 1 or a label. */
const NOT_PUBLIC_VALUES = ['不公开', '不予公开', '不对外公开', '不宜公开', '免予公开', '暂不公开', '不得公开'];

const DISCLOSURE_VALUES: readonly [string, DeclaredDisclosure][] = [
  ['公开发布', 'public'],
  ['主动公开', 'proactive'],
  ['依申请公开', 'on_request'],
];

/** Subjects that make a handling phrase a statement about this very document. */
const DEICTIC = ['此件', '本件', '此文', '本文', '此文件', '本文件', '此材料', '本材料', '此资料', '本资料', '本刊', '本报告'];

const FILLERS = [
  '请', '注意保存', '妥善保管', '阅后收回', '用后收回', '阅后退回', '保密期限', '特急', '加急', '急件', '平急', '特提', '份号',
];

/**
 * Clause breaks (one folded space each: 、，（）【】“” …) that may stand between the two characters of a level.
 * Words never run across clause punctuation, so `机、密` is an evasion, not prose — but only where it then
 * behaves as a mark (★ after it, a line or bracket of its own, after 密级): the rules below stay the same, so
 * 有机、密封件 and 农机、密植 are prose. One break for 、 or a bracket, two for `机）（密`.
 */
const SPLIT_LEVEL_GAPS = [' ', '  '];

const CLASS_LABELS = ['密级'];
const DISCLOSURE_LABELS = ['公开属性', '公开方式', '公开类型', '信息公开属性', '信息公开方式', '公开选项', '信息公开选项'];

const VOCAB: { automaton: AhoCorasick; terms: string[]; words: Word[] } = buildVocabulary();

/** The mark vocabulary, normalised; the gate compiles it into its shared automaton (gateMatcher.ts). */
export const MARK_PATTERNS: readonly string[] = VOCAB.terms;

function buildVocabulary(): { automaton: AhoCorasick; terms: string[]; words: Word[] } {
  const terms: string[] = [];
  const words: Word[] = [];
  const seen = new Set<string>();
  const add = (term: string, word: Word): void => {
    const key = normalizeTerm(term);
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(key);
    words.push(word);
  };
  for (const d of DEICTIC) {
    for (const v of NOT_PUBLIC_VALUES) add(d + v, { role: 'not_public', strong: true, disclosure: null });
    for (const [v, kind] of DISCLOSURE_VALUES) add(d + v, { role: 'disclosure', strong: true, disclosure: kind });
    add(d + '公开', { role: 'disclosure', strong: true, disclosure: 'public' });
    add(d + '予以公开', { role: 'disclosure', strong: true, disclosure: 'public' });
    for (const p of INTERNAL_PHRASES) add(d + p, { role: 'internal', strong: true, disclosure: null });
  }
  for (const w of CLASS_LEVELS) add(w, { role: 'class', strong: false, disclosure: null });
  // Added as folded text: normalizeTerm would drop the clause breaks they consist of.
  for (const w of CLASS_LEVELS) {
    for (const gap of SPLIT_LEVEL_GAPS) {
      terms.push(w[0] + gap + w[1]);
      words.push({ role: 'class', strong: false, disclosure: null, split: true });
    }
  }
  for (const p of INTERNAL_PHRASES) add(p, { role: 'internal', strong: false, disclosure: null });
  for (const v of NOT_PUBLIC_VALUES) add(v, { role: 'not_public', strong: false, disclosure: null });
  for (const [v, kind] of DISCLOSURE_VALUES) add(v, { role: 'disclosure', strong: false, disclosure: kind });
  for (const f of [...DEICTIC, ...FILLERS]) add(f, { role: 'filler', strong: false, disclosure: null });
  for (const l of CLASS_LABELS) add(l, { role: 'class_label', strong: false, disclosure: null });
  for (const l of DISCLOSURE_LABELS) add(l, { role: 'disclosure_label', strong: false, disclosure: null });
  return { automaton: AhoCorasick.build(terms), terms, words };
}

const NL = 0x0a;
const BOUNDARY = 0x20;

const FINDING_TYPE: Partial<Record<Role, ConfidentialityType>> = {
  class: 'classification_mark',
  internal: 'internal_mark',
  not_public: 'not_public_mark',
};

function isProducing(role: Role): boolean {
  return role === 'class' || role === 'internal' || role === 'not_public' || role === 'disclosure';
}

/** Bracket class per code unit (1 open, 2 close): a table, because whole lines are scanned for brackets. */
const BRACKET = new Uint8Array(0x10000);
for (const c of [0x28, 0xff08, 0x5b, 0xff3b, 0x3010, 0x3014, 0x3016, 0x7b, 0xff5b]) BRACKET[c] = 1;
for (const c of [0x29, 0xff09, 0x5d, 0xff3d, 0x3011, 0x3015, 0x3017, 0x7d, 0xff5d]) BRACKET[c] = 2;

/**
 * A header token is set off by spaces or brackets ("000123　机密　特急"), never by clause punctuation:
 * a first line of running prose (要严守秘密，注意保密，确保…) has commas around its phrases too.
 */
function isTokenDelimiter(c: number): boolean {
  return isAnyBlankCode(c) || BRACKET[c] !== 0;
}

/** Invisible characters (an override, a filler) next to a token do not join it to anything. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Default_Ignorable without a regex for the common case: only a few BMP ranges, and astral ones behind a surrogate. */
function isIgnorable(cp: number): boolean {
  if (cp < 0xad || (cp > 0x3164 && cp < 0xd800)) return false;
  return IGNORABLE.test(String.fromCodePoint(cp));
}

/** Whether the token starting at `os` is at its line's start [ols…) or after a delimiter, invisibles aside. */
function delimitedBefore(text: string, os: number, ols: number): boolean {
  let p = os;
  while (p > ols) {
    // The code point that ends at p: a surrogate pair counts as one.
    const pair = p - 2 >= ols && (text.charCodeAt(p - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(p - 2) & 0xfc00) === 0xd800;
    const cp = text.codePointAt(pair ? p - 2 : p - 1)!;
    if (!isIgnorable(cp)) return isTokenDelimiter(text.charCodeAt(p - 1));
    p -= pair ? 2 : 1;
  }
  return true;
}

/** Whether the token ending at `oe` is at its line's end […ole) or before a delimiter, invisibles aside. */
function delimitedAfter(text: string, oe: number, ole: number): boolean {
  let p = oe;
  while (p < ole) {
    const cp = text.codePointAt(p)!;
    if (!isIgnorable(cp)) return isTokenDelimiter(text.charCodeAt(p));
    p += cp > 0xffff ? 2 : 1;
  }
  return true;
}

const NUMERALS = new Set([...'〇零一二三四五六七八九十百两'].map((ch) => ch.charCodeAt(0)));
const U_NIAN = 0x5e74; // 年
const U_YUE = 0x6708; // 月
const U_GE = 0x4e2a; // 个
const U_TIAN = 0x5929; // 天
const U_RI = 0x65e5; // 日
const U_CHANG = 0x957f; // 长
const U_QI = 0x671f; // 期
const U_JI = 0x7ea7; // 级

/** The 保密期限 after ★: 5年, 6个月, 十年, 长期. Returns the end of the term, or `at` if there is none. */
function parseTerm(codes: Uint16Array, at: number, limit: number): number {
  if (at + 1 < limit && codes[at] === U_CHANG && codes[at + 1] === U_QI) return at + 2;
  let j = at;
  while (j < limit && j - at < 6 && ((codes[j] >= 0x30 && codes[j] <= 0x39) || NUMERALS.has(codes[j]))) j++;
  if (j === at || j >= limit) return at;
  const u = codes[j];
  if (u === U_NIAN || u === U_YUE || u === U_TIAN || u === U_RI) return j + 1;
  if (u === U_GE && j + 1 < limit && codes[j + 1] === U_YUE) return j + 2;
  return at;
}

export function scanConfidentiality(input: string, opts: ConfidentialityOptions = {}): ConfidentialityResult {
  const text = flatString(input);
  return withNormalized(text, { lineBreaks: true, clauseBreaks: true }, (normalized) => scanNormalized(text, normalized, opts));
}

function scanNormalized(text: string, normalized: Normalized, opts: ConfidentialityOptions): ConfidentialityResult {
  const tokens = new MarkTokens();
  VOCAB.automaton.scan(normalized.codes, (id, s, e) => {
    tokens.tS.push(s);
    tokens.tE.push(e);
    tokens.tW.push(id);
  }, { length: normalized.length });
  const scan = new MarkScan(text, normalized, tokens);
  const declaredDisclosure = scan.run(opts.headerLines ?? 5);
  if (opts.dictionary === undefined) return { findings: scan.marks, declaredDisclosure };
  return { findings: mergeFindings(scan.marks, opts.dictionary.findInNormalized(text, normalized)), declaredDisclosure };
}

/**
 * Vocabulary tokens of one text, leftmost-longest, not across line breaks: normalized start, end, and the
 * index in MARK_PATTERNS. Filled by this module's own automaton or by the gate's shared one.
 */
export class MarkTokens {
  readonly tS: number[] = [];
  readonly tE: number[] = [];
  readonly tW: number[] = [];
}

/** The marks and declared disclosure given the vocabulary tokens of `normalized` (the gate's entry point). */
export function marksFromTokens(text: string, normalized: Normalized, tokens: MarkTokens, headerLines = 5): ConfidentialityResult {
  // Most texts hold no vocabulary at all: no scan state to set up.
  if (tokens.tS.length === 0) return { findings: [], declaredDisclosure: null };
  const scan = new MarkScan(text, normalized, tokens);
  const declaredDisclosure = scan.run(headerLines);
  return { findings: scan.marks, declaredDisclosure };
}

/**
 * One scan's state. A class rather than closures inside the function: under tsx (keepNames) every
 * named closure costs a defineProperty per call, which for short items outweighs the scan itself.
 */
class MarkScan {
  readonly marks: Finding[] = [];
  private readonly codes: Uint16Array;
  private readonly map: Int32Array;
  private readonly n: number;
  /** Vocabulary tokens: normalized start, end (extended here over ★ and the term), word id. */
  private readonly tS: number[];
  private readonly tE: number[];
  private readonly tW: number[];
  private marked: Uint8Array = NO_FLAGS;
  private starred: Uint8Array = NO_FLAGS;

  constructor(private readonly text: string, normalized: Normalized, tokens: MarkTokens) {
    this.codes = normalized.codes;
    this.map = normalized.map;
    this.n = normalized.length;
    this.tS = tokens.tS;
    this.tE = tokens.tE;
    this.tW = tokens.tW;
  }

  /** Fills `marks`; returns the declared disclosure. */
  run(headerLines: number): DeclaredDisclosure | null {
    const { codes, map, n, text, tS, tE, tW } = this;
    const words = VOCAB.words;
    if (tS.length === 0) return null;
    // Only a producing token (a level, an internal phrase, a value) is ever marked or declares anything;
    // labels and fillers alone (保密审查, 本件) yield nothing, so there are no lines to analyse.
    let producing = false;
    for (let t = 0; t < tW.length && !producing; t++) producing = isProducing(words[tW[t]].role);
    if (!producing) return null;

    let declared: DeclaredDisclosure | null = null;
    const headerEnd = headerEndOf(codes, n, headerLines);
    let firstLine = 0;
    while (firstLine < n && (codes[firstLine] === NL || codes[firstLine] === BOUNDARY)) firstLine++;
    firstLine = codes.lastIndexOf(NL, firstLine) + 1;
    const marked = (this.marked = clearedFlags(0, tS.length));
    const starred = (this.starred = clearedFlags(1, tS.length));

    let i = 0;
    while (i < tS.length) {
      const ls = codes.lastIndexOf(NL, tS[i]) + 1;
      let le = tE[i];
      while (le < n && codes[le] !== NL) le++;
      let b = i;
      while (b < tS.length && tS[b] < le) b++;
      const a = i;
      i = b;
      const ols = ls > 0 ? map[ls - 1] + 1 : 0;
      const ole = le < n ? map[le] : text.length;

      for (let t = a; t < b; t++) {
        if (words[tW[t]].role !== 'class') continue;
        // Extend the level over what belongs to the mark: ★ and the 保密期限 (机密★5年), a term written
        // without ★ (机密 5年), or 级 (机密级). Only ★ makes it a strong form; the rest just keeps a
        // segment such as a line reading "机密 5年" made of nothing but the mark.
        const limit = t + 1 < b ? tS[t + 1] : le;
        let j = tE[t];
        // A split level closes its bracket before the star: 机（密）★.
        if (words[tW[t]].split && j + 1 < limit && codes[j] === BOUNDARY && codes[j + 1] === STAR) j++;
        if (j < limit && codes[j] === STAR) {
          starred[t] = 1;
          tE[t] = parseTerm(codes, j + 1, limit);
        } else if (j < limit && codes[j] === U_JI) {
          tE[t] = j + 1;
        } else {
          tE[t] = parseTerm(codes, j, limit);
        }
        // ★ set before the level (★机密, as some templates print it) is the same strong form, provided the
        // level stands on its own there and does not run on into words (★机密载体管理 is a bulleted title).
        const free = t > a ? tE[t - 1] : ls;
        if (starred[t] === 0 && tS[t] > free && codes[tS[t] - 1] === STAR && standsAfterStar(codes, text, map, tE[t], limit)) {
          tS[t]--;
          starred[t] = 1;
        }
      }

      // Rule 1 on the whole line, then on bracket groups inside it.
      this.markSegment(ls, le, a, b);
      let pending = false;
      for (let t = a; t < b; t++) if (!marked[t] && isProducing(words[tW[t]].role)) pending = true;
      if (pending) {
        let open = -1;
        let ta = a;
        // Groups opening after the line's last token hold none: read brackets up to that token, then only
        // to the end of the group still open there (a long line of prose is not read to its end).
        const lastToken = map[tS[b - 1]];
        let o = ols;
        for (; o < ole && (o <= lastToken || open >= 0); o++) {
          const br = BRACKET[text.charCodeAt(o)];
          if (br === 0) continue;
          if (br === 1) {
            if (o > lastToken) break;
            open = o;
          } else if (open >= 0) {
            const from = lowerBound(map, open + 1, ls, le);
            const to = lowerBound(map, o, ls, le);
            while (ta < b && tS[ta] < from) ta++;
            let tb = ta;
            while (tb < b && tS[tb] < to) tb++;
            if (tb > ta) this.markSegment(from, to, ta, tb);
            open = -1;
          }
        }
      }

      // Rule 2.
      for (let t = a; t < b; t++) {
        const w = words[tW[t]];
        if (marked[t] || !isProducing(w.role)) continue;
        const prev = t > a ? words[tW[t - 1]].role : null;
        const strong =
          w.strong ||
          (w.role === 'class' && (starred[t] === 1 || (prev === 'class_label' && this.follows(t)))) ||
          ((w.role === 'not_public' || w.role === 'disclosure') && prev === 'disclosure_label' && this.follows(t));
        if (strong && !this.quoted(t, ols, ole)) marked[t] = 1;
      }

      // Rule 3: chains of touching tokens standing as a token of their own in a header line.
      if (ls < headerEnd) {
        let levels = 0;
        let values = 0;
        for (let t = a; t < b; t++) {
          const role = words[tW[t]].role;
          if (role === 'class') levels++;
          if (role === 'not_public' || role === 'disclosure') values++;
        }
        let c0 = a;
        while (c0 < b) {
          let c1 = c0;
          while (c1 + 1 < b && tS[c1 + 1] === tE[c1]) c1++;
          const os = map[tS[c0]];
          const oe = map[tE[c1] - 1] + 1;
          const standsAlone = delimitedBefore(text, os, ols) && delimitedAfter(text, oe, ole);
          if (standsAlone) {
            for (let t = c0; t <= c1; t++) {
              const role = words[tW[t]].role;
              const enumerated = role === 'class' ? levels > 1 : role === 'internal' ? false : values > 1;
              if (isProducing(role) && !enumerated) marked[t] = 1;
            }
          }
          c0 = c1 + 1;
        }
      }

      if (ls === firstLine) this.markLeadingHandling(ls, le, a, b);

      for (let t = a; t < b; t++) {
        if (!marked[t]) continue;
        const w = words[tW[t]];
        if (w.role === 'disclosure') {
          if (declared === null) declared = w.disclosure;
          continue;
        }
        const type = FINDING_TYPE[w.role];
        if (type === undefined) continue;
        const start = map[tS[t]];
        const end = map[tE[t] - 1] + 1;
        this.marks.push(newFinding('confidentiality', type, start, end, text.slice(start, end), 'block', null));
      }
    }
    return declared;
  }

  /**
   * Rule 4. A document that opens with handling instructions and goes straight on with prose on the same
   * line (内部文件，不得外传。本通知…): internal phrases leading the first line, the chain of them closed by
   * clause punctuation. 内部文件管理办法 does not qualify — the phrase runs on into the title's words.
   */
  private markLeadingHandling(ls: number, le: number, a: number, b: number): void {
    const { codes, tS, tE, tW } = this;
    const words = VOCAB.words;
    let p = ls;
    const chain: number[] = [];
    // The phrases of the chain up to the last point where it met clause punctuation or the line's end.
    let confirmed = 0;
    for (let t = a; t < b; t++) {
      // The first phrase opens the line: one in quotation marks (“内部资料”是指…) is being defined, not declared.
      if (t > a) while (p < le && codes[p] === BOUNDARY) p++;
      if (tS[t] !== p) break;
      const role = words[tW[t]].role;
      if (role !== 'internal' && role !== 'filler') break;
      p = tE[t];
      if (role === 'internal') chain.push(t);
      if (p >= le || codes[p] === BOUNDARY) confirmed = chain.length;
      // A touching phrase (内部资料 注意保存) continues the chain; a phrase running on into prose ends it.
      else if (!(t + 1 < b && tS[t + 1] === p)) break;
    }
    for (let k = 0; k < confirmed; k++) this.marked[chain[k]] = 1;
  }

  /** Whether the tokens [ta, tb) fill the normalized range [from, to), clause breaks aside. */
  private covers(from: number, to: number, ta: number, tb: number): boolean {
    const { codes, tS, tE } = this;
    let pos = from;
    let t = ta;
    while (pos < to) {
      if (codes[pos] === BOUNDARY) {
        pos++;
      } else if (t < tb && tS[t] === pos && tE[t] <= to) {
        pos = tE[t];
        t++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Rule 1 for the tokens [ta, tb) of the segment [from, to). */
  private markSegment(from: number, to: number, ta: number, tb: number): void {
    const words = VOCAB.words;
    let producing = 0;
    let levels = 0;
    let values = 0;
    for (let t = ta; t < tb; t++) {
      const role = words[this.tW[t]].role;
      if (isProducing(role)) producing++;
      if (role === 'class') levels++;
      if (role === 'not_public' || role === 'disclosure') values++;
    }
    if (producing === 0 || levels > 1 || values > 1 || !this.covers(from, to, ta, tb)) return;
    for (let t = ta; t < tb; t++) if (isProducing(words[this.tW[t]].role)) this.marked[t] = 1;
  }

  /** Token t starts right where token t-1 ends, clause punctuation aside (密级：机密). */
  private follows(t: number): boolean {
    let p = this.tE[t - 1];
    while (p < this.tS[t] && this.codes[p] === BOUNDARY) p++;
    return p === this.tS[t];
  }

  /** Token t is enclosed in quotation marks within its line [ols, ole): what they enclose is being cited, not declared. */
  private quoted(t: number, ols: number, ole: number): boolean {
    const text = this.text;
    let l = this.map[this.tS[t]] - 1;
    while (l >= ols && isAnyBlankCode(text.charCodeAt(l))) l--;
    if (l < ols || CITE_OPEN[text.charCodeAt(l)] !== 1) return false;
    let r = this.map[this.tE[t] - 1] + 1;
    while (r < ole && isAnyBlankCode(text.charCodeAt(r))) r++;
    return r < ole && CITE_CLOSE[text.charCodeAt(r)] === 1;
  }
}

/**
 * Whether a level preceded by ★, ending at normalized `end`, stands on its own: at the end of its line or
 * segment, before a space or bracket, or before clause punctuation other than the enumeration comma
 * (★机密、绝密和秘密 lists the levels).
 */
function standsAfterStar(codes: Uint16Array, text: string, map: Int32Array, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const next = text.charCodeAt(map[end - 1] + 1);
  return isTokenDelimiter(next) || (codes[end] === BOUNDARY && next !== 0x3001 && next !== 0xff64);
}

/** End (exclusive, in normalized units) of the first `lines` non-empty lines. */
function headerEndOf(codes: Uint16Array, length: number, lines: number): number {
  let seen = 0;
  let nonEmpty = false;
  for (let p = 0; p < length; p++) {
    const c = codes[p];
    if (c === NL) {
      if (nonEmpty && ++seen >= lines) return p;
      nonEmpty = false;
    } else if (c !== BOUNDARY) {
      nonEmpty = true;
    }
  }
  return length;
}

const NO_FLAGS = new Uint8Array(0);

/**
 * Per-token flags (marked, starred), two buffers kept across scans and cleared for each: most texts of a
 * feed hold a few vocabulary tokens, and two new arrays per text cost more than reading them.
 *
 * One pair for the whole module is safe only while these hold (change any of them and pass the buffers in
 * per scan instead): `MarkScan.run` is synchronous (no await, no callback into other code), and it starts no
 * other scan while it runs (it reads tokens, it does not match), so no two scans share the pair at once; and
 * each worker thread loads its own copy of this module, so threads do not share it either.
 */
const flagBuffers: Uint8Array[] = [new Uint8Array(64), new Uint8Array(64)];

function clearedFlags(which: 0 | 1, count: number): Uint8Array {
  let buf = flagBuffers[which];
  if (buf.length < count) {
    buf = new Uint8Array(Math.max(count, buf.length * 2));
    flagBuffers[which] = buf;
  }
  buf.fill(0, 0, count);
  return buf;
}

/** First index in [lo, hi) whose map value is >= target (hi if none). */
function lowerBound(map: Int32Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Both lists are sorted by start; a dictionary hit on exactly a mark's span says nothing new. */
export function mergeFindings(marks: Finding[], words: Finding[]): Finding[] {
  if (words.length === 0) return marks;
  if (marks.length === 0) return words; // ordinary text: thousands of hits, no span keys to build
  const spans = new Set(marks.map((f) => `${f.start}:${f.end}`));
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < marks.length || j < words.length) {
    if (j >= words.length || (i < marks.length && marks[i].start <= words[j].start)) {
      out.push(marks[i++]);
    } else {
      const w = words[j++];
      if (!spans.has(`${w.start}:${w.end}`)) out.push(w);
    }
  }
  return out;
}
