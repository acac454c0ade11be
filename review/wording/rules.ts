/**
 * The wording pass: known errors, outdated names and leaders' names in one Aho–Corasick scan over the
 * normalised text (the same folding as the sensitive words), followed by checks in bounded windows
 * around each match. O(text + matches); no check reads more than a few dozen units around its match.
 */
import { AhoCorasick } from '../ahoCorasick.js';
import { flatString, normalizeTerm, withNormalized, type Normalized } from '../normalize.js';
import { isBlankCode } from '../pii/chars.js';
import { newFinding, type Finding } from '../types.js';
import { QuoteTracker, heldAsCurrent, typoApplies, usedAsCurrent } from './context.js';
import { NearMissIndex, formerOn, genericTitles, isHan, peopleOn, titleAgrees, titleParts, type FormerLeader, type Person } from './leaders.js';
import type { OutdatedEntry, RosterEntry, TypoEntry, WordingData, WordingVersions } from './types.js';

const enum Kind { Safe, Typo, Outdated, Name, Trigger }

/** Characters a title next to a name does not run across. */
const TITLE_BREAK = new Uint8Array(0x10000);
for (const c of '，。；：！？、,;:!?\n\r《》〈〉“”"（）()【】「」') TITLE_BREAK[c.charCodeAt(0)] = 1;
const COMRADE = '同志';
/** Sticky: matched where a gap starts, in the text itself (most gaps between names open with no separator). */
const LIST_GAP = /[、，,和及与\s\u3000]+/y;
const SENTENCE_BREAK = /[。；！？!?;\n]/;
const TITLE_FIRST = 1;
const TITLE_LAST = 2;
/** The longest gap (separator and title) still read as the next item of one list of leaders. */
const LIST_GAP_MAX = 14;

const NO_ROSTER = { people: new Map<string, Person>(), former: new Map<string, FormerLeader>() };

/**
 * The hits of the scan in progress, gathered by one function made once: under tsx (keepNames) a closure
 * made per scan costs a defineProperty each time. Scans do not nest (`collect` never scans).
 */
let collecting: number[] = [];
function collect(id: number, s: number, e: number): void {
  collecting.push(id, s, e);
}

interface NameHit {
  start: number;
  end: number;
  person: Person;
  /** Where the title written before the name starts (set by the title check), or -1. */
  titleStart: number;
}

export interface WordingScanOptions {
  /** The publication date, YYYY-MM-DD (Beijing); outdated names and the roster are judged as of this day. */
  on: string;
}

export class WordingRules {
  private peopleCache: { on: string; people: Map<string, Person>; former: Map<string, FormerLeader> } | null = null;

  /** What the rules were built from: plain data, so a worker thread can build the same rules (workflow/offload.ts). */
  data(): WordingData {
    return { typos: this.typos, outdated: this.outdated, roster: this.roster, versions: this.versions };
  }

  constructor(
    readonly versions: WordingVersions,
    /** The normalized patterns, by id (for the gate's shared automaton). */
    readonly patterns: readonly string[],
    private readonly automaton: AhoCorasick,
    private readonly kinds: Uint8Array,
    private readonly refs: Int32Array,
    private readonly typos: readonly TypoEntry[],
    private readonly outdated: readonly OutdatedEntry[],
    private readonly roster: readonly RosterEntry[],
    private readonly titles: ReadonlySet<string>,
    private readonly maxTitle: number,
    /** Per code unit: TITLE_FIRST if a title starts with it, TITLE_LAST if one ends with it. */
    private readonly titleEdges: Uint8Array,
    private readonly nearMiss: NearMissIndex,
  ) {}

  scan(input: string, opts: WordingScanOptions): Finding[] {
    const text = flatString(input);
    return withNormalized(text, { lineBreaks: true, clauseBreaks: true }, (n) => this.scanNormalized(text, n, opts.on));
  }

  /** The roster as of `on`: who is in office, and who has left (cached for the last date asked). */
  private rosterOn(on: string): { people: Map<string, Person>; former: Map<string, FormerLeader> } {
    if (this.peopleCache?.on !== on) {
      const people = peopleOn(this.roster, on);
      this.peopleCache = { on, people, former: formerOn(this.roster, on, people) };
    }
    return this.peopleCache;
  }

  private scanNormalized(text: string, n: Normalized, on: string): Finding[] {
    const hits: number[] = [];
    collecting = hits;
    this.automaton.scan(n.codes, collect, { transparent: 0x0a, length: n.length });
    return this.findingsFromHits(text, n, hits, on);
  }

  /**
   * The findings for the automaton's matches over `n` (the folded `text`), as (pattern id, start, end)
   * triples in increasing start order: this rule set's own scan, or the gate's shared automaton built
   * from `patterns`.
   */
  findingsFromHits(text: string, n: Normalized, hits: readonly number[], on: string): Finding[] {
    if (hits.length === 0) return [];
    const { map, codes } = n;
    const { people, former } = this.roster.length > 0 ? this.rosterOn(on) : NO_ROSTER;
    // Read only by typo and outdated checks; a text naming only leaders builds no tracker (nor its regex).
    let quotes: QuoteTracker | undefined;
    const findings: Finding[] = [];
    const names: NameHit[] = [];
    let flaggedNames: Set<number> | undefined;
    for (let k = 0; k < hits.length; k += 3) {
      const id = hits[k];
      const s = hits[k + 1];
      const e = hits[k + 2];
      const start = map[s];
      const end = map[e - 1] + 1;
      switch (this.kinds[id]) {
        case Kind.Typo: {
          const entry = this.typos[this.refs[id]];
          if (typoApplies(entry.context, text, start, end, entry.context === 'style' && (quotes ??= new QuoteTracker(text)).at(start).quoted)) {
            findings.push(wording('typo', text, start, end, entry.severity, entry.correction, entry.note));
          }
          break;
        }
        case Kind.Outdated: {
          const entry = this.outdated[this.refs[id]];
          if (on >= entry.ceasedOn && usedAsCurrent(entry, text, start, end, (quotes ??= new QuoteTracker(text)).at(start).inTitle)) {
            findings.push(wording('outdated_term', text, start, end, 'warn', entry.current, `${entry.note}（${entry.ceasedOn} 起不再使用“${entry.term}”）`));
          }
          break;
        }
        case Kind.Name: {
          const name = this.roster[this.refs[id]].name;
          const person = people.get(name);
          if (person) names.push({ start, end, person, titleStart: -1 });
          else {
            const left = former.get(name);
            const f = left ? this.formerCheck(text, start, end, left) : null;
            if (f) findings.push(f);
          }
          break;
        }
        case Kind.Trigger: {
          // A title right before a rostered name belongs to that name: nothing to guess.
          if (k + 3 < hits.length && hits[k + 4] === e && this.kinds[hits[k + 3]] === Kind.Name) break;
          const miss = this.nearMissAround(codes, n.length, s, e, this.refs[id] >= 0, people);
          if (miss && !(flaggedNames ??= new Set()).has(map[miss.s])) {
            flaggedNames.add(map[miss.s]);
            findings.push(wording('leader_title', text, map[miss.s], map[miss.e - 1] + 1, 'block', miss.name,
              `疑似领导姓名有误：名单中为“${miss.name}”（${miss.homophone ? '同音字' : '一字之差'}）`));
          }
          break;
        }
        default:
          break;
      }
    }
    for (const hit of names) {
      const f = this.titleCheck(text, hit);
      if (f) findings.push(f);
    }
    this.orderCheck(text, names, findings);
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** A name one character off a rostered one, right after (or, failing that, right before) a title or 同志. */
  private nearMissAround(
    codes: Uint16Array, length: number, s: number, e: number, isTitle: boolean, people: Map<string, Person>,
  ): { s: number; e: number; name: string; homophone: boolean } | null {
    // The title span, or -1 for 同志; decoded only for a candidate that passes the unit filter.
    const ts = isTitle ? s : -1;
    // 同志 follows a name, it never precedes one.
    if (isTitle) {
      for (const l of this.nearMiss.lengths) {
        const hit = this.candidateAt(codes, length, e, e + l, ts, e, people);
        if (hit) return { s: e, e: e + l, ...hit };
      }
    }
    for (const l of this.nearMiss.lengths) {
      const hit = this.candidateAt(codes, length, s - l, s, ts, e, people);
      if (hit) return { s: s - l, e: s, ...hit };
    }
    return null;
  }

  private candidateAt(
    codes: Uint16Array, length: number, from: number, to: number, ts: number, te: number, people: Map<string, Person>,
  ): { name: string; homophone: boolean } | null {
    if (from < 0 || to > length) return null;
    // One character off a rostered name: all but one of the units occur in rostered names.
    let foreign = 0;
    const units = this.nearMiss.nameUnits;
    for (let i = from; i < to; i++) {
      if (!isHan(codes[i])) return null;
      if (units[codes[i]] === 0 && ++foreign > 1) return null;
    }
    const candidate = decode(codes, from, to);
    // A rostered name followed by one more character is that name, not a slip of a longer one.
    for (const l of this.nearMiss.lengths) if (l < candidate.length && people.has(candidate.slice(0, l))) return null;
    const title = ts < 0 ? null : decode(codes, ts, te);
    const hit = this.nearMiss.nearest(candidate, (name) => title !== null && (people.get(name)?.titles.some((t) => titleAgrees(title, t)) ?? false));
    return hit && people.has(hit.name) ? hit : null;
  }

  /** The title written next to a rostered name must be one the roster gives that person on the day. */
  private titleCheck(text: string, hit: NameHit): Finding | null {
    // No closures here: under tsx (keepNames) each one costs a defineProperty per rostered name found.
    const before = titleBefore(text, hit.start, this.titles, this.maxTitle, this.titleEdges);
    hit.titleStart = before?.start ?? -1;
    if (before) {
      if (agreesWithRoster(hit.person, before.title)) return null;
      return wording('leader_title', text, before.start, hit.end, 'block', `${hit.person.title}${text.slice(hit.start, hit.end)}`, titleNote(hit.person));
    }
    const after = titleAfter(text, hit.end, this.titles, this.maxTitle, this.titleEdges);
    if (after) {
      if (agreesWithRoster(hit.person, after.title)) return null;
      return wording('leader_title', text, hit.start, after.end, 'block', `${text.slice(hit.start, hit.end)}${hit.person.title}`, titleNote(hit.person));
    }
    return null;
  }

  /** A leader who has left, written with the old title as if still in office (the title before the name). */
  private formerCheck(text: string, start: number, end: number, left: FormerLeader): Finding | null {
    const before = titleBefore(text, start, this.titles, this.maxTitle, this.titleEdges);
    if (!before || !left.titles.some((t) => titleAgrees(before.title, t)) || !heldAsCurrent(text, before.start, end, left.leftOn)) return null;
    const written = text.slice(before.start, end);
    return wording('leader_title', text, before.start, end, 'block', `原${written}`, `${left.name}已于 ${left.leftOn} 卸任“${left.title}”`);
  }

  /** Leaders listed together (王一、李二、张三; 市长王一、副市长李二; 王一同志、李二同志) must appear in rank order. */
  private orderCheck(text: string, names: readonly NameHit[], findings: Finding[]): void {
    if (names.length < 2) return;
    let group: ListedLeader[] = [];
    for (const hit of names) {
      const itemEnd = text.startsWith(COMRADE, hit.end) ? hit.end + COMRADE.length : hit.end;
      // Not `group[group.length - 1]` on an empty group: index -1 is a named-property lookup up the prototype chain.
      const prev = group.length > 0 ? group[group.length - 1] : undefined;
      if (prev) {
        const sep = listSeparator(text, prev.itemEnd, hit.start);
        if (sep !== null) {
          const gap = text.slice(prev.itemEnd, hit.start);
          const rest = gap.slice(sep.length).trim();
          if (!SENTENCE_BREAK.test(gap) && (rest === '' || this.titles.has(rest)) && prev.hit.person !== hit.person) {
            group.push({ hit, itemStart: prev.itemEnd + sep.length, itemEnd, sep: sep.trim() || sep });
            continue;
          }
        }
        flushLeaderList(text, group, findings);
        group = [];
      }
      group.push({ hit, itemStart: hit.titleStart >= 0 ? hit.titleStart : hit.start, itemEnd, sep: '、' });
    }
    flushLeaderList(text, group, findings);
  }
}

/**
 * The separators opening the gap [from, to) between two names, or null when the gap opens with none or is
 * too long to be a list's (most rostered names in a text are far apart): nothing is sliced for those.
 */
function listSeparator(text: string, from: number, to: number): string | null {
  if (to <= from || to - from > LIST_GAP_MAX) return null;
  LIST_GAP.lastIndex = from;
  const m = LIST_GAP.exec(text);
  return m === null ? null : m[0].slice(0, to - from);
}

interface ListedLeader {
  hit: NameHit;
  itemStart: number;
  itemEnd: number;
  sep: string;
}

/** A finding when the leaders listed together in `group` are out of rank order (a module function, not a closure: see titleCheck). */
function flushLeaderList(text: string, group: readonly ListedLeader[], findings: Finding[]): void {
  if (group.length >= 2 && group.some((g, i) => i > 0 && g.hit.person.rank < group[i - 1].hit.person.rank)) {
    const items = group.map((g) => text.slice(g.itemStart, g.itemEnd));
    const order = group.map((g, i) => ({ rank: g.hit.person.rank, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
    findings.push(wording('leader_title', text, group[0].itemStart, group[group.length - 1].itemEnd, 'block', order.map((o) => items[o.i]).join(group[1].sep),
      `领导排序有误：应为 ${order.map((o) => group[o.i].hit.person.name).join('、')}`));
  }
}

function agreesWithRoster(person: Person, written: string): boolean {
  for (const t of person.titles) if (titleAgrees(written, t)) return true;
  return false;
}

function titleNote(person: Person): string {
  return `职务有误：${person.name}的职务为“${person.title}”`;
}

/** Titles and names are a few units long: a loop beats spreading a subarray. */
function decode(codes: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(codes[i]);
  return out;
}

function wording(type: 'typo' | 'outdated_term' | 'leader_title', text: string, start: number, end: number, severity: Finding['severity'], replacement: string, note: string): Finding {
  return newFinding('wording', type, start, end, text.slice(start, end), severity, replacement, note);
}

/** The longest known title ending right before `at` (blanks skipped), within one clause. */
function titleBefore(text: string, at: number, titles: ReadonlySet<string>, maxLen: number, edges: Uint8Array): { title: string; start: number } | null {
  let j = at;
  while (j > 0 && at - j < 4 && isBlankCode(text.charCodeAt(j - 1))) j--;
  // Every candidate ends at j: none can be a title unless some title ends with that unit.
  if (j === 0 || (edges[text.charCodeAt(j - 1)] & TITLE_LAST) === 0) return null;
  let lo = j;
  while (lo > 0 && j - lo < maxLen && TITLE_BREAK[text.charCodeAt(lo - 1)] === 0) lo--;
  for (let l = j - lo; l >= 2; l--) {
    // A candidate can be a title only if some title starts with its first unit: no substring made for the others.
    if ((edges[text.charCodeAt(j - l)] & TITLE_FIRST) === 0) continue;
    const t = text.slice(j - l, j);
    if (titles.has(t)) return { title: t, start: j - l };
  }
  return null;
}

function titleAfter(text: string, at: number, titles: ReadonlySet<string>, maxLen: number, edges: Uint8Array): { title: string; end: number } | null {
  let j = at;
  while (j < text.length && j - at < 4 && isBlankCode(text.charCodeAt(j))) j++;
  if (j === text.length || (edges[text.charCodeAt(j)] & TITLE_FIRST) === 0) return null;
  let hi = j;
  while (hi < text.length && hi - j < maxLen && TITLE_BREAK[text.charCodeAt(hi)] === 0) hi++;
  for (let l = hi - j; l >= 2; l--) {
    if ((edges[text.charCodeAt(j + l - 1)] & TITLE_LAST) === 0) continue;
    const t = text.slice(j, j + l);
    if (titles.has(t)) return { title: t, end: j + l };
  }
  return null;
}

/**
 * Compiles the three dictionaries. Current names and corrections that contain an old or wrong form
 * (住房和城乡建设部 contains 建设部) are added as patterns that report nothing, so leftmost-longest
 * matching reads them whole and the form inside is not flagged.
 */
export function buildWordingRules(data: WordingData): WordingRules {
  const patterns: string[] = [];
  const kinds: number[] = [];
  const refs: number[] = [];
  const add = (term: string, kind: Kind, ref: number): void => {
    const key = normalizeTerm(term);
    if (key.length === 0) return;
    patterns.push(key);
    kinds.push(kind);
    refs.push(ref);
  };
  const wrongKeys: string[] = [];
  data.typos.forEach((t, i) => {
    if (normalizeTerm(t.wrong) === normalizeTerm(t.correction)) return;
    add(t.wrong, Kind.Typo, i);
    wrongKeys.push(normalizeTerm(t.wrong));
  });
  data.outdated.forEach((o, i) => {
    add(o.term, Kind.Outdated, i);
    wrongKeys.push(normalizeTerm(o.term));
  });
  data.roster.forEach((r, i) => add(r.name, Kind.Name, i));
  const titles = new Set<string>();
  if (data.roster.length > 0) {
    for (const t of genericTitles()) titles.add(t);
    for (const r of data.roster) for (const t of titleParts(r.title)) titles.add(t);
    for (const t of titles) add(t, Kind.Trigger, 0);
    add(COMRADE, Kind.Trigger, -1);
  }
  for (const right of [...data.typos.map((t) => t.correction), ...data.outdated.map((o) => o.current)]) {
    const key = normalizeTerm(right);
    if (wrongKeys.some((w) => w !== key && key.includes(w))) add(right, Kind.Safe, 0);
  }
  const maxTitle = Math.max(0, ...[...titles].map((t) => t.length));
  const titleEdges = new Uint8Array(0x10000);
  for (const t of titles) {
    titleEdges[t.charCodeAt(0)] |= TITLE_FIRST;
    titleEdges[t.charCodeAt(t.length - 1)] |= TITLE_LAST;
  }
  return new WordingRules(
    data.versions, patterns, AhoCorasick.build(patterns), Uint8Array.from(kinds), Int32Array.from(refs), data.typos, data.outdated, data.roster,
    titles, maxTitle, titleEdges, new NearMissIndex(new Set(data.roster.map((r) => r.name))),
  );
}

