/**
 * The wording check's data: three dictionaries (known errors, outdated names, the leader roster), each
 * versioned where it is stored, and the compiled form the gate scans with.
 */
import type { Severity } from '../types.js';

/**
 * Where a known error is an error. Most wrong forms are wrong everywhere; a few are right in one sense
 * and wrong in another, and these rules tell the two apart from the words around them.
 */
export type TypoContext =
  /** wrong only when a date or time follows (截止2024年底 → 截至). */
  | 'date_follows'
  /** wrong only at the end of a clause or before 日期/时间 (报名截至。 → 截止). */
  | 'clause_end'
  /** wrong only near words about websites and accounts (登陆网站 → 登录; 台风登陆 is right). */
  | 'online'
  /** a recommended variant (异形词): not flagged inside 《》 titles or quotation marks, which cite text as it was. */
  | 'style'
  /** advisory: 绝不 before a verb of resolve (允许、姑息…) reads better as 决不. */
  | 'resolve';

export const TYPO_CONTEXTS: readonly TypoContext[] = ['date_follows', 'clause_end', 'online', 'style', 'resolve'];

export interface TypoEntry {
  wrong: string;
  correction: string;
  severity: Severity;
  context: TypoContext | null;
  note: string;
}

export interface OutdatedEntry {
  /** The abolished or renamed name (机构名称、职务). */
  term: string;
  /** What to write instead today. */
  current: string;
  /** The first day (YYYY-MM-DD, Beijing) on which the old name is no longer current. */
  ceasedOn: string;
  note: string;
}

export interface RosterEntry {
  unitCode: string;
  name: string;
  title: string;
  /** 1 is the highest; lists of leaders are expected in ascending rank. */
  rank: number;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive; null while in office. */
  validTo: string | null;
}

/** The dictionary versions a scan used; stored on every revision the gate ran over. */
export interface WordingVersions {
  typo: number;
  outdated: number;
  roster: number;
}

export interface WordingData {
  typos: readonly TypoEntry[];
  outdated: readonly OutdatedEntry[];
  roster: readonly RosterEntry[];
  versions: WordingVersions;
}
