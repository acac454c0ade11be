/**
 * Surnames that are ordinary words or rare (水, 国, 黑, 但, 操, 门, 才 …): the 百家姓's single surnames the
 * name model lacks, and census surnames outside it. In running text 水 or 国 before two characters is
 * almost never a person, so the model leaves them out; where a structure already says a person stands
 * there (a cell under a person's heading, a run right after a role label, a name listed beside found
 * names, before a kinship word or a sex bracket) the structure carries the weight and these count.
 * Left out still: surnames that are mostly grammar (时, 和, 从, 有, 都, 能, 应, 后, 相, 须, 公, 家, 东 …),
 * since after a label they open the sentence (当事人应当…, 申请人有…).
 */
import * as chars from './chars.js';
import { PLACE_NAMES } from './lexicon.js';
import { givenScore, isCommonWord, nameScore } from './model/index.js';

/**
 * The rest of the 百家姓's single surnames that open ordinary words (经过, 须知, 通知, 习惯, 养殖), and census surnames
 * outside it that do too (光明, 京东, 介绍, 玄关, 袭击, 弋阳): the frames below carry them as they carry 水 or 国, and the
 * word list refuses the words. Those that are mostly grammar (时, 和, 从, 有, 都, 能, 应, 后, 相, 公, 家, 东, 於, 法) stay out.
 */
const VOCABULARY_SURNAMES = '经籍通别充习终空养须益赏玄介光京袭弋';
/**
 * Words these surnames open that the model's word list lacks (its list was built from the surnames it holds): the
 * structures read 光明户 or 当事人：经过… as these words, never as names. Local to this table, so 王光明 keeps its
 * given name.
 */
const VOCABULARY_SURNAME_WORDS: ReadonlySet<string> = new Set(
  ('经过 经常 经济 经理 经营 经验 经历 经费 经办 经典 经纪 经销 经商 经手 经查 经审 经研 经批 经核 经认 经调 经鉴 经县 经乡 经村 经镇 经区 经市 经省 经多 经本 经该 经其 经我 经有 经上 ' +
    '须知 须要 须臾 须经 须按 须由 须在 须向 须将 须持 须凭 须于 须为 须有 须是 须交 须提 须报 ' +
    '通知 通过 通报 通讯 通信 通道 通常 通行 通用 通畅 通俗 通红 通宵 通车 通水 通电 通路 通村 通户 ' +
    '习惯 习俗 习题 习作 终于 终身 终止 终结 终端 终点 终审 终年 终究 终生 空气 空间 空调 空闲 空白 空军 空心 空地 空房 空巢 ' +
    '养殖 养老 养护 养生 养育 养成 养猪 养羊 养牛 养鸡 养鸭 养鱼 养蜂 别人 别墅 别处 别的 别说 别无 充分 充足 充电 充实 充满 充值 充当 ' +
    '籍贯 赏识 赏析 益处 益智 光明 光荣 光辉 光临 光彩 光华 光亮 光线 光伏 光纤 光盘 光照 光顾 光棍 光伏户 京东 京剧 京城 京津 京郊 ' +
    '介绍 介入 介意 介质 玄关 玄机 玄妙 袭击').split(' '),
);

/** True when `run` is, or opens with, a word one of VOCABULARY_SURNAMES opens. */
function opensVocabularyWord(run: string): boolean {
  return VOCABULARY_SURNAME_WORDS.has(run) || VOCABULARY_SURNAME_WORDS.has(run.slice(0, 2));
}

export const WORD_SURNAMES: ReadonlySet<string> = new Set(('水元平支松山秋咸双鱼慎步国广越红伯年爱言福但操黑门才代展' + VOCABULARY_SURNAMES).split(''));

/**
 * Provinces and cities these characters open (黑龙江, 广东, 山西, 平顶山, 福州): a place in a column of buyers or after
 * a label is the body's or the origin's, not a person. PLACE_NAMES holds the cities the name model already drops.
 */
const PLACES: ReadonlySet<string> = new Set([
  ...PLACE_NAMES,
  ...'黑龙江 黑河 广东 广西 广州 广安 广元 山东 山西 山南 平顶山 平凉 福建 福州 双鸭山 松原 红河 秋林 鱼台 越西 门头沟 才溪'.split(' '),
]);

/** True when `run` is, or opens with, a province or city these characters open (黑龙江, 广州市): no one's name. */
export function opensPlace(run: string): boolean {
  return PLACES.has(run) || PLACES.has(run.slice(0, 2)) || PLACES.has(run.slice(0, 3));
}

/** A given character at least this name-like (the model's modern floor) carries a one-character given name. */
const MIN_SINGLE_GIVEN = 3;
/** What surname + two given characters must score on the given characters alone (no surname weight). */
const MIN_SCORE = 3;

/**
 * `run` (two or three Han characters) as a name under a word-like surname, or null. Only for callers whose
 * structure says a person stands at `run`; never for prose.
 */
export function wordSurnameName(run: string): { surname: string } | null {
  if (run.length < 2 || run.length > 3 || !WORD_SURNAMES.has(run[0])) return null;
  for (let i = 0; i < run.length; i++) if (!chars.isHanCode(run.charCodeAt(i))) return null;
  if (isCommonWord(run) || (run.length === 3 && isCommonWord(run.slice(0, 2)))) return null;
  if (opensPlace(run) || opensVocabularyWord(run)) return null;
  const surname = run[0];
  // nameScore weighs a lone given character by half again and knows the characters that never end a name (国家).
  if (run.length === 2) return run[1] !== surname && givenScore(run[1]) >= MIN_SINGLE_GIVEN && nameScore(run, surname) >= 1.5 * MIN_SINGLE_GIVEN ? { surname } : null;
  return nameScore(run, surname) >= MIN_SCORE ? { surname } : null;
}
