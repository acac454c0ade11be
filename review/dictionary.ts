/**
 * The configurable sensitive-word dictionary → `sensitive_word` findings.
 *
 * File format (UTF-8, one entry per line):
 *
 *     # comment; blank lines are ignored
 *     term<TAB>severity        severity is block | warn | info
 *     term                     no severity: warn (a reviewer must see it, but it does not stop approval)
 *
 * A third tab-separated column is allowed and ignored, for a note on why the term is listed. Terms are
 * normalized exactly like the text (see normalize.ts), so 內部講話, "内部 讲话" and 内部讲话 are one
 * entry; when a term appears twice the stricter severity wins, because a list assembled from several
 * sources should never be weakened by the more lenient source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AhoCorasick } from './ahoCorasick.js';
import { flatString, foldUnit, normalizeTerm, withNormalized, type Normalized } from './normalize.js';
import { newFinding, type Finding, type Severity } from './types.js';

export interface DictionaryEntry {
  term: string;
  severity: Severity;
}

export interface Dictionary {
  /** Distinct normalized terms. */
  readonly size: number;
  /** The merged entries, one per normalized term, with the spelling first seen. */
  entries(): DictionaryEntry[];
  /** Leftmost-longest, non-overlapping `sensitive_word` findings, offsets into `text`. */
  findAll(text: string): Finding[];
  /**
   * Same, on a text the caller has already normalized (with `lineBreaks` and `clauseBreaks` on), so a
   * scanner running several detectors folds the text once.
   */
  findInNormalized(text: string, normalized: Normalized): Finding[];
  /** The normalized terms, by id; the gate compiles them into its shared automaton (gateMatcher.ts). */
  readonly patterns: readonly string[];
  /**
   * Whether term `id` may match at normalized [s, e) of `text` (Latin terms sit on word boundaries).
   * Decided before leftmost-longest selection, so a shared automaton selects exactly as this one does.
   */
  accepts(text: string, map: Int32Array, id: number, s: number, e: number): boolean;
  /** False when `accepts` is true for every term (no Latin term), so a scanner can skip asking it. */
  readonly hasLatinEdges?: boolean;
  /** The finding for term `id` matched at normalized [s, e). */
  finding(text: string, map: Int32Array, id: number, s: number, e: number): Finding;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function isSeverity(value: string): value is Severity {
  return value === 'block' || value === 'warn' || value === 'info';
}

export class DictionaryFormatError extends Error {
  constructor(readonly origin: string, readonly line: number, message: string) {
    super(`${origin}:${line}: ${message}`);
    this.name = 'DictionaryFormatError';
  }
}

/** Parse the file format above. Throws DictionaryFormatError naming the line for an unknown severity. */
export function parseDictionary(source: string, origin = '<dictionary>'): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  const lines = source.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const cols = line.split('\t');
    const term = cols[0].trim();
    const sev = (cols[1] ?? '').trim().toLowerCase();
    if (term === '') throw new DictionaryFormatError(origin, i + 1, '词条为空');
    if (sev !== '' && !isSeverity(sev)) {
      throw new DictionaryFormatError(origin, i + 1, `未知的级别「${cols[1].trim()}」（应为 block、warn 或 info）`);
    }
    entries.push({ term, severity: sev === '' ? 'warn' : (sev as Severity) });
  }
  return entries;
}

class AcDictionary implements Dictionary {
  /** Whether any term has a Latin edge to check (most dictionaries have none, and skip the callback). */
  readonly hasLatinEdges: boolean;

  constructor(
    private readonly automaton: AhoCorasick,
    private readonly merged: readonly DictionaryEntry[],
    readonly patterns: readonly string[],
    /** Per id: bit 1 = term starts with an ASCII letter/digit, bit 2 = ends with one. */
    private readonly asciiEdges: Uint8Array,
  ) {
    this.hasLatinEdges = asciiEdges.some((f) => f !== 0);
  }

  get size(): number {
    return this.merged.length;
  }

  entries(): DictionaryEntry[] {
    return this.merged.map((e) => ({ ...e }));
  }

  findAll(input: string): Finding[] {
    const text = flatString(input);
    return withNormalized(text, { lineBreaks: true, clauseBreaks: true }, (n) => this.findInNormalized(text, n));
  }

  findInNormalized(text: string, normalized: Normalized): Finding[] {
    const findings: Finding[] = [];
    if (this.merged.length === 0 || normalized.length === 0) return findings;
    const { map } = normalized;
    // Callbacks are written inline and anonymous: under tsx (keepNames) a named closure costs a
    // defineProperty per scan.
    this.automaton.scan(normalized.codes, (id, s, e) => {
      findings.push(this.finding(text, map, id, s, e));
    }, { transparent: 0x0a, length: normalized.length, accept: this.hasLatinEdges ? (id, s, e) => this.accepts(text, map, id, s, e) : undefined });
    return findings;
  }

  accepts(text: string, map: Int32Array, id: number, s: number, e: number): boolean {
    // Latin terms must sit on word boundaries in the original ("vpn" is not inside "openvpnx");
    // checked on the original because the normalized text has lost the spaces between words.
    const flags = this.asciiEdges[id];
    if (flags === 0) return true;
    if ((flags & 1) !== 0 && isAsciiWordUnit(text, map[s] - 1)) return false;
    if ((flags & 2) !== 0 && isAsciiWordUnit(text, map[e - 1] + 1)) return false;
    return true;
  }

  finding(text: string, map: Int32Array, id: number, s: number, e: number): Finding {
    const start = map[s];
    const end = map[e - 1] + 1;
    return newFinding('confidentiality', 'sensitive_word', start, end, text.slice(start, end), this.merged[id].severity, null);
  }
}

function isAsciiWordUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const f = foldUnit(text.charCodeAt(index));
  return (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/** Build the automaton. Terms that normalize to nothing (pure punctuation) are dropped. O(total term length). */
export function buildDictionary(entries: Iterable<DictionaryEntry>): Dictionary {
  const index = new Map<string, number>();
  const merged: DictionaryEntry[] = [];
  const keys: string[] = [];
  for (const entry of entries) {
    if (!isSeverity(entry.severity)) throw new TypeError(`unknown severity "${String(entry.severity)}" for "${entry.term}"`);
    const key = normalizeTerm(entry.term);
    if (key.length === 0) continue;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, merged.length);
      merged.push({ term: entry.term, severity: entry.severity });
      keys.push(key);
    } else if (SEVERITY_RANK[entry.severity] > SEVERITY_RANK[merged[at].severity]) {
      merged[at] = { term: merged[at].term, severity: entry.severity };
    }
  }
  const asciiEdges = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    asciiEdges[i] = (isAsciiAlnum(k.charCodeAt(0)) ? 1 : 0) | (isAsciiAlnum(k.charCodeAt(k.length - 1)) ? 2 : 0);
  }
  return new AcDictionary(AhoCorasick.build(keys), merged, keys, asciiEdges);
}

export function loadDictionaryFile(path: string): Dictionary {
  return buildDictionary(parseDictionary(readFileSync(path, 'utf8'), path));
}

/** The dictionary shipped with Tongfa; deployments point the gate at their own file instead. */
export const DEFAULT_DICTIONARY_PATH: string = fileURLToPath(new URL('./dictionaries/sensitive-words.txt', import.meta.url));

export function loadDefaultDictionary(): Dictionary {
  return loadDictionaryFile(DEFAULT_DICTIONARY_PATH);
}
