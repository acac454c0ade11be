/**
 * A run quoted whole that qualifies what stands after it is a label, not a person: a brand before its goods
 * (“丰收”复合肥), an epithet before the person it praises (“田秀才”X), a category heading the count of its members
 * (“土专家”（12名）：…), or a title a verb of naming confers (被称为“牛专家”). People's names are quoted too, before
 * what they own or do (“X”家中, “X”驾驶, “X”老人, 受助人“X”户): only a known noun of goods after the quote, or an
 * epithet the quoted run ends in, makes the quote a label.
 */
import { QUOTE_CLOSE, QUOTE_OPEN, isHanCode } from './chars.js';
import { personNounEndsAt } from './personWords.js';

/** Verbs that confer a title or epithet on someone: what they quote is the title (称为“牛专家”, 誉为“田秀才”). */
const NAMING_VERBS = ['称为', '誉为', '称作', '人称', '号称', '被称', '评为', '称号', '美称', '美誉'];
/** The units that count a category's members in brackets after it (（12名）, (6人)). */
const COUNT_UNITS = new Set('名人位户家个'.split(''));
const NUMERAL = /[0-9０-９一二三四五六七八九十百两]/;
/**
 * The goods, outlets and channels a brand is glued to (“史丹利”复合肥, “王老吉”凉茶, “老板”牌, “X”直营店):
 * a person's name glued to a noun says what the person owns or does (家中, 户, 房屋), never a product.
 */
const GOODS_AFTER = [
  '复合肥', '化肥', '有机肥', '肥料', '农药', '种子', '饲料', '膏药', '药品', '保健品', '凉茶', '茶叶', '白酒', '酒',
  '大米', '面条', '面粉', '挂面', '食用油', '酱油', '腊肉', '月饼', '糕点', '饮料', '运动鞋', '服装', '牌', '品牌',
  '系列', '商标', '网店', '直营店', '专卖店', '小程序', '公众号', '平台',
];
/** Epithets a quoted run ends in (“田秀才”, “牛专家”, “高状元”): a praised trade or standing, no given name. */
const EPITHETS = ['秀才', '状元', '专家', '能手', '把式', '大王', '达人', '标兵', '模范', '巧匠', '工匠', '红娘', '神医', '管家'];

/** True when the run `s`–`e`, quoted whole, is a brand, an epithet, a category or a conferred title. */
export function quotedModifier(text: string, s: number, e: number): boolean {
  if (s < 1 || QUOTE_OPEN[text.charCodeAt(s - 1)] !== 1 || QUOTE_CLOSE[text.charCodeAt(e)] !== 1) return false;
  const after = e + 1;
  const next = text.charCodeAt(after);
  const epithet = EPITHETS.some((w) => text.startsWith(w, e - w.length));
  // 村民“X”, 受助人“X”: a person noun before the quote says whom it names, whatever is glued after.
  if (isHanCode(next) && !personNounEndsAt(text, s - 1) && (epithet || GOODS_AFTER.some((w) => text.startsWith(w, after)))) return true;
  if (next === 0xff08 /* （ */ || next === 0x28 /* ( */) {
    let q = after + 1;
    while (q < text.length && q - after <= 4 && NUMERAL.test(text[q])) q++;
    if (q > after + 1 && COUNT_UNITS.has(text[q] ?? '')) return true;
  }
  // 被称为“X”的男子: a verb of naming quotes a person's name as often as a title; only an epithet is the title.
  return epithet && NAMING_VERBS.some((w) => text.startsWith(w, s - 1 - w.length));
}
