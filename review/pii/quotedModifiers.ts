/**
 * A run quoted whole that qualifies what stands after it is a label, not a person: a brand before its goods
 * (“丰收”复合肥), an epithet before the person it praises (“田秀才”X), a category heading the count of its members
 * (“土专家”（12名）：…), or a title a verb of naming confers (被称为“牛专家”). People's names are quoted as nicknames
 * or aliases, closed by punctuation or grammar (化名“X”的), never glued to a noun.
 */
import { isHanCode, QUOTE_CLOSE, QUOTE_OPEN } from './chars.js';
import { TITLES } from './lexicon.js';

/** Grammar and verbs of speech right after a quoted name: the quote closes a person's name there (化名“X”的). */
const GRAMMAR_AFTER = new Set('的等和与及或说称为是在了也又都就曾因向对被把将'.split(''));
/** Verbs that confer a title or epithet on someone: what they quote is the title (称为“牛专家”, 誉为“田秀才”). */
const NAMING_VERBS = ['称为', '誉为', '称作', '人称', '号称', '被称', '评为', '称号', '美称', '美誉'];
/** The units that count a category's members in brackets after it (（12名）, (6人)). */
const COUNT_UNITS = new Set('名人位户家个'.split(''));
const NUMERAL = /[0-9０-９一二三四五六七八九十百两]/;

/** True when the run `s`–`e`, quoted whole, is a brand, an epithet, a category or a conferred title. */
export function quotedModifier(text: string, s: number, e: number): boolean {
  if (s < 1 || QUOTE_OPEN[text.charCodeAt(s - 1)] !== 1 || QUOTE_CLOSE[text.charCodeAt(e)] !== 1) return false;
  const after = e + 1;
  const next = text.charCodeAt(after);
  // A courtesy title after the quote (获奖者“X”同志) addresses the person the quote names.
  if (isHanCode(next) && !GRAMMAR_AFTER.has(text[after]) && !TITLES.some((t) => text.startsWith(t, after))) return true;
  if (next === 0xff08 /* （ */ || next === 0x28 /* ( */) {
    let q = after + 1;
    while (q < text.length && q - after <= 4 && NUMERAL.test(text[q])) q++;
    if (q > after + 1 && COUNT_UNITS.has(text[q] ?? '')) return true;
  }
  for (const w of NAMING_VERBS) if (text.startsWith(w, s - 1 - w.length)) return true;
  return false;
}
