/**
 * A table's person columns and the names in them. A column holds people by its heading (姓名, 户主, 学生姓名, or an
 * alternative of it: 户主/代领人, 失信主体名称（姓名）; 法定代表人（负责人）heads a company's representative, kept with that role
 * for the policy) or, whatever its heading says (船主, 托管户, 选手, 受奖者 …) or when it has no heading row at all, by what
 * its cells hold: in a block of three or more lines split the same way (cells.ts), a column at least half of whose cells
 * read as names by the model (a surname, one or two given characters, a score over STRONG_SCORE, no word, place or body)
 * holds people, unless its heading names the body's staff, an office, a contact or a thing (staffColumns.ts,
 * headings.ts). Every cell in it is then read by a weaker bar: a rare surname, a word-like or numeral given name (孙八一),
 * an unknown surname before a doubled or name-like given pair (巨涛涛, 冒杏儿), `X（已故）`, `A、B`. Under a person heading,
 * or beside a housemate of the same surname, the column vouches for more (vouchedReading): a surname the tables lack
 * before any given name (邗满仓, 禤谷雨), a transliteration with one unknown syllable. Later mentions follow by
 * propagation (names.ts).
 * Bounded: each line is read once and split only when it holds a separator; each cell is scored once.
 */
import { isBodyCell } from './seats.js';
import * as chars from './chars.js';
import { hasSeparator, lineKind, MAX_CELLS, MAX_SINGLE_LINE, splitLine, type Cell } from './cells.js';
import { cellName, headedName, MASKS, TRANSLIT_CHARS, WORD_PENALTY } from './columns.js';
import type { Span } from './email.js';
import { NOT_HOME_WORDS, ORGANISATION_SUFFIXES } from './bodies.js';
import { placeRunEndingAt } from './grammar.js';
import { BODY_QUALIFIERS, isAddressHeading, isNotPersonHeading, isPersonHeading, namesAThing, personHeadingRole } from './headings.js';
import { TRANSLITERATED_NAME_PARTS } from './lexicon.js';
import { givenScore, isCommonWord, nameScore, surnameAt } from './model/index.js';
import { tibetanName } from './model/tibetan.js';
import { daiName } from './model/dai.js';
import { isStaffHeading } from './staffColumns.js';
import { CELL_SEPARATOR_CHARS, headingWord } from './address.js';
import { headedWordName } from './wordNames.js';
import { opensPlace, wordSurnameName } from './wordSurnames.js';
import { yiName } from './yi.js';
import { REPRESENTATIVE_ROLES } from './roles.js';
import { appointmentsOf } from './appointedPosts.js';


export interface TableName {
  start: number;
  end: number;
  surname: string;
  /** The column's heading when it is a person's heading (the role the name keeps), else null. */
  heading: string | null;
}

const MAX_LINE = 300;
const MIN_ROWS = 3;
/** A cell must score this on its characters to count towards calling the column a person column. */
const STRONG_SCORE = 3;
/** Below this nameScore a reading holds a character that never stands in a given name (村, 局, 家 last …). */
const WEAK_FLOOR = -10;
/** What a given character of an unknown surname must score (the model's modern floor), or a doubled one. */
const NAME_LIKE_GIVEN = 3;
/** First characters of table cells that are no surname (小计, 合计, 本人, 其他, 共计, 以下空白 …). */
const NOT_SURNAME_FIRST = new Set('小老大本合总共另其全各每该某第无未已空附以备注户村组乡镇县区市省待暂不同非均详见'.split(''));

function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!chars.isHanCode(s.charCodeAt(i))) return false;
  return true;
}

/** The part of a cell before a note in brackets (孙八一（已故）, 冒丽丽（…组10号）), as a heading's word is read. */
const namePart = headingWord;

/** What ends a place's name (宝力格嘎查, 巴彦浩特, 阿拉善左旗): a transliteration's characters spell places too. */
const PLACE_ENDS = ['嘎查', '苏木', '浩特', '村', '乡', '镇', '旗', '县', '区', '市', '盟', '州', '组', '屯', '寨', '庄', '湾', '沟', '社区', '街道'];

/** A Mongolian or other transliterated name runs longer than a Han one (巴图巴雅尔, 乌云其其格). */
const MAX_MEMBER = 6;

/** The last characters of the body and place suffixes: a member ending otherwise needs no suffix comparison. */
const SUFFIX_LAST = new Set([...ORGANISATION_SUFFIXES, ...PLACE_ENDS].map((x) => x[x.length - 1]));

/** Cheap checks first (length, script, masks, the word list), the suffix and heading lists only when they could apply. */
function plausible(m: string): boolean {
  if (m.length < 2 || m.length > MAX_MEMBER || !allHan(m)) return false;
  for (let i = 0; i < m.length; i++) if (MASKS.has(m[i])) return false;
  if (isCommonWord(m) && !nameWord(m)) return false;
  if (SUFFIX_LAST.has(m[m.length - 1]) && (ORGANISATION_SUFFIXES.some((x) => m.endsWith(x)) || PLACE_ENDS.some((x) => m.endsWith(x)))) return false;
  return !isPersonHeading(m) && !isNotPersonHeading(m);
}

/**
 * 王晓东, 白万剑: the dictionary the word list comes from holds some people (characters of novels, public figures) as
 * words. In a column a surname and two given characters that open no word and score as a name without the word's
 * penalty is a name like its neighbours; 王府井, 申请表 open a word (王府, 申请) and stay out.
 */
function nameWord(m: string): boolean {
  if (m.length !== 3) return false;
  const surname = surnameAt(m, 0);
  return surname.length === 1 && !isCommonWord(m.slice(0, 2)) && nameScore(m, surname) + WORD_PENALTY >= STRONG_SCORE;
}

/** A member that reads as a name by the model on its own: what makes a column a person column. */
export function strongName(m: string): { surname: string } | null {
  // 岩庄, 岩叫: a Dai name's syllables may end like a place or score low as Han given characters.
  if (daiName(m)) return { surname: '' };
  if (!plausible(m)) return null;
  return strongReading(m);
}

function strongReading(m: string): { surname: string } | null {
  if (yiName(m) || tibetanName(m)) return { surname: '' };
  const surname = surnameAt(m, 0);
  if (surname && m.length - surname.length >= 1 && m.length - surname.length <= 2) return nameScore(m, surname) >= STRONG_SCORE ? { surname } : null;
  // 巴图巴雅尔, 额尔敦: every character a transliteration's, opened by a known part of two characters or more.
  return m.length >= 3 && cellName(m)?.surname === '' && TRANSLITERATED_NAME_PARTS.some((p) => p.length >= 2 && m.startsWith(p)) ? { surname: '' } : null;
}

/** A member read in a column already known to hold people: the weaker readings the column carries. */
export function weakName(m: string): { surname: string } | null {
  if (daiName(m)) return { surname: '' };
  if (!plausible(m)) return null;
  return weakReading(m);
}

function weakReading(m: string): { surname: string } | null {
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
  if (m.length !== 3 || NOT_SURNAME_FIRST.has(m[0]) || givenScore(m[0]) <= NEVER_GIVEN_SCORE || opensPlace(m)) return null;
  const a = givenScore(m[1]);
  const b = givenScore(m[2]);
  const doubled = m[1] === m[2] && a >= 0;
  return doubled || (a >= NAME_LIKE_GIVEN && b >= NAME_LIKE_GIVEN) ? { surname: m[0] } : null;
}

/**
 * A member the column vouches for beyond the weaker bar: its heading names people, or a housemate in the row bears the
 * same first character (户主 闾明辉 | 新增人员 闾五斤). Any first character may then be a surname the tables lack (邗, 禤,
 * 闾) and the given name an ordinary word (满仓, 谷雨, 五斤, 秋收), as rural and older names are; still no character that
 * never stands in a name (村, 局, 户 last …), no word a cell opens with (合计, 待定), and a lone given character only when
 * it reads as one (禤钊).
 */
function vouchedReading(m: string): { surname: string } | null {
  // 照那斯图, 钢图雅: a transliteration with at most one syllable's character the parts lack.
  if (m.length >= 3 && !surnameReads(m) && foreignChars(m) <= 1) return { surname: '' };
  if (NOT_SURNAME_FIRST.has(m[0]) || givenScore(m[0]) <= NEVER_GIVEN_SCORE) return null;
  const known = surnameAt(m, 0);
  const surname = known.length === 2 ? known : m[0];
  const given = m.length - surname.length;
  if (given === 1) return givenScore(m[m.length - 1]) >= NAME_LIKE_GIVEN ? { surname } : null;
  // 王府井, 乌鲁木齐: a cell that opens with a word or names a place is no one, whatever its heading.
  if (given !== 2 || (surname.length === 1 && isCommonWord(m.slice(0, 2))) || opensPlace(m)) return null;
  return nameScore(m, surname) >= WEAK_FLOOR ? { surname } : null;
}
/** How many characters of `m` no transliteration part uses. */
function foreignChars(m: string): number {
  let n = 0;
  for (const c of m) if (!TRANSLIT_CHARS.has(c)) n++;
  return n;
}

/** Whether `m` reads as a known surname and one or two given characters (a Han name, not a transliteration). */
function surnameReads(m: string): boolean {
  const surname = surnameAt(m, 0);
  return surname !== '' && m.length - surname.length <= 2;
}

/** givenScore of a character that never stands in a name (model/index.ts NEVER_GIVEN). */
const NEVER_GIVEN_SCORE = -20;

/** How a member reads: 2 by the strong bar, 1 by the weaker one only, 0 as no name; with its surname. */
interface Reading {
  grade: number;
  surname: string;
}
const NO_READING: Reading = { grade: 0, surname: '' };

/** Readings of the member strings of one text: a table repeats its values (同上, a village, a name in two columns). */
class Readings {
  private readonly seen = new Map<string, Reading>();
  private readonly vouched = new Map<string, { surname: string } | null>();

  /** The member as its column vouches for it (vouchedReading), when no bar reads it. */
  vouch(m: string): { surname: string } | null {
    let r = this.vouched.get(m);
    if (r === undefined) {
      r = plausible(m) ? vouchedReading(m) : null;
      this.vouched.set(m, r);
    }
    return r;
  }

  of(m: string): Reading {
    let r = this.seen.get(m);
    if (r === undefined) {
      r = NO_READING;
      if (plausible(m)) {
        const strong = strongReading(m);
        const weak = strong ?? weakReading(m);
        if (weak) r = { grade: strong ? 2 : 1, surname: weak.surname };
      }
      this.seen.set(m, r);
    }
    return r;
  }
}

/** A member of a cell: where it stands and what it reads as (a padded `王　芳` reads 王芳 over its printed span). */
interface Member {
  start: number;
  end: number;
  value: string;
}

const PADDED = /^[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]$/;

/**
 * The members of a cell: one name, or several joined by 、 or ， outside brackets (李秀兰（妻）、张小军（子）), each before its
 * note in brackets.
 */
function members(text: string, cell: Cell): Member[] {
  const raw = text.slice(cell.start, cell.end);
  if (PADDED.test(raw)) return [{ start: cell.start, end: cell.start + 3, value: raw[0] + raw[2] }];
  const out: Member[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = raw[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (i === raw.length || (depth === 0 && (c === '、' || c === '，'))) {
      const value = namePart(raw.slice(from, i));
      out.push({ start: cell.start + from, end: cell.start + from + value.length, value });
      from = i + 1;
    }
  }
  // A cell of clauses (白某，男，1979年生，住…) is a record, not a list of names: every member must be name-sized.
  if (out.length > 1 && out.some((m) => m.value.length < 2 || m.value.length > MAX_MEMBER)) return [{ start: cell.start, end: cell.start, value: '' }];
  return out;
}

function hasDigit(text: string, c: Cell): boolean {
  for (let i = c.start; i < c.end; i++) if (chars.isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Cells that name no one either way (empty, a dash, a word, a masked or anonymous party, a body): left out of the count. */
const NO_ONE = new Set(['', '—', '-', '－', '/', '／', '无', '匿名', '同上']);
function namesNoOne(value: string): boolean {
  // 合计, 本人, 同户: an ordinary word or a single character is no one's name and says nothing of the column.
  if (NO_ONE.has(value) || value.length < 2 || isCommonWord(value)) return true;
  for (const c of value) if (MASKS.has(c)) return true;
  return ORGANISATION_SUFFIXES.some((x) => value.endsWith(x));
}

/** The cells left of column `k` read together: a title spaced out to a label's width (審　判　長　X) makes the row staff. */
const MAX_LABEL = 8;
const SPACE_RUN = /[ \u3000]+/g;
function labelledStaff(text: string, row: Cell[], k: number): boolean {
  if (k === 0) return false;
  let label = '';
  for (let j = 0; j < k; j++) {
    label += text.slice(row[j].start, row[j].end).replace(SPACE_RUN, '');
    if (label.length > MAX_LABEL) return false;
  }
  return allHan(label) && (isStaffHeading(label) || isNotPersonHeading(label));
}

/** The members of a block's cells, each cell split once however often the block's readers ask (members()). */
class BlockMembers {
  private readonly split: (Member[] | undefined)[][];

  constructor(
    private readonly text: string,
    readonly rows: Cell[][],
  ) {
    this.split = rows.map((row) => new Array<Member[] | undefined>(row.length));
  }

  at(r: number, k: number): Member[] {
    return (this.split[r][k] ??= members(this.text, this.rows[r][k]));
  }
}

/**
 * Whether column `k` holds people by its cells: at least two strong names and half of the cells that could name
 * anyone, or (three such cells or more) one strong name with every other cell a weaker reading of a name.
 */
function personColumn(block: BlockMembers, first: number, k: number, readings: Readings): boolean {
  let strong = 0;
  let weak = 0;
  let counted = 0;
  for (let r = first; r < block.rows.length; r++) {
    if (k >= block.rows[r].length) continue;
    const m = block.at(r, k)[0];
    if (namesNoOne(m.value)) continue;
    counted++;
    const grade = readings.of(m.value).grade;
    if (grade === 2) strong++;
    else if (grade === 1) weak++;
  }
  if (strong >= 2 && strong * 2 >= counted) return true;
  return strong >= 1 && counted >= 3 && strong + weak === counted;
}

/** Whether some cell of column `k` reads as a name by a bar or by its heading's word. */
function anyName(block: BlockMembers, first: number, k: number, readings: Readings): boolean {
  for (let r = first; r < block.rows.length; r++) {
    if (k >= block.rows[r].length) continue;
    for (const m of block.at(r, k)) if (readings.of(m.value).grade > 0 || readings.vouch(m.value) !== null) return true;
  }
  return false;
}

/**
 * Head nouns of a column of bodies, places, posts or notes (学校, 单位, 村, 职务, 备注 …): their cells may read as names
 * but the heading says what they are. Things (品种, 船名 …) are headings.ts's namesAThing. A person's heading (姓名,
 * 户主 …) is checked first.
 */
const NOT_PERSON_COLUMN_ENDS = ['学校', '院校', '单位', '机构', '企业', '商户', '职务', '职称', '岗位', '专业', '学科', '地块',
  '村', '社区', '乡镇', '村别', '组别', '嘎查', '苏木', '旗县', '区域', '地点', '用途', '事由', '结论', '结果', '备注'];
function headsNoPerson(heading: string): boolean {
  return namesAThing(heading) || NOT_PERSON_COLUMN_ENDS.some((w) => heading.endsWith(w));
}

/** Headings (or their absence) under which a dwelling-level cell beside a person is that person's home. */
const NOT_HOME_HEADINGS = [...BODY_QUALIFIERS, '场所', '地点', '位置', '摊位', '地块', '工程'];

/**
 * A cell beside a person that is a dwelling by the address grammar (grammar.ts) from its first character to its last:
 * under a home heading (住址, 村组 …) a village's group counts; under any other heading (or none) it must reach a door.
 */
function homeCell(text: string, cell: Cell, heading: string): boolean {
  if (cell.end - cell.start < 5) return false;
  if (heading !== '' && !isAddressHeading(heading) && NOT_HOME_HEADINGS.some((w) => heading.includes(w))) return false;
  const value = text.slice(cell.start, cell.end);
  if (NOT_HOME_WORDS.some((w) => value.includes(w))) return false;
  const run = placeRunEndingAt(text, cell.end);
  if (!run || run.start < cell.start) return false;
  // The run may leave a county's name the grammar stops in (和静县…) unread: the cell is the place either way.
  for (let i = cell.start; i < run.start; i++) if (!chars.isHanCode(text.charCodeAt(i))) return false;
  if (heading !== '' && isAddressHeading(heading)) return run.door || run.division || run.village;
  return run.door && (run.division || run.village);
}

function readBlock(text: string, rows: Cell[][], out: Found, readings: Readings, appointed: (heading: string) => boolean): void {
  const width = rows[0].length;
  const block = new BlockMembers(text, rows);
  const cellText = (r: number, k: number): string => text.slice(rows[r][k].start, rows[r][k].end);
  // A head row names columns: no digit and no name in any of its cells.
  let head = true;
  for (let k = 0; k < width && head; k++) if (hasDigit(text, rows[0][k]) || block.at(0, k).some((m) => readings.of(m.value).grade === 2)) head = false;
  const first = head ? 1 : 0;
  if (rows.length - first < 2) return;
  // A column holds people by its heading (姓名, 户主/代领人, 法定代表人（负责人）), read then by the heading's word, or by its cells.
  const people: number[] = [];
  const headed: boolean[] = [];
  const roles: (string | null)[] = [];
  const representative: boolean[] = [];
  for (let k = 0; k < width; k++) {
    const heading = head ? cellText(0, k) : '';
    const role = personHeadingRole(heading);
    // A post's column is staff unless the document appoints people to that post (appointedPosts.ts).
    const staffPost = heading !== '' && isStaffHeading(heading) && !appointed(heading);
    if (role !== null ? !anyName(block, first, k, readings) : (heading !== '' && (staffPost || isNotPersonHeading(heading) || headsNoPerson(heading))) || !personColumn(block, first, k, readings)) continue;
    people.push(k);
    headed[k] = role !== null;
    roles[k] = role;
    representative[k] = role !== null && REPRESENTATIVE_ROLES.includes(role);
  }
  if (people.length === 0) return;
  const named: boolean[] = [];
  for (let r = first; r < rows.length; r++) {
    const row = rows[r];
    // Surnames the row's names bear: a housemate's vouches for a cell of a column known by its cells.
    let firsts = '';
    const left: Member[] = [];
    for (const k of people) {
      if (k >= row.length || labelledStaff(text, row, k)) continue;
      for (const m of block.at(r, k)) {
        const reading = readings.of(m.value);
        const vouched = reading.grade > 0 ? reading : headed[k] ? readings.vouch(m.value) : null;
        if (vouched === null) {
          left.push(m);
          continue;
        }
        out.names.push({ start: m.start, end: m.end, surname: vouched.surname, heading: roles[k] });
        if (vouched.surname !== '') firsts += vouched.surname[0];
        // A company's representative stands beside the company's seat, not a home.
        if (!representative[k]) named[r] = true;
      }
    }
    for (const m of left) {
      const vouched = m.value !== '' && firsts.includes(m.value[0]) ? readings.vouch(m.value) : null;
      if (vouched === null) continue;
      const k = people.find((c) => c < row.length && row[c].start <= m.start && m.end <= row[c].end) ?? -1;
      out.names.push({ start: m.start, end: m.end, surname: vouched.surname, heading: k >= 0 ? roles[k] : null });
    }
  }
  // Homes beside the people: every other column's dwelling-level cells, in the rows whose person cell names someone.
  for (let r = first; r < rows.length; r++) {
    if (named[r] !== true) continue;
    const row = rows[r];
    for (let k = 0; k < row.length; k++) {
      if (people.includes(k) || (k > 0 && isBodyCell(text.slice(row[k - 1].start, row[k - 1].end)))) continue;
      if (homeCell(text, row[k], head && k < width ? cellText(0, k) : '')) out.homes.push({ start: row[k].start, end: row[k].end });
    }
  }
}

export interface TableReading {
  readonly names: readonly TableName[];
  readonly homes: readonly Span[];
  /**
   * False when the text holds no cell separator at all (staffColumns.ts `hasSeparator`), so none of its lines is a
   * table's row: the checks that split a candidate's line into cells need not look (true when not known).
   */
  readonly separated: boolean;
}

/** What readBlock fills in. */
interface Found {
  names: TableName[];
  homes: Span[];
  separated: boolean;
}

const NO_TABLES: TableReading = { names: [], homes: [], separated: false };
/** One line of text: no table, but its line may still hold a separator. */
const ONE_LINE: TableReading = { names: [], homes: [], separated: true };

/** One short line between rows (a group's heading, 二组) does not end a table whose rows go on alike after it. */
const MAX_GAP_LINE = 12;

/** Names in the person columns of every table of `text`, and the homes beside them. `present`: the scan's classes. */
export function readTables(text: string, present: number): TableReading {
  // A table has three lines at least: a text of one line (most short items) holds none, and builds nothing.
  if ((present & CELL_SEPARATOR_CHARS) === 0) return NO_TABLES;
  if (!text.includes('\n')) return ONE_LINE;
  // Without a bar, a tab, a full-width space or two spaces, only short lines split by single spaces can be rows.
  const multi = hasSeparator(text);
  const out: Found = { names: [], homes: [], separated: multi };
  let block: Cell[][] = [];
  let blockKind = 0;
  let gap = false;
  let readings: Readings | null = null;
  let appointed: ((heading: string) => boolean) | null = null;
  const close = (): void => {
    if (block.length >= MIN_ROWS) readBlock(text, block, out, (readings ??= new Readings()), (appointed ??= appointmentsOf(text)));
    block = [];
    blockKind = 0;
    gap = false;
  };
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const kind = e - s <= (multi ? MAX_LINE : MAX_SINGLE_LINE) ? lineKind(text, s, e) : 0;
    const cells = kind === 0 ? null : splitLine(text, s, e, kind);
    if (cells === null || cells.length < 2 || cells.length > MAX_CELLS) {
      // A short line inside a table may be a group's heading; a second one, or a longer one, ends the table.
      if (block.length > 0 && !gap && e - s <= MAX_GAP_LINE) gap = true;
      else close();
    } else {
      // A row as wide as the table or narrower (its last cells left empty in an aligned list) stays in it.
      if (block.length > 0 && (kind !== blockKind || cells.length > block[0].length || (gap && cells.length !== block[0].length))) close();
      block.push(cells);
      blockKind = kind;
      gap = false;
    }
    s = e + 1;
  }
  close();
  return out;
}
