/**
 * An organisation's roster of officers: role lines, one role a line (会长：X / 执行委员：A、B / 监事会主任：C；监事：D), as an
 * association, a chamber of commerce, a co-operative or an owners' committee publishes its election. Its 委员, 主任 and
 * 秘书长 are posts of that organisation, held by private persons, not a public body's officials acting in office.
 *
 * A post label that opens a line is the organisation's when its own head names a member organisation's organ
 * (监事会主任, 理事会秘书长, 业主委员会主任), or when a line of the same block (lines with no blank one between) opens
 * with such a label or with a role only a member organisation has (会长, 理事, 监事, 董事, 社长). A leading group's
 * roster (组长：…县长 / 成员：…) and a village committee's have none of these, and stay officials. 秘书长 is no such
 * role: a government, a people's congress and a CPPCC have one too. A block that holds a government's head (县长：,
 * 副市长：) or that a public body's heading opens (县政府, 市人大常委会组成人员, 县政协领导) is a body's, whatever else it holds.
 */
import { isBlankCode, isHanCode, unitTable } from './chars.js';

/** Roles only a member organisation has (an association's, a co-operative's, a company's), with their 副/常务/名誉 forms. */
const MEMBER_ROLES = ['会长', '理事', '理事长', '监事', '监事长', '董事', '董事长', '社长'];
const ROLE_PREFIXES = ['', '副', '常务', '常务副', '名誉', '执行', '荣誉'];
/** Organs of a member organisation; a post after one of them is that organisation's (监事会主任, 业主委员会委员). */
const MEMBER_ORGANS = ['监事会', '理事会', '董事会', '执委会', '业主委员会', '业委会', '会员代表大会', '商会', '协会', '学会', '合作社'];

const ROLE_WORDS: ReadonlySet<string> = new Set(MEMBER_ROLES.flatMap((r) => ROLE_PREFIXES.map((p) => p + r)));
/** Lines of a block read each way from the post's line. */
const BLOCK_LINES = 8;
/** The longest label read as a role (常务副理事长, 业主委员会副主任). */
const LABEL_MAX = 10;
/** The most blanks read as a line's indent before its label. */
const INDENT_MAX = 8;
/**
 * The longest line read as a roster's (a role and its list of names). Every scan for a line's end stops this far: a
 * label in a long paragraph opens no roster line, and a text of one long line stays linear.
 */
const LINE_MAX = 200;
/** What a government's head is the head of: 县长, 副市长, 常务副省长, 乡长. */
const ADMINISTRATIVE_UNITS = unitTable('省市县区旗盟州镇乡'.split(''));
/** Public bodies whose heading over a block makes its posts theirs (县政府, 市人大常委会, 县政协). */
const PUBLIC_BODY_HEADINGS = ['政府', '人大', '政协'];

/** The label opening the line that starts at `from` and ends in a colon, or '' when the line opens otherwise. */
function lineLabel(text: string, from: number, to: number): string {
  let p = from;
  while (p < to && p - from < INDENT_MAX && isBlankCode(text.charCodeAt(p))) p++;
  let q = p;
  while (q < to && q - p <= LABEL_MAX && isHanCode(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  return q > p && (c === 0xff1a /* ： */ || c === 0x3a) ? text.slice(p, q) : '';
}

function isMemberLabel(label: string): boolean {
  return ROLE_WORDS.has(label) || MEMBER_ORGANS.some((o) => label.startsWith(o) || label.includes(o));
}

/** A government's head (县长, 副市长, 常务副省长): the block it stands in is a body's. */
function isGovernmentHead(label: string): boolean {
  const head = label.replace(/^常务/, '').replace(/^副/, '');
  return head.length === 2 && head.charCodeAt(1) === 0x957f /* 长 */ && ADMINISTRATIVE_UNITS[head.charCodeAt(0)] === 1;
}

/** The start of the line holding `p` when it lies at most `max` characters back, else -1. */
function lineStartWithin(text: string, p: number, max: number): number {
  const stop = Math.max(0, p - max);
  for (let k = p - 1; k >= stop; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return stop === 0 ? 0 : -1;
}

/** The end (the newline, or the text's end) of the line holding `p` when it lies at most `max` characters on, else -1. */
function lineEndWithin(text: string, p: number, max: number): number {
  const stop = Math.min(text.length, p + max);
  for (let k = p; k < stop; k++) if (text.charCodeAt(k) === 0x0a) return k;
  return stop === text.length ? stop : -1;
}

/** What a block's line says of it: 'member' (会长：, 监事会主任：), 'body' (县长：), or '' (主任：, 委员：). */
function labelKind(label: string): 'member' | 'body' | '' {
  if (isGovernmentHead(label)) return 'body';
  return isMemberLabel(label) ? 'member' : '';
}

/**
 * True when the label ending at `q` (the post right before the colon ahead of a name) opens its line in an organisation's
 * roster. Reads the post's line and at most BLOCK_LINES lines each way, stopping at a blank line or a line with no label
 * (the block's heading, read for a public body's name), each line at most LINE_MAX long.
 */
export function inMemberRoster(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  if (c !== 0xff1a && c !== 0x3a) return false;
  // A label opens its line: the line's start is an indent and a label back.
  const lineStart = lineStartWithin(text, q, LABEL_MAX + INDENT_MAX + 1);
  if (lineStart < 0) return false;
  const label = lineLabel(text, lineStart, q + 1);
  if (label === '' || !text.startsWith(label, q - label.length)) return false;
  let member = false;
  const read = (l: string): boolean => {
    const kind = labelKind(l);
    if (kind === 'member') member = true;
    return kind !== 'body';
  };
  if (!read(label)) return false;
  // Lines before, then lines after, within the block.
  let end = lineStart - 1;
  for (let k = 0; k < BLOCK_LINES && end > 0; k++) {
    const start = lineStartWithin(text, end, LINE_MAX);
    if (start < 0) break;
    const l = lineLabel(text, start, end);
    if (l === '') {
      const heading = text.slice(start, end);
      if (PUBLIC_BODY_HEADINGS.some((w) => heading.includes(w))) return false;
      break;
    }
    if (!read(l)) return false;
    end = start - 1;
  }
  let stop = lineEndWithin(text, q, LINE_MAX);
  for (let k = 0; k < BLOCK_LINES && stop >= 0 && stop < text.length; k++) {
    const next = lineEndWithin(text, stop + 1, LINE_MAX);
    const l = lineLabel(text, stop + 1, next < 0 ? stop + 1 + LINE_MAX : next);
    if (l === '') break;
    if (!read(l)) return false;
    stop = next;
  }
  return member;
}

/** inMemberRoster for the label whose colon stands right before `s` (spaces allowed between): 执行委员：|X. */
export function afterMemberRosterLabel(text: string, s: number): boolean {
  let q = s;
  while (q > 0 && s - q < INDENT_MAX && isBlankCode(text.charCodeAt(q - 1))) q--;
  return q > 0 && inMemberRoster(text, q - 1);
}
