/**
 * 你父亲廖升生的… then 廖升生于2014年; 养殖类：龙正和（苗族） then 龙正和摸索出…: a two-character reading whose next
 * character completes a three-character name the document reads elsewhere, and which never stands alone (followed by
 * anything else), is that name. The last given character is grammar there (生于, 和), so prose alone reads it short.
 */
import type { NameCandidate } from './names.js';

/**
 * Extends, in place, the members of `targets` (sorted, a subset of `all`'s objects or beside them) that are such short
 * readings, unless the next target starts inside the character taken. One pass over each list.
 */
export function completeShortReadings(text: string, all: readonly NameCandidate[], targets: NameCandidate[]): void {
  const full = new Set<string>();
  for (const f of all) if (f.surname.length === 1 && f.name.length === 3) full.add(f.name);
  if (full.size === 0) return;
  const standsAlone = shortReadingStandsAlone(text, all);
  for (let k = 0; k < targets.length; k++) {
    const x = targets[k];
    if (x.name.length !== 2 || x.surname.length !== 1) continue;
    const third = text[x.end] ?? '';
    const longer = x.name + third;
    if (!full.has(longer) || standsAlone(x.name, third)) continue;
    if (k + 1 < targets.length && targets[k + 1].start <= x.end) continue;
    x.end += 1;
    x.name = longer;
  }
}

/**
 * Whether a two-character reading of `all` (one-character surname) also stands followed by something other than
 * `third` somewhere in the document: then `two` + `third` is no name of its own there, and `two` is the whole name.
 */
export function shortReadingStandsAlone(text: string, all: readonly NameCandidate[]): (two: string, third: string) => boolean {
  const nextAfterShort = new Map<string, Set<string>>();
  for (const f of all) {
    if (f.name.length !== 2 || f.surname.length !== 1) continue;
    const next = nextAfterShort.get(f.name) ?? new Set<string>();
    next.add(text[f.end] ?? '');
    nextAfterShort.set(f.name, next);
  }
  return (two, third) => {
    const next = nextAfterShort.get(two);
    return next !== undefined && (next.size > 1 || !next.has(third));
  };
}
