/**
 * Document-level repeats (issue 9, the twenty-second tuning): once a name is found, every other exact mention of
 * it in the document is the same person (names.ts propagate) — unless the string there is part of something
 * longer: the start of a body's or a place's name (李明村委会, 华夏银行), a longer name (王芳 inside 王芳华说), or, for
 * a name that is also an ordinary word (高峰, 华夏), the word itself where nothing around it speaks of a person
 * (用电高峰期间). Asked once per mention, with a handful of reads around it.
 */
import { isHanCode, unitTable } from './chars.js';
import { givenScore, isCommonWord } from './model/index.js';
import { introducedAt, toldAfter } from './prose.js';
import { namesThingAfter, shopAfter } from './things.js';

/** Names of bodies and places that open with a person's name (a shop, a firm, a village named after a family). */
const BODY_AFTER = ['公司', '银行', '集团', '合作社', '委员会', '村委会', '医院', '学校', '超市', '商店', '商行', '门市', '中心', '农场', '工作室', '诊所', '药店', '饭店', '酒店', '宾馆', '餐馆', '小区'];
const PLACE_AFTER = unitTable('村镇乡县市路街巷屯庄寨湾'.split(''));
/** A given character at least this name-like, after a two-character name, may make it a longer one. */
const LONGER_GIVEN = 3;

/** True when the mention of `name` at `start` is the person found elsewhere in the document. */
export function isSameMention(text: string, start: number, name: string): boolean {
  const end = start + name.length;
  if (end < text.length) {
    const next = text.charCodeAt(end);
    if (PLACE_AFTER[next] === 1 && !toldAfter(text, end)) return false;
    for (const b of BODY_AFTER) if (text.startsWith(b, end)) return false;
    if (namesThingAfter(text, end) || (!toldAfter(text, end) && shopAfter(text, end))) return false;
    // 王芳|华说: a two-character name with a name-like character after it that a telling word then ends is the
    // start of a longer name, unless what follows the two is itself telling (王芳和, 王芳说).
    if (name.length === 2 && isHanCode(next) && !toldAfter(text, end) && givenScore(text[end]) >= LONGER_GIVEN && toldAfter(text, end + 1)) return false;
  }
  // 用电高峰期间: a name that is also a word is that word where neither side speaks of a person.
  if (isCommonWord(name) && !introducedAt(text, start) && !toldAfter(text, end)) return false;
  return true;
}
