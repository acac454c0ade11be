/**
 * Two-character names that are ordinary words (宁静, 齐心, 全胜: a surname and one given character that together
 * read as a word). In running text the word wins, so they are names only where a structure says a person
 * stands there: under a person's heading in a table, or between a relation noun and a verb of speech
 * (村民全胜说). Each check is a few lookups at a position the caller already reached.
 */
import { givenScore, surnameAt, surnameWeight } from './model/index.js';

/** A given character this name-like (胜, 静, 心 …: the modern floor of the model) makes the word a possible name. */
const MIN_GIVEN = 3;
export const SPEECH = ['说', '表示', '反映', '介绍', '告诉', '坦言', '回忆', '笑着说'];

/** Surname + one name-like given character, not a reduplicated adverb (明明, 常常). */
function wordCouldBeName(word: string): boolean {
  if (word.length !== 2) return false;
  const surname = surnameAt(word, 0);
  return surname.length === 1 && word[1] !== word[0] && surnameWeight(surname) >= 1 && givenScore(word[1]) >= MIN_GIVEN;
}

/** 村民全胜说: the two-character word at `s`, after a relation noun, speaks. The caller checks the noun. */
export function spokenWordName(text: string, s: number): boolean {
  if (!wordCouldBeName(text.slice(s, s + 2))) return false;
  for (const w of SPEECH) if (text.startsWith(w, s + 2)) return true;
  return false;
}

/** A two-character cell under a person's heading (学生姓名 | 宁静): the column says it is a name. */
export function headedWordName(cell: string): { surname: string } | null {
  return wordCouldBeName(cell) ? { surname: cell[0] } : null;
}
