/**
 * The heading of the table column a position stands in: a list printed with ` | `, tabs or aligned spaces names
 * what its numbers are once, in the head row (注册号, 许可证号, 户号), not beside each number. Read upwards from the
 * row over rows of the same width to the first whose cell in that column holds no digit. Called only for the rare
 * number that could be read as a person's, in position order: the block of rows already read up to its heading is
 * remembered, so a list of any length is read once, not once per row (a cap on the rows read would leave the
 * numbers low in a long list with no heading).
 */
import { isDigitCode } from './chars.js';
import { cellsOf, lineStartWithin } from './address.js';

/** The block last read: rows from `top` to `bottom` (line starts) of `text`, `width` cells wide, under `heading`. */
let known: { text: string; column: number; width: number; top: number; bottom: number; heading: string } | null = null;

/** A row's cells as cellsOf reads them. */
export type RowCell = { start: number; end: number };

/**
 * Walks up a table from the row starting at `ls`, over the lines above it of `width` cells (cellsOf), nearest first, at
 * most `maxRows` of them and none longer than `maxLine`: `visit` is given each line's start, text and cells and stops
 * the walk by returning true. Returns the start of the line the walk stopped at or of the topmost row it reached (`ls`
 * when the line above is no row of the table), and whether `visit` stopped it. The one walk the heading readers share
 * (columnHeadingAt for numbers, staffColumns.ts for names).
 */
export function walkRowsUp(text: string, ls: number, width: number, maxRows: number, maxLine: number, visit: (start: number, line: string, cells: RowCell[]) => boolean): { top: number; stopped: boolean } {
  let top = ls;
  for (let k = 0; k < maxRows && top > 0; k++) {
    const end = top - 1;
    // Bounded: a long paragraph above a table is no row, and must not be scanned once per row below it.
    const start = lineStartWithin(text, end, maxLine);
    if (start < 0) break;
    const line = text.slice(start, end);
    const cells = cellsOf(line);
    if (cells.length !== width) break;
    top = start;
    if (visit(start, line, cells)) return { top, stopped: true };
  }
  return { top, stopped: false };
}

/** No bound on a number's walk: the block it reads is remembered, so a long list is walked once. */
const ANY_ROWS = Number.MAX_SAFE_INTEGER;

export function columnHeadingAt(text: string, pos: number): string {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const row = text.slice(ls, nl < 0 ? text.length : nl);
  const cells = cellsOf(row);
  if (cells.length < 3) return '';
  const column = cells.findIndex((c) => ls + c.start <= pos && pos < ls + c.end);
  if (column < 0) return '';
  const block = known !== null && known.text === text && known.column === column && known.width === cells.length ? known : null;
  let heading = '';
  const walk = walkRowsUp(text, ls, cells.length, ANY_ROWS, ANY_ROWS, (start, line, above) => {
    if (block !== null && block.top <= start && start <= block.bottom) {
      block.bottom = ls;
      heading = block.heading;
      return true;
    }
    const cell = line.slice(above[column].start, above[column].end);
    for (let i = 0; i < cell.length; i++) if (isDigitCode(cell.charCodeAt(i))) return false;
    known = { text, column, width: cells.length, top: start + line.length + 1, bottom: ls, heading: cell };
    heading = cell;
    return true;
  });
  return walk.stopped ? heading : '';
}
