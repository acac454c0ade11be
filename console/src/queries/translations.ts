import { op } from '../api';
import type { Finding } from '../types';

/** The Mongolian version of an item (蒙汉双语), as the console reads and edits it. */
export interface Translation {
  language: string;
  revision: number;
  sourceRevision: number;
  outdated: boolean;
  title: string;
  summary: string;
  body: string;
  status: 'IN_REVIEW' | 'APPROVED' | 'REJECTED';
  verdict: 'PASS' | 'WARN' | 'BLOCK';
  findings: Finding[];
  reviewComment: string | null;
  translator: string;
  savedAt: string;
  approved: boolean;
  portalPath: string;
}

const TRANSLATION = `language revision sourceRevision outdated title summary body status verdict reviewComment translator savedAt approved portalPath
  findings { id field kind type start end text severity replacement note }`;

export const UNTRANSLATED = op<{ untranslatedContents: { translatedFrom: number | null; content: { id: string; title: string; status: string; revision: number; category: { name: string }; publishedAt: string | null } }[] }, { first: number }>(
  `query Untranslated($first: Int) { untranslatedContents(first: $first) { translatedFrom content { id title status revision category { name } publishedAt } } }`,
);
export const CONTENT_TRANSLATION = op<{ content: { id: string; title: string; summary: string; body: string; status: string; revision: number; mongolian: Translation | null } | null }, { id: string }>(
  `query ContentTranslation($id: ID!) { content(id: $id) { id title summary body status revision mongolian { ${TRANSLATION} } } }`,
);
export const SAVE_TRANSLATION = op<{ saveTranslation: Translation }, { id: string; input: { title: string; summary: string; body: string } }>(
  `mutation SaveTranslation($id: ID!, $input: TranslationInput!) { saveTranslation(contentId: $id, input: $input) { ${TRANSLATION} } }`,
);
export const REVIEW_TRANSLATION = op<{ reviewTranslation: Translation }, { id: string; decision: 'APPROVE' | 'REJECT'; comment: string | null }>(
  `mutation ReviewTranslation($id: ID!, $decision: ReviewDecision!, $comment: String) { reviewTranslation(contentId: $id, decision: $decision, comment: $comment) { ${TRANSLATION} } }`,
);
