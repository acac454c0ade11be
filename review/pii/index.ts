/**
 * All pii detectors over one text, with overlaps resolved: the result is sorted, non-overlapping, and
 * carries what the masking policy needs (role and surname of names).
 */
import { originalSpan, pastedWraps, type Unwrapped } from '../pastedWraps.js';
import type { PiiType } from '../types.js';
import { findAddresses, placesAfterNames, placesBeforeNames } from './address.js';
import { findEmails, type Span } from './email.js';
import { foldForPii } from './fold.js';
import { DWELLING_END_CHARS, homesNearPeople } from './grammar.js';
import { homesOfMembers } from './memberHomes.js';
import { DWELLING_CHARS, homesAfterNames } from './homes.js';
import { LABEL_ENDING_CLASS, labelledHomes } from './labelledHomes.js';
import { findNames } from './names.js';
import { findNumbers } from './numbers.js';
import { findPassports } from './passport.js';
import { findPlates } from './plate.js';
import { readTables } from './tableNames.js';
import { ANY_DIGIT, ASCII_DIGIT, AT_SIGN, FOLDABLE, has, hasAny, PASSPORT_LETTER, PLATE_LETTER, PROVINCE, scanTriggers } from './present.js';
import { REPRESENTATIVE_ROLES } from './roles.js';

export interface PiiCandidate {
  type: PiiType;
  start: number;
  end: number;
  /** person_name only: the role label that introduced the person (null for a salutation). */
  role?: string | null;
  /** person_name only: the surname, '' when the name has none (巴特尔). */
  surname?: string;
  /** person_name only: the full name, the key for a per-document pseudonym. */
  name?: string;
}

/**
 * Which finding survives when two overlap: checksummed identifiers first (an ID inside a longer digit
 * run is still an ID), then the rest; among equals the longer span.
 */
const RANK: Record<PiiType, number> = {
  id_card: 0,
  bank_card: 1,
  passport: 2,
  email: 3,
  mobile: 4,
  landline: 5,
  plate: 6,
  address: 7,
  person_name: 8,
};

function resolveOverlaps(cands: PiiCandidate[]): PiiCandidate[] {
  if (cands.length < 2) return cands; // nothing to order or overlap: most short items
  cands.sort((a, b) => a.start - b.start || RANK[a.type] - RANK[b.type] || b.end - a.end);
  const kept: PiiCandidate[] = [];
  for (const c of cands) {
    const last = kept.length > 0 ? kept[kept.length - 1] : undefined; // not kept[-1]: a named-property lookup
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const cWins = RANK[c.type] < RANK[last.type] || (RANK[c.type] === RANK[last.type] && c.end - c.start > last.end - last.start);
    if (cWins) kept[kept.length - 1] = c;
  }
  return kept;
}

/**
 * `wraps`: the text with the soft wraps of pasted lines removed (review/pastedWraps.ts); detection reads it, and
 * every span is mapped back, covering the breaks it runs across.
 */
export function detectPii(original: string, wraps: Unwrapped | null = pastedWraps(original)): PiiCandidate[] {
  if (wraps === null) return detectIn(original);
  const found = detectIn(wraps.text);
  for (const c of found) {
    const span = originalSpan(wraps, c.start, c.end);
    c.start = span.start;
    c.end = span.end;
  }
  return found;
}

function detectIn(original: string): PiiCandidate[] {
  // One walk for the classes and the positions the detectors visit (present.ts).
  const triggers = scanTriggers(original);
  const seen = triggers.present;
  // Offsets in the folded text are offsets in the original (one unit for one).
  const text = has(seen, FOLDABLE) ? foldForPii(original) : original;
  const tables = readTables(text, seen);
  const names = findNames(text, triggers, tables);
  const cands: PiiCandidate[] = [];
  for (const n of names) cands.push({ type: 'person_name', start: n.start, end: n.end, role: n.role, surname: original.slice(n.start, n.start + n.surname.length), name: n.name });
  // The private persons found: a company's legal representative and the body's contact are not among them.
  const people = names.length === 0 ? NO_PEOPLE : names.filter((n) => n.role === null || !REPRESENTATIVE_ROLES.includes(n.role));
  if (has(seen, ANY_DIGIT)) for (const c of findNumbers(text, people.length === 0 ? NO_STARTS : people.map((n) => n.start), triggers)) cands.push(c);
  if (has(seen, AT_SIGN)) for (const s of findEmails(text)) cands.push({ type: 'email', ...s });
  if (has(seen, PASSPORT_LETTER | ASCII_DIGIT)) for (const s of findPassports(text)) cands.push({ type: 'passport', ...s });
  if (has(seen, PROVINCE | PLATE_LETTER | ASCII_DIGIT)) for (const s of findPlates(text)) cands.push({ type: 'plate', ...s });
  for (const s of findAddresses(text, seen)) cands.push({ type: 'address', ...s });
  if (hasAny(seen, DWELLING_END_CHARS)) for (const s of homesOfMembers(text)) cands.push({ type: 'address', ...s });
  // Homes under labels known by their ending (养殖地点：…组3号（自家圈舍）): a door's digit, a label's character and a dwelling's end.
  if (has(seen, ANY_DIGIT) && hasAny(seen, DWELLING_END_CHARS) && hasAny(seen, LABEL_ENDING_CLASS)) for (const s of labelledHomes(text, people)) cands.push({ type: 'address', ...s });
  for (const s of tables.homes) cands.push({ type: 'address', ...s });
  // Places glued to names: most short items name nobody, and build no lists for them.
  if (names.length > 0) {
    for (const s of placesAfterNames(text, names.map((n) => n.end))) cands.push({ type: 'address', ...s });
    for (const s of placesBeforeNames(text, names.map((n) => n.start))) cands.push({ type: 'address', ...s });
    if (hasAny(seen, DWELLING_CHARS)) for (const s of homesAfterNames(text, names.map((n) => n.end))) cands.push({ type: 'address', ...s });
    // A company's legal representative stands beside the company's seat, not a home.
    if (hasAny(seen, DWELLING_END_CHARS)) for (const s of homesNearPeople(text, people)) cands.push({ type: 'address', ...s });
  }
  return resolveOverlaps(cands);
}
const NO_STARTS: readonly number[] = [];
const NO_PEOPLE: readonly Span[] = [];

export { isValidIdCard18, isValidIdCard15, isLuhnValid, isValidCreditCode, idCardCheckChar } from './checksums.js';
export { generalizeAddress } from './address.js';
