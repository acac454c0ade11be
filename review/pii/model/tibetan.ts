/**
 * Tibetan personal names as Chinese documents transliterate them (扎西卓玛, 格桑多杰, 才让吉, 次仁旺姆): no surname, a
 * name of one or two syllables of two characters, often closed by a one-character syllable (…加, …吉, …措, …草).
 * They share no statistics with Han names, and a syllable list is what tells them apart: a run that is a sequence
 * of these syllables is a name where a structure already says a person stands (a person column, an enumeration of
 * names, after a role label). The syllables are the common components of names in Ü-Tsang, Kham and Amdo
 * (Qinghai, Gannan, Aba, Ganzi), in the spellings registers use; none is an ordinary Chinese word.
 */
import { isCommonWord } from './index.js';

const SYLLABLES: ReadonlySet<string> = new Set(
  (
    // Ü-Tsang and Kham spellings
    '扎西 卓玛 次仁 多吉 格桑 央金 拉姆 顿珠 尼玛 德吉 平措 洛桑 丹增 旦增 索南 索朗 措姆 次旦 益西 白玛 央宗 加措 嘉措 卓嘎 曲珍 ' +
    '伦珠 罗布 普布 边巴 旺堆 琼达 强巴 阿旺 土登 泽仁 泽旺 群培 米玛 拉巴 桑珠 德庆 向秋 美朵 仁增 格列 贡觉 达瓦 达娃 巴桑 ' +
    '旺姆 旺久 旺扎 次珍 坚参 坚赞 赤列 朗杰 南杰 加央 降央 降措 旦巴 罗桑 仁青 仁钦 晋美 吉美 欧珠 巴珠 其美 次旺 尼珍 ' +
    '玉珍 拉珍 仓决 曲尼 白珍 旺青 旺庆 多布 普赤 边珍 贡嘎 嘎玛 噶玛 索次 色珍 次措 巴顿 扎巴 朗加 ' +
    // Amdo spellings (Qinghai, Gannan, Aba)
    '才让 才旦 才仁 旺修 旺秀 拉毛 东智 东主 东周 久美 完玛 华旦 尕藏 桑吉 多杰 更登 更藏 贡保 贡布 公保 官却 贡却 尖措 ' +
    '周措 永措 拉措 卓措 措吉 旦正 万玛 完德 仁欠 斗格 道吉 昂秀 加羊 夏吾 先巴 南加 才项 吉毛 ' +
    '拉加 措毛 卓么 东珠 加布 尖木 扎加 本加 切吉 娘吉'
  ).split(' '),
);

/** One-character syllables that close a name (才让吉, 拉毛草, 卓玛吉), never open one. */
const FINALS: ReadonlySet<string> = new Set('加吉措草毛杰珍姆卓嘉'.split(''));

const MIN = 3;
const MAX = 6;

/**
 * True when `run` is two or more syllables of a Tibetan name (格桑多杰, 才让吉, 扎西卓玛吉): three to six characters,
 * no ordinary word. A lone syllable (扎西, 卓玛) is left to the transliteration parts' own rules.
 */
export function tibetanName(run: string): boolean {
  if (run.length < MIN || run.length > MAX || isCommonWord(run)) return false;
  let p = 0;
  let syllables = 0;
  while (p + 2 <= run.length && SYLLABLES.has(run.slice(p, p + 2))) {
    p += 2;
    syllables++;
  }
  if (syllables === 0) return false;
  if (p === run.length) return syllables >= 2;
  return p === run.length - 1 && FINALS.has(run[p]);
}
