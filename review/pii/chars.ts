/**
 * Character classes shared by the detectors. Full-width digits (０-９) are one UTF-16 unit each, like
 * ASCII digits, so treating them as digits keeps every index a plain string index into the input.
 * So are the Mongolian digits (᠐-᠙, U+1810–U+1819): a phone number in a Mongolian translation is still one.
 */

export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (code >= 0x1810 && code <= 0x1819) return code - 0x1810;
  return -1;
}

export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (code >= 0x1810 && code <= 0x1819);
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

export function isAlnumCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}

/** CJK unified ideographs (BMP blocks); names and addresses are made of these. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/**
 * The blanks of a line, one set for every reader. A space between words: ASCII, no-break and ideographic (the width of
 * a Han character, what a form pads a two-character name with). No tab: the pasted-table reader reads a tab as a
 * column's mark, never as a space within a field.
 */
export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0;
}

/** A blank within a line: a space or a tab. What the readers skip between a label, a title and a name. */
export function isBlankCode(code: number): boolean {
  return code === 0x09 || isSpaceCode(code);
}

export function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && isBlankCode(ch.charCodeAt(0));
}

/**
 * Every blank, the typographic widths (U+2000–U+200A, U+202F, U+205F), the zero-width space and the BOM included: the
 * confidentiality reader sets a header's tokens apart by them, as a header's gaps may be typeset with them (机密 特急).
 */
export function isAnyBlankCode(code: number): boolean {
  return isBlankCode(code) || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0xfeff;
}

/** Separators people put inside phone and card numbers: a space, dashes. */
export function isGroupSeparatorCode(code: number): boolean {
  return isSpaceCode(code) || code === 0x2d || code === 0xff0d || code === 0x2014 || code === 0x2013;
}

/** Characters that end a clause; context look-back never crosses them. */
export function isClauseEndCode(code: number): boolean {
  return code === 0x3002 /* 。 */ || code === 0x1803 /* ᠃ Mongolian full stop */ || code === 0x1809 /* Manchu full stop */ || code === 0xff1b /* ； */ || code === 0x3b || code === 0x0a || code === 0x0d ||
    code === 0xff01 || code === 0x21 || code === 0xff1f || code === 0x3f;
}

/**
 * One byte per UTF-16 unit, 1 for each (one-unit) character of `chars`: hot loops test a code this way
 * rather than build a one-character string (a CJK character read as text[i] is a new string) to look up.
 */
export function unitTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/**
 * The quotation marks, one table for every reader of quotes, as opener → closer: curly double and single, corner
 * and white corner (『』 nests inside 「」 as ‘’ inside “”), and the ASCII double quote (its own closer).
 */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['"', '"']];
/** Title marks: a 《work》 is cited like a quotation, but only the name detectors read it so. */
const TITLE_PAIRS: readonly (readonly [string, string])[] = [['《', '》']];
/**
 * Typewriter marks: ASCII ' and the full-width ＂ ＇. The confidentiality reader counts them (’机密’ typed on a
 * keyboard is still cited); the name detectors do not, since ' also stands inside a Latin name (O'Brien).
 */
const TYPEWRITER_PAIRS: readonly (readonly [string, string])[] = [["'", "'"], ['＂', '＂'], ['＇', '＇']];

/** Openers and closers of quotes and titles: what the name detectors read as a quoted run (“老干妈”, 《…·…》). */
export const QUOTE_OPEN = unitTable([...QUOTE_PAIRS, ...TITLE_PAIRS].map((p) => p[0]));
export const QUOTE_CLOSE = unitTable([...QUOTE_PAIRS, ...TITLE_PAIRS].map((p) => p[1]));
/** Openers and closers of quotes, typewriter marks included and titles not: what the confidentiality reader reads as cited. */
export const CITE_OPEN = unitTable([...QUOTE_PAIRS, ...TYPEWRITER_PAIRS].map((p) => p[0]));
export const CITE_CLOSE = unitTable([...QUOTE_PAIRS, ...TYPEWRITER_PAIRS].map((p) => p[1]));
