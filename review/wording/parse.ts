/**
 * The shipped dictionary files (tab-separated, `#` comments; formats in each file's header) and the
 * roster file `tongfa scan --roster` reads. Errors name the line, like the sensitive-word dictionary.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DictionaryFormatError, isSeverity } from '../dictionary.js';
import { TYPO_CONTEXTS, type OutdatedEntry, type RosterEntry, type TypoContext, type TypoEntry } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isTypoContext(value: string): value is TypoContext {
  return (TYPO_CONTEXTS as readonly string[]).includes(value);
}

function rows(source: string): { line: number; cols: string[] }[] {
  const out: { line: number; cols: string[] }[] = [];
  source.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i === 0 ? raw.replace(/^\ufeff/, '') : raw;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    out.push({ line: i + 1, cols: line.split('\t').map((c) => c.trim()) });
  });
  return out;
}

export function parseTypos(source: string, origin = '<typos>'): TypoEntry[] {
  return rows(source).map(({ line, cols }) => {
    const [wrong, correction, severity = '', context = '', note = ''] = cols;
    if (!wrong || !correction) throw new DictionaryFormatError(origin, line, 'expected: wrong<TAB>correction[<TAB>severity<TAB>context<TAB>note]');
    if (severity !== '' && !isSeverity(severity)) throw new DictionaryFormatError(origin, line, `unknown severity "${severity}"`);
    if (context !== '' && !isTypoContext(context)) throw new DictionaryFormatError(origin, line, `unknown context rule "${context}"`);
    return { wrong, correction, severity: severity === '' ? 'warn' : severity, context: context === '' ? null : context, note } as TypoEntry;
  });
}

export function parseOutdated(source: string, origin = '<outdated>'): OutdatedEntry[] {
  return rows(source).map(({ line, cols }) => {
    const [term, current, ceasedOn = '', note = ''] = cols;
    if (!term || !current) throw new DictionaryFormatError(origin, line, 'expected: term<TAB>current<TAB>ceased-on<TAB>note');
    if (!isDate(ceasedOn)) throw new DictionaryFormatError(origin, line, `ceased-on must be a date YYYY-MM-DD, got "${ceasedOn}"`);
    return { term, current, ceasedOn, note };
  });
}

/** Roster file: unit<TAB>name<TAB>title<TAB>rank<TAB>valid-from[<TAB>valid-to]. */
export function parseRoster(source: string, origin = '<roster>'): RosterEntry[] {
  return rows(source).map(({ line, cols }) => {
    const [unitCode, name, title, rank, validFrom, validTo = ''] = cols;
    if (!unitCode || !name || !title) throw new DictionaryFormatError(origin, line, 'expected: unit<TAB>name<TAB>title<TAB>rank<TAB>valid-from[<TAB>valid-to]');
    if (!/^\d+$/.test(rank ?? '')) throw new DictionaryFormatError(origin, line, `rank must be a positive integer, got "${rank ?? ''}"`);
    if (!isDate(validFrom ?? '')) throw new DictionaryFormatError(origin, line, `valid-from must be a date YYYY-MM-DD, got "${validFrom ?? ''}"`);
    if (validTo !== '' && !isDate(validTo)) throw new DictionaryFormatError(origin, line, `valid-to must be a date YYYY-MM-DD, got "${validTo}"`);
    return { unitCode, name, title, rank: Number(rank), validFrom: validFrom!, validTo: validTo === '' ? null : validTo };
  });
}

const shipped = (file: string): string => fileURLToPath(new URL(`./dictionaries/${file}`, import.meta.url));
export const SHIPPED_TYPOS_PATH = shipped('typos.tsv');
export const SHIPPED_OUTDATED_PATH = shipped('outdated.tsv');

export function loadShippedTypos(): TypoEntry[] {
  return parseTypos(readFileSync(SHIPPED_TYPOS_PATH, 'utf8'), SHIPPED_TYPOS_PATH);
}

export function loadShippedOutdated(): OutdatedEntry[] {
  return parseOutdated(readFileSync(SHIPPED_OUTDATED_PATH, 'utf8'), SHIPPED_OUTDATED_PATH);
}
