/**
 * A table's head row (序号	楼栋	房号, 编号 | 户名 | …) names columns, not people: a heading such as 楼栋 reads as a
 * surname and a given character on its own. A candidate on a line opening with 序号 or 编号 and a cell separator
 * is dropped; looking back is bounded to MAX_BACK characters per candidate.
 */
import { lineStartWithin } from './address.js';
import type { NameCandidate } from './names.js';

const HEADS = ['序号', '编号'];
const SEPARATORS = new Set(['\t', '|', '｜', ' ', '\u3000']);
const MAX_BACK = 160;

function onHeadRow(text: string, at: number): boolean {
  const s = lineStartWithin(text, at, MAX_BACK);
  if (s < 0) return false;
  return HEADS.some((h) => text.startsWith(h, s) && SEPARATORS.has(text[s + h.length]));
}

export function withoutHeadRows(text: string, found: NameCandidate[]): NameCandidate[] {
  return found.some((f) => onHeadRow(text, f.start)) ? found.filter((f) => !onHeadRow(text, f.start)) : found;
}
