/**
 * 腊肉和高山茶, 现金8600元和银行卡: a conjunction (和, 与, 及, 或) joins like with like, so a three-character run after it
 * that opens with an ordinary word (高山, 银行) is that word's compound, a thing as its partner is, unless a person
 * stands on the other side (王芳和王国华, 我和王国华, 邻居和王国华) or a word that only a person takes follows it
 * (王国华同志, 王国华（男）). The model reads such runs as names on their characters alone (高 + 山茶, 银 + 行卡).
 */
import { isCommonWord } from './model/index.js';
import { personNounEndsAt } from './personWords.js';
import { unitTable } from './chars.js';
import { BODY_NAME_ENDS } from './bodies.js';

interface Span {
  end: number;
}
const NONE: readonly Span[] = [];

const CONJUNCTION_UNITS = unitTable('和与及或'.split(''));
const PRONOUNS = '我你他她其';
const PERSON_AFTER = ['同志', '先生', '女士', '（男', '（女', '(男', '(女', '，男', '，女'];
/** A body on the left (某物流公司与X, 村委会和X) is a party as a person is, never a thing's partner. */
const BODY_PARTNER_ENDS: readonly string[] = [...BODY_NAME_ENDS, '委会'];

/**
 * The names' ends in ascending order, built once per array and rebuilt only when the array has grown: each candidate
 * after a conjunction then costs a binary search, not a walk over every name of the document.
 */
const sortedEnds = new WeakMap<readonly Span[], { length: number; ends: Int32Array }>();

function endsOf(spans: readonly Span[]): Int32Array {
  const cached = sortedEnds.get(spans);
  if (cached !== undefined && cached.length === spans.length) return cached.ends;
  const ends = Int32Array.from(spans, (n) => n.end).sort();
  sortedEnds.set(spans, { length: spans.length, ends });
  return ends;
}

function endsAt(spans: readonly Span[], c: number): boolean {
  if (spans.length === 0) return false;
  const ends = endsOf(spans);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo] === c;
}

/** `names`, `more`: the names the document reads (their ends are asked, and only after a conjunction). */
export function thingAfterConjunction(text: string, s: number, e: number, names: readonly Span[], more: readonly Span[] = NONE): boolean {
  if (e - s !== 3 || s < 2 || CONJUNCTION_UNITS[text.charCodeAt(s - 1)] !== 1 || !isCommonWord(text.slice(s, s + 2))) return false;
  const c = s - 1;
  if (PRONOUNS.includes(text[c - 1]) || endsAt(names, c) || endsAt(more, c) || personNounEndsAt(text, c)) return false;
  if (BODY_PARTNER_ENDS.some((w) => text.startsWith(w, c - w.length))) return false;
  return !PERSON_AFTER.some((w) => text.startsWith(w, e));
}
