import { op } from '../api';
import type { ContentInput, Revision } from '../types';

/** 更正: a revision that corrects the published one, with its 更正说明. */
export interface Correction {
  revision: number;
  baseRevision: number;
  note: string;
  status: 'IN_REVIEW' | 'APPLIED' | 'REJECTED' | 'SUPERSEDED';
  createdBy: string;
  createdAt: string;
  decidedAt: string | null;
  base: Pick<Revision, 'revision' | 'title' | 'body' | 'summary'> | null;
}

export const CORRECTIONS = op<{ content: { id: string; status: string; correction: Correction | null; corrections: Correction[] } | null }, { id: string }>(
  `query Corrections($id: ID!) { content(id: $id) { id status
    correction { revision baseRevision note status createdBy createdAt decidedAt base { revision title body summary } }
    corrections { revision baseRevision note status createdBy createdAt decidedAt } } }`,
);

export const CORRECT_CONTENT = op<{ correctContent: { id: string; status: string } }, { id: string; input: ContentInput; note: string }>(
  `mutation CorrectContent($id: ID!, $input: ContentInput!, $note: String!) { correctContent(id: $id, input: $input, note: $note) { id status } }`,
);
