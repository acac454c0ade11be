/**
 * person_name in a table column headed by a person (序号 姓名 性别 金额 / 被征收人 房屋坐落 …): every cell
 * under the heading is a name candidate, judged by a lower bar than prose since the table says what the
 * cell holds (南金财 in a 被征收人 column scores too low to count in running text). Anchored on a role label
 * the role pass already found standing as a heading cell; reads only the rows that keep the heading's width.
 */
import * as chars from './chars.js';
import { cellsOf, emptyCellsClose, lineEnd } from './address.js';
import { ORGANISATION_SUFFIXES } from './bodies.js';
import { TRANSLITERATED_NAME_PARTS } from './lexicon.js';
import { isCommonWord, nameScore, surnameAt, surnameWeight } from './model/index.js';
import { headedWordName } from './wordNames.js';
import { yiName } from './yi.js';
import { tibetanName } from './model/tibetan.js';
import { daiName } from './model/dai.js';
import { wordSurnameName } from './wordSurnames.js';
import { isPersonHeading } from './headings.js';

const isHanCode = chars.isHanCode;

export interface ColumnName {
  start: number;
  end: number;
  surname: string;
  /** The heading of a sibling person column the name stands under, or null in the column of the label that was read. */
  heading: string | null;
}

/** Other headings of a list of people: one of them beside the person's heading makes the line a table's head. */
const COLUMN_WORDS = new Set([
  '序号', '编号', '性别', '年龄', '民族', '出生年月', '出生日期', '身份证号', '身份证号码', '公民身份号码', '住址', '家庭住址', '所在村', '村组',
  '村民小组', '所在组', '所在嘎查', '家庭人口', '人口', '保障人数', '人数', '备注', '金额', '职务', '单位', '工作单位', '类别', '事由', '原因',
  '救助原因', '房屋坐落', '坐落', '面积', '联系电话', '学历', '籍贯', '政治面貌', '奖项', '荣誉称号', '关系', '与户主关系',
]);
const HEADING_SUFFIXES = ['金额', '面积', '人数', '时间', '日期', '号码', '地址', '住址', '原因', '类别', '标准', '（元）', '(元)', '（亩）', '(亩)'];
/** What a publisher masks a name with (王**, 刘某某, 张×): a masked cell names nobody to find. */
export const MASKS: ReadonlySet<string> = new Set('某*＊×Ｘ○〇'.split(''));
const NAME_DOTS = new Set(['·', '•', '・', '．']);
/** Every character the transliteration parts use (巴, 图, 雅 …). */
export const TRANSLIT_CHARS: ReadonlySet<string> = new Set(TRANSLITERATED_NAME_PARTS.join('').split(''));
/** How name-like a cell must read on its characters; the table itself says it holds a name. */
const COLUMN_MIN_SCORE = 0;
const MAX_ROWS = 500;
const MAX_HEAD = 160;
/** What the model takes off a run that is an ordinary word (model/index.ts nameScore). */
export const WORD_PENALTY = 8;

function isHeading(cell: string): boolean {
  return COLUMN_WORDS.has(cell) || HEADING_SUFFIXES.some((s) => cell.endsWith(s));
}

/**
 * A cell that reads as a person's name: a surname and one or two given characters, or a transliteration.
 * `allowWord`: the cell may also be an ordinary word (宫中, 高峰), when names stand on both sides of it.
 */
export function cellName(cell: string, allowWord = false, minScore = COLUMN_MIN_SCORE): { surname: string } | null {
  if (cell.length < 2 || cell.length > 10) return null;
  for (const c of cell) if (MASKS.has(c)) return null;
  if ([...cell].some((c) => NAME_DOTS.has(c))) {
    const parts = cell.split(/[·•・．]/);
    return parts.every((x) => x.length >= 1 && [...x].every((c) => isHanCode(c.charCodeAt(0)))) ? { surname: '' } : null;
  }
  if (![...cell].every((c) => isHanCode(c.charCodeAt(0)))) return null;
  if (ORGANISATION_SUFFIXES.some((s) => cell.endsWith(s)) || (!allowWord && isCommonWord(cell))) return null;
  const surname = surnameAt(cell, 0);
  // Between two names the word's own penalty in the model does not apply either.
  const wordPenalty = allowWord && isCommonWord(cell) ? WORD_PENALTY : 0;
  if (surname && cell.length - surname.length >= 1 && cell.length - surname.length <= 2 && nameScore(cell, surname) + wordPenalty >= minScore) return { surname };
  if (cell.length <= 8 && [...cell].every((c) => TRANSLIT_CHARS.has(c))) return { surname: '' };
  if (yiName(cell) || tibetanName(cell) || daiName(cell)) return { surname: '' };
  return null;
}

/**
 * Under a person's heading a three-character cell with a common surname is a name even when a given character
 * is one prose never trusts (谢万山: 万 opens 万元, 万一 in running text); the column says what the cell holds.
 * An ordinary word (合计, 以下空白) or one glued to the surname (高峰区) is still no name.
 */
const HEADED_SURNAME_WEIGHT = 2;

export function headedName(cell: string): { surname: string } | null {
  if (cell.length !== 3 || ![...cell].every((c) => isHanCode(c.charCodeAt(0)) && !MASKS.has(c))) return null;
  const surname = surnameAt(cell, 0);
  if (surname.length !== 1 || surnameWeight(surname) < HEADED_SURNAME_WEIGHT) return null;
  if (isCommonWord(cell) || isCommonWord(cell.slice(0, 2)) || ORGANISATION_SUFFIXES.some((s) => cell.endsWith(s))) return null;
  return { surname };
}

/**
 * The names under the heading cell that holds `at` (a role label's start), or null when the line is no
 * table head. `end` is where the table stops, so the caller's scan can resume there.
 */
export function namesInColumn(text: string, at: number, labelEnd: number): { names: ColumnName[]; end: number } | null {
  // A table's head is a short line: looking no further than MAX_HEAD either way keeps a label inside a long
  // paragraph (申请人 王五 …, many times on one line) from costing the whole line each time.
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') if (at - --lineStart > MAX_HEAD) return null;
  let nl = labelEnd;
  while (nl < text.length && text[nl] !== '\n') if (++nl - labelEnd > MAX_HEAD) return null;
  const line = text.slice(lineStart, nl);
  const cells = cellsOf(line);
  if (cells.length < 3) return null;
  const column = cells.findIndex((c) => c.start <= at - lineStart && c.end >= labelEnd - lineStart);
  if (column < 0 || cells[column].end - cells[column].start > 6) return null;
  if (!cells.some((c, k) => k !== column && isHeading(line.slice(c.start, c.end)))) return null;
  // The other person columns of the same head (母亲姓名 and 父亲姓名 beside 新生儿姓名): the scan resumes past the
  // table, so their labels would never be reached on their own.
  const columns = [column, ...cells.flatMap((c, k) => (k !== column && isPersonHeading(line.slice(c.start, c.end)) ? [k] : []))];
  const headings = cells.map((c) => line.slice(c.start, c.end));
  const names: ColumnName[] = [];
  let rowStart = nl + 1;
  for (let rows = 0; rowStart < text.length && rows < MAX_ROWS; rows++) {
    nl = lineEnd(text, rowStart);
    const row = text.slice(rowStart, nl);
    const rowCells = cellsOf(row);
    if (rowCells.length !== cells.length && !(rowCells.length > column && rowCells.length < cells.length && emptyCellsClose(row))) break;
    for (const k of columns) {
      if (k >= rowCells.length) continue;
      const c = rowCells[k];
      const cell = row.slice(c.start, c.end);
      const parsed = cellName(cell) ?? headedName(cell) ?? headedWordName(cell) ?? wordSurnameName(cell);
      if (parsed) names.push({ start: rowStart + c.start, end: rowStart + c.end, surname: parsed.surname, heading: k === column ? null : headings[k] });
    }
    rowStart = nl + 1;
  }
  return { names, end: Math.min(text.length, rowStart) };
}

/** True when a label may end a table cell: a tab, a bar or a space follows it, or the line ends. */
export function endsCell(text: string, p: number): boolean {
  // A table read per code unit: the role pass asks this after every 人, and `text[p]` made a string each time.
  return p >= text.length || CELL_ENDS[text.charCodeAt(p)] === 1;
}
const CELL_ENDS = new Uint8Array(0x10000);
for (const c of ['\t', '|', '｜', '\u3000', ' ', '\n', '\r']) CELL_ENDS[c.charCodeAt(0)] = 1;
