/**
 * The review gate's vocabulary, exactly as ../shared/CONTRACT.md names it. Every part of the gate
 * (confidentiality, dictionary, pii, masking) speaks these types, and so do the store and GraphQL.
 */

export type FindingKind = 'confidentiality' | 'pii';

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

export type FindingType = ConfidentialityType | PiiType;

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
  /** What the span becomes in the redacted rendition; null when the finding is not redacted (confidentiality). */
  replacement: string | null;
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

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  return findings.length > 0 ? 'warn' : 'pass';
}
