/**
 * What the corpus builders share: the record format, a seeded PRNG (mulberry32, so every build is
 * deterministic) and the resident-ID check digit. Independent of review/ on purpose: labels must not be
 * produced by the code they test.
 */

export type LabelType = 'id_card' | 'mobile' | 'landline' | 'email' | 'bank_card' | 'passport' | 'plate' | 'person_name' | 'address';

/** One line of a corpus file: every occurrence of a labelled value is personal data; decoys must not be reported. */
export interface LabelledRecord {
  id: string;
  source: string;
  text: string;
  pii: { type: LabelType; value: string }[];
  decoys: string[];
}

export interface SeededRandom {
  rnd: () => number;
  pick: <X>(xs: readonly X[]) => X;
  int: (lo: number, hi: number) => number;
  digits: (n: number) => string;
  pad: (n: number, w: number) => string;
  chance: (p: number) => boolean;
}

export function seededRandom(initialSeed: number): SeededRandom {
  let seed = initialSeed;
  const rnd = (): number => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  return {
    rnd,
    pick: <X>(xs: readonly X[]): X => xs[Math.floor(rnd() * xs.length)],
    int,
    digits: (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    pad: (n: number, w: number): string => String(n).padStart(w, '0'),
    chance: (p: number): boolean => rnd() < p,
  };
}

/** GB 11643 MOD 11-2 check character of the first 17 digits of a resident ID. */
export function idCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * w[i];
  return '10X98765432'[s % 11];
}

/**
 * A name from `make` that is distinct across the corpus and neither inside nor around another (so a label's
 * "every occurrence" stays exact); `used` collects them.
 */
export function uniqueName(used: Set<string>, make: () => string, tries = 1000): string {
  for (let k = 0; k < tries; k++) {
    const n = make();
    if (![...used].some((u) => u.includes(n) || n.includes(u))) {
      used.add(n);
      return n;
    }
  }
  throw new Error('name space exhausted');
}
