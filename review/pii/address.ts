/**
 * address: a residence named after its label (住址, 家庭住址, 通讯地址, 现住, 户籍地址 … and the bare
 * "，住" of 处罚决定书 and 判决书). The address runs to the first punctuation, whitespace or line end,
 * stops after 室/户, and after 号 unless a building part follows (12号院3号楼2单元501室). The
 * publishing body's own 联系地址/办公地址 is not a residence and has no trigger here.
 */
import * as chars from './chars.js';
import { isBodyValue } from './bodyValues.js';
import { BODY_NAME_ENDS, DESK_ENDS, ESTABLISHMENT_ENDS, FIRM_NOUNS, GRAVE_WORDS, NOT_HOME_WORDS, ORGANISATION_SUFFIXES, PUBLIC_BODY_ENDS } from './bodies.js';
import { lineCells, MAX_CELLS } from './cells.js';
import { isBodyCell } from './seats.js';
/** Bound once: module-namespace lookups in the per-character loops below cost more than the checks. */
const isDigitCode = chars.isDigitCode;
const isHanCode = chars.isHanCode;
import { isOfficeSection } from './context.js';
import { ADDRESS_HEADING_WORDS, isAddressHeading, isPersonHeading } from './headings.js';
import type { Span } from './email.js';
import { literalAlternation } from './roles.js';
import { MOVE_OR_VISIT, movedResidences, visitedHomes } from './moves.js';
import { recordHomes, SEX_CHARS, SEX_CLAUSES } from './records.js';
import { BRACKET_OPEN_CHARS, bracketedHomes, DWELLING_CHARS, framedHomes } from './homes.js';
import { bracketedFlats } from './bracketFlats.js';
import { houseSites, SITE_LABEL_CHARS } from './sites.js';
import { ENUMERATOR_CHARS, enumeratedHomes } from './enumerated.js';
import { householdTableAddresses } from './householdTables.js';
import { housesNamedAfter, OWN_HOUSE_WORDS, ownHouseHomes } from './ownHouseNotes.js';
import { ALL_PRESENT, alternationWords, ANY_DIGIT, classOfWords, has, hasAny, LOCATED, oneCharOfEach, triggerClass } from './present.js';

const PRONOUN_HOMES = ['他家在', '她家在', '其家在', '你家在', '您家在', '他们家在', '她们家在', '他的家在', '她的家在', '我的家在'];
const ADDRESS_LABELS = [
  '家庭住址', '家庭地址', '家庭住所', '住址', '通讯地址', '通信地址', '现住址', '现住所', '现住处', '现住', '现居住地', '现居住于', '现居', '居住地址',
  '居住地', '户籍地址', '户籍所在地', '户籍地', '户口所在地', '户口地址', '家住', '老家在', '老家位于', '我家在', '送达地址', '收件地址', '邮寄地址', '住所地址', '住所地', '住所',
  // 户口在…组33号: where the household is registered, as 户籍地 (户口在外地 names no place and is dropped in code).
  '户口在', '户籍在',
  '户籍登记地', '户口登记地', '居所',
  // 租住于, 寄住于 … …室: a verb of dwelling, down to a door as 住在 (checked in code).
  '住于',
  '原籍', '暂住地址', '暂住地', '暂住', '现居住在', '现居住', '居住在', '居住于', '房屋坐落', '房屋地址',
  // A 个体工商户's 经营者 is a person: the 住所 after the word is a home even though the shop's credit code
  // stands above it (the shop's own place is its 经营场所, no label here).
  '经营者住所', '经营者住址',
  // A household's contract or forest-right notice: the 承包方 is a farming household, its 地址 its home.
  '承包方地址', '承包户地址', '承包人地址', '承包方住址',
  // A person's dwelling named after a residence verb (其居住的…号院…单元402，楼上住户…).
  '其居住的', '我居住的', '你居住的', '他居住的', '她居住的', '我家居住的',
  // X住在…室 in a reply or a news item: a home only down to a door, a room or a group (checked in code), since
  // people also 住在县城, 住在医院, 住在宾馆.
  '住在',
  // A dead person's last home (社保 冒领 and 停发 notices: …，生前住…号): 住 glued to 生前 rather than after a comma.
  '生前住',
  // A pronoun's home (他家在…组4号, 其家在…室): a dwelling clause like 家住, down to a door, a group or a village (checked in code).
  ...PRONOUN_HOMES,
];
/**
 * The labels, a bare 住 (checked in code: after a clause mark, before a Han character), or a bare 地址,
 * which is a home only when a person's verb phrase owns it (checked in code: 你在申请表中留下的地址).
 */
const LABEL_RE = new RegExp(`(?:${literalAlternation(ADDRESS_LABELS)})|住|地址`, 'g');
/** A character of each label (present.ts): a text without any has no label, and LABEL_RE is not run. */
const LABEL_CHARS = triggerClass(oneCharOfEach(alternationWords(LABEL_RE), '住址居籍屋口老我'));
/** The own-house notes' trigger: 自有房屋 holds neither 住 nor 家, so the dwelling class cannot gate them. */
const OWN_HOUSE_CHARS = classOfWords(OWN_HOUSE_WORDS);
const BEFORE_BARE_ZHU = new Set(['，', ',', '、', '；', ';', '（', '(', ' ', '\t', '\n', '\r', '\u3000', '\u00a0']);

/** 住房, 住宅, 住院, 住民 … : 住 as part of a word, not "resides at". */
const NOT_RESIDES = new Set('房宅院所建宿店户址民'.split(''));

/**
 * A bare 住 opens a residence after a clause mark (，住…), or after 原 there (…，原住…组）: a court's notice
 * to a party who has left). Returns false for 住 inside a word (居住, 原住民) or glued to one.
 */
function bareZhuOpens(text: string, at: number): boolean {
  const before = text[at - 1] === '原' ? at - 1 : at;
  return before > 0 && BEFORE_BARE_ZHU.has(text[before - 1]);
}
const MAX_ADDRESS = 60;

/**
 * A bare 地址 (or 联系地址, 通信地址 read as 地址 after its prefix) is a person's when a person gave it: the
 * words right before it are a person's verb phrase (你在申请表中留下的地址, 您提供的联系地址, 其预留地址) or
 * a possessive (你的地址, 申请人地址). Bodies print their own 地址 bare (地址：…市府路1号), so nothing else counts.
 */
const GIVING_VERBS = ['留下', '留存', '预留', '所留', '留', '提供', '填写', '填报', '登记', '告知', '注明', '写明', '确认', '申报'];
const ADDRESS_PREFIXES = ['联系', '通信', '通讯', '收件', '收信', '详细', '家庭'];
const PERSON_WORDS = ['你', '您', '申请人', '当事人', '其', '本人', '他', '她', '来信人', '信访人', '举报人', '投诉人', '反映人', '留言人'];
const GIVER_LOOKBACK = 24;

function personGaveAddress(text: string, labelStart: number): boolean {
  let b = labelStart;
  for (const pre of ADDRESS_PREFIXES) {
    if (text.startsWith(pre, b - pre.length)) {
      b -= pre.length;
      break;
    }
  }
  if (homeClauseBefore(text, b)) return true;
  // 你的地址, 申请人的地址, 其地址, 你地址.
  const owner = text[b - 1] === '的' ? b - 1 : b;
  // 其他地址 is "other addresses", not his.
  if (PERSON_WORDS.some((w) => text.startsWith(w, owner - w.length)) && !text.startsWith('其他', owner - 2)) return true;
  if (text[b - 1] !== '的' && !GIVING_VERBS.some((v) => text.startsWith(v, b - v.length))) return false;
  // …留下的地址 / 其预留地址: a verb of giving, and a person in the clause who gave it.
  const verbEnd = owner;
  const verb = GIVING_VERBS.find((v) => text.startsWith(v, verbEnd - v.length));
  if (!verb) return false;
  const from = Math.max(0, verbEnd - verb.length - GIVER_LOOKBACK);
  let k = verbEnd - verb.length;
  while (k > from && !chars.isClauseEndCode(text.charCodeAt(k - 1))) k--;
  const clause = text.slice(k, verbEnd - verb.length);
  return PERSON_WORDS.some((w) => clause.includes(w));
}
/**
 * 住在儿子家中，地址：…, 寄居在其侄子家，地址为…: a clause ending in a home noun, then the 地址 of that home. A
 * person's verb of dwelling must open the clause (住, 居, 寄, 借, 投靠), so 到其家中，地址… of a visit stays nothing.
 */
const HOME_CLAUSE_ENDS = ['家中', '家里', '家', '住处', '寓所'];
const DWELL_IN_CLAUSE = ['住', '居', '投靠'];
const HOME_CLAUSE_BACK = 16;

function homeClauseBefore(text: string, b: number): boolean {
  if (text[b - 1] !== '，' && text[b - 1] !== ',') return false;
  const e = b - 1;
  const noun = HOME_CLAUSE_ENDS.find((w) => text.startsWith(w, e - w.length));
  if (!noun) return false;
  let k = e - noun.length;
  while (k > 0 && e - k < HOME_CLAUSE_BACK && !chars.isClauseEndCode(text.charCodeAt(k - 1))) k--;
  const clause = text.slice(k, e - noun.length);
  return DWELL_IN_CLAUSE.some((w) => clause.includes(w));
}

/**
 * Labels derived from their parts rather than listed: a tail (地址, 地, 址, 所, 处) and a colon after a 住 (常住地：,
 * 寄住地址：, 现住地：), or a head naming the household or the dwelling before a bare 地址 and its colon (家庭详细地址：,
 * 身份证地址：, 户籍登记地址：). A firm's or an office's label (注册地址, 办公地址) carries neither.
 */
const DWELLING_LABEL_TAILS = ['地址', '地', '址', '所', '处'];
const DWELLING_HEADS = ['住', '居', '户籍', '户口', '家庭', '身份证'];
const NOT_DWELLING_HEADS = ['入住', '进住', '单位', '公司', '经营', '办公', '工作', '注册', '营业', '生产', '出生', '项目', '住院', '住宿', '居住区', '居委'];
const LABEL_HEAD_BACK = 6;

function dwellingLabelTail(text: string, p: number): number {
  const t = DWELLING_LABEL_TAILS.find((w) => text.startsWith(w, p));
  if (!t) return 0;
  const c = text[p + t.length];
  return c === '：' || c === ':' ? t.length : 0;
}

/**
 * A head ending in a body or a desk (县住建局, 户籍大厅, 身份证办理点, 居民服务站, 户口迁移受理) labels where the public
 * is served, not where anyone lives, whatever dwelling word it holds.
 */
const DESK_HEAD_ENDS = [...new Set([...PUBLIC_BODY_ENDS, ...DESK_ENDS])].filter((w) => w !== '所' && w !== '处').concat(['点', '窗口', '受理', '办理', '服务', '部', '馆']);

function dwellingLabelHead(text: string, at: number): boolean {
  const c = text[at + 2];
  if (c !== '：' && c !== ':') return false;
  let k = at;
  while (k > 0 && at - k < LABEL_HEAD_BACK && isHanCode(text.charCodeAt(k - 1))) k--;
  const head = text.slice(k, at);
  if (DESK_HEAD_ENDS.some((w) => head.endsWith(w))) return false;
  return DWELLING_HEADS.some((w) => head.includes(w)) && !NOT_DWELLING_HEADS.some((w) => head.includes(w));
}

/** 入住地址, 进住地址: where people are to move in (a resettlement, a home for the aged), not anyone's home now. */
const MOVING_IN = new Set(['入', '进']);

/** Where a bare 住在 must take its place down to: a door, a room, a group. */
const DWELLING_END = /(?:号|室|组|队|社|户)$/;
/** A pronoun's 家在 may also stop at its village (他家在…镇…村，), never at a town or in a clause (他家在镇上开店). */
const PRONOUN_HOME_END = /(?:号|室|组|队|社|户|村|屯|嘎查)$/;
/** A stay, not a home: 住在县委招待所203室, 住在县医院住院部5楼. */
const LODGINGS = ['宾馆', '酒店', '饭店', '招待所', '旅馆', '旅店', '民宿', '医院', '病房', '住院部', '宿舍', '学校'];
/** A value ending so names an area or a heading (管护区域, 服务范围), never where someone lives. */
const AREA_ENDINGS = ['区域', '范围'];
/** Marks with which publishers mask part of an address (○○路00号): an address they cut is a placeholder. */
const CUT_BY_MASK = new Set(['○', '〇', '×', '*', '＊', 'Ｘ']);
/** Verbs of sending between an address label and its colon (…的地址邮寄：…). */
const SENDING_VERBS = ['邮寄至', '邮寄到', '邮寄', '寄送至', '寄送', '寄至', '寄往', '送达至', '送达', '寄出'];
const AFTER_HAO = new Set('院楼栋幢座单之附甲乙丙丁-－号'.split(''));
const STOP_WORDS = ['联系电话', '电话', '手机', '联系方式', '身份证', '邮编', '邮政编码', '的', '因', '工作', '现在', '户籍'];
/** One of these must appear for the span to be an address rather than a phrase (现住院治疗 is not). */
const ADDRESS_MARKS = ['省', '市', '区', '县', '旗', '镇', '乡', '村', '街', '路', '道', '号', '巷', '弄', '苏木', '嘎查', '小区', '楼', '栋', '室', '组', '屯', '庄', '里', '胡同', '园', '队'];

function isAddressChar(c: number): boolean {
  return isHanCode(c) || isDigitCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0xff0d || c === 0x23 || c === 0xb7;
}

function addressEnd(text: string, p: number): number {
  const limit = Math.min(text.length, p + MAX_ADDRESS);
  let q = p;
  let digitRun = 0;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (!isAddressChar(c)) break;
    if (q > p && STOP_WORDS.some((w) => text.startsWith(w, q))) break;
    if (isDigitCode(c)) {
      digitRun++;
      // A phone or ID number glued on is not part of the address; it is found on its own.
      if (digitRun >= 7) return q - digitRun + 1;
    } else digitRun = 0;
    const ch = text[q];
    q++;
    if (ch === '室' || ch === '户') break;
    if (ch === '号' && !AFTER_HAO.has(text[q] ?? '') && !isDigitCode(text.charCodeAt(q)) && !buildingFollows(text, q)) break;
  }
  return q;
}

/** 12号东城丽景4号楼: an estate name between the street number and the building goes with the address. */
function buildingFollows(text: string, q: number): boolean {
  const limit = Math.min(text.length, q + 12);
  for (let k = q; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (!isHanCode(c) && !isDigitCode(c)) return false;
    if (isDigitCode(c)) return /^[0-9０-９]+(?:号楼|栋|幢|号院|单元|座)/.test(text.slice(k, k + 8));
  }
  return false;
}

/**
 * 住所 is a person's home in a decision against a person, and a company's registered seat in one against a
 * company (当事人：…有限公司 / 统一社会信用代码 / 法定代表人 just before it): only the first is personal.
 */
const ORGANISATION_MARKS = [...FIRM_NOUNS, '有限', '法定代表人', '信用代码', '企业'];
const ORGANISATION_LOOKBACK = 120;

/** A body named right before the label (…区人民政府，住所地…; …自然资源局，住所地…) is the seat's owner. */
const BODY_ENDS = [...PUBLIC_BODY_ENDS, ...ESTABLISHMENT_ENDS, '队', '社'];

function organisationBefore(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - ORGANISATION_LOOKBACK), pos);
  if (ORGANISATION_MARKS.some((w) => before.includes(w))) return true;
  return bodyRightBefore(text, pos);
}

/**
 * Labels a body prints for its own mail as a person does (收件人：…卫生服务站，收件地址：…): the body named right before
 * the label owns the address. A home's own labels (家庭住址, 现住) stay a person's after a workplace (工作单位：…中学，家庭住址：…).
 */
const POSTAL_LABELS = ['收件地址', '通讯地址', '通信地址', '邮寄地址', '送达地址'];

/** A body's or a business's name closing the clause before the label (…卫生服务站，收件地址：…, …建材商行，送达地址：…). */
function bodyNameBefore(text: string, pos: number): boolean {
  const e = text[pos - 1] === '，' || text[pos - 1] === ',' ? pos - 1 : pos;
  if (!isHanCode(text.charCodeAt(e - 1)) || !isHanCode(text.charCodeAt(e - 2)) || !isHanCode(text.charCodeAt(e - 3))) return false;
  return BODY_NAME_ENDS.some((w) => text.startsWith(w, e - w.length)) && !workplaceValue(text, e);
}

/** 工作单位：…有限公司，通信地址：…: the body is where the person works, the value of their label; the mail is theirs. */
const WORKPLACE_LABELS = ['工作单位', '就职于', '任职于', '工作于', '单位：', '单位:'];
const MAX_CLAUSE = 40;

function workplaceValue(text: string, e: number): boolean {
  let s = e;
  while (s > 0 && e - s < MAX_CLAUSE && !'，,；;。\n'.includes(text[s - 1])) s--;
  const clause = text.slice(s, e);
  return WORKPLACE_LABELS.some((w) => clause.startsWith(w));
}

function bodyRightBefore(text: string, pos: number): boolean {
  let e = pos;
  while (e > 0 && (text[e - 1] === '，' || text[e - 1] === ',' || text[e - 1] === '、' || chars.isBlank(text[e - 1]))) e--;
  return BODY_ENDS.some((w) => text.startsWith(w, e - w.length));
}

/**
 * 家住翠苑小区的住户反映… speaks of an estate's residents as a group: an estate alone, with no door and no
 * division, before 的住户/的居民 locates no one. (家住…号院3号楼2单元的居民X names a door and stays.)
 */
const GROUP_OF_RESIDENTS = ['的住户', '的居民', '的业主', '的群众'];
const ESTATE_ENDS = ['小区', '花园', '家园', '苑', '公寓', '新村'];
const DIVISION_CHARS = new Set('省市区县旗镇乡村组屯嘎苏'.split(''));

function residentsOfEstate(text: string, value: string, end: number): boolean {
  if (!GROUP_OF_RESIDENTS.some((w) => text.startsWith(w, end))) return false;
  if (!ESTATE_ENDS.some((w) => value.endsWith(w))) return false;
  const stem = value.slice(0, value.length - (ESTATE_ENDS.find((w) => value.endsWith(w)) ?? '').length);
  return ![...stem].some((c) => DIVISION_CHARS.has(c) || isDigitCode(c.charCodeAt(0)));
}

/**
 * What runs on after the door says whose it is: a floor of an office building (…62号国贸中心6层) or a body in
 * brackets (…（河南正明律师事务所）) makes it a firm's or a body's address, where a lawyer or an agent is written to.
 * Reads at most OFFICE_TAIL characters.
 */
const OFFICE_TAIL = 40;
const OFFICE_FLOOR_RE = /^[\u4e00-\u9fff0-9０-９]{0,12}?(?:中心|大厦|广场|写字楼|大楼|商务楼|商厦)[0-9０-９一二三四五六七八九十]+(?:层|楼|F)/;
const BODY_IN_BRACKETS_RE = /^[\u4e00-\u9fff0-9０-９]{0,20}[（(][\u4e00-\u9fff]{2,24}(?:事务所|公司|集团|银行|中心|局|委员会|政府|学校|医院)[）)]/;

/** …172号岱川县文化和旅游局非遗股: a public body's name run straight on after the door is the body the seat is of. */
const BODY_GLUED_RE = /^[\u4e00-\u9fff]{1,20}?(?:人民政府|政府|委员会|局|办公室|事务所|人民法院|法院|检察院|派出所|大队|支队)/;

function officeTail(text: string, end: number): boolean {
  const tail = text.slice(end, end + OFFICE_TAIL);
  return OFFICE_FLOOR_RE.test(tail) || BODY_IN_BRACKETS_RE.test(tail) || BODY_GLUED_RE.test(tail);
}

/** Addresses that are a body's, not a home: government streets and buildings (锦州市市府路68号, 行政中心). */
const OFFICE_ADDRESS_WORDS = ['政府', '市府路', '行政中心', '政务服务中心', '办公楼', '委员会', '人民法院', '检察院', '公安局', '大厦'];

/**
 * Residences in prose, with no label: 我是宿松县破凉镇先觉村张屋组村民, …嘎查牧民. The span runs back from
 * the resident word over Han characters and digits to a clause boundary or an introducing 是/系/为/住.
 */
/** …村人 ends a phrase (我是先觉村人。); 农村人居环境, 农村人口 go on with a word. */
const RESIDENT_NOUNS = ['村民', '牧民', '居民', '农民', '住户'];
const PLACES_BEFORE_REN = '村组屯查';
const RESIDENT_RE = new RegExp(`的?(?:${RESIDENT_NOUNS.join('|')})|[${PLACES_BEFORE_REN}]人(?![\\u4e00-\\u9fff])`, 'g');
/** Every match ends in the last character of a resident noun, or is a place character and 人 (present.ts). */
const RESIDENT_LAST = triggerClass(RESIDENT_NOUNS.map((w) => w[w.length - 1]));
const PLACE_BEFORE_REN = triggerClass(PLACES_BEFORE_REN);
const REN = triggerClass(['人']);
const RESIDENCE_END = ['村', '组', '屯', '嘎查', '社区', '小区', '队', '庄', '号', '室', '分场', '居委会'];
const RESIDENCE_START_AFTER = new Set('是系为住在，,、；;：:（(—\n '.split(''));
const DIVISIONS = ['县', '旗', '镇', '乡', '苏木', '区', '市', '街道'];
const INTRODUCERS = new Set(['是', '系', '为']);
/** Words that open a clause before a place (拟将…村二组X家庭, 现将…村村民X): not part of the place. */
const LEADING_VERBS = ['拟将', '现将', '我是', '我叫', '对', '在', '到', '把'];
const NOT_RESIDENCE_START = new Set('该本某各全每'.split(''));
const SETTLEMENTS = ['定居点', '安置点', '安置区', '新村', '小区'];
const RESIDENT_WORDS = new Set(RESIDENT_NOUNS);
const CONJUNCTIONS = new Set(['和', '与', '及']);

function residencesInProse(text: string, out: Span[]): void {
  RESIDENT_RE.lastIndex = 0;
  for (let m = RESIDENT_RE.exec(text); m !== null; m = RESIDENT_RE.exec(text)) {
    // …村人: the place keeps its 村; the resident word is the 人 after it.
    const end = m[0].endsWith('人') && m[0].length === 2 && m[0] !== '村民' ? m.index + 1 : m.index;
    // …村牧民定居点130号: a settlement named after its residents is a place, not a resident after one.
    if (SETTLEMENTS.some((w) => text.startsWith(w, m.index + m[0].length))) continue;
    if (!RESIDENCE_END.some((e) => text.startsWith(e, end - e.length))) continue;
    let s = end;
    const limit = Math.max(0, end - 30);
    while (s > limit && !RESIDENCE_START_AFTER.has(text[s - 1]) && (isHanCode(text.charCodeAt(s - 1)) || isDigitCode(text.charCodeAt(s - 1)))) {
      // Two residences in one sentence (…村村民甲和…村村民乙): never run back over the previous one.
      if (s - 2 >= limit && RESIDENT_WORDS.has(text.slice(s - 2, s))) break;
      s--;
    }
    // …村民董贵田和台前县…村村民: the residence starts after the conjunction when what precedes it is no place.
    for (let k = end - 1; k > s; k--) {
      if (!CONJUNCTIONS.has(text[k])) continue;
      const before = text.slice(s, k);
      if (!DIVISIONS.some((d) => before.includes(d))) s = k + 1;
      break;
    }
    // A bare 本村村民 or 该组牧民 names no place; a real one carries a division above the village, or is a
    // named village introduced as someone's (乌云达来是海拉苏嘎查牧民).
    const lead = LEADING_VERBS.find((w) => text.startsWith(w, s));
    if (lead && end - s - lead.length >= 5) s += lead.length;
    const value = text.slice(s, end);
    // A bare village before a bare 人 is where someone hails from (新兵X是钱家垄村人), not where the household lives.
    const origin = end === m.index + 1;
    const introduced = !origin && s > 0 && INTRODUCERS.has(text[s - 1]) && value.length >= 3 && /(?:村|嘎查|屯)$/.test(value);
    if (!introduced && (value.length < 5 || !DIVISIONS.some((d) => value.includes(d)))) continue;
    if (origin && /(?:村|屯|嘎查)$/.test(value) && inPersonRecord(text, s)) continue;
    if (NOT_RESIDENCE_START.has(value[0]) || residentsAsGroup(text, m.index + m[0].length)) continue;
    if (occupationCell(text, s, m.index + m[0].length)) continue;
    out.push({ start: s, end });
  }
}

/**
 * X，女，1966年生，竹编，石门镇新桥村人。: a bare village before a 人 closing a person's record (a sex clause earlier in the sentence) is
 * the 籍贯 of a biography, where the person comes from, as in an appointee's `…县人`. Reads at most RECORD_BACK characters.
 */
const RECORD_BACK = 80;
/** The sex clauses of a record (records.ts), and a sex opening an enumeration (`，男、汉族、…`). */
const RECORD_SEXES = [...SEX_CLAUSES, '，男、', '，女、'];

function inPersonRecord(text: string, s: number): boolean {
  let b = s;
  while (b > 0 && s - b < RECORD_BACK && !'。！？\n；;'.includes(text[b - 1])) b--;
  const sentence = text.slice(b, s);
  return RECORD_SEXES.some((w) => sentence.includes(w));
}

/**
 * 石佛寺乡金山村村民 as a whole cell of a table (职业或工作单位 | 身份): the resident noun states what the person is, as
 * 个体工商户 or 退休教师 in the rows around it, and a bare village above no group or door is no home (the corpus
 * convention). A cell is set off by a column gap (two blanks, a tab) or a bar on both sides; prose keeps its residences.
 */
function occupationCell(text: string, s: number, e: number): boolean {
  if (!/(?:村|嘎查)$/.test(text.slice(s, e - 2))) return false;
  return cellEdge(text, s - 1, -1) && cellEdge(text, e, 1);
}

function cellEdge(text: string, p: number, step: 1 | -1): boolean {
  let blanks = 0;
  for (; p >= 0 && p < text.length && blanks < 2; p += step) {
    const c = text[p];
    if (c === '|' || c === '\t' || c === '\n') return true;
    if (c !== ' ' && c !== '\u3000') return false;
    blanks++;
  }
  return true;
}

/**
 * …周营村村民接力帮扶, …村村民纷纷…: the village's residents acting together, as 家住…小区的住户 speaks of an
 * estate's; the village is then no one's home. One word read after the resident word.
 */
const TOGETHER = ['接力', '纷纷', '自发', '集体', '共同', '踊跃', '们', '代表大会', '大会', '小组', '委员会'];

function residentsAsGroup(text: string, p: number): boolean {
  if (TOGETHER.some((w) => text.startsWith(w, p))) return true;
  // …村村民选举委员会, …村村民监督委员会, …村民理财小组: a body of the residents, named within a few characters.
  const next = text.slice(p, p + BODY_OF_RESIDENTS_AHEAD);
  return next.includes('委员会') || next.includes('小组');
}
const BODY_OF_RESIDENTS_AHEAD = 6;

/**
 * 住 glued to a county whose name starts like a word with 住 (住宿松县…镇…村: 住 + 宿松县, not 住宿): a
 * county-level division within the next four characters and a lower one after it.
 */
function countyFollows(text: string, p: number): boolean {
  for (let k = p + 1; k < Math.min(text.length, p + 4); k++) {
    if (!'县市区旗'.includes(text[k])) continue;
    const rest = text.slice(k + 1, addressEnd(text, k + 1));
    return LOWER_DIVISIONS.some((d) => rest.includes(d));
  }
  return false;
}
const LOWER_DIVISIONS = ['镇', '乡', '街道', '苏木', '村', '嘎查', '路', '街', '号'];

/**
 * A home located in prose: 位于…村二组的房屋 (信访 replies, compensation notices). Only dwellings count —
 * 厂房, 办公楼 and a project's site are not anyone's residence — and the place must name a division.
 * A household's land (你家位于…村三组的承包地3亩, 其承包地位于…嘎查，) locates the household as its house
 * does, when a household owns it (你家, 其, 该户 … right before) and the place runs down to a village or
 * its group; land a project occupies (项目位于…的耕地) is not anyone's.
 */
const DWELLINGS = '房屋|住房|住宅|宅基地|院落|房子|自建房|老宅';
const LANDS = '承包地|承包田|承包草场|责任田|自留地|口粮田|耕地|林地|草场|草地|园地|菜地|鱼塘|果园';
const AMOUNT = '(?:[0-9０-９.一二三四五六七八九十两半百余多]+(?:亩|间|处|块|栋|套|平方米))?';
const DWELLING_RE = new RegExp(`(位于|坐落于|坐落在)([\u4e00-\u9fff0-9０-９]{4,40}?)的${AMOUNT}(?:(${DWELLINGS})|${LANDS})`, 'g');
/** 你家承包地位于…组，: the holding first, its place after, up to the end of the clause. */
const HOLDING_FIRST_RE = new RegExp(`(?:(${DWELLINGS})|${LANDS})(?:位于|坐落于|坐落在)([\u4e00-\u9fff0-9０-９]{4,40}?)(?=[，。；,;、（(]|$)`, 'gm');
/** A dwelling's own door (其居住的房屋位于…村二组8号): a house ends at its number, land at its village or group. */
const DOOR_END = /[0-9０-９]+(?:号|室)$/;
const HOUSEHOLD_BEFORE = new Set('家户其你我他她的'.split(''));
const VILLAGE_LEVEL_END = /(?:村|组|社|屯|队|嘎查|分场)$/;

function householdPlace(value: string): boolean {
  return DIVISIONS.some((d) => value.includes(d)) && !value.startsWith('该') && !value.startsWith('本') && !value.includes('某');
}

function dwellingsInProse(text: string, out: Span[]): void {
  // Both patterns need 位于 or 坐落: most texts have neither, and one search each costs less than the regexes.
  if (text.indexOf('位于') < 0 && text.indexOf('坐落') < 0) return;
  DWELLING_RE.lastIndex = 0;
  for (let m = DWELLING_RE.exec(text); m !== null; m = DWELLING_RE.exec(text)) {
    const value = m[2];
    if (!householdPlace(value)) continue;
    const isDwelling = m[3] !== undefined;
    if (!isDwelling && (!HOUSEHOLD_BEFORE.has(text[m.index - 1] ?? '') || !VILLAGE_LEVEL_END.test(value))) continue;
    // 坐落于 is the register's word for any parcel: a house there is a household's only down to its door or group
    // (坐落于…村五组47号的房屋及宅基地), not a town's or an estate's site.
    if (m[1] !== '位于' && !(DOOR_END.test(value) || VILLAGE_LEVEL_END.test(value))) continue;
    const start = m.index + m[1].length;
    out.push({ start, end: start + value.length });
  }
  HOLDING_FIRST_RE.lastIndex = 0;
  for (let m = HOLDING_FIRST_RE.exec(text); m !== null; m = HOLDING_FIRST_RE.exec(text)) {
    const value = m[2];
    if (!HOUSEHOLD_BEFORE.has(text[m.index - 1] ?? '') || !householdPlace(value) || !(VILLAGE_LEVEL_END.test(value) || (m[1] !== undefined && DOOR_END.test(value)))) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length });
  }
}

const OPENERS = new Set(['（', '(', '“', '"', '「', '【', '[', '〔']);



/** Whether `text` from `from` to `to` holds at least `count` of the characters a table's cells are split at. */
function separatorsAtLeast(text: string, from: number, to: number, count: number): boolean {
  let found = 0;
  for (let i = from; i < to && found < count; i++) if (CELL_SEPARATOR[text.charCodeAt(i)] === 1) found++;
  return found >= count;
}
const CELL_SEPARATORS = ['\t', '|', '｜', ' ', '\u3000', '\r'];
const CELL_SEPARATOR = chars.unitTable(CELL_SEPARATORS);
/** A table row needs separators (separatorsAtLeast): a text without any has no table to read (present.ts). */
export const CELL_SEPARATOR_CHARS = triggerClass(CELL_SEPARATORS);

/** A table line's cells (cells.ts), the splitter every table reader shares. */
export const cellsOf = lineCells;

/**
 * Homes in a table column headed 家庭住址/住址 …: every row under the heading with as many cells as the
 * heading row gives its cell in that column, when the cell names a place (临时救助 and 低保 lists). Only the
 * lines holding a heading word, and the rows under a real heading, are split into cells.
 */
const HEADING_RE = new RegExp(literalAlternation([...ADDRESS_HEADING_WORDS]), 'g');
const HEADING_CHARS = triggerClass(oneCharOfEach(alternationWords(HEADING_RE), '住址居籍屋落牌房'));

/**
 * A row whose last cells are empty (`6 | X | 男 | 高中 | `, a tab or the padding of an aligned table at its end):
 * still a row of the table.
 */
export function emptyCellsClose(row: string): boolean {
  const t = row.trimEnd();
  return t.endsWith('|') || t.endsWith('｜') || row.endsWith('\t') || row.endsWith('  ') || row.endsWith('\u3000');
}

/** 住址（门牌号）, 家庭住址(村组): a heading with a note in brackets is the heading before them. */
export function headingWord(cell: string): string {
  const b = cell.search(/[（(]/);
  return b > 0 ? cell.slice(0, b) : cell;
}

export function lineEnd(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl;
}

/** Where the line holding `p` starts, or -1 when that is more than `max` characters back (a paragraph, not a row). */
export function lineStartWithin(text: string, p: number, max: number): number {
  let s = p;
  while (s > 0 && text[s - 1] !== '\n') if (p - --s > max) return -1;
  return s;
}

/** The person column nearest left of `column` (被申请人 for 被申请人住所), or -1. */
function partyColumnOf(names: readonly string[], column: number): number {
  for (let k = column - 1; k >= 0; k--) if (isPersonHeading(names[k])) return k;
  return -1;
}

function tableColumnAddresses(text: string, out: Span[]): void {
  HEADING_RE.lastIndex = 0;
  for (let m = HEADING_RE.exec(text); m !== null; m = HEADING_RE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let nl = lineEnd(text, m.index);
    // Three cells or more need two separators; most lines holding 地址 or 住所 are prose, not split at all.
    if (!separatorsAtLeast(text, lineStart, nl, 2)) {
      HEADING_RE.lastIndex = nl;
      continue;
    }
    const line = text.slice(lineStart, nl);
    const cells = cellsOf(line);
    const names = cells.map((c) => headingWord(line.slice(c.start, c.end)));
    // A 征收 table may give two homes a row (房屋坐落 and 户籍地址): every address column counts.
    const columns = cells.length >= 3 && names.some(isPersonHeading) ? names.flatMap((n, k) => (isAddressHeading(n) ? [k] : [])) : [];
    if (columns.length === 0) {
      HEADING_RE.lastIndex = nl;
      continue;
    }
    // The rows under the heading, as long as they keep its width (a one-cell note between two rows is read past).
    const personColumn = names.findIndex(isPersonHeading);
    let rowStart = nl + 1;
    while (rowStart < text.length) {
      nl = lineEnd(text, rowStart);
      const row = text.slice(rowStart, nl);
      const rowCells = cellsOf(row);
      // A last column of several values (本户选民, 家庭成员 split at their spaces) widens a row, not the columns before it.
      const widened = rowCells.length > cells.length && rowCells.length <= MAX_CELLS;
      if (rowCells.length !== cells.length && !widened && !(rowCells.length < cells.length && emptyCellsClose(row))) {
        if (rowCells.length === 1 && nl < text.length && cellsOf(text.slice(nl + 1, lineEnd(text, nl + 1))).length === cells.length) {
          rowStart = nl + 1;
          continue;
        }
        break;
      }
      // A company's row in a list of people (…有限公司（法定代表人：X）): its place is the company's seat.
      const who = rowCells[personColumn];
      if (who && isBodyCell(row.slice(who.start, who.end), ORGANISATION_SUFFIXES)) {
        rowStart = nl + 1;
        continue;
      }
      for (const column of columns) {
        if (column >= rowCells.length || (widened && column >= cells.length - 1)) continue;
        // 被申请人 | 被申请人住所: a column's own party is the person column nearest left of it; a firm there owns the place.
        const party = partyColumnOf(names, column);
        if (party > personColumn && party < rowCells.length && isBodyCell(row.slice(rowCells[party].start, rowCells[party].end), ORGANISATION_SUFFIXES)) continue;
        // A 村组 column locates a household by its village and group; a bare village there (赵家窑村) or a bare
        // group is a unit of the village, like the 所在村 and 所在嘎查 columns, which are no headings here.
        const byGroup = names[column].endsWith('村组');
        const c = rowCells[column];
        const cellEnd = c.end - noteClosing(row.slice(c.start, c.end));
        if (cellEnd < 0) continue;
        const value = row.slice(c.start, cellEnd);
        if (value.length >= 4 && ADDRESS_MARKS.some((mk) => value.includes(mk)) && !value.includes('某') && !TRADING_PLACES.some((w) => value.includes(w)) && !GRAVE_WORDS.some((w) => value.includes(w)) && !premisesAfterDoor(value) && !landmarkSpot(value) && [...value].every((ch) => isAddressChar(ch.charCodeAt(0))) && (!byGroup || villageGroup(value))) {
          out.push({ start: rowStart + c.start, end: rowStart + cellEnd });
        }
      }
      rowStart = nl + 1;
    }
    HEADING_RE.lastIndex = Math.max(HEADING_RE.lastIndex, rowStart);
  }
}

/**
 * …三组12号（已去世）, …5号（租住）: a short note closing the cell says something of the household, not of the place, and
 * is no part of it. Returns its length with the brackets (0 for none), or -1 when the note makes the place a body's or a
 * trade's (…12号（村委会旁）, …8号（门面）).
 */
const MAX_CELL_NOTE = 10;

function noteClosing(cell: string): number {
  const last = cell[cell.length - 1];
  if (last !== '）' && last !== ')') return 0;
  const open = cell.lastIndexOf(last === '）' ? '（' : '(');
  if (open <= 0 || cell.length - open > MAX_CELL_NOTE + 2) return 0;
  const note = cell.slice(open + 1, cell.length - 1);
  if (NOT_HOME_WORDS.some((w) => note.includes(w)) || TRADING_PLACES.some((w) => note.includes(w)) || BODY_NAME_ENDS.some((w) => note.endsWith(w)) || landmarkSpot(note)) return -1;
  return cell.length - open;
}

/**
 * …村村委会旁, …大桥桥头, …路口, …学校对面: a spot told by a landmark beside it, where a farm or a works stands, is no
 * one's door; a household's place in the same column ends in its group, door or village.
 */
const LANDMARK_SPOT_ENDS = ['旁', '旁边', '附近', '对面', '路口', '桥头', '一带', '周边', '东侧', '西侧', '南侧', '北侧', '隔壁', '背后'];

function landmarkSpot(value: string): boolean {
  return LANDMARK_SPOT_ENDS.some((w) => value.endsWith(w));
}

/**
 * …建设路18号丽华超市, …秀英街21号国强五金店: a name after the door that ends in a shop's or a body's kind names the premises
 * at that door, where the person trades. A court or a building after the door (18号院, 3号楼) is one character.
 */
const DOOR_BEFORE_TAIL = /[0-9０-９]号([\u4e00-\u9fff]{2,12})$/;

function premisesAfterDoor(value: string): boolean {
  const tail = DOOR_BEFORE_TAIL.exec(value);
  return tail !== null && ORGANISATION_SUFFIXES.some((w) => tail[1].endsWith(w));
}

/** A stall or shopfront in a market (…农贸市场19号门面) is where the operator trades, not where the household lives. */
const TRADING_PLACES = ['门面', '市场', '摊位', '档口', '商铺', '铺面'];

/** A village and its group (赵家窑村一社, 刘家沟村西营子组): the household's place in a 村组 column. */
function villageGroup(value: string): boolean {
  const v = value.indexOf('村');
  return v > 0 && v < value.length - 1 && /(?:组|社|队)$/.test(value);
}

/**
 * A flat named as property (…怡和小区8号楼4单元901室的房屋买卖合同, 申请公开…室的不动产登记信息): a door down to
 * its room, in a building of flats, is someone's home whoever asks about it. The anchor is the property word;
 * the place is read back from it over at most FLAT_BACK characters, and must name a division and a building
 * part (号楼, 单元, 栋, 幢). Offices (政务服务中心301室) and the body's own contact block are not homes.
 */
const PROPERTY_WORDS = ['的房屋', '的住房', '的住宅', '的房产', '的不动产', '的商品房',
  // …1102室商品房一套, …501室住房: a deed or a purchase glues the property word to the room.
  '房屋', '住房', '住宅', '房产', '商品房'];
const PROPERTY_CHARS = triggerClass(oneCharOfEach(PROPERTY_WORDS, '房宅产'));
/** Every flat ends in 室 right before its property word (flatsBeforeProperty): without one there is none. */
const ROOM = triggerClass(['室']);
const FLAT_BACK = 40;
const REQUEST_VERBS = ['公开', '查询', '查阅', '提供', '调取', '关于', '涉及'];
const BUILDING_PART = /(?:号楼|单元|栋|幢)/;
/** Longest first: 坐落于 must be cut after its 于, not after 坐落. */
/** Verbs that buy, sell, let or hand a flat on (已于…日购买…室商品房): the flat starts after them. */
const PROPERTY_VERBS = ['购买', '购置', '购入', '购得', '买下', '出售', '卖出', '出租', '承租', '租赁', '继承', '赠与', '抵押', '拥有'];
const PLACE_OPENERS = [...REQUEST_VERBS, ...PROPERTY_VERBS, '坐落于', '坐落在', '位于', '坐落'];

function flatsBeforeProperty(text: string, out: Span[]): void {
  for (const word of PROPERTY_WORDS) {
    for (let end = text.indexOf(word); end >= 0; end = text.indexOf(word, end + word.length)) {
      if (text[end - 1] !== '室' || !isDigitCode(text.charCodeAt(end - 2))) continue;
      let s = end - 1;
      const limit = Math.max(0, end - FLAT_BACK);
      while (s > limit && !RESIDENCE_START_AFTER.has(text[s - 1]) && isAddressChar(text.charCodeAt(s - 1))) s--;
      const lead = LEADING_VERBS.find((w) => text.startsWith(w, s));
      if (lead) s += lead.length;
      // 申请查询宿松县…室的不动产…: the request's verb, unquoted, is glued to the place; so is a verb of location
      // (申请人X申请将坐落于…室的房屋…), which also keeps the applicant's name out of the place.
      for (const verb of PLACE_OPENERS) {
        const k = text.lastIndexOf(verb, end - verb.length);
        if (k >= s) s = k + verb.length;
      }
      const value = text.slice(s, end);
      if (!BUILDING_PART.test(value) || !DIVISIONS.some((d) => value.includes(d)) || value.includes('某') || NOT_RESIDENCE_START.has(value[0])) continue;
      if (isBodyValue(value)) continue;
    if (OFFICE_ADDRESS_WORDS.some((w) => value.includes(w)) || isOfficeSection(text, s)) continue;
      out.push({ start: s, end });
    }
  }
}

/**
 * A home in brackets right after a person's name (邢辉生家庭（青龙乡红星村）, 王芳（破凉镇先觉村村民）): the
 * bracket holds nothing but a place down to a village, its group or a house number, under a division.
 * `nameEnds` are where the names found in the text end.
 */
const BRACKET_PLACE_END = /(?:村|组|屯|队|社区|嘎查|小区|号|室)$/;
const AFTER_NAME_WORDS = ['一家', '家庭', '家', '户'];
const RESIDENT_SUFFIXES = ['村民', '牧民', '居民', '农民', '人'];
const BRACKET_DWELL_VERBS = ['家住', '现住', '暂住', '住'];

export function placesAfterNames(text: string, nameEnds: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const e of nameEnds) {
    let p = e;
    const word = AFTER_NAME_WORDS.find((w) => text.startsWith(w, p));
    if (word) p += word.length;
    if (text[p] !== '（' && text[p] !== '(') continue;
    // X（住…组9号）, X（家住…）: the verb of dwelling opens the bracket, the place follows it.
    const verb = BRACKET_DWELL_VERBS.find((v) => text.startsWith(v, p + 1));
    const start = p + 1 + (verb ? verb.length : 0);
    let q = start;
    while (q < text.length && q - start <= 40 && isAddressChar(text.charCodeAt(q))) q++;
    if (text[q] !== '）' && text[q] !== ')') continue;
    let end = q;
    const suffix = RESIDENT_SUFFIXES.find((s) => text.startsWith(s, end - s.length) && end - s.length > start);
    if (suffix) end -= suffix.length;
    const value = text.slice(start, end);
    if (value.length < 4 || !BRACKET_PLACE_END.test(value) || value.includes('某')) continue;
    // X户（大槐树村三组）: a household named by its head, with its village and group, needs no county to be found.
    // 钟芳（翠屏苑17栋2单元602室）: a flat down to its room and building part finds the door without a county, too.
    const flat = value.endsWith('室') && isDigitCode(value.charCodeAt(value.length - 2)) && BUILDING_PART.test(value);
    if (!DIVISIONS.some((d) => value.includes(d)) && !(word === '户' && villageGroup(value)) && !flat) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * The place a name is glued to (宿松县破凉镇先觉村二组施升耀家庭, 我是复兴镇幸福村三组柯丽萍): the run of Han
 * characters and digits ending at `end` is a residence when it ends in a village, its group, an estate or a
 * house number, names a division above the village, and is no body (卫生室, 执法大队). Returns its start, or
 * -1. Reads at most RESIDENCE_BACK characters.
 */
const RESIDENCE_BACK = 30;
const NUMERAL_BEFORE = new Set('0123456789０１２３４５６７８９一二三四五六七八九十百东西南北前后上下'.split(''));

export function residenceEndingAt(text: string, end: number): number {
  const last = text[end - 1];
  if (last === undefined) return -1;
  // 组/队 of a village (二组, 张屋组, 东队), 号/室 of a house (12号, 501室); 村, 屯, 嘎查, 社区, 小区 themselves.
  if (last === '组' || last === '队') {
    if (!NUMERAL_BEFORE.has(text[end - 2] ?? '') && !text.slice(Math.max(0, end - 6), end).includes('村')) return -1;
  } else if (last === '号' || last === '室') {
    if (!isDigitCode(text.charCodeAt(end - 2))) return -1;
  } else if (last === '查') {
    if (text[end - 2] !== '嘎') return -1;
  } else if (last === '区') {
    if (text[end - 2] !== '社' && text[end - 2] !== '小') return -1;
  } else if (last !== '村' && last !== '屯') return -1;
  let s = end - 1;
  const limit = Math.max(0, end - RESIDENCE_BACK);
  while (s > limit && !RESIDENCE_START_AFTER.has(text[s - 1]) && (isHanCode(text.charCodeAt(s - 1)) || isDigitCode(text.charCodeAt(s - 1)))) s--;
  // 拟将…村二组X家庭, 我是…组X: the verb before the place is not part of it.
  const lead = LEADING_VERBS.find((w) => text.startsWith(w, s));
  if (lead) s += lead.length;
  const value = text.slice(s, end);
  if (value.length < 5 || NOT_RESIDENCE_START.has(value[0]) || value.includes('某') || !DIVISIONS.some((d) => value.includes(d))) return -1;
  return s;
}

/**
 * 翠屏苑1栋3单元203室住户X, …1502室业主X: a flat down to its room, then the word for who lives in it and the name, is that
 * household's home even with no county above the estate: the building part and the room already find the door.
 */
const FLAT_RESIDENTS = ['住户', '业主', '居民', '租户'];

function flatBeforeResident(text: string, nameStart: number): Span | null {
  const word = FLAT_RESIDENTS.find((w) => text.startsWith(w, nameStart - w.length));
  if (word === undefined) return null;
  const end = nameStart - word.length;
  if (text[end - 1] !== '室' || !isDigitCode(text.charCodeAt(end - 2))) return null;
  let s = end - 1;
  const limit = Math.max(0, end - FLAT_BACK);
  while (s > limit && !RESIDENCE_START_AFTER.has(text[s - 1]) && isAddressChar(text.charCodeAt(s - 1))) s--;
  const lead = LEADING_VERBS.find((w) => text.startsWith(w, s));
  if (lead) s += lead.length;
  const value = text.slice(s, end);
  if (value.length < 6 || !BUILDING_PART.test(value) || NOT_RESIDENCE_START.has(value[0]) || value.includes('某')) return null;
  if (OFFICE_ADDRESS_WORDS.some((w) => value.includes(w)) || isOfficeSection(text, s)) return null;
  return { start: s, end };
}

/** Homes glued before the names found in the text (…村二组施升耀家庭). `nameStarts` are where they start. */
export function placesBeforeNames(text: string, nameStarts: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const e0 of nameStarts) {
    // …先觉村的王秀英: the home ends before the 的.
    const e = text[e0 - 1] === '的' ? e0 - 1 : e0;
    const s = residenceEndingAt(text, e);
    if (s >= 0) out.push({ start: s, end: e });
    else {
      const flat = flatBeforeResident(text, e0);
      if (flat !== null) out.push(flat);
    }
  }
  return out;
}

/** A door in a building: a number followed by 号, 室, 单元, 栋 or 幢. */
const HOUSE_DOOR = /[0-9０-９一二三四五六七八九十]+(?:号|室|单元|栋|幢)/;

/** `present`: the trigger classes of the text (present.ts), when the caller has them; passes they rule out are skipped. */
export function findAddresses(text: string, present: number = ALL_PRESENT): Span[] {
  const out: Span[] = [];
  LABEL_RE.lastIndex = 0;
  // Short items mostly hold no label or heading: one class test each instead of a regex run.
  for (let m = hasAny(present, LABEL_CHARS) ? LABEL_RE.exec(text) : null; m !== null; m = LABEL_RE.exec(text)) {
    let p = m.index + m[0].length;
    // 常住地：, 寄住地址：, 租住地址：: 住 inside a label whose tail and colon follow; the tail is then read past.
    const tail = m[0].endsWith('住') && !MOVING_IN.has(text[m.index - 1]) ? dwellingLabelTail(text, p) : 0;
    if (tail > 0) p += tail;
    else if (m[0] === '住' && (!bareZhuOpens(text, m.index) || !isHanCode(text.charCodeAt(p)) || (NOT_RESIDES.has(text[p]) && !countyFollows(text, p)))) continue;
    if (m[0] === '地址' && !personGaveAddress(text, m.index) && !dwellingLabelHead(text, m.index)) continue;
    // 住所（地址）：… as forms print it.
    for (const infix of ['（地址）', '(地址)']) if (text.startsWith(infix, p)) p += infix.length;
    while (chars.isBlank(text[p])) p++;
    if (text[p] === '为' || text[p] === '是') p++;
    // 按你信函中注明的地址邮寄：… — the verb of sending stands between the label and its colon.
    const sending = SENDING_VERBS.find((v) => text.startsWith(v, p) && (text[p + v.length] === '：' || text[p + v.length] === ':'));
    if (sending) p += sending.length;
    if (text[p] === '：' || text[p] === ':') p++;
    while (chars.isBlank(text[p])) p++;
    if (text[p] === '在' || text[p] === '于' || text[p] === '为') p++;
    // 通讯地址（寿县…1004室） / 住址：“…” : the address in brackets or quotes, which end it.
    if (OPENERS.has(text[p])) p++;
    const end = addressEnd(text, p);
    const value = text.slice(p, end);
    // A template's placeholder (住址：某某市某某区…) is no one's home; a street door under a withheld city
    // (某市某区幸福路12号3单元401室) still finds the household, so it stays an address.
    // Cut short by the publisher's mask (…縣○○路00號): what is left names no door.
    const placeholder = text[p] === '某' || text[p] === '×' || text[p] === '*' || value.includes('某某') || value.includes('××') || CUT_BY_MASK.has(text[end]);
    if (placeholder && !HOUSE_DOOR.test(value)) continue;
    // 地区 (河套地区) names a region, not a place anyone can be found at.
    // A heading row's label before the next heading (原房屋坐落    安置房号): no value at all.
    if (isAddressHeading(value)) continue;
    const specific = value.replaceAll('地区', '');
    if (value.length < 4 || !ADDRESS_MARKS.some((mk) => specific.includes(mk))) continue;
    // 住址	管护区域 in a table's head: the next heading (an area, a range) is no place.
    if (AREA_ENDINGS.some((w) => value.endsWith(w))) continue;
    if (isBodyValue(value)) continue;
    if (OFFICE_ADDRESS_WORDS.some((w) => value.includes(w)) || isOfficeSection(text, m.index) || officeTail(text, end)) continue;
    if ((m[0].startsWith('住所') || m[0].startsWith('房屋')) && organisationBefore(text, m.index)) continue;
    if (POSTAL_LABELS.includes(m[0]) && bodyNameBefore(text, m.index)) continue;
    if (m[0] === '家住' && residentsOfEstate(text, value, end)) continue;
    if ((m[0] === '住在' || m[0] === '住于') && (!DWELLING_END.test(value) || LODGINGS.some((w) => value.includes(w)))) continue;
    if (PRONOUN_HOMES.includes(m[0]) && !PRONOUN_HOME_END.test(value)) continue;
    out.push({ start: p, end });
    LABEL_RE.lastIndex = Math.max(LABEL_RE.lastIndex, end);
  }
  if (hasAny(present, RESIDENT_LAST) || (has(present, REN) && hasAny(present, PLACE_BEFORE_REN))) residencesInProse(text, out);
  if (has(present, LOCATED)) dwellingsInProse(text, out);
  if (hasAny(present, PROPERTY_CHARS) && has(present, ROOM)) flatsBeforeProperty(text, out);
  if (hasAny(present, MOVE_OR_VISIT)) {
    movedResidences(text, out);
    if (has(present, ANY_DIGIT)) visitedHomes(text, out);
  }
  const brackets = hasAny(present, BRACKET_OPEN_CHARS);
  if (brackets && hasAny(present, DWELLING_CHARS)) bracketedHomes(text, out);
  if (brackets && hasAny(present, OWN_HOUSE_CHARS)) ownHouseHomes(text, out);
  if (hasAny(present, OWN_HOUSE_CHARS) && has(present, ANY_DIGIT)) housesNamedAfter(text, out);
  if (brackets && has(present, ROOM)) bracketedFlats(text, out);
  if (hasAny(present, DWELLING_CHARS)) framedHomes(text, out);
  if (hasAny(present, SEX_CHARS)) recordHomes(text, out);
  if (hasAny(present, SITE_LABEL_CHARS)) houseSites(text, out);
  if (hasAny(present, ENUMERATOR_CHARS)) enumeratedHomes(text, out);
  if (hasAny(present, HEADING_CHARS) && hasAny(present, CELL_SEPARATOR_CHARS)) {
    tableColumnAddresses(text, out);
    householdTableAddresses(text, out);
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Suffixes that make 区/旗 part of a word rather than an administrative division (小区, 红旗). */
const NOT_DIVISION_BEFORE_QU = new Set('小社园景校营片街库'.split(''));
const NOT_DIVISION_BEFORE_QI = new Set('红国彩锦'.split(''));

/**
 * Generalises an address to its county-level division (GB/T 37964 "泛化"): 临河区新华街12号 →
 * 临河区. Falls back to the city, and to nothing at all when no division can be told.
 */
export function generalizeAddress(address: string): string {
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    const prev = address[i - 1] ?? '';
    if (ch === '区' && !NOT_DIVISION_BEFORE_QU.has(prev) && !(prev === '治' && address[i - 2] === '自' && i + 1 < address.length)) return address.slice(0, i + 1);
    if (ch === '县') return address.slice(0, i + 1);
    if (ch === '旗' && !NOT_DIVISION_BEFORE_QI.has(prev)) return address.slice(0, i + 1);
  }
  let city = -1;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === '市' && address[i + 1] !== '场' && !'超城夜门'.includes(address[i - 1] ?? '')) city = i;
    else if ('街路道镇乡村号巷'.includes(address[i])) break;
  }
  return city >= 0 ? address.slice(0, city + 1) : '';
}
