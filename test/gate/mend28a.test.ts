/**
 * The review of integ8 (issue 9), bugs 1, 2, 7 and 9: a government's, a people's congress's and a CPPCC's 秘书长 do not
 * make their officials an association's officers; a long line of posts reads in linear time; a final 和 before a digit,
 * a quote or a title mark is the conjunction; an adverb after a name ends it only when the clause goes on after it, in
 * prose and after a party's label alike.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names it holds] */
const found: [string, string[]][] = [
  // Bug 7: 和 before a digit, a quote, a title mark or Latin joins the name to what follows.
  ['当天，刘芳和5岁的儿子在家。', ['刘芳']],
  ['经查，李军和“黑车”司机商定价格。', ['李军']],
  ['村民赵强和《承包合同》的另一方发生纠纷。', ['赵强']],
  ['经查，陈刚和10余名村民一起到镇上反映。', ['陈刚']],
  ['经查，陈刚和ABC公司签订合同。', ['陈刚']],
  // ...while before a closing bracket or a pause it joins nothing and ends the given name.
  ['申请人（葛春和）已签收。', ['葛春和']],
  ['名单：江国平、龙正和、潘小兵。', ['江国平', '龙正和', '潘小兵']],
  // Bug 9: a given name ending in an adverb's character is whole when a mark follows.
  ['村民刘德再，男，1956年出生。', ['刘德再']],
  ['村民蒋国便，男，1961年出生。', ['蒋国便']],
  // ...and the adverb still ends the name when the clause goes on.
  ['报案材料显示，其兄章伟又到派出所报案。', ['章伟']],
  ['此后村民汤伟也向镇政府反映。', ['汤伟']],
  // After a party's label too (the review's older bug): 当事人孙建还未…
  ['当事人孙建还未缴纳罚款。', ['孙建']],
  ['申请人孙建也未到场。', ['孙建']],
  ['当事人刘德再，男，1956年出生。', ['刘德再']],
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
  // Bug 7: 和 before a non-closing mark is not a given character.
  ['当天，刘芳和5岁的儿子在家。', ['刘芳和']],
  ['经查，李军和“黑车”司机商定价格。', ['李军和']],
  ['村民赵强和《承包合同》的另一方发生纠纷。', ['赵强和']],
  ['经查，陈刚和10余名村民一起到镇上反映。', ['陈刚和']],
  // Bug 9: an adverb before the clause's verb is not a given character.
  ['报案材料显示，其兄章伟又到派出所报案。', ['章伟又']],
  ['此后村民汤伟也向镇政府反映。', ['汤伟也']],
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
