/**
 * passport: ordinary passports of the PRC, E + 8 digits (2012 onwards, also E + letter + 7 digits once
 * the E-series ran out) and the older G + 8 digits. The pattern is fixed-length and anchored by
 * look-arounds, so the engine does constant work per position.
 */
import type { Span } from './email.js';

const PASSPORT_RE = /(?<![A-Za-z0-9])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![A-Za-z0-9])/g;

export function findPassports(text: string): Span[] {
  const out: Span[] = [];
  PASSPORT_RE.lastIndex = 0;
  for (let m = PASSPORT_RE.exec(text); m !== null; m = PASSPORT_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
