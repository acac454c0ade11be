/**
 * Right-to-left overrides: what the reader sees, for the gate.
 *
 * U+202E (RIGHT-TO-LEFT OVERRIDE) makes every following character display right to left until U+202C
 * (POP DIRECTIONAL FORMATTING) or the end of the paragraph, so the stored text "\u202E★密机\u202C" is
 * shown as 机密★. Normalisation drops the control itself (it is Default_Ignorable), which would leave the
 * scanner reading ★密机 — the logical order nobody sees. The gate therefore scans the visual order too:
 * each overridden run reversed in place. Reversal keeps every character at a mirrored index inside its run,
 * so a span found in the visual text maps back to one contiguous span of the stored text.
 *
 * Han characters are strongly left-to-right, so embeddings and isolates alone keep their order; but in a
 * right-to-left context, Han characters split into separate left-to-right runs — by nested isolates
 * ("\u2067\u2066★\u2069\u2066密\u2069\u2066机\u2069\u2069"), by embeddings with spaces between, or by a paragraph
 * that a plain-text client sets right to left because its first strong letter is Arabic or Hebrew — are
 * shown in reverse order of runs: 机密★. Computing the full Unicode Bidirectional Algorithm is not needed to
 * stay safe: a line that holds any right-to-left influence other than a lone override (an embedding,
 * isolate or mark control, ALM, or a right-to-left letter) is also read reversed as a whole. That
 * over-approximates (the whole line, not just its runs), which can only find more, and costs nothing on
 * the lines without such characters. Nested overrides are read as one run up to the first POP.
 */

const RLO = 0x202e;
const LRO = 0x202d;
const PDF = 0x202c;

function isParagraphEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x85 || c === 0x1c || c === 0x1d || c === 0x1e;
}

export interface VisualText {
  text: string;
  /** Reversed runs [start, end) in code units; identical in the stored and the visual text. */
  runs: readonly (readonly [number, number])[];
}

/**
 * Right-to-left influence besides RLO: RLM, the embedding, override and isolate controls other than RLO,
 * ALM, and the right-to-left scripts (Hebrew to NKo and Samaritan… U+0590–U+08FF, their presentation forms,
 * and the astral right-to-left blocks U+10800–U+10FFF and U+1E800–U+1EFFF, matched by their high surrogates).
 */
const RTL_RANGES: readonly (readonly [number, number])[] = [
  [0x0590, 0x08ff], [0x200f, 0x200f], [0x202a, 0x202d], [0x2066, 0x2069], [0xfb1d, 0xfdff], [0xfe70, 0xfefe],
  [0xd802, 0xd803], [0xd83a, 0xd83b],
];

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const RTL_INFLUENCE = new RegExp(`[${RTL_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`);

/**
 * The code units that can make the display order differ from the stored one: right-to-left influence and
 * RLO. A text holding none has `visualOrder(text) === null`; the fold (normalize.ts) reads every unit anyway
 * and records whether it met one, so the gate skips `visualOrder` without a pass of its own.
 */
export const REORDERING_UNITS: readonly (readonly [number, number])[] = [...RTL_RANGES, [RLO, RLO]];

/** Whether [from, to) holds right-to-left influence (one character class: the fastest test V8 offers here). */
function hasRtlInfluence(text: string, from: number, to: number): boolean {
  return RTL_INFLUENCE.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

/** The text as displayed, or null when it holds nothing that reorders Han text (the common case: one regex test). */
export function visualOrder(text: string): VisualText | null {
  const influenced = hasRtlInfluence(text, 0, text.length);
  if (!influenced && text.indexOf('\u202e') < 0) return null;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    let lineEnd = i;
    while (lineEnd < text.length && !isParagraphEnd(text.charCodeAt(lineEnd))) lineEnd++;
    if (influenced && hasRtlInfluence(text, i, lineEnd)) {
      if (lineEnd > i) runs.push([i, lineEnd]);
    } else {
      overrideRuns(text, i, lineEnd, runs);
    }
    i = lineEnd + 1;
  }
  if (runs.length === 0) return null;
  let out = '';
  let pos = 0;
  for (const [start, end] of runs) {
    out += text.slice(pos, start) + reverseUnits(text.slice(start, end));
    pos = end;
  }
  return { text: out + text.slice(pos), runs };
}

/** The runs of [from, to) (one line) that RLO reverses: each up to POP, LRO or the line's end. */
function overrideRuns(text: string, from: number, to: number, runs: [number, number][]): void {
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== RLO) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < to) {
      const c = text.charCodeAt(end);
      if (c === PDF || c === LRO) break;
      end++;
    }
    if (end > start) runs.push([start, end]);
    i = end + 1;
  }
}

/** Reverses code units, then puts surrogate pairs back in order so astral characters survive. */
function reverseUnits(s: string): string {
  const units: number[] = [];
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) {
      units.push(prev, c);
      i--;
    } else {
      units.push(c);
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.slice(i, i + 8192)));
  return parts.join('');
}

/** The stored-text span that a span of the visual text shows. */
export function storedSpan(visual: VisualText, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const [a, b] of visual.runs) {
    if (end <= a || start >= b) continue;
    // Mirror the part inside the run; a span that crosses the run's edge keeps its outside part as is.
    const inA = Math.max(start, a);
    const inB = Math.min(end, b);
    const mirroredStart = a + b - inB;
    const mirroredEnd = a + b - inA;
    s = Math.min(start < a ? start : mirroredStart, mirroredStart);
    e = Math.max(end > b ? end : mirroredEnd, mirroredEnd);
  }
  return { start: s, end: e };
}
