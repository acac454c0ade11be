/**
 * Folding for personal data: traditional characters to simplified (當事人陳建斌 → 当事人陈建斌), and the
 * variant province character of plates (陜 → 陕), one UTF-16 unit for one, so every offset found in the
 * folded text is an offset into the original. Built from the gate's shared table (../tradSimp.ts), which
 * leaves out characters whose folding would merge unrelated simplified words.
 */
import { TRAD_SIMP } from '../tradSimp.js';

/** Folded code unit per code unit, 0 where the character stays: one array read per character. */
const FOLD = new Uint16Array(0x10000);
for (const token of TRAD_SIMP.split(/\s+/)) {
  if (token.length === 2) FOLD[token.charCodeAt(0)] = token.charCodeAt(1);
}
/** Variant forms seen on plates and in names that the shared table does not carry. */
/** 樓 and 衚衕 are left out of the shared table (marks have no use for them); a traditional address needs them. */
for (const [from, to] of [['陜', '陕'], ['甯', '宁'], ['塚', '冢'], ['樓', '楼'], ['衚', '胡'], ['衕', '同']] as const) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);

/** The unit `code` folds to (itself when it stays). */
export function foldedCode(code: number): number {
  return FOLD[code] === 0 ? code : FOLD[code];
}

/** `text` with traditional and variant characters folded; the same length as `text`. */
export function foldForPii(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (FOLD[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const parts: string[] = [text.slice(0, first)];
  let from = first;
  for (let i = first; i < text.length; i++) {
    const to = FOLD[text.charCodeAt(i)];
    if (to === 0) continue;
    parts.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
