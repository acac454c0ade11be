/**
 * The heading of the table column a position stands in: a list printed with ` | `, tabs or aligned spaces names
 * what its numbers are once, in the head row (注册号, 许可证号, 户号), not beside each number. Read upwards from the
 * row over rows of the same width to the first whose cell in that column holds no digit. Bounded: at most
 * MAX_ROWS_UP rows and MAX_CHARS_UP characters; called only for the rare number that could be read as a person's.
 */
import { isDigitCode } from './chars.js';
import { cellsOf } from './address.js';

const MAX_ROWS_UP = 40;
const MAX_CHARS_UP = 4000;

export function columnHeadingAt(text: string, pos: number): string {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const row = text.slice(ls, nl < 0 ? text.length : nl);
  const cells = cellsOf(row);
  if (cells.length < 3) return '';
  const column = cells.findIndex((c) => ls + c.start <= pos && pos < ls + c.end);
  if (column < 0) return '';
  let end = ls - 1;
  for (let k = 0; k < MAX_ROWS_UP && end > 0 && ls - end < MAX_CHARS_UP; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const above = cellsOf(line);
    if (above.length !== cells.length) return '';
    const cell = line.slice(above[column].start, above[column].end);
    let digit = false;
    for (let i = 0; i < cell.length && !digit; i++) digit = isDigitCode(cell.charCodeAt(i));
    if (!digit) return cell;
    end = start - 1;
  }
  return '';
}
