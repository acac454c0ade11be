/**
 * An enumeration that ends in 等 and a noun of things (王老吉、张小泉等老字号, A、B等品牌): its members are
 * brands, shops or products named after people, not people. Read forward from a candidate over at most a
 * few 、-joined members, so the work per candidate is bounded.
 */
import * as chars from './chars.js';
import { personNounEndsAt } from './personWords.js';

const THING_NOUNS = ['老字号', '字号', '品牌', '名牌', '商标', '企业', '商号', '名店', '老店', '产品', '名优', '特产', '厂家', '公司', '景区', '景点'];
/** Words that may stand between 等 and the noun (等知名品牌, 等本地老字号). */
const QUALIFIERS = ['知名', '著名', '本地', '当地', '中华', '国内', '全国'];
const MAX_MEMBERS = 8;
const MAX_MEMBER = 6;

export function enumeratesThings(text: string, e: number): boolean {
  let q = e;
  let quoted = false;
  for (let hop = 0; hop <= MAX_MEMBERS; hop++) {
    // “雅叫哈顿”等传统方剂, “A”、“B”等: a member may close a quotation; a quoted member is a term, not a mention.
    if (chars.QUOTE_CLOSE[text.charCodeAt(q)] === 1) {
      quoted = true;
      q++;
    }
    if (text[q] !== '、' || hop === MAX_MEMBERS) break;
    q++;
    if (chars.QUOTE_OPEN[text.charCodeAt(q)] === 1) q++;
    const from = q;
    while (q < text.length && q - from < MAX_MEMBER && chars.isHanCode(text.charCodeAt(q)) && text[q] !== '等') q++;
    if (q === from) return false;
  }
  if (text[q] !== '等') return false;
  q++;
  if (quoted) return quotedClassOfThings(text, q);
  for (const w of QUALIFIERS) if (text.startsWith(w, q)) q += w.length;
  return THING_NOUNS.some((w) => text.startsWith(w, q));
}

/** After 等, the words that count people rather than things (等人, 等3人, 等同志, 等名, 等位, 等户, 等家庭). */
const COUNTED_PEOPLE = chars.unitTable('人同名位户家一二两三四五六七八九十几多0123456789'.split(''));
const MAX_CLASS_NOUN = 6;
/** Ends of nouns of people no derived person noun covers (群众, 干部, 代表, 选手, 嘉宾). */
const PEOPLE_ENDS = chars.unitTable('人众部表宾士师生'.split(''));

/**
 * Quoted members before 等 and a class noun (“A”等传统方剂, “B”“C”等品种): the quotation sets off a term, so any noun
 * of a class names things, unless it counts or names people (等人, 等5名同志, 等困难群众 — a person noun at its end).
 */
function quotedClassOfThings(text: string, q: number): boolean {
  if (!chars.isHanCode(text.charCodeAt(q)) || COUNTED_PEOPLE[text.charCodeAt(q)] === 1) return false;
  let end = q;
  while (end < text.length && end - q < MAX_CLASS_NOUN && chars.isHanCode(text.charCodeAt(end))) end++;
  for (let p = end; p > q; p--) if (personNounEndsAt(text, p) || PEOPLE_ENDS[text.charCodeAt(p - 1)] === 1) return false;
  return true;
}

/**
 * What follows a run and makes it the name of a thing, not a person (issue 9, the twenty-third tuning): a product
 * glued after a brand (海尔洗衣机, 格力空调, X牌电动车 — 帮邻居修海尔洗衣机 is no 修海尔), a business glued after the
 * owner's name it carries (涂明辉家庭农场, X养殖场: the owner inside a business's name is not reported there), and a
 * count of plants or of the thing the run ends in (花椒树63株, 核桃苗200棵). A person is never glued to these.
 */
const GOODS = [
  '洗衣机', '冰箱', '空调', '电视', '彩电', '热水器', '油烟机', '燃气灶', '微波炉', '电饭煲', '手机', '电脑', '汽车', '轿车', '摩托', '电动车', '三轮车', '拖拉机',
  '方便面', '牛奶', '饮料', '白酒', '香烟', '化肥', '农药', '饲料',
];
/** A business after the name it is called by; 家庭, 个体 and 专业 qualify it (家庭农场, 种植专业合作社). */
const BUSINESSES = ['农场', '牧场', '林场', '渔场', '养殖场', '种植场', '养殖园', '种植园', '果园', '茶园', '合作社', '专业合作社', '经营部', '加工厂', '作坊', '工作室'];
const QUALIFIED = ['家庭', '个体', '种植', '养殖', '专业'];
/** Counted plants are never people; other counted things only after a run ending in the thing (花椒树63株). */
const PLANT_UNITS = chars.unitTable('株棵蔸丛'.split(''));
const THING_UNITS = chars.unitTable('株棵蔸丛头只匹口箱袋筐根亩'.split(''));
const THING_ENDS = chars.unitTable('树苗林木果竹茶桑花草猪牛羊鸡鸭鹅鱼蜂兔'.split(''));

/**
 * `anchored`: a person anchor stands before the run (村民, 受害人, a repeat of a person found): an owner's goods then
 * follow a person's name with 的 dropped (村民王建国电脑被盗), so goods say nothing; a business or a count still does.
 */
export function namesThingAfter(text: string, e: number, anchored = false): boolean {
  const code = text.charCodeAt(e);
  if (chars.isDigitCode(code)) {
    let q = e;
    while (q < text.length && q - e < 8 && (chars.isDigitCode(text.charCodeAt(q)) || text[q] === '.')) q++;
    const unit = text.charCodeAt(q);
    return PLANT_UNITS[unit] === 1 || (THING_UNITS[unit] === 1 && e > 0 && THING_ENDS[text.charCodeAt(e - 1)] === 1);
  }
  if (!chars.isHanCode(code)) return false;
  if (!anchored) {
    // X牌电动车: 牌 alone also opens 牌照 and 牌匾, so it names a brand only before goods.
    const at = text[e] === '牌' ? e + 1 : e;
    for (const w of GOODS) if (text.startsWith(w, at)) return true;
  }
  for (const w of BUSINESSES) if (text.startsWith(w, e)) return true;
  let q = e;
  for (const w of QUALIFIED) if (text.startsWith(w, q)) q += w.length;
  if (q === e) return false;
  for (const w of BUSINESSES) if (text.startsWith(w, q)) return true;
  return false;
}

/**
 * A shop a run names when a run of goods or a trade and a shop's noun follow it with nothing a person does between
 * (孟庆丰粮油店, 覃立新水果摊, 罗天佑百货商店): asked only where no telling word follows the run, so 张三经营粮油店 stays
 * a person's clause. The goods take two or three characters (开店, 到店 are verbs of one).
 */
const SHOP_ENDS = chars.unitTable('店馆铺摊坊厂'.split(''));
const NOT_GOODS = chars.unitTable('的在到去开和与及是为把被将从对给向了着过也都'.split(''));
const MAX_GOODS = 4;

export function shopAfter(text: string, e: number): boolean {
  for (let q = e; q < text.length && q - e <= MAX_GOODS; q++) {
    const code = text.charCodeAt(q);
    if (!chars.isHanCode(code) || NOT_GOODS[code] === 1) return false;
    if (SHOP_ENDS[code] === 1) return q - e >= 2;
  }
  return false;
}
