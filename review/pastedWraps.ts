/**
 * Soft wraps in pasted plain text, for the gate. Text an editor pastes from a PDF (and a .txt saved from one) keeps
 * the PDF's visual lines: a paragraph is hard-wrapped at a nearly constant width, and the wrap cuts whatever stands
 * at the margin — a name (`李建\n军`), an ID (`3101011985\n06124012`), a mobile, an address, a mark (`机\n密★`).
 * The PDF reader joins such wraps by geometry (workflow/pdfReflow.ts); pasted text has no geometry, only lengths.
 *
 * A block of wrapped lines: at least three consecutive lines, all but the last of nearly the same length (within
 * TOLERANCE characters, or within as much width when Latin letters and digits count half a glyph, as a PDF sets
 * them), at least MIN_WIDTH long, laid out as prose (no tab, bar or column gap), the last line of the paragraph no
 * longer than the others. Inside it a line break is a wrap, and is removed with the spaces before it, unless the
 * line ends a sentence or a clause (。！？：；), the next line opens a list item, is indented, opens with a label
 * (`联系电话：`) or with the same two characters as the line before (a list without marks), or the break stands
 * between two digits whose joining makes no valid identifier (two numbers are never glued into one).
 * Everything else keeps its lines: tables, lists, verse and signature blocks (short lines), headings.
 *
 * Detection reads the joined text; `originalSpan` maps a span back, and a span across a removed break covers it,
 * so the mask covers both halves.
 */
import { LIST_ITEM, SENTENCE_END } from '../text/wrapRules.js';
import { digitValue, isAlnumCode, isDigitCode } from './pii/chars.js';
import { isLuhnValid, isValidIdCard15, isValidIdCard18 } from './pii/checksums.js';

/** A narrower "wrap" is a layout of short lines (verse, a signature block, a list of names), not a page's margin. */
const MIN_WIDTH = 20;
/** A longer line is a paragraph written on one line: no page column is that wide. */
const MAX_WIDTH = 90;
/** How far the full lines of one block may differ in characters (a wrap pushes a word or a closing mark over). */
const TOLERANCE = 2;
const MIN_LINES = 3;

export interface Unwrapped {
  /** The text with its soft wraps removed. */
  readonly text: string;
  /** Where in `text` each removal happened, ascending. */
  readonly at: readonly number[];
  /** How many characters were removed up to and including each removal. */
  readonly removed: readonly number[];
}

/** Lines laid out as cells: a tab, a bar, two spaces in a row after the indent, a space between two Han characters, or several lone spaces. */
function isColumnLayout(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let lone = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x7c || c === 0xff5c) return true;
    if (!isSpace(c)) continue;
    if (isSpace(text.charCodeAt(i + 1))) return true;
    // Chinese prose puts no space between two of its characters: there it is a gap between fields
    // (`阿拉坦宝音（蒙古族） 太仆寺旗…`). Beside a Latin word or a number, it may be a word space.
    if (text.charCodeAt(i - 1) >= 0x2000 && text.charCodeAt(i + 1) >= 0x2000) return true;
    if (!(isAlnumCode(text.charCodeAt(i - 1)) && isAlnumCode(text.charCodeAt(i + 1)))) lone++;
  }
  return lone >= 2;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0;
}

/** Width in half glyphs: Latin letters, digits and ASCII punctuation are set half as wide as Han and full-width forms. */
function widthOf(text: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += text.charCodeAt(i) < 0x2000 ? 1 : 2;
  return w;
}

const LABEL_START = /\s*[\u4e00-\u9fff]{2,8}[：:]/y;

/** A label opens the line at `pos` (`联系电话：`, `被申请人：`). */
function opensWithLabel(text: string, pos: number): boolean {
  LABEL_START.lastIndex = pos;
  return LABEL_START.test(text);
}

/** The digits either side of a wrap make one identifier only if together they are a valid one. */
function gluesOneNumber(text: string, before: number, after: number): boolean {
  let a = before;
  while (a > 0 && isDigitCode(text.charCodeAt(a - 1))) a--;
  let b = after;
  while (b < text.length && isDigitCode(text.charCodeAt(b))) b++;
  let d = '';
  for (let i = a; i < before; i++) d += String.fromCharCode(48 + digitValue(text.charCodeAt(i)));
  for (let i = after; i < b; i++) d += String.fromCharCode(48 + digitValue(text.charCodeAt(i)));
  if (d.length === 17 && (text[b] === 'X' || text[b] === 'x' || text[b] === 'Ｘ')) return isValidIdCard18(`${d}X`);
  if (d.length === 18) return isValidIdCard18(d);
  if (d.length === 15) return isValidIdCard15(d);
  if (d.length === 11) return /^1[3-9]/.test(d);
  return d.length >= 16 && d.length <= 19 && d[0] !== '0' && isLuhnValid(d);
}

interface Lines {
  start: number[];
  /** End of the line's text, trailing spaces and CR left out. */
  end: number[];
  /** Lines that could be a block's full line: prose, MIN_WIDTH to MAX_WIDTH characters. */
  full: boolean[];
}

function linesOf(text: string): Lines {
  const lines: Lines = { start: [], end: [], full: [] };
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl;
    let end = next;
    while (end > start && (text.charCodeAt(end - 1) === 0x0d || isSpace(text.charCodeAt(end - 1)))) end--;
    const len = end - start;
    lines.start.push(start);
    lines.end.push(end);
    lines.full.push(len >= MIN_WIDTH && len <= MAX_WIDTH && !isColumnLayout(text, start, end));
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Can the break after line `t` be a wrap, the line being one of a block's full lines? The next line goes on with
 * the same paragraph (not empty, indented, a list item, a label, a cell row, nor longer than the margin allows).
 */
function canWrap(text: string, lines: Lines, t: number): boolean {
  const start = lines.start[t];
  const end = lines.end[t];
  const next = lines.start[t + 1];
  const nextEnd = lines.end[t + 1];
  if (nextEnd === next || isSpace(text.charCodeAt(next))) return false;
  if (nextEnd - next > end - start + TOLERANCE && widthOf(text, next, nextEnd) > widthOf(text, start, end) + 2 * TOLERANCE) return false;
  if (SENTENCE_END.test(text.slice(start, end))) return false;
  if (LIST_ITEM.test(text.slice(next, Math.min(nextEnd, next + 12)))) return false;
  // Two lines that each open with a label are two fields (`住址：…` then `联系电话：…`); a wrap may cut before a
  // label's end (`户\n籍地：`), and the line it leaves is prose.
  if (opensWithLabel(text, next) && opensWithLabel(text, start)) return false;
  if (text.charCodeAt(start) === text.charCodeAt(next) && text.charCodeAt(start + 1) === text.charCodeAt(next + 1)) return false;
  if (!lines.full[t + 1] && isColumnLayout(text, next, nextEnd)) return false;
  if (isDigitCode(text.charCodeAt(end - 1)) && isDigitCode(text.charCodeAt(next))) return gluesOneNumber(text, end, next);
  return true;
}

/**
 * The breaks to remove, as [from, to) ranges of `text`, ascending. Lines linked by possible wraps form a chain (a
 * paragraph as the page showed it); the chain's full lines are cut into runs whose lengths, or widths, stay within
 * the tolerance, and a run of at least two full lines with the line after it (the paragraph's last, or the next
 * run's first) is a block whose breaks go. Lines outside the MIN_WIDTH–MAX_WIDTH band cost one comparison, so text
 * without such blocks (most of it: paragraphs on one line each) is passed over at the speed of `indexOf`.
 */
function wrapBreaks(text: string): [number, number][] {
  const lines = linesOf(text);
  const n = lines.start.length;
  const breaks: [number, number][] = [];
  const margins: Margin[] = [];
  /** Full lines of two-line paragraphs (the full line and the last), ascending. */
  const single: number[] = [];
  const len = (i: number): number => lines.end[i] - lines.start[i];
  const width = (i: number): number => widthOf(text, lines.start[i], lines.end[i]);
  let i = 0;
  while (i < n - 1) {
    if (!lines.full[i] || !canWrap(text, lines, i)) {
      i++;
      continue;
    }
    // The chain: lines i..last, each but the last a full line whose break can be a wrap.
    let last = i + 1;
    while (last < n - 1 && lines.full[last] && canWrap(text, lines, last)) last++;
    for (let s = i; s < last; ) {
      let minC = len(s);
      let maxC = minC;
      let minW = width(s);
      let maxW = minW;
      let k = s + 1;
      for (; k < last; k++) {
        const c = len(k);
        const w = width(k);
        if (Math.max(maxC, c) - Math.min(minC, c) > TOLERANCE && Math.max(maxW, w) - Math.min(minW, w) > 2 * TOLERANCE) break;
        minC = Math.min(minC, c);
        maxC = Math.max(maxC, c);
        minW = Math.min(minW, w);
        maxW = Math.max(maxW, w);
      }
      // Full lines s..k-1, then line k: the paragraph's last line or where the width changes.
      if (k - s + 1 >= MIN_LINES) {
        for (let t = s; t < k; t++) breaks.push(breakAfter(text, lines, t));
        margins.push([minC, maxC, minW, maxW]);
      } else {
        single.push(s);
      }
      s = k;
    }
    i = last + 1;
  }
  // A paragraph of one full line and its last: a wrap when a block of the text has shown that margin.
  if (margins.length === 0 || single.length === 0) return breaks;
  for (const t of single) {
    const c = len(t);
    const w = width(t);
    const fits = (m: Margin): boolean => Math.max(m[1], c) - Math.min(m[0], c) <= TOLERANCE || Math.max(m[3], w) - Math.min(m[2], w) <= 2 * TOLERANCE;
    if (margins.some(fits)) breaks.push(breakAfter(text, lines, t));
  }
  return breaks.sort((a, b) => a[0] - b[0]);
}

/** A block's line lengths and widths: [min, max] characters, [min, max] half glyphs. */
type Margin = [number, number, number, number];

/** The characters removed with the break after line `t`: the break and the spaces before it, but one between two words. */
function breakAfter(text: string, lines: Lines, t: number): [number, number] {
  const end = lines.end[t];
  const next = lines.start[t + 1];
  const keep = end < next - 1 && isAlnumCode(text.charCodeAt(end - 1)) && isAlnumCode(text.charCodeAt(next)) && !isDigitCode(text.charCodeAt(end - 1)) ? 1 : 0;
  return [end + keep, next];
}

/** `text` with its soft wraps removed, or null when it has none (then detection reads `text` itself). */
export function pastedWraps(text: string): Unwrapped | null {
  // Cheap first: a block needs three lines of MIN_WIDTH.
  if (text.length < MIN_LINES * MIN_WIDTH || text.indexOf('\n') < 0) return null;
  const breaks = wrapBreaks(text);
  if (breaks.length === 0) return null;
  const parts: string[] = [];
  const at: number[] = [];
  const removed: number[] = [];
  let pos = 0;
  let total = 0;
  let out = 0;
  for (const [from, to] of breaks) {
    parts.push(text.slice(pos, from));
    out += from - pos;
    total += to - from;
    at.push(out);
    removed.push(total);
    pos = to;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), at, removed };
}

/** How many characters were removed before position `p` of the joined text. */
function shiftAt(u: Unwrapped, p: number): number {
  let lo = 0;
  let hi = u.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (u.at[mid] <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : u.removed[lo - 1];
}

/** The span of the original text that shows [start, end) of the joined text: the removed breaks inside it included. */
export function originalSpan(u: Unwrapped, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const s = start + shiftAt(u, start);
    return { start: s, end: s };
  }
  return { start: start + shiftAt(u, start), end: end - 1 + shiftAt(u, end - 1) + 1 };
}

/** Does [start, end) of the joined text run across a removed break? */
export function crossesWrap(u: Unwrapped, start: number, end: number): boolean {
  return end > start && shiftAt(u, start) !== shiftAt(u, end - 1);
}
