/**
 * The character-level name model: how name-like a run of Han characters is, judged from the surname
 * table, per-character given-name scores and a list of ordinary words, all derived offline from the
 * jieba dictionary (build.ts → data.ts). Context (what stands before and after) is scored by the caller
 * (../prose.ts); this module only knows about the characters themselves. Every lookup is O(1).
 */
import { COMPOUND_SURNAMES, PLACE_NAMES, PUBLIC_FIGURES, SINGLE_SURNAMES } from '../lexicon.js';
import { COMMON_WORDS, GIVEN_CHAR_SCORES, SURNAME_WEIGHTS, WORDS_ENDING_IN_SURNAME } from './data.js';
import { VOCABULARY_CHARS } from './vocabulary.js';
import { GIVEN_NAME_WORDS, GIVEN_WORD_SCORE, REDUPLICATED_SCORE } from './givenWords.js';

const GIVEN = new Map<string, number>();
for (const [score, chars] of Object.entries(GIVEN_CHAR_SCORES)) for (const c of chars) GIVEN.set(c, Number(score));

const SURNAME_WEIGHT = new Map<string, number>();
SURNAME_WEIGHTS.forEach((chars, weight) => {
  for (const c of chars) SURNAME_WEIGHT.set(c, weight);
});

/**
 * Words opening with a census surname the dictionary build never took as one (lexicon.ts CENSUS_WORD_SURNAMES), so
 * its word list lacks them: after a person noun they are the word (村民冒雨抢收, 居民慈善捐款), not a name.
 */
const CENSUS_OPENINGS =
  '慈善 慈祥 慈爱 慈悲 慈母 慈父 慈心 巨大 巨额 巨变 巨头 巨型 巨资 巨人 巨款 巨响 巨浪 巨星 冒雨 冒雪 冒充 冒领 冒险 冒用 冒名 冒犯 冒昧 冒烟 冒着 冒出 冒牌 冒进 冒尖';
const WORDS: ReadonlySet<string> = new Set([...COMMON_WORDS.split(' '), ...CENSUS_OPENINGS.split(' '), ...PLACE_NAMES, ...PUBLIC_FIGURES]);

/**
 * A surname the name lists barely hold (厍, 蓟, 汲, 闫, 栾 …: weight 0) but that opens almost no ordinary word is a
 * surname wherever it stands: its character says little else. It weighs one step, so a structure's bonus carries
 * it (长子厍长征、儿媳…) as it carries the common ones. A light surname that opens words (党, 印, 危, 暴, 融) stays at 0.
 */
const LIGHT_SURNAME_MAX_WORDS = 3;
{
  const opened = new Map<string, number>();
  for (const w of WORDS) opened.set(w[0], (opened.get(w[0]) ?? 0) + 1);
  for (const s of SINGLE_SURNAMES)
    if (s.length === 1 && (SURNAME_WEIGHT.get(s) ?? 0) === 0 && (opened.get(s) ?? 0) <= LIGHT_SURNAME_MAX_WORDS) SURNAME_WEIGHT.set(s, 1);
}

/** A given-name character never seen in the name lists: rare in names, but 生僻字 exist, so not fatal. */
const UNSEEN_GIVEN = -2;

/**
 * The dictionary's names lean to history and fiction (诸葛亮, 林黛玉); people named since the 1950s use a
 * set of characters it under-represents (睿, 婷, 浩, 磊 …). These common modern given-name characters get
 * at least MODERN_FLOOR, whatever the dictionary says.
 */
const MODERN_GIVEN =
  '化伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽苛灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦宇雨洋忠宗曼紫逸贤蝶菡绿蓝儿翠烟轩涵虎仓满喜旺根柱铁锁栓';
const MODERN_FLOOR = 3;
/**
 * Characters among the most given in the name reports since 2010 (公安部《姓名报告》: 梓涵, 梓轩, 一诺, 皓轩, 雨彤,
 * 若汐, 芮溪, 婧琪 …) that the dictionary's older names never hold, so the model scored them as unseen (梓 -2): the
 * report's characters the dictionary lacks, in full, not only the one a slice showed.
 */
const MODERN_UNSEEN = '梓煜皓芮婧彤珺暄玥晞汐';
/**
 * 月 was kept out of given names for dates, but a date has a numeral before 月, never a surname, and
 * names such as 秋月 or 梅月 are common; date words that start with a surname (明月, 满月) are in the word list.
 * 奕 and 珂 open or end many names given since the 2000s (奕辰, 奕涵, 婉珂).
 * 业, 花 and 然 end as many names (建业, 金花, 浩然) as words, and the words (林业, 安然) are in the word list.
 */
const MODERN_GIVEN_EXTRA = '月业花然囤奕珂' + MODERN_UNSEEN;
/**
 * Given characters of rural and 1950s–80s names that the coverage test (test/gate/nameCoverage.ts) found often
 * in the dictionary's names but scored as vocabulary: 金生, 水英, 正华, 立新, 建兵, 守仁, 少华, 朝阳, 连生, 东升,
 * 银花, 冬梅, 润生. 长 and 远 stay out: 长期 and 远离 would open a name (村民李长期外出).
 */
const ERA_GIVEN = '金水正立兵守礼少朝连登升银修怀冬川诗润';
for (const c of MODERN_GIVEN + MODERN_GIVEN_EXTRA + ERA_GIVEN) if ((GIVEN.get(c) ?? -Infinity) < MODERN_FLOOR) GIVEN.set(c, MODERN_FLOOR);

/**
 * Characters that end words for places, bodies and things, or are grammar: never part of a given name
 * in running text (张屋组, 王家村, 李局长 are not people called 屋组, 家村, 局长). 栋 is not among them: a
 * building's 栋 follows a number, and 国栋, 梁栋 are common given names.
 */
const NEVER_GIVEN = new Set(
  '的了在是于和与及等为对被将把从由以其之所者也而或但若即乃该此这那些个们局市县区省乡镇村组屯旗盟街路巷号楼室厅处科部委办院校厂店站队社司馆场所库港湾岭坡沟渠地亩元万亿日时分秒次件项条款章节第某×＊*'.split(''),
);
/**
 * Characters that may begin a given name but do not end one: 王建家 is 王建 followed by 家; 寺, 庙, 祠 … end
 * the names of temples and buildings (白马寺, 关林庙), never a person's.
 */
const NEVER_LAST = new Set('家户氏姓等人们寺庙庵祠塔阁亭殿'.split(''));

/**
 * X家 + a landform (葛家坟, 詹家梁, 庞家洼, 李家沟) names a field, a hamlet or a slope after the family that
 * held it, never a person: 家 opens given names (家豪, 家栋) but not before these.
 */
const LANDFORMS = new Set('坟梁洼沟坡岭湾坪塬峁台屯庄营堡寨坝滩嘴咀峪坳垴坎渠井桥窑岔埠'.split(''));

/**
 * givenScore and lastGivenScore of every one-unit string, by code unit: the name checks ask for single characters
 * (text[p]) at most positions of a document, and two table reads are cheaper than hashing a new string into two
 * sets. Longer strings (a compound surname asked as a given part) keep the lookups below.
 */
const GIVEN_BY_CODE = new Int8Array(0x10000).fill(UNSEEN_GIVEN);
const LAST_BY_CODE = new Int8Array(0x10000);
for (const [ch, score] of GIVEN) {
  if (score !== (score | 0) || score < -128 || score > 127) throw new RangeError(`model: given score ${score} of ${ch} does not fit a byte`);
  if (ch.length === 1) GIVEN_BY_CODE[ch.charCodeAt(0)] = score;
}
for (const ch of NEVER_GIVEN) if (ch.length === 1) GIVEN_BY_CODE[ch.charCodeAt(0)] = -20;
for (let c = 0; c < 0x10000; c++) LAST_BY_CODE[c] = GIVEN_BY_CODE[c];
for (const ch of NEVER_LAST) if (ch.length === 1) LAST_BY_CODE[ch.charCodeAt(0)] = -20;

function lastGivenScore(ch: string): number {
  if ((ch as string | undefined)?.length === 1) return LAST_BY_CODE[ch.charCodeAt(0)];
  return NEVER_LAST.has(ch) ? -20 : givenScore(ch);
}

const VOCABULARY = new Uint8Array(0x10000);
for (let i = 0; i < VOCABULARY_CHARS.length; i++) VOCABULARY[VOCABULARY_CHARS.charCodeAt(i)] = 1;

/** True for a character of ordinary vocabulary (作, 证, 健): it opens a word where a name might stand, not a rare surname. */
export function isVocabularyCode(code: number): boolean {
  return VOCABULARY[code] === 1;
}

/** What the two given characters must score under a surname no table holds (weight 0): a plain name's given part. */
const UNLISTED_SURNAME_MIN = 3;

/**
 * True when a three-character `run` reads as a name under a surname no table holds (菅国柱, 恽秀兰, 朔永红): its first
 * character is rare (no vocabulary) and no grammar, the run no word, and each given character seen in names with the
 * two scoring as a plain name's given part. Only for callers whose structure says a person stands at `run`.
 */
export function unlistedSurnameName(run: string): boolean {
  if (run.length !== 3 || VOCABULARY[run.charCodeAt(0)] === 1 || NEVER_GIVEN.has(run[0]) || WORDS.has(run)) return false;
  return givenScore(run[1]) >= 0 && givenScore(run[2]) >= 0 && nameScore(run, run[0]) >= UNLISTED_SURNAME_MIN;
}

/**
 * The first two code units of every word, hashed into a 2^20-bit set: most runs asked about open no word (a
 * document's name candidates are mostly not words), and one bit read answers them without hashing a new string
 * into WORDS, a set of tens of thousands. A set bit only means asking WORDS.
 */
const WORD_OPENINGS = new Int32Array(1 << 15);
function openingBit(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) >>> 12;
}
for (const w of WORDS) {
  if (w.length < 2) continue;
  const h = openingBit(w.charCodeAt(0), w.charCodeAt(1));
  WORD_OPENINGS[h >>> 5] |= 1 << (h & 31);
}

export function isCommonWord(w: string): boolean {
  if (w.length >= 2) {
    const h = openingBit(w.charCodeAt(0), w.charCodeAt(1));
    if ((WORD_OPENINGS[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return WORDS.has(w);
}

/**
 * Keyed by the two code units as one number, so the check builds no string. The surname is numbered
 * (fewer than 2^14 of them) rather than taken as a code unit, so the key stays a small integer: a CJK pair
 * as one 32-bit number would be a heap number, allocated on every lookup.
 */
let endingSurnames = 0;
const ENDING_SURNAME_INDEX = new Uint16Array(0x10000);
/**
 * Words ending in a census surname the dictionary build never saw as one (lexicon.ts CENSUS_WORD_SURNAMES): 者 ends
 * nouns of agents and particles, 慈, 巨, 冒 end common words. Glued, they open no name after a trigger (参与者, 或者).
 */
const CENSUS_ENDINGS = '参与者 或者 再者 记者 患者 作者 读者 学者 长者 老者 前者 后者 二者 两者 三者 仁慈 家慈 艰巨 感冒 假冒';
const ENDING_WORD_LIST = `${WORDS_ENDING_IN_SURNAME} ${CENSUS_ENDINGS}`.split(' ').filter((w) => w.length === 2 || w.length === 3).map((w) => w.slice(-2));
for (const w of ENDING_WORD_LIST) {
  const c = w.charCodeAt(1);
  if (ENDING_SURNAME_INDEX[c] === 0) ENDING_SURNAME_INDEX[c] = ++endingSurnames;
}
function endingKey(prevCode: number, surnameCode: number): number {
  return ENDING_SURNAME_INDEX[surnameCode] * 0x10000 + prevCode;
}
const ENDING_WORDS: ReadonlySet<number> = new Set(ENDING_WORD_LIST.map((w) => endingKey(w.charCodeAt(0), w.charCodeAt(1))));

/** True when the character before a surname and the surname make one ordinary word (同向, 对于, 提高). */
export function gluedToPrevious(prevCode: number, surnameCode: number): boolean {
  return ENDING_SURNAME_INDEX[surnameCode] !== 0 && ENDING_WORDS.has(endingKey(prevCode, surnameCode));
}

/**
 * 和 is grammar after a name (王芳和李强), so it never ends one, but it opens many given names (和平, 和顺,
 * 和林): as the first of two given characters it scores as an ordinary given character.
 */
const FIRST_GIVEN_ONLY: ReadonlyMap<string, number> = new Map([['和', 2]]);

function firstGivenScore(ch: string): number {
  return FIRST_GIVEN_ONLY.get(ch) ?? givenScore(ch);
}

/**
 * nameScore of a run a mark follows (龙正和（苗族）, …、葛春和、…): a final 和 joins nothing there, so it scores as it
 * does opening a given name.
 */
export function nameScoreBeforeMark(name: string, surname: string): number {
  const score = nameScore(name, surname);
  const last = name[name.length - 1];
  const joined = FIRST_GIVEN_ONLY.get(last);
  if (joined === undefined || name.length - surname.length !== 2) return score;
  return score - lastGivenScore(last) + joined;
}

export function givenScore(ch: string): number {
  if ((ch as string | undefined)?.length === 1) return GIVEN_BY_CODE[ch.charCodeAt(0)];
  if (NEVER_GIVEN.has(ch)) return -20;
  return GIVEN.get(ch) ?? UNSEEN_GIVEN;
}

/**
 * Surnames by code unit, so that `surnameAt` reads numbers: `text[p]` makes a new string of every CJK
 * character it reads, and most positions it is asked about hold no surname. SURNAME_KIND: 1 for a
 * one-unit surname, 2 for the first unit of a compound one; the strings returned are these tables' own.
 */
const SURNAME_KIND = new Uint8Array(0x10000);
const SINGLE_BY_CODE = new Map<number, string>();
const COMPOUND_BY_FIRST = new Map<number, string[]>();
for (const s of SINGLE_SURNAMES) {
  if (s.length !== 1) continue; // text[p] is one unit: a longer entry never matched
  SURNAME_KIND[s.charCodeAt(0)] |= 1;
  SINGLE_BY_CODE.set(s.charCodeAt(0), s);
}
for (const s of COMPOUND_SURNAMES) {
  const first = s.charCodeAt(0);
  SURNAME_KIND[first] |= 2;
  COMPOUND_BY_FIRST.set(first, [...(COMPOUND_BY_FIRST.get(first) ?? []), s]);
}

/** The surname at `p` (compound first), or '' when none starts there. */
export function surnameAt(text: string, p: number): string {
  if (p < 0 || p >= text.length) return '';
  const code = text.charCodeAt(p);
  const kind = SURNAME_KIND[code];
  if (kind === 0) return '';
  if ((kind & 2) !== 0) {
    const next = text.charCodeAt(p + 1);
    for (const s of COMPOUND_BY_FIRST.get(code)!) if (next === s.charCodeAt(1)) return s;
  }
  return (kind & 1) !== 0 ? SINGLE_BY_CODE.get(code)! : '';
}

/** 0–3 for single surnames by how many names in the lists carry them; compound surnames count as 2. */
export function surnameWeight(surname: string): number {
  if (surname.length === 2) return 2;
  return SURNAME_WEIGHT.get(surname) ?? 0;
}

/**
 * Score of `name` (surname + 1–2 given characters) on its characters alone. Two-character names carry
 * one given character of evidence, so the single character counts one and a half times; a run that is an
 * ordinary word, or whose surname and first given character are one, is pushed far down.
 */
/**
 * Words of kinship that read as a surname and a given name (孙女 as 孙 + 女, 祖母 as 祖 + 母, 童养媳): a relation
 * column (与户主关系, 与儿童关系) or a sentence names the relation, never a person, whatever stands around it.
 */
const KINSHIP_WORDS: ReadonlySet<string> = new Set(
  ('孙女 孙子 孙儿 孙媳 祖母 祖父 外孙 外孙女 外孙子 曾孙 曾孙女 重孙 重孙女 玄孙 侄子 侄女 侄孙 侄孙女 外甥 外甥女 ' +
    '母亲 父亲 妻子 丈夫 儿子 女儿 儿媳 女婿 姐姐 妹妹 哥哥 弟弟 兄弟 姐妹 伯父 伯母 叔叔 叔父 婶婶 姑姑 姑母 姑父 ' +
    '舅舅 舅母 姨妈 姨母 姨父 岳父 岳母 公公 婆婆 爷爷 奶奶 外公 外婆 姥姥 姥爷 配偶 继父 继母 养父 养母 童养媳').split(' '),
);

/** True for a word of kinship (孙子, 女儿, 岳父): it names a relation, and the name after it is the relative's. */
export function isKinshipWord(word: string): boolean {
  return KINSHIP_WORDS.has(word);
}

/** 1 for the last code unit of a kinship word: one table read before any string is made from the text. */
export const KINSHIP_LAST = new Uint8Array(0x10000);
for (const w of KINSHIP_WORDS) KINSHIP_LAST[w.charCodeAt(w.length - 1)] = 1;

export function nameScore(name: string, surname: string): number {
  const given = name.slice(surname.length);
  if (given.length < 1 || given.length > 2) return -100;
  if (KINSHIP_WORDS.has(name)) return -100;
  if (given.length === 2 && given[0] === '家' && LANDFORMS.has(given[1])) return -20;
  let s = surnameWeight(surname);
  if (given.length === 1) s += 1.5 * lastGivenScore(given);
  else s += firstGivenScore(given[0]) + lastGivenScore(given[1]);
  if (isCommonWord(name)) s -= 8;
  // 王府|井 opens with a word; 上官|亮 opens with its compound surname, which the word list holds as a word too.
  else if (surname.length === 1 && name.length === 3 && isCommonWord(name.slice(0, 2))) s -= 3;
  if (given.length === 2 && isCommonWord(given)) s -= 1;
  if (given.length === 2 && !isCommonWord(name)) {
    if (GIVEN_NAME_WORDS.has(given)) s = Math.max(s, surnameWeight(surname) + GIVEN_WORD_SCORE);
    else if (given[0] === given[1] && givenScore(given[0]) > UNSEEN_GIVEN - 1) s = Math.max(s, surnameWeight(surname) + REDUPLICATED_SCORE);
  }
  return s;
}
