/**
 * What a bracket right after a place says of it (…号（自家圈舍）, …号（村集体仓库）): the passes that decide whether a
 * labelled place is a household's read the note the same way.
 */
import { unitTable } from './chars.js';

const BRACKET_OPENS = unitTable(['（', '(']);
/** A note longer than this is a sentence of its own, not a word on the place. */
const MAX_NOTE = 20;

/** What a bracket opening right at `e` holds, or null: no bracket there, or none closed within MAX_NOTE. */
export function bracketNoteAt(text: string, e: number): string | null {
  if (BRACKET_OPENS[text.charCodeAt(e)] !== 1) return null;
  const close = text.indexOf(text[e] === '（' ? '）' : ')', e);
  return close > e && close - e <= MAX_NOTE ? text.slice(e + 1, close) : null;
}
