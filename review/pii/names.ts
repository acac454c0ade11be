/**
 * person_name: names of members of the public. A name is only recognised where a disclosure document
 * puts one — after a role label (申请人：王建国, 当事人巴特尔于…) or alone on a salutation line (王建国：) —
 * and then every other occurrence of that same name in the document. Running prose is never guessed
 * at: "王府井" or "高原" after nothing in particular is not a person.
 */
import * as chars from './chars.js';
/** Bound once: module-namespace lookups in the per-character loops below cost more than the checks. */
const isHanCode = chars.isHanCode;
import {
  AFTER_NAME_CHARS,
  COMPOUND_SURNAMES,
  LIKELY_FOLLOWERS,
  NOT_A_NAME_PREFIXES,
  NOT_A_NAME_WORDS,
  PUBLIC_FIGURES,
  SINGLE_SURNAMES,
  STRONG_AFTER_NAME,
  TITLES,
  TRANSLITERATED_NAME_PARTS,
} from './lexicon.js';
import { ORGANISATION_SUFFIXES } from './bodies.js';
import { isBodyContact } from './context.js';
import { endsCell, namesInColumn, type ColumnName } from './columns.js';
import { isPersonHeading } from './headings.js';
import { withoutStaffNames } from './staffNames.js';
import { withoutHeadRows } from './headRows.js';
import { withoutStaffColumns } from './staffColumns.js';
import { withoutOfficials } from './offices.js';
import { kinNames } from './kinNames.js';
import { anchoredUnlisted } from './anchoredUnlisted.js';
import { readTables, type TableReading } from './tableNames.js';
import { numberedNames } from './numberedRows.js';
import { isCommonWord, nameScore, surnameAt } from './model/index.js';
import { tibetanName } from './model/tibetan.js';
import { sexFramedAfterLabel, unlistedNameAfterLabel } from './unlistedLabelled.js';
import { paddedNameEnd } from './paddedNames.js';
import { teachingAfter } from './teachings.js';
import { daiName } from './model/dai.js';
import { daiSpeakers } from './daiSpeakers.js';
import { GIVEN_NAME_WORDS } from './model/givenWords.js';
import { clauseAdverbEnds, findProseNames, headsPublicBody, helperBesideOfficial, introducedAt, MEANS_VERBS, isOfficialTitle, maskedSurnames, officialBefore, staffAt, staffLabelEndsAt } from './prose.js';
import { listedNames } from './lists.js';
import { isSameMention } from './mentions.js';
import { wordSurnameName } from './wordSurnames.js';
import { ownersOfEffects } from './possessions.js';
import { successors } from './successors.js';
import { BOUND_TO, boundNeighbours, directionAt } from './bounds.js';
import { enumeratesThings } from './things.js';
import { alternationWords, COLON, has, isListed, listPositions, MASK_MARK, NAME_START_AT, ROLE_END_AT, triggerClass, unitsOf, type Triggers } from './present.js';
import { ALL_NAME_ROLES } from './roles.js';
import { clerkOfDeskLine } from './deskPhones.js';
import { underServiceLabel } from './serviceLabels.js';
import { buildingAfter } from './buildings.js';
import { thingAfterConjunction } from './conjuncts.js';
import { completeShortReadings, shortReadingStandsAlone } from './shortReadings.js';

export interface NameCandidate {
  start: number;
  end: number;
  /** The role label that introduced the name, or null for a salutation line or a later mention. */
  role: string | null;
  /** The Han surname ('' for transliterated names), which the masking policy keeps. */
  surname: string;
  /** The name itself, used to give every mention of a person the same pseudonym. */
  name: string;
}

/** A run longer than this after a label is prose, not a name; it also bounds the work per label. */
const RUN_CAP = 12;
const NAME_DOT = new Set(['·', '•', '．', '・']);
const MASK_MARKS = new Set(['某', '×', 'Ｘ', '＊', '*', '○', '〇']);
const GIVEN_NOT_FUNCTION = new Set('的了在是于和与及等为对向被将把从'.split(''));
/**
 * Grammar that ends no three-character name after a label (法定代表人高斌以“临时工”为由): the word after the name. 和
 * and 为 end given names too (平和, 有为), so they are not here.
 */
const LAST_NOT_GIVEN = new Set('的了在是于与及等对向被将把从以'.split(''));
/** A reading that ends in a division (被申请人：霍邱县自然资源局 → 霍邱县) is a place heading a body's name. */
const DIVISION_CHARS = new Set('省市县区旗盟州镇乡村'.split(''));
const PARTS_BY_LENGTH = [...TRANSLITERATED_NAME_PARTS].sort((a, b) => b.length - a.length);
const TRANSLIT_CHARS = new Set(TRANSLITERATED_NAME_PARTS.join('').split(''));
const ROLE_SET: ReadonlySet<string> = new Set(ALL_NAME_ROLES);
const SPACES_RE = /[ \u3000]/g;
/** The longest Tibetan name read after a label: two syllables of two characters and a closing one, or three. */
const TIBETAN_MAX = 6;

/**
 * The role of a label laid out with spaces between its characters right before `p` (当 事 人：谢睿), as
 * forms print them; the prose pass finds such names, this gives them their role. Reads at most 10 characters.
 */
function spacedRoleBefore(text: string, p: number): string | null {
  let q = p;
  while (q > 0 && (chars.isBlank(text[q - 1]) || text[q - 1] === '：' || text[q - 1] === ':') && p - q < 3) q--;
  if (q === p) return null;
  const window = text.slice(Math.max(0, q - 7), q);
  const compact = window.replace(SPACES_RE, '');
  if (compact.length === window.length) return null;
  for (const len of [3, 2]) {
    const role = compact.slice(-len);
    if (ROLE_SET.has(role)) return role;
  }
  return null;
}
/** How name-like a run glued to a role label must be, on its characters alone, when no telling word follows it. */
const GLUED_MIN_SCORE = 4;
/** What a three-character reading loses when its last character opens a telling word (prose.ts's split penalty). */
const GLUED_SPLIT_PENALTY = 4;
const SALUTATION_REJECT_END = new Set('人处局室科部会厅委办所站院号码址话件间期由容题注明称位点式见求果论因项类别'.split(''));

const NAME_DOT_UNIT = chars.unitTable(NAME_DOT);

function isNameCode(code: number): boolean {
  return isHanCode(code) || NAME_DOT_UNIT[code] === 1;
}

/** Han characters (and the name dot) from `p`, at most RUN_CAP + 1 so callers can tell a run was cut. */
function readRun(text: string, p: number): string {
  let q = p;
  const limit = Math.min(text.length, p + RUN_CAP + 1);
  while (q < limit && isNameCode(text.charCodeAt(q))) q++;
  return text.slice(p, q);
}

function afterNameOk(rem: string, strict: boolean): boolean {
  if (TITLES.some((t) => rem.startsWith(t))) return true;
  if (strict) return STRONG_AFTER_NAME.some((w) => rem.startsWith(w));
  return AFTER_NAME_CHARS.has(rem[0]);
}

function surnameOf(run: string): string {
  const compound = COMPOUND_SURNAMES.find((s) => run.startsWith(s));
  if (compound && run.length >= 3) return compound;
  return SINGLE_SURNAMES.has(run[0]) ? run[0] : '';
}

interface Parsed {
  length: number;
  surname: string;
}

/**
 * Decides how much of `run` (Han text right after a label) is a name.
 * `strict`: the name is glued to the label with no colon or space, so only the clearest following words
 * (于, 男, 先生 …) may end it. `terminated`: the run stopped at a non-Han character, not at the cap.
 */
function parseShorterOk(usable: string, length: number, strict: boolean): boolean {
  return afterNameOk(usable.slice(length), strict);
}

/**
 * `tradeLabel`: the label names a trade (驾驶员, 船员), a noun that also heads compounds glued after it (驾驶员安全培训):
 * a glued run opening with a word goes on as that word there. A party's label (当事人王国华违规…) names a person.
 */
export function parseName(run: string, strict: boolean, terminated: boolean, tradeLabel = false): Parsed | null {
  if (run.length < 2 || MASK_MARKS.has(run[0]) || MASK_MARKS.has(run[1])) return null;
  for (const w of NOT_A_NAME_WORDS) if (run.startsWith(w)) return null;
  for (const w of NOT_A_NAME_PREFIXES) if (run.startsWith(w)) return null;
  const usable = terminated ? run : run.slice(0, RUN_CAP);

  // Transliterated names made of known parts, optionally joined by a name dot (买买提·艾力).
  let pos = 0;
  for (;;) {
    const part = PARTS_BY_LENGTH.find((p) => usable.startsWith(p, pos));
    if (!part) break;
    pos += part.length;
    if (NAME_DOT.has(usable[pos] ?? '') && PARTS_BY_LENGTH.some((p) => usable.startsWith(p, pos + 1))) pos++;
  }
  if (pos >= 2) {
    const rem = usable.slice(pos);
    if ((rem === '' && terminated) || (rem !== '' && afterNameOk(rem, strict))) return { length: pos, surname: '' };
  }

  // Tibetan names (格桑旺姆, 才让东智): a run of the class's syllables, though its first character may read as a surname (索南…).
  for (let length = Math.min(usable.length, TIBETAN_MAX); length >= 3; length--) {
    if (!tibetanName(usable.slice(0, length))) continue;
    const rem = usable.slice(length);
    if ((rem === '' && terminated) || (rem !== '' && afterNameOk(rem, strict))) return { length, surname: '' };
  }

  // Dai names (岩叫, 玉香, 岩温香): a prefix of sex and standing the surname tables may read otherwise (玉, 岩).
  for (let length = Math.min(usable.length, 3); length >= 2; length--) {
    if (!daiName(usable.slice(0, length))) continue;
    const rem = usable.slice(length);
    if ((rem === '' && terminated) || (rem !== '' && afterNameOk(rem, strict))) return { length, surname: '' };
  }

  // A dotted name of unknown parts, when a colon or space set it apart and nothing follows it.
  if (!strict && terminated && usable.length <= RUN_CAP && [...usable].some((c) => NAME_DOT.has(c))) {
    if (!NAME_DOT.has(usable[0]) && !NAME_DOT.has(usable[usable.length - 1])) return { length: usable.length, surname: '' };
  }

  const surname = surnameOf(usable);
  if (surname) {
    const given = usable.slice(surname.length);
    if (TITLES.some((t) => given.startsWith(t))) return null; // 王先生: a surname alone identifies no one
    for (const g of [2, 1]) {
      const length = surname.length + g;
      if (length > usable.length) continue;
      const givenPart = usable.slice(surname.length, length);
      if ([...givenPart].some((c) => MASK_MARKS.has(c) || NAME_DOT.has(c))) continue;
      if (GIVEN_NOT_FUNCTION.has(givenPart[0]) || (g === 2 && LAST_NOT_GIVEN.has(givenPart[1]))) continue;
      if (DIVISION_CHARS.has(givenPart[givenPart.length - 1]) || DIVISION_CHARS.has(usable[length] ?? '')) continue;
      if (g === 2 && LIKELY_FOLLOWERS.has(givenPart[1]) && !GIVEN_NAME_WORDS.has(givenPart) && parseShorterOk(usable, surname.length + 1, strict)) continue;
      // 当事人高斌作为股东…: the last given character opens a verb of means or pretext, which the shorter reading ends on.
      if (g === 2 && MEANS_VERBS.some((w) => usable.startsWith(w, length - 1))) continue;
      const rem = usable.slice(length);
      if (rem === '' ? terminated : afterNameOk(rem, strict)) return { length, surname };
    }
    // Glued to its label and followed by anything (当事人丁健华时任…): the character model picks the length.
    if (strict) {
      let best: Parsed | null = null;
      let bestScore = GLUED_MIN_SCORE;
      for (const g of [2, 1]) {
        const length = surname.length + g;
        if (length > usable.length) continue;
        if (DIVISION_CHARS.has(usable[length - 1]) || DIVISION_CHARS.has(usable[length] ?? '')) continue;
        // 驾驶员安全培训: with nothing telling after it, a run that opens with a word (安全) glued to a trade's label is that
        // word going on (a heading's compound), not a name cut out of it.
        if (g === 2 && tradeLabel && isCommonWord(usable.slice(0, 2))) continue;
        // 当事人刘建利用职务之便: the last given character may open a verb of means (利用, 作为) instead of ending the name.
        const score = nameScore(usable.slice(0, length), surname) - (g === 2 && MEANS_VERBS.some((w) => usable.startsWith(w, length - 1)) ? GLUED_SPLIT_PENALTY : 0);
        if (score > bestScore) {
          bestScore = score;
          best = { length, surname };
        }
      }
      return best;
    }
    return null;
  }

  // 当事人：菅国柱 / 申请人菅国柱于… / 法定代表人：凡涛，: a surname no table holds before a plain name's given part.
  const unlisted = unlistedNameAfterLabel(usable, strict, terminated);
  if (unlisted > 0) {
    const rem = usable.slice(unlisted);
    if (rem === '' ? terminated : afterNameOk(rem, strict)) return { length: unlisted, surname: usable[0] };
  }

  // Unknown transliterated names (其他蒙古族姓名) set apart by a colon: every character must be one that
  // transliterations use, so ordinary words and organisations do not pass.
  if (!strict && terminated && usable.length >= 2 && usable.length <= 6 && [...usable].every((c) => TRANSLIT_CHARS.has(c))) {
    if (!ORGANISATION_SUFFIXES.some((s) => usable.endsWith(s))) return { length: usable.length, surname: '' };
  }
  return null;
}

/** 驾驶员, 船员: a trade's 员; not the 人员 of a party (受伤人员, 当事人员). */
function isTradeLabel(role: string): boolean {
  return role.endsWith('员') && !role.endsWith('人员');
}

/** Names after role labels, including lists (申请人：王建国、李秀英). */
/**
 * Role labels indexed by their last code unit, longest first: one table read per character finds every
 * label ending there, the longest winning (复议申请人 over 申请人), as the leftmost-longest regex did.
 */
/**
 * Keyed by the last two code units (every label has at least two): 51 labels end in 人, and one map read
 * per 人 replaces 51 comparisons. The key keeps 14 bits of the second-last unit so that it stays a small
 * integer (a CJK pair as one 32-bit number would be a heap number, allocated per lookup); pairs that share
 * a key share a list, still longest first, and every label is compared before it is taken.
 */
function roleEndKey(prev: number, last: number): number {
  return ((prev & 0x3fff) << 16) | last;
}
const ROLES_BY_END = new Map<number, string[]>();
for (const r of [...ALL_NAME_ROLES].sort((a, b) => b.length - a.length)) {
  const key = roleEndKey(r.charCodeAt(r.length - 2), r.charCodeAt(r.length - 1));
  ROLES_BY_END.set(key, [...(ROLES_BY_END.get(key) ?? []), r]);
}
const ROLES_BY_FIRST = new Map<number, string[]>();
for (const r of [...ALL_NAME_ROLES].sort((a, b) => b.length - a.length)) {
  ROLES_BY_FIRST.set(r.charCodeAt(0), [...(ROLES_BY_FIRST.get(r.charCodeAt(0)) ?? []), r]);
}
const ROLE_LAST = new Uint8Array(0x10000);
for (const r of ALL_NAME_ROLES) ROLE_LAST[r.charCodeAt(r.length - 1)] = 1;
/** The scan lists where a label can end (present.ts); namesAfterRoles visits only those positions. */
listPositions(ROLE_END_AT, unitsOf(ROLE_LAST));

/** The longest heading cell read back from its last character: a heading is a short word. */
const MAX_DERIVED_HEADING = 5;

/**
 * The names under a heading cell ending at `last` that no role label matches but whose suffix says it heads people
 * (headings.ts), or null. The cell must stand alone between separators; namesInColumn checks the line is a table head.
 */
function derivedHeadColumn(text: string, last: number): { names: ColumnName[]; end: number; heading: string } | null {
  let s = last;
  while (s > 0 && last - s < MAX_DERIVED_HEADING && isHanCode(text.charCodeAt(s - 1))) s--;
  if (s > 0 && !endsCell(text, s - 1)) return null;
  const heading = text.slice(s, last + 1);
  if (!isPersonHeading(heading)) return null;
  const column = namesInColumn(text, s, last + 1);
  return column && column.names.length > 0 ? { ...column, heading } : null;
}

/** What makes a word of a label's closing 名: 名单, 名册, 名称, 名额, 名次, 名录, 名义. */
const NAME_WORD_SECOND: ReadonlySet<string> = new Set(['单', '册', '称', '额', '次', '录', '义']);

function namesAfterRoles(text: string, out: NameCandidate[], triggers: Triggers): void {
  let resumeAt = 0;
  const ends = triggers.roleEnds;
  const count = triggers.roleEndCount;
  // `j` is where the last label or name read ends; a label ending at or before it is not read again.
  let j = 0;
  for (let k = 0; k < count; k++) {
    if (ends[k] <= j) continue;
    j = ends[k];
    const endsHere = ROLES_BY_END.get(roleEndKey(text.charCodeAt(j - 1), text.charCodeAt(j)));
    let role = '';
    if (endsHere !== undefined)
      for (const r of endsHere) {
        const start = j + 1 - r.length;
        if (start >= resumeAt && text.startsWith(r, start)) {
          role = r;
          break;
        }
      }
    if (!role) {
      // 参保人 | 监护人 | 畜主 as a table's heading: no label of the list, but its suffix says the column holds people.
      const column = j >= resumeAt && endsCell(text, j + 1) ? derivedHeadColumn(text, j) : null;
      if (column) {
        for (const c of column.names) out.push({ start: c.start, end: c.end, role: c.heading ?? column.heading, surname: c.surname, name: text.slice(c.start, c.end) });
        resumeAt = Math.max(resumeAt, column.end);
        j = Math.max(j, column.end - 1);
      }
      continue;
    }
    const m = { index: j + 1 - role.length };
    // Leftmost-longest: a longer label starting at the same place wins (当事人员 over 当事人).
    for (const r of ROLES_BY_FIRST.get(text.charCodeAt(m.index)) ?? []) {
      if (r.length > role.length && text.startsWith(r, m.index)) {
        role = r;
        break;
      }
    }
    resumeAt = Math.max(resumeAt, m.index + role.length);
    j = Math.max(j, m.index + role.length - 1);
    // 贫困户名单如下, 五保户名册: a label ending in 名 (户名, 开户名) whose 名 opens 名单, 名册, 名称 … is no label.
    if (role.endsWith('名') && NAME_WORD_SECOND.has(text[m.index + role.length] ?? '')) continue;
    // 联系人 in the body's own contact block (联系我们 … 联系人：) or at the foot of its letter is staff acting in office.
    if (role === '联系人' && isBodyContact(text, m.index)) continue;
    let p = m.index + role.length;
    // 申请人姓名：王建国 / 申请人（姓名）：王建国
    for (const infix of ['（姓名）', '(姓名)', '姓名']) {
      if (role !== '姓名' && text.startsWith(infix, p)) {
        p += infix.length;
        break;
      }
    }
    // 序号 姓名 性别 … / 被征收人 | 房屋坐落: the label heads a table column, whose cells are the names.
    if (endsCell(text, p)) {
      const column = namesInColumn(text, m.index, p);
      // A person's column whose cells hold no names (当事人 | 原告A；被告B) is read cell by cell as labels below.
      if (column && column.names.length > 0) {
        // A sibling column's cell (委托代理人 beside 原告) takes its own heading, never the label's: a party's role protects.
        for (const c of column.names) out.push({ start: c.start, end: c.end, role: c.heading ?? role, surname: c.surname, name: text.slice(c.start, c.end) });
        resumeAt = Math.max(resumeAt, column.end);
        j = Math.max(j, column.end - 1);
        continue;
      }
    }
    let separated = false;
    while (chars.isBlank(text[p])) {
      p++;
      separated = true;
    }
    if (text[p] === '：' || text[p] === ':') {
      p++;
      separated = true;
      while (chars.isBlank(text[p])) p++;
    }
    // 姓名 inside prose (姓名权) is not a form field; after a verb of giving one's name (自述姓名王某（音）) it is one.
    if (role === '姓名' && !separated && !SELF_REPORTS.some((w) => text.startsWith(w, m.index - w.length))) continue;
    let strict = !separated;
    // 当事人：王　芳，男: a two-character name padded to a form's width.
    const padded = separated ? paddedNameEnd(text, p) : -1;
    if (padded > 0) {
      out.push({ start: p, end: padded, role, surname: text[p], name: text.slice(p, padded) });
      resumeAt = Math.max(resumeAt, padded);
      j = Math.max(j, padded - 1);
      continue;
    }
    for (let guard = 0; guard < 8; guard++) {
      const run = readRun(text, p);
      const terminated = run.length <= RUN_CAP;
      const framed = terminated ? sexFramedAfterLabel(text, p, run) : 0;
      const read = parseName(run, strict, terminated, isTradeLabel(role)) ?? (separated && guard === 0 ? nameBeforeNationality(text, p, run) : null) ?? wordSurnameAfterLabel(run, strict, terminated) ?? (framed > 0 ? { length: framed, surname: run[0] } : null);
      if (!read) break;
      const parsed = outsideFrame(text, p, read);
      const end = p + parsed.length;
      if (role === '法定代表人' && headsPublicBody(text, end)) break;
      out.push({ start: p, end, role, surname: parsed.surname, name: text.slice(p, end) });
      resumeAt = Math.max(resumeAt, end);
      j = Math.max(j, end - 1);
      if (text[end] === '、') {
        p = end + 1;
        strict = false;
      } else if ((text[end] === '和' || text[end] === '及' || text[end] === '与') && isHanCode(text.charCodeAt(end + 1))) {
        p = end + 1;
        strict = true;
      } else break;
    }
  }
}

/** Verbs of giving one's own name before 姓名 (自述姓名, 自称姓名, 报称姓名): what follows is the name given. */
const SELF_REPORTS = ['自述', '自称', '自报', '报称', '供述', '告知'];

/**
 * 法定代表人高斌以“临时工”为由…: a preposition frame (以…为由, 以…为名, 以…名义) opens right after a two-character name,
 * so its 以 ends no given name. Reads the clause at most FRAME_REACH characters on. A clause adverb before a verb
 * (当事人孙建还未…) is given back the same way.
 */
const FRAME_CLOSES = ['为由', '为名', '为借口', '为理由', '名义'];
const FRAME_REACH = 20;

function outsideFrame(text: string, p: number, parsed: Parsed): Parsed {
  const last = p + parsed.length - 1;
  // 当事人孙建还未缴纳…: a clause adverb before the verb ends the name, as in prose.
  if (parsed.surname !== '' && parsed.length === parsed.surname.length + 2 && clauseAdverbEnds(text, last + 1)) return { length: parsed.length - 1, surname: parsed.surname };
  if (parsed.surname === '' || parsed.length !== parsed.surname.length + 2 || text[last] !== '以') return parsed;
  const limit = Math.min(text.length, last + FRAME_REACH);
  for (let q = last + 2; q < limit && !chars.isClauseEndCode(text.charCodeAt(q)) && text[q] !== '，'; q++) {
    for (const w of FRAME_CLOSES) if (text.startsWith(w, q)) return { length: parsed.length - 1, surname: parsed.surname };
  }
  return parsed;
}

/**
 * 当事人：通拉嘎，蒙古族，1978年…出生: after a role label and its colon, a whole run followed by a nationality
 * clause is a name whatever its syllables (a Mongolian or Tibetan name the part list lacks). 汉族 says the
 * same, but Han names parse on their surname already. A place or body (…嘎查，蒙古族聚居) ends in a suffix.
 */
const NATIONALITY_CLAUSE = /^[，,]\s*[\u4e00-\u9fff]{1,4}族[，,。（(\s]/;
const MAX_NATIONALITY_NAME = 6;

function nameBeforeNationality(text: string, p: number, run: string): Parsed | null {
  if (run.length < 2 || run.length > MAX_NATIONALITY_NAME || !NATIONALITY_CLAUSE.test(text.slice(p + run.length, p + run.length + 8))) return null;
  if ([...run].some((c) => !isHanCode(c.charCodeAt(0)) || DIVISION_CHARS.has(c) || MASK_MARKS.has(c))) return null;
  if (isCommonWord(run) || ORGANISATION_SUFFIXES.some((suf) => run.endsWith(suf)) || isOfficialTitle(run)) return null;
  // 谢万山，汉族 (a given character prose distrusts) keeps its surname for the masking policy.
  const surname = run.length <= 3 ? surnameAt(run, 0) : '';
  return { length: run.length, surname };
}

/**
 * 被告但兴旺下落不明 / 收养人水凯旋（男，…）: right after a role label a word-like surname (wordSurnames.ts) opens
 * the name when what follows ends one as parseName's own boundary rule reads it. Three characters first.
 */
function wordSurnameAfterLabel(run: string, strict: boolean, terminated: boolean): Parsed | null {
  for (let length = 3; length >= 2; length--) {
    if (run.length < length || !wordSurnameName(run.slice(0, length))) continue;
    if (run.length === length ? terminated : afterNameOk(run.slice(length), strict)) return { length, surname: run[0] };
  }
  return null;
}

/** TITLES by their last unit, in TITLES' order, so a salutation compares only those its run can end in. */
const TITLES_BY_LAST = new Map<number, string[]>();
for (const t of TITLES) TITLES_BY_LAST.set(t.charCodeAt(t.length - 1), [...(TITLES_BY_LAST.get(t.charCodeAt(t.length - 1)) ?? []), t]);

/** 王建国： / 尊敬的王建国先生： alone at the start of a line, as replies to letters open. */
function salutations(text: string, out: NameCandidate[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let p = lineStart;
    while (p < nl && chars.isBlank(text[p])) p++;
    if (text.startsWith('尊敬的', p)) p += 3;
    const run = readRun(text, p);
    const colonAt = p + run.length;
    if (run.length >= 2 && run.length <= 8 && (text[colonAt] === '：' || text[colonAt] === ':')) {
      const title = TITLES_BY_LAST.get(run.charCodeAt(run.length - 1))?.find((t) => run.endsWith(t) && run.length > t.length);
      const bare = title ? run.slice(0, run.length - title.length) : run;
      let q = colonAt + 1;
      while (q < nl && (chars.isBlank(text[q]) || text[q] === '\r')) q++;
      const addressed = title !== undefined || q >= nl || text[q] === '您' || text[q] === '你';
      if (addressed && bare.length >= 2 && bare.length <= 6 && !SALUTATION_REJECT_END.has(bare[bare.length - 1]) && !isOfficialTitle(bare)) {
        const parsed = parseName(bare, false, true);
        if (parsed && parsed.length === bare.length) {
          out.push({ start: p, end: p + bare.length, role: null, surname: parsed.surname, name: bare });
        }
      }
    }
    lineStart = nl + 1;
  }
}

const TITLE_RE = /同志|先生|女士|同学|老人/g;
const PUBLIC_FIGURE_SET: ReadonlySet<string> = new Set(PUBLIC_FIGURES);
/** Nouns that follow a name as a courtesy title does but also follow ordinary words (高年级同学, 百岁老人). */
const DESCRIPTIVE_TITLES = new Set(['同学', '老人']);

/**
 * 王建华同志 / 请张丽华女士于… in running text: a courtesy title right after surname + given name. A
 * two-character name must not be glued to a Han character before it, which rules out 全体同志 and the like.
 */
function titledNames(text: string, out: NameCandidate[]): void {
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m !== null; m = TITLE_RE.exec(text)) {
    const p = m.index;
    if (text[p + 2] === '们') continue;
    for (const len of [4, 3, 2]) {
      const s = p - len;
      if (s < 0) continue;
      const cand = text.slice(s, p);
      if (![...cand].every((c) => isHanCode(c.charCodeAt(0)))) continue;
      if (len === 2 && s > 0 && isHanCode(text.charCodeAt(s - 1))) continue;
      const surname = surnameOf(cand);
      if (!surname || (len === 4 && surname.length !== 2)) continue;
      // Glued to a word before it (各乡镇分管负责同志): only a run that reads as a name on its own counts;
      // before 同学 or 老人 always, since they also describe (高年级同学, 患病的沈佳怡同学).
      const descriptive = DESCRIPTIVE_TITLES.has(m[0]);
      if ((descriptive || !introducedAt(text, s)) && nameScore(cand, surname) < GLUED_MIN_SCORE) continue;
      if (descriptive && isCommonWord(cand)) continue;
      if (PUBLIC_FIGURE_SET.has(cand) || teachingAfter(text, p)) continue; // 学习焦裕禄同志: an exemplar quoted, no private person
      const parsed = parseName(cand, false, true);
      if (parsed && parsed.length === len) {
        out.push({ start: s, end: p, role: null, surname: parsed.surname, name: cand });
        break;
      }
    }
  }
}

/** Every word of TITLE_RE holds a unit of each class (present.ts); without both, titledNames is not run. */
const COURTESY_FIRST = triggerClass(alternationWords(TITLE_RE).map((t) => t[0]));
const COURTESY_LAST = triggerClass(alternationWords(TITLE_RE).map((t) => t[t.length - 1]));

/** Names the character model finds where no label put them; those overlapping a labelled find are dropped. */
function proseNames(text: string, found: NameCandidate[], triggers: Triggers): void {
  const prose = findProseNames(text, has(triggers.present, MASK_MARK) ? maskedSurnames(text) : NO_SURNAMES, triggers);
  if (prose.length === 0) return; // most short items: nothing more to build
  const taken = found.map((f) => [f.start, f.end] as const);
  const roleOf = new Map<string, string | null>();
  for (const f of found) if (!roleOf.has(f.name)) roleOf.set(f.name, f.role);
  let k = 0;
  const extra: NameCandidate[] = [];
  for (const p of prose) {
    while (k < taken.length && taken[k][1] <= p.start) k++;
    // …||东至X家 (a plot's bound), X、Y等物品 (things listed), 桂香园|4栋 (an estate before its building's number).
    if ((k < taken.length && taken[k][0] < p.end) || directionAt(text, p.start) || enumeratesThings(text, p.end) || buildingAfter(text, p.end) || thingAfterConjunction(text, p.start, p.end, found, prose)) continue;
    const name = text.slice(p.start, p.end);
    // A later mention of a labelled person (当事人：乔树梅 … 乔树梅与…) keeps that person's role.
    extra.push({ start: p.start, end: p.end, role: roleOf.get(name) ?? spacedRoleBefore(text, p.start), surname: p.surname, name });
  }
  // 刘明珠和丈夫阮康联系… then 阮康、刘明珠各获…: a three-character reading whose two-character prefix the
  // document also names on its own (followed by something else) was the name plus the next word.
  const all = found.concat(extra);
  const standsAlone = shortReadingStandsAlone(text, all);
  for (const x of extra) {
    if (x.name.length === 3 && x.surname.length === 1 && standsAlone(x.name.slice(0, 2), x.name[2])) {
      x.end -= 1;
      x.name = x.name.slice(0, 2);
    }
  }
  // 你父亲廖升生的… then 廖升生于2014年 (shortReadings.ts).
  completeShortReadings(text, all, extra);
  if (extra.length) {
    found.push(...extra);
    found.sort((a, b) => a.start - b.start);
  }
}

/** Upper bound on distinct names followed through a document, so a hostile input cannot make this quadratic. */
const MAX_PROPAGATED_NAMES = 200;

/**
 * `triggers`: the scan of the text (present.ts); passes its classes rule out are skipped. `tables`: the text's tables as
 * tableNames.ts read them, when the caller read them already for their homes.
 */
export function findNames(text: string, triggers: Triggers, tables: TableReading = readTables(text, triggers.present)): NameCandidate[] {
  const present = triggers.present;
  const found: NameCandidate[] = [];
  // A text where no label can end (no position listed) has no label to read names after.
  if (triggers.roleEndCount > 0) namesAfterRoles(text, found, triggers);
  // Every salutation ends in a colon: a text without one (most short items) has none to read line by line.
  if (has(present, COLON)) salutations(text, found);
  if (has(present, COURTESY_FIRST | COURTESY_LAST)) titledNames(text, found);
  if (has(present, BOUND_TO)) for (const b of boundNeighbours(text)) found.push({ start: b.start, end: b.end, role: null, surname: b.surname, name: text.slice(b.start, b.end) });
  // A table's person column known by its cells (tableNames.ts), a numbered list's by its lines' first clauses
  // (numberedRows.ts); a cell a heading's column already gave is not read twice.
  const numbered = numberedNames(text, present);
  if (tables.names.length > 0 || numbered.length > 0) {
    const taken = new Set(found.map((f) => f.start));
    for (const t of tables.names.concat(numbered)) if (!taken.has(t.start)) found.push({ start: t.start, end: t.end, role: t.heading, surname: t.surname, name: text.slice(t.start, t.end) });
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  proseNames(text, found, triggers);
  // Names tied to a child or a sex bracket (A、B之子C, 儿童X（女，…）): word-like surnames count there.
  const kin = kinNames(text, found, present);
  if (kin.length > 0) {
    found.push(...kin);
    found.sort((a, b) => a.start - b.start);
  }
  // Names under surnames no table holds between a strong anchor and a strong context (其妻寸娟（现住…）).
  const anchored = anchoredUnlisted(text, found);
  if (anchored.length > 0) {
    found.push(...anchored);
    found.sort((a, b) => a.start - b.start);
  }
  // Dai names opening a line or a sentence with a verb of speech (岩温说，…).
  const dai = daiSpeakers(text, found);
  if (dai.length > 0) {
    found.push(...dai);
    found.sort((a, b) => a.start - b.start);
  }
  // The owner of a bank card, an identity card or a wallet (内有X的银行卡).
  // …and who takes a post or a task over (由X接替).
  // 现金和银行卡的挎包: a thing joined to a thing owns nothing (conjuncts.ts).
  const effects = ownersOfEffects(text, found);
  const owners = (effects.length === 0 ? effects : effects.filter((o) => !thingAfterConjunction(text, o.start, o.end, found))).concat(successors(text, found));
  if (owners.length > 0) {
    found.push(...owners);
    found.sort((a, b) => a.start - b.start);
  }
  if (found.length === 0) return found; // most short items: no index to build
  const originals = new Set(found.map((f) => f.start));
  const all = propagate(text, found, triggers);
  // Members of the lists these names stand in (表扬：冶金龙、宓国平, 王　芳　卢建国, a first mention included).
  const listed = listedNames(text, all, (s) => introducedAt(text, s), (s, e) => staffAt(text, s, e));
  const staff = (s: number): boolean => staffLabelEndsAt(text, s);
  // The clerk of a desk line (咨询电话：…（X）) and a professional under the label of a service (授课教师：X) act for others.
  const titled = (s: number): boolean => staff(s) || officialBefore(text, s) || helperBesideOfficial(text, s) || clerkOfDeskLine(text, s) || underServiceLabel(text, s);
  if (listed.length === 0) return withoutOfficials(text, withoutStaffColumns(text, withoutHeadRows(text, withoutStaffNames(all, originals, staff)), tables.separated), titled);
  const members = listed.map((l) => ({ start: l.start, end: l.end, role: null, surname: l.surname, name: text.slice(l.start, l.end) }));
  for (const m of members) originals.add(m.start);
  const everyone = propagate(text, all.concat(members).sort((a, b) => a.start - b.start), triggers);
  // A list's member (养殖类：龙正和（苗族）) completes a prose reading cut at grammar (龙正|和摸索出…).
  completeShortReadings(text, everyone, everyone);
  return withoutOfficials(text, withoutStaffColumns(text, withoutHeadRows(text, withoutStaffNames(everyone, originals, staff)), tables.separated), titled);
}

/**
 * Every later mention of a recognised person is the same person (申请人王建国 … 王建国称 …). One pass over
 * the text with the names indexed by first code unit, rather than one search per name.
 */
function propagate(text: string, found: NameCandidate[], triggers: Triggers): NameCandidate[] {
  const seen = new Set(found.map((f) => f.start));
  // The names by first code unit: FIRST_CODES holds 1 + the index of the unit's list in `lists` (at most
  // MAX_PROPAGATED_NAMES of them, under 255), so a position of the text costs one table read, not a map lookup.
  // A shared table, set for this document's names and cleared after: short texts pay no 64 KB allocation.
  const firsts: number[] = [];
  const lists: NameCandidate[][] = [];
  const firstCodes = FIRST_CODES;
  const names = new Set<string>();
  for (const f of found) {
    if (names.has(f.name) || names.size >= MAX_PROPAGATED_NAMES) continue;
    names.add(f.name);
    const code = f.name.charCodeAt(0);
    const at = firstCodes[code];
    if (at !== 0) {
      lists[at - 1].push(f);
      continue;
    }
    firsts.push(code);
    lists.push([f]);
    firstCodes[code] = lists.length;
  }
  for (const list of lists) list.sort((a, b) => b.name.length - a.name.length);
  const unlisted = firsts.filter((code) => !isListed(code, NAME_START_AT));
  const extra: NameCandidate[] = [];
  // Names open with a surname or a transliteration part, whose positions the scan listed: visit only
  // those; a name opening otherwise (a dotted or nationality-marked one) adds the places of its first unit.
  const starts = lists.length === 0 ? null : unlisted.length === 0 ? triggers.nameStarts : withPlacesOf(text, unlisted, triggers);
  const n = lists.length === 0 ? 0 : starts ? (unlisted.length === 0 ? triggers.nameStartCount : starts.length) : text.length;
  for (let k = 0, i = 0; k < n; k++) {
    const at = starts ? starts[k] : k;
    if (at < i) continue;
    i = at;
    const listAt = firstCodes[text.charCodeAt(i)];
    if (listAt === 0) continue;
    let first: NameCandidate | undefined;
    for (const f of lists[listAt - 1]) {
      if (text.startsWith(f.name, i)) {
        first = f;
        break;
      }
    }
    if (!first) continue;
    if (!seen.has(i) && isSameMention(text, i, first.name)) extra.push({ start: i, end: i + first.name.length, role: first.role, surname: first.surname, name: first.name });
    i += first.name.length;
  }
  for (const code of firsts) firstCodes[code] = 0;
  return found.concat(extra).sort((a, b) => a.start - b.start);
}
/** Above this many unlisted first units, propagate reads every position instead of searching for each unit. */
const MAX_SEARCHED_UNITS = 4;

/**
 * The listed name starts and the places of the `units` (listed nowhere, so never among them) in text order: what
 * propagate must visit, without reading a document unit by unit for a name that opens unlisted. Null: too many units.
 */
function withPlacesOf(text: string, units: readonly number[], triggers: Triggers): Int32Array | null {
  if (units.length > MAX_SEARCHED_UNITS) return null;
  const places: number[] = [];
  for (const code of units) {
    const unit = String.fromCharCode(code);
    for (let p = text.indexOf(unit); p >= 0; p = text.indexOf(unit, p + 1)) places.push(p);
  }
  if (units.length > 1) places.sort((a, b) => a - b);
  const starts = triggers.nameStarts;
  const count = triggers.nameStartCount;
  const out = new Int32Array(count + places.length);
  for (let a = 0, b = 0, o = 0; o < out.length; o++) out[o] = b >= places.length || (a < count && starts[a] < places[b]) ? starts[a++] : places[b++];
  return out;
}

const FIRST_CODES = new Uint8Array(0x10000);
// FIRST_CODES numbers the lists in a byte.
if (MAX_PROPAGATED_NAMES > 0xff) throw new RangeError('names.ts: MAX_PROPAGATED_NAMES above 255 needs a wider FIRST_CODES');
const NO_SURNAMES: ReadonlySet<string> = new Set();
