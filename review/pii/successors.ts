/**
 * Who takes a post or a task over: `由X接替`, `由X担任`, `改由X负责`. 由 before a run and a verb of taking over after it
 * frame a person, so the run is one when its characters read as an ordinary name under a known surname (a body,
 * 由县局负责, ends in a character no name ends in). One pass over the document's 由, a few lookups each.
 */
import { gluedToPrevious } from './model/index.js';
import type { NameCandidate } from './names.js';
import { ordinarySurname } from './possessions.js';

const TAKING_OVER = ['接替', '接任', '继任', '担任', '兼任', '负责', '代理', '主持', '牵头', '联系'];

/** Names right after 由 and before a verb of taking over, not already among `found`. */
export function successors(text: string, found: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let taken: Set<number> | null = null;
  for (let p = text.indexOf('由'); p >= 0; p = text.indexOf('由', p + 1)) {
    const s = p + 1;
    // 由于, 理由: 由 and the next character as one word open no name (gluedToPrevious knows the words ending in a surname).
    if (s >= text.length || gluedToPrevious(text.charCodeAt(p), text.charCodeAt(s))) continue;
    for (let length = 4; length >= 2; length--) {
      const e = s + length;
      if (!TAKING_OVER.some((w) => text.startsWith(w, e))) continue;
      const run = text.slice(s, e);
      const surname = ordinarySurname(run);
      if (surname === '') continue;
      taken ??= new Set(found.map((f) => f.start));
      if (!taken.has(s)) out.push({ start: s, end: e, role: null, surname, name: run });
      break;
    }
  }
  return out;
}
