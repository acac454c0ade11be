import { stripHiddenControls } from '../channels/rendition/invisible.js';
import { sanitizeBody, htmlToPlainText } from '../channels/rendition/sanitize.js';
import { redactHtml, redactText, scanHtml, scanText } from '../review/gate.js';
import { verdictOf, type Finding, type Verdict } from '../review/types.js';
import type { WordingRules } from '../review/wording/index.js';
import type { StoredFinding } from '../store/contents.js';

export interface Draft {
  title: string;
  summary: string;
  bodyHtml: string;
  categoryCode: string;
}

/**
 * The gate runs on what would be published: the sanitized body (script contents and attributes the
 * allowlist drops never reach a channel, so they are not findings), the title and the summary.
 */
export function runGate(draft: Draft, wording?: { rules: WordingRules; publishedOn: string }): { verdict: Verdict; findings: StoredFinding[] } {
  const options = { categoryCode: draft.categoryCode, ...(wording ? { wording: wording.rules, publishedOn: wording.publishedOn } : {}) };
  const fields: [StoredFinding['field'], Finding[]][] = [
    ['title', scanText(draft.title, options).findings],
    ['summary', scanText(draft.summary, options).findings],
    ['body', scanHtml(sanitizeBody(draft.bodyHtml), options).findings],
  ];
  const findings: StoredFinding[] = [];
  for (const [field, list] of fields) for (const finding of list) findings.push({ ...finding, id: findings.length, field });
  return { verdict: verdictOf(findings), findings };
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
  const summary = stripHiddenControls(draft.summary ? redactText(draft.summary, apply('summary')) : truncate(htmlToPlainText(html), 120));
  return { title: stripHiddenControls(redactText(draft.title, apply('title'))), summary, html };
}

function truncate(text: string, max: number): string {
  // U+202F binds a Mongolian case suffix to its word: not a space to collapse.
  const chars = [...text.replace(/[^\S\u202F]+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
