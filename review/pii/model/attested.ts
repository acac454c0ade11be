/**
 * The attested-surname inventory (attestedSurnames.ts) and the words its surnames open (attestedWords.ts), for callers
 * that read a name under a surname no table holds: the model's own word list was built for the lexicon's surnames, so
 * without these 承诺 or 同意 after a label would read as 承 + 诺.
 */
import { SINGLE_SURNAMES } from '../lexicon.js';
import { ATTESTED_SURNAMES } from './attestedSurnames.js';
import { ATTESTED_WORDS } from './attestedWords.js';
import { isCommonWord } from './index.js';

const WORDS: ReadonlySet<string> = new Set(ATTESTED_WORDS.split(' '));
const SURNAMES: ReadonlySet<string> = new Set([...ATTESTED_SURNAMES, ...SINGLE_SURNAMES]);

/** True for a surname families carry, listed in the lexicon or only in the inventory. */
export function isAttestedSurname(ch: string): boolean {
  return SURNAMES.has(ch);
}

/** True for an ordinary word, whether its first character is a listed surname or only an attested one. */
export function isWordOfAnySurname(w: string): boolean {
  return WORDS.has(w) || isCommonWord(w);
}
