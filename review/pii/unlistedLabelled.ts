/**
 * A name after a role label under a surname no table holds. The census has thousands of surnames and many are
 * ordinary characters (库, 凡, 力, 隽): the tables leave them out so that prose does not read 库存 or 凡是 as people.
 * After a label the structure already says a person stands there, so the label's own bounds decide:
 * - set apart by a colon or a space on the left and ended by punctuation or a space (法定代表人：凡涛，
 *   申请人：库学军　), the whole run is the name when its given part reads as a name's and the run is no word; glued
 *   to the label and ended by punctuation (被申请人隽辉，), only when its first character opens no word;
 * - glued to the label (申请人隽辉因…), a word that follows names (因, 于, 系 …) ends a two-character name rather than
 *   being read as its third character.
 */
import { LIKELY_FOLLOWERS } from './lexicon.js';
import { givenScore, isVocabularyCode, unlistedSurnameName } from './model/index.js';
// 当事人：承诺，/ 申请人：同意，: words of surnames no table holds are words here too (model/attested.ts).
import { isWordOfAnySurname } from './model/attested.js';

/** What each of the two given characters must score: a character seen in names as often as in words (学, 军). */
const GIVEN_PAIR_MIN = 3;
/** What the one given character of a two-character name must score: a character of names far more than of words (涛, 辉). */
const GIVEN_ONE_MIN = 5;
/**
 * First characters that open what fills a label's slot when no person does: grammar, a count or a quantifier (本, 该,
 * 各, 无, 同上, 待定), a division (县政府, 村委会). 库, 凡 end places' words (仓库, 平凡) but open surnames, so the model's
 * own NEVER_GIVEN (a given name's last character) is not the test here.
 */
const NOT_FIRST = new Set('的了在是于和与及等为对被将把从由以其之所者也而或但若即乃该此这那些个们小老大本合总共另全各每某第无未已空附备注户村组乡镇县区市省待暂不同非均详见'.split(''));

/** The length of the name (2 or 3) `usable` opens with under an unlisted surname, or 0. */
export function unlistedNameAfterLabel(usable: string, strict: boolean, terminated: boolean): number {
  if (usable.length < 2 || NOT_FIRST.has(usable[0])) return 0;
  // 申请人隽辉因家庭…: the third character is the word after a two-character name.
  if (strict && usable.length >= 3 && LIKELY_FOLLOWERS.has(usable[2]) && twoCharName(usable.slice(0, 2))) return 2;
  if (usable.length >= 3 && unlistedSurnameName(usable.slice(0, 3))) return 3;
  // Glued to its label (被申请人隽辉，), the run may be the label's verb (当事人承诺，): only a rare first character, which
  // opens no word, is read as a surname there.
  if (!terminated || (strict && isVocabularyCode(usable.charCodeAt(0)))) return 0;
  if (usable.length === 2) return twoCharName(usable) ? 2 : 0;
  if (usable.length !== 3 || isWordOfAnySurname(usable) || isWordOfAnySurname(usable.slice(0, 2)) || isWordOfAnySurname(usable.slice(1))) return 0;
  return givenScore(usable[1]) >= GIVEN_PAIR_MIN && givenScore(usable[2]) >= GIVEN_PAIR_MIN ? 3 : 0;
}

function twoCharName(run: string): boolean {
  return !isWordOfAnySurname(run) && givenScore(run[1]) >= GIVEN_ONE_MIN;
}

/** A sex right after a run (，男 / （女）): a form's person stands there, whatever the first character opens. */
export const SEX_AFTER = /^[，,（(][男女][，,）)；;、]/;

/**
 * 当事人萨海波，男，1964年生: a run glued to its label and framed by a sex after it is the person the form describes,
 * though its first character opens words (萨, 信, 越 are vocabulary and surnames); its given part must read as a name's.
 * Returns the run's length, or 0.
 */
export function sexFramedAfterLabel(text: string, p: number, run: string): number {
  if ((run.length !== 2 && run.length !== 3) || NOT_FIRST.has(run[0]) || isWordOfAnySurname(run) || !SEX_AFTER.test(text.slice(p + run.length, p + run.length + 3))) return 0;
  if (run.length === 2) return !isVocabularyCode(run.charCodeAt(0)) && twoCharName(run) ? 2 : 0;
  // A given part that is a word (海波, 建平) is a given name the sex frames.
  if (isWordOfAnySurname(run.slice(0, 2))) return 0;
  return givenScore(run[1]) >= GIVEN_PAIR_MIN && givenScore(run[2]) >= GIVEN_PAIR_MIN ? 3 : 0;
}
