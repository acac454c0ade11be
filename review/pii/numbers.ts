/**
 * Numeric identifiers: id_card, mobile, landline, bank_card. The text is cut once, left to right, into
 * maximal runs of digit groups joined by single separators ("138 1234 5678", "6222-0212-…"); each run is
 * then classified as a whole and, failing that, group by group. Every character is visited a bounded
 * number of times, so a megabyte of digits costs a megabyte of work and, being one run of no valid
 * length, yields nothing.
 */
import * as chars from './chars.js';
/** Bound once: module-namespace lookups in the per-character loops below cost more than the checks. */
const digitValue = chars.digitValue;
const isAlnumCode = chars.isAlnumCode;
const isAsciiLetterCode = chars.isAsciiLetterCode;
const isDigitCode = chars.isDigitCode;
const isGroupSeparatorCode = chars.isGroupSeparatorCode;
import { isLuhnValid, isValidIdCard15, isValidIdCard18 } from './checksums.js';
import { PROVINCE_CODES } from './regions.js';
import { columnHeadingAt } from './cellHeading.js';
import { clauseWindow, isRegistrationContext, isRegistrationHeading, phoneContext } from './context.js';
import type { Triggers } from './present.js';
import { followsCertificateLabel } from './certificateNumber.js';

export type NumberType = 'id_card' | 'mobile' | 'landline' | 'bank_card';

export interface NumberCandidate {
  type: NumberType;
  start: number;
  end: number;
}

/** How far back a landline looks for the person it belongs to (申请人王建国，住址…，联系电话：…). */
const PERSON_LOOKBACK = 80;

function asciiDigits(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const v = digitValue(text.charCodeAt(i));
    if (v >= 0) s += String.fromCharCode(48 + v);
  }
  return s;
}

/** A decimal point on either side means an amount or a version, not an identifier. */
function cleanBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (before >= 0 && isAlnumCode(before)) return false;
  if (after >= 0 && isAlnumCode(after)) return false;
  if (before === 0x2e && start >= 2 && isDigitCode(text.charCodeAt(start - 2))) return false;
  if (after === 0x2e && end + 1 < text.length && isDigitCode(text.charCodeAt(end + 1))) return false;
  return true;
}

/** 18 digits shaped like an ID (province, 19xx/20xx birth date) but failing its check: a mistyped ID, not a card. */
function looksLikeBrokenId(d: string): boolean {
  if (d.length !== 18 || !PROVINCE_CODES.has(d.slice(0, 2))) return false;
  const y = Number(d.slice(6, 10));
  const m = Number(d.slice(10, 12));
  const day = Number(d.slice(12, 14));
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/**
 * The segments MIIT allocates to 11-digit public mobile numbers: 13x; 145/147/149 (data cards); 15x but 154;
 * 162/165/166/167; 17x (170/171 virtual, 172 IoT, 174 satellite); 18x; 19x but 194. 140/141/144/146/148 are 13-digit
 * IoT numbers, so an unlabelled 11-digit number there is something else (a certificate, a file number).
 */
const MOBILE_SEGMENT = /^1(?:3\d|4[579]|5[0-35-9]|6[2567]|7\d|8\d|9[0-35-9])/;

function sameLengths(lens: readonly number[], pattern: readonly number[]): boolean {
  return lens.length === pattern.length && lens.every((l, i) => l === pattern[i]);
}

export class NumberScanner {
  private readonly out: NumberCandidate[] = [];

  /**
   * `personStarts`: sorted starts of names of private individuals, the evidence that a landline is theirs.
   * `triggers`: the scan of the text (present.ts), whose digit runs are the only places visited.
   */
  constructor(
    private readonly text: string,
    private readonly personStarts: readonly number[],
    private readonly triggers: Triggers,
  ) {}

  scan(): NumberCandidate[] {
    // Read before the loop: after it only a return, which needs no type feedback (see walkTriggers in present.ts).
    const { text, out } = this;
    const n = text.length;
    const runs = this.triggers.digitRuns;
    const runEnds = this.triggers.digitRunEnds;
    const runCount = this.triggers.digitRunCount;
    let i = 0;
    for (let k = 0; k < runCount; k++) {
      // A run already read as a later group of the previous one is skipped.
      if (runs[k] < i) continue;
      const first = runs[k];
      i = runEnds[k];
      const grouped = i + 1 < n && isGroupSeparatorCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1));
      // A lone run under 7 digits (a year, an amount, a house number) is no identifier: classifyRun would
      // skip it, so it costs no array here.
      if (!grouped && i - first < 7) continue;
      // A new array per run: cheaper than truncating one (a runtime call), and such runs are few.
      const groups: number[] = [first, i]; // flat [start, end, start, end, …]
      if (grouped) {
        for (;;) {
          i++;
          const gs = i;
          while (i < n && isDigitCode(text.charCodeAt(i))) i++;
          groups.push(gs, i);
          if (!(i + 1 < n && isGroupSeparatorCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)))) break;
        }
      }
      this.classifyRun(groups);
    }
    return out;
  }

  private classifyRun(groups: readonly number[]): void {
    const count = groups.length / 2;
    if (count > 1 && count <= 6) {
      const lens: number[] = [];
      let total = 0;
      for (let k = 0; k < count; k++) {
        lens.push(groups[2 * k + 1] - groups[2 * k]);
        total += lens[k];
      }
      if (total <= 23) {
        const start = groups[0];
        const end = groups[groups.length - 1];
        if (cleanBoundaries(this.text, start, end) && this.classify(asciiDigits(this.text, start, end), lens, start, end)) return;
      }
    }
    for (let k = 0; k < count; k++) {
      const start = groups[2 * k];
      let end = groups[2 * k + 1];
      const len = end - start;
      if (len < 7 || len > 19) continue;
      let digits = asciiDigits(this.text, start, end);
      const next = this.text[end];
      if (len === 17 && (next === 'X' || next === 'x' || next === 'Ｘ' || next === 'ｘ')) {
        digits += 'X';
        end++;
      }
      if (!cleanBoundaries(this.text, start, end)) continue;
      this.classify(digits, [digits.length], start, end);
    }
  }

  private emit(type: NumberType, start: number, end: number): true {
    this.out.push({ type, start, end });
    return true;
  }

  private classify(d: string, lens: readonly number[], start: number, end: number): boolean {
    const { text } = this;
    const single = lens.length === 1;

    if (d.length === 18 && (single || sameLengths(lens, [6, 8, 4])) && isValidIdCard18(d)) {
      return isRegistrationContext(text, start) ? true : this.emit('id_card', start, end);
    }
    // A 15-digit 注册号 of a 个体工商户 reads as an old ID: in a list, its column's heading says which it is.
    if (d.length === 15 && single && isValidIdCard15(d) && !isRegistrationContext(text, start) && !isRegistrationHeading(columnHeadingAt(text, start))) {
      return this.emit('id_card', start, end);
    }

    const national = d.startsWith('0086') ? d.slice(4) : d.startsWith('86') && d.length === 13 ? d.slice(2) : d;
    if (national.length === 11 && /^1[3-9]/.test(national) && lens.every((l) => l >= 2) && !followsCertificateLabel(text, start, end)) {
      const s = national !== d && start > 0 && (text[start - 1] === '+' || text[start - 1] === '＋') ? start - 1 : start;
      const context = phoneContext(text, s);
      if (context === 'office') return true;
      // Outside the mobile segments only a phone's label (手机号码：, 联系电话：) makes the number one, mistyped or not.
      if (MOBILE_SEGMENT.test(national) || context !== 'none') return this.emit('mobile', s, end);
    }

    if (d.length >= 16 && d.length <= 19 && d[0] !== '0' && !/X/.test(d) && isLuhnValid(d)) {
      const grouped = single || lens.slice(0, -1).every((l) => l === 4);
      if (grouped && !looksLikeBrokenId(d) && !isRegistrationContext(text, start)) return this.emit('bank_card', start, end);
    }

    return this.landline(d, lens, start, end);
  }

  private landline(d: string, lens: readonly number[], start: number, end: number): boolean {
    const { text } = this;
    let s = start;
    let ok = false;
    if (lens.length >= 2 && lens.length <= 3 && d[0] === '0' && (lens[0] === 3 || lens[0] === 4) && (lens[1] === 7 || lens[1] === 8)) {
      ok = /^[2-9]$/.test(d[lens[0]]) && (lens.length === 2 || lens[2] <= 4);
    } else if (lens.length === 1 && d[0] === '0' && d.length >= 10 && d.length <= 12 && d[1] !== '0') {
      ok = true;
    } else if (lens.length === 1 && (d.length === 7 || d.length === 8) && /^[2-9]$/.test(d[0])) {
      ok = true;
      // (0471)5551234 / （0471）5551234: take the bracketed area code along.
      const close = text[start - 1];
      if (close === ')' || close === '）') {
        let q = start - 2;
        while (q >= 0 && start - 2 - q < 4 && isDigitCode(text.charCodeAt(q))) q--;
        const open = text[q];
        if ((open === '(' || open === '（') && start - 2 - q >= 3 && text[q + 1] === '0') s = q;
      }
    }
    if (!ok) return false;
    const ctx = phoneContext(text, s);
    if (ctx === 'personal' || (ctx === 'neutral' && this.personBefore(s))) this.emit('landline', s, end);
    return true;
  }

  private personBefore(pos: number): boolean {
    const from = clauseWindow(this.text, pos, PERSON_LOOKBACK).start;
    // Binary search for the first name starting at or after `from`.
    let lo = 0;
    let hi = this.personStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.personStarts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.personStarts.length && this.personStarts[lo] < pos;
  }
}

export function findNumbers(text: string, personStarts: readonly number[], triggers: Triggers): NumberCandidate[] {
  return new NumberScanner(text, personStarts, triggers).scan();
}

/** Exposed for the masking policy: is this character one of the significant ones of a number? */
export function isSignificantCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}
