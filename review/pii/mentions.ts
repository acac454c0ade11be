/**
 * Document-level repeats (issue 9, the twenty-second tuning): once a name is found, every other exact mention of
 * it in the document is the same person (names.ts propagate) — unless the string there is part of something
 * longer: the start of a body's or a place's name (李明村委会, 华夏银行), a longer name (王芳 inside 王芳华说), or, for
 * a name that is also an ordinary word (高峰, 华夏), the word itself where nothing around it speaks of a person
 * (用电高峰期间). Asked once per mention, with a handful of reads around it.
 */
import { isHanCode } from './chars.js';
import { givenScore, isCommonWord } from './model/index.js';
import { introducedAt, opensPlaceOrBody, toldAfter } from './prose.js';
import { namesThingAfter, shopAfter } from './things.js';

/** A given character at least this name-like, after a two-character name, may make it a longer one. */
const LONGER_GIVEN = 3;

/** True when the mention of `name` at `start` is the person found elsewhere in the document. */
export function isSameMention(text: string, start: number, name: string): boolean {
  const end = start + name.length;
  const told = toldAfter(text, end);
  // 王芳家庭农场, 王芳花椒树63株: a business or a count after the name, whatever follows it. Goods do not count: the
  // person is found elsewhere, and an owner's goods follow the name with 的 dropped (刘强摩托车价值三千元).
  if (end < text.length && namesThingAfter(text, end, true)) return false;
  if (!told && end < text.length) {
    // 李明村委会, 华夏银行, 王芳商店, 王芳粮油店: the start of a place's, a body's or a shop's name, not the person again.
    if (opensPlaceOrBody(text, end) || shopAfter(text, end)) return false;
    // 王芳|华说: a two-character name with a name-like character after it that a telling word then ends is the
    // start of a longer name, unless what follows the two is itself telling (王芳和, 王芳说).
    if (name.length === 2 && isHanCode(text.charCodeAt(end)) && givenScore(text[end]) >= LONGER_GIVEN && toldAfter(text, end + 1)) return false;
  }
  // 用电高峰期间: a name that is also a word is that word where neither side speaks of a person.
  if (!told && isCommonWord(name) && !introducedAt(text, start)) return false;
  return true;
}
