/** The wording check (文字关): known errors, outdated names, leaders' names and titles → `wording` findings. */
import { loadShippedOutdated, loadShippedTypos } from './parse.js';
import { buildWordingRules, type WordingRules } from './rules.js';
import type { RosterEntry } from './types.js';

export { buildWordingRules, WordingRules, type WordingScanOptions } from './rules.js';
/** Kept here for the workflow's wording date; the clock itself is time/beijing.ts. */
export { beijingDate } from '../../time/beijing.js';
export { parseOutdated, parseRoster, parseTypos, loadShippedOutdated, loadShippedTypos, isDate, isTypoContext } from './parse.js';
export * from './types.js';
export type { WordingType } from '../types.js';

/** The shipped dictionaries are version 1 of each; a roster (e.g. from `tongfa scan --roster`) is optional. */
export function shippedWordingRules(roster: readonly RosterEntry[] = []): WordingRules {
  return buildWordingRules({
    typos: loadShippedTypos(),
    outdated: loadShippedOutdated(),
    roster,
    versions: { typo: 1, outdated: 1, roster: roster.length > 0 ? 1 : 0 },
  });
}
