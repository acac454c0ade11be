/**
 * What the public types into 依申请公开 and 网民留言 about themselves, checked where a person can still correct it:
 * a mistyped ID number or phone would otherwise leave the office unable to identify or reach the applicant, and
 * the 20-working-day deadline would run against an application nobody can answer.
 */
import { z } from 'zod';
import { isValidCreditCode, isValidIdCard15, isValidIdCard18 } from '../../review/pii/checksums.js';

/** 联系电话: digits with the usual separators (0471-1234567, +86 139 1234 5678); empty when not given. */
export const contactPhone = z.string().trim().max(30).default('')
  .refine((v) => v === '' || (/^[0-9+\-() ]{5,30}$/.test(v) && (v.match(/[0-9]/g) ?? []).length >= 5), '联系电话格式不正确，请填写手机号或带区号的固定电话');

/** Why this 证件号码 cannot be of this 证件类型, or null when it can. */
export function identityNumberProblem(idType: string, raw: string): string | null {
  const value = raw.replace(/\s+/g, '');
  switch (idType) {
    case '居民身份证':
      return isValidIdCard18(value) || isValidIdCard15(value) ? null : '居民身份证号码不正确，请核对 18 位号码（最后一位可能是 X）';
    case '统一社会信用代码':
      return isValidCreditCode(value) ? null : '统一社会信用代码不正确，请核对 18 位代码';
    default:
      return /^[0-9A-Za-z()（）\-]{5,40}$/.test(value) ? null : '证件号码格式不正确，请填写证件上的号码（字母和数字）';
  }
}
