/**
 * The review gate's vocabulary, exactly as ../shared/CONTRACT.md names it. Every part of the gate
 * (confidentiality, dictionary, pii, masking) speaks these types, and so do the store and GraphQL.
 */

export type FindingKind = 'confidentiality' | 'pii' | 'wording';

export type ConfidentialityType =
  | 'classification_mark'
  | 'internal_mark'
  | 'not_public_mark'
  | 'sensitive_word';

export type PiiType =
  | 'id_card'
  | 'mobile'
  | 'landline'
  | 'email'
  | 'bank_card'
  | 'passport'
  | 'plate'
  | 'person_name'
  | 'address';

/** 文字关 (review/wording/): known errors, outdated names, leaders' names and titles. */
export type WordingType = 'typo' | 'outdated_term' | 'leader_title';

export type FindingType = ConfidentialityType | PiiType | WordingType;

export type Severity = 'block' | 'warn' | 'info';

export type Verdict = 'pass' | 'warn' | 'block';

/** One span the gate found. `start`/`end` are JavaScript string indices (UTF-16) into the scanned text. */
export interface Finding {
  kind: FindingKind;
  type: FindingType;
  start: number;
  end: number;
  /** The matched text, `text.slice(start, end)`. */
  text: string;
  severity: Severity;
  /**
   * What the span becomes in the redacted rendition; null when the finding is not redacted (confidentiality).
   * For wording findings, the suggested correction (never applied automatically: the author edits).
   */
  replacement: string | null;
  /** Why it was flagged, for people (wording findings carry their dictionary entry's note). */
  note?: string;
}

/** Disclosure attribute a document declares of itself (此件公开发布 / 此件主动公开 / 此件依申请公开). */
export type DeclaredDisclosure = 'public' | 'proactive' | 'on_request';

export interface GateResult {
  verdict: Verdict;
  findings: Finding[];
  /** The input with every pii replacement applied (HTML input stays HTML, with only text nodes rewritten). */
  redacted: string;
  /** Set when the document carries an explicit "public" marker; it never blocks. */
  declaredDisclosure: DeclaredDisclosure | null;
}

/**
 * Every finding is built here, with all its fields in one order and `note` always present (undefined unless
 * given). V8 gives objects with different keys different hidden classes: wording findings carried `note` and the
 * others not, and the gate's merge and sort (`inPositionOrder`), optimised on one, were deoptimised by the other
 * ("wrong map"). An undefined `note` is not seen outside: JSON (`tongfa scan --json`, the stored findings, the
 * audit's canonical JSON) drops it, GraphQL reads it as null, and jest's toEqual ignores it.
 */
export function newFinding(
  kind: FindingKind, type: FindingType, start: number, end: number, text: string, severity: Severity, replacement: string | null, note?: string,
): Finding {
  return { kind, type, start, end, text, severity, replacement, note };
}

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === 'block') return 'block';
  return findings.length > 0 ? 'warn' : 'pass';
}
