/**
 * The address grammar: a run of place parts from the largest division down to a dwelling,
 * [省][市][县/区/旗][乡/镇/街道/苏木][村/社区/嘎查/居委会][组/队/社/屯/自然村/浩特][路/街/巷/弄][N号][N号院][N排][N栋/幢/号楼][N单元][N层][N室/户],
 * read right to left from its dwelling-level end in one walk: each part is a name and its suffix, or a number
 * (Arabic, Chinese, full-width; `之2`, `12-3-1202`) and its unit, and each part left of another must be of a level
 * above it. The grammar says only that a run is a place down to a dwelling; whether it is someone's home is the
 * context's to say (`homesNearPeople`): a private person found in the same sentence or table row makes it one,
 * a body's label, a body right before it, a stall, a plot or a hillside after it do not.
 */
import { isDigitCode, isHanCode, unitTable } from './chars.js';
import { BODY_NAME_ENDS, ESTABLISHMENT_ENDS, FIRM_NOUNS, NOT_HOME_WORDS, ORGANISATION_SUFFIXES, PUBLIC_BODY_ENDS, SHOP_NOUNS } from './bodies.js';
import { isOfficeSection } from './context.js';
import type { Span } from './email.js';
import { triggerClass } from './present.js';

/** Levels, larger numbers higher: a part left of another must be of a strictly higher level, or the run ends. */
const ROOM = 1;
const FLOOR = 2;
const UNIT = 3;
const BUILDING = 4;
const ROW = 5;
const COURT = 6;
const DOOR = 7;
const ESTATE = 8;
const STREET = 9;
const GROUP = 10;
const VILLAGE = 11;
/** A development or industrial zone (经济开发区, 工业集中区): under a county or a town, over its villages and streets. */
const ZONE = 11.5;
const TOWN = 12;
const COUNTY = 13;
const CITY = 14;
const PROVINCE = 15;

/** Numbered units (12号, 三组, 501室), longest first; the level each gives. */
const NUMBERED_UNITS: readonly (readonly [string, number])[] = [
  ['号院', COURT], ['号楼', BUILDING], ['单元', UNIT], ['室', ROOM], ['户', ROOM], ['层', FLOOR], ['楼', FLOOR], ['栋', BUILDING], ['幢', BUILDING],
  ['座', BUILDING], ['排', ROW], ['号', DOOR], ['村民小组', GROUP], ['小组', GROUP], ['组', GROUP], ['队', GROUP], ['社', GROUP],
];
/** Named parts' suffixes, longest first (小区 before 区, 社区 before 区); the level each gives. */
const NAMED_SUFFIXES: readonly (readonly [string, number])[] = ([
  ['自治区', PROVINCE], ['省', PROVINCE], ['自治州', CITY], ['地区', CITY], ['盟', CITY], ['市', CITY], ['州', CITY],
  ['县', COUNTY], ['旗', COUNTY], ['区', COUNTY], ['街道', TOWN], ['苏木', TOWN], ['乡', TOWN], ['镇', TOWN],
  ['居委会', VILLAGE], ['社区', VILLAGE], ['嘎查', VILLAGE], ['农场', TOWN], ['林场', TOWN], ['牧场', TOWN], ['分场', VILLAGE], ['庄', VILLAGE], ['自然村', GROUP], ['村', VILLAGE], ['浩特', GROUP], ['组', GROUP], ['队', GROUP], ['屯', GROUP],
  ['开发区', ZONE], ['工业区', ZONE], ['工业集中区', ZONE], ['工业园区', ZONE], ['工业园', ZONE], ['产业园', ZONE],
  ['胡同', STREET], ['大道', STREET], ['路', STREET], ['街', STREET], ['巷', STREET], ['弄', STREET],
  ['小区', ESTATE], ['宿舍', ESTATE], ['家属院', ESTATE], ['家属区', ESTATE], ['大院', ESTATE], ['定居点', ESTATE], ['安置点', ESTATE], ['安置区', ESTATE], ['花园', ESTATE], ['家园', ESTATE], ['公寓', ESTATE], ['苑', ESTATE],
] as const).slice().sort((a, b) => b[0].length - a[0].length);
const NUMERALS = unitTable('0123456789０１２３４５６７８９一二三四五六七八九十百零〇两');
/** A leftmost part's name never runs back over these (来到栎城县…, 家住…, 在…): words of motion, place and grammar. */
const NAME_STOPS = unitTable('在到于住是为的从往向赴进入和与及对将把了给让由经系即其等原现暂');
const MAX_NAME = 5;
const MAX_RUN = 48;
/** Levels that make a run name a place anyone can be found at without a door: a division above the village. */
const DIVISION_LEVELS = new Set([TOWN, COUNTY, CITY, PROVINCE]);

function isNumeral(c: number): boolean {
  return NUMERALS[c] === 1;
}

export interface PlaceRun {
  start: number;
  /** The run names a division above its village (镇, 县 …). */
  division: boolean;
  /** The run reaches a door, a building or a room (12号, 3栋, 501室, 12-3-1202). */
  door: boolean;
  /** The run names a village-level unit (村, 社区, 嘎查 …). */
  village: boolean;
}

const NO_UNITS: readonly (readonly [string, number])[] = [];

/** A numbered unit ending at `q`: [start, level], or null. `之2` after 号 and `12-3-1202` count as a door. */
function numberedPartEndingAt(text: string, q: number): [number, number] | null {
  // 12-3-1202 or 12号之3: digits with hyphens, or 之 and a number after a door.
  if (isDigitCode(text.charCodeAt(q - 1))) {
    let k = q;
    while (k > 0 && (isDigitCode(text.charCodeAt(k - 1)) || text[k - 1] === '-' || text[k - 1] === '－')) k--;
    if (text[k - 1] === '之' && text[k - 2] === '号') return [k - 1, ROOM];
    if (text.slice(k, q).includes('-') || text.slice(k, q).includes('－')) return k < q - 2 ? [k, ROOM] : null;
    return null;
  }
  for (const [unit, level] of NUMBERED_BY_LAST.get(text.charCodeAt(q - 1)) ?? NO_UNITS) {
    if (!text.startsWith(unit, q - unit.length)) continue;
    let k = q - unit.length;
    const numberEnd = k;
    while (k > 0 && numberEnd - k < 6 && isNumeral(text.charCodeAt(k - 1))) k--;
    if (k === numberEnd) return null;
    // 第三村民小组, 第2排: the ordinal's 第 goes with its number.
    if (text[k - 1] === '第') k--;
    // 12号之3 / 3号院 / 2排: a letter suffix (12A号) is rare enough to leave out.
    return [k, level];
  }
  return null;
}

/** Suffixes and units by their last character: most characters end none, and cost one map read. */
function byLastChar(list: readonly (readonly [string, number])[]): Map<number, (readonly [string, number])[]> {
  const m = new Map<number, (readonly [string, number])[]>();
  for (const e of list) {
    const c = e[0].charCodeAt(e[0].length - 1);
    const l = m.get(c);
    if (l) l.push(e);
    else m.set(c, [e]);
  }
  return m;
}
const NAMED_BY_LAST = byLastChar(NAMED_SUFFIXES);
const NUMBERED_BY_LAST = byLastChar(NUMBERED_UNITS);

function namedSuffixEndingAt(text: string, q: number): readonly [string, number] | undefined {
  const list = q > 0 ? NAMED_BY_LAST.get(text.charCodeAt(q - 1)) : undefined;
  if (list) for (const s of list) if (text.startsWith(s[0], q - s[0].length)) return s;
  return undefined;
}

/** A stop character inside a name (和平路, 在城镇): a part of a higher level ends within the name's reach before it. */
function higherPartWithin(text: string, at: number, reach: number, level: number): boolean {
  for (let j = at; j > 0 && at - j < reach; j--) {
    if (!isHanCode(text.charCodeAt(j - 1))) return false;
    const s = namedSuffixEndingAt(text, j);
    if (s && s[1] > level) return true;
  }
  return false;
}

/**
 * 德福路金域华府17栋, 青川县锦绣东方3幢: an estate known by its own name alone, with no suffix (小区, 花园), stands
 * between a street or a division and the building read after it. Its start, or -1: the name must reach back to the
 * end of a part of street level or higher, so a bare word before a building (在17栋) is never read as one.
 */
const MIN_ESTATE_NAME = 2;

function bareEstateStart(text: string, q: number, limit: number): number {
  for (let j = q - 1; j > limit && q - j <= MAX_NAME; j--) {
    const c = text.charCodeAt(j);
    if (!isHanCode(c) || NAME_STOPS[c] === 1) return -1;
    if (q - j < MIN_ESTATE_NAME) continue;
    const above = namedSuffixEndingAt(text, j);
    if (above && above[1] >= STREET) return j;
  }
  return -1;
}

/**
 * The run of place parts ending at `end`, or null: at least two parts, at most MAX_RUN characters, levels rising
 * leftwards. Bounded: each step consumes a part, each name at most MAX_NAME characters. `from`: where the place is
 * known to open, when the caller knows it.
 */
export function placeRunEndingAt(text: string, end: number, from = -1): PlaceRun | null {
  // A caller that knows where the place opens (right after 搬到) lets names run to there over any character.
  const limit = Math.max(0, end - MAX_RUN, from);
  let q = end;
  let level = 0;
  let parts = 0;
  const run: PlaceRun = { start: end, division: false, door: false, village: false };
  while (q > limit) {
    const numbered = numberedPartEndingAt(text, q);
    if (numbered && numbered[1] > level) {
      // A door read first is the house itself, below any row, court or building left of it (8号院2排5号).
      level = parts === 0 && numbered[1] === DOOR ? ROOM : numbered[1];
      if (numbered[1] <= DOOR) run.door = true;
      q = numbered[0];
      parts++;
      continue;
    }
    const suffix = namedSuffixEndingAt(text, q);
    if (!suffix) {
      const estate = level > 0 && level <= BUILDING ? bareEstateStart(text, q, limit) : -1;
      if (estate < 0) break;
      level = ESTATE;
      q = estate;
      parts++;
      continue;
    }
    if (suffix[1] <= level) break;
    let k = q - suffix[0].length;
    const nameEnd = k;
    // The name runs back to the end of a higher part, a stop word or a non-Han character.
    while (k > limit && nameEnd - k < MAX_NAME && isHanCode(text.charCodeAt(k - 1)) && (from >= 0 || NAME_STOPS[text.charCodeAt(k - 1)] !== 1 || higherPartWithin(text, k - 1, MAX_NAME - (nameEnd - k), suffix[1]))) {
      const higher = namedSuffixEndingAt(text, k - 1 + 1);
      if (k < nameEnd && higher && higher[1] > suffix[1]) break;
      k--;
    }
    if (k === nameEnd) break;
    level = suffix[1];
    if (DIVISION_LEVELS.has(level)) run.division = true;
    if (level === VILLAGE) run.village = true;
    q = k;
    parts++;
  }
  if (parts < 2) return null;
  run.start = q;
  return run;
}

/** The last characters of a run's dwelling-level end: a text without one has no home for this pass (present.ts). */
const END_CHARS = '号室户组队社屯0123456789０１２３４５６７８９';
export const DWELLING_END_CHARS = triggerClass(END_CHARS.split(''));
const IS_END = unitTable(END_CHARS);

/** What a home may be followed by: the end of a clause, or a verb of dwelling (…号居住, …室暂住). */
const AFTER_HOME = ['居住', '暂住', '租住', '定居', '生活', '家中', '的家'];
/** Labels a run right after belongs to a body or is left to the labelled passes, which decide it themselves. */
const LABEL_BEFORE = ['地址', '场所', '地点', '位置', '坐落', '住所', '住址', '所在地', '住所地', '地'];
/** A body right before a run or its bracket owns it (…自然资源局（…路12号）, …学校（…）). */
const BODY_ENDS = [...PUBLIC_BODY_ENDS, ...ESTABLISHMENT_ENDS, '村委会', '大队', '支队', '法庭', '馆', '部'];
/** Labels a record glues to its place with no colon (户籍地青崖县…): read into the run's first name, they are no part of it. */
const GLUED_LABELS = ['户籍所在地', '户籍地址', '户籍地', '户籍', '现住址', '住址', '现住', '住所地', '住所', '家住', '居住地', '地址', '原住', '住'];
/** Words in the sentence before a run that say a company or a shop is spoken of. */
const TRADE_WORDS = [...FIRM_NOUNS, ...SHOP_NOUNS, '经营'];
const CLAUSE_ENDS = unitTable('。！？!?\n；;');
/** …工业集中区8号: a door numbered in a zone itself, with no street or estate between, is a works' or a firm's seat. */
const ZONE_SEAT = /(?:开发区|工业区|工业集中区|工业园区?|产业园)[0-9０-９一二三四五六七八九十]+号$/;
const SENTENCE_BACK = 120;
const SENTENCE_AHEAD = 200;

function sentenceStart(text: string, p: number): number {
  const limit = Math.max(0, p - SENTENCE_BACK);
  let s = p;
  while (s > limit && CLAUSE_ENDS[text.charCodeAt(s - 1)] !== 1) s--;
  return s;
}

function sentenceEnd(text: string, p: number): number {
  const limit = Math.min(text.length, p + SENTENCE_AHEAD);
  let e = p;
  while (e < limit && CLAUSE_ENDS[text.charCodeAt(e)] !== 1) e++;
  return e;
}

function isPlaceCode(c: number): boolean {
  return isHanCode(c) || isDigitCode(c);
}

/** A run that closes its clause (…号，/…组）/…室居住) rather than one glued to more words (…组后山, …号地块). */
function closesClause(text: string, e: number): boolean {
  if (!isPlaceCode(text.charCodeAt(e))) return true;
  for (const w of AFTER_HOME) if (text.startsWith(w, e)) return true;
  return false;
}

/** A run opening a table cell: right after a tab, a bar, or two spaces of an aligned list. */
function inCell(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === '\t' || c === '|' || c === '｜') return true;
  if (c !== ' ' && c !== '\u3000') return false;
  const d = text[start - 2];
  return d === ' ' || d === '\u3000' || d === '|' || d === '｜' || d === '\t';
}

/** Words between a person and a bare 地址 that say the address is a firm's or a body's (…律师事务所律师，地址：…). */
const BODY_BETWEEN = [...ESTABLISHMENT_ENDS, '事务所', '律师', '单位', '局', '政府', '委员会', '中心', '法院', '机关', '部门'];
/** A bare 地址 (or 联系地址) opens the label: right after a clause mark, a space or the line's start. */
const BARE_LABEL_AFTER = unitTable('，,、；;\n \u3000\t');

/**
 * 申请人：X，男，…，地址：…组17号: a bare 地址 in a private person's record, the person earlier in the same sentence
 * and no firm or body named between them, is the person's. (A body prints its own 地址 the same way; its name, not a
 * person's, then stands before it, and staff and representatives are not among `people`.)
 */
function personsBareAddress(text: string, sentence: number, labelStart: number, people: readonly Span[]): boolean {
  let b = labelStart;
  if (text.startsWith('联系', b - 2)) b -= 2;
  if (b > sentence && BARE_LABEL_AFTER[text.charCodeAt(b - 1)] !== 1) return false;
  let owner = -1;
  for (const p of people) if (p.start >= sentence && p.end <= b) owner = p.end;
  if (owner < 0) return false;
  const between = text.slice(owner, b);
  return !BODY_BETWEEN.some((w) => between.includes(w));
}

/**
 * 1.X，丽华超市，…路18号；: the clause right before the run names a shop, a works or a body (a name closed by its kind),
 * the run is that one's place, as in a list of licensed traders. Reads back at most BODY_CLAUSE_BACK characters.
 */
const BODY_CLAUSE_BACK = 16;
const MIN_BODY_NAME = 3;
const CLAUSE_COMMAS = unitTable('，,、');

function bodyClauseBefore(text: string, sentence: number, start: number): boolean {
  const e = start - 1;
  if (e <= sentence || CLAUSE_COMMAS[text.charCodeAt(e)] !== 1) return false;
  let k = e;
  while (k > sentence && e - k < BODY_CLAUSE_BACK && isHanCode(text.charCodeAt(k - 1))) k--;
  if (e - k < MIN_BODY_NAME || (k > sentence && CLAUSE_COMMAS[text.charCodeAt(k - 1)] !== 1 && CLAUSE_ENDS[text.charCodeAt(k - 1)] !== 1)) return false;
  return BODY_NAME_ENDS.some((w) => text.startsWith(w, e - w.length));
}

/** Verbs that place a thing (…的小卖部位于…, 养猪场设在…): a body, a shop or a works right before one owns the place. */
const LOCATIVE_VERBS = ['位于', '坐落于', '坐落在', '设在', '设于', '地处', '建在', '开在'];

function ownedByBody(text: string, sentence: number, start: number, people: readonly Span[]): boolean {
  const located = LOCATIVE_VERBS.find((w) => text.startsWith(w, start - w.length));
  if (located && ORGANISATION_SUFFIXES.some((w) => text.startsWith(w, start - located.length - w.length))) return true;
  if (bodyClauseBefore(text, sentence, start)) return true;
  let b = start;
  while (b > sentence && (text[b - 1] === '：' || text[b - 1] === ':' || text[b - 1] === '（' || text[b - 1] === '(' || text[b - 1] === ' ' || text[b - 1] === '\u3000' || text[b - 1] === '为' || text[b - 1] === '在' || text[b - 1] === '于')) b--;
  if (text.startsWith('地址', b - 2) && (text[b] === '：' || text[b] === ':') && personsBareAddress(text, sentence, b - 2, people)) return false;
  for (const w of LABEL_BEFORE) if (text.startsWith(w, b - w.length)) return true;
  for (const w of BODY_ENDS) if (text.startsWith(w, b - w.length)) return true;
  const before = text.slice(sentence, start);
  return TRADE_WORDS.some((w) => before.includes(w));
}

/**
 * Homes by the grammar, decided by context: in the sentence (or table row) of each private person found, every run
 * down to a door, a room or a village's group that closes its clause, names a division or a village with a door,
 * and belongs to no body. `people`: the spans of the names found (staff and officials are not among them).
 * Each sentence is read once, at most SENTENCE_BACK + SENTENCE_AHEAD characters.
 */
export function homesNearPeople(text: string, people: readonly Span[]): Span[] {
  const out: Span[] = [];
  let done = 0;
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    if (person.start < done) continue;
    const s = Math.max(done, sentenceStart(text, person.start));
    const e = sentenceEnd(text, person.end);
    // The people of this sentence (sorted by start): a few, never the whole document's list.
    let j = i;
    while (j < people.length && people[j].start < e) j++;
    const here = people.slice(i, j);
    for (let q = s + 1; q <= e; q++) {
      if (IS_END[text.charCodeAt(q - 1)] !== 1 || isDigitCode(text.charCodeAt(q)) || !closesClause(text, q)) continue;
      const run = placeRunEndingAt(text, q);
      if (!run || run.start < s) continue;
      if (!(run.division || (run.village && run.door))) continue;
      // 在…村三组，X非法采砂: a group with no door after 在/于 places an event; a visit (来到, 走进) or a door places a home.
      if (!run.door && (text[run.start - 1] === '在' || text[run.start - 1] === '于')) continue;
      const value = text.slice(run.start, q);
      if (value.length < 5 || NOT_HOME_WORDS.some((w) => value.includes(w)) || ZONE_SEAT.test(value)) continue;
      // A name inside the run is a person beside a place, not a place (…村村民X住…号 is read by the label passes).
      if (here.some((p) => p.start >= run.start && p.end <= q)) continue;
      // A table's cell is its column's to decide (经营地点, 场所地址 hold bodies' places beside people's names).
      if (inCell(text, run.start) || ownedByBody(text, s, run.start, here) || isOfficeSection(text, run.start)) continue;
      // （男，…，户籍地青崖县…8号）: a label glued to the place opens the run; the place starts after it.
      const label = GLUED_LABELS.find((w) => text.startsWith(w, run.start));
      out.push({ start: run.start + (label ? label.length : 0), end: q });
    }
    done = e;
  }
  return out;
}
