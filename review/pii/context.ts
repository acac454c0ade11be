/**
 * What a number is depends on the label before it: 咨询电话 is the office, 家庭电话 is a person, 统一社会
 * 信用代码 is an organisation. These helpers read a short window before a match, never past the end
 * of the clause, so the cost per match is constant.
 */
import { PERSONAL_ROLES } from './roles.js';
import * as chars from './chars.js';
import { DESK_ENDS } from './bodies.js';
/** Bound once: module-namespace lookups in the per-character loops below cost more than the checks. */
const isClauseEndCode = chars.isClauseEndCode;

/** Text before `pos`, at most `max` characters, cut after the last clause end. */
export function clauseWindow(text: string, pos: number, max: number): { start: number; text: string } {
  let s = pos;
  const limit = Math.max(0, pos - max);
  while (s > limit && !isClauseEndCode(text.charCodeAt(s - 1))) s--;
  return { start: s, text: text.slice(s, pos) };
}

/** The label that ends last in `window` (ties go to the longer label, so 举报电话 beats 电话). */
export function lastLabel(window: string, labels: readonly string[]): { label: string; end: number } | null {
  let best: { label: string; end: number } | null = null;
  for (const label of labels) {
    const i = window.lastIndexOf(label);
    if (i < 0) continue;
    const end = i + label.length;
    if (!best || end > best.end || (end === best.end && label.length > best.label.length)) best = { label, end };
  }
  return best;
}

/** Phones the publishing body publishes so the public can reach it. */
export const OFFICE_PHONE_LABELS: readonly string[] = [
  '咨询电话', '咨询热线', '办公电话', '办公室电话', '监督电话', '监督热线', '举报电话', '举报热线', '投诉电话', '投诉热线',
  '服务电话', '服务热线', '值班电话', '热线电话', '热线', '传真', '受理电话', '查询电话', '业务电话', '政务服务', '咨询', '办公室',
];

/** Phones that belong to a person's home or to the person. */
export const PERSONAL_PHONE_LABELS: readonly string[] = [
  '家庭电话', '住宅电话', '宅电', '个人电话', '私人电话', '家庭座机', '家中电话', '住宅座机', '家里电话', '本人电话', '家庭固话',
];

/** Labels that only say "a phone number"; whose it is comes from the surrounding clause. */
export const NEUTRAL_PHONE_LABELS: readonly string[] = [
  '联系电话', '电话号码', '电话', '联系方式', '座机', '固定电话', '固话', '手机号码', '手机号', '手机', 'Tel', 'TEL', 'tel',
];

export type PhoneContext = 'office' | 'personal' | 'neutral' | 'none';

const PHONE_LABEL_KIND = new Map<string, Exclude<PhoneContext, 'none'>>([
  ...NEUTRAL_PHONE_LABELS.map((l) => [l, 'neutral'] as const),
  ...OFFICE_PHONE_LABELS.map((l) => [l, 'office'] as const),
  ...PERSONAL_PHONE_LABELS.map((l) => [l, 'personal'] as const),
]);
/** One pass over the window instead of one search per label; longest-first, so 举报电话 is read before 电话. */
const PHONE_LABEL_RE = new RegExp(
  [...PHONE_LABEL_KIND.keys()].sort((a, b) => b.length - a.length).join('|'),
  'g',
);

/** Whose phone a number is, judged by the label that ends last before it in its clause. */
export function phoneContext(text: string, pos: number): PhoneContext {
  const w = clauseWindow(text, pos, 16).text;
  let last: string | null = null;
  PHONE_LABEL_RE.lastIndex = 0;
  for (let m = PHONE_LABEL_RE.exec(w); m !== null; m = PHONE_LABEL_RE.exec(w)) last = m[0];
  return last === null ? 'none' : PHONE_LABEL_KIND.get(last) ?? 'none';
}

/** Labels of organisations' registration numbers, which can look like ID or card numbers. */
export const REGISTRATION_LABELS: readonly string[] = [
  '统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码', '注册号', '纳税人识别号', '税号', '营业执照', '登记证号',
  '许可证号', '证书编号', '备案号', '机构代码', '登记号',
];

const PERSONAL_ID_LABELS: readonly string[] = ['身份证', '公民身份号码', '身份号码', '证件号码', '证件号', '卡号', '账号', '银行卡'];

/**
 * The heading of a list's column names its numbers as registrations (注册号, 营业执照注册号, 许可证号 …) and not as a
 * person's ID. `heading`: the column heading found above the number (cellHeading.ts), '' when none.
 */
export function isRegistrationHeading(heading: string): boolean {
  return heading !== '' && REGISTRATION_LABELS.some((l) => heading.includes(l)) && !PERSONAL_ID_LABELS.some((l) => heading.includes(l));
}

/** True when the nearest label before `pos` names an organisation's registration number. */
export function isRegistrationContext(text: string, pos: number): boolean {
  const w = clauseWindow(text, pos, 24).text;
  const reg = lastLabel(w, REGISTRATION_LABELS);
  if (!reg) return false;
  const personal = lastLabel(w, PERSONAL_ID_LABELS);
  return !personal || personal.end < reg.end;
}

/**
 * Headings and labels under which a document gives the body's own contact details (联系我们, 办公地址 …).
 * A mailbox or postal address after one of them is the office's, even on 163.com or 126.com.
 */
const OFFICE_SECTION_MARKERS: readonly string[] = [
  '联系我们', '联系方式如下', '办公地址', '办公时间', '工作时间', '受理机构', '受理地点', '受理单位', '信息公开工作机构', '政府信息公开工作机构',
  '咨询电话', '办公电话', '监督电话', '传真',
];
/** Words that hand the section back to a person (您提供的通讯地址, 申请人, 家庭住址). */
const PERSONAL_SECTION_MARKERS: readonly string[] = [
  '您', '申请人', '本人', '家庭', '住址', '户籍', '您的', '举报人', '当事人', '投诉人',
  // A party named after the body's contact lines (…咨询电话… 买受人X（男，1987年生，住…）) takes the block back.
  ...PERSONAL_ROLES, '（男，', '（女，',
];
const OFFICE_LOOKBACK = 160;

/**
 * True when `pos` sits in a block where the body gives its own contact details: an office marker within
 * OFFICE_LOOKBACK characters before it, with no personal marker after that marker. Bounded work per call.
 */
export function isOfficeSection(text: string, pos: number): boolean {
  const from = Math.max(0, pos - OFFICE_LOOKBACK);
  const window = text.slice(from, pos);
  const office = lastLabel(window, OFFICE_SECTION_MARKERS);
  if (!office) return false;
  const personal = lastLabel(window, PERSONAL_SECTION_MARKERS);
  return !personal || personal.end <= office.end - office.label.length;
}

/** Words by which a body speaks of itself in its own letter (本机关, 我局, 现答复如下). */
const BODY_VOICE_MARKERS: readonly string[] = [
  '本机关', '本行政机关', '本局', '我局', '本委', '我委', '本办', '我办', '本院', '我院', '我镇', '我乡', '我街道', '我苏木', '本厅', '我厅',
  '答复如下', '特此告知', '特此答复', '特此函复', '答复书', '告知书', '意见书', '决定书',
];
/** The foot of a letter: what follows the 联系人 line is this short, in lines of at most FOOT_LINE each. */
const FOOT_REST = 240;
const FOOT_LINE_OPENERS = new Set([' ', '\u3000', '\t', '（', '(']);
const FOOT_LINE = 60;
const VOICE_LOOKBACK = 4000;

/**
 * True when `pos` starts a line in the foot of a letter the body itself wrote (联系人：X　联系电话：… under a
 * 答复书 or 告知书): the contact is the body's staff acting in office. A 联系人 line at the head of a letter,
 * or in a citizen's letter above the body's reply, is followed by the long lines of the text and is not this.
 * Bounded work: the foot test reads at most FOOT_REST characters, the voice test VOICE_LOOKBACK before it.
 */
export function isLetterFoot(text: string, pos: number): boolean {
  // The line may open with a bracket: （联系人：…，电话：…）.
  for (let p = pos - 1; p >= 0 && text[p] !== '\n'; p--) if (!FOOT_LINE_OPENERS.has(text[p])) return false;
  if (text.length - pos > FOOT_REST) return false;
  for (const line of text.slice(pos).split('\n')) if (line.length > FOOT_LINE) return false;
  const before = text.slice(Math.max(0, pos - VOICE_LOOKBACK), pos);
  return BODY_VOICE_MARKERS.some((m) => before.includes(m));
}

/** Openings of the sentence in which a body gives its own contact (如有疑问，请与本机关联系，联系人：…). */
/** 异议 and 疑问 in any wording (如对…有异议, 异议受理地址, 对…有疑问的): the body invites them, its contact answers. */
const CONTACT_SENTENCE_MARKERS: readonly string[] = ['疑问', '异议', '如需咨询', '如需了解', '请与本', '请与我'];
const SENTENCE_LOOKBACK = 80;

/** True when the sentence before `pos` is the body speaking of itself or inviting questions to it. */
function contactSentence(text: string, pos: number): boolean {
  let s = pos;
  const limit = Math.max(0, pos - SENTENCE_LOOKBACK);
  while (s > limit && text[s - 1] !== '。' && text[s - 1] !== '\n') s--;
  const sentence = text.slice(s, pos);
  return CONTACT_SENTENCE_MARKERS.some((m) => sentence.includes(m)) || BODY_VOICE_MARKERS.some((m) => sentence.includes(m));
}

/**
 * A 联系人 at `pos` is the body's own contact: in its 联系我们 block, at the foot of its letter, or in the
 * sentence where it invites questions (如有异议，请与镇民政办联系，联系人：…).
 */
export function isBodyContact(text: string, pos: number): boolean {
  return isOfficeSection(text, pos) || isLetterFoot(text, pos) || contactSentence(text, pos) || contactAtDesk(text, pos) || contactAfterDesk(text, pos) || contactAfterAddress(text, pos);
}

/**
 * 地址：…路151号，联系人：X / （地址：…，联系人：X）: a body's contact block gives where to come and whom to ask, in that
 * order, on one line; a person's own details give a home under 住址 or 家庭住址, which this bare label (or an office's,
 * 办公地址, 联系地址 …) is not. Reads the line back at most ADDRESS_BEFORE_LOOKBACK characters.
 */
const ADDRESS_BEFORE_LOOKBACK = 60;
const ADDRESS_BEFORE_RE = /(?:^|[\s\u3000（(，,；;。])(办公|单位|联系|咨询|受理|通信|通讯)?地址[：:][^，,。；;：:\n]{4,40}[，,；;\s\u3000]+$/;

/** A person's own labels: a bare 地址 after one of them on the line is that person's (申请人：X，地址：…，联系人：Y). */
const PERSONAL_LABELS = ['申请人', '当事人', '姓名', '户主', '承租人', '被征收人', '委托人', '举报人', '投诉人'];

function contactAfterAddress(text: string, pos: number): boolean {
  let s = pos;
  const limit = Math.max(0, pos - ADDRESS_BEFORE_LOOKBACK);
  while (s > limit && text[s - 1] !== '\n') s--;
  const line = text.slice(s, pos);
  const m = ADDRESS_BEFORE_RE.exec(line);
  if (m === null) return false;
  if (m[1] !== undefined) return true;
  const before = line.slice(0, m.index);
  return !PERSONAL_LABELS.some((w) => before.includes(w));
}

/** 值班电话：0358-3710201（24小时）　联系人：X: the desk line just before the label on its line makes X the desk's staff. */
const DESK_BEFORE_LOOKBACK = 40;
const DESK_BEFORE_RE = /(?:电话|热线)[：:]\s*0\d{2,3}[-－]\d{7,8}(?:[（(][^）)\n]{1,12}[）)])?[，,；;\s\u3000]*$/;

function contactAfterDesk(text: string, pos: number): boolean {
  let s = pos;
  const limit = Math.max(0, pos - DESK_BEFORE_LOOKBACK);
  while (s > limit && text[s - 1] !== '\n') s--;
  return DESK_BEFORE_RE.test(text.slice(s, pos));
}

/**
 * 联系人：X（…镇人民政府规划建设办），电话：… or 联系人：X，电话：0477-5512288 under a notice: a contact placed in
 * an office, or reached on a desk line with its area code, is the body's staff. A person's own contact gives
 * a mobile and no office. Reads one line, at most DESK_LOOKAHEAD characters after the label.
 */
const DESK_LOOKAHEAD = 60;
const DESK_RE = /^联\s*系\s*人(?:及|和)?(?:联系)?(?:电话|方式)?[：:]\s*[\u4e00-\u9fff·]{2,8}(?:[（(]([^）)\n]{2,30})[）)])?[，,、\s\u3000]*(?:(?:(?:联系|办公|咨询)?电话[：:]?\s*)?(0\d{2,3}[-－]\d{7,8}))?/;
const OFFICE_ENDS = [...DESK_ENDS, '政府', '委员会', '院', '队', '部'];

/** 联系人：X，县人社局职业能力建设股，电话：…: the contact's unit named after a comma, as the bracket names it. */
const DESK_UNIT_RE = /^联\s*系\s*人[：:]\s*[\u4e00-\u9fff·]{2,8}[，,\s\u3000]+([\u4e00-\u9fff]{3,30})(?:[，,。；;\s\u3000]|$)/;

/** 联系人：X，地址：…交通运输局2楼: the contact sits in a body's building. */
const DESK_ADDRESS_RE = /^联\s*系\s*人[：:]\s*[\u4e00-\u9fff·]{2,8}[，,、\s\u3000]*(?:办公|通信|通讯)?地址[：:]\s*([^，,。；;\n]{4,40})/;
const BODY_IN_ADDRESS = ['政府', '委员会', '局', '中心', '办公楼', '大队', '管理所', '管理站'];

function contactAtDesk(text: string, pos: number): boolean {
  const nl = text.indexOf('\n', pos);
  const line = text.slice(pos, Math.min(nl < 0 ? text.length : nl, pos + DESK_LOOKAHEAD));
  const a = DESK_ADDRESS_RE.exec(line);
  if (a && BODY_IN_ADDRESS.some((w) => a[1].includes(w))) return true;
  const u = DESK_UNIT_RE.exec(line);
  if (u && OFFICE_ENDS.some((w) => u[1].endsWith(w))) return true;
  const m = DESK_RE.exec(line);
  if (!m) return false;
  // A note in brackets decides: an office makes the contact staff, a kinship (（申请人之女）) a person even on a desk line.
  if (m[1] !== undefined) return OFFICE_ENDS.some((w) => m[1].endsWith(w));
  return m[2] !== undefined;
}
