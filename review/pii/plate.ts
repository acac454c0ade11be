/**
 * plate: vehicle plates, a province abbreviation, the issuing-office letter, then five characters (or
 * six for new-energy vehicles, which carry D or F first or last). At least three digits are required
 * among them, which real plates have and acronyms after a province name (京AB…) do not.
 */
import type { Span } from './email.js';

/** The province abbreviations a plate opens with. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** The issuing office's letter after the province: A–Z without I and O. */
export const PLATE_OFFICE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const PLATE_RE = new RegExp(`[${PLATE_PROVINCES}][${PLATE_OFFICE_LETTERS}][·•. ]?([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])`, 'g');

export function findPlates(text: string): Span[] {
  const out: Span[] = [];
  PLATE_RE.lastIndex = 0;
  for (let m = PLATE_RE.exec(text); m !== null; m = PLATE_RE.exec(text)) {
    const body = m[1];
    const digits = body.replace(/[^0-9]/g, '').length;
    if (digits < 3) continue;
    if (body.length === 6 && !/^[DF]|[DF]$/.test(body)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
