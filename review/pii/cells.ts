/**
 * A table's line split into its cells, the one splitter of the table readers: a line is a row by its separator (bars,
 * tabs, runs of two or more spaces or a full-width space, or single spaces on a short line), bars and tabs keep the
 * empty cells that hold a row's width, and a two-character name padded to a column's width (王　芳) stays one cell.
 */
import * as chars from './chars.js';

/** Cells read on a line at most: a longer line is no row. */
export const MAX_CELLS = 16;

export interface Cell {
  start: number;
  end: number;
}

const BAR = 1;
const TAB = 2;
const SPACES = 3;
const SINGLE = 4;
export const MAX_SINGLE_LINE = 80;

/** A CRLF line's CR trims off its last cell like a blank. */
function isBlank(c: number): boolean {
  return c === 0x0d || chars.isBlankCode(c);
}

function isBar(c: number): boolean {
  return c === 0x7c || c === 0xff5c;
}

function firstNonBlank(text: string, s: number, e: number): number {
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  return s;
}

function lastNonBlank(text: string, s: number, e: number): number {
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return e - 1;
}

/** The separator the unit at `i` begins: a bar, a tab, a run of spaces (a full-width one, or two ASCII), a single space, or 0. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isBar(c)) return BAR;
  if (c === 0x09) return TAB;
  if (c === 0x3000 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) return SPACES;
  return c === 0x20 ? SINGLE : 0;
}

/**
 * Whether a line (or a whole text) holds a separator that makes a row at any length (a bar, a tab, a run of spaces),
 * indentation included: a line without one is prose, or at most a short row split by single spaces.
 */
export function hasSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const kind = separatorAt(text, i);
    if (kind !== 0 && kind !== SINGLE) return true;
  }
  return false;
}

/** The kind of separator a line uses, or 0 for none (prose, or a line only indented). */
export function lineKind(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && isBlank(text.charCodeAt(p))) p++;
  let tab = false;
  let spaced = false;
  let single = 0;
  for (let i = p; i < e; i++) {
    const kind = separatorAt(text, i);
    if (kind === BAR) return BAR;
    if (kind === TAB) tab = true;
    else if (kind === SPACES) spaced = true;
    else if (kind === SINGLE) single++;
  }
  // `1 茆永康 男 65`: a short line of words set apart by single spaces is a row too (the older aid lists print so).
  return tab ? TAB : spaced ? SPACES : single >= 2 && e - p <= MAX_SINGLE_LINE ? SINGLE : 0;
}

/** The cells of a line of `kind`, trimmed; bars and tabs keep empty cells, space runs have none. */
export function splitLine(text: string, s: number, e: number, kind: number): Cell[] {
  const cells: Cell[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
  };
  if (kind === SPACES || kind === SINGLE) {
    let p = s;
    while (p < e) {
      while (p < e && isBlank(text.charCodeAt(p))) p++;
      if (p >= e) break;
      let q = p;
      // A cell runs to a full-width space or a tab, or to two ASCII spaces (one space may stand inside a cell).
      while (q < e) {
        const c = text.charCodeAt(q);
        if (c === 0x3000 || c === 0x09 || (c === 0x20 && (kind === SINGLE || text.charCodeAt(q + 1) === 0x20))) break;
        q++;
      }
      // 王　芳: a two-character name padded by one full-width space to a column's width is one cell, not two.
      const last = cells[cells.length - 1];
      if (q - p === 1 && last !== undefined && last.end - last.start === 1 && last.end === p - 1 && text.charCodeAt(p - 1) === 0x3000 && chars.isHanCode(text.charCodeAt(p)) && chars.isHanCode(text.charCodeAt(last.start))) {
        // A merged cell is three units wide, so it is never merged again.
        last.end = q;
      } else push(p, q);
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
  // `| a | b |`: bars framing the row cut no cell; `1 | X | ` keeps its empty last cell, so the row keeps its width.
  if (kind === BAR && cells.length > 0 && cells[0].start === cells[0].end && isBar(text.charCodeAt(firstNonBlank(text, s, e)))) cells.shift();
  if (kind === BAR && cells.length > 0 && cells[cells.length - 1].start === cells[cells.length - 1].end && isBar(text.charCodeAt(lastNonBlank(text, s, e)))) cells.pop();
  if (kind === TAB && cells.length > 0 && cells[0].start === cells[0].end) cells.shift();
  return cells;
}


/** The cells of `line` (offsets into it), one cell for a line no separator splits. */
export function lineCells(line: string): Cell[] {
  const kind = lineKind(line, 0, line.length);
  if (kind !== 0) return splitLine(line, 0, line.length, kind);
  const s = firstNonBlank(line, 0, line.length);
  const e = lastNonBlank(line, s, line.length) + 1;
  return s < e ? [{ start: s, end: e }] : [];
}
