/**
 * Names a table prints under a heading of office (审判长 | 书记员 in a 开庭公告, 经办人 | 审核人 in a ledger) are
 * the body's people acting in office, not private persons, whatever the rows beside them hold. And a name-like
 * run glued to a model code (东方红-LX1004, 雷沃M904) is a product, not a person. Both are read only for the
 * candidates already found: a candidate's line is split into cells only when it holds a separator, and the walk
 * up to the table's head is bounded (MAX_UP lines) and cached by line.
 */
import { cellsOf, lineEnd, lineStartWithin } from './address.js';
import { hasSeparator } from './cells.js';
import { walkRowsUp } from './cellHeading.js';
import { namesAThing, personHeadingRole, STAFF_ROLE_HEADINGS, unspaced } from './headings.js';
import type { NameCandidate } from './names.js';
import { isOfficeHeading } from './offices.js';
import { fillsCell, isHouseholdNameHeading } from './householdTables.js';
import { appointmentsOf } from './appointedPosts.js';

/** Staff roles that are no post; the posts themselves (审判长, 书记员, 法官助理, 河长 …) come from offices.ts. */
const STAFF_HEADINGS = new Set([...STAFF_ROLE_HEADINGS, '执法人员', '办案人员', '检查人员', '值班人员', '值班员', '工作人员']);
/**
 * A heading of office listed here, or a post or a cadre's role by its suffix (河长, 协管员, 专管员, 帮扶责任人: offices.ts),
 * or a column of things; never a person's heading.
 */
export function isStaffHeading(cell: string): boolean {
  const heading = unspaced(cell);
  if (heading === '' || personHeadingRole(heading) !== null) return false;
  return STAFF_HEADINGS.has(heading) || isOfficeHeading(heading) || namesAThing(heading);
}

const MAX_UP = 60;

/** A table's row is short: a longer line is prose, and bounding the walk keeps a long paragraph linear. */
const MAX_LINE = 400;

/** The heading cell above the cell at `at`, or '' when `at` is in no table or its column has no heading. */
function headingAbove(text: string, at: number, heads: Map<number, string[] | null>): string {
  const start = lineStartWithin(text, at, MAX_LINE);
  if (start < 0) return '';
  const end = lineEnd(text, at);
  if (end - start > MAX_LINE) return '';
  const line = text.slice(start, end);
  if (!hasSeparator(line)) return '';
  const cells = cellsOf(line);
  const column = cells.findIndex((c) => c.start <= at - start && at - start < c.end);
  if (column < 0 || cells.length < 3) return '';
  let head = heads.get(start);
  if (head === undefined) {
    const top = walkRowsUp(text, start, cells.length, MAX_UP, MAX_LINE, () => false).top;
    const headLine = top !== start ? text.slice(top, lineEnd(text, top)) : '';
    head = top !== start ? cellsOf(headLine).map((c) => headLine.slice(c.start, c.end)) : null;
    heads.set(start, head);
  }
  return head?.[column] ?? '';
}

/** True when a model code follows at `end` (-LX1004, M904-K): a hyphen, or a Latin capital. */
function gluedToCode(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 0x2d || (c >= 0x41 && c <= 0x5a);
}

/**
 * `separated`: whether the text may hold a separator (`TableReading.separated`); without one no line is split, and
 * a document's hundreds of candidates skip reading their lines (the heading above each is '', no staff heading).
 */
export function withoutStaffColumns(text: string, found: NameCandidate[], separated = true): NameCandidate[] {
  const heads = new Map<number, string[] | null>();
  const appointed = appointmentsOf(text);
  // A household's head fills the cell of a 户 column (养殖场（户）名称) with a bare name: a person, not a thing's name.
  const household = (heading: string, f: NameCandidate): boolean => isHouseholdNameHeading(heading) && fillsCell(text, f.start, f.end);
  const staff = (f: NameCandidate): boolean => {
    if (!separated) return false;
    const heading = headingAbove(text, f.start, heads);
    return isStaffHeading(heading) && !household(heading, f) && !appointed(unspaced(heading));
  };
  const drop = (f: NameCandidate): boolean => (f.role === null && gluedToCode(text, f.end)) || staff(f);
  if (!found.some(drop)) return found;
  // 案件名称 | 眭涛销售侵犯注册商标专用权商品案, 项目名称 | 柏海林户危房改造: a thing's name may open with its party, who is
  // the person the row names elsewhere (under 当事人, in prose). A staff or office column (审判长, 经办人) never vouches.
  const people = new Set(found.filter((f) => !drop(f)).map((f) => f.name));
  const partyOfThing = (f: NameCandidate): boolean =>
    people.has(f.name) && opensCell(text, f.start) && !fillsCell(text, f.start, f.end) && isThingOnlyHeading(headingAbove(text, f.start, heads));
  return found.filter((f) => !drop(f) || partyOfThing(f));
}

/** A column of things only: its heading names a thing and is no office's or staff role's (案件名称, 项目名称). */
function isThingOnlyHeading(cell: string): boolean {
  const heading = unspaced(cell);
  return namesAThing(heading) && !STAFF_HEADINGS.has(heading) && !isOfficeHeading(heading);
}

/** `at` opens a table's cell: the line's start or right after a tab or a column bar. */
function opensCell(text: string, at: number): boolean {
  const c = at === 0 ? '\n' : text[at - 1];
  return c === '\n' || c === '\t' || c === '|' || c === '｜';
}
