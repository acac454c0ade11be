/**
 * A name the document ties to a child or a sex bracket: `A、B之子C`, `其表姐X之女Y`, `儿童X（女，2023年…出生）`. The
 * anchor (之子, 之女, 之妻, 之夫 or a bracket opening 男/女) says a person stands right before it, so a word-like
 * surname (wordSurnames.ts) counts there, and so does a known one scoring as an ordinary name; the run must start
 * at a boundary (punctuation, a line's start, 、, or a kinship or person noun). Up to MAX_LISTED names joined by 、
 * before a 之 anchor are read. Work is a few lookups per anchor.
 */
import * as chars from './chars.js';
import { BRACKET_OPEN_CHARS } from './homes.js';
import { isCommonWord, nameScore, surnameAt } from './model/index.js';
import type { NameCandidate } from './names.js';
import { ALL_PRESENT, hasAny } from './present.js';
import { wordSurnameName } from './wordSurnames.js';

const KIN_AFTER = ['之子', '之女', '之妻', '之夫', '之母', '之父'];
/** The second character of each KIN_AFTER word: 之 is common, and most of its occurrences are followed by none. */
const KIN_AFTER_SECOND: ReadonlySet<number> = new Set(KIN_AFTER.map((w) => w.charCodeAt(1)));
/** Nouns that end right before a person's name: kinship and what a child or a dead person is called. */
const BEFORE = [
  '表姐', '表妹', '表哥', '表弟', '堂姐', '堂妹', '堂哥', '堂弟', '姐姐', '妹妹', '哥哥', '弟弟', '儿子', '女儿', '其妻', '其夫', '妻子', '丈夫',
  '生父', '生母', '养父', '养母', '父亲', '母亲', '侄子', '侄女', '外甥', '孙子', '孙女', '儿童', '婴儿', '弃婴', '女婴', '男婴', '之子', '之女',
];
const MIN_KNOWN_SCORE = 4;
/** `X是Y的儿子` with Y a person: the clause says what X is, so X's characters need less (凤一鸣, 牛得草). */
const KIN_OF_MIN_SCORE = 2;
const MAX_LISTED = 3;

function nameEndingAt(text: string, q: number, minScore = MIN_KNOWN_SCORE): { start: number; surname: string } | null {
  for (let length = 3; length >= 2; length--) {
    const s = q - length;
    if (s < 0) continue;
    const run = text.slice(s, q);
    let surname = wordSurnameName(run)?.surname ?? '';
    if (!surname) {
      const known = surnameAt(run, 0);
      if (known.length === 1 && !isCommonWord(run) && nameScore(run, known) >= minScore) surname = known;
    }
    if (!surname) continue;
    if (s === 0 || !chars.isHanCode(text.charCodeAt(s - 1)) || BEFORE.some((w) => text.startsWith(w, s - w.length))) return { start: s, surname };
  }
  return null;
}

/**
 * The starts already taken (by the names found before this pass, then by this pass's own), as a set built on the
 * first name this pass proposes: most texts hold no anchor, and a set per text cost more than the anchors' search.
 */
class Taken {
  private starts: Set<number> | null = null;
  constructor(private readonly found: readonly NameCandidate[]) {}

  /** Takes `start`; false when it was taken already. */
  take(start: number): boolean {
    this.starts ??= new Set(this.found.map((f) => f.start));
    if (this.starts.has(start)) return false;
    this.starts.add(start);
    return true;
  }
}

function push(text: string, start: number, end: number, surname: string, out: NameCandidate[], taken: Taken): void {
  if (!taken.take(start)) return;
  out.push({ start, end, role: null, surname, name: text.slice(start, end) });
}

/** What a household's members are marked by in a bracket of its composition (3人（妻X、子Y）, （长子X，次女Y）). */
const KIN_MARKS: ReadonlySet<string> = new Set('妻夫子女父母长次儿孙'.split(''));
const MEMBER_KIN = ['妻子', '丈夫', '长子', '次子', '三子', '长女', '次女', '三女', '儿子', '女儿', '儿媳', '女婿', '孙子', '孙女', '妻', '夫', '子', '女', '父', '母'];
const MEMBER_ENDS = new Set(['、', '，', ',', '；', ';', '）']);
const MAX_MEMBERS = 8;

/**
 * `（妻桂蓓蓓、子贝春耕）`: a bracket listing a household's members, each a kinship word glued to a name. Every member
 * must read so (the kinship word, then a run of two to four characters that is a name and no word, up to 、 ， or the
 * bracket's close), else none is taken: `（子女、父母）` or `（母婴室）` hold no names. Bounded to MAX_MEMBERS.
 */
function householdMembers(text: string, from: number, out: NameCandidate[], taken: Taken): void {
  const members: { start: number; end: number; surname: string }[] = [];
  let p = from;
  for (let k = 0; k < MAX_MEMBERS; k++) {
    const kin = MEMBER_KIN.find((w) => text.startsWith(w, p));
    if (kin === undefined) return;
    const s = p + kin.length;
    let e = s;
    while (e < text.length && e - s <= 4 && chars.isHanCode(text.charCodeAt(e))) e++;
    if (e - s < 2 || e - s > 4 || !MEMBER_ENDS.has(text[e])) return;
    const run = text.slice(s, e);
    let surname = wordSurnameName(run)?.surname ?? '';
    if (!surname) {
      const known = surnameAt(run, 0);
      if (known && !isCommonWord(run) && nameScore(run, known) >= MIN_KNOWN_SCORE) surname = known;
    }
    if (!surname) return;
    members.push({ start: s, end: e, surname });
    if (text[e] === '）') break;
    p = e + 1;
  }
  if (text[members[members.length - 1]?.end] !== '）') return;
  for (const m of members) push(text, m.start, m.end, m.surname, out, taken);
}

/** Kinship nouns after `Y的` (凤斌的大儿子, 张桂兰的二女儿, 李春生的外孙): what X is to a person Y. */
const KIN_OF = [
  '儿子', '女儿', '妻子', '丈夫', '孙子', '孙女', '外孙', '外孙女', '父亲', '母亲', '哥哥', '弟弟', '姐姐', '妹妹', '侄子', '侄女',
  '儿媳', '女婿', '长子', '次子', '长女', '次女', '养子', '养女', '继子', '继女', '老伴', '爱人',
];
/** Birth order before a kinship noun (大儿子, 二女儿, 小女儿, 幺儿子). */
const KIN_ORDER = '大二三四五小幺';
const SHI = 0x662f; // 是

/** The kinship noun after `Y的` at `p`, with its birth order; its length or 0. */
function kinOfAt(text: string, p: number): number {
  const q = KIN_ORDER.includes(text[p]) ? p + 1 : p;
  for (const w of KIN_OF) if (text.startsWith(w, q)) return q - p + w.length;
  return 0;
}

/**
 * `X是Y的大儿子` where Y is a person found elsewhere: X, opening its clause, is Y's kin and a person, on a bar below
 * the 之子 anchor's. Y is matched by the names found before this pass (its later mentions are not propagated yet).
 */
function kinOfFound(text: string, found: readonly NameCandidate[], out: NameCandidate[], taken: Taken): void {
  const names = new Set<string>();
  for (const f of found) names.add(f.name);
  for (let i = text.indexOf('是'); i >= 0; i = text.indexOf('是', i + 1)) {
    if (text.charCodeAt(i) !== SHI) continue;
    let y = '';
    for (let len = 4; len >= 2; len--) {
      if (text.charCodeAt(i + 1 + len) === 0x7684 /* 的 */ && names.has(text.slice(i + 1, i + 1 + len))) {
        y = text.slice(i + 1, i + 1 + len);
        break;
      }
    }
    if (!y || kinOfAt(text, i + 2 + y.length) === 0) continue;
    const n = nameEndingAt(text, i, KIN_OF_MIN_SCORE);
    // 高中生是…的儿子: a run opening with a word (高中) is that word's noun, not a name.
    if (n && !(i - n.start === 3 && isCommonWord(text.slice(n.start, n.start + 2)))) push(text, n.start, i, n.surname, out, taken);
  }
}

/** `present`: the text's trigger classes (present.ts); without an opening bracket there is no bracket to read. */
export function kinNames(text: string, found: readonly NameCandidate[], present: number = ALL_PRESENT): NameCandidate[] {
  const out: NameCandidate[] = [];
  const taken = new Taken(found);
  for (let i = text.indexOf('之'); i >= 0; i = text.indexOf('之', i + 1)) {
    if (!KIN_AFTER_SECOND.has(text.charCodeAt(i + 1))) continue;
    let q = i;
    for (let k = 0; k < MAX_LISTED; k++) {
      const n = nameEndingAt(text, q);
      if (!n) break;
      push(text, n.start, q, n.surname, out, taken);
      if (text[n.start - 1] !== '、') break;
      q = n.start - 1;
    }
  }
  if (found.length > 0) kinOfFound(text, found, out, taken);
  if (!hasAny(present, BRACKET_OPEN_CHARS)) return out;
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    if (KIN_MARKS.has(text[i + 1])) householdMembers(text, i + 1, out, taken);
    // 袭彩霞户（石桥村三组）: a household named by its head, its village in the bracket, as 王彩霞户 is.
    if (i >= 3 && text[i - 1] === '户') {
      const n = nameEndingAt(text, i - 1);
      if (n) push(text, n.start, i - 1, n.surname, out, taken);
    }
    if (text[i + 1] !== '男' && text[i + 1] !== '女') continue;
    if (text[i + 2] !== '，' && text[i + 2] !== ',' && text[i + 2] !== '）' && text[i + 2] !== '、') continue;
    const n = nameEndingAt(text, i);
    if (n) push(text, n.start, i, n.surname, out, taken);
  }
  return out;
}
