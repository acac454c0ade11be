/**
 * A two-character name a form pads to three columns with a space between its characters (当事人：王　芳，男), as tables
 * do (tableNames.ts reads those cells): after a label's colon, a surname, one space and one given character that a
 * boundary ends. The given character must be a name's (no grammar, no mask), and the pair no word.
 */
import { isHanCode } from './chars.js';
import { MASKS } from './columns.js';
import { givenScore, isCommonWord, surnameAt } from './model/index.js';

const PAD = new Set([' ', '\u3000']);
/** What the given character must score: seen in names at least as often as not (芳, 伟, 钊). */
const GIVEN_MIN = 0;

/** The end of a padded name starting at `p` (王　芳), or -1. */
export function paddedNameEnd(text: string, p: number): number {
  if (!PAD.has(text[p + 1]) || !isHanCode(text.charCodeAt(p + 2)) || (p + 3 < text.length && isHanCode(text.charCodeAt(p + 3)))) return -1;
  if (surnameAt(text, p).length !== 1 || MASKS.has(text[p + 2])) return -1;
  const pair = text[p] + text[p + 2];
  return givenScore(text[p + 2]) >= GIVEN_MIN && !isCommonWord(pair) ? p + 3 : -1;
}
