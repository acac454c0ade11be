/**
 * Which trigger characters a text holds, found in one table read per character: the detectors that need a
 * character the text lacks (a digit for numbers, @ for emails, a colon for a salutation …) are not run at
 * all. This only saves running a detector on a text it cannot match; each detector still decides itself.
 * Classes are those of the folded character (fold.ts), so the pass runs on the text before it is folded.
 */
import { isDigitCode } from './chars.js';
import { foldedCode } from './fold.js';
import { PLATE_PROVINCES } from './plate.js';

export const ANY_DIGIT = 1;
export const AT_SIGN = 2;
/** E or G, the letters passports open with. */
export const PASSPORT_LETTER = 4;
/** The province abbreviations plates open with. */
export const PROVINCE = 8;
export const ASCII_DIGIT = 16;
/** A traditional or variant character: the text needs folding before detection. */
export const FOLDABLE = 32;
/** ： or :, which ends every salutation line. */
export const COLON = 64;
/** *, 某 or ×, with which publishers mask a name (乔**, 王某某). */
export const MASK_MARK = 128;
/** A name dot (·•・．) of a transliterated name. */
export const NAME_DOT = 256;
/** 位 or 坐, which open 位于 and 坐落 before a dwelling's place. */
export const LOCATED = 512;
/** For callers that did not look: every class counts as present (classes use bits 0–29). */
export const ALL_PRESENT = 0x3fffffff;

/** The folded unit of every code unit, kept for classes registered later (`triggerClass`). */
const FOLDED = new Uint16Array(0x10000);
const TABLE = new Uint32Array(0x10000);
{
  const classes = new Uint16Array(0x10000);
  const mark = (chars: string, bit: number): void => {
    for (const c of chars) classes[c.charCodeAt(0)] |= bit;
  };
  for (let c = 0; c < 0x10000; c++) if (isDigitCode(c)) classes[c] |= ANY_DIGIT;
  mark('0123456789', ASCII_DIGIT);
  mark('@', AT_SIGN);
  mark('EG', PASSPORT_LETTER);
  mark(PLATE_PROVINCES, PROVINCE);
  mark('：:', COLON);
  mark('*某×', MASK_MARK);
  mark('·•・．', NAME_DOT);
  mark('位坐', LOCATED);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldedCode(c);
    FOLDED[c] = f;
    TABLE[c] = classes[f] | (f === c ? 0 : FOLDABLE);
  }
}

let nextBit = 1 << 10;

/**
 * A new class holding `chars` (as folded characters), for a detector to register its own trigger
 * characters where it keeps its vocabulary; call at module load, before any text is scanned.
 */
export function triggerClass(chars: Iterable<string>): number {
  if (nextBit > 1 << 29) throw new Error('present.ts: no class bit left');
  const bit = nextBit;
  nextBit <<= 1;
  const wanted = new Uint8Array(0x10000);
  for (const ch of chars) wanted[ch.charCodeAt(0)] = 1;
  for (let c = 0; c < 0x10000; c++) if (wanted[FOLDED[c]] === 1) TABLE[c] |= bit;
  return bit;
}

/**
 * The words of `re`, a regex made of literal words joined by | (grouped with (?:…) or not), so a detector
 * derives its trigger class from the very pattern it runs. Anything else throws at load: a class derived
 * from a pattern it cannot read would skip texts the pattern matches.
 */
export function alternationWords(re: RegExp): string[] {
  const words = re.source.replace(/\(\?:|\)/g, '').split('|');
  if (words.some((w) => w.length === 0 || /[.*+?^${}()[\]\\]/.test(w))) throw new Error(`present.ts: not a literal alternation: /${re.source}/`);
  return words;
}

/**
 * For a vocabulary of words: one character of each (the first found in `preferred`, characters rare in
 * ordinary prose, else its last), so a text holding none of them holds none of the words.
 */
export function oneCharOfEach(words: Iterable<string>, preferred: string): string[] {
  const out: string[] = [];
  for (const w of words) out.push([...w].find((ch) => preferred.includes(ch)) ?? w[w.length - 1]);
  return out;
}

/** The classes above that occur in `text`. */
export function presentIn(text: string): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) seen |= TABLE[text.charCodeAt(i)];
  return seen;
}

/** True when every class in `bits` occurs. */
export function has(present: number, bits: number): boolean {
  return (present & bits) === bits;
}

/** True when at least one class in `bits` occurs. */
export function hasAny(present: number, bits: number): boolean {
  return (present & bits) !== 0;
}
