/**
 * Homes named in prose with no label, anchored on a person or on a verb of dwelling:
 * - right after a name the names pass found, a bare verb of residing (梁欢欢住栖梧县…504室, 雷园园住漾泉县…48号,
 *   X老人住在…组24号, X一家现住…室, X租住在…室) or a home noun and 在 (X的家在…号, X的住处在…): the comma the 住
 *   label needs is missing there, the name stands in its place;
 * - a home in brackets right after a verb of dwelling (长子X在县城居住（…小区1栋3单元702室）, 现暂住（…）).
 * Each anchor reads at most MAX_PLACE characters. The address grammar (grammar.ts) must read the place whole, with a
 * division or a door, ending at a village,
 * its group or a door (号, 室), so 住院治疗, 住在县城 and 居住（租房） stay nothing.
 */
import * as chars from './chars.js';
import { BODY_PLACE_WORDS } from './bodies.js';
import { addDisjoint, type Span } from './email.js';
import { placeRunEndingAt } from './grammar.js';
import { isListed, oneCharOfEach, triggerClass } from './present.js';

const MAX_PLACE = 40;
/** Between a name and its verb: an elder's or a household's word (X老人住…, X一家住在…, X现住…). */
const AFTER_NAME = ['老人', '一家', '夫妇', '现', '目前', '长期', '独自'];
/** Longest first: 住在 is cut after its 在. */
const RESIDE_VERBS = ['居住在', '居住于', '现住在', '租住在', '寄住在', '借住在', '暂住在', '住在', '住于', '现住', '暂住', '租住', '寄住', '借住', '住'];
/** X的家在…, X的住处在…, X家位于…: a home noun owned by the person, then where it is. */
const HOME_NOUNS = ['的老家', '的住处', '的住所', '的家', '住处', '家'];
const HOME_VERBS = ['位于', '在'];
/** A bracket after these holds the home: 在县城居住（…）, 寄住在女儿家（…）. */
const DWELL_BEFORE_BRACKET = ['居住', '定居', '暂住', '租住', '生活', '家', '家中', '家里', '住宅', '住处'];
/**
 * 住宅 and 住处 name a home only as someone's (其住宅（…）, 养殖场所即住宅（…）, 他的住处（…）); glued to another word they
 * are a kind of property a project builds or sells (商品住宅, 保障性住宅), so only a possessor, a copula or no Han
 * character may stand before them.
 */
const OWNED_DWELLINGS = new Set(['住宅', '住处']);
const BEFORE_OWNED_DWELLING = new Set('其即的为是系我你您他她'.split(''));
const BRACKET_OPENS = ['（', '('];
/** The brackets: `bracketedHomes` runs only on a text holding one, and a dwelling word (DWELLING_CHARS). */
export const BRACKET_OPEN_CHARS = triggerClass(BRACKET_OPENS);
/**
 * The last character of each word a bracketed home follows, and one of each verb or noun `homesAfterNames` needs
 * (住, 家): one class, so a text holding none runs neither pass. A superset is safe for both: the words decide.
 */
export const DWELLING_CHARS = triggerClass([
  ...DWELL_BEFORE_BRACKET.map((w) => w[w.length - 1]),
  ...oneCharOfEach([...RESIDE_VERBS, ...HOME_NOUNS], '住家'),
]);
const HOME_END = /(?:村|组|社|队|屯|嘎查|[0-9０-９]+(?:号|室))$/;

function isPlaceChar(c: number): boolean {
  return chars.isHanCode(c) || chars.isDigitCode(c) || c === 0x2d || c === 0xff0d;
}

/** The home from `s`, or -1: the run of place characters ending at its last 号/室 or at a village or group. */
function homeEnd(text: string, s: number): number {
  let e = s;
  let last = -1;
  while (e < text.length && e - s < MAX_PLACE && isPlaceChar(text.charCodeAt(e))) {
    const ch = text[e++];
    if (ch === '室') return e;
    if (ch === '号' || ch === '村' || ch === '组' || ch === '屯') last = e;
  }
  return last;
}

/**
 * The place from `s` to `e` is a home: the address grammar reads it whole, down to a village, its group or a door,
 * with a division or a door; no body's word in it.
 */
function isHome(text: string, s: number, e: number): boolean {
  const value = text.slice(s, e);
  if (value.length < 5 || value.includes('某') || !HOME_END.test(value)) return false;
  if (BODY_PLACE_WORDS.some((w) => value.includes(w))) return false;
  const run = placeRunEndingAt(text, e, s);
  return run !== null && run.start === s && (run.division || run.door);
}

/** `nameEnds`: where the names found in the text end. */
export function homesAfterNames(text: string, nameEnds: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const e0 of nameEnds) {
    let p = e0;
    const word = AFTER_NAME.find((w) => text.startsWith(w, p));
    if (word) p += word.length;
    let s = -1;
    const verb = RESIDE_VERBS.find((v) => text.startsWith(v, p));
    if (verb) s = p + verb.length;
    else {
      const noun = word ? undefined : HOME_NOUNS.find((w) => text.startsWith(w, p));
      const at = noun ? HOME_VERBS.find((v) => text.startsWith(v, p + noun.length)) : undefined;
      if (noun && at) s = p + noun.length + at.length;
    }
    if (s < 0) continue;
    const e = homeEnd(text, s);
    if (e < 0) continue;
    // The home must close its clause: 住在县城东门口卖菜 names no door.
    if (isPlaceChar(text.charCodeAt(e)) && !text.startsWith('的', e)) continue;
    if (isHome(text, s, e)) addDisjoint(out, s, e);
  }
  return out;
}

/** A dwelling word right before `i`; most brackets follow no word's last character and cost one table read. */
function dwellWordEndsAt(text: string, i: number): boolean {
  if (i === 0 || !isListed(text.charCodeAt(i - 1), DWELLING_CHARS)) return false;
  for (const w of DWELL_BEFORE_BRACKET) {
    if (!text.startsWith(w, i - w.length)) continue;
    if (!OWNED_DWELLINGS.has(w)) return true;
    const before = i - w.length - 1;
    return before < 0 || !chars.isHanCode(text.charCodeAt(before)) || BEFORE_OWNED_DWELLING.has(text[before]);
  }
  return false;
}

/** 在县城居住（…室）: the bracket right after a verb of dwelling holds nothing but the home. */
export function bracketedHomes(text: string, out: Span[]): void {
  for (const open of BRACKET_OPENS) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      if (!dwellWordEndsAt(text, i)) continue;
      const s = i + 1;
      const e = homeEnd(text, s);
      if (e < 0 || (text[e] !== '）' && text[e] !== ')')) continue;
      if (isHome(text, s, e)) addDisjoint(out, s, e);
    }
  }
}

/**
 * 在…室居住, 在…组12号居住: a home framed by 在 and a verb of dwelling after it, the verb's place read back from the
 * verb to its 在 over at most MAX_PLACE characters; the grammar then decides as for the other anchors.
 */
const DWELL_AFTER_PLACE = ['居住', '定居', '租住', '暂住'];

export function framedHomes(text: string, out: Span[]): void {
  for (const verb of DWELL_AFTER_PLACE) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + verb.length)) {
      const last = text[i - 1];
      if (last !== '室' && last !== '号' && last !== '组') continue;
      let s = i - 1;
      while (s > 0 && i - s < MAX_PLACE && isPlaceChar(text.charCodeAt(s - 1)) && text[s - 1] !== '在') s--;
      if (text[s - 1] !== '在') continue;
      if (homeEnd(text, s) === i && isHome(text, s, i)) addDisjoint(out, s, i);
    }
  }
}
