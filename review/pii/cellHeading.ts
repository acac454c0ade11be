/**
 * The heading of the table column a position stands in: a list printed with ` | `, tabs or aligned spaces names
 * what its numbers are once, in the head row (注册号, 许可证号, 户号), not beside each number. Read upwards from the
 * row over rows of the same width to the first whose cell in that column holds no digit. Called only for the rare
 * number that could be read as a person's, in position order: the block of rows already read up to its heading is
 * remembered, so a list of any length is read once, not once per row (a cap on the rows read would leave the
 * numbers low in a long list with no heading).
 */
import { isDigitCode } from './chars.js';
import { cellsOf } from './address.js';

/** The block last read: rows from `top` to `bottom` (line starts) of `text`, `width` cells wide, under `heading`. */
let known: { text: string; column: number; width: number; top: number; bottom: number; heading: string } | null = null;

export function columnHeadingAt(text: string, pos: number): string {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const row = text.slice(ls, nl < 0 ? text.length : nl);
  const cells = cellsOf(row);
  if (cells.length < 3) return '';
  const column = cells.findIndex((c) => ls + c.start <= pos && pos < ls + c.end);
  if (column < 0) return '';
  const block = known !== null && known.text === text && known.column === column && known.width === cells.length ? known : null;
  let end = ls - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (block !== null && block.top <= start && start <= block.bottom) {
      block.bottom = ls;
      return block.heading;
    }
    const line = text.slice(start, end);
    const above = cellsOf(line);
    if (above.length !== cells.length) return '';
    const cell = line.slice(above[column].start, above[column].end);
    let digit = false;
    for (let i = 0; i < cell.length && !digit; i++) digit = isDigitCode(cell.charCodeAt(i));
    if (!digit) {
      known = { text, column, width: cells.length, top: end + 1, bottom: ls, heading: cell };
      return cell;
    }
    end = start - 1;
  }
  return '';
}
