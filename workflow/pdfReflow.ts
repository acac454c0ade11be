/*
 * A PDF's page text with its soft wraps joined, for the personal-data detector. A PDF draws a paragraph one
 * visual line at a time, so read line by line a name or an address the right margin cut in two reaches the
 * detector as two halves (`当事人王建` / `华于…`). A line break is a soft wrap, and is dropped, when the line runs
 * to the text block's right edge (within one glyph of where the page's lines usually end) and the next line goes
 * on with the same block: not more indented, same font size, the page's usual line spacing. A break stays when
 * either line is laid out in columns (a table row), the line ends a sentence or a clause (。！？：；) or the next
 * one opens a list item (一、（一）1． ① 第X条). A paragraph split by a page break is joined under the same
 * rules, with the page numbers and running heads between its halves moved after it, not dropped.
 */
import { LIST_ITEM, SENTENCE_END } from '../text/wrapRules.js';

/** One text item of a page as pdfjs places it: baseline origin, advance width and font size, in points. */
export interface PdfRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdfjs's end-of-line flag: the producer ended the line after this item. */
  eol?: boolean;
}

export interface PdfPageRuns {
  runs: PdfRun[];
  /** Page width in points (the crop box), for the right margin when too few lines show it. */
  width: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Items on the line stand apart like a table's cells or a layout's columns. */
  columns: boolean;
  /** A page number or running head at the top or bottom of the page. */
  furniture: boolean;
}

interface PageShape {
  lines: Line[];
  /** Where the block's full lines end; null when nothing on the page shows it. */
  end: number | null;
  left: number;
  /** The usual distance between consecutive body lines; null when there are too few. */
  spacing: number | null;
}

/** A gap wider than this many glyphs between items on one line is a column gap, not a word space. */
const COLUMN_GAP = 1.5;
const PAGE_NUMBER = /^[\s\-—–－·•]*(?:第\s*)?[\d一二三四五六七八九十]+\s*页?(?:\s*[/／共]\s*\d+\s*页?)?[\s\-—–－·•]*$/u;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/** Glyphs top to bottom, those within half a line height of a row's first one sharing it, each row left to right. */
export function rowsOf<T extends { x: number; y: number; size: number }>(placed: readonly T[]): T[][] {
  const sorted = [...placed].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: T[][] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) < Math.max(row[0].size, p.size) / 2) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/** The runs in the order given, a new line where the producer ended one or the baseline moves. */
function streamRows(runs: readonly PdfRun[]): PdfRun[][] {
  const rows: PdfRun[][] = [];
  let row: PdfRun[] = [];
  let first: PdfRun | null = null;
  const end = (): void => {
    rows.push(row);
    row = [];
    first = null;
  };
  for (const r of runs) {
    const ink = r.str.trim() !== '';
    if (first && ink && Math.abs(first.y - r.y) >= Math.max(first.size, r.size) / 2) end();
    row.push(r);
    if (ink) first ??= r;
    if (r.eol) end();
  }
  if (row.length) rows.push(row);
  return rows;
}

function lineOf(row: readonly PdfRun[]): Line | null {
  const ink = row.filter((r) => r.str.trim() !== '');
  if (ink.length === 0) return null;
  const size = Math.max(...ink.map((r) => r.size));
  const byX = [...ink].sort((a, b) => a.x - b.x);
  const columns = byX.some((r, i) => i > 0 && r.x - (byX[i - 1].x + byX[i - 1].width) > COLUMN_GAP * size);
  return { text: columns ? cellText(row, size) : row.map((r) => r.str).join(''), left: byX[0].x, right: Math.max(...ink.map((r) => r.x + r.width)), y: ink[0].y, size, columns, furniture: false };
}

/**
 * A row laid out in columns with a tab between cells: pdfjs fills a column gap with one space, which the detector
 * cannot tell from a word space, and a table reader knows a tab-separated row (review/pii/cells.ts).
 */
function cellText(row: readonly PdfRun[], size: number): string {
  let text = '';
  let gap = '';
  let previous: PdfRun | null = null;
  for (const r of row) {
    if (r.str.trim() === '') {
      gap += r.width > COLUMN_GAP * size ? '\t' : r.str;
      continue;
    }
    if (previous && r.x - (previous.x + previous.width) > COLUMN_GAP * size) gap = '\t';
    text += (gap.includes('\t') ? '\t' : gap) + r.str;
    gap = '';
    previous = r;
  }
  return text;
}

/** The largest value at least two of `values` come within `tolerance` of, or null. Sorted once: a page may hold thousands of lines. */
function shared(values: readonly number[], tolerance: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  let best: number | null = null;
  let lo = 0;
  let hi = 0;
  sorted.forEach((v) => {
    while (sorted[lo] < v - tolerance) lo++;
    while (hi + 1 < sorted.length && sorted[hi + 1] <= v + tolerance) hi++;
    if (hi - lo + 1 >= 2) best = v;
  });
  return best;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function shapeOf(lines: Line[], width: number): PageShape {
  const body = lines.filter((l) => !l.columns && !l.furniture);
  const glyph = median(body.map((l) => l.size)) ?? 12;
  // The block's left edge: body lines start there, first lines are indented from it.
  const left = Math.min(...body.map((l) => l.left));
  // With one full line on the page, margins are taken as even: the right one mirrors the left.
  const end = shared(body.map((l) => l.right), glyph / 2) ?? (width > 0 && body.length ? width - left : null);
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const gap = body[i - 1].y - body[i].y;
    if (gap > body[i].size / 2 && Math.abs(body[i - 1].size - body[i].size) <= 0.15 * body[i].size) gaps.push(gap);
  }
  return { lines, end, left, spacing: median(gaps) };
}

/** Marks each page's page numbers, and the lines repeated at the top or bottom of several pages (running heads). */
function markFurniture(pages: Line[][]): void {
  const edges = pages.map((lines) => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    return new Set([...byY.slice(0, 2), ...byY.slice(-2)]);
  });
  const key = (l: Line): string => l.text.replace(/\s+/g, '').replace(/\d+/g, '#');
  const pagesWith = new Map<string, number>();
  for (const edge of edges) for (const k of new Set([...edge].map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  edges.forEach((edge) => {
    for (const l of edge) if (PAGE_NUMBER.test(l.text) || (pages.length > 1 && (pagesWith.get(key(l)) ?? 0) >= 2)) l.furniture = true;
  });
}

function softWrap(cur: Line, from: PageShape, next: Line, to: PageShape, samePage: boolean): boolean {
  if (cur.columns || next.columns || from.end === null) return false;
  if (Math.abs(cur.size - next.size) > 0.15 * cur.size) return false;
  // Within a glyph of the usual end, either side: a wrapped line never runs past the margin, a wide table row may.
  if (Math.abs(cur.right - from.end) > cur.size) return false;
  if (SENTENCE_END.test(cur.text) || LIST_ITEM.test(next.text)) return false;
  const tolerance = cur.size / 2;
  if (next.left > cur.left + tolerance || next.left < to.left - tolerance) return false;
  if (!samePage) return true;
  const gap = cur.y - next.y;
  return gap >= 0.8 * cur.size && gap <= 2.5 * cur.size && (from.spacing === null || gap <= from.spacing * 1.3 + 0.5);
}

function reflow(pages: Line[][], widths: readonly number[]): string {
  markFurniture(pages);
  const shapes = pages.map((lines, i) => shapeOf(lines, widths[i]));
  const out: string[] = [];
  // The open paragraph's lines, trimmed where they were joined (an array: a page of thousands of wrapped lines
  // would otherwise copy the growing string at every join).
  let paragraph: string[] | null = null;
  let last: { line: Line; shape: PageShape } | null = null;
  let moved: string[] = [];
  const close = (): void => {
    if (paragraph !== null) out.push(paragraph.join(''), ...moved);
    paragraph = null;
    moved = [];
  };
  shapes.forEach((shape) => {
    let samePage = false;
    for (const line of shape.lines) {
      if (line.furniture) {
        if (paragraph === null) out.push(line.text);
        else moved.push(line.text);
        continue;
      }
      if (paragraph !== null && last && softWrap(last.line, last.shape, line, shape, samePage)) {
        const head = (paragraph[paragraph.length - 1] = paragraph[paragraph.length - 1].trimEnd());
        const tail = line.text.trimStart();
        paragraph.push((LATIN_END.test(head) && LATIN_START.test(tail) ? ' ' : '') + tail);
      } else {
        close();
        paragraph = [line.text];
      }
      last = { line, shape };
      samePage = true;
    }
  });
  close();
  return out.join('\n');
}

/** The pages in reading order — rows top to bottom, items left to right — with soft wraps joined. */
export function reflowReadingOrder(pages: readonly PdfPageRuns[]): string {
  return reflow(pages.map((p) => rowsOf(p.runs.filter((r) => r.str !== '')).map(lineOf).filter((l): l is Line => l !== null)), pages.map((p) => p.width));
}

/** The pages in content-stream order (what copy and paste gives) with soft wraps joined. */
export function reflowStreamOrder(pages: readonly PdfPageRuns[]): string {
  return reflow(pages.map((p) => streamRows(p.runs).map(lineOf).filter((l): l is Line => l !== null)), pages.map((p) => p.width));
}
