/**
 * Canonical form for matching, with a way back to the input.
 *
 * Matching happens on a folded copy of the text (full-width → half-width, traditional → simplified,
 * ASCII lower case) from which whitespace, punctuation and invisible characters are dropped, so that
 * "機 密", "机·密" and "内\u200b部资料" all read 机密 / 内部资料. Findings, however, must point into the
 * text the user gave us, so every kept code unit remembers the index it came from.
 *
 * Every kept unit maps to exactly one input unit (folding never changes length: the tables only hold
 * one-unit → one-unit pairs, and case folding is restricted to ASCII, whose mapping is 1:1). That is
 * what makes `toOriginalSpan` exact, and the whole pass a single linear loop over the input.
 *
 * What the reader does not see must not hide a mark (机\u3164密★ reads 机密★ on screen). The policy, built
 * on Unicode's own data rather than a hand list, the same in the BMP table and for astral code points:
 * - ignored (dropped before matching): Default_Ignorable_Code_Point (ZWSP, ZWJ/ZWNJ, word joiner and
 *   U+2060–206F, Hangul fillers U+115F/1160/3164/FFA0, variation selectors U+FE00–FE0F and U+E0100–E01EF,
 *   tag characters and the rest of plane 14, soft hyphen, CGJ U+034F, bidi controls incl. ALM U+061C,
 *   Mongolian FVS/MVS U+180B–180F, Khmer U+17B4/17B5, shorthand and musical format controls); nonspacing and
 *   enclosing combining marks (Mn, Me: 机\u0301密, 机\u20DD密); private use (Co) and unassigned code points
 *   and noncharacters (Cn), which show as nothing or a box;
 * - folded: NFKC where it maps one character to one BMP character (㊙ → 秘, 🈛 → 料, Kangxi radicals ⼀ → 一,
 *   compatibility ideographs U+F9xx/U+2F8xx, full-width forms, mathematical letters 𝐚 → a), then
 *   traditional → simplified; a few UTS #39 confusables of the mark vocabulary that NFKC leaves alone
 *   (宻 → 密, 祕 → 秘); every star or asterisk a reader takes for ★ (STAR_LOOKALIKES) → ★;
 * - stripped from what is published: not here — text/invisible.ts (`stripHiddenControls`) removes the
 *   bidi controls and the invisible fillers from every rendition, keeping only what shaping needs;
 * - opening and closing brackets and quotation marks end a clause like ，。 do, so a term never joins the
 *   end of one clause to the start of the next across them (（一）深 is not 一深);
 * - Mongolian text (translations on the Mongolian portal): its comma and full stop (᠂ ᠃, and the Manchu
 *   ones) end a clause like ，。; the free variation selectors and the vowel separator (U+180B–U+180F) are
 *   Default_Ignorable and the narrow no-break space before a case suffix (U+202F) is a space, so none of
 *   them can hide a mark, while Mongolian letters stay as they are (words are not broken, only read through);
 *   Mongolian digits (᠐-᠙) fold to 0-9.
 * Right-to-left overrides, which reorder what is shown, are handled by the gate (bidi.ts).
 */
import { REORDERING_UNITS } from './bidi.js';
import { TRAD_SIMP } from './tradSimp.js';

/** Table values below zero are classes; zero and above are the folded code unit. */
const SKIP = -1;
const LINE = -2;
const CLAUSE = -3;

/** ★ is the one symbol the marks need (机密★5年); the look-alikes people type are folded onto it. */
export const STAR = 0x2605;

/**
 * What a reader takes for the ★ of a mark: '*' (plain-text conversions turn 机密★5年 into 机密*5年) and
 * the asterisks; the white, outlined, pointed and shadowed stars of Dingbats (U+2729–U+273D, ✦ ✧ ✡), ⋆
 * ٭ ∗ ⁎ ⍟, ⭐ ⭑ ⭒, 🌟 and the geometric stars U+1F7C9–U+1F7D4. NFKC folds none of them (UTS #39 lists only
 * some as confusables), so they are named here.
 */
const STAR_LOOKALIKES: readonly number[] = [
  0x2a, 0xff0a, 0xfe61, 0x066d, 0x204e, 0x2217, 0x22c6, 0x235f, 0x2606, 0x2721, 0x2726, 0x2727,
  ...range(0x2729, 0x273d), 0x2b50, 0x2b51, 0x2b52, 0x1f31f, ...range(0x1f7c9, 0x1f7d4),
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (let c = 0x1810; c <= 0x1819; c++) t[c] = c - 0x1810 + 0x30;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20;
  for (const c of STAR_LOOKALIKES) if (c < 0x10000) t[c] = STAR;
  const tradSimp = new Map<number, number>();
  for (const pair of TRAD_SIMP.split(/\s+/)) {
    if (pair.length === 2) tradSimp.set(pair.charCodeAt(0), pair.charCodeAt(1));
  }
  for (const [from, to] of CONFUSABLES) tradSimp.set(from.charCodeAt(0), to.charCodeAt(0));
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    let f = t[c];
    if (f === c && f !== STAR && !isNfkcStable(c)) {
      const k = String.fromCharCode(c).normalize('NFKC');
      if (k.length === 1) {
        f = k.charCodeAt(0);
        if (f >= 0x41 && f <= 0x5a) f += 0x20;
      }
    }
    t[c] = tradSimp.get(f) ?? f;
  }

  // Classes are decided on the folded unit, so "，" behaves exactly like ",".
  const punct = /[\p{P}\p{Z}\p{Cc}\p{Cf}]/u;
  const invisible = INVISIBLE;
  for (let c = 0; c < 0x10000; c++) {
    const f = t[c];
    if (f === STAR) continue;
    if (isNfkcStable(c) && isNfkcStable(f)) continue; // letters: neither invisible nor punctuation
    if (f >= 0xd800 && f <= 0xdfff) continue; // surrogate halves stay, so astral characters survive intact
    if (invisible.test(String.fromCharCode(c)) || invisible.test(String.fromCharCode(f))) t[c] = SKIP;
    else if (isLineBreak(f)) t[c] = LINE;
    else if (isClausePunct(f)) t[c] = CLAUSE;
    else if (
      f < 0x30 || (f > 0x39 && f < 0x61) || (f > 0x7a && f < 0xa0) ||
      (f >= 0x2500 && f <= 0x25ff) || // box drawing and geometric bullets (●■◆) used as separators
      (f >= 0xfe00 && f <= 0xfe0f) || // variation selectors: invisible
      punct.test(String.fromCharCode(f))
    ) t[c] = SKIP;
  }
  return t;
}

/**
 * CJK unified ideographs and Hangul syllables, half of the BMP: NFKC leaves them as they are and they are
 * letters, so the table build skips asking (it runs at import, in every CLI start and worker thread).
 */
function isNfkcStable(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

function isLineBreak(f: number): boolean {
  return f === 0x0a || f === 0x0b || f === 0x0c || f === 0x0d || f === 0x85 || f === 0x2028 || f === 0x2029;
}

/**
 * Punctuation that ends a clause. Words do not run across it, so a term must not either: "有机、密切"
 * is not 机密. (Typesetting puts spaces and dots *inside* words; nobody writes "机，密" as one word.)
 */
function isClausePunct(f: number): boolean {
  return f === 0x2c || f === 0x3b || f === 0x3a || f === 0x3f || f === 0x21 ||
    f === 0x3001 || f === 0x3002 || f === 0xff61 || f === 0xff64 ||
    f === 0x1802 || f === 0x1803 || f === 0x1808 || f === 0x1809 || // Mongolian and Manchu comma and full stop
    (f >= 0xfe50 && f <= 0xfe57) ||
    f === 0x22 || f === 0x27 || BRACKET_OR_QUOTE.test(String.fromCharCode(f));
}

/** Opening/closing brackets and initial/final quotation marks: 《》（）【】“”‘’「」. */
const BRACKET_OR_QUOTE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u;

/**
 * UTS #39 confusables of the mark vocabulary that neither NFKC nor the traditional table fold: variant
 * ideographs that render as the mark's characters at a glance.
 */
const CONFUSABLES: readonly [string, string][] = [
  ['宻', '密'], ['祕', '秘'], ['袐', '秘'], ['絕', '绝'], ['絶', '绝'], ['⺠', '民'], ['⻅', '见'], ['⻔', '门'],
];

/**
 * Characters that never show as themselves: Default_Ignorable_Code_Point, combining marks (Mn, Me), private
 * use (Co: a glyph only some fonts have, or none) and unassigned code points and noncharacters (Cn). Also
 * format controls (Cf) outside the BMP list (Egyptian hieroglyph joiners U+13430–1343F, Kaithi U+110BD: no
 * glyph in ordinary fonts; in the BMP, Cf is dropped as punctuation anyway), and the blank glyphs that no
 * Unicode property names: the Braille blank U+2800, the ideographic half fill space U+303F, the musical null
 * notehead U+1D159 (`机\u2800密★` shows as 机 密★).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\p{Co}\p{Cn}\p{Cf}\u2800\u303F\u{1D159}]/u;

const ASTRAL_STARS: ReadonlySet<number> = new Set(STAR_LOOKALIKES.filter((c) => c >= 0x10000));

/**
 * Astral characters: the same policy as the BMP table, decided per code point and cached. Invisible ones
 * (the shorthand format controls U+1BCA0–1BCA3, musical format controls U+1D173–1D17A, astral combining
 * marks, planes 15–16 private use) are dropped (-1); NFKC folds one to one BMP character (𝐀 → a,
 * 🈛 → 料, 內 U+2F814 → 内); anything else is kept as its two halves (-4).
 */
const astralFold = new Map<number, number>();

function foldAstral(cp: number): number {
  let f = astralFold.get(cp);
  if (f === undefined) {
    const s = String.fromCodePoint(cp);
    if (ASTRAL_STARS.has(cp)) f = STAR;
    else if (INVISIBLE.test(s)) f = SKIP;
    else {
      const k = s.normalize('NFKC');
      f = k.length === 1 ? TABLE[k.charCodeAt(0)] : -4;
    }
    astralFold.set(cp, f);
  }
  return f;
}

/** Plane 14 (tags U+E0000–E007F, variation selectors U+E0100–E01EF) is Default_Ignorable throughout. */
function isIgnorableAstral(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe0fff;
}

// Built after the tables above, which buildTable reads.
const TABLE: Int32Array = buildTable();

/** In FOLD_WALK, a high surrogate: the pair decides (astral characters are folded per code point). */
const HIGH = -5;
/** In FOLD_WALK, added to a class below zero when the unit reorders the display (bidi.ts). */
const REORDERS_CLASS = -16;
/** In FOLD_WALK, set on a folded unit that reorders the display; a Uint16Array store drops it. */
const REORDERS_BIT = 0x10000;

/**
 * TABLE as `normalizeInto` reads it: one test (`>= 0`) sends a unit that is simply kept down the fast path,
 * surrogates included, and the units that reorder the display carry a flag, so the fold also tells the
 * gate whether the text needs reading in displayed order (instead of a regular-expression pass over it).
 */
function buildWalkTable(table: Int32Array): Int32Array {
  const t = Int32Array.from(table);
  for (let c = 0xd800; c <= 0xdbff; c++) t[c] = HIGH;
  for (const [from, to] of REORDERING_UNITS) {
    for (let c = from; c <= to; c++) t[c] = t[c] >= 0 ? t[c] | REORDERS_BIT : t[c] + REORDERS_CLASS;
  }
  return t;
}

const FOLD_WALK: Int32Array = buildWalkTable(TABLE);

/** Set by each `normalizeInto`: whether the text it folded holds a unit that reorders the display. */
let foldedReorders = false;

export interface NormalizeOptions {
  /** Emit "\n" for each line break instead of dropping it; mark detection reasons about lines. */
  lineBreaks?: boolean;
  /** Emit " " for clause punctuation (，。、；：？！) so that matches cannot run across it. */
  clauseBreaks?: boolean;
}

export interface Normalized {
  /** The folded code units; only the first `length` are meaningful (see `withNormalized`). */
  readonly codes: Uint16Array;
  /** `map[i]` is the index in the original text of the unit that became `codes[i]`. Strictly increasing. */
  readonly map: Int32Array;
  /** The first `length` units of `codes` as a string (decoded on first use; scanners work on `codes`). */
  readonly norm: string;
  readonly length: number;
  /**
   * Whether the text holds a right-to-left override or other right-to-left influence, i.e. whether
   * `visualOrder` (bidi.ts) can differ from it; false means the displayed order is the stored one.
   */
  readonly reorders: boolean;
}

class NormalizedText implements Normalized {
  private decoded: string | undefined;
  constructor(readonly codes: Uint16Array, readonly map: Int32Array, readonly length: number, readonly reorders: boolean) {}
  get norm(): string {
    if (this.decoded === undefined) this.decoded = decodeUnits(this.codes, this.length);
    return this.decoded;
  }
}

function decodeUnits(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(i, Math.min(length, i + 8192)))));
  }
  return parts.join('');
}

/**
 * Scratch buffers for `withNormalized`. Typed arrays above a few dozen bytes live outside the V8 heap
 * and cost a microsecond or more each to allocate and collect, which for a 100-character item is more
 * than the scan itself; the gate scans many short items, so it folds into buffers it keeps.
 */
let scratchCodes = new Uint16Array(1024);
let scratchMap = new Int32Array(1024);
let scratchBusy = false;

function normalizeInto(text: string, opts: NormalizeOptions, codes: Uint16Array, map: Int32Array): number {
  const len = text.length;
  const keepLines = opts.lineBreaks === true;
  const keepClauses = opts.clauseBreaks === true;
  const table = FOLD_WALK;
  let n = 0;
  // The OR of every kept entry: REORDERS_BIT set when one of them reorders the display.
  let kept = 0;
  let reorders = false;
  for (let i = 0; i < len; i++) {
    const u = text.charCodeAt(i);
    let v = table[u];
    if (v >= 0) {
      codes[n] = v;
      map[n++] = i;
      kept |= v;
      continue;
    }
    // Classes run from -1 to -5; shifted by REORDERS_CLASS they lie below it.
    if (v < REORDERS_CLASS) {
      reorders = true;
      v -= REORDERS_CLASS;
    }
    if (v === HIGH) {
      if (i + 1 < len) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          const cp = ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          if (isIgnorableAstral(cp)) {
            i++;
            continue;
          }
          const f = foldAstral(cp);
          if (f !== -4) {
            // The folded unit stands for the whole pair: it maps to the high half, and the low half is consumed.
            i++;
            if (f >= 0) {
              codes[n] = f;
              map[n++] = i - 1;
            }
            continue;
          }
        }
      }
      codes[n] = u;
      map[n++] = i;
    } else if (v === LINE) {
      if (keepLines) {
        codes[n] = 0x0a;
        map[n++] = i;
      }
    } else if (v === CLAUSE) {
      if (keepClauses) {
        codes[n] = 0x20;
        map[n++] = i;
      }
    }
  }
  foldedReorders = reorders || (kept & REORDERS_BIT) !== 0;
  return n;
}

/** String.prototype.isWellFormed / toWellFormed (ES2024; Node 20 has them, the project's lib is ES2022). */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/**
 * `text` as a flat string, same characters. V8 keeps a string built by concatenation (title + body,
 * `item += sentence`) as a rope; every character read on a rope takes a slower path, and scanners
 * optimised on flat strings de-optimise when one arrives (the gate bench's 10,000 short items, half of
 * them ropes, scanned about a third slower than the same items flat). The scanners' public entry points
 * read their input through this. toWellFormed returns the flattened string — but would also replace a
 * lone surrogate, so a text holding one is read as it is.
 */
export function flatString(text: string): string {
  // One pass instead of isWellFormed then toWellFormed: a well-formed text comes back flat and equal (the
  // same object when it was flat already), a text holding a lone surrogate comes back different.
  const flat = (text as unknown as WellFormedString).toWellFormed();
  return flat === text ? flat : text;
}

/** Fold `text` for matching. One pass, O(text.length). The result owns its arrays (`codes.length === length`). */
export function normalizeForMatch(text: string, opts: NormalizeOptions = {}): Normalized {
  return withNormalized(text, opts, (n) => new NormalizedText(n.codes.slice(0, n.length), n.map.slice(0, n.length), n.length, n.reorders));
}

/**
 * Fold `text` into reused buffers and hand the result to `fn`. The arrays are only valid during the
 * call and may be longer than `length`. Re-entrant calls get fresh buffers.
 */
export function withNormalized<T>(text: string, opts: NormalizeOptions, fn: (normalized: Normalized) => T): T {
  if (scratchBusy) {
    const codes = new Uint16Array(text.length);
    const map = new Int32Array(text.length);
    const length = normalizeInto(text, opts, codes, map);
    return fn(new NormalizedText(codes, map, length, foldedReorders));
  }
  if (scratchCodes.length < text.length) {
    const size = Math.max(text.length, scratchCodes.length * 2);
    scratchCodes = new Uint16Array(size);
    scratchMap = new Int32Array(size);
  }
  scratchBusy = true;
  try {
    const length = normalizeInto(text, opts, scratchCodes, scratchMap);
    return fn(new NormalizedText(scratchCodes, scratchMap, length, foldedReorders));
  } finally {
    scratchBusy = false;
    // A one-off megabyte document should not pin megabytes for the life of the process.
    if (scratchCodes.length > 1 << 20) {
      scratchCodes = new Uint16Array(1024);
      scratchMap = new Int32Array(1024);
    }
  }
}

/** The canonical form of a dictionary term or vocabulary entry: folded, with every separator removed. */
export function normalizeTerm(term: string): string {
  return normalizeForMatch(term).norm;
}

/** The folded unit for one input unit, or -1 when matching ignores it (whitespace, punctuation, line breaks). */
export function foldUnit(code: number): number {
  const v = TABLE[code & 0xffff];
  return v >= 0 ? v : -1;
}

/**
 * The original span covered by the normalized span [start, end). It runs from the first kept unit to
 * just past the last, so interleaved spaces or dots inside a match are part of it and
 * `text.slice(result.start, result.end)` is what the reader sees.
 */
export function toOriginalSpan(n: Pick<Normalized, 'map' | 'length'>, start: number, end: number): { start: number; end: number } {
  if (!(start >= 0 && end > start && end <= n.length)) {
    throw new RangeError(`normalized span [${start}, ${end}) is empty or outside 0..${n.length}`);
  }
  return { start: n.map[start], end: n.map[end - 1] + 1 };
}
