/**
 * Dai personal names as Chinese documents transliterate them (Xishuangbanna, Dehong, Pu'er): no surname, a prefix
 * telling sex and standing (men 岩, 艾, 康; women 玉, 依, 咪, 咩; nobility 刀, 召, 罕) and a given syllable or two (岩罕,
 * 玉香, 依应, 岩温香). The prefixes are common characters and the syllables ordinary ones, so the character model scores
 * them low (岩叫) or as a place (岩庄); only the class tells them apart. Like the Tibetan class it is read where a
 * structure already says a person stands (a person column, a list of names, after a role label), never in open prose.
 */
import { isCommonWord } from './index.js';

/**
 * Prefixes of a commoner's name: sex and, for men, whether he has been a monk (康, 艾 after a first child). Exported so
 * a caller can find where a Dai name could open with the native search.
 */
export const DAI_PREFIXES: readonly string[] = '岩艾康玉依咪咩'.split('');
const PREFIXES: ReadonlySet<string> = new Set(DAI_PREFIXES);

/**
 * Given syllables of Dai names in the spellings registers use. Syllables that make a word with a prefix (岩石, 岩相,
 * 玉米, 玉龙, 依法, 依约, 岩板, 岩块) are left out; the word list guards the rest.
 */
const SYLLABLES: ReadonlySet<string> = new Set(
  '罕香温应叫庄南光保坎腊扁甩帕拉燕娇丙糯伦勇嫩摆坦恩宰旺论章贯胆软喃叠养领尖英班双康莫占捧累囡涛万'.split(''),
);

/**
 * True when `run` is a Dai name: a commoner's prefix and one or two given syllables (岩叫, 玉南, 岩温香), not an
 * ordinary word. Nobility's names (刀永明, 召存信) read as a surname and a Han given name already.
 */
export function daiName(run: string): boolean {
  if (run.length < 2 || run.length > 3 || !PREFIXES.has(run[0]) || isCommonWord(run)) return false;
  for (let i = 1; i < run.length; i++) if (!SYLLABLES.has(run[i])) return false;
  return !isCommonWord(run.slice(0, 2));
}
