/**
 * What a bracket right after a place says of it (…号（自家圈舍）, …号（村集体仓库）): the passes that decide whether a
 * labelled place is a household's read the note the same way.
 */
import { unitTable } from './chars.js';

const BRACKET_OPENS = unitTable(['（', '(']);
/** A note longer than this is a sentence of its own, not a word on the place. */
const MAX_NOTE = 20;

/**
 * What a bracket opening right at `e` holds, or null: no bracket there, or none closed within MAX_NOTE. The search
 * stops at MAX_NOTE: it runs for every labelled place, so an unclosed bracket must not cost the rest of the text.
 */
export function bracketNoteAt(text: string, e: number): string | null {
  if (BRACKET_OPENS[text.charCodeAt(e)] !== 1) return null;
  const closing = text[e] === '（' ? '）' : ')';
  const limit = Math.min(text.length, e + MAX_NOTE + 1);
  for (let q = e + 1; q < limit; q++) if (text[q] === closing) return text.slice(e + 1, q);
  return null;
}
