import { redactHtml, redactText, scanField, scanHtml, type ScanOptions } from '../review/gate.js';
import { verdictOf, type Finding, type Verdict } from '../review/types.js';
import type { WordingRules } from '../review/wording/index.js';
import type { StoredFinding } from '../store/contents.js';
import { htmlToPlainText, sanitizeBody, singleLine, stripHiddenControls, truncateText } from '../text/index.js';

export interface Draft {
  title: string;
  summary: string;
  bodyHtml: string;
  categoryCode: string;
}

/**
 * The summary the channels show when the editor wrote none: the body's text on one line, cut to 120
 * characters (the portal's lists, the feeds, Weibo and the WeChat digest). The gate reads it too.
 */
export function derivedSummary(html: string): string {
  return truncateText(singleLine(htmlToPlainText(html)), 120);
}

/**
 * The gate runs on what would be published: the sanitized body (script contents and attributes the
 * allowlist drops never reach a channel, so they are not findings), the title and the summary — as
 * written, and, when none was written, the one derived from the body, whose joined lines can show a
 * mark no line of the body shows (<p>机</p><p>密★</p> becomes "机 密★"); only its marks are new.
 */
export function runGate(draft: Draft, wording?: { rules: WordingRules; publishedOn: string }): { verdict: Verdict; findings: StoredFinding[] } {
  const options = { categoryCode: draft.categoryCode, ...(wording ? { wording: wording.rules, publishedOn: wording.publishedOn } : {}) };
  const body = sanitizeBody(draft.bodyHtml);
  const bodyFindings = scanHtml(body, options).findings;
  const fields: [StoredFinding['field'], Finding[]][] = [
    ['title', scanField(draft.title, options).findings],
    ['summary', draft.summary ? scanField(draft.summary, options).findings : marksOfDerivedSummary(body, bodyFindings, options)],
    ['body', bodyFindings],
  ];
  const findings: StoredFinding[] = [];
  for (const [field, list] of fields) for (const finding of list) findings.push({ ...finding, id: findings.length, field });
  return { verdict: verdictOf(findings), findings };
}

/** Marks of the derived summary that the body's own findings do not already name. */
function marksOfDerivedSummary(body: string, bodyFindings: readonly Finding[], options: ScanOptions): Finding[] {
  const known = new Set(bodyFindings.map((f) => `${f.type}:${f.text}`));
  return scanField(derivedSummary(body), options).findings.filter((f) => f.kind === 'confidentiality' && !known.has(`${f.type}:${f.text}`));
}

export interface Rendered {
  title: string;
  summary: string;
  html: string;
}

/**
 * Personal data that is never published whole on a public channel, whatever a reviewer decides: a kept
 * finding of these types is still replaced by its mask (the category's policy decides how much it shows).
 */
export const NEVER_PUBLISHED_WHOLE: ReadonlySet<string> = new Set(['id_card', 'bank_card', 'passport']);

/**
 * The publishable rendition: every redaction applied except the findings a reviewer kept, and without the
 * invisible and direction-changing characters that would make the page show something other than what
 * was reviewed. Wording corrections are suggestions to the author, never applied behind the reviewer's back.
 */
export function renderApproved(draft: Draft, findings: StoredFinding[], keptIds: ReadonlySet<number>): Rendered {
  const apply = (field: StoredFinding['field']): Finding[] =>
    findings.filter((f) => f.field === field && f.replacement !== null && f.kind !== 'wording' && (!keptIds.has(f.id) || NEVER_PUBLISHED_WHOLE.has(f.type)));
  const html = stripHiddenControls(redactHtml(sanitizeBody(draft.bodyHtml), apply('body')));
  const summary = stripHiddenControls(draft.summary ? redactText(draft.summary, apply('summary')) : derivedSummary(html));
  return { title: stripHiddenControls(redactText(draft.title, apply('title'))), summary, html };
}
