/**
 * Folding for personal data: traditional characters to simplified (當事人陳建斌 → 当事人陈建斌), and the
 * variant province character of plates (陜 → 陕), one UTF-16 unit for one, so every offset found in the
 * folded text is an offset into the original. Built from the gate's shared table (../tradSimp.ts), which
 * leaves out characters whose folding would merge unrelated simplified words.
 */
import { TRAD_SIMP } from '../tradSimp.js';

const MAP = new Map<number, number>();
for (const token of TRAD_SIMP.split(/\s+/)) {
  if (token.length === 2) MAP.set(token.charCodeAt(0), token.charCodeAt(1));
}
/** Variant forms seen on plates and in names that the shared table does not carry. */
for (const [from, to] of [['陜', '陕'], ['甯', '宁'], ['塚', '冢']] as const) MAP.set(from.charCodeAt(0), to.charCodeAt(0));

/** `text` with traditional and variant characters folded; the same length as `text`. */
export function foldForPii(text: string): string {
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    if (MAP.has(text.charCodeAt(i))) {
      changed = true;
      break;
    }
  }
  if (!changed) return text;
  const codes = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const to = MAP.get(c);
    codes[i] = to === undefined ? text[i] : String.fromCharCode(to);
  }
  return codes.join('');
}
