/**
 * The character-level name model: how name-like a run of Han characters is, judged from the surname
 * table, per-character given-name scores and a list of ordinary words, all derived offline from the
 * jieba dictionary (build.ts → data.ts). Context (what stands before and after) is scored by the caller
 * (../prose.ts); this module only knows about the characters themselves. Every lookup is O(1).
 */
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../lexicon.js';
import { COMMON_WORDS, GIVEN_CHAR_SCORES, SURNAME_WEIGHTS } from './data.js';

const GIVEN = new Map<string, number>();
for (const [score, chars] of Object.entries(GIVEN_CHAR_SCORES)) for (const c of chars) GIVEN.set(c, Number(score));

const SURNAME_WEIGHT = new Map<string, number>();
SURNAME_WEIGHTS.forEach((chars, weight) => {
  for (const c of chars) SURNAME_WEIGHT.set(c, weight);
});

const WORDS: ReadonlySet<string> = new Set(COMMON_WORDS.split(' '));

/** A given-name character never seen in the name lists: rare in names, but 生僻字 exist, so not fatal. */
const UNSEEN_GIVEN = -3;

/**
 * Characters that end words for places, bodies and things, or are grammar: never part of a given name
 * in running text (张屋组, 王家村, 李局长 are not people called 屋组, 家村, 局长).
 */
const NEVER_GIVEN = new Set(
  '的了在是于和与及等为对向被将把从由以其之所者也而或但若即乃该此这那些个们局市县区省乡镇村组屯旗盟街路巷号楼栋室厅处科部委办院校厂店站队社司馆场所园库港湾桥河湖山岭坡沟渠田地亩元万亿年月日时分秒次件项条款章节第某×＊*'.split(''),
);

export function isCommonWord(w: string): boolean {
  return WORDS.has(w);
}

export function givenScore(ch: string): number {
  if (NEVER_GIVEN.has(ch)) return -20;
  return GIVEN.get(ch) ?? UNSEEN_GIVEN;
}

/** The surname at `p` (compound first), or '' when none starts there. */
export function surnameAt(text: string, p: number): string {
  const c = text[p];
  for (const s of COMPOUND_SURNAMES) if (c === s[0] && text[p + 1] === s[1]) return s;
  return SINGLE_SURNAMES.has(c) ? c : '';
}

/** 0–3 for single surnames by how many names in the lists carry them; compound surnames count as 2. */
export function surnameWeight(surname: string): number {
  if (surname.length === 2) return 2;
  return SURNAME_WEIGHT.get(surname) ?? 0;
}

/**
 * Score of `name` (surname + 1–2 given characters) on its characters alone. Two-character names carry
 * one given character of evidence, so the single character counts one and a half times; a run that is an
 * ordinary word, or whose surname and first given character are one, is pushed far down.
 */
export function nameScore(name: string, surname: string): number {
  const given = name.slice(surname.length);
  if (given.length < 1 || given.length > 2) return -100;
  let s = surnameWeight(surname);
  if (given.length === 1) s += 1.5 * givenScore(given);
  else s += givenScore(given[0]) + givenScore(given[1]);
  if (isCommonWord(name)) s -= 8;
  else if (name.length === 3 && isCommonWord(name.slice(0, 2))) s -= 3;
  if (given.length === 2 && isCommonWord(given)) s -= 1;
  return s;
}
