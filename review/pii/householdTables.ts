/**
 * Lists of farms and households (养殖场（户）名称, 经营主体（户）名称, 种植户名称): a 户 column names either a body
 * (…有限公司, …专业合作社) or a household by its head, whose bare name fills the cell. Such a row is a private
 * person's, and the place the row gives down to a village's group and door (…村十组26号) is the household's home,
 * where its farm is kept; a body's row keeps its place a site. Only lines holding 名称 and separators are split, and
 * the rows under a heading are read once each.
 */
import { lineEnd, lineStartWithin } from './address.js';
import { isHanCode } from './chars.js';
import { lineCells } from './cells.js';
import type { Span } from './email.js';
import { placeRunEndingAt } from './grammar.js';
import { isAddressHeading, unspaced } from './headings.js';

const MAX_HEADING = 12;
/** A table's heading row is short: a longer line is prose, and skipping it whole keeps a long paragraph linear. */
const MAX_LINE = 400;
/** An account's or a portal's 户 (账户名称, 门户名称) names no household. */
const NOT_HOUSEHOLD = ['账户', '门户', '客户', '用户'];

/** A heading of a 户 column (养殖场（户）名称, 种植户名称): a farm's or a household's name. */
export function isHouseholdNameHeading(cell: string): boolean {
  const h = unspaced(cell);
  return h.length <= MAX_HEADING && h.endsWith('名称') && h.includes('户') && !NOT_HOUSEHOLD.some((w) => h.includes(w));
}

/** A cell that is a bare personal name: two to four Han characters, which no body's name is. */
export function isBareNameCell(value: string): boolean {
  if (value.length < 2 || value.length > 4) return false;
  for (let i = 0; i < value.length; i++) if (!isHanCode(value.charCodeAt(i))) return false;
  return true;
}

/** True when the name at [start, end) fills its cell: a separator or a line's edge on both sides. */
export function fillsCell(text: string, start: number, end: number): boolean {
  const edge = (ch: string | undefined): boolean => ch === undefined || ch === '\t' || ch === '\n' || ch === '\r' || ch === '|' || ch === '｜' || ch === ' ' || ch === '\u3000';
  return edge(text[start - 1]) && edge(text[end]);
}

/** Homes of households in the address columns of a 户 list: rows whose 户 cell is a bare name, places down to a door. */
export function householdTableAddresses(text: string, out: Span[]): void {
  for (let at = text.indexOf('名称'); at >= 0; at = text.indexOf('名称', at + 2)) {
    const lineStart = lineStartWithin(text, at, MAX_LINE);
    const stop = lineEnd(text, at);
    // Every skip moves past the whole line (at + 2 then opens the next one), so each line is read once.
    const skip = stop - 1;
    if (lineStart < 0 || stop - lineStart > MAX_LINE) {
      at = skip;
      continue;
    }
    const line = text.slice(lineStart, stop);
    const cells = lineCells(line);
    if (cells.length < 3) {
      at = skip;
      continue;
    }
    const heads = cells.map((c) => unspaced(line.slice(c.start, c.end)));
    const nameColumn = heads.findIndex(isHouseholdNameHeading);
    // A household's farm site (养殖地点) is read like its address: only a bare name's row, down to a door, counts.
    const placeColumns = heads.flatMap((h, k) => (isAddressHeading(h) || h.endsWith('地点') ? [k] : []));
    if (nameColumn < 0 || placeColumns.length === 0) {
      at = skip;
      continue;
    }
    let rowStart = stop + 1;
    while (rowStart < text.length) {
      const rowEnd = lineEnd(text, rowStart);
      const row = text.slice(rowStart, rowEnd);
      const rowCells = lineCells(row);
      if (rowCells.length !== cells.length) break;
      const who = rowCells[nameColumn];
      if (isBareNameCell(row.slice(who.start, who.end))) {
        for (const k of placeColumns) {
          const c = rowCells[k];
          const start = rowStart + c.start;
          const end = rowStart + c.end;
          const run = placeRunEndingAt(text, end);
          if (run && run.start === start && run.village && run.door && !out.some((s) => s.start === start)) out.push({ start, end });
        }
      }
      rowStart = rowEnd + 1;
    }
    at = Math.max(at, rowStart - 2);
  }
}
