/**
 * A name that opens a line or a clause and a sex right after it (闪国林，男，回族 / 扎西东智，男，藏族 / 介红梅（女）): the
 * layout of appointment notices, award and aid lists and commendations. The sex says a person stands there, so the
 * run needs no listed surname: a rare surname that is an ordinary character (闪, 介, 光) or a Tibetan name whose
 * syllables the transliteration parts lack is a name here. The run must still read as one on its characters.
 * One pass over the positions of 男 and 女; the work at each is bounded by the run's length.
 */
import * as chars from './chars.js';
import { givenScore, isCommonWord, nameScore, surnameAt } from './model/index.js';
import { tibetanName } from './model/tibetan.js';

export interface FramedName {
  start: number;
  end: number;
  surname: string;
}

const SEXES = ['男', '女'];
/** What joins a name to its sex: a comma or an opening bracket. */
const JOINS = chars.unitTable(['，', ',', '（', '(']);
/** What may follow the sex: the next field, a closing bracket or the line's end. */
const AFTER_SEX = chars.unitTable(['，', ',', '、', '）', ')', '；', ';', '。', ' ', '\u3000', '\n', '\r']);
/** What opens a field a name may stand in: a line, a clause, an item or a label. */
const OPENS = chars.unitTable(['\n', '\r', '。', '；', ';', '：', ':', '、', ' ', '\u3000', '\t', '）', ')']);
/** Longer runs are a sentence's subject with words, not a name; Tibetan names run to six characters. */
const MAX_RUN = 6;
/** What the two given characters must score under a surname no table holds (model/index.ts: a plain name's). */
const MIN_SCORE = 3;

function isHan(text: string, i: number): boolean {
  return i >= 0 && i < text.length && chars.isHanCode(text.charCodeAt(i));
}

/**
 * Heads of nouns for a kind of person or a job slot (大学生, 困难户, 驾驶员, 收银岗, 保洁组): a run ending in one is that
 * noun before a sex (在校大学生，男，), while a name under a listed surname ending so (王海生) is the main pass's.
 */
const KIND_HEADS = chars.unitTable('生员者人士户工民岗位组队班室'.split(''));

/** A three-character run read as surname + given name on its characters, whatever the surname. */
function readsAsName(run: string): boolean {
  if (run.length === 3 && KIND_HEADS[run.charCodeAt(2)] === 1) return false;
  if (run.length !== 3 || isCommonWord(run) || isCommonWord(run.slice(0, 2)) || isCommonWord(run.slice(1))) return false;
  if (givenScore(run[0]) <= -20 || givenScore(run[1]) < 0 || givenScore(run[2]) < 0) return false;
  return nameScore(run, surnameAt(run, 0) || run[0]) >= MIN_SCORE;
}

/** Names a sex frame follows that `found` (in text order) does not already hold; the result is in text order. */
export function sexFramedNames(text: string, found: readonly FramedName[]): FramedName[] {
  let extra: FramedName[] | null = null;
  // Jump from sex to sex with the native search: a JS loop over every unit cost 2.5 % of the gate on short items.
  for (const sex of SEXES) for (let p = text.indexOf(sex, 2); p >= 0; p = text.indexOf(sex, p + 1)) {
    if (JOINS[text.charCodeAt(p - 1)] !== 1) continue;
    if (p + 1 < text.length && AFTER_SEX[text.charCodeAt(p + 1)] !== 1) continue;
    const e = p - 1;
    let s = e;
    while (s > 0 && e - s < MAX_RUN + 1 && isHan(text, s - 1)) s--;
    if (e - s > MAX_RUN || (s > 0 && OPENS[text.charCodeAt(s - 1)] !== 1)) continue;
    const run = text.slice(s, e);
    if (!tibetanName(run) && !readsAsName(run)) continue;
    if (found.some((f) => f.start < e && s < f.end)) continue;
    (extra ??= []).push({ start: s, end: e, surname: tibetanName(run) ? '' : surnameAt(run, 0) || run[0] });
  }
  if (extra === null) return found as FramedName[];
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}
