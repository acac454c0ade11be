/**
 * email: found by expanding outwards from each "@" over bounded character classes instead of with a
 * regex, because /[\w.]+@/g restarts at every letter of a long word and goes quadratic. Each character
 * is consumed by at most one expansion to the left and one to the right.
 */
import { clauseWindow, isOfficeSection, lastLabel } from './context.js';

export interface Span {
  start: number;
  end: number;
}

/** Adds [start, end) to `out` unless it overlaps a span already there (the rule that found it first keeps it). */
export function addDisjoint(out: Span[], start: number, end: number): void {
  if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end });
}

function isLocalChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isDomainChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2d;
}

/**
 * Government mailboxes (…@…gov.cn) are how the publishing body is reached and are published on purpose.
 * Any gov.cn address is treated so: a civil servant's work mailbox in a disclosure is the office's.
 */
export function isGovernmentMailbox(domain: string): boolean {
  const d = domain.toLowerCase();
  return d === 'gov.cn' || d.endsWith('.gov.cn');
}

/**
 * Words before an address that say it is where the public writes *to*: the office's own mailbox, even
 * when it is hosted outside gov.cn (bynr_xxgk@163.com).
 */
const OFFICE_MAILBOX_LABELS = ['发送至', '发至', '投稿', '受理邮箱', '咨询邮箱', '工作机构邮箱', '监督邮箱', '举报邮箱', '信息公开邮箱', '官方邮箱', '单位邮箱', '办公邮箱'];

const OFFICE_LOCAL_PART = /^(?:zfxxgk|xxgk|zwgk|gkb|bgs|zfbgs|xfj|xfb)(?:[._-]?[a-z0-9]{0,12})?$/i;

export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  let leftLimit = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    let s = at;
    while (s > leftLimit && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && text[s] === '.') s++;
    let e = at + 1;
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    from = Math.max(at + 1, e);
    leftLimit = at + 1;
    if (s === at) continue;
    const domain = text.slice(at + 1, e);
    const labels = domain.split('.');
    const tld = labels[labels.length - 1];
    if (labels.length < 2 || labels.some((l) => l === '') || !/^[A-Za-z]{2,}$/.test(tld)) continue;
    if (isGovernmentMailbox(domain)) continue;
    if (lastLabel(clauseWindow(text, s, 40).text, OFFICE_MAILBOX_LABELS)) continue;
    // 电子邮箱：zfxxgk@163.com under 联系我们: the body's mailbox, hosted outside gov.cn. A local part
    // spelling 信息公开/政务公开/办公室 in pinyin initials is an office's wherever it stands.
    if (isOfficeSection(text, s) || OFFICE_LOCAL_PART.test(text.slice(s, at))) continue;
    out.push({ start: s, end: e });
    leftLimit = e;
  }
  return out;
}
