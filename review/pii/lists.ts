/**
 * person_name in enumerations whose other members the prose pass already found: the first of a 、 list glued
 * to the verb before it (聘用邓平柏、曹欣为…), and the weaker members of a list set apart by spaces (成员：李丽
 * 邝孝智 龚海燕 丛书文). The list says where each member starts and ends, so a member is judged by a lower bar
 * than a run in prose; nothing is read but the few characters next to a name already found.
 */
import * as chars from './chars.js';
import { cellName } from './columns.js';
import { wordSurnameName } from './wordSurnames.js';
import { weakName } from './tableNames.js';
import { givenScore, isCommonWord, nameScore, surnameAt } from './model/index.js';

const isHanCode = chars.isHanCode;

export interface ListedName {
  start: number;
  end: number;
  surname: string;
}

/** How name-like the head of a 、 list must read when a word is glued before it (one step below prose's bar). */
const HEAD_MIN_SCORE = 5;
const HEAD_MIN_SCORE_TWO = 6;
/** The head of a list whose next two members are names (屈石头、靳洁、阮金宝): below a column's bar, as 石头 is a word. */
const HEAD_OF_NAMES_MIN = -3;
/** A padded name whose first character is no known surname needs a given character this name-like. */
const RARE_SURNAME_GIVEN_MIN = 3;
const GAP = new Set([' ', '\u3000', '\t']);
/** Words that close an enumeration of people with their number (A、B两农户, A、B二人, A、B等). */
const COUNTS = ['两', '俩', '等', '夫妇', '夫妻', '一家', '同志'];
/** A small number then a measure of people (A、B三人, A、B几个人, A、B五户): the list counts its members. */
const COUNT_NUMERALS: ReadonlySet<string> = new Set('二三四五六七八九十几'.split(''));
const COUNT_MEASURES: ReadonlySet<string> = new Set('人个户名位家'.split(''));

function countsAt(text: string, p: number): boolean {
  if (COUNTS.some((w) => text.startsWith(w, p))) return true;
  return COUNT_NUMERALS.has(text[p]) && COUNT_MEASURES.has(text[p + 1]);
}
/** What may stand before the first member of a list, and after the last one. */
const OPENERS = new Set(['：', ':', '，', ',', '。', '；', ';', '\n', ' ', '\u3000', '\t', '（', '(', '“']);
/** An opening bracket too: a member's note (卓玛措（女，藏族）) follows the member, it is not part of it. */
const CLOSERS = new Set(['、', '，', ',', '。', '；', ';', '\n', '\r', ' ', '\u3000', '\t', '）', ')', '”', '（', '(']);

function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHanCode(text.charCodeAt(i));
}

/**
 * The name that ends at `e` (right before a 、) with a word glued before it, or null. A three-character
 * reading wins unless its first character is a word of its own before a two-character name (…于王芳、).
 */
function headEndingAt(text: string, e: number, introduced: (s: number) => boolean): ListedName | null {
  let best: ListedName | null = null;
  for (const len of [4, 3, 2]) {
    const s = e - len;
    if (s < 0) continue;
    let han = true;
    for (let k = s; k < e; k++) if (!isHanAt(text, k)) han = false;
    if (!han) continue;
    const surname = surnameAt(text, s);
    const given = len - surname.length;
    if (!surname || given < 1 || given > 2) continue;
    const name = text.slice(s, e);
    if (isCommonWord(name) || (given === 2 && isCommonWord(name.slice(0, surname.length + 1)))) continue;
    if (nameScore(name, surname) < (given === 1 ? HEAD_MIN_SCORE_TWO : HEAD_MIN_SCORE)) continue;
    // A shorter reading that a trigger introduces (经王芳、) beats a longer one that swallows the trigger.
    if (best === null || introduced(s)) best = { start: s, end: e, surname };
  }
  return best;
}

/**
 * The name that starts at `s` (right after a 、) and runs on into the words after it (…、杨劲松划船), or null: the
 * best-scoring reading of two to four characters that is no word and does not open with one.
 */
function tailStartingAt(text: string, s: number, runEnd: number): ListedName | null {
  const surname = surnameAt(text, s);
  if (!surname) return null;
  let best: ListedName | null = null;
  let bestScore = -Infinity;
  for (let given = 2; given >= 1; given--) {
    const e = s + surname.length + given;
    if (e > runEnd) continue;
    const name = text.slice(s, e);
    if (isCommonWord(name) || (given === 2 && isCommonWord(name.slice(0, surname.length + 1)))) continue;
    // 冷欢|欢: a reading that splits a doubled given name ends inside it.
    if (given === 1 && text.charCodeAt(e) === text.charCodeAt(e - 1)) continue;
    const score = nameScore(name, surname);
    if (score < (given === 1 ? HEAD_MIN_SCORE_TWO : HEAD_MIN_SCORE) || score <= bestScore) continue;
    best = { start: s, end: e, surname };
    bestScore = score;
  }
  return best;
}

/** A run of Han characters set apart by gaps (or the line's ends) on both sides, from `s`; its end or -1. */
function gapToken(text: string, s: number): number {
  let e = s;
  while (e < text.length && e - s <= 10 && (isHanAt(text, e) || text[e] === '·')) e++;
  if (e === s || e - s > 10) return -1;
  return e >= text.length || GAP.has(text[e]) || text[e] === '\n' || text[e] === '\r' ? e : -1;
}

function gapBefore(text: string, s: number): boolean {
  return s > 0 && GAP.has(text[s - 1]);
}

function gapAfter(text: string, e: number): boolean {
  return e >= text.length || GAP.has(text[e]) || text[e] === '\n' || text[e] === '\r';
}

/**
 * Members of enumerations next to the names in `found` (sorted, as the prose pass returns them). `staff`
 * says whether a name at a position is an official's (a title or a staff label before it), which no list
 * turns into a private person.
 */
export function listedNames(text: string, found: readonly ListedName[], introduced: (s: number) => boolean, staff: (s: number, e: number) => boolean): ListedName[] {
  const extra: ListedName[] = [];
  const starts = new Set(found.map((f) => f.start));
  const foundStarts: ReadonlySet<number> = new Set(starts);
  const ends = new Set(found.map((f) => f.end));
  const visit = (f: ListedName, k: number): void => {
    const listedHere = k >= found.length;
    if (text[f.start - 1] === '、' && !ends.has(f.start - 1)) {
      // 邗谷雨（女）、何丽萍: the member before ends where its note in brackets opens.
      const pe = noteOpening(text, f.start - 1);
      let ps = pe;
      while (ps > 0 && pe - ps <= 10 && isHanAt(text, ps - 1)) ps--;
      // 表扬：冶金龙、宓国平: the member before is a whole token, read as a table cell is; between two
      // names (眭倩明、宫中、冀鸿福) even an ordinary word.
      const between = text[ps - 1] === '、' && nameBefore(text, ps - 1);
      // ，屈石头、靳洁、阮金宝当选为委员: the head of a list whose next two members are names is read as they are,
      // whatever words its given name makes.
      const headOfNames = !between && (ps === 0 || OPENERS.has(text[ps - 1])) && text[f.end] === '、' && foundStarts.has(f.end + 1);
      if (ps < pe && (ps === 0 || OPENERS.has(text[ps - 1]) || between) && take(text, ps, pe, extra, starts, staff, between, headOfNames ? HEAD_OF_NAMES_MIN : undefined)) {
        ends.add(pe);
      } else if (pe === f.start - 1) {
        // 聘用邓平柏、曹欣: the head of the enumeration, glued to the verb before it (a member with a note stands whole).
        const head = headEndingAt(text, pe, introduced);
        if (head && !staff(head.start, head.end)) {
          extra.push(head);
          ends.add(head.end);
        }
      }
    }
    // 宓国平、仉红梅、冶金龙。: the member after, a whole token up to the next mark.
    if (text[f.end] === '、' && !starts.has(f.end + 1)) {
      let e = f.end + 1;
      while (e < text.length && e - f.end <= 10 && isHanAt(text, e)) e++;
      // Between two names (眭倩明、宫中、冀鸿福) even an ordinary word is a name.
      const between = text[e] === '、' && foundStarts.has(e + 1);
      // …、何丽萍、郭九斤。: the member after two names is read as the head of such a list is, whatever words its given name makes.
      const afterNames = !between && text[f.start - 1] === '、' && (ends.has(f.start - 1) || nameBefore(text, f.start - 1));
      const whole = e > f.end + 1 && (e >= text.length || CLOSERS.has(text[e])) && take(text, f.end + 1, e, extra, starts, staff, between, afterNames ? HEAD_OF_NAMES_MIN : undefined);
      // 到胡祖平、胡绵羊两农户家走访: the last member runs on into the number of people or households.
      let counted = false;
      for (const len of whole ? [] : [3, 2]) {
        const end = f.end + 1 + len;
        if (end <= e && countsAt(text, end) && take(text, f.end + 1, end, extra, starts, staff)) {
          counted = true;
          break;
        }
      }
      // 林铁柱、杨劲松划船…, 史跃进、闻人青松听到…: the last member runs on into the clause's verb; read as the head
      // of such a list is, by the bar one step below prose's.
      if (!whole && !counted) {
        const tail = tailStartingAt(text, f.end + 1, e);
        if (tail && !staff(tail.start, tail.end)) {
          extra.push(tail);
          starts.add(tail.start);
        }
      }
    }
    // 曹桂香　县人民医院　主任 / 和　萍　县供电公司　班长: rows of a list with no heading, each opening with a
    // name and a gap; the rows next to a found one open with names too.
    if (atLineStart(text, f.start) && gapAfter(text, f.end) && text[f.end] !== '\n') {
      for (const row of [lineStartAfter(text, f.end), lineStartBefore(text, f.start)]) {
        if (row < 0 || starts.has(row)) continue;
        if (paddedAt(text, row, true)) takePadded(text, row, extra, starts, staff, true);
        else {
          const e = gapToken(text, row);
          if (e > row && text[e] !== '\n' && e < text.length) take(text, row, e, extra, starts, staff);
        }
      }
    }
    // 李丽 邝孝智 龚海燕 丛书文: a member beside a found name, in a list that holds at least two found names.
    if (!gapBefore(text, f.start) && !(f.start > 0 && (text[f.start - 1] === '：' || text[f.start - 1] === ':'))) return;
    if (!gapAfter(text, f.end)) return;
    const neighbour = !listedHere && k + 1 < found.length ? found[k + 1] : null;
    const previous = !listedHere && k > 0 ? found[k - 1] : null;
    if (!listedHere && !(neighbour && sameLine(text, f.end, neighbour.start)) && !(previous && sameLine(text, previous.end, f.start))) return;
    let s = f.end;
    while (s < text.length && GAP.has(text[s])) s++;
    const e = starts.has(s) ? -1 : gapToken(text, s);
    if (e === s + 1 && paddedAt(text, s)) takePadded(text, s, extra, starts, staff);
    else if (e > 0) take(text, s, e, extra, starts, staff);
    // …and the member before it (张三丰  李四海  王五星).
    let pe = f.start;
    while (pe > 0 && GAP.has(text[pe - 1])) pe--;
    if (pe === f.start || ends.has(pe)) return;
    let ps = pe;
    while (ps > 0 && pe - ps <= 10 && (isHanAt(text, ps - 1) || text[ps - 1] === '·')) ps--;
    const opened = ps === 0 || GAP.has(text[ps - 1]) || text[ps - 1] === '\n' || text[ps - 1] === '：' || text[ps - 1] === ':';
    if (pe - ps === 1 && ps >= 2 && paddedAt(text, ps - 2) && !starts.has(ps - 2)) {
      if (takePadded(text, ps - 2, extra, starts, staff)) ends.add(pe);
    } else if (opened && !starts.has(ps) && take(text, ps, pe, extra, starts, staff)) ends.add(pe);
  };
  // Members found here are list members too: their own neighbours are read in turn (苏　兰　宓　俊　侯　建).
  const queue: ListedName[] = [...found];
  for (let k = 0; k < queue.length; k++) {
    const before = extra.length;
    visit(queue[k], k);
    queue.push(...extra.slice(before));
  }
  return extra;
}

function take(text: string, s: number, e: number, extra: ListedName[], starts: Set<number>, staff: (s: number, e: number) => boolean, allowWord = false, minScore?: number): boolean {
  // Beside names already found the list says a person stands here: a word-like surname (水, 但, 黑) counts too; at
  // the head or the tail of a list of names (minScore given), a surname the tables lack, as a person column reads it.
  const value = text.slice(s, e);
  const parsed = cellName(value, allowWord, minScore) ?? wordSurnameName(value) ?? (minScore !== undefined ? weakName(value) : null);
  if (!parsed || staff(s, e)) return false;
  extra.push({ start: s, end: e, surname: parsed.surname });
  starts.add(s);
  return true;
}

/** A member's note in brackets is this short at most (女，藏族; 已故; 户主之子). */
const MAX_NOTE = 12;

/** Where the note in brackets closing right before `p` opens (X（女）|、), or `p` when none does on its line. */
function noteOpening(text: string, p: number): number {
  const close = text[p - 1];
  if (close !== '）' && close !== ')') return p;
  const opening = close === '）' ? '（' : '(';
  for (let q = p - 2; q >= 0 && p - 1 - q <= MAX_NOTE; q--) {
    if (text[q] === opening) return q;
    if (text[q] === '\n' || text[q] === close) break;
  }
  return p;
}

function sameLine(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let i = from; i < to; i++) if (text[i] === '\n') return false;
  return true;
}

/** True when the token ending at `e` (before a 、) reads as a name on its own. */
function nameBefore(text: string, e: number): boolean {
  let s = e;
  while (s > 0 && e - s <= 10 && isHanAt(text, s - 1)) s--;
  return s < e && (s === 0 || OPENERS.has(text[s - 1]) || text[s - 1] === '、') && cellName(text.slice(s, e)) !== null;
}

/**
 * 王　芳 in a list aligned for print: a two-character name padded to the width of three with one space,
 * set apart by gaps on both sides. The span keeps the space, as the document prints the name.
 */
function paddedAt(text: string, s: number, rareSurname = false): boolean {
  if (!(text[s + 1] === '\u3000' || text[s + 1] === ' ') || !isHanAt(text, s) || !isHanAt(text, s + 2)) return false;
  if (s > 0 && !GAP.has(text[s - 1]) && !OPENERS.has(text[s - 1])) return false;
  return gapAfter(text, s + 3) && (surnameAt(text, s).length === 1 || rareSurname);
}

/**
 * `rareSurname`: in a column of names the first character may be a surname the lexicon leaves out (和　萍:
 * 和 is kept out as a function word); the given character must then read as one.
 */
function takePadded(text: string, s: number, extra: ListedName[], starts: Set<number>, staff: (s: number, e: number) => boolean, rareSurname = false): boolean {
  const known = surnameAt(text, s).length === 1;
  if (known ? cellName(text[s] + text[s + 2]) === null : !rareSurname || givenScore(text[s + 2]) < RARE_SURNAME_GIVEN_MIN) return false;
  if (staff(s, s + 3)) return false;
  extra.push({ start: s, end: s + 3, surname: text[s] });
  starts.add(s);
  return true;
}

function atLineStart(text: string, s: number): boolean {
  let p = s;
  while (p > 0 && GAP.has(text[p - 1])) p--;
  return p === 0 || text[p - 1] === '\n';
}

/** Where the next line's text starts (past its indent), or -1 at the end. */
function lineStartAfter(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl - from > 80) return -1;
  let p = nl + 1;
  while (p < text.length && GAP.has(text[p])) p++;
  return p < text.length ? p : -1;
}

/** Where the previous line's text starts (past its indent), or -1 at the start. */
function lineStartBefore(text: string, s: number): number {
  const nl = text.lastIndexOf('\n', s - 1);
  if (nl <= 0) return -1;
  const prev = text.lastIndexOf('\n', nl - 1);
  if (nl - prev > 80) return -1;
  let p = prev + 1;
  while (p < nl && GAP.has(text[p])) p++;
  return p < nl ? p : -1;
}
