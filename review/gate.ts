/**
 * The review gate: confidentiality marks and sensitive words (which block) plus personal data (which is
 * redacted), over plain text or HTML. Pure: no I/O, no database; the workflow, the CLI and tests call
 * the same two functions.
 */
import { storedSpan, visualOrder } from './bidi.js';
import { loadDefaultDictionary, type Dictionary } from './dictionary.js';
import { gateMatcher, type GateMatcher, type GatePasses } from './gateMatcher.js';
import { htmlTextContent, rewriteHtmlText, sourceSpan, type TextReplacement } from '../text/htmlText.js';
import { flatString, withNormalized, type NormalizeOptions } from './normalize.js';
import { aroundWraps, crossesWrap, originalSpan, pastedWraps, type Unwrapped } from './pastedWraps.js';
import { detectPii } from './pii/index.js';
import { applyPolicy, policyForCategory, type MaskingPolicy } from './policy.js';
import { verdictOf, type Finding, type GateResult } from './types.js';
import { beijingDate, shippedWordingRules, type WordingRules } from './wording/index.js';

export interface ScanOptions {
  /** The content's category; it selects the masking policy (see policy.ts). */
  categoryCode?: string;
  /** Sensitive-word dictionary; without one, the dictionary shipped with Tongfa (loaded once). */
  dictionary?: Dictionary;
  /** Overrides the category's policy entirely. */
  policy?: MaskingPolicy;
  /** Wording rules (文字关); without them, the shipped dictionaries and no roster (loaded once). */
  wording?: WordingRules;
  /** Publication date YYYY-MM-DD (Beijing) for outdated names and the roster; default today. */
  publishedOn?: string;
}

const KIND_ORDER = { confidentiality: 0, pii: 1, wording: 2 } as const;

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

let defaultDictionary: Dictionary | undefined;
let defaultWording: WordingRules | undefined;

export function gateDefaultWording(): WordingRules {
  defaultWording ??= shippedWordingRules();
  return defaultWording;
}

/** The shipped dictionary, read from disk on first use rather than at import, so importing the gate is cheap. */
export function gateDefaultDictionary(): Dictionary {
  defaultDictionary ??= loadDefaultDictionary();
  return defaultDictionary;
}

/**
 * Applies the replacements of `findings` to plain text in one pass; findings without a replacement and
 * any that overlap an earlier one are skipped, so a caller may pass a filtered subset in any order.
 *
 * The result is concatenated, not joined: V8 keeps it as a rope of slices of `text` and copies it into one
 * string the first time its characters are read. Joining copied it at once, and writing a fresh 700 KB string
 * cost 3 ms per 1 MB document (9 % of the gate on the bench's document), paid also by the callers that never
 * read `redacted` (the workflow keeps the findings and redacts later with the reviewer's choice).
 */
export function applyReplacements(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'replacement'>[]): string {
  if (findings.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.replacement === null || f.start < pos) continue;
    out += text.slice(pos, f.start);
    out += f.replacement;
    pos = f.end;
  }
  return out + text.slice(pos);
}

interface Scanned {
  findings: Finding[];
  pii: Finding[];
  declaredDisclosure: GateResult['declaredDisclosure'];
}

/** Marks reason about lines; sensitive words and wording must not run across clause punctuation. */
const FOLD: NormalizeOptions = { lineBreaks: true, clauseBreaks: true };

function scan(text: string, opts: ScanOptions): Scanned {
  const matcher = gateMatcher(opts.dictionary ?? gateDefaultDictionary(), opts.wording ?? gateDefaultWording());
  const on = opts.publishedOn ?? beijingDate();
  // One fold and one automaton walk for marks, sensitive words and wording (gateMatcher.ts).
  const passes = withNormalized(text, FOLD, (n) => matcher.scan(text, n, on));
  const conf = passes.confidentiality;
  const wraps = pastedWraps(text);
  const pii = applyPolicy(text, detectPii(text, wraps), opts.policy ?? policyForCategory(opts.categoryCode));
  const shown = wraps === null ? displayedOnly(text, passes, matcher) : displayedOnly(text, passes, matcher).concat(acrossWraps(text, wraps, matcher, conf.findings));
  const findings = inPositionOrder(joined(conf.findings, shown, pii, passes.wording));
  return { findings, pii, declaredDisclosure: conf.declaredDisclosure };
}

/**
 * The four passes' findings in one array. Most short items have findings of one pass or none: that pass's own
 * array (new on every scan, and kept by nothing else) is the result, with no copy made.
 */
function joined(marks: Finding[], displayed: Finding[], pii: Finding[], wording: Finding[]): Finding[] {
  if (displayed.length === 0 && pii.length === 0 && wording.length === 0) return marks;
  return marks.concat(displayed, pii, wording);
}

/** Sorted by `byPosition`; most texts yield findings of one pass only, already in order, and skip the sort. */
function inPositionOrder(findings: Finding[]): Finding[] {
  for (let i = 1; i < findings.length; i++) {
    if (byPosition(findings[i - 1], findings[i]) > 0) return findings.sort(byPosition);
  }
  return findings;
}

/**
 * Marks that only the displayed order shows: a right-to-left override makes "\u202E★密机" read 机密★
 * (see bidi.ts). Their spans point at the stored characters, so the reviewer sees what hid the mark.
 * Nothing to do, without reading the text again, when the fold saw nothing that reorders (`GatePasses.reorders`):
 * nearly every text.
 */
function displayedOnly(text: string, passes: GatePasses, matcher: GateMatcher): Finding[] {
  if (!passes.reorders) return [];
  const logical = passes.confidentiality.findings;
  const visual = visualOrder(text);
  if (visual === null) return [];
  const shown = withNormalized(visual.text, FOLD, (n) => matcher.scan(visual.text, n, null));
  return unseen(logical, shown.confidentiality.findings.map((f) => {
    const { start, end } = storedSpan(visual, f.start, f.end);
    return { ...f, start, end, text: text.slice(start, end) };
  }));
}

/**
 * Marks and sensitive words that a soft wrap of pasted lines cuts (`机\n密★`, review/pastedWraps.ts): those the
 * text read with its wraps removed shows across a removed break, pointing at the stored characters (break included).
 */
function acrossWraps(text: string, wraps: Unwrapped, matcher: GateMatcher, known: readonly Finding[]): Finding[] {
  const cut: Finding[] = [];
  // Only the text around each wrap is read again: a whole document of wrapped lines would otherwise cost a second walk.
  for (const [from, to] of aroundWraps(wraps, WRAP_CONTEXT)) {
    const part = wraps.text.slice(from, to);
    for (const f of withNormalized(part, FOLD, (n) => matcher.scan(part, n, null)).confidentiality.findings) {
      if (!crossesWrap(wraps, from + f.start, from + f.end)) continue;
      const { start, end } = originalSpan(wraps, from + f.start, from + f.end);
      cut.push({ ...f, start, end, text: text.slice(start, end) });
    }
  }
  return cut.length === 0 ? cut : unseen(known, cut);
}

/** Characters read either side of a wrap for marks: a mark's line and the words that say it is cited or quoted. */
const WRAP_CONTEXT = 40;

/** The findings of `extra` whose span and type neither `known` nor an earlier one of `extra` has. */
function unseen(known: readonly Finding[], extra: readonly Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.start}:${f.end}:${f.type}`;
  const seen = new Set(known.map(key));
  const out: Finding[] = [];
  for (const f of extra) {
    if (seen.has(key(f))) continue;
    seen.add(key(f));
    out.push(f);
  }
  return out;
}

/** The marks (and sensitive words) of `text`, in stored and displayed order; no personal data, no wording. */
function marksOf(text: string, opts: ScanOptions): Finding[] {
  const matcher = gateMatcher(opts.dictionary ?? gateDefaultDictionary(), opts.wording ?? gateDefaultWording());
  const passes = withNormalized(text, FOLD, (n) => matcher.scan(text, n, null));
  return [...passes.confidentiality.findings, ...displayedOnly(text, passes, matcher)];
}

/** Line breaks as spaces, one unit for one, so offsets stay those of the stored text. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * A plain-text field that the public reads (title, summary, channel copy). The stored text is scanned as
 * `scanText` does (personal data is masked at these offsets), and so are the other ways the channels show
 * it, for marks: run onto one line (a page, a feed, Weibo and the WeChat digest all show "机\n密★" as
 * "机 密★"), and, when it holds markup or character references, as the feeds read it (they decode
 * "&#x673a;" and drop tags: text/plain.ts). A mark found only in another reading points at the stored
 * characters that show it.
 */
export function scanField(value: string, opts: ScanOptions = {}): GateResult {
  const result = scanText(value, opts);
  const flat = value.replace(LINE_BREAK, ' ');
  const extra: Finding[] = flat === value ? [] : marksOf(flat, opts).map((f) => ({ ...f, text: value.slice(f.start, f.end) }));
  if (/[<&]/.test(flat)) {
    const extracted = htmlTextContent(flat);
    const shown = extracted.text.replace(LINE_BREAK, ' ');
    for (const f of marksOf(shown, opts)) {
      const { start, end } = sourceSpan(extracted, f.start, f.end);
      extra.push({ ...f, start, end, text: value.slice(start, end) });
    }
  }
  const added = unseen(result.findings, extra);
  if (added.length === 0) return result;
  const findings = result.findings.concat(added);
  return { ...result, verdict: verdictOf(findings), findings: inPositionOrder(findings) };
}

export function scanText(input: string, opts: ScanOptions = {}): GateResult {
  const text = flatString(input);
  const { findings, pii, declaredDisclosure } = scan(text, opts);
  return { verdict: verdictOf(findings), findings, redacted: applyReplacements(text, pii), declaredDisclosure };
}

/**
 * Scans the text content of `html` (defined in htmlText.ts); finding indices point into that text
 * content, and `redacted` is the HTML with only its text nodes rewritten.
 */
export function scanHtml(html: string, opts: ScanOptions = {}): GateResult {
  const extracted = htmlTextContent(html);
  const { findings, pii, declaredDisclosure } = scan(flatString(extracted.text), opts);
  const reps: TextReplacement[] = pii.flatMap((f) => (f.replacement === null ? [] : [{ start: f.start, end: f.end, replacement: f.replacement }]));
  return { verdict: verdictOf(findings), findings, redacted: rewriteHtmlText(html, extracted, reps), declaredDisclosure };
}

/** `text` with the replacements of `findings` (e.g. those a reviewer did not keep) applied. */
export function redactText(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'replacement'>[]): string {
  return applyReplacements(text, findings);
}

/**
 * `html` with the replacements of `findings` applied to its text nodes; the findings' offsets must come
 * from scanning this same HTML (they index its text content).
 */
export function redactHtml(html: string, findings: readonly Pick<Finding, 'start' | 'end' | 'replacement'>[]): string {
  const reps: TextReplacement[] = [];
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.replacement === null || f.start < pos) continue;
    reps.push({ start: f.start, end: f.end, replacement: f.replacement });
    pos = f.end;
  }
  return rewriteHtmlText(html, htmlTextContent(html), reps);
}

export { htmlTextContent } from '../text/htmlText.js';
export { policyForCategory, NAME_DISCLOSING_CATEGORIES, NAME_DISCLOSING_CATEGORY_CODES, type MaskingPolicy } from './policy.js';
