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
 * Only the override matters for Chinese text: embeddings (U+202B) and isolates (U+2067) reorder runs of
 * right-to-left letters, never Han characters, which are strongly left-to-right. Nested overrides are read
 * as one run up to the first POP: a text built to exploit nesting still gets its outermost run reversed,
 * and such text is blocked from publication anyway once a mark is found in either order.
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

/** The text as displayed, or null when it holds no right-to-left override (the common case: one indexOf). */
export function visualOrder(text: string): VisualText | null {
  if (text.indexOf('\u202e') < 0) return null;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== RLO) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === PDF || c === LRO || isParagraphEnd(c)) break;
      end++;
    }
    if (end > start) runs.push([start, end]);
    i = end + 1;
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
