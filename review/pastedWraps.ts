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
import { digitValue, isAlnumCode, isDigitCode, isSpaceCode } from './pii/chars.js';
import { isLuhnValid, isValidIdCard15, isValidIdCard18 } from './pii/checksums.js';

/** A narrower "wrap" is a layout of short lines (verse, a signature block, a list of names), not a page's margin. */
const MIN_WIDTH = 20;
/**
 * A longer line is a paragraph written on one line: an A4 page's text block holds about 28 Han characters at the
 * official documents' 16 pt and about 49 at 9 pt; 64 leaves room for wide pages and Latin text.
 */
const MAX_WIDTH = 64;
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

/** How a line is laid out: as prose, with gaps between fields (lone spaces), or in columns (tabs, bars, wide gaps). */
const PROSE = 0;
const GAPS = 1;
const COLUMNS = 2;

function layoutOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  let lone = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x7c || c === 0xff5c) return COLUMNS;
    if (!isSpaceCode(c)) continue;
    if (isSpaceCode(text.charCodeAt(i + 1))) return COLUMNS;
    // Chinese prose puts no space between two of its characters: there it is a gap between fields
    // (`阿拉坦宝音（蒙古族） 太仆寺旗…`). Beside a Latin word or a number, it may be a word space.
    if (!(isAlnumCode(text.charCodeAt(i - 1)) && isAlnumCode(text.charCodeAt(i + 1)))) lone++;
  }
  return lone === 0 ? PROSE : GAPS;
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

/** A run of this many digits can be a number of its own (a landline has seven). */
const NUMBER_ALONE = 7;

/**
 * May a wrap between two digits go? When the digits on both sides make a valid identifier (an ID with its check
 * digit, a mobile, a card passing Luhn), or when neither side is long enough to be a number of its own (a date, an
 * amount, a house number cut in two). Two numbers that each stand alone are never glued.
 */
function joinsDigits(text: string, before: number, after: number): boolean {
  const a = before - digitsBefore(text, before);
  const b = after + digitsAfter(text, after);
  const left = digitString(text, a, before);
  const right = digitString(text, after, b);
  const d = left + right;
  if (d.length === 17 && (text[b] === 'X' || text[b] === 'x' || text[b] === 'Ｘ')) return isValidIdCard18(`${d}X`);
  // A resident ID's check digit and birth date vouch for the join even when its first digits pass alone as a mobile
  // (Hebei's IDs open with 13) or as an old 15-digit ID.
  if (d.length === 18 && isValidIdCard18(d)) return true;
  // A side that is a whole ID on its own is one (`…110105198001011000\n1号楼`): whatever else the digits make together.
  if (isWholeId(left) || isWholeId(right)) return false;
  if (isMobile(left) || isMobile(right)) return false;
  if (d.length === 15 && isValidIdCard15(d)) return true;
  if (d.length === 11 && isMobile(d)) return true;
  // Luhn passes one string of digits in ten: it vouches only for a card cut where neither side is a number of its own.
  if (d.length >= 16 && d.length <= 19 && d[0] !== '0' && left.length < 11 && right.length < 11 && isLuhnValid(d)) return true;
  return left.length < NUMBER_ALONE && right.length < NUMBER_ALONE;
}

function digitString(text: string, from: number, to: number): string {
  let d = '';
  for (let i = from; i < to; i++) d += String.fromCharCode(48 + digitValue(text.charCodeAt(i)));
  return d;
}

function isMobile(d: string): boolean {
  return d.length === 11 && d.charCodeAt(0) === 0x31 && d.charCodeAt(1) >= 0x33;
}

function isWholeId(d: string): boolean {
  return (d.length === 18 && isValidIdCard18(d)) || (d.length === 15 && isValidIdCard15(d));
}

interface Lines {
  start: number[];
  /** End of the line's text, trailing spaces and CR left out. */
  end: number[];
  /** How the line is laid out (PROSE, GAPS, COLUMNS); COLUMNS for a line longer than MAX_WIDTH, which no margin cut. */
  layout: number[];
  /** Width in half glyphs (`widthOf`); 0 for a line longer than MAX_WIDTH. */
  width: number[];
}

function linesOf(text: string): Lines {
  const lines: Lines = { start: [], end: [], layout: [], width: [] };
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl;
    let end = next;
    while (end > start && (text.charCodeAt(end - 1) === 0x0d || isSpaceCode(text.charCodeAt(end - 1)))) end--;
    lines.start.push(start);
    lines.end.push(end);
    const short = end - start <= MAX_WIDTH;
    lines.layout.push(short ? layoutOf(text, start, end) : COLUMNS);
    lines.width.push(short ? widthOf(text, start, end) : 0);
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * A line that can show a margin: Chinese prose, mostly full-width characters (lines of Latin text, dates and
 * codes, as a DOCX's style names and time stamps, are as long as their content).
 */
function isProse(lines: Lines, t: number): boolean {
  return lines.layout[t] === PROSE && 4 * lines.width[t] > 6 * (lines.end[t] - lines.start[t]);
}

/** A line as long as a margin can make one, and not in columns. */
function isFull(lines: Lines, t: number): boolean {
  return lines.layout[t] !== COLUMNS && lines.end[t] - lines.start[t] >= MIN_WIDTH;
}

/**
 * Can the break after line `t`, a full line, be a wrap? The line does not end a sentence or a clause, and the next
 * goes on with the same paragraph: not empty, indented, a list item, a second labelled field, a row of columns,
 * nor longer than the margin allows.
 */
function canWrap(text: string, lines: Lines, t: number): boolean {
  const start = lines.start[t];
  const end = lines.end[t];
  const next = lines.start[t + 1];
  const nextEnd = lines.end[t + 1];
  if (nextEnd === next || isSpaceCode(text.charCodeAt(next)) || lines.layout[t + 1] === COLUMNS) return false;
  // A row of fields goes on into a line of prose (`身份证号：3416211979\n04271125`), never into another row.
  if (lines.layout[t] === GAPS && lines.layout[t + 1] === GAPS) return false;
  if (nextEnd - next > end - start + TOLERANCE && lines.width[t + 1] > lines.width[t] + 2 * TOLERANCE) return false;
  if (SENTENCE_END.test(text.slice(start, end))) return false;
  if (LIST_ITEM.test(text.slice(next, Math.min(nextEnd, next + 12)))) return false;
  // Two lines that each open with a label are two fields (`住址：…` then `联系电话：…`); a wrap may cut before a
  // label's end (`户\n籍地：`), and the line it leaves is prose.
  if (opensWithLabel(text, next) && opensWithLabel(text, start)) return false;
  // Lines opening alike are a list without marks.
  if (text.charCodeAt(start) === text.charCodeAt(next) && text.charCodeAt(start + 1) === text.charCodeAt(next + 1)) return false;
  const left = text.charCodeAt(end - 1);
  const right = text.charCodeAt(next);
  if (isDigitCode(left) && isDigitCode(right)) return joinsDigits(text, end, next);
  // A number that stands alone is not glued to a Latin word (`…1239\nNormal`): it would no longer be one.
  if (isDigitCode(left) && isAlnumCode(right) && !(right === 0x58 || right === 0x78)) return digitsBefore(text, end) < NUMBER_ALONE;
  if (isAlnumCode(left) && isDigitCode(right)) return digitsAfter(text, next) < NUMBER_ALONE;
  return true;
}

function digitsBefore(text: string, end: number): number {
  let a = end;
  while (a > 0 && isDigitCode(text.charCodeAt(a - 1))) a--;
  return end - a;
}

function digitsAfter(text: string, start: number): number {
  let b = start;
  while (b < text.length && isDigitCode(text.charCodeAt(b))) b++;
  return b - start;
}

/** A line the block marks as one of a register's entries: never a wrap, whatever the whole text's margin. */
const NEVER = 2;

/** Where the first `，` or `：` of a line stands, when within its first REGISTER_COLUMN characters; -1 otherwise. */
const REGISTER_COLUMN = 6;
const REGISTER_ENTRY = /\s*[\u4e00-\u9fff]{2,4}[，,][男女][，,]/y;

function fieldColumn(text: string, start: number, end: number): number {
  for (let i = start; i < Math.min(end, start + REGISTER_COLUMN + 1); i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a) return i - start;
  }
  return -1;
}

/**
 * Are lines [from, to) the entries of a register rather than a wrapped paragraph? Most of them open with a field
 * closed at one column (a name and its comma or colon), or one opens as a person's entry does (`X，男，`).
 */
function isRegister(text: string, lines: Lines, from: number, to: number): boolean {
  const counts = new Uint8Array(REGISTER_COLUMN + 1);
  let best = 0;
  for (let t = from; t < to; t++) {
    REGISTER_ENTRY.lastIndex = lines.start[t];
    if (REGISTER_ENTRY.test(text)) return true;
    const col = fieldColumn(text, lines.start[t], lines.end[t]);
    if (col > 0) best = Math.max(best, ++counts[col]);
  }
  return best >= MIN_LINES && 3 * best >= 2 * (to - from);
}

/** Is line `t + 1` clearly shorter than line `t`: the paragraph's last line, if the break is a wrap? */
function opensShortLast(lines: Lines, t: number): boolean {
  const c = lines.end[t] - lines.start[t];
  return lines.end[t + 1] - lines.start[t + 1] < c - TOLERANCE && lines.width[t + 1] < lines.width[t] - 2 * TOLERANCE;
}

/**
 * Can line `t` end the paragraph a wrap ran into? It ends a sentence and is prose: a short line without one is a
 * heading or a table's header row (`明年工作安排`, `姓名　性别　出生年月`), not the tail of the line before.
 */
function endsParagraph(text: string, lines: Lines, t: number): boolean {
  return lines.layout[t] === PROSE && SENTENCE_END.test(text.slice(lines.start[t], lines.end[t]));
}

/** A band of line lengths, in characters or in half glyphs. */
interface Band {
  min: number;
  max: number;
}

/** The band no wider than `tolerance` that holds most of `values` (small non-negative integers), and how many. */
function commonBand(values: readonly number[], tolerance: number): Band & { count: number } {
  let top = 0;
  for (const v of values) top = Math.max(top, v);
  const counts = new Uint32Array(top + 1);
  for (const v of values) counts[v]++;
  let best = { min: 0, max: -1, count: 0 };
  let inBand = 0;
  for (let v = 0; v <= top; v++) {
    inBand += counts[v] - (v - tolerance - 1 >= 0 ? counts[v - tolerance - 1] : 0);
    if (inBand > best.count) best = { min: Math.max(0, v - tolerance), max: v, count: inBand };
  }
  return best;
}

/**
 * The breaks to remove, as [from, to) ranges of `text`, ascending: every break that can be a wrap (`canWrap`) after
 * a full line that ends at a margin the text shows. A margin shows in a block (at least MIN_LINES consecutive prose
 * lines, all but the last of nearly one length or width, the last no longer) and reaches that block's lines; or in
 * the whole text, when at least MIN_LINES and half of its full lines have one length (or width), and reaches all
 * its lines there (a two-line paragraph among wrapped ones). Lines longer than MAX_WIDTH cost one comparison, so
 * text of paragraphs on one line each is passed over at the speed of `indexOf`.
 */
function wrapBreaks(text: string): [number, number][] {
  const lines = linesOf(text);
  const n = lines.start.length;
  const len = (i: number): number => lines.end[i] - lines.start[i];
  const width = (i: number): number => lines.width[i];
  const wraps = new Uint8Array(n);
  const full: number[] = [];
  for (let t = 0; t < n; t++) if (isFull(lines, t)) full.push(t);
  if (full.length < 2) return [];
  // Blocks.
  for (let i = 0; i < n; ) {
    if (!isFull(lines, i) || !isProse(lines, i)) {
      i++;
      continue;
    }
    let minC = len(i);
    let maxC = minC;
    let minW = width(i);
    let maxW = minW;
    let j = i + 1;
    for (; j < n && isFull(lines, j) && isProse(lines, j); j++) {
      const c = len(j);
      const w = width(j);
      if (Math.max(maxC, c) - Math.min(minC, c) > TOLERANCE && Math.max(maxW, w) - Math.min(minW, w) > 2 * TOLERANCE) break;
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
      minW = Math.min(minW, w);
      maxW = Math.max(maxW, w);
    }
    const last = j < n && len(j) > 0 && len(j) <= maxC + TOLERANCE && lines.layout[j] !== COLUMNS;
    if (j - i + (last ? 1 : 0) >= MIN_LINES) {
      // A register (`张建国，男，1965年3月出生…` a line) is as even as a margin: its lines are its entries.
      const mark = isRegister(text, lines, i, j) ? NEVER : 1;
      for (let t = i; t < (last ? j : j - 1); t++) wraps[t] = mark;
    }
    i = j;
  }
  // The whole text's margin.
  // Shown by prose lines only: rows of fields are as long as their cells make them.
  const prose = full.filter((t) => isProse(lines, t));
  const chars = commonBand(prose.map(len), TOLERANCE);
  const widths = commonBand(prose.map(width), 2 * TOLERANCE);
  const held = (b: { count: number }): boolean => b.count >= MIN_LINES && 2 * b.count >= prose.length;
  if (held(chars) || held(widths)) {
    // It reaches every full line, not only prose: a row of fields or a line of digits is cut at the same margin
    // (`…公民身份号码430726…\n033，`), though it cannot show one.
    for (const t of full) {
      if (t + 1 >= n || wraps[t] !== 0) continue;
      const c = len(t);
      const w = width(t);
      if ((held(chars) && c >= chars.min && c <= chars.max) || (held(widths) && w >= widths.min && w <= widths.max)) wraps[t] = 1;
    }
  }
  const breaks: [number, number][] = [];
  for (let t = 0; t + 1 < n; t++) {
    if (wraps[t] !== 1 || !canWrap(text, lines, t)) continue;
    if (opensShortLast(lines, t) && !endsParagraph(text, lines, t + 1)) continue;
    breaks.push(breakAfter(text, lines, t));
  }
  return breaks;
}

/**
 * The characters removed with the break after line `t`: the break and the spaces (and CR) before it, but one space
 * between two words when the line had one.
 */
function breakAfter(text: string, lines: Lines, t: number): [number, number] {
  const end = lines.end[t];
  const next = lines.start[t + 1];
  const keep = isSpaceCode(text.charCodeAt(end)) && isAlnumCode(text.charCodeAt(end - 1)) && isAlnumCode(text.charCodeAt(next)) && !isDigitCode(text.charCodeAt(end - 1)) ? 1 : 0;
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

/**
 * Stretches of the joined text `radius` characters either side of each removed break, overlapping ones merged:
 * where a pass that reads only short spans (marks, sensitive words) can find something a wrap cut, without
 * reading the whole text again.
 */
export function aroundWraps(u: Unwrapped, radius: number): [number, number][] {
  const out: [number, number][] = [];
  for (const a of u.at) {
    const start = Math.max(0, a - radius);
    const end = Math.min(u.text.length, a + radius);
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}
