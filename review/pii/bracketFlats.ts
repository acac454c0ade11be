/**
 * A flat in brackets after whoever lives in it (业主代表X（桂香园4栋1单元302室）, 邻居X（锦绣园2栋3单元601室））: a
 * bracket holding nothing but a place down to its room through a building part (栋, 幢, 号楼, 单元) finds a household's
 * door whether or not the names pass read the word before it as a name (placesAfterNames needs one). Bodies keep rooms
 * in such buildings too: a body's or a label's end right before the bracket (物业服务中心（…）, 警务室（…）, 办公地点（…）),
 * a body's, a shop's or a lodging's word in the place, or the body's own contact block leave it.
 * Work: one look per bracket, in a text holding a bracket and 室; each look reads at most MAX_FLAT characters.
 */
import { isDigitCode, isHanCode } from './chars.js';
import { DESK_ENDS, NOT_HOME_WORDS, ORGANISATION_SUFFIXES, PUBLIC_BODY_ENDS } from './bodies.js';
import { isOfficeSection } from './context.js';
import { addDisjoint, type Span } from './email.js';

const MAX_FLAT = 40;
const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([['（', '）'], ['(', ')']]);
/** X（家住…室）, X（现住…室）: a verb of dwelling may open the bracket; the flat follows it. */
const DWELL_VERBS = ['家住', '现住', '住'];
const BUILDING_PART = /[0-9０-９一二三四五六七八九十]+(?:号楼|单元|栋|幢)/;
/** Words before a bracket that make it a body's or a label's place, not the flat of the person before it. */
const NOT_DWELLER_ENDS = [...new Set([...ORGANISATION_SUFFIXES, ...PUBLIC_BODY_ENDS, ...DESK_ENDS, '点', '址', '地', '部', '屋', '堂'])];
/** A flat named in a lodging or an office block is a stay or a workplace. */
const NOT_FLAT_WORDS = [...NOT_HOME_WORDS, '宾馆', '酒店', '公寓楼', '招待所', '写字楼', '商务楼', '宿舍', '大楼'];

function isFlatChar(c: number): boolean {
  return isHanCode(c) || isDigitCode(c) || c === 0x2d || c === 0xff0d;
}

/** The flat in the bracket opening at `i`, or null. */
function flatIn(text: string, i: number): Span | null {
  const close = OPEN_TO_CLOSE.get(text[i]);
  if (close === undefined || !isHanCode(text.charCodeAt(i - 1))) return null;
  let s = i + 1;
  const verb = DWELL_VERBS.find((v) => text.startsWith(v, s));
  if (verb) s += verb.length;
  let q = s;
  while (q < text.length && q - s < MAX_FLAT && isFlatChar(text.charCodeAt(q))) q++;
  if (text[q] !== close || text[q - 1] !== '室' || !isDigitCode(text.charCodeAt(q - 2))) return null;
  const value = text.slice(s, q);
  // An estate's name opens it (…园4栋…, …小区3栋…); a bare 3栋2单元501室 could be any building's.
  if (value.length < 6 || !isHanCode(value.charCodeAt(0)) || !BUILDING_PART.test(value)) return null;
  if (NOT_FLAT_WORDS.some((w) => value.includes(w))) return null;
  if (NOT_DWELLER_ENDS.some((w) => text.startsWith(w, i - w.length))) return null;
  if (isOfficeSection(text, i)) return null;
  return { start: s, end: q };
}

/** Flats in brackets after the word of whoever lives there. */
export function bracketedFlats(text: string, out: Span[]): void {
  for (const open of OPEN_TO_CLOSE.keys()) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const flat = flatIn(text, i);
      if (flat) addDisjoint(out, flat.start, flat.end);
    }
  }
}
