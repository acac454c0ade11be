/**
 * 腊肉和高山茶, 现金8600元和银行卡: a conjunction (和, 与, 及, 或) joins like with like, so a three-character run after it
 * that opens with an ordinary word (高山, 银行) is that word's compound, a thing as its partner is, unless a person
 * stands on the other side (王芳和王国华, 我和王国华, 邻居和王国华) or a word that only a person takes follows it
 * (王国华同志, 王国华（男）). The model reads such runs as names on their characters alone (高 + 山茶, 银 + 行卡).
 */
import { isCommonWord } from './model/index.js';
import { personNounEndsAt } from './personWords.js';

const CONJUNCTIONS = '和与及或';
const PRONOUNS = '我你他她其';
const PERSON_AFTER = ['同志', '先生', '女士', '（男', '（女', '(男', '(女', '，男', '，女'];

/** `endsName(p)`: a name the document reads ends at `p`. */
export function thingAfterConjunction(text: string, s: number, e: number, endsName: (p: number) => boolean): boolean {
  if (e - s !== 3 || s < 2 || !CONJUNCTIONS.includes(text[s - 1]) || !isCommonWord(text.slice(s, s + 2))) return false;
  const c = s - 1;
  if (PRONOUNS.includes(text[c - 1]) || endsName(c) || personNounEndsAt(text, c)) return false;
  return !PERSON_AFTER.some((w) => text.startsWith(w, e));
}
