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
    if (!wrong || !correction) throw new DictionaryFormatError(origin, line, '格式应为：错误写法<TAB>正确写法[<TAB>级别<TAB>语境规则<TAB>说明]');
    if (severity !== '' && !isSeverity(severity)) throw new DictionaryFormatError(origin, line, `未知的级别「${severity}」（应为 block、warn 或 info）`);
    if (context !== '' && !isTypoContext(context)) throw new DictionaryFormatError(origin, line, `未知的语境规则「${context}」`);
    return { wrong, correction, severity: severity === '' ? 'warn' : severity, context: context === '' ? null : context, note } as TypoEntry;
  });
}

export function parseOutdated(source: string, origin = '<outdated>'): OutdatedEntry[] {
  return rows(source).map(({ line, cols }) => {
    const [term, current, ceasedOn = '', note = ''] = cols;
    if (!term || !current) throw new DictionaryFormatError(origin, line, '格式应为：旧称<TAB>现称<TAB>停用日期<TAB>说明');
    if (!isDate(ceasedOn)) throw new DictionaryFormatError(origin, line, `停用日期必须是 YYYY-MM-DD 格式的日期，当前为「${ceasedOn}」`);
    return { term, current, ceasedOn, note };
  });
}

/** Roster file: unit<TAB>name<TAB>title<TAB>rank<TAB>valid-from[<TAB>valid-to]. */
export function parseRoster(source: string, origin = '<roster>'): RosterEntry[] {
  return rows(source).map(({ line, cols }) => {
    const [unitCode, name, title, rank, validFrom, validTo = ''] = cols;
    if (!unitCode || !name || !title) throw new DictionaryFormatError(origin, line, '格式应为：单位<TAB>姓名<TAB>职务<TAB>排序<TAB>任职起始日[<TAB>任职终止日]');
    if (!/^\d+$/.test(rank ?? '')) throw new DictionaryFormatError(origin, line, `排序必须是正整数，当前为「${rank ?? ''}」`);
    if (!isDate(validFrom ?? '')) throw new DictionaryFormatError(origin, line, `任职起始日必须是 YYYY-MM-DD 格式的日期，当前为「${validFrom ?? ''}」`);
    if (validTo !== '' && !isDate(validTo)) throw new DictionaryFormatError(origin, line, `任职终止日必须是 YYYY-MM-DD 格式的日期，当前为「${validTo}」`);
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
