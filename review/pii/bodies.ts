/**
 * The vocabulary of bodies and businesses: the words that say a name, a place or a note is a public body's, a firm's
 * or a shop's and not a person's. One list a thing, with named subsets where the readers genuinely differ: a reader
 * that matches a word's end (endsWith) needs its single-character ends, one that looks inside a value (includes)
 * cannot afford them, and a desk inside a body ends otherwise than the body itself.
 */

/** Ends of a public body's name (县人民政府, 村民委员会, 自然资源局, 人民法院, 司法所, 便民服务中心, 兽医站, 民政办). */
export const PUBLIC_BODY_ENDS: readonly string[] = ['政府', '委员会', '局', '厅', '院', '所', '中心', '站', '办', '处'];
/** Ends of a desk's name inside a body (镇民政办, 稽核科, 财务股, 党政办公室, 社保中心): what a clerk answers for. */
export const DESK_ENDS: readonly string[] = ['办', '科', '股', '室', '局', '中心', '所', '站', '处'];
/** Ends of a firm's or an institution's name (…有限公司, …专业合作社, …砖厂, …银行, …小学校, …人民医院). */
export const ESTABLISHMENT_ENDS: readonly string[] = ['公司', '合作社', '厂', '店', '银行', '学校', '医院'];

/** Words of a firm's name wherever they stand in it (…有限公司, …专业合作社, …集团). */
export const FIRM_NOUNS: readonly string[] = ['公司', '合作社', '集团'];
/** Words of a shop's or a sole trader's name (…商行, …门市, 个体工商户). */
export const SHOP_NOUNS: readonly string[] = ['商行', '门市', '个体工商户'];

/** Words inside a place that make it a body's building, not a home (…政府, 办公楼, 卫生院, …大厦). */
export const BODY_PLACE_WORDS: readonly string[] = ['政府', '委员会', '村委会', '办公', '大厦', '中心', '医院', '卫生院', '学校', '公司', '派出所', '法院'];
/** Words of a burial place (…公墓A区3排12号, …陵园3区5排8号): a grave's row and number read like a door. */
export const GRAVE_WORDS: readonly string[] = ['公墓', '陵园', '墓园', '墓地', '墓区', '墓穴', '骨灰'];
/** Words in a run that make it a body's or a trade's place (a stall, a shop front), a grave, or no one's (某, ××), not a home. */
export const NOT_HOME_WORDS: readonly string[] = [...BODY_PLACE_WORDS, ...GRAVE_WORDS, '事务所', '市场', '门面', '摊位', '商铺', '某', '××'];

/** Suffixes that make the words after a label an organisation, not a person (当事人：某某有限公司). */
export const ORGANISATION_SUFFIXES: readonly string[] = [
  '公司', '集团', '有限', '合作社', '政府', '委员会', '局', '厅', '部', '处', '科', '室', '办', '所', '站', '院', '校', '馆', '中心', '厂',
  '店', '行', '社', '会', '队', '组', '团', '场', '园', '协会', '商行', '超市', '门市', '个体工商户', '机关', '单位', '医院', '学校', '银行',
  // shops and firms named after their owner (王芳商店, 李明诊所): a later mention glued to one is the firm
  '村委会', '商店', '农场', '工作室', '诊所', '药店', '饭店', '酒店', '宾馆', '餐馆',
];
/**
 * The suffixes that close a body's or a business's name and no place's: a village's group (三组, 一队, 二社), its committee
 * (居委会, 村委会), a farm (农场) and an estate (花园) end places as often as bodies.
 */
export const BODY_NAME_ENDS: readonly string[] = ORGANISATION_SUFFIXES.filter((w) => !['组', '队', '社', '场', '园', '会', '团', '村委会', '农场'].includes(w));
