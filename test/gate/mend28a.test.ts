/**
 * The review of integ8 (issue 9), bugs 1, 2, 7 and 9: a government's, a people's congress's and a CPPCC's 秘书长 do not
 * make their officials an association's officers; a long line of posts reads in linear time; a final 和 before a digit,
 * a quote or a title mark is the conjunction; an adverb after a name ends it only when the clause goes on after it.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names it holds] */
const found: [string, string[]][] = [
  // Bug 1: an association's roster stays its officers (会长 or an organ in the block).
  ['某某协会\n会长：任国栋\n秘书长：祁海燕', ['任国栋', '祁海燕']],
  ['理事会秘书长：祁海燕', ['祁海燕']],
];

/** [text, what must not be read as a name] */
const notFound: [string, string[]][] = [
  // Bug 1: a government's, a people's congress's and a CPPCC's 秘书长 is theirs: the block names officials.
  ['县政府\n县长：刘建国\n副县长：李秀英\n秘书长：赵德明', ['刘建国', '李秀英', '赵德明']],
  ['市人大常委会组成人员\n主任：刘建国\n副主任：李秀英、王志强\n秘书长：赵德明', ['刘建国', '李秀英', '王志强', '赵德明']],
  ['县政协领导\n主席：刘建国\n副主席：李秀英\n秘书长：赵德明', ['刘建国', '李秀英', '赵德明']],
  ['市政府领导\n市长：刘建国\n常务副市长：李秀英\n副秘书长：赵德明', ['刘建国', '李秀英', '赵德明']],
  // A block that holds a government's head is the body's though a member organisation's line joins it.
  ['县人民政府领导班子\n县长：刘建国\n常务副县长：李秀英\n秘书长：赵德明\n县慈善协会会长：王志强', ['刘建国', '李秀英', '赵德明']],
];

describe('mend28a: the review of integ8, bugs 1, 2, 7 and 9', () => {
  it.each(found)('finds the names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(notFound)('leaves alone what names no private person in %s', (text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
