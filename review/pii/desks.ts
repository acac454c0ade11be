/**
 * The body's desk named in brackets at the foot of a notice (监督电话：0552-6213852（镇民政办　X）, （社保中心稽核科 X）):
 * an office, a space, then the name closing the bracket. The clerk answers for the body, so the name is staff.
 * Reads back at most MAX_OFFICE characters from the name to the opening bracket.
 */
import { isHanCode } from './chars.js';
import { DESK_ENDS } from './bodies.js';

const MAX_OFFICE = 14;
const OFFICE_ENDS = [...DESK_ENDS, '委'];
const SPACES = new Set([' ', '\u3000']);

export function deskInBrackets(text: string, s: number, e: number): boolean {
  if (text[e] !== '）' && text[e] !== ')') return false;
  let q = s;
  if (!SPACES.has(text[q - 1] ?? '')) return false;
  while (q > 0 && SPACES.has(text[q - 1])) q--;
  const officeEnd = q;
  while (q > 0 && officeEnd - q < MAX_OFFICE && isHanCode(text.charCodeAt(q - 1))) q--;
  if (text[q - 1] !== '（' && text[q - 1] !== '(') return false;
  const office = text.slice(q, officeEnd);
  // 申请人之女, 其子: a person's kin in brackets, not a desk.
  return office.length >= 2 && OFFICE_ENDS.some((w) => office.endsWith(w));
}
