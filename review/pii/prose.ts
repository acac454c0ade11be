/**
 * person_name in running text, tables and lists: names with no role label before them (对乔树梅未经批准,
 * 我叫刘虎民, 徐杨、钱子昂, （陈宁）, 何华榕，男，汉族, a 姓名 column, 乌云达来是…牧民). A run that starts with a
 * surname (or is made of transliteration parts) is scored by the character model (model/index.ts) plus
 * what stands before and after it; only runs with a clear boundary or a telling word on both sides are
 * considered at all, so ordinary prose costs one set lookup per character.
 *
 * Not reported: officials acting in office — a name right after an official title (副市长沙向东) or in the
 * clause of 执法人员/承办人/经办人 and the like, which the body publishes as its own.
 */
import { isExactPost, POST_LAST_CHARS, postEndingAt } from './offices.js';
import { onOfficialsSignatureLine } from './signatureLines.js';
import { afterMemberRosterLabel, inMemberRoster } from './rosters.js';
import { deskInBrackets } from './desks.js';
import { FIRM_NOUNS, ORGANISATION_SUFFIXES, SHOP_NOUNS } from './bodies.js';
import { STAFF_ROLE_HEADINGS } from './headings.js';
import { dutyStaffHeads } from './dutyStaff.js';
import { meritCited } from './merits.js';
import { quotedModifier } from './quotedModifiers.js';
import { namesThingAfter, shopAfter } from './things.js';
import { tradeClauseEndsAt } from './tradeClauses.js';
import * as chars from './chars.js';
/** Bound once: module-namespace lookups in the per-character loops below cost more than the checks. */
const isHanCode = chars.isHanCode;
const unitTable = chars.unitTable;
import { COMPOUND_SURNAMES, PERSON_NOUNS, SINGLE_SURNAMES, TITLES, TRANSLITERATED_NAME_PARTS } from './lexicon.js';
import { isBodyContact } from './context.js';
import { PERSON_CLAUSES, PUBLIC_FIGURES } from './lexicon.js';
/** Exemplars and historical figures (焦裕禄, 范仲淹): never a private person, even before 同志 or a sex. */
const PUBLIC_FIGURE_SET: ReadonlySet<string> = new Set(PUBLIC_FIGURES);
import { residenceEndingAt } from './address.js';
import { givenScore, gluedToPrevious, isCommonWord, isKinshipWord, isVocabularyCode, KINSHIP_LAST, nameScore, nameScoreBeforeMark, surnameAt, surnameWeight, unlistedSurnameName } from './model/index.js';
import { SPEECH, spokenWordName } from './wordNames.js';
import { sexFramedNames } from './sexFramed.js';
import { teachingAfter } from './teachings.js';
import { WORD_SURNAMES, wordSurnameName } from './wordSurnames.js';
import {
  appointedAt,
  dutyStaffEndsAt,
  DWELLER_OPENERS,
  dwellingClauseEndsAt,
  PERSON_HEAD_CHARS,
  PERSON_OBJECT_VERBS,
  PERSON_PREDICATES,
  personNounEndsAt,
  personStateClauseEndsAt,
  sharedPlaceClauseEndsAt,
} from './personWords.js';
import { GIVEN_NAME_WORDS, GIVEN_WORD_SCORE, isAnchoredGivenWord } from './model/givenWords.js';
import { has, listPositions, NAME_DOT as NAME_DOT_PRESENT, NAME_START_AT, unitsOf, type Triggers } from './present.js';

export interface ProseName {
  start: number;
  end: number;
  surname: string;
}

/** Words right before a name that introduce a person (我叫…, 对…, 经…同意). Longest first. */
const FUNCTION_TRIGGERS: readonly string[] = [
  '名叫', '我叫', '叫做', '取名', '我是', '本人', '其中', '另有', '还有', '给予', '对', '叫', '由', '经', '因', '与', '和', '及', '同', '跟', '给', '向', '让', '请', '派', '据', '被', '把', '将',
  '任命', '免去', '提名', '推荐', '选举', '聘任', '聘请', '聘用', '委托', '录用', '选聘', '表彰', '授予', '奖励', '评为', '获得者', '救助', '资助', '慰问', '看望', '走访',
  ...PERSON_OBJECT_VERBS,
];
/** Function words and the nouns of relation and occupation (邻居, 哥哥, 牧户 …, see PERSON_NOUNS). */
const LEFT_TRIGGERS: readonly string[] = [...FUNCTION_TRIGGERS, ...PERSON_NOUNS, ...PERSON_CLAUSES, ...DWELLER_OPENERS];
const LEFT_TRIGGER_SET = new Set(LEFT_TRIGGERS);
const PERSON_NOUN_SET: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...PERSON_CLAUSES, ...DWELLER_OPENERS]);
/** Two-character nouns of those who live somewhere (村民, 牧民, 渔民): a place, not a person, is glued before them. */
const RESIDENT_NOUN_SET: ReadonlySet<string> = new Set(['村民', '居民', '牧民', '农民', '渔民', '市民', '牧户', '农户', '住户']);

function residentsAt(text: string, e: number): boolean {
  return RESIDENT_NOUN_SET.has(text.slice(e, e + 2));
}
/**
 * Longer triggers by their last two code units as one number, longest first: a position costs one map
 * lookup, and a startsWith only for the few triggers that end in the same two characters. The key keeps 14
 * bits of the first unit so that it stays a Smi (below 2^30; above it V8 allocates a heap number per lookup):
 * words of one key may differ in that unit, so every word is checked with startsWith.
 */
const LONG_TRIGGERS_BY_END = new Map<number, { word: string; left: 'relation' | 'trigger' }[]>();
function pairKey(first: number, second: number): number {
  return ((first & 0x3fff) << 16) | second;
}
for (const t of [...new Set(LEFT_TRIGGERS)].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)) {
  const key = pairKey(t.charCodeAt(t.length - 2), t.charCodeAt(t.length - 1));
  LONG_TRIGGERS_BY_END.set(key, [...(LONG_TRIGGERS_BY_END.get(key) ?? []), { word: t, left: PERSON_NOUN_SET.has(t) ? 'relation' : 'trigger' }]);
}

/** What a name is followed by in prose. `strong` ones say a person outright. */
const RIGHT_STRONG: readonly string[] = ['同志', '先生', '女士', '老人', '等同志', '等人', '一家', '夫妇', '本人', '之子', '之女', '之妻', '之夫', '之父', '之母'];
/**
 * What a subject does with a means or a pretext (X利用职务之便, X作为股东, X声称…, X冒用他人名义): their first character
 * is a given name's too, so a reading that ends on it (刘建利|用) has swallowed the verb's first character.
 */
export const MEANS_VERBS: readonly string[] = ['利用', '作为', '根据', '声称', '冒用', '冒充', '隐瞒', '伪造', '按照', '借口', '谎称', '假借'];

const RIGHT_WORDS: readonly string[] = [
  '于', '在', '因', '是', '系', '称', '说', '等', '和', '与', '及', '为', '向', '对', '将', '被', '从', '自', '到', '同', '所', '已', '曾', '现', '未',
  '反映', '来信', '来电', '位于', '提出', '申请', '诉称', '表示', '认为', '介绍', '家', '户', '时任', '任', '担任', '拟任', '涉嫌', '违反', '擅自', '驾驶', '拒',
  '以', '共', '均', '也', '还', '就', '却', '都', '又', '再', '便', '的', '获', '荣获', '领取', '签字', '签名', '持', '名下', '承包', '经营', '租用', '占用', '建设', '私自',
  '未经', '非法', '无证', '酒后', '死亡', '受伤', '病故', '去世', '出生', '生于', '个人', '本人', '每人', '各', '多次', '一起', '一同', '共同', '二人', '两人', '三人', '四人', '五人', '多年', '夫妻', '父子', '母子', '户籍', '住', '居住', '家住', '一户', '原籍', '暂住', '家庭',
  '之间',
  // adverbs that go on with the subject's clause (X又持…, X仍未…, X便…), like 也, 还, 就, 又, 便 above
  '仍',
  // what a subject's clause goes on with (申元良长期占用…, X一直未…, X先后三次…)
  '长期', '一直', '先后', '近日', '近年', '今年', '去年', '当天', '当日', '随后', '再次', '主动', '强行', '拒不', '不服', '患有', '身患', '因病',
  // what a body does to the person (对X作出…, 对X给予警告, 对X处以罚款)
  '作出', '给予', '处以', '予以', '进行', '实施', '罚款', '警告', '拘留', '党内', '政务',
  // what a person does in news and reports (X告诉记者, 据X回忆, X伙同他人)
  '告诉', '回忆', '伙同', '坦言', '感慨', '激动', '高兴', '笑着',
  // arriving, leading, being elected, losing a certificate (X赶到后, X带着…, X当选为委员, X不慎将…遗失)
  '赶到', '赶来', '带着', '带领', '当选', '不慎',
  ...MEANS_VERBS,
  // one person acting for another (X的妻子Y代为签字, Y代领)
  '代为', '代领', '代签',
  // accompanying, turning up, going on (X之妻Y陪同其…, Y到场领取, X到案后, 应征青年X则在…发言)
  '陪同', '陪着', '到场', '到案', '当场', '则',
  // what a person in a news item goes on doing (司机X开着自家的货车, 青年X开起了直播间)
  '开着', '开起',
  // exemptions a notice grants a person (五保户X免于筹劳, X免除…, X免交…): 免 opens the word, it ends no given name
  '免于', '免除', '免交', '免缴',
  // a person's acts and states derived for any document (personWords.ts: 遗失, 免于, 正在, 凭 …)
  ...PERSON_PREDICATES,
  // a procedure the person went through (X经本人申请放弃…, X经审核不符合条件, X经调查属实)
  '经本人', '经审核', '经核实', '经调查', '经查', '经评审', '经鉴定',
  // a habit's time (老伴X逢集必到, X每逢周末…, X每天清晨…, X平时…): a market day or a routine ends the name
  '逢集', '逢场', '赶集', '每逢', '每天', '每日', '每周', '每年', '平时', '天天', '常年',
  // a player's tally in a games report (X全场投中…, X本场拿下…, X单场得分…): the match a figure is counted over
  '全场', '本场', '单场',
];
/** Words indexed by their first character, longest first: a position costs a map lookup and a few comparisons. */
function byFirst(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) m.set(w.charCodeAt(0), [...(m.get(w.charCodeAt(0)) ?? []), w]);
  return m;
}
const RIGHT_WORDS_BY_FIRST = byFirst(RIGHT_WORDS);
const STRONG_BY_FIRST = byFirst([...RIGHT_STRONG, ...TITLES]);

/**
 * Characters after a candidate that make it the start of a place or body (张屋组, 王庄村, 刘家湾) rather
 * than a person.
 */
const PLACE_AFTER = unitTable('村镇乡组屯庄湾寨沟店铺堡营坪坝桥街路巷弄里号区县市旗盟苏嘎局厅委办院校厂站所队社部科处室馆场园港湖河山');

/**
 * Titles before a name that make it an official's or the press's: the posts of office come from one table derived
 * by suffix (offices.ts: 副市长, 股长, 审判员, 驻村第一书记 …); a byline's words are listed here.
 */
const BYLINE_TITLES: readonly string[] = ['记者', '通讯员', '编辑', '审核', '责任编辑', '责编', '摄影'];
const BYLINE_TITLE_SET: ReadonlySet<string> = new Set(BYLINE_TITLES);

/** True for a title of office standing alone (苏木达：X opens no salutation to a 苏木达; 副县长, 记者). */
export function isOfficialTitle(word: string): boolean {
  return BYLINE_TITLE_SET.has(word) || isExactPost(word);
}

/** Labels whose names are the body's own staff acting in office; names in their clause are not reported. */
const OFFICIAL_LABELS: readonly string[] = [
  '执法人员', '办案人员', '承办人', '经办人', '审核人', '审批人', '签发人', '记录人', '调查人员', '检查人员', '执法证号', '执法证件号', '监督人',
  '值班人员', '工作人员', '负责人', '责任人', '执法队员', '执法队队员', '执法大队队员', '包联干部', '驻村干部', '包村干部', '帮扶干部', '帮扶责任人', '第一书记', '网格员', '联络员', '主持人', '发布人', '撰稿', '供稿', '来源',
  '编辑', '编 辑', '责编', '责任编辑', '编审', '编 审', '校对', '值班主任', '审校', '初审', '复审', '终审',
  // a 人民调解协议书's mediators sign for the committee (人民调解员（签名）：X　Y); 调解员X到现场，组织牧民A与B keeps A and B
  '调解员（签名）', '调解员(签名)', '调解员：',
  // a village's or a body's bookkeepers at the foot of its accounts (制表：村会计　X, 出纳：X, 经手人：X)
  '会计', '出纳', '报账员', '制表', '经手人',
  // a company's or a utility's service desk at the foot of its notice (客服：X，电话：0739-…), like a body's 联系人
  '客服', '客服人员', '客服专员',
  // the deputies who sign a 人大代表建议 or a 政协提案 act in their office (领衔代表：X　附议代表：Y、Z), as the reply's body does
  '领衔代表', '附议代表', '联名代表', '领衔人', '附议人', '联名人',
];
const OFFICIAL_AFTER = ['执法证', '证号', '（执法', '(执法', '记者', '通讯员', '摄影', '报道', '（警号', '(警号', '警号'];

const NAME_DOT = unitTable(['·', '•', '・', '．']);
const MASK = unitTable(['某', '*', '＊', '×', 'Ｘ', 'X', 'x', '○', '〇']);
const PARTS = [...new Set([...TRANSLITERATED_NAME_PARTS])].sort((a, b) => b.length - a.length);
/**
 * Parts by their first two units (every part has two or more), longest first: a lookup costs one map read and
 * rarely a comparison (by the first unit alone, 阿 led to 32). Keys by `pairKey` (a Smi; every word is checked by startsWith).
 */
const PARTS_BY_START = new Map<number, string[]>();
if (PARTS.some((p) => p.length < 2)) throw new Error('prose.ts: a transliteration part of one character (partAt reads two)');
for (const p of PARTS) {
  const key = pairKey(p.charCodeAt(0), p.charCodeAt(1));
  PARTS_BY_START.set(key, [...(PARTS_BY_START.get(key) ?? []), p]);
}

/**
 * One byte per UTF-16 code unit saying whether a name can start there (a surname, the first character of
 * a compound surname or of a transliteration part): the scan touches
 * nothing else for the other characters of the text.
 */
const STARTS = new Uint8Array(0x10000);
for (const c of SINGLE_SURNAMES) STARTS[c.charCodeAt(0)] |= 1;
for (const c of COMPOUND_SURNAMES) STARTS[c.charCodeAt(0)] |= 2;
for (const p of PARTS) STARTS[p.charCodeAt(0)] |= 4;
/** The scan lists these positions (present.ts), so findProseNames visits nothing else. */
listPositions(NAME_START_AT, unitsOf(STARTS));

function partAt(text: string, pos: number): string | undefined {
  if (pos + 1 >= text.length) return undefined; // no part is one unit long; charCodeAt would give NaN, a slow key
  const list = PARTS_BY_START.get(pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1)));
  if (list !== undefined) for (const p of list) if (text.startsWith(p, pos)) return p;
  return undefined;
}

function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHanCode(text.charCodeAt(i));
}

/** `relation`: a noun of relation or occupation (邻居, 牧户) stands right before; see PERSON_NOUNS. */
type Left = 'bound' | 'trigger' | 'relation' | 'enum' | 'place' | null;

/**
 * Per code unit: 1 = a one-character trigger, 2 = the last character of a longer one. Read by code so
 * that most positions are decided without building a string (a CJK character read as text[i] is one).
 */
const TRIGGER_FLAGS = new Uint8Array(0x10000);
for (const t of LEFT_TRIGGERS) TRIGGER_FLAGS[t.charCodeAt(t.length - 1)] |= t.length === 1 ? 1 : 2;
/** 4 = the last character of a residence (村, 组, 队, 屯, 嘎查, 社区/小区, 12号, 501室) a name may be glued to. */
for (const c of '村组队屯查区号室') TRIGGER_FLAGS[c.charCodeAt(0)] |= 4;
/** 8 = the head of a derived person noun (personWords.ts: …人员, …户, …主, 之孙 …). */
for (const c of PERSON_HEAD_CHARS) TRIGGER_FLAGS[c.charCodeAt(0)] |= 8;
const ENUM_COMMA = 0x3001; // 、
const MALE = 0x7537; // 男
const FEMALE = 0x5973; // 女
const DE = 0x7684; // 的
const ZAI = 0x5728; // 在
const MIN = 0x6c11; // 民
const WEI = 0x4e3a; // 为
/**
 * 1 for a Han unit after which leftContext finds nothing that introduces a name (no trigger ends in it,
 * and it is not 的 or 在): most positions where a surname stands, skipped before anything else is read.
 */
const UNINTRODUCED = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isHanCode(c) && TRIGGER_FLAGS[c] === 0 && c !== DE && c !== ZAI) UNINTRODUCED[c] = 1;

const AFTER_ZAI_NAME = ['家中', '家里', '名下', '之父', '之母', '之子', '之女', '之妻', '之夫'];

function afterZai(text: string, s: number): boolean {
  for (const w of AFTER_ZAI_NAME) if (text.startsWith(w, s + 2) || text.startsWith(w, s + 3)) return true;
  return false;
}

/**
 * 隔壁李家村的易丽华: a named village (two or more characters before 村, no 本/该/全) and 的 introduce its
 * resident as a home with its division does; the name must still score as one.
 */
function namedVillageBefore(text: string, e: number): boolean {
  // 佟家坝村队的X: a team named for its village (a township games' entrant) introduces its player as the village does.
  if (text[e - 1] === '队' && text[e - 2] === '村') e--;
  return text[e - 1] === '村' && isHanAt(text, e - 2) && isHanAt(text, e - 3) && !'本该全每各我你他其此'.includes(text[e - 2]);
}

function leftContext(text: string, s: number): Left {
  if (s === 0) return 'bound';
  const prev = text.charCodeAt(s - 1);
  if (prev === ENUM_COMMA) return 'enum';
  if (!isHanCode(prev)) return 'bound';
  const flags = TRIGGER_FLAGS[prev];
  // 住在城关镇幸福路8号的X, 家住…村的X: a dwelling clause can only describe its resident, like a person noun.
  if (prev === DE && dwellingClauseEndsAt(text, s)) return 'relation';
  // 家住…先觉村的王秀英: a home and 的 before the name introduce the resident.
  if (prev === DE && s >= 2 && (TRIGGER_FLAGS[text.charCodeAt(s - 2)] & 4) !== 0 && (residenceEndingAt(text, s - 1) >= 0 || namedVillageBefore(text, s - 1))) return 'place';
  // 在郜玉兰家中, 登记在X名下, 登记在X之父Y名下: 在 introduces the household a visit went to, or the holder of a
  // property, and nothing else.
  if (prev === ZAI && afterZai(text, s)) return 'trigger';
  // 参与推搡的桑勤（男，22岁）: a clause ending in 的 describes the person a bracketed sex right after the name introduces.
  if (prev === DE && sexBracketAfter(text, s)) return 'trigger';
  // 同村的陈某说: a neighbour by the village or group shared is introduced as 隔壁的 introduces one.
  if (prev === DE && (sharedPlaceClauseEndsAt(text, s) || personStateClauseEndsAt(text, s) || tradeClauseEndsAt(text, s))) return 'relation';
  // 实际负责人为X, 承包户为X: a relation noun and 为 name the person as the noun alone does.
  if (prev === WEI && personNounBefore(text, s - 1)) return 'relation';
  if (flags === 0) return null;
  // 村民安秀英, 居民房海燕: a resident noun (村民, 居民, 牧民 …) is whole, so 民 and the surname make no word (民安,
  // 民房). Other nouns may be half of a word (男女儿童: 女儿 and 儿童), so the glue stands after them.
  // 孙女王欣怡: a kinship word is whole too (女王 is no word there), unless its first character is glued to the one before
  // it (男女儿童: 男女, then 儿童).
  if (gluedToPrevious(prev, text.charCodeAt(s)) && !(prev === MIN && personNounBefore(text, s)) && !kinshipEndsAt(text, s)) return null;
  // Longest first, so 我和邻居 is read as 邻居 (a relation), 外孙女 before 孙女.
  if ((flags & 2) !== 0 && s >= 2) {
    const list = LONG_TRIGGERS_BY_END.get(pairKey(text.charCodeAt(s - 2), prev));
    if (list) for (const t of list) if (s >= t.word.length && text.startsWith(t.word, s - t.word.length)) return t.left;
  }
  if ((flags & 1) !== 0) return 'trigger';
  // 退休人员X, 待遇领取人X, 护路员X, 其孙子X: a noun of role, trade or kinship known by its head (personWords.ts).
  if ((flags & 8) !== 0 && personNounEndsAt(text, s)) return 'relation';
  // …先觉村二组施升耀家庭: a home glued before the name introduces a person as a resident noun would.
  return (flags & 4) !== 0 && residenceEndingAt(text, s) >= 0 ? 'place' : null;
}

/**
 * What stands before a kinship word that is whole: a boundary, or a possessive or a joining word (老人的孙女, 其女儿,
 * 他儿子). After any other character the kinship word may be the end of another (男女|儿童).
 */
// 随女儿X居住, 陪母亲X就医, 由父亲X代为…: a preposition that takes a person takes the kinship word whole, and so does
// any personal pronoun as possessor (您母亲X, 你哥哥X: a reply letter addresses the writer).
const BEFORE_KINSHIP = unitTable('的其之和与及是为他她我你您随陪跟替帮由'.split(''));

/** What a run after a kinship word must score, and its last given character, to be a name whatever word it opens. */
const KIN_CLEAR_SCORE = 8;
const KIN_CLEAR_LAST = 5;

function clearNameAfterKin(text: string, s: number, score: number, given: string): boolean {
  return score >= KIN_CLEAR_SCORE && given.length === 2 && givenScore(given[1]) >= KIN_CLEAR_LAST && kinshipEndsAt(text, s);
}

/** A kinship word of two or three characters ends right at `s`, after a boundary or a possessive (其孙女|王). */
function kinshipEndsAt(text: string, s: number): boolean {
  if (s < 2 || KINSHIP_LAST[text.charCodeAt(s - 1)] !== 1) return false;
  for (let len = 3; len >= 2; len--) {
    const from = s - len;
    if (from < 0 || !isKinshipWord(text.slice(from, s))) continue;
    return from === 0 || !isHanCode(text.charCodeAt(from - 1)) || BEFORE_KINSHIP[text.charCodeAt(from - 1)] === 1;
  }
  return false;
}

/** A bracket opening on a sex (（男，22岁）, (女)) two to four characters after `s`, where a name would end. */
function sexBracketAfter(text: string, s: number): boolean {
  for (let e = s + 2; e <= s + 4 && e + 1 < text.length; e++) {
    const c = text[e];
    if ((c === '（' || c === '(') && (text[e + 1] === '男' || text[e + 1] === '女')) return true;
    if (!isHanAt(text, e)) return false;
  }
  return false;
}

/** A person noun ends right before `s`: one of the listed (邻居, 村民, PERSON_NOUNS) or one derived by its head (personWords.ts). */
function personNounBefore(text: string, s: number): boolean {
  const list = s >= 2 ? LONG_TRIGGERS_BY_END.get(pairKey(text.charCodeAt(s - 2), text.charCodeAt(s - 1))) : undefined;
  if (list) for (const t of list) if (t.left === 'relation' && s >= t.word.length && text.startsWith(t.word, s - t.word.length)) return true;
  return personNounEndsAt(text, s);
}

/** The run s..e fills a bracket glued to a word before it (自主创业（…）): the bracket explains that word. */
function explainingBracket(text: string, s: number, e: number): boolean {
  const open = text.charCodeAt(s - 1);
  const close = text.charCodeAt(e);
  return s >= 2 && ((open === 0xff08 && close === 0xff09) || (open === 0x28 && close === 0x29)) && isHanCode(text.charCodeAt(s - 2));
}

/** `open`: any Han character that starts no place; only a relation noun before the name allows it. */
type Right = 'strong' | 'bound' | 'enum' | 'word' | 'open' | null;

function rightContext(text: string, e: number): Right {
  if (e >= text.length) return 'bound';
  const code = text.charCodeAt(e);
  if (MASK[code] === 1 || NAME_DOT[code] === 1) return null;
  if (code === ENUM_COMMA) return 'enum';
  if (!isHanCode(code)) {
    // Read by code: text[e] would make a string of every character after a candidate.
    const opens = code === 0xff08 || code === 0x28; // （, (
    // 何华榕，男，汉族 / 陈宁（女） : a sex right after the name is as strong as it gets.
    const n = text.charCodeAt(e + 1);
    if ((code === 0xff0c || code === 0x2c || opens || code === 0x20 || code === 0x09) && (n === MALE || n === FEMALE)) return 'strong'; // ，,
    // 燕国（回族）, 巴图（蒙古族） in award lists: a nationality in brackets says as much as a sex.
    if (opens && ETHNICITY_IN_BRACKETS.test(text.slice(e + 1, e + 7))) return 'strong';
    // 柏珂（妻）, 呼延坤（子）, 王强（户主）: a household's members with their kinship in brackets.
    if (opens && KIN_IN_BRACKETS.test(text.slice(e + 1, e + 7))) return 'strong';
    return 'bound';
  }
  const strong = STRONG_BY_FIRST.get(code);
  if (strong) for (const w of strong) if (text.startsWith(w, e)) return 'strong';
  if (PLACE_AFTER[code] === 1) return null;
  const words = RIGHT_WORDS_BY_FIRST.get(code);
  if (words) {
    for (const w of words) {
      if (!text.startsWith(w, e)) continue;
      // 都, 和, 花 … are syllables of place names too (巴彦|都日格嘎查): then the run must not end as a place.
      if (w.length === 1 && !CLEAR_VERBS.has(w) && placeNameContinues(text, e)) return null;
      return 'word';
    }
  }
  return null;
}

/** Words of two or more characters that open a body's or a place's name right after a name (王芳商店, 李明小区). */
const BODY_WORDS_BY_FIRST = byFirst([...ORGANISATION_SUFFIXES, '嘎查', '苏木', '社区', '小区', '街道'].filter((w) => w.length >= 2));

/**
 * The characters of PLACE_AFTER that name a settlement or a street: after a name found elsewhere they make a place
 * (李明村, 王庄镇), while 处, 所, 部 … there open the sentence's next words (对池菲处以罚款, 王芳所说).
 */
const SETTLEMENT_AFTER = unitTable('村镇乡县市路街巷屯庄寨湾');

/**
 * True when what starts at `e` makes a name found elsewhere the start of a place's or a body's name (李明村, 王芳商店,
 * 华夏银行) rather than its person: a settlement's character or a body's word. mentions.ts asks it of repeats.
 */
export function opensPlaceOrBody(text: string, e: number): boolean {
  const code = text.charCodeAt(e);
  if (SETTLEMENT_AFTER[code] === 1) return true;
  const words = BODY_WORDS_BY_FIRST.get(code);
  if (words) for (const w of words) if (text.startsWith(w, e)) return true;
  return false;
}

/** Suffixes that end the name of a place or body; a run ending in one is that place (巴彦都日格嘎查). */
const PLACE_SUFFIXES = ['嘎查', '苏木', '社区', '小区', '公司', '合作社', '委员会', '镇', '乡', '村', '旗', '盟', '市', '县', '区', '街道', '路', '街', '河', '湖', '山', '庙', '站', '场', '店', '厂'];

/**
 * True when the Han run from `e` reaches a place or body suffix within six characters before it stops:
 * the candidate is then the start of a place name (巴彦|温都尔嘎查), and 都 or 和 after it is no verb.
 */
function placeNameContinues(text: string, e: number, reach = 7): boolean {
  let q = e;
  const limit = Math.min(text.length, e + reach);
  while (q < limit && isHanAt(text, q)) q++;
  const run = text.slice(e, q);
  return PLACE_SUFFIXES.some((suf) => run.includes(suf));
}

/** One-character words after a name that are never syllables of a place name. */
const ETHNICITY_IN_BRACKETS = /^[\u4e00-\u9fff]{1,4}族[）)]/;
/** A household member's place in the family, as lists of applicants and co-applicants bracket it. */
const KIN_IN_BRACKETS = /^(?:户主|之?(?:妻|夫|子|女|父|母)|妻子|丈夫|配偶|长子|次子|三子|长女|次女|三女|儿子|女儿|儿媳|女婿|孙子|孙女|外孙|外孙女|父亲|母亲|兄|弟|姐|妹|哥哥|弟弟|姐姐|妹妹|祖父|祖母|岳父|岳母|公公|婆婆|夫妻|夫妇|本人)[）)]/;

/** Conjunctions that end given names too (正和, 永和, 参与 is a word): only when no noun follows to be joined. */
const NAME_ENDING_CONJUNCTIONS = unitTable(['和']);
/**
 * What may follow a name's last character but never a conjunction: a bracket, a pause, a clause's end, a blank. A digit,
 * a quote, a title mark or a Latin letter opens what a conjunction joins (和5岁的儿子, 和“黑车”司机, 和《合同》, 和ABC公司).
 */
const AFTER_NAME_ONLY = unitTable(['（', '(', '）', ')', '，', ',', '、', '。', '；', ';', '：', ':', '\n', '\r', '\t', ' ', '　']);

/** A mark that closes a name and joins nothing to it: a final 和 before it (正和, 永和) is the name's. */
function closesName(text: string, p: number): boolean {
  return AFTER_NAME_ONLY[text.charCodeAt(p)] === 1;
}

function conjunctionEndsName(text: string, p: number): boolean {
  return NAME_ENDING_CONJUNCTIONS[text.charCodeAt(p)] === 1 && closesName(text, p + 1);
}

const CLEAR_VERBS = new Set(['和', '与', '及', '是', '系', '为', '因', '称', '说', '等', '在', '于', '被', '向', '对', '将', '的', '拒', '未', '曾', '就', '已']);

/** 贫困户X家的房子, 五保户X户: the household a name heads, which ends it as clearly as a verb (收到 does not: 到 is half of it). */
const HOUSEHOLD_AFTER: ReadonlySet<string> = new Set(['家', '户']);

/** What a doubled given name (欢欢, 亮亮) adds to a three-character reading. */
const DOUBLED_GIVEN_BONUS = 2;

/** A last given character this weak (乘, 城) ends a name less often than it opens a word with the character after it. */
const WEAK_LAST_GIVEN = 1;
/** How much a three-character reading loses when its last character opens a two-character telling word. */
const SPLIT_WORD_PENALTY = 4;
/**
 * Adverbs of the subject's clause (RIGHT_WORDS) whose characters the name lists also hold (又 scores as a given one):
 * before the clause's verb (侯刚又持…, 汤伟也向…) one ends the name; before a mark it is the name's (刘德再，男).
 */
const CLAUSE_ADVERBS = unitTable(['又', '仍', '便', '也', '再', '还', '就']);

/** A reading ending at `e` ends in a clause adverb the clause's verb follows (孙建还|未缴纳, 章伟又|到): it cut the name. */
export function clauseAdverbEnds(text: string, e: number): boolean {
  return CLAUSE_ADVERBS[text.charCodeAt(e - 1)] === 1 && isHanAt(text, e);
}
/** What a word-name after a relation noun and before a verb of speech scores on its characters: a plain name's. */
const SPOKEN_WORD_SCORE = 5;

/** How name-like a three-character reading must be on its characters when what follows decides its boundary. */
const TOLD_MIN_SCORE = 0;

/** A clear telling word starts at `e`: a strong one, a verb (说, 是, 于) or a word of two or more characters (反映, 住在). */
function tellsAt(text: string, e: number, right: Right): boolean {
  return right === 'strong' || (right === 'word' && (CLEAR_VERBS.has(text[e]) || opensRightWord(text, e)));
}

/** A telling word of two or more characters (荣获, 担任, 反映) starts at `p`. */
function opensRightWord(text: string, p: number): boolean {
  const words = RIGHT_WORDS_BY_FIRST.get(text.charCodeAt(p));
  if (words) for (const w of words) if (w.length >= 2 && text.startsWith(w, p)) return true;
  return false;
}

/** Whether what follows `e` ends a name there (a boundary, 、, a telling word such as 说/反映/同志). */
export function toldAfter(text: string, e: number): boolean {
  return rightContext(text, e) !== null;
}

/** Whether a word before `s` introduces a person there (a boundary, 、, or a trigger such as 对/任命/村民). */
export function introducedAt(text: string, s: number): boolean {
  return leftContext(text, s) !== null;
}

const LEFT_BONUS: Record<Exclude<Left, null>, number> = { bound: 1, trigger: 1.5, relation: 1.5, enum: 2, place: 1 };
const RIGHT_BONUS: Record<Exclude<Right, null>, number> = { strong: 6, bound: 1, enum: 2, word: 0.5, open: 0 };
/**
 * After a relation noun with no telling word after the run (我和邻居汪花怡找过…), the run must read as a name
 * on its characters alone, as a name glued to a role label must (names.ts GLUED_MIN_SCORE, one step stricter
 * since prose has no form around it).
 */
const OPEN_MIN_SCORE = 5;
const OPEN_SHORTER_MARGIN = 2.5;

/**
 * Whatever Han character follows a run after a relation noun, unless it makes the run a place (王庄村),
 * a masked name (王某) or half of a dotted name.
 */
function openRight(text: string, e: number): boolean {
  if (!isHanAt(text, e)) return false;
  const c = text.charCodeAt(e);
  // Only a suffix right after the run or one character on makes it a place (图门哈斯嘎查, 巴彦温都尔嘎查); a
  // verb there may be followed by any place later in the clause (汪花怡找过几次村委会, 柯丽萍找到村委会).
  return MASK[c] !== 1 && PLACE_AFTER[c] !== 1 && !placeNameContinues(text, e, 2);
}
/** Total score a candidate needs. Chosen on the development corpus, then left alone for the held-out slice. */
const ACCEPT = 5;
const ACCEPT_TWO_CHAR = 6;
/** How much less a three-character reading needs when a person noun stands before it and a telling word after it. */
const ANCHOR_RELIEF = 3;
/** What 于 and 向 take as prepositions (于凌晨, 于当天, 于心不忍) rather than a given name. */
const PREPOSITION_OBJECTS = ['凌晨', '清晨', '当天', '当日', '次日', '上午', '下午', '中午', '晚上', '夜间', '傍晚', '早上', '心'];
/** Surnames that are also joining words (暨, 亦, 皆). */
const GRAMMAR_SURNAMES = '暨亦皆';
/** Kin words after a family's name (朱家兄弟, 李家姐妹). */
const KIN_PAIRS = ['兄弟', '姐妹', '兄妹', '姐弟'];

const TITLE_LAST = unitTable([...BYLINE_TITLES.map((t) => t[t.length - 1]), ...POST_LAST_CHARS]);

function titleEndsAt(text: string, p: number): boolean {
  if (p === 0 || TITLE_LAST[text.charCodeAt(p - 1)] !== 1) return false;
  for (const t of BYLINE_TITLES) if (p >= t.length && text.startsWith(t, p - t.length)) return true;
  return postEndingAt(text, p) > 0;
}

/** Names a title of office heads, as many as a byline or a list of officials holds (（通讯员 康煌 刘小虎）). */
const TITLED_LIST_HOPS = 4;

/**
 * A title of office right before the name (副市长沙向东, 记者 X), or before the enumeration of short names
 * the name ends (（通讯员 A B）, 局长A、B): the names after a title are all officials of that title.
 */
export function officialBefore(text: string, s: number): boolean {
  // 网格员X因…不再续聘: the post a notice appoints X to or relieves X of (personWords.ts appointedAt).
  if (text.charCodeAt(s - 1) === 0x5458 /* 员 */ && appointedAt(text, s)) return false;
  let p = s;
  for (let hop = 0; hop <= TITLED_LIST_HOPS; hop++) {
    let q = p;
    let listed = false;
    while (q > 0 && p - q < 3) {
      // By code: text[q - 1] would make a new string of a CJK character on every call.
      const c = text.charCodeAt(q - 1);
      if (c === 0x20 || c === 0x3000 || c === ENUM_COMMA) listed = true;
      else if (c !== 0xff1a && c !== 0x3a) break; // ：, :
      q--;
    }
    // An association's 执行委员：A、B is its officer, not a body's (rosters.ts).
    if (titleEndsAt(text, q)) return !inMemberRoster(text, q);
    // Only a name set apart by a space or 、 continues an enumeration; a glued run or a colon ends the walk.
    if (!listed) return false;
    let t = q;
    while (t > 0 && q - t <= 4 && isHanCode(text.charCodeAt(t - 1))) t--;
    if (q - t < 2 || q - t > 4 || titleEndsAt(text, q)) return false;
    p = t;
  }
  return false;
}

/**
 * 书记孙明辉: the official's surname stands between the title and `s`, so a reading from `s` (明辉, the surname read
 * as a kinship noun 孙) is the official's given name. A one-character trigger there (书记和…, 主任与…) is a conjunction.
 */
function officialsSurnameBefore(text: string, s: number): boolean {
  if (s < 3) return false;
  const prev = text.charCodeAt(s - 1);
  return (TRIGGER_FLAGS[prev] & 1) === 0 && SINGLE_SURNAMES.has(text[s - 1]) && titleEndsAt(text, s - 1);
}

/**
 * 村党支部书记A、帮教志愿者B与他结成帮教小组 / 副所长A、调解员B到场: a helper listed right after an official, each with
 * the noun of their part, serves with that official (…者, …员 of a service; a party member, 党员, is no service).
 * So does a trained hand of the same body listed after its head (站长A、采血护士B, 院长A、乡村医生B, 校长A、教师B): the
 * body's own news shows its staff at work; a 主治医生X a citizen's letter names stands beside no official and stays.
 * Reads back at most HELPER_NOUN + 4 characters and asks the title before the official's name.
 */
const HELPER_NOUN = 6;
const HELPER_HEADS = unitTable(['者', '员', '士', '师', '生', '医']);
const NOT_HELPERS = [
  '党员', '学员', '会员', '社员', '患者', '老者', '长者', '记者',
  // Learners, courtesy and degrees, the fallen, and a firm's counsel name no body's hand.
  '学生', '考生', '新生', '男生', '女生', '先生', '女士', '男士', '人士', '博士', '硕士', '学士', '院士', '烈士', '战士', '律师',
];

export function helperBesideOfficial(text: string, s: number): boolean {
  if (s < 4 || HELPER_HEADS[text.charCodeAt(s - 1)] !== 1) return false;
  let c = s - 1;
  while (c > 0 && s - c <= HELPER_NOUN && isHanCode(text.charCodeAt(c - 1))) c--;
  if (text.charCodeAt(c - 1) !== ENUM_COMMA || s - c < 2) return false;
  for (const w of NOT_HELPERS) if (text.startsWith(w, s - w.length)) return false;
  const comma = c - 1;
  for (let len = 2; len <= 4 && comma - len > 0; len++) {
    if (!isHanAt(text, comma - len)) return false;
    if (titleEndsAt(text, comma - len)) return true;
  }
  return false;
}

function clauseStart(text: string, s: number, max: number): number {
  let p = s;
  const limit = Math.max(0, s - max);
  while (p > limit) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x3002 /* 。 */ || c === 0x0a || c === 0xff1b /* ； */ || c === 0x3b /* ; */) break;
    p--;
  }
  return p;
}

const CONTACT_LABEL_RE = /联[ \u3000]*系[ \u3000]*人/g;

/**
 * Police and duty officers named as such (执勤民警：X（警号：…）, 办案民警X、Y, 值班人员X) act in office. Unlike
 * 执法人员, these nouns also stand in sentences about a private person (民警将张某带回), so only a name right
 * after the noun, or later in the enumeration it heads, is the officer's.
 */
const OFFICER_NOUNS = ['民警', '交警', '辅警', '警官', '执勤人员', '值班人员', '值班员', '办案人员', '协管员'];

function officerBefore(text: string, from: number, s: number): boolean {
  let k = -1;
  let noun = '';
  // Within the clause only (at most 40 characters): a search over the whole text would make the scan quadratic.
  const before = text.slice(from, s);
  for (const n of OFFICER_NOUNS) {
    const j = before.lastIndexOf(n);
    const i = j < 0 ? -1 : from + j;
    if (i >= 0 && i + n.length > k + noun.length) {
      k = i;
      noun = n;
    }
  }
  if (k < 0) return false;
  let p = k + noun.length;
  while (p < s && (text[p] === '：' || text[p] === ':' || text[p] === ' ' || text[p] === '\u3000')) p++;
  if (p === s) return true;
  // 办案民警：刘志军、陈海涛 — the names before this one are an enumeration of 2–4 characters each.
  if (text[s - 1] !== '、') return false;
  for (const seg of text.slice(p, s - 1).split('、')) if (seg.length < 2 || seg.length > 4 || ![...seg].every((c) => isHanCode(c.charCodeAt(0)))) return false;
  return true;
}

/**
 * The 法定代表人 of a public body (被申请人：…自然资源局 … 法定代表人：X，局长 / X，该区人民政府区长) is its head
 * acting in office, not a private person; a company's (X，该公司董事长) stays reported.
 */
const HEAD_LOOKAHEAD = 16;

export function headsPublicBody(text: string, end: number): boolean {
  if (text[end] !== '，' && text[end] !== ',') return false;
  let q = end + 1;
  const limit = Math.min(text.length, q + HEAD_LOOKAHEAD);
  while (q < limit && isHanCode(text.charCodeAt(q))) q++;
  const title = text.slice(end + 1, q);
  if (title.includes('公司') || title.includes('企业') || title.includes('合作社')) return false;
  return postEndingAt(title, title.length) > 0;
}

/**
 * Verbs that take goods (帮邻居修海尔洗衣机): a run they open before goods is the verb and a brand, even after a person
 * noun; otherwise goods after an anchored name are its owner's (村民王建国电脑被盗).
 */
const HANDLING_VERBS = '修买卖送换装';
/** Verbs that govern what a quotation after it is done to or for (给花田“号脉”, 为严冬“送暖”, 帮X“把关”). */
const BENEFACTIVE_BEFORE = chars.unitTable('给为帮替'.split(''));

/** True when a staff label ends right at `p` (制表：村会计|, 经办人：|, with the colon and blanks skipped). */
export function staffLabelEndsAt(text: string, p: number): boolean {
  let q = p;
  while (q > 0 && p - q < 3 && (text[q - 1] === '：' || text[q - 1] === ':' || text[q - 1] === ' ' || text[q - 1] === '\u3000' || text[q - 1] === '\t')) q--;
  // 现场负责人X is the inspected business's person present, not the body's (PRIVATE_IN_CHARGE).
  // The clerks of a form (核查人：X, 录入员：Y) only right before their name: 调查员 earlier in a clause may name a visit to a household.
  // 被核查人, 被复核人, 被调查人 are the person the duty is done to, not its clerk.
  const at = (l: string): boolean => text.startsWith(l, q - l.length) && text[q - l.length - 1] !== '被';
  const labelled = OFFICIAL_LABELS.some(at) || STAFF_ROLE_HEADINGS.some(at) || (q < p && dutyStaffEndsAt(text, q));
  // 网格员X因…不再续聘: a notice of X's appointment or leaving names the post, not the staff acting in it.
  return labelled && !(text.charCodeAt(q - 1) === 0x5458 /* 员 */ && q === p && appointedAt(text, p)) && !PRIVATE_IN_CHARGE.some((w) => text.startsWith(w, q - w.length)) && !tradesInCharge(text.slice(Math.max(0, q - 20), q));
}

/** A list's earlier members (调查人：刘强、|孙明): names of two to four characters, each closed by 、. */
const LISTED_BEFORE = /^(?:[\u4e00-\u9fff]{2,4}、)+$/;
/**
 * True when `s` stands in a list right after a staff label and its colon (调查人：刘强、孙明, 核查人：黎建平、鲍春来): the
 * label names every member, as it names the first, so one list is never split between staff and persons.
 */
function staffListAfterLabel(text: string, from: number, s: number): boolean {
  let colon = s - 1;
  while (colon >= from && text[colon] !== '：' && text[colon] !== ':') colon--;
  return colon >= from && LISTED_BEFORE.test(text.slice(colon + 1, s)) && staffLabelEndsAt(text, colon + 1);
}

/** True when the clause before `s` names the body's staff (执法人员：王某、李某), or 执法证号 follows. */
/**
 * 负责人 qualified by the scene or the facts (网吧现场负责人X, 实际负责人X) is the inspected business's person
 * present, not the body's: the label is read without them.
 */
const PRIVATE_IN_CHARGE = ['现场负责人', '实际负责人', '现场责任人',
  // a villager hired to walk a dam, a dyke or a forest (巡查责任人X因外出务工…), as 护林员 is (personWords.ts)
  '巡查责任人', '巡护责任人', '看护责任人'];

/**
 * A trade's or a company's own 负责人 (…生猪养殖场（负责人：X）, 清算组负责人：X, …宠物店负责人X) is the business's person,
 * like the one present at an inspection, not a body's: the trade's noun stands right before the label, glued or
 * with a bracket opened between.
 */
const TRADE_ENDS = [...FIRM_NOUNS, ...SHOP_NOUNS, '超市', '经营部', '清算组', '作坊', '店', '厂', '场', '铺', '馆',
  // private premises of care and craft (…大药房, …口腔诊所, …设计工作室), as licensed trades name themselves
  '药房', '诊所', '工作室'];

function tradesInCharge(tail: string): boolean {
  for (const label of ['负责人', '责任人']) {
    if (!tail.endsWith(label)) continue;
    let b = tail.length - label.length;
    if (tail[b - 1] === '（' || tail[b - 1] === '(') b--;
    const owner = tail.slice(0, b);
    // 现场 and 市场 end in 场 but name a scene or a market's own office, which stay what they were.
    return TRADE_ENDS.some((w) => owner.endsWith(w)) && !owner.endsWith('现场') && !owner.endsWith('市场');
  }
  return false;
}

export function actingInOffice(text: string, s: number, e: number, kinBefore = false): boolean {
  // 执法人员X（执法证号：…）现场检查时，当事人的妻子Y正…: a person noun right before the name names that person;
  // the officers earlier in the clause are others (as the label right before a 负责人 governs it, below).
  const from = kinBefore ? s : clauseStart(text, s, 40);
  let before = text.slice(from, s);
  if (before.includes('负责人') || before.includes('责任人')) {
    // The label right before the name is the one that names it: officers earlier in the sentence are others.
    const tail = before.endsWith('为') || before.endsWith('：') || before.endsWith(':') ? before.slice(0, -1) : before;
    if (PRIVATE_IN_CHARGE.some((q) => tail.endsWith(q)) || tradesInCharge(tail)) before = '';
    else for (const q of PRIVATE_IN_CHARGE) before = before.split(q).join('');
  }
  // A person noun right before the name (网格员入户走访了独居老人X) says who X is: a staff label earlier in the clause is
  // someone else's. One right before the name (经办人：X) still makes X staff.
  if (!personNounBefore(text, s) || staffLabelEndsAt(text, s)) for (const l of OFFICIAL_LABELS) if (before.includes(l)) return true;
  if (staffListAfterLabel(text, from, s)) return true;
  // 負 責 人　X: forms space a label's characters out.
  if (before.includes(' ') || before.includes('\u3000')) {
    const compact = before.replace(SPACES_RE, '');
    for (const l of OFFICIAL_LABELS) if (compact.includes(l)) return true;
    // 審　判　長　X at the foot of a ruling: a title of office spaced out to the width of the longest one.
    // A roster's indented 执行委员：X is no spaced-out title, and the organisation's officer (rosters.ts).
    if (spacedTitleEnds(compact) && !afterMemberRosterLabel(text, s)) return true;
  }
  if (postedBy(text, e)) return true;
  if (onOfficialsSignatureLine(text, s) || photoCredit(text, s, e)) return true;
  if (titleInBrackets(text, e)) return true;
  if (deskInBrackets(text, s, e)) return true;
  // 联系人, also spaced out as forms print it (联 系 人：).
  let contact = -1;
  if (before.includes('系')) {
    CONTACT_LABEL_RE.lastIndex = 0;
    for (let m = CONTACT_LABEL_RE.exec(before); m !== null; m = CONTACT_LABEL_RE.exec(before)) contact = m.index;
  }
  if (contact >= 0 && isBodyContact(text, from + contact)) return true;
  if (officerBefore(text, from, s) || dutyStaffHeads(text, s)) return true;
  if (/法定代表人[：:\s]*$/.test(before) && headsPublicBody(text, e)) return true;
  const after = text.slice(e, e + 6);
  return OFFICIAL_AFTER.some((w) => after.startsWith(w) || after.startsWith(`，${w}`) || after.startsWith(` ${w}`));
}

const SPACES_RE = /[ \u3000]/g;

/** （X 摄）, （X　摄）, X/摄: a photographer's credit names the press's staff, as （记者 X） does. */
function photoCredit(text: string, s: number, e: number): boolean {
  let q = e;
  while (q < text.length && q - e < 2 && (text[q] === ' ' || text[q] === '\u3000' || text[q] === '/' || text[q] === '／')) q++;
  if (text[q] !== '摄') return false;
  const next = text[q + 1];
  return next === undefined || next === '）' || next === ')' || next === '\n' || next === ' ' || next === '\u3000';
}

function spacedTitleEnds(compact: string): boolean {
  const bare = compact.endsWith('：') || compact.endsWith(':') ? compact.slice(0, -1) : compact;
  return bare.length >= 2 && titleEndsAt(bare, bare.length);
}
/** A reply's posting record: the clerk's name, then the date and the time it went online (X　2025-7-18 09:44). */
const POSTED_RE = /^[ \u3000\t]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000\t]+\d{1,2}:\d{2}/;

/** 王建国（县长）, 李强（副县长）: an official's title in brackets right after the name. */
function titleInBrackets(text: string, e: number): boolean {
  if (text[e] !== '（' && text[e] !== '(') return false;
  let q = e + 1;
  while (q < text.length && q - e <= 10 && isHanAt(text, q)) q++;
  return (text[q] === '）' || text[q] === ')') && q > e + 1 && titleEndsAt(text, q);
}

function postedBy(text: string, e: number): boolean {
  return (text[e] === ' ' || text[e] === '\u3000' || text[e] === '\t') && POSTED_RE.test(text.slice(e, e + 24));
}

/**
 * True when the Han run from `e` runs within a few characters into a document number (金寨政任〔2021〕9号):
 * the candidate is the issuer's abbreviation, not a person.
 */
function documentNumberPrefix(text: string, e: number): boolean {
  let q = e;
  while (q < text.length && q - e < 4 && isHanAt(text, q)) q++;
  const c = text[q];
  return (c === '〔' || c === '[' || c === '［' || c === '【') && isDigitAt(text, q + 1);
}

/**
 * 明正律师事务所: the title 律师 opening a firm's name says no person before it. 溆阳正和律师事务所: a trade name's last
 * character (和, 信, 达) may stand between the run and the suffix. Grammar there (X在…, X与…, X的…) joins a person
 * to a bare firm; so does 和 after a boundary or a person noun (经查，X和律师事务所, 村民X和…), while a trade name
 * runs on from the words before it (指派浈阳泰和律师事务所).
 */
const FIRM_SUFFIXES = ['律师事务所', '会计师事务所', '事务所', '有限公司', '有限责任公司'];
const FIRM_GRAMMAR = chars.unitTable('在的与及向到同跟给对为是系'.split(''));
const HE = 0x548c; // 和

function firmNamed(text: string, s: number, e: number): boolean {
  if (text.startsWith('律师事务所', e)) return true;
  const c = text.charCodeAt(e);
  if (!isHanAt(text, e) || FIRM_GRAMMAR[c] === 1) return false;
  if (c === HE && (!isHanAt(text, s - 1) || personNounEndsAt(text, s))) return false;
  for (const w of FIRM_SUFFIXES) if (text.startsWith(w, e + 1)) return true;
  return false;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const JAN = 0x6c5f; // 江

/** A transliterated name made of known parts starting at `s` (乌云达来, 哈斯其木格); its length or 0. */
function transliteratedAt(text: string, s: number): number {
  let pos = s;
  let parts = 0;
  for (;;) {
    const part = partAt(text, pos);
    if (!part) break;
    pos += part.length;
    parts++;
    if (pos < text.length && NAME_DOT[text.charCodeAt(pos)] === 1 && partAt(text, pos + 1)) pos++;
    // 吐尔洪江库尔班: a Uyghur given name in -江 (-jan) run together with the father's name, no dot between them.
    else if (text.charCodeAt(pos) === JAN && partAt(text, pos + 1)) pos++;
    if (pos - s > 10) return 0;
  }
  const len = pos - s;
  if (len < 2) return 0;
  const run = text.slice(s, pos);
  if (isCommonWord(run)) return 0;
  // A single two-character part (乌云, 哈斯) is as often a word as a name; it needs two parts or three characters.
  if (parts === 1 && len < 3) return 0;
  return len;
}

const TRANSLIT_CHARS = unitTable(TRANSLITERATED_NAME_PARTS.join(''));
const LOOSE_MAX = 8;

/**
 * A transliterated name with syllables the part list lacks (恩克巴雅尔, 苏日古嘎, 其木德道尔吉): a run of 3–8
 * characters that transliterations use, holding a known part of two or more characters, that a telling word
 * ends; the longest such run, or 0. Only asked after a relation noun or a trigger.
 */
function looseTransliteratedAt(text: string, s: number): number {
  let q = s;
  while (q < text.length && q - s < LOOSE_MAX && TRANSLIT_CHARS[text.charCodeAt(q)] === 1) q++;
  for (let e = q; e - s >= 3; e--) {
    const run = text.slice(s, e);
    // 包图雅和家住…: a conjunction or verb (和, 与, 是) ends no name, though transliterations use it.
    if (CLEAR_VERBS.has(run[run.length - 1]) || isCommonWord(run) || PLACE_SUFFIXES.some((suf) => run.endsWith(suf)) || rightContext(text, e) === null) continue;
    for (let k = s; k < e - 1; k++) {
      const part = partAt(text, k);
      if (part !== undefined && part.length >= 2 && k + part.length <= e) return e - s;
    }
  }
  return 0;
}

/**
 * Names written with a name dot (艾热提·马木提, 巴依卡·凯力迪别克): Han runs of 2–8 characters on both sides of
 * the dot, the whole set apart by a boundary or telling word before and after.
 */
function dottedNames(text: string, out: ProseName[]): void {
  DOT_RE.lastIndex = 0;
  for (let m = DOT_RE.exec(text); m !== null; m = DOT_RE.exec(text)) {
    const d = m.index;
    if (!isHanAt(text, d - 1) || !isHanAt(text, d + 1)) continue;
    let s = d;
    while (s > 0 && d - s < 8 && isHanAt(text, s - 1)) s--;
    let e = d + 1;
    while (e < text.length && (isHanAt(text, e) || (NAME_DOT[text.charCodeAt(e)] === 1 && isHanAt(text, e + 1))) && e - d < 16) e++;
    for (let k = d - 2; k > s; k--) {
      if (LEFT_TRIGGER_SET.has(text[k - 1]) || [2, 3, 4].some((n) => k - n >= s && LEFT_TRIGGER_SET.has(text.slice(k - n, k)))) {
        s = k;
        break;
      }
    }
    e = dottedEnd(text, d, e);
    if (d - s < 2 || e - d - 1 < 2) continue;
    // “学雷锋·树新风”, 《…·…》: a quoted run joined by a dot is a slogan or a title unless known name parts make its head.
    if (s > 0 && chars.QUOTE_OPEN[text.charCodeAt(s - 1)] === 1 && chars.QUOTE_CLOSE[text.charCodeAt(e)] === 1 && partAt(text, s) === undefined) continue;
    if (leftContext(text, s) === null || rightContext(text, e) === null) continue;
    out.push({ start: s, end: e, surname: '' });
    DOT_RE.lastIndex = e;
  }
}
const DOT_RE = /[·•・．]/g;

/**
 * Where the part after the name dot ends in a run that goes on (阿依古丽·买买提三人被评为…): after the known
 * parts when they cover it and a telling word follows, else at the first telling word two characters on;
 * the whole run when neither says where the name stops.
 */
function dottedEnd(text: string, d: number, e: number): number {
  let pos = d + 1;
  for (;;) {
    const part = partAt(text, pos);
    if (!part || pos + part.length > e) break;
    pos += part.length;
  }
  if (pos - d - 1 >= 2 && pos < e && rightContext(text, pos) !== null) return pos;
  for (let k = d + 3; k < e; k++) {
    const r = rightContext(text, k);
    if (r === 'strong' || (r === 'word' && (CLEAR_VERBS.has(text[k]) || opensRightWord(text, k)))) return k;
  }
  return e;
}

/**
 * `triggers`: the scan of the text (present.ts): its classes (without a name dot there are no dotted
 * names to look for) and the positions where a name can start, the only ones visited.
 */
export function findProseNames(text: string, hintSurnames: ReadonlySet<string>, triggers: Triggers): ProseName[] {
  const out: ProseName[] = [];
  // Most texts hold no name dot, and share one empty list rather than allocate one each.
  let dotted: readonly ProseName[] = NO_DOTTED;
  if (has(triggers.present, NAME_DOT_PRESENT)) {
    const found: ProseName[] = [];
    dottedNames(text, found);
    dotted = found;
  }
  const starts = triggers.nameStarts;
  const startCount = triggers.nameStartCount;
  let nextStart = 0;
  let nextDotted = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The next position a name can start at and something before may introduce, or the next dotted name if it comes first.
    while (nextDotted < dotted.length && dotted[nextDotted].start < i) nextDotted++;
    const stop = nextDotted < dotted.length ? dotted[nextDotted].start : n;
    // A start at 0 has nothing before it: reading the unit at -1 gives NaN, and one NaN key sends every read of the table down V8's slow path.
    while (nextStart < startCount && (starts[nextStart] < i || (starts[nextStart] > 0 && UNINTRODUCED[text.charCodeAt(starts[nextStart] - 1)] === 1))) nextStart++;
    const candidate = nextStart < startCount ? starts[nextStart] : n;
    i = candidate < stop ? candidate : stop;
    if (i >= n) break;
    if (i === stop) {
      out.push(dotted[nextDotted]);
      i = dotted[nextDotted].end;
      nextDotted++;
      continue;
    }
    const flags = STARTS[text.charCodeAt(i)];
    if ((flags & 7) === 0) {
      i++;
      continue;
    }
    const left = leftContext(text, i);
    if (left === null) {
      i++;
      continue;
    }
    const c = text[i];
    const surname = (flags & 2) !== 0 ? surnameAt(text, i) : (flags & 1) !== 0 ? c : '';
    if ((!surname && (flags & 4) === 0) || officialBefore(text, i) || officialsSurnameBefore(text, i) || helperBesideOfficial(text, i)) {
      i++;
      continue;
    }
    let best: ProseName | null = null;
    let tl = (flags & 4) !== 0 ? transliteratedAt(text, i) : 0;
    // 伦珠（藏族）: one two-character part is a name when a sex or nationality in brackets says so.
    if (tl === 0 && (flags & 4) !== 0) {
      const part = partAt(text, i);
      if (part !== undefined && part.length === 2 && rightContext(text, i + 2) === 'strong' && !isCommonWord(part)) tl = 2;
    }
    // 牧民恩克巴雅尔反映…: after a relation noun or a trigger, a run of transliteration syllables holding a known part.
    if (tl === 0 && (flags & 4) !== 0 && (left === 'relation' || left === 'trigger')) tl = looseTransliteratedAt(text, i);
    if (tl > 0) {
      const right = rightContext(text, i + tl) ?? (left === 'relation' && openRight(text, i + tl) ? 'open' : null);
      if (right !== null && !ORGANISATION_SUFFIXES.some((suf) => text.startsWith(suf, i + tl))) best = { start: i, end: i + tl, surname: '' };
    }
    if (!best && surname) {
      let bestScore = -Infinity;
      let bestOpen = false;
      // The end of a three-character reading a telling word follows, though it scored too low alone (陈麦穗|反映).
      let toldEnd = -1;
      for (let g = 2; g >= 1; g--) {
        const e = i + surname.length + g;
        if (e > n) continue;
        let ok = true;
        for (let k = i + surname.length; k < e; k++) if (!isHanAt(text, k) || MASK[text.charCodeAt(k)] === 1) ok = false;
        if (!ok) continue;
        let right = rightContext(text, e);
        if (right === null && left === 'relation' && openRight(text, e)) right = 'open';
        if (right === null) continue;
        const name = text.slice(i, e);
        const given = name.slice(surname.length);
        // 冷欢|欢: a reading that splits a doubled given name (欢欢, 亮亮) ends inside the name.
        if (g === 1 && text.charCodeAt(e) === text.charCodeAt(e - 1)) continue;
        // 给麦田“把脉开方”: a quotation opening right after a two-character run a benefactive verb governs (给, 为, 帮)
        // quotes what is done to a thing, as after an ordinary word; a name before a quotation (张伟“借用”…) is
        // the person who did what the quote says.
        if (g === 1 && left !== 'relation' && chars.QUOTE_OPEN[text.charCodeAt(e)] === 1 && (BENEFACTIVE_BEFORE[text.charCodeAt(i - 1)] === 1 || isCommonWord(name))) continue;
        if (TITLES.some((t) => given.startsWith(t) || t.startsWith(given))) continue; // 李先生 names nobody
        if (g === 2 && TITLES.some((t) => name.startsWith(t))) continue; // 司机师傅请…: a form of address, not a name
        // An ordinary word (荣誉, 高度, 万元) is a name only when the text says so outright (高峰同志, 高峰，男).
        // 老人 after a word describes the elder (高龄老人, 空巢老人); it says a name only after a name.
        // 村民全胜说: a word after a relation noun that speaks is a person (wordNames.ts), scored as a name.
        // 住在县城的居民反映: a person noun itself (居民, 农民工) names the class, not a person.
        if (PERSON_NOUN_SET.has(name)) continue;
        // 低保户暨五保户: 暨 (and 亦, 皆) joining two nouns of one head (户 … 户) is the joining word, not a surname.
        if (GRAMMAR_SURNAMES.includes(surname) && i > 0 && text[i - 1] === text[e]) continue;
        // 房东向租客说明: a given part that is itself a person noun is the object of a preposition, not a name.
        if (PERSON_NOUN_SET.has(given)) continue;
        // 贺兰山牧|民: a reading whose last character opens a person noun (牧民, 农民) cuts that noun; and a run that only
        // a relation noun before it allows, glued to residents (贺兰山|牧民), is the place they live in.
        if (RESIDENT_NOUN_SET.has(text.slice(e - 1, e + 1)) || (right === 'open' && residentsAt(text, e))) continue;
        // 大爷于心不忍, 孕妇于凌晨分娩: 于 and 向 before a time word or 心 are prepositions.
        if ((surname === '于' || surname === '向') && PREPOSITION_OBJECTS.some((w) => text.startsWith(w, i + 1))) continue;
        // 孙子沈家乐, 岳父韩国庆: a reading that opens with a kinship word before a surname is the relation, not a name;
        // the relative's name starts after it (孙子涵 stays: no surname follows 孙子).
        if (g === 2 && isKinshipWord(name.slice(0, 2)) && surnameAt(text, i + 2) !== '') continue;
        // 朱家兄弟: a reading that cuts a kin word (兄弟, 姐妹) or is a family's 某家 before it names a family.
        if (KIN_PAIRS.some((w) => text.startsWith(w, e - 1) || (given === '家' && text.startsWith(w, e)))) continue;
        const spoken = g === 1 && left === 'relation' && isCommonWord(name) && spokenWordName(text, i);
        if ((right !== 'strong' || text.startsWith('老人', e)) && isCommonWord(name) && !spoken) continue;
        if (right === 'strong' && PUBLIC_FIGURE_SET.has(name)) continue;
        // After a person noun or a dwelling or age clause, with a telling word or a boundary after the run, the
        // structure carries the name: a given name of a class (九斤, 四海, 芒种) counts as a given word, and the
        // characters need less evidence (ANCHOR_RELIEF) — what follows has decided where the name ends.
        const personBefore = left === 'relation' && g === 2 && !isCommonWord(name.slice(0, 2));
        const anchored = personBefore && (right === 'bound' || right === 'enum' || tellsAt(text, e, right) || (right === 'word' && HOUSEHOLD_AFTER.has(text[e])));
        const classGiven = personBefore && isAnchoredGivenWord(given, anchored, text.charAt(e));
        const plain = g === 2 && closesName(text, e) ? nameScoreBeforeMark(name, surname) : nameScore(name, surname);
        const charScore = spoken ? SPOKEN_WORD_SCORE : classGiven ? Math.max(plain, surnameWeight(surname) + GIVEN_WORD_SCORE) : plain;
        // With nothing after it to say so, a run that opens with a word (学生安心学习) is that word.
        // 他的儿子金文斌代表…: right after a kinship word, a run whose characters read clearly as a name (a strong last given
        // character) is one though its first two make a rare word (金文).
        if (right === 'open' && (charScore < OPEN_MIN_SCORE || (g === 2 && isCommonWord(name.slice(0, 2)) && !clearNameAfterKin(text, i, charScore, given)))) continue;
        // 自主创业（农家乐）, 配套建设（农家院）: a bracket that explains the word before it holds a kind, and a run that
        // opens with a word (农家) is that word's compound; a name in brackets there has a sex, a kinship or a post.
        if (g === 2 && right === 'bound' && explainingBracket(text, i, e) && isCommonWord(name.slice(0, 2))) continue;
        let score = charScore + LEFT_BONUS[left] + RIGHT_BONUS[right];
        // 邵彩荣获…: the last given character may open the telling word (荣获, 担任) instead of ending the name.
        if (g === 2 && opensRightWord(text, e - 1)) score -= SPLIT_WORD_PENALTY;
        // 乘客卢芳乘车…: with nothing after it to end the name, a last given character names rarely end in (乘, 城: the
        // model's floor lifts every common one) opens the verb that follows (乘车, 进城), as the telling words' do.
        // A given name that is a word (谷解放, 潘红旗) is whole whatever its last character scores, and so is one grammar
        // follows (皇甫香草把…): 把 opens the predicate, and 草把 is no verb.
        else if (g === 2 && right === 'open' && givenScore(given[1]) <= WEAK_LAST_GIVEN && givenScore(text[e]) > NEVER_SCORE && !isCommonWord(given) && !GIVEN_NAME_WORDS.has(given)) score -= SPLIT_WORD_PENALTY;
        // 侯玉林之子侯刚又持…: an adverb that goes on with the clause (又, 也, 还 …) before a verb ends the name, not its given part.
        if (g === 2 && clauseAdverbEnds(text, e)) score -= SPLIT_WORD_PENALTY;
        if (hintSurnames.has(surname)) score += 3;
        // A doubled given name (冷欢欢, 任亮亮) is a pattern of given names the character model does not see.
        if (g === 2 && given.charCodeAt(0) === given.charCodeAt(1)) score += DOUBLED_GIVEN_BONUS;
        // 2-char names are harder to tell from words; a trailing word glued on (王强调) is not a boundary.
        const need = g === 1 ? ACCEPT_TWO_CHAR : anchored ? ACCEPT - ANCHOR_RELIEF : ACCEPT;
        // A reading with a telling word after it (汤安财位于) beats one that only a relation noun allows (汤安|财).
        const open = right === 'open';
        // Both open (村民马梅金握着…): the two-character reading must read clearly better, as most names have three.
        const better = score > bestScore + (open && bestOpen && g === 1 ? OPEN_SHORTER_MARGIN : 0);
        if (score >= need && (best === null || (bestOpen && !open) || (bestOpen === open && better))) {
          bestScore = score;
          bestOpen = open;
          best = { start: i, end: e, surname };
        } else if (g === 2 && score < need && charScore >= TOLD_MIN_SCORE && tellsAt(text, e, right)) toldEnd = e;
      }
      // 居民葛禾收说 / 居民陈麦穗反映: the two-character reading only a person noun allows (葛禾|收说) loses to the
      // three-character one a telling word ends: what follows decides the boundary, not the model alone.
      if (best !== null && bestOpen && toldEnd === best.end + 1) best = { start: i, end: toldEnd, surname };
      // 龙正和（苗族）, 江永和、…: a conjunction no name or noun follows joins nothing; it ends the given name (正和, 永和).
      if (best !== null && best.end === i + surname.length + 1 && conjunctionEndsName(text, best.end)) best = { start: i, end: best.end + 1, surname };
    }
    // A title of office read on its characters (苏木达 as 苏 + 木达) names the office, not a person.
    // A person noun right before the name (妻子, 退休人员) speaks for it, unless it is a staff label itself (值班人员).
    if (best && !actingInOffice(text, best.start, best.end, left === 'relation' && !staffLabelEndsAt(text, i)) && !documentNumberPrefix(text, best.end) && !namesThingAfter(text, best.end, left === 'relation' && !HANDLING_VERBS.includes(text[best.start])) && !(rightContext(text, best.end) === null && shopAfter(text, best.end)) && !isOfficialTitle(text.slice(best.start, best.end)) && !firmNamed(text, best.start, best.end) && !meritCited(text, best.start, best.end) && !quotedNickname(text, best.start, best.end) && !teachingAfter(text, best.end, PUBLIC_FIGURE_SET.has(text.slice(best.start, best.end)))) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return sexFramedNames(text, unknownSurnameNames(text, out));
}

const NO_DOTTED: readonly ProseName[] = [];

/**
 * 1 for the units a person anchor ends in: the last character of a listed person noun or clause, a derived noun's
 * head (personWords.ts), and 的 (a dwelling or an age clause). The pass below reads one byte per character.
 */
const ANCHOR_LAST = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if ((TRIGGER_FLAGS[c] & 11) !== 0) ANCHOR_LAST[c] = 1;
ANCHOR_LAST[DE] = 1;
/** What the model gives a character that is grammar or ends places (的, 局, 村): never a name's. */
const NEVER_SCORE = -20;
/** The word-like surnames (wordSurnames.ts) by code unit: vocabulary, but their table says they are surnames too. */
const WORD_SURNAME_UNITS = unitTable([...WORD_SURNAMES]);

/**
 * A person anchor strong enough to carry a surname no table holds: a listed person noun (农民工, 其妻, 女儿), a derived
 * one of the heads that name a person and nothing else (…人, …人员, …者, …户, …主: 刑满释放人员, 承租人), or a clause in
 * 的 that only a person ends (a dwelling, an age, a shared village). Not a head such as 民 or 工 glued to a word
 * (派出所民警: 所民 is no noun, 警 no surname).
 */
const SURE_HEADS = unitTable('人员者户主'.split(''));

/** `trigger`: a function word or verb that introduces a person (对, 将, 我叫, 通知): enough only before a telling word. */
type Anchor = 'listed' | 'derived' | 'clause' | 'trigger' | null;

function personAnchorBefore(text: string, s: number): Anchor {
  const prev = text.charCodeAt(s - 1);
  if (prev === DE) return leftContext(text, s) === 'relation' ? 'clause' : null;
  const list = s >= 2 ? LONG_TRIGGERS_BY_END.get(pairKey(text.charCodeAt(s - 2), prev)) : undefined;
  if (list) for (const t of list) if (s >= t.word.length && text.startsWith(t.word, s - t.word.length)) return t.left === 'relation' ? 'listed' : 'trigger';
  if ((TRIGGER_FLAGS[prev] & 1) !== 0) return 'trigger';
  return SURE_HEADS[prev] === 1 && personNounEndsAt(text, s) ? 'derived' : null;
}

/**
 * 农民工菅文举带着…, 其妻恽丫丫凭…, 刑满释放人员朔三毛，: a person noun (or a dwelling or age clause) before three Han
 * characters that a telling word or a boundary ends says a person stands there, though the first character is in no
 * surname table (the census holds thousands; examiners and registers use the rare ones). The two given characters
 * must carry a name on their own (model/index.ts unlistedSurnameName, a class name such as 三毛), and the first must
 * be a rare character (no vocabulary: 电工作业 and 残疾人证 open words) and start no name the main pass read.
 * One table read per character; the rest only at anchors. `found` is in text order, and so is the result.
 */
/** How name-like each given character of a spoken name with a vocabulary first character must be (wordNames.ts's floor). */
const SPOKEN_GIVEN_MIN = 3;
/** The first units of the verbs of speech: most runs are followed by none, decided on one unit before any string compare. */
const SPEECH_FIRST = chars.unitTable(SPEECH.map((w) => w[0]));

function spokenVocabularyName(name: string): boolean {
  return !isCommonWord(name.slice(0, 2)) && givenScore(name[1]) >= SPOKEN_GIVEN_MIN && givenScore(name[2]) >= SPOKEN_GIVEN_MIN;
}

function unknownSurnameNames(text: string, found: ProseName[]): ProseName[] {
  let extra: ProseName[] | null = null;
  let k = 0;
  for (let p = 0; p + 3 < text.length; p++) {
    if (ANCHOR_LAST[text.charCodeAt(p)] !== 1) continue;
    const s = p + 1;
    const c = text.charCodeAt(s);
    // A known surname or part was read by the main pass; a non-Han unit or a trigger opens no name here.
    if (!isHanCode(c) || STARTS[c] !== 0 || UNINTRODUCED[c] === 0 || !isHanCode(text.charCodeAt(s + 1)) || !isHanCode(text.charCodeAt(s + 2))) continue;
    // A word-like surname (咸, 水, 国: wordSurnames.ts) is vocabulary too, but its table says it is a surname.
    // A rare one that is no vocabulary (玄, 弋) reads as any surname no table holds.
    const wordLike = WORD_SURNAME_UNITS[c] === 1 && isVocabularyCode(c);
    // 店主良俊杰说: a listed person noun before and a verb of speech closing three characters make a name of them though
    // the first character is vocabulary (良, 来); its given two must read as a name's (spokenVocabularyName).
    const spoken = !wordLike && isVocabularyCode(c) && SPEECH_FIRST[text.charCodeAt(s + 3)] === 1 && SPEECH.some((w) => text.startsWith(w, s + 3)) && personAnchorBefore(text, s) === 'listed';
    // 由其女儿力晓燕持…: a kinship word is as sure an anchor as a verb of speech is, when a telling word ends the run.
    const kin = !wordLike && !spoken && isVocabularyCode(c) && kinshipEndsAt(text, s);
    if (isVocabularyCode(c) && !wordLike && !spoken && !kin) continue;
    const e = s + 3;
    const surname = text[s];
    const name = text.slice(s, e);
    if (givenScore(surname) <= NEVER_SCORE || isCommonWord(name)) continue;
    const right = rightContext(text, e);
    const given = name.slice(1);
    const score = nameScore(name, surname);
    // With no telling word after it (女儿朔思雨正读…), the given part must read as a name as clearly as prose asks of
    // a run after a person noun (OPEN_MIN_SCORE), and only a listed noun may stand before (为献血者佩戴绶带 is a verb).
    const open = right === null;
    // 其母亲召小红代为申请: after a kinship word, a two-character word right after the run (代为, 居住) ends it, as a
    // telling word would; the run's last two characters must then make no word themselves.
    const kinWordAfter = kin && open && isCommonWord(text.slice(e, e + 2)) && !isCommonWord(given) && !isCommonWord(text.slice(e - 1, e + 1));
    if (open && (kin ? !kinWordAfter : !(score >= OPEN_MIN_SCORE && openRight(text, e)))) continue;
    const byClass = !open && isAnchoredGivenWord(given, true, text.charAt(e));
    if (!byClass && !(wordLike ? wordSurnameName(name) !== null : spoken || kin ? spokenVocabularyName(name) : unlistedSurnameName(name))) continue;
    // 邻居咸四海说: a word-like surname needs a telling word, and a run that opens no word (水平高 does).
    if (wordLike && (open || isCommonWord(name.slice(0, 2)))) continue;
    const anchor = personAnchorBefore(text, s);
    if (anchor === null || (open && anchor !== 'listed')) continue;
    // 对菅国柱作出…, 我叫朔永红，: after a function word only a clear telling word or a boundary, and no class name.
    if (anchor === 'trigger' && (byClass || wordLike || !(right === 'bound' || right === 'enum' || tellsAt(text, e, right)))) continue;
    while (k < found.length && found[k].end <= s) k++;
    if (k < found.length && found[k].start < e) continue;
    if (actingInOffice(text, s, e, !staffLabelEndsAt(text, s)) || isOfficialTitle(name) || documentNumberPrefix(text, e) || firmNamed(text, s, e)) continue;
    (extra ??= []).push({ start: s, end: e, surname });
    p = e - 1;
  }
  if (extra === null) return found;
  return found.concat(extra).sort((a, b) => a.start - b.start);
}

/** 网友“云中鹤”, 昵称“张三”: a run quoted whole after a word for a user is a screen name, not a person's name. */
const NICKNAME_NOUNS = ['网友', '网民', '昵称', '网名', '用户', '博主', '主播'];

/**
 * “王老吉”等品牌, 代销“老干妈”“王老吉”, 商标“张小泉”: a run quoted whole is a brand or a shop's name when a word for a
 * brand stands beside the quotes, or when it is one of several quoted items in a row.
 */
const BRAND_AFTER = ['品牌', '商标', '牌', '系列', '产品', '商品', '字号', '招牌'];
const BRAND_BEFORE = ['品牌', '商标', '牌子', '字号', '店名', '名为', '代销', '销售', '售卖'];

function quotedNickname(text: string, s: number, e: number): boolean {
  if (s < 1 || chars.QUOTE_OPEN[text.charCodeAt(s - 1)] !== 1 || chars.QUOTE_CLOSE[text.charCodeAt(e)] !== 1) return false;
  for (const w of NICKNAME_NOUNS) if (text.startsWith(w, s - 1 - w.length)) return true;
  for (const w of BRAND_BEFORE) if (text.startsWith(w, s - 1 - w.length)) return true;
  if (quotedModifier(text, s, e)) return true;
  // ”“X” or “X”“: one quoted item of a row of them (“老干妈”“王老吉”).
  if (chars.QUOTE_CLOSE[text.charCodeAt(s - 2)] === 1 || chars.QUOTE_OPEN[text.charCodeAt(e + 1)] === 1) return true;
  const after = text[e + 1] === '等' ? e + 2 : e + 1;
  for (const w of BRAND_AFTER) if (text.startsWith(w, after)) return true;
  return false;
}

/** True when a name at `s`–`e` is an official's or the body's staff (a title before it, a staff label in its clause). */
export function staffAt(text: string, s: number, e: number): boolean {
  return officialBefore(text, s) || actingInOffice(text, s, e);
}

/** Surnames of names the publisher already masked (乔**, 苏*忠, 王某某): later full mentions are likely. */
export function maskedSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) addMasked(text, i, out);
  for (let i = text.indexOf('某'); i >= 0; i = text.indexOf('某', i + 1)) addMasked(text, i, out);
  for (let i = text.indexOf('×'); i >= 0; i = text.indexOf('×', i + 1)) addMasked(text, i, out);
  return out;
}

function addMasked(text: string, i: number, out: Set<string>): void {
  if (i === 0 || text[i - 1] === text[i]) return;
  const s = surnameAt(text, i - 1) || (i >= 2 ? surnameAt(text, i - 2) : '');
  if (s && text.slice(i - s.length, i) === s && (i - s.length === 0 || !isHanAt(text, i - s.length - 1) || leftContext(text, i - s.length) !== null)) out.add(s);
}
