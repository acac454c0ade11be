/**
 * An organisation's roster of officers: role lines, one role a line (会长：X / 执行委员：A、B / 监事会主任：C；监事：D), as an
 * association, a chamber of commerce, a co-operative or an owners' committee publishes its election. Its 委员, 主任 and
 * 秘书长 are posts of that organisation, held by private persons, not a public body's officials acting in office.
 *
 * A post label that opens a line is the organisation's when its own head names a member organisation's organ
 * (监事会主任, 理事会秘书长, 业主委员会主任), or when a line of the same block (lines with no blank one between) opens
 * with such a label or with a role only a member organisation has (会长, 理事, 监事, 董事, 社长). A leading group's
 * roster (组长：…县长 / 成员：…) and a village committee's have none of these, and stay officials.
 */
import { isHanCode } from './chars.js';

/** Roles only a member organisation has (an association's, a co-operative's, a company's), with their 副/常务/名誉 forms. */
const MEMBER_ROLES = ['会长', '理事', '理事长', '监事', '监事长', '董事', '董事长', '社长', '秘书长'];
const ROLE_PREFIXES = ['', '副', '常务', '常务副', '名誉', '执行', '荣誉'];
/** Organs of a member organisation; a post after one of them is that organisation's (监事会主任, 业主委员会委员). */
const MEMBER_ORGANS = ['监事会', '理事会', '董事会', '执委会', '业主委员会', '业委会', '会员代表大会', '商会', '协会', '学会', '合作社'];

const ROLE_WORDS: ReadonlySet<string> = new Set(MEMBER_ROLES.flatMap((r) => ROLE_PREFIXES.map((p) => p + r)));
/** Lines of a block read each way from the post's line. */
const BLOCK_LINES = 8;
/** The longest label read as a role (常务副理事长, 业主委员会副主任). */
const LABEL_MAX = 10;

function isIndent(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

/** The label opening the line that starts at `from` and ends in a colon, or '' when the line opens otherwise. */
function lineLabel(text: string, from: number, to: number): string {
  let p = from;
  while (p < to && isIndent(text.charCodeAt(p))) p++;
  let q = p;
  while (q < to && q - p <= LABEL_MAX && isHanCode(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  return q > p && (c === 0xff1a /* ： */ || c === 0x3a) ? text.slice(p, q) : '';
}

function isMemberLabel(label: string): boolean {
  return ROLE_WORDS.has(label) || MEMBER_ORGANS.some((o) => label.startsWith(o) || label.includes(o));
}

/**
 * True when the label ending at `q` (the post right before the colon ahead of a name) opens its line in an organisation's
 * roster. Reads the post's line and at most BLOCK_LINES lines each way, stopping at a blank line.
 */
export function inMemberRoster(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  if (c !== 0xff1a && c !== 0x3a) return false;
  const lineStart = text.lastIndexOf('\n', q - 1) + 1;
  const label = lineLabel(text, lineStart, q + 1);
  if (label === '' || !text.startsWith(label, q - label.length)) return false;
  if (isMemberLabel(label)) return true;
  // Lines before, then lines after, within the block.
  let end = lineStart - 1;
  for (let k = 0; k < BLOCK_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const l = lineLabel(text, start, end);
    if (l === '') break;
    if (isMemberLabel(l)) return true;
    end = start - 1;
  }
  let start = text.indexOf('\n', q);
  for (let k = 0; k < BLOCK_LINES && start >= 0; k++) {
    const next = text.indexOf('\n', start + 1);
    const stop = next < 0 ? text.length : next;
    const l = lineLabel(text, start + 1, stop);
    if (l === '') break;
    if (isMemberLabel(l)) return true;
    start = next;
  }
  return false;
}

/** inMemberRoster for the label whose colon stands right before `s` (spaces allowed between): 执行委员：|X. */
export function afterMemberRosterLabel(text: string, s: number): boolean {
  let q = s;
  while (q > 0 && isIndent(text.charCodeAt(q - 1))) q--;
  return q > 0 && inMemberRoster(text, q - 1);
}
