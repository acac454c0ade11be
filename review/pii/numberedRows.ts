/**
 * A numbered list read as a table's column (一、退休人员X，男，… / 1.畜主X，养殖地点：… / （3）X，女，…): the first clause of
 * each numbered line is a cell, a role noun the rows share (退休人员, 畜主) before the name. When at least two lines and half
 * of them end that clause, after the same noun, in a name the model reads (tableNames.ts's bar), every line with that
 * noun is read by the weaker bar too. Bounded: one look at each line's start, a clause of at most MAX_CLAUSE characters.
 */
import { isHanCode } from './chars.js';
import { ANY_DIGIT, has } from './present.js';
import { isNotPersonHeading } from './headings.js';
import { ORGANISATION_SUFFIXES } from './bodies.js';
import { surnameAt } from './model/index.js';
import { isStaffHeading } from './staffColumns.js';
import { strongName, weakName, type TableName } from './tableNames.js';

const ENUMERATOR = /[ \u3000\t]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[ \u3000]*/y;
const MAX_CLAUSE = 14;
const MAX_PREFIX = 8;
/** Numbered lines of one list stand at most this many lines apart (a continuation line between two records). */
const MAX_LINES_APART = 3;
const MIN_ROWS = 2;
const CLAUSE_ENDS = new Set(['，', ',', '（', '(', '：', ':', '；', '。']);

interface Row {
  start: number;
  clause: string;
}

/** The nouns a clause may open with before a name the strong bar reads (畜主|胡春妮, 退休人员|何鹏鹏); a compound surname too. */
function strongPrefixes(clause: string): string[] {
  const out: string[] = [];
  for (const length of [4, 3, 2]) {
    if (clause.length < length) continue;
    const name = clause.slice(clause.length - length);
    if (length === 4 && surnameAt(name, 0).length !== 2) continue;
    const prefix = clause.slice(0, clause.length - length);
    if (prefix.length <= MAX_PREFIX && strongName(name) && !isStaffHeading(prefix) && !isNotPersonHeading(prefix)) out.push(prefix);
  }
  return out;
}

/**
 * The noun most lines share before a strong name (at least two lines and half of them) says where each line's name
 * opens; a line with that noun is read by the strong bar or the weaker one (畜主|者玉梅 stays unread rather than 畜主者|玉梅).
 */
function readList(rows: Row[], out: TableName[]): void {
  const count = new Map<string, number>();
  for (const r of rows) for (const p of new Set(strongPrefixes(r.clause))) count.set(p, (count.get(p) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [p, n] of count) if (n > most || (n === most && p.length < best.length)) [best, most] = [p, n];
  if (most === 0) return;
  // A body's line (犬主…专业合作社) names no one either way.
  const people = rows.filter((r) => !ORGANISATION_SUFFIXES.some((x) => r.clause.endsWith(x)));
  const read = people.map((row) => {
    const rest = row.clause.startsWith(best) ? row.clause.slice(best.length) : '';
    return rest.length >= 2 && rest.length <= 4 ? (strongName(rest) ?? weakName(rest)) : null;
  });
  // Two strong names and half the lines, or one when every line shares a noun and reads as a name by the weaker bar.
  const shared = best !== '' && people.length >= 2 && read.every((x) => x !== null);
  if (!(most >= 2 && most * 2 >= people.length) && !shared) return;
  people.forEach((row, k) => {
    const parsed = read[k];
    if (parsed) out.push({ start: row.start + best.length, end: row.start + row.clause.length, surname: parsed.surname, heading: null });
  });
}

const NO_NAMES: readonly TableName[] = [];

/** A numeral that numbers a line without a digit (一、, （三）): with a digit, every enumerator needs one of these. */
const NUMERAL_ENUMERATOR = /[一二三四五六七八九十][、）)]/;

/** How an enumerator numbers (1. and 2、 alike, （3）, 四、, （五）): the same kind throughout one list. */
function enumeratorKind(enumerator: string): string {
  const e = enumerator.trim();
  const bracket = e[0] === '（' || e[0] === '(' ? '(' : '';
  return bracket + (/\d/.test(e) ? '1' : '一');
}

/** Names ending the first clause of the lines of every numbered list in `text`. `present`: the scan's classes (present.ts). */
export function numberedNames(text: string, present: number): readonly TableName[] {
  // A list has two lines at least, and each is numbered by a digit or a numeral: most short items hold neither.
  if (!text.includes('\n') || (!has(present, ANY_DIGIT) && !NUMERAL_ENUMERATOR.test(text))) return NO_NAMES;
  const out: TableName[] = [];
  let rows: Row[] = [];
  let line = 0;
  let lastLine = -MAX_LINES_APART - 1;
  let lastKind = '';
  const close = (): void => {
    if (rows.length >= MIN_ROWS) readList(rows, out);
    rows = [];
  };
  for (let s = 0; s < text.length; line++) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    ENUMERATOR.lastIndex = s;
    const m = ENUMERATOR.exec(text);
    if (m !== null && m[0].trim() !== '') {
      const p = s + m[0].length;
      let q = p;
      while (q < e && q - p <= MAX_CLAUSE && isHanCode(text.charCodeAt(q))) q++;
      if (q - p >= 2 && q - p <= MAX_CLAUSE && CLAUSE_ENDS.has(text[q])) {
        // 一、heading（4人） / 1. X，女，… / 2. …: a list numbers its items one way; a line numbered another way is a
        // heading above it or the next list, whose clauses would outvote the names.
        const kind = enumeratorKind(m[0]);
        if (line - lastLine > MAX_LINES_APART || kind !== lastKind) close();
        lastKind = kind;
        rows.push({ start: p, clause: text.slice(p, q) });
        lastLine = line;
      }
    }
    s = e + 1;
  }
  close();
  return out;
}
