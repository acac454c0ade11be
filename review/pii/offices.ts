/**
 * Posts of office, derived by their suffix so that a title no slice used still reads as one: …长 after the
 * unit a body or an office is named by (县长, 股长, 庭长, 河长), …书记, …主任, …主席, …委员, …干部, and the
 * members of a body's staff that end in 员 or 官 (审判员, 书记员, 科员, 法官). The exceptions are the private persons
 * the corpus labels as people: 家长, 班长, 董事长, 理事长, 社长, 厂长 (a company's, a co-operative's or a class's, not a
 * body's), 退休干部, and every 员 of a program or a team (保洁员, 护林员, 管护员, 学员, 会员, 队员, 党员), which no suffix
 * here derives.
 *
 * `withoutOfficials` is one pass over a document's found names: a name that any of its mentions shows acting in
 * office (a post right after it — 宗政冬生副局长, 郦国，局长 —, a public body in brackets — X（县司法局） —, a post or
 * a staff label right before it, the body's own 联系人 label, a warrant or badge number after it) is that
 * official at every mention, unless a party's role label (申请人, 当事人 …) introduced one of them.
 */
import { isHanCode, unitTable } from './chars.js';
import { isBodyContact } from './context.js';
import type { NameCandidate } from './names.js';
import { PERSONAL_ROLES } from './roles.js';

/** What a body or an office is named by, before 长: 县长, 局长, 股长, 庭长, 馆长, 河长 (a river's chief). */
const UNIT_BEFORE_HEAD = unitTable('省市县区旗盟州镇乡村组局处厅部科股所站队院校馆庭河湖林田格'.split(''));
/** Posts whole, whatever stands before them (驻村第一书记, 村委会主任, 政协副主席, 包村干部, 纪检委员). */
const WHOLE_POSTS = ['书记', '主任', '主席', '委员', '干部', '领导', '秘书长', '检察长', '审判长', '法官助理', '嘎查达', '苏木达', '专干', '干事'];
/** A body's staff by 员 or 官: the court's, an office's, the police's. */
const STAFF_POSTS = [
  '审判员', '陪审员', '书记员', '执行员', '仲裁员', '检察员', '调解员', '工作队员', '科员', '办事员', '调研员', '巡视员', '监察员', '稽查员', '执法员', '网格员', '联络员',
  '协管员', '督导员', '指导员', '统计员', '法官', '检察官', '警官', '民警', '辅警', '交警',
  // who handles a list's households for the body beside each of them (staffColumns.ts reads the column)
  '专管员', '报账员', '经办员',
];
/**
 * Staff derived by shape rather than listed: an assistant of a body's desk, 协 + one or two characters + 员 (协办员,
 * 协保员, 协理员, 协查员), who takes a village's or a town's cases to the body; and counsel the body assigns or employs,
 * 律师 after a word of assignment (指派律师, 承办律师, 值班律师, 援助律师, 公职律师): a 法律援助中心's lawyer acts for the
 * centre. A firm's lawyer (…律师事务所律师X, X律师) is no post and stays a person, as slices 16 and 22 label them.
 */
const ASSISTANT_OPENING = 0x534f; // 协
const COUNSEL = '律师';
const ASSIGNING = ['指派', '承办', '值班', '援助', '法援', '公职', '驻点', '驻所'];

function derivedStaffEndingAt(text: string, p: number): number {
  const last = text.charCodeAt(p - 1);
  if (last === 0x5458 /* 员 */) {
    // 协会会员 is an association's member, no assistant of a desk.
    for (const n of [3, 4]) if (p >= n && text.charCodeAt(p - n) === ASSISTANT_OPENING && text.charCodeAt(p - n + 1) !== 0x4f1a /* 会 */) return n;
    return 0;
  }
  if (last === 0x5e08 /* 师 */ && text.startsWith(COUNSEL, p - 2)) {
    // 指派律师, and 指派的律师 with 的 between.
    const before = text.charCodeAt(p - 3) === 0x7684 /* 的 */ ? p - 3 : p - 2;
    for (const w of ASSIGNING) if (text.startsWith(w, before - w.length)) return p - before + w.length;
  }
  return 0;
}

/** Before these the suffix names no body's post (家长, 退休干部, 董事长 …); read backwards from the suffix. */
const NOT_POSTS = ['退休干部', '老干部', '离休干部', '董事长', '家长'];
/** After a post these make it a word of something else (主任医师, 委员会, 书记处). */
const POST_CONTINUES = ['医师', '会', '处', '员', '长'];

/** The last characters a post can end in, for the callers' own tables of where to look. */
export const POST_LAST_CHARS: readonly string[] = [...new Set([...WHOLE_POSTS, ...STAFF_POSTS, '长', '员', '师'].map((w) => w[w.length - 1]))];
const POST_LAST = unitTable(POST_LAST_CHARS);
const ENDS = [...WHOLE_POSTS, ...STAFF_POSTS].sort((a, b) => b.length - a.length);

/** The length of a post ending right at `p` (…副县长|, …第一书记|), or 0. Reads at most five characters back. */
export function postEndingAt(text: string, p: number): number {
  if (p < 2 || POST_LAST[text.charCodeAt(p - 1)] !== 1) return 0;
  for (const n of NOT_POSTS) if (text.startsWith(n, p - n.length)) return 0;
  if (text.charCodeAt(p - 1) === 0x957f /* 长 */ && UNIT_BEFORE_HEAD[text.charCodeAt(p - 2)] === 1) return 2;
  for (const w of ENDS) if (p >= w.length && text.startsWith(w, p - w.length)) return w.length;
  return derivedStaffEndingAt(text, p);
}

/** True for a post and nothing else (副县长, 股长, 苏木达), with its 副/常务副 prefix. */
export function isExactPost(word: string): boolean {
  const n = postEndingAt(word, word.length);
  if (n === 0) return false;
  const head = word.slice(0, word.length - n);
  return head === '' || head === '副' || head === '常务副';
}

/** True for a heading or a cell that is a post by itself (河长, 副县长, 驻村第一书记, 股长). */
export function isPost(word: string): boolean {
  const n = postEndingAt(word, word.length);
  return n > 0 && word.length <= n + 6;
}

/** The length of a post starting at `e` (宗政冬生|副局长牵头, 冯华|主任说), with its 副/常务副 prefix; 0 when none. */
export function postStartingAt(text: string, e: number): number {
  let q = e;
  if (text.startsWith('常务副', q)) q += 3;
  else if (text[q] === '副') q += 1;
  for (let len = 2; len <= 4; len++) {
    const end = q + len;
    if (end > text.length) break;
    const n = postEndingAt(text, end);
    if (n !== len) continue;
    if (POST_CONTINUES.some((w) => text.startsWith(w, end))) return 0;
    return end - e;
  }
  return 0;
}

/** Headings of a table's column whose names act in office: a post (河长 | 职务), a staff member's or a cadre's role. */
const OFFICE_HEADINGS = ['帮扶责任人', '包保责任人', '结对帮扶人', '帮扶人', '出庭负责人', '出庭应诉负责人', '联系领导', '包联领导', '包保领导', '挂点领导'];

export function isOfficeHeading(heading: string): boolean {
  return OFFICE_HEADINGS.includes(heading) || isPost(heading);
}

/** Public bodies a name's brackets may hold (孙文龙（县司法局）): the name is that body's staff; so is a post there. */
const BODY_ENDS = ['政府', '委员会', '局', '办', '办公室', '司法所', '派出所', '财政所', '站', '大队', '中队', '科', '股', '法院', '检察院', '街道办事处'];
const BRACKET_MAX = 16;
const DIVISION_OPENING = /^[\u4e00-\u9fff]{0,4}[省市县区旗镇乡]/;

function bodyInBrackets(text: string, e: number): boolean {
  if (text[e] !== '（' && text[e] !== '(') return false;
  const close = text.indexOf(text[e] === '（' ? '）' : ')', e + 1);
  if (close < 0 || close - e - 1 < 2 || close - e - 1 > BRACKET_MAX) return false;
  const inner = text.slice(e + 1, close);
  if (inner.includes('事务所') || inner.includes('公司')) return false;
  // X（县司法局）, X（副局长）, X（县河长办）; X（县体育运动中心）: a 中心 named by its division is a public body's, a bare one may be a firm's.
  return BODY_ENDS.some((b) => inner.endsWith(b)) || isPost(inner) || (inner.endsWith('中心') && DIVISION_OPENING.test(inner));
}

/** X，局长， / X，副县长。: a post set off by commas right after the name. */
function postAfterComma(text: string, e: number): boolean {
  if (text[e] !== '，' && text[e] !== ',') return false;
  const n = postStartingAt(text, e + 1);
  if (n === 0) return false;
  const c = text[e + 1 + n];
  return c === undefined || '，,。；;、\n \u3000'.includes(c);
}

const AFTER_MARKS = ['（执法证', '(执法证', '（警号', '(警号', '执法证号', '，执法证号'];
const CONTACT_RE = /联[ \u3000]*系[ \u3000]*人[：:][ \u3000]*$/;

function bodyContactBefore(text: string, s: number): boolean {
  const from = Math.max(0, s - 9);
  const m = CONTACT_RE.exec(text.slice(from, s));
  return m !== null && isBodyContact(text, from + m.index);
}

/**
 * 如有疑问，可向镇卫生院防保医生X反映 / 请与社区网格办X联系 / 也可咨询乡农技站X: a person the text offers the public as
 * the point of contact, inside a body, is the body's contact (README: the body's own contact is not personal data).
 * The invitation (请, 可, 或, 也可, 欢迎) opens the frame, a body's word stands between it and the name, and a verb of
 * reaching out closes it; 村民A向村干部B反映 has no invitation and keeps both.
 */
const INVITATIONS = ['请', '可', '或', '欢迎', '亦可'];
const REACH_VERBS = ['向', '与', '找', '咨询', '联系'];
const REACH_ENDS = ['反映', '联系', '咨询', '举报', '求助', '投诉', '了解', '申请', '办理', '报告', '核实'];
const BODY_WORDS = ['中心', '院', '局', '办', '所', '站', '委', '政府', '科', '股', '队', '室', '街道', '社区', '大厅', '窗口'];
const CONTACT_FRAME = 24;

function offeredAsContact(text: string, s: number, e: number): boolean {
  if (!REACH_ENDS.some((w) => text.startsWith(w, e))) return false;
  let from = s;
  while (from > 0 && s - from < CONTACT_FRAME && isHanCode(text.charCodeAt(from - 1))) from--;
  const run = text.slice(from, s);
  for (const v of REACH_VERBS) {
    const at = run.indexOf(v);
    if (at < 0) continue;
    const head = run.slice(0, at);
    if (!INVITATIONS.some((w) => head.endsWith(w) || head.endsWith(w + '直接'))) continue;
    const between = run.slice(at + v.length);
    if (BODY_WORDS.some((b) => between.includes(b))) return true;
  }
  return false;
}

/** Whether this mention shows the name acting in office; `before` says whether a post or staff label stands right before. */
function actsInOffice(text: string, s: number, e: number, before: (s: number) => boolean): boolean {
  if (text.startsWith('同志', e)) return false; // 免去X同志副县长职务: an appointee
  const post = postStartingAt(text, e);
  if (post > 0 && !text.startsWith('职', e + post)) return true;
  return postAfterComma(text, e) || bodyInBrackets(text, e) || AFTER_MARKS.some((w) => text.startsWith(w, e)) || before(s) || bodyContactBefore(text, s) || offeredAsContact(text, s, e);
}

/** A party's role protects a name; an agent's (委托代理人, 代理人) does not, since a body is represented by its staff. */
const PARTY_ROLES: ReadonlySet<string> = new Set(PERSONAL_ROLES.filter((r) => r !== '委托代理人' && r !== '代理人'));

export function withoutOfficials(text: string, found: NameCandidate[], before: (s: number) => boolean): NameCandidate[] {
  let officials: Set<string> | null = null;
  for (const f of found) {
    if (officials?.has(f.name)) continue;
    if (actsInOffice(text, f.start, f.end, before)) (officials ??= new Set()).add(f.name);
  }
  if (officials === null) return found;
  for (const f of found) if (f.role !== null && PARTY_ROLES.has(f.role)) officials.delete(f.name);
  const drop = officials;
  return drop.size === 0 ? found : found.filter((f) => !drop.has(f.name));
}
