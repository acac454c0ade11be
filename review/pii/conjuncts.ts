/**
 * 腊肉和高山茶, 现金8600元和银行卡: a conjunction (和, 与, 及, 或) joins like with like, so a three-character run after it
 * that opens with an ordinary word (高山, 银行) is that word's compound, a thing as its partner is, unless a person
 * stands on the other side (王芳和王国华, 我和王国华, 邻居和王国华) or a word that only a person takes follows it
 * (王国华同志, 王国华（男）). The model reads such runs as names on their characters alone (高 + 山茶, 银 + 行卡).
 */
import { isCommonWord } from './model/index.js';
import { personNounEndsAt } from './personWords.js';
import { unitTable } from './chars.js';

interface Span {
  end: number;
}
const NONE: readonly Span[] = [];

const CONJUNCTION_UNITS = unitTable('和与及或'.split(''));
const PRONOUNS = '我你他她其';
const PERSON_AFTER = ['同志', '先生', '女士', '（男', '（女', '(男', '(女', '，男', '，女'];

/** `names`, `more`: the names the document reads (their ends are asked, and only after a conjunction). */
export function thingAfterConjunction(text: string, s: number, e: number, names: readonly Span[], more: readonly Span[] = NONE): boolean {
  if (e - s !== 3 || s < 2 || CONJUNCTION_UNITS[text.charCodeAt(s - 1)] !== 1 || !isCommonWord(text.slice(s, s + 2))) return false;
  const c = s - 1;
  if (PRONOUNS.includes(text[c - 1]) || names.some((n) => n.end === c) || more.some((n) => n.end === c) || personNounEndsAt(text, c)) return false;
  return !PERSON_AFTER.some((w) => text.startsWith(w, e));
}
