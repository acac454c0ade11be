/**
 * A table's person column known by what its cells hold, whatever its heading says (船主, 托管户, 选手, 受奖者 …) or
 * when it has no heading row at all: in a block of three or more lines split the same way (` | `, tabs, runs of two
 * or more spaces or full-width spaces), a column at least half of whose cells read as names by the model (a surname,
 * one or two given characters, a score over STRONG_SCORE, no word, place or body) holds people, unless its heading
 * names the body's staff, an office, a contact or a thing (staffColumns.ts, headings.ts). Every cell in it is then read
 * by a weaker bar: a rare surname, a word-like or numeral given name (孙八一), an unknown surname before a doubled or
 * name-like given pair (巨涛涛, 冒杏儿), `X（已故）`, `A、B`. Later mentions follow by propagation (names.ts).
 * Bounded: each line is read once and split only when it holds a separator; each cell is scored once.
 */
import * as chars from './chars.js';
import { cellName, headedName } from './columns.js';
import { isNotPersonHeading, isPersonHeading } from './headings.js';
import { ORGANISATION_SUFFIXES } from './lexicon.js';
import { givenScore, isCommonWord, nameScore, surnameAt } from './model/index.js';
import { isStaffHeading } from './staffColumns.js';
import { CELL_SEPARATOR_CHARS } from './address.js';
import { headedWordName } from './wordNames.js';
import { wordSurnameName } from './wordSurnames.js';
import { yiName } from './yi.js';

/** A table's separators; the class (address.ts, shared: it holds the ASCII space too) gates the native look-ups below. */
const SEPARATORS = ['|', '｜', '\t', '\u3000', '  '];

function mayHoldTable(text: string): boolean {
  for (const s of SEPARATORS) if (text.includes(s)) return true;
  return false;
}

export interface TableName {
  start: number;
  end: number;
  surname: string;
  /** The column's heading when it is a person's heading (the role the name keeps), else null. */
  heading: string | null;
}

const MAX_LINE = 300;
const MAX_CELLS = 16;
const MIN_ROWS = 3;
/** A cell must score this on its characters to count towards calling the column a person column. */
const STRONG_SCORE = 3;
/** Below this nameScore a reading holds a character that never stands in a given name (村, 局, 家 last …). */
const WEAK_FLOOR = -10;
/** What a given character of an unknown surname must score (the model's modern floor), or a doubled one. */
const NAME_LIKE_GIVEN = 3;
/** First characters of table cells that are no surname (小计, 合计, 本人, 其他, 共计, 以下空白 …). */
const NOT_SURNAME_FIRST = new Set('小老大本合总共另其全各每该某第无未已空附以备注户村组乡镇县区市省'.split(''));
const MASKS = new Set('某*＊×Ｘ○〇'.split(''));

interface Cell {
  start: number;
  end: number;
}

const BAR = 1;
const TAB = 2;
const SPACES = 3;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d || c === 0xa0;
}

/** The kind of separator a line uses, or 0 for none (prose, or a line only indented). */
function lineKind(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && isBlank(text.charCodeAt(p))) p++;
  let tab = false;
  let spaced = false;
  for (let i = p; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) return BAR;
    if (c === 0x09) tab = true;
    else if (c === 0x3000 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) spaced = true;
  }
  return tab ? TAB : spaced ? SPACES : 0;
}

/** The cells of a line of `kind`, trimmed; bars and tabs keep empty cells, space runs have none. */
function splitLine(text: string, s: number, e: number, kind: number): Cell[] {
  const cells: Cell[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
  };
  if (kind === SPACES) {
    let p = s;
    while (p < e) {
      while (p < e && isBlank(text.charCodeAt(p))) p++;
      if (p >= e) break;
      let q = p;
      // A cell runs to a full-width space or a tab, or to two ASCII spaces (one space may stand inside a cell).
      while (q < e) {
        const c = text.charCodeAt(q);
        if (c === 0x3000 || c === 0x09 || (c === 0x20 && text.charCodeAt(q + 1) === 0x20)) break;
        q++;
      }
      push(p, q);
      if (cells.length > MAX_CELLS) break;
      p = q;
    }
    return cells;
  }
  let a = s;
  for (let i = s; i <= e && cells.length <= MAX_CELLS; i++) {
    const c = i < e ? text.charCodeAt(i) : -1;
    const sep = c === -1 || (kind === BAR ? c === 0x7c || c === 0xff5c : c === 0x09);
    if (!sep) continue;
    push(a, i);
    a = i + 1;
  }
  // `| a | b |`: the bars at either end open and close the row, they cut no cell.
  if (cells.length > 0 && cells[0].start === cells[0].end) cells.shift();
  if (kind === BAR && cells.length > 0 && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop();
  return cells;
}

function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!chars.isHanCode(s.charCodeAt(i))) return false;
  return true;
}

/** The part of a cell before a note in brackets (孙八一（已故）, 冒丽丽（…组10号）). */
function namePart(cell: string): string {
  const b = cell.search(/[（(]/);
  return b > 0 ? cell.slice(0, b) : cell;
}

function plausible(m: string): boolean {
  if (m.length < 2 || m.length > 4 || !allHan(m)) return false;
  for (const c of m) if (MASKS.has(c)) return false;
  return !isCommonWord(m) && !ORGANISATION_SUFFIXES.some((x) => m.endsWith(x)) && !isPersonHeading(m) && !isNotPersonHeading(m);
}

/** A member that reads as a name by the model on its own: what makes a column a person column. */
function strongName(m: string): { surname: string } | null {
  if (!plausible(m)) return null;
  if (yiName(m)) return { surname: '' };
  const surname = surnameAt(m, 0);
  if (!surname || m.length - surname.length < 1 || m.length - surname.length > 2) return null;
  return nameScore(m, surname) >= STRONG_SCORE ? { surname } : null;
}

/** A member read in a column already known to hold people: the weaker readings the column carries. */
function weakName(m: string): { surname: string } | null {
  if (!plausible(m)) return null;
  const known = cellName(m) ?? headedName(m) ?? headedWordName(m) ?? wordSurnameName(m);
  if (known) return known;
  if (yiName(m)) return { surname: '' };
  const surname = surnameAt(m, 0);
  if (surname) {
    // 孙八一, 夹谷八一: a surname and given characters none of which is barred from a name (村, 局, a last 家 …).
    const given = m.length - surname.length;
    return given === 2 && nameScore(m, surname) >= WEAK_FLOOR ? { surname } : null;
  }
  // 巨涛涛, 冒杏儿, 綦亮亮: a surname the tables lack before a doubled or clearly name-like given pair.
  if (m.length !== 3 || NOT_SURNAME_FIRST.has(m[0]) || givenScore(m[0]) <= -20) return null;
  const a = givenScore(m[1]);
  const b = givenScore(m[2]);
  const doubled = m[1] === m[2] && a >= 0;
  return doubled || (a >= NAME_LIKE_GIVEN && b >= NAME_LIKE_GIVEN) ? { surname: m[0] } : null;
}

/** The members of a cell: one name, or several joined by 、 or ，. */
function members(cell: string): string[] {
  const part = namePart(cell);
  return part.includes('、') || part.includes('，') ? part.split(/[、，]/) : [part];
}

function hasDigit(text: string, c: Cell): boolean {
  for (let i = c.start; i < c.end; i++) if (chars.isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** The cells left of column `k` read together: a title spaced out to a label's width (審　判　長　X) makes the row staff. */
const MAX_LABEL = 8;
function labelledStaff(text: string, row: Cell[], k: number): boolean {
  if (k === 0) return false;
  let label = '';
  for (let j = 0; j < k; j++) {
    label += text.slice(row[j].start, row[j].end);
    if (label.length > MAX_LABEL) return false;
  }
  return allHan(label) && (isStaffHeading(label) || isNotPersonHeading(label));
}

function readBlock(text: string, rows: Cell[][], out: TableName[]): void {
  const width = rows[0].length;
  const cellText = (r: number, k: number): string => text.slice(rows[r][k].start, rows[r][k].end);
  // A head row names columns: no digit and no name in any of its cells.
  let head = true;
  for (let k = 0; k < width && head; k++) if (hasDigit(text, rows[0][k]) || members(cellText(0, k)).some((m) => strongName(m))) head = false;
  const first = head ? 1 : 0;
  if (rows.length - first < 2) return;
  for (let k = 0; k < width; k++) {
    const heading = head ? cellText(0, k) : '';
    if (heading !== '' && (isStaffHeading(heading) || isNotPersonHeading(heading))) continue;
    let strong = 0;
    for (let r = first; r < rows.length; r++) if (strongName(members(cellText(r, k))[0])) strong++;
    if (strong < 2 || strong * 2 < rows.length - first) continue;
    const role = heading !== '' && isPersonHeading(heading) ? heading : null;
    for (let r = first; r < rows.length; r++) {
      if (labelledStaff(text, rows[r], k)) continue;
      const cell = rows[r][k];
      const raw = text.slice(cell.start, cell.end);
      let offset = cell.start;
      for (const m of members(raw)) {
        const parsed = weakName(m);
        if (parsed) out.push({ start: offset, end: offset + m.length, surname: parsed.surname, heading: role });
        offset += m.length + 1;
      }
    }
  }
}

/** Names in the person columns of every table of `text`. `present`: the scan's classes (present.ts). */
export function namesInTables(text: string, present: number): TableName[] {
  const out: TableName[] = [];
  if ((present & CELL_SEPARATOR_CHARS) === 0 || !mayHoldTable(text)) return out;
  let block: Cell[][] = [];
  let blockKind = 0;
  const close = (): void => {
    if (block.length >= MIN_ROWS) readBlock(text, block, out);
    block = [];
    blockKind = 0;
  };
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const kind = e - s <= MAX_LINE ? lineKind(text, s, e) : 0;
    const cells = kind === 0 ? null : splitLine(text, s, e, kind);
    if (cells === null || cells.length < 2 || cells.length > MAX_CELLS) close();
    else {
      if (block.length > 0 && (kind !== blockKind || cells.length !== block[0].length)) close();
      block.push(cells);
      blockKind = kind;
    }
    s = e + 1;
  }
  close();
  return out;
}
