/**
 * Leaders' names, titles and order (领导姓名职务): what the roster says, checked against what a text
 * writes next to a rostered name. All look-ups are in windows of a few characters around a match.
 */
import { isHomophone } from './pinyin.js';
import type { RosterEntry } from './types.js';

/** Titles as official writing puts them before (or after) a name; the roster's own titles are added. */
const CORE_TITLES = [
  '书记', '副书记', '省长', '副省长', '市长', '副市长', '县长', '副县长', '区长', '副区长', '州长', '副州长', '盟长', '副盟长',
  '旗长', '副旗长', '镇长', '副镇长', '乡长', '副乡长', '主任', '副主任', '局长', '副局长', '厅长', '副厅长', '处长', '副处长',
  '科长', '副科长', '部长', '副部长', '主席', '副主席', '秘书长', '副秘书长', '院长', '副院长', '检察长', '副检察长', '庭长',
  '所长', '站长', '署长', '行长', '董事长', '总经理', '常委', '委员', '巡视员', '调研员', '一级巡视员', '二级巡视员',
  '党组书记', '党组副书记', '党组成员', '党委书记', '党委副书记', '党工委书记',
];
const LEVELS = ['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡'];
const PARTY = ['书记', '副书记', '常委'];
const ACTING = ['市长', '县长', '区长', '省长', '旗长', '州长', '盟长'];

export function genericTitles(): string[] {
  const out = new Set(CORE_TITLES);
  for (const l of LEVELS) for (const p of PARTY) out.add(`${l}委${p}`);
  for (const a of ACTING) {
    out.add(`代${a}`);
    out.add(`常务副${a}`);
  }
  return [...out];
}

/** A roster title may hold several (市委副书记、市长); each part is a title of its own. */
export function titleParts(title: string): string[] {
  return title.split(/[、，,；;\s]+/).filter((t) => t.length > 0);
}

const SUBORDINATE = new Set(['副', '代']);

/**
 * Whether the title written in a text agrees with a rostered one: equal, or one is a fuller form of
 * the other (市委书记 / 书记, 常务副市长 / 副市长) — but never by dropping 副 or 代 (副市长 is not 市长).
 */
export function titleAgrees(written: string, rostered: string): boolean {
  if (written === rostered) return true;
  const [long, short] = written.length > rostered.length ? [written, rostered] : [rostered, written];
  if (!long.endsWith(short)) return false;
  return !SUBORDINATE.has(long[long.length - short.length - 1]);
}

export interface Person {
  name: string;
  /** Every title part of the person's entries valid on the scan date. */
  titles: string[];
  /** The full title of the highest-ranked valid entry: what a correction writes. */
  title: string;
  rank: number;
}

/** The roster as it stands on `on` (YYYY-MM-DD): one Person per name, from the entries valid that day. */
export function peopleOn(roster: readonly RosterEntry[], on: string): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const e of roster) {
    if (e.validFrom > on || (e.validTo !== null && e.validTo < on)) continue;
    const p = people.get(e.name);
    if (!p) people.set(e.name, { name: e.name, titles: titleParts(e.title), title: e.title, rank: e.rank });
    else {
      p.titles.push(...titleParts(e.title));
      if (e.rank < p.rank) {
        p.rank = e.rank;
        p.title = e.title;
      }
    }
  }
  return people;
}

export interface FormerLeader {
  name: string;
  /** Title parts of the entry that ended last. */
  titles: string[];
  title: string;
  /** Last day in office (YYYY-MM-DD). */
  leftOn: string;
}

/** Rostered people with no entry valid on `on` whose last entry ended before it: they have left. */
export function formerOn(roster: readonly RosterEntry[], on: string, current: ReadonlyMap<string, Person>): Map<string, FormerLeader> {
  const former = new Map<string, FormerLeader>();
  for (const e of roster) {
    if (current.has(e.name) || e.validTo === null || e.validTo >= on) continue;
    const f = former.get(e.name);
    if (!f || e.validTo > f.leftOn) former.set(e.name, { name: e.name, titles: titleParts(e.title), title: e.title, leftOn: e.validTo });
  }
  return former;
}

/** Rostered names indexed by "name with one position masked", for one-character-off look-ups in O(length). */
export class NearMissIndex {
  private readonly masked = new Map<string, { name: string; at: number }[]>();
  readonly lengths: number[];
  /** 1 for every unit that occurs in some rostered name: a cheap first filter before any string is built. */
  readonly nameUnits = new Uint8Array(65536);
  constructor(private readonly names: ReadonlySet<string>) {
    const lengths = new Set<number>();
    for (const name of names) {
      lengths.add(name.length);
      for (let i = 0; i < name.length; i++) this.nameUnits[name.charCodeAt(i)] = 1;
      for (let i = 0; i < name.length; i++) {
        const key = `${name.slice(0, i)}\u0000${name.slice(i + 1)}`;
        const list = this.masked.get(key) ?? [];
        list.push({ name, at: i });
        this.masked.set(key, list);
      }
    }
    this.lengths = [...lengths].sort((a, b) => b - a);
  }

  /**
   * The rostered name `candidate` is one character away from, when the slip is plausible: a homophone
   * anywhere, or any character inside the name when the title beside it is that person's (`titleFits`).
   * The first and last characters need a homophone: a different character there is more often a
   * different word running on (局长王方主持 is not 王方明).
   */
  nearest(candidate: string, titleFits: (name: string) => boolean): { name: string; homophone: boolean } | null {
    if (this.names.has(candidate)) return null;
    for (let i = 0; i < candidate.length; i++) {
      const list = this.masked.get(`${candidate.slice(0, i)}\u0000${candidate.slice(i + 1)}`);
      if (!list) continue;
      for (const { name, at } of list) {
        const homophone = isHomophone(candidate[at], name[at]);
        const inner = at > 0 && at < name.length - 1;
        if (homophone || (inner && titleFits(name))) return { name, homophone };
      }
    }
    return null;
  }
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
