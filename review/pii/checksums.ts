/** Check-digit algorithms that tell real identifiers from numbers that merely have the right length. */
import { PROVINCE_CODES } from './regions.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function isRealDate(year: number, month: number, day: number, today: Date): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > dim[month - 1]) return false;
  const t = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  return year * 10000 + month * 100 + day <= t;
}

/** `digits` is the number with ASCII digits only (an upper- or lower-case X allowed last). */
export function isValidIdCard18(digits: string, today: Date = new Date()): boolean {
  if (digits.length !== 18 || !/^[0-9]{17}[0-9Xx]$/.test(digits)) return false;
  if (!PROVINCE_CODES.has(digits.slice(0, 2))) return false;
  const year = Number(digits.slice(6, 10));
  if (year < 1900) return false;
  if (!isRealDate(year, Number(digits.slice(10, 12)), Number(digits.slice(12, 14)), today)) return false;
  return idCardCheckChar(digits) === digits[17].toUpperCase();
}

/** First-generation (pre-1999) numbers: region + YYMMDD (19YY) + 3-digit sequence, no check digit. */
export function isValidIdCard15(digits: string): boolean {
  if (digits.length !== 15 || !/^[0-9]{15}$/.test(digits)) return false;
  if (!PROVINCE_CODES.has(digits.slice(0, 2))) return false;
  return isRealDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)), new Date(1999, 11, 31));
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Unified social credit code of an organisation (GB 32100-2015): 18 characters from a 31-letter
 * alphabet with a MOD 31 check. Organisations' codes are public registration data, never pii.
 */
export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  const upper = code.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(upper[i]);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === upper[17];
}
