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
/** The first code unit of every word in WORDS: most runs open with none, and one table read answers them. */
const OPENS_WORD = new Uint8Array(0x10000);
for (const w of WORDS) OPENS_WORD[w.charCodeAt(0)] = 1;
const SURNAMES: ReadonlySet<string> = new Set([...ATTESTED_SURNAMES, ...SINGLE_SURNAMES]);

/** True for a surname families carry, listed in the lexicon or only in the inventory. */
export function isAttestedSurname(ch: string): boolean {
  return SURNAMES.has(ch);
}

/** Attested surnames the lexicon's table lacks, by code unit: the ones no other pass reads as a surname. */
const UNLISTED = new Uint8Array(0x10000);
for (const c of ATTESTED_SURNAMES) if (!SINGLE_SURNAMES.has(c)) UNLISTED[c.charCodeAt(0)] = 1;

/** True for a surname families carry that the lexicon's table lacks (召, 位, 寸). */
export function isUnlistedAttestedCode(code: number): boolean {
  return UNLISTED[code] === 1;
}

/** True for an ordinary word, whether its first character is a listed surname or only an attested one. */
export function isWordOfAnySurname(w: string): boolean {
  return (OPENS_WORD[w.charCodeAt(0)] === 1 && WORDS.has(w)) || isCommonWord(w);
}
