/**
 * The gate's one walk over the folded text (issue 15): the mark vocabulary, the sensitive-word dictionary
 * and the wording dictionaries compiled into one Aho–Corasick automaton with a pattern group each, so a
 * text is normalised once and walked once for all three instead of three times. Each group keeps its own
 * leftmost-longest selection, so the findings are exactly those of the three separate scans (marks stop at
 * line breaks; sensitive words and wording see through them; Latin terms sit on word boundaries).
 *
 * Compiling costs as much as building the dictionary (about 0.1 s for 20,000 terms), so a matcher is
 * cached per (dictionary, wording rules) pair; both are long-lived (the workflow caches compiled wording
 * rules per dictionary version, the default dictionary is loaded once).
 */
import { AhoCorasick } from './ahoCorasick.js';
import { MARK_PATTERNS, MarkTokens, marksFromTokens, mergeFindings, type ConfidentialityResult } from './confidentiality.js';
import type { Dictionary } from './dictionary.js';
import type { Normalized } from './normalize.js';
import type { Finding } from './types.js';
import type { WordingRules } from './wording/index.js';

/** Marks are about lines: their matches do not run across a line break (group 0 is bounded). */
const BOUNDED_GROUPS = Uint8Array.of(1, 0, 0);
const NEWLINE = 0x0a;

export interface GatePasses {
  /** Marks and sensitive words, sorted by start, with the declared disclosure. */
  confidentiality: ConfidentialityResult;
  /** Wording findings (empty when `on` is null). */
  wording: Finding[];
  /** Whether the text's displayed order can differ from its stored one (`Normalized.reorders`). */
  reorders: boolean;
}

/**
 * The collected matches, one set per matcher reused scan after scan (a short item's scan allocated more
 * than it matched): emptied at the start of each scan. The marks' tokens and the wording triples are read
 * before `scan` returns and kept by nothing; the sensitive-word findings are handed out, so they get a new
 * array each time.
 */
class Hits {
  marks = new MarkTokens();
  wording: number[] = [];
  words: Finding[] = [];
  text = '';
  map: Int32Array = EMPTY_MAP;

  start(text: string, map: Int32Array): void {
    this.text = text;
    this.map = map;
    this.words = [];
    // Fresh arrays for those the last scan filled: setting an array's length is a runtime call (a profile's
    // "set length"), an empty array one small allocation; most texts leave them empty and reuse them.
    if (this.marks.tS.length !== 0) this.marks = new MarkTokens();
    if (this.wording.length !== 0) this.wording = [];
  }
}

const EMPTY_MAP = new Int32Array(0);

export class GateMatcher {
  private readonly automaton: AhoCorasick;
  private readonly wordsBase: number;
  private readonly wordingBase: number;
  /** The scan in progress (scans do not nest: the sink below never scans). */
  private hits: Hits | null = null;
  private readonly reused = new Hits();
  // Created once: under tsx (keepNames) a closure made per scan costs a defineProperty each time.
  private readonly sink: (id: number, s: number, e: number) => void;
  private readonly accept: (id: number, s: number, e: number) => boolean;

  constructor(private readonly dictionary: Dictionary, private readonly rules: WordingRules) {
    const patterns = [...MARK_PATTERNS, ...dictionary.patterns, ...rules.patterns];
    this.wordsBase = MARK_PATTERNS.length;
    this.wordingBase = this.wordsBase + dictionary.patterns.length;
    const groups = patterns.map((_, id) => (id < this.wordsBase ? 0 : id < this.wordingBase ? 1 : 2));
    this.automaton = AhoCorasick.build(patterns, groups);
    this.sink = (id, s, e) => {
      const hits = this.hits!;
      if (id < this.wordsBase) {
        hits.marks.tS.push(s);
        hits.marks.tE.push(e);
        hits.marks.tW.push(id);
      } else if (id < this.wordingBase) {
        hits.words.push(this.dictionary.finding(hits.text, hits.map, id - this.wordsBase, s, e));
      } else {
        hits.wording.push(id - this.wordingBase, s, e);
      }
    };
    this.accept = (id, s, e) =>
      id < this.wordsBase || id >= this.wordingBase || this.dictionary.accepts(this.hits!.text, this.hits!.map, id - this.wordsBase, s, e);
  }

  /**
   * All three passes over `n`, the folded `text` (folded with line and clause breaks). `on` is the
   * publication date for the wording rules; null skips them (the displayed-order rescan needs marks only).
   */
  scan(text: string, n: Normalized, on: string | null): GatePasses {
    const hits = this.reused;
    hits.start(text, n.map);
    this.hits = hits;
    try {
      // Marks and wording accept every match; without Latin terms the dictionary does too, and no callback is needed.
      const accept = this.dictionary.hasLatinEdges === false ? undefined : this.accept;
      this.automaton.scan(n.codes, this.sink, { transparent: NEWLINE, length: n.length, accept, boundedGroups: BOUNDED_GROUPS });
    } finally {
      this.hits = null;
    }
    const marks = marksFromTokens(text, n, hits.marks);
    const passes: GatePasses = {
      confidentiality: { findings: mergeFindings(marks.findings, hits.words), declaredDisclosure: marks.declaredDisclosure },
      wording: on === null ? [] : this.rules.findingsFromHits(text, n, hits.wording, on),
      reorders: n.reorders,
    };
    // The matcher lives as long as its dictionary: it must not keep the last text (a document) alive.
    hits.text = '';
    hits.map = EMPTY_MAP;
    return passes;
  }
}

const matchers = new WeakMap<Dictionary, WeakMap<WordingRules, GateMatcher>>();

/**
 * The last pair asked for: the gate scans item after item with the same two, so most calls stop here
 * (it keeps one pair alive until another is asked for).
 */
let last: { dictionary: Dictionary; rules: WordingRules; matcher: GateMatcher } | null = null;

/** The matcher for this dictionary and these wording rules, compiled on first use. */
export function gateMatcher(dictionary: Dictionary, rules: WordingRules): GateMatcher {
  if (last !== null && last.dictionary === dictionary && last.rules === rules) return last.matcher;
  const matcher = cachedMatcher(dictionary, rules);
  last = { dictionary, rules, matcher };
  return matcher;
}

function cachedMatcher(dictionary: Dictionary, rules: WordingRules): GateMatcher {
  let byRules = matchers.get(dictionary);
  if (byRules === undefined) {
    byRules = new WeakMap();
    matchers.set(dictionary, byRules);
  }
  let matcher = byRules.get(rules);
  if (matcher === undefined) {
    matcher = new GateMatcher(dictionary, rules);
    byRules.set(rules, matcher);
  }
  return matcher;
}
