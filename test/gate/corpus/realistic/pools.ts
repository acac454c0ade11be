/**
 * The generators the blind slices from 19 on build from their own pools: each slice passes its own seeded random,
 * surnames, given names, counties and places, so no two slices draw the same people or villages.
 */

import { idCheck, uniqueName, type SeededRandom } from '../generate.js';
import { distinctValues } from './blind.js';

export type Sex = '男' | '女';

export interface SlicePools {
  common: string;
  rare: string;
  compound: readonly string[];
  /** Chance that a surname is compound (the rest: `rareChance` rare, then common). */
  compoundChance: number;
  /** Chance that a surname that is not compound is rare; 0.3 unless given. */
  rareChance?: number;
  male: readonly string[];
  female: readonly string[];
  codes: Readonly<Record<string, { tel: string; region: string }>>;
  towns: readonly string[];
  villages: readonly string[];
  groups: readonly string[];
  streets: readonly string[];
  estates: readonly string[];
}

export interface SliceGenerators {
  fresh: (make: () => string) => string;
  person: (sex?: Sex) => string;
  familyOf: (name: string) => string;
  /** A relative sharing the family name of `of`. */
  kin: (of: string, sex?: Sex) => string;
  landline: (county: string) => string;
  /** A body's address on one of the streets (a decoy). */
  office: (county: string) => string;
  date: () => string;
  /** Values of one slice told apart (see distinctValues). */
  distinct: (make: () => string) => string;
  rural: (county: string, town?: string, village?: string) => string;
  flat: (county: string) => string;
  idFor: (county: string, year: number) => string;
}

export function sliceGenerators(r: SeededRandom, used: Set<string>, p: SlicePools): SliceGenerators {
  const { pick, int, digits, pad, chance } = r;
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(p.compoundChance) ? pick(p.compound) : chance(p.rareChance ?? 0.3) ? pick([...p.rare]) : pick([...p.common]));
  const given = (sex: Sex): string => pick(sex === '男' ? p.male : p.female);
  const familyOf = (name: string): string => p.compound.find((c) => name.startsWith(c)) ?? name[0];
  const distinct = distinctValues();
  return {
    fresh,
    person: (sex) => {
      const s = sex ?? (chance(0.5) ? '男' : '女');
      return fresh(() => surname() + given(s));
    },
    familyOf,
    kin: (of, sex = '男') => fresh(() => familyOf(of) + given(sex)),
    landline: (c) => `${p.codes[c].tel}-${int(3, 8)}${digits(6)}`,
    office: (c) => `${c}${pick(p.streets)}${int(2, 199)}号`,
    date: () => `2025年${int(1, 11)}月${int(1, 28)}日`,
    distinct,
    rural: (c, town = pick(p.towns), village = pick(p.villages)) => distinct(() => `${c}${town}${village}${pick(p.groups)}${int(1, 96)}号`),
    flat: (c) => distinct(() => `${c}${pick(p.streets)}${pick(p.estates)}${int(1, 22)}栋${int(1, 4)}单元${int(1, 17)}0${int(1, 4)}室`),
    idFor: (c, year) => {
      const body = `${p.codes[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      return body + idCheck(body);
    },
  };
}
