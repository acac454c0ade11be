/**
 * Which trigger characters a text holds, found in one table read per character: the detectors that need a
 * character the text lacks (a digit for numbers, @ for emails, a colon for a salutation …) are not run at
 * all. This only saves running a detector on a text it cannot match; each detector still decides itself.
 * Classes are those of the folded character (fold.ts), so the pass runs on the text before it is folded.
 *
 * The same pass lists where some characters stand (`scanTriggers`): the detectors that would each walk
 * the whole text for their own few characters (a name's first character, a role label's last, a digit)
 * visit only those positions instead, one walk for all of them.
 */
import { isDigitCode } from './chars.js';
import { foldedCode } from './fold.js';
import { PLATE_OFFICE_LETTERS, PLATE_PROVINCES } from './plate.js';

export const ANY_DIGIT = 1;
export const AT_SIGN = 2;
/** E or G, the letters passports open with. */
export const PASSPORT_LETTER = 4;
/** The province abbreviations plates open with. */
export const PROVINCE = 8;
export const ASCII_DIGIT = 16;
/** A traditional or variant character: the text needs folding before detection. */
export const FOLDABLE = 32;
/** ： or :, which ends every salutation line. */
export const COLON = 64;
/** *, 某 or ×, with which publishers mask a name (乔**, 王某某). */
export const MASK_MARK = 128;
/** A name dot (·•・．) of a transliterated name. */
export const NAME_DOT = 256;
/** 位 or 坐, which open 位于 and 坐落 before a dwelling's place. */
export const LOCATED = 512;
/** A plate's office letter (A–Z without I and O), which follows its province. */
export const PLATE_LETTER = 1024;
/**
 * Positions listed by `scanTriggers` (bits 29–30; `triggerClass` hands out bits 11–28). Bit 31 stays unused so
 * every class set is a positive Smi-range number in `&` tests.
 */
export const NAME_START_AT = 1 << 29;
export const ROLE_END_AT = 1 << 30;
/** For callers that did not look: every class counts as present (classes use bits 0–30). */
export const ALL_PRESENT = 0x7fffffff;

/** The folded unit of every code unit, kept for classes registered later (`triggerClass`). */
const FOLDED = new Uint16Array(0x10000);
const TABLE = new Uint32Array(0x10000);
/** The classes of each unit as it stands (TABLE holds those of the unit it folds to). */
const CLASSES = new Uint32Array(0x10000);
{
  const classes = CLASSES;
  const mark = (chars: string, bit: number): void => {
    for (const c of chars) classes[c.charCodeAt(0)] |= bit;
  };
  for (let c = 0; c < 0x10000; c++) if (isDigitCode(c)) classes[c] |= ANY_DIGIT;
  mark('0123456789', ASCII_DIGIT);
  mark('@', AT_SIGN);
  mark('EG', PASSPORT_LETTER);
  mark(PLATE_PROVINCES, PROVINCE);
  mark('：:', COLON);
  mark('*某×', MASK_MARK);
  mark('·•・．', NAME_DOT);
  mark('位坐', LOCATED);
  mark(PLATE_OFFICE_LETTERS, PLATE_LETTER);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldedCode(c);
    FOLDED[c] = f;
    TABLE[c] = classes[f] | (f === c ? 0 : FOLDABLE);
  }
}

let nextBit = 1 << 11;

/**
 * TABLE as one byte per unit: the number of its distinct set of classes (0 for none), and the sets. The
 * walk reads 64 KB instead of 256 KB, which stays in cache on a busy machine; built on first use, after
 * every detector has registered its classes.
 */
interface Compact {
  ids: Uint8Array;
  sets: Uint32Array;
}
let compact: Compact | null = null;

/**
 * A new class holding `chars` (as folded characters), for a detector to register its own trigger
 * characters where it keeps its vocabulary; call at module load, before any text is scanned.
 */
export function triggerClass(chars: Iterable<string>): number {
  if (nextBit > 1 << 28) throw new Error('present.ts: no class bit left');
  const bit = nextBit;
  nextBit <<= 1;
  markClass(bit, chars);
  return bit;
}

function markClass(bit: number, chars: Iterable<string>): void {
  for (const ch of chars) CLASSES[ch.charCodeAt(0)] |= bit;
  for (let c = 0; c < 0x10000; c++) if ((CLASSES[FOLDED[c]] & bit) !== 0) TABLE[c] |= bit;
  compact = null;
}

function compactTable(): Compact {
  const ids = new Uint8Array(0x10000);
  const sets: number[] = [0];
  const idOf = new Map<number, number>([[0, 0]]);
  for (let c = 0; c < 0x10000; c++) {
    let id = idOf.get(TABLE[c]);
    if (id === undefined) {
      id = sets.length;
      if (id > 0xff) throw new Error('present.ts: more than 255 sets of classes');
      sets.push(TABLE[c]);
      idOf.set(TABLE[c], id);
    }
    ids[c] = id;
  }
  return { ids, sets: Uint32Array.from(sets) };
}

/**
 * Registers (folded) characters whose positions `scanTriggers` lists under `list` (NAME_START_AT or
 * ROLE_END_AT). A detector passes the characters of its own start table, so the list cannot miss one.
 */
export function listPositions(list: typeof NAME_START_AT | typeof ROLE_END_AT, chars: Iterable<string>): void {
  markClass(list, chars);
}

/** The units a detector's table marks (non-zero), for `listPositions`. */
export function unitsOf(table: Uint8Array): string[] {
  const out: string[] = [];
  for (let c = 0; c < table.length; c++) if (table[c] !== 0) out.push(String.fromCharCode(c));
  return out;
}

/** True when `code`, a unit of the folded text, is listed under `list`. */
export function isListed(code: number, list: number): boolean {
  return (CLASSES[code] & list) !== 0;
}

/**
 * What one walk over a text found: its classes and, in text order, the positions of the listed
 * characters (`nameStarts`, `roleEnds`) and of every digit run's first digit (`digitRuns`) and its end.
 * The arrays are longer than the counts; one object is reused, valid until the next `scanTriggers`.
 */
export interface Triggers {
  present: number;
  nameStarts: Int32Array;
  nameStartCount: number;
  roleEnds: Int32Array;
  roleEndCount: number;
  digitRuns: Int32Array;
  digitRunEnds: Int32Array;
  digitRunCount: number;
}

const LISTED = NAME_START_AT | ROLE_END_AT | ANY_DIGIT;
const shared: Triggers = {
  present: 0,
  nameStarts: new Int32Array(256),
  nameStartCount: 0,
  roleEnds: new Int32Array(256),
  roleEndCount: 0,
  digitRuns: new Int32Array(256),
  digitRunEnds: new Int32Array(256),
  digitRunCount: 0,
};

/** The classes that occur in `text`, and the position lists, in one walk. Offsets are those of the folded text too (one unit for one). */
export function scanTriggers(text: string): Triggers {
  const n = text.length;
  if (n > shared.nameStarts.length) {
    const size = Math.max(n, shared.nameStarts.length * 2);
    shared.nameStarts = new Int32Array(size);
    shared.roleEnds = new Int32Array(size);
    shared.digitRuns = new Int32Array(size);
    shared.digitRunEnds = new Int32Array(size);
  }
  compact ??= compactTable();
  shared.present = walkTriggers(text, compact.ids, compact.sets, shared.nameStarts, shared.roleEnds, shared.digitRuns, shared.digitRunEnds);
  shared.nameStartCount = walkedNames;
  shared.roleEndCount = walkedRoles;
  shared.digitRunCount = walkedRuns;
  return shared;
}

/** The counts of the last `walkTriggers` (module variables: storing them needs no type feedback, see below). */
let walkedNames = 0;
let walkedRoles = 0;
let walkedRuns = 0;

/**
 * The walk itself, apart from what it fills in. V8 (Node 20) compiles a long loop on the stack (OSR) while
 * its first call is still in it, often a whole document's; code after the loop that has not yet run has no
 * type feedback, and the cached OSR code then deoptimises there on every later call (`scanTriggers` stored
 * into `shared` after its loop: 2,500–3,900 deoptimisations per bench run in some fresh processes, none in
 * others). After this loop come only module-variable stores and a return, which need no feedback.
 */
function walkTriggers(
  text: string,
  ids: Uint8Array,
  sets: Uint32Array,
  nameStarts: Int32Array,
  roleEnds: Int32Array,
  digitRuns: Int32Array,
  digitRunEnds: Int32Array,
): number {
  const n = text.length;
  let seen = 0;
  let names = 0;
  let roles = 0;
  let runs = 0;
  let lastDigit = -2;
  for (let i = 0; i < n; i++) {
    const id = ids[text.charCodeAt(i)];
    if (id === 0) continue;
    const t = sets[id];
    seen |= t;
    if ((t & LISTED) === 0) continue;
    if ((t & NAME_START_AT) !== 0) nameStarts[names++] = i;
    if ((t & ROLE_END_AT) !== 0) roleEnds[roles++] = i;
    if ((t & ANY_DIGIT) !== 0) {
      if (lastDigit !== i - 1) digitRuns[runs++] = i;
      lastDigit = i;
      digitRunEnds[runs - 1] = i + 1;
    }
  }
  walkedNames = names;
  walkedRoles = roles;
  walkedRuns = runs;
  return seen;
}

/**
 * The words of `re`, a regex made of literal words joined by | (grouped with (?:…) or not), so a detector
 * derives its trigger class from the very pattern it runs. Anything else throws at load: a class derived
 * from a pattern it cannot read would skip texts the pattern matches.
 */
export function alternationWords(re: RegExp): string[] {
  const words = re.source.replace(/\(\?:|\)/g, '').split('|');
  if (words.some((w) => w.length === 0 || /[.*+?^${}()[\]\\]/.test(w))) throw new Error(`present.ts: not a literal alternation: /${re.source}/`);
  return words;
}

/**
 * For a vocabulary of words: one character of each (the first found in `preferred`, characters rare in
 * ordinary prose, else its last), so a text holding none of them holds none of the words.
 */
export function oneCharOfEach(words: Iterable<string>, preferred: string): string[] {
  const out: string[] = [];
  for (const w of words) out.push([...w].find((ch) => preferred.includes(ch)) ?? w[w.length - 1]);
  return out;
}

/**
 * A set of the classes already registered such that a text holding any of `words` holds one of them: for each word,
 * the classes of one of its characters (list positions and digits left out). For a pass whose trigger words share
 * characters with other passes' classes, now that no class bit is left to register its own. Throws at the first
 * call when a word has no classed character (the pass would then be skipped on texts it matches); call it after
 * every module has registered its classes (at first use, not at load).
 */
export function classOfWords(words: Iterable<string>): number {
  const usable = ~(NAME_START_AT | ROLE_END_AT | ANY_DIGIT);
  let out = 0;
  for (const w of words) {
    let found = 0;
    for (const ch of w) {
      const bits = CLASSES[ch.charCodeAt(0)] & usable;
      // The rarest set serves best: prefer a character in fewer classes' company (fewer bits is a cheap proxy).
      if (bits !== 0 && (found === 0 || popcount(bits) < popcount(found))) found = bits;
    }
    if (found === 0) throw new Error(`present.ts: no class holds a character of ${w}`);
    out |= found;
  }
  return out;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/** True when every class in `bits` occurs. */
export function has(present: number, bits: number): boolean {
  return (present & bits) === bits;
}

/** True when at least one class in `bits` occurs. */
export function hasAny(present: number, bits: number): boolean {
  return (present & bits) !== 0;
}
