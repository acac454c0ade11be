import { sanitizeBody, htmlToPlainText } from '../channels/rendition/sanitize.js';
import { redactHtml, redactText, scanHtml, scanText } from '../review/gate.js';
import { verdictOf, type Finding, type Verdict } from '../review/types.js';
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
export function runGate(draft: Draft): { verdict: Verdict; findings: StoredFinding[] } {
  const options = { categoryCode: draft.categoryCode };
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

/** The publishable rendition: every replacement applied except the findings a reviewer kept. */
export function renderApproved(draft: Draft, findings: StoredFinding[], keptIds: ReadonlySet<number>): Rendered {
  const apply = (field: StoredFinding['field']): Finding[] => findings.filter((f) => f.field === field && !keptIds.has(f.id) && f.replacement !== null);
  const html = redactHtml(sanitizeBody(draft.bodyHtml), apply('body'));
  const summary = draft.summary ? redactText(draft.summary, apply('summary')) : truncate(htmlToPlainText(html), 120);
  return { title: redactText(draft.title, apply('title')), summary, html };
}

function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
