/**
 * Given names that are ordinary words. Parents of the 1950s–80s named children after the times and after
 * wishes (解放, 援朝, 胜利, 丰收, 幸福) and country children carry 小名-like names (石头, 满仓); the dictionary
 * counts these as vocabulary, so the character model reads 靳和平 or 韦丰收 as a surname before a word. After a
 * surname they are names. Words that also name streets and places (解放路, 新华街, 光明路, 建设路) or read as
 * prose after a common surname character are left out: the list only lifts a run a trigger already points at.
 */
export const GIVEN_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    '和平 胜利 丰收 幸福 美丽 石头 宁静 卓越 平安 援朝 抗美 卫东 卫国 卫红 红旗 跃进 向阳 东风 自强 爱国 爱民 国庆 ' +
    '铁柱 拴柱 锁柱 金锁 银锁 来福 来喜 满仓 满囤 丰年 富贵 吉祥 如意 双喜 一帆 百川 秋实 振兴 永红 红卫 立新 向东 ' +
    '学军 学工 学农 解放 跃华 超英 胜天 定国 安邦 二虎 三虎 小虎 小龙 大龙 大海 长江 黄河 东海 春雨 秋雨 晓雨 甜甜 ' +
    '欢欢 乐乐 平凡 永恒 光荣 勤俭 红梅 腊梅 冬梅 春花 秋菊 金凤 彩凤 翠花 二妹 三妹 四妹 二丫 小丫 福气 贵生 ' +
    '先锋 得水 有余 满堂 ' +
    // luck arriving, the season's work, the sky at dawn and dusk, the army of the revolution (运来, 春耕, 朝霞, 红军)
    '运来 福来 喜来 春耕 秋收 金秋 晨光 朝霞 晚霞 红霞 秋香 菊香 桂香 翠竹 新月 春桃 红军 建军 石柱 大江 ' +
    // orchard and harvest names, the sky and a triumph wished on a child (樱桃, 稻香, 银河, 凯旋)
    '樱桃 石榴 葡萄 稻香 麦香 荷香 茶花 海棠 银河 星河 月亮 凯旋 兴旺 拥军 爱军 红星 山河 ' +
    // the evergreens and the march wished on a boy, the festival or the snow a child was born in, a flower for a girl,
    // a family's store and its great plan (劲松, 长征, 中秋, 小雪, 芙蓉, 宝库, 宏图)
    '劲松 青松 雪松 翠柏 长征 中秋 小雪 白雪 芙蓉 玉兰 木兰 宝库 宏图 鹏程 锦程 守业 旭日 ' +
    // the holiday a child was born on, by its number (八一, 五一, 七一, 十一), the harvest and the field's work (麦收, 耕田),
    // the farm's stone roller and the iron egg of a 小名 meant to keep a child safe (石磙, 铁蛋), a road opened and an
    // exam passed wished on a boy (开山, 金榜)
    '八一 五一 七一 十一 六一 麦收 夏收 耕田 开田 石磙 石碾 铁蛋 狗蛋 铁牛 铁锁 石锁 开山 金榜 状元 永年'
  ).split(' '),
);

/** What a surname and a listed given word score on their characters: an ordinary name's evidence, no more. */
export const GIVEN_WORD_SCORE = 5;
/** A reduplicated given name (甜甜, 丹丹, 晶晶) is a pattern of names, rarely of prose after a surname. */
export const REDUPLICATED_SCORE = 4;

/**
 * Given names of a class rather than a list, read only where a structure already says a person stands (after a
 * kinship or person noun, a dwelling or an age clause) and a telling word or a boundary ends the run: country
 * names that count (三毛, 四海, 百顺, and the birth weight of 七斤, 九斤 — a numeral and one character that is no unit of
 * time, money or counting), and the season a child was born in (the 24 solar terms: 芒种, 谷雨, 冬至; and 腊月, 正月).
 * The numeral names need the telling word too: before a plain verb (女儿高三毕业) they are what they say; a season
 * after a surname is a name whatever follows (车主吴芒种接到电话).
 */
const NUMERALS = new Set('一二三四五六七八九十百千万'.split(''));
/** Units after a numeral that make it a count, an age, a date or a sum, never a name (三年, 五人, 八月, 十元, 二组). */
const COUNTING_UNITS = new Set('年月日天周岁次个名人户位元角分秒时点层楼号组队排栋亩间件条项只匹辆台套批类种届期成倍家口代辈米吨克本张份块把支根双对片包箱袋瓶盒笔顿票'.split(''));
const SEASON_NAMES: ReadonlySet<string> = new Set(
  '立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至 小寒 大寒 腊月 正月 冬月'.split(' '),
);

/** After a season, what makes it the time of year (于芒种前后, 在谷雨时节, 到冬至那天) rather than a name. */
const SEASON_TIME_AFTER = new Set('前后时节期间至左那当这'.split(''));

/**
 * True when `given` (two characters) is a given name of these classes; `told`: a telling word or a boundary follows;
 * `next`: the character after the run.
 */
export function isAnchoredGivenWord(given: string, told: boolean, next: string): boolean {
  if (given.length !== 2) return false;
  if (SEASON_NAMES.has(given)) return !SEASON_TIME_AFTER.has(next);
  return told && NUMERALS.has(given[0]) && !NUMERALS.has(given[1]) && !COUNTING_UNITS.has(given[1]);
}
