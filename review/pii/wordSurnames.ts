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
  if (opensPlace(run)) return null;
  const surname = run[0];
  // nameScore weighs a lone given character by half again and knows the characters that never end a name (国家).
  if (run.length === 2) return run[1] !== surname && givenScore(run[1]) >= MIN_SINGLE_GIVEN && nameScore(run, surname) >= 1.5 * MIN_SINGLE_GIVEN ? { surname } : null;
  return nameScore(run, surname) >= MIN_SCORE ? { surname } : null;
}
