/**
 * 隔壁卖凉皮的X, 村口开小卖部的X, 经营早点摊的X: a clause of the trade someone plies, ending in 的, describes a person, as
 * an age clause (七十岁的X) does. The trade verb opens the clause (after its punctuation or a word of where: 隔壁, 村口,
 * 街上) and, when one character, is not the first of a word (开展的, 收入的, 修改的 are no trade). Reads back at most
 * MAX_CLAUSE characters.
 */
import { isHanCode, unitTable } from './chars.js';
import { isCommonWord } from './model/index.js';

const TRADE_VERBS = ['经营', '卖', '开', '摆', '修', '收', '炸', '蒸', '烤'];
/** The last character of a word of where before the verb (隔壁, 对面, 旁边, 村口, 街上, 巷里, 东头). */
const WHERE_LAST = unitTable('壁面边口上里头尾'.split(''));
const MAX_CLAUSE = 10;
const DE = 0x7684; // 的

/** True when a trade clause ending in 的 ends right before `s`. */
export function tradeClauseEndsAt(text: string, s: number): boolean {
  if (s < 3 || text.charCodeAt(s - 1) !== DE) return false;
  for (let v = s - 3; v >= 0 && s - 1 - v <= MAX_CLAUSE && isHanCode(text.charCodeAt(v)); v--) {
    const verb = TRADE_VERBS.find((w) => text.startsWith(w, v));
    if (verb === undefined || v + verb.length >= s - 1) continue;
    if (verb.length === 1 && isCommonWord(text.slice(v, v + 2))) continue;
    if (v === 0 || !isHanCode(text.charCodeAt(v - 1)) || WHERE_LAST[text.charCodeAt(v - 1)] === 1) return true;
  }
  return false;
}
