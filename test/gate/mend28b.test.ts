/**
 * The mends of integ8's review (stop 28, bugs 3–6 and 8): a quoted name before a noun it does not qualify, a name
 * before a quoted word, the persons a duty is done to and the names after a preposition in a duty's enumeration,
 * a name joined by grammar to a bare firm, and a body in a table's person column whose name ends in a unit that also
 * closes places (养殖场, 村委会, 车队). Synthetic people and places only.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

/** [text, a name the detector must report] */
const FOUND: readonly (readonly [string, string])[] = [
  // 3: a quoted name before a noun of the person's household or an act is the person (no brand, epithet or title)
  ['村民“张建华”家中被盗。', '张建华'],
  ['经查，“刘建国”驾驶车辆逃逸。', '刘建国'],
  ['“刘建国”家的房屋倒塌', '刘建国'],
  ['受助人“陈秀英”户', '陈秀英'],
  ['“刘建国”老人', '刘建国'],
  ['被称为“刘建国”的男子系本案当事人。', '刘建国'],
  ['申请人“柏海林”房屋受损，已登记。', '柏海林'],
  ['据反映，“邝晓梅”夫妇长期外出务工。', '邝晓梅'],
  // 4: a two-character name before a quoted word: the person who did what the quote says
  ['经查，张伟“借用”他人名义申报补贴。', '张伟'],
  ['举报人反映，王军“冒领”低保金。', '王军'],
  ['经调查，陈刚“以租代征”占用耕地。', '陈刚'],
  ['刘娟“自愿”放弃继承。', '刘娟'],
  ['经核实，邝芳“虚报”家庭收入。', '邝芳'],
  // 5: the persons a duty is done to (被检验人员), and every name after a preposition in the enumeration
  ['检测人员对王芳、李娜、赵军、孙强进行检测。', '李娜'],
  ['检测人员对王芳、李娜、赵军、孙强进行检测。', '孙强'],
  ['检测人员对刘建国、李秀英的样品进行检测。', '李秀英'],
  ['被检验人员王芳、李娜', '王芳'],
  ['受检验人员王芳、李娜', '王芳'],
  ['被采样人员王芳、李娜', '王芳'],
  ['被抽样人员王芳、李娜', '王芳'],
  ['检测人员向柏海林、邝晓梅了解情况。', '邝晓梅'],
  // 6: a name joined by grammar to a bare firm is the person
  ['经查，刘伟在会计师事务所任职。', '刘伟'],
  ['经查，刘伟与会计师事务所签订合同。', '刘伟'],
  ['经查，邝晓梅和律师事务所签订了委托协议。', '邝晓梅'],
  ['村民赵军的律师事务所', '赵军'],
  ['经查，柏海林向律师事务所支付了代理费。', '柏海林'],
];

/** [text, what the detector must not report as a name] */
const NOT_FOUND: readonly (readonly [string, string])[] = [
  // 3: brands, epithets, categories and titles stay labels
  ['该药店另售有“邵百川”膏药等商品。', '邵百川'],
  ['经营部购进的“柏海林”复合肥三十袋已被封存。', '柏海林'],
  ['她被乡亲们称为“柳秀才”，带动养殖户增收。', '柳秀才'],
  ['“高状元”邝晓梅家住河口镇。', '高状元'],
  // 4: a word before a quotation is what is done to
  ['记者跟随专家给花田“号脉”，查看墒情。', '花田'],
  ['寒潮来临前，工作组给严冬“送暖”。', '严冬'],
  // 5: the duty's own staff stay the body's
  ['水样由市疾控中心采集，检验人员钟立伟、庞海燕。', '庞海燕'],
  // 6: a trade name's last character before the suffix
  ['经研究，指派浈阳泰和律师事务所的律师为其提供辩护。', '浈阳泰'],
  ['委托澴川正和会计师事务所审计。', '澴川正'],
];

describe('mend28b: names the review found lost', () => {
  it.each(FOUND)('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(NOT_FOUND)('%s ↛ %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('mend28b: a body in a table\'s person column owns its row\'s place', () => {
  const table = [
    '序号  姓名  住址  金额',
    '1  刘建国  青山镇石桥村三组12号  500',
    '2  青山镇兴旺养殖场  青山镇石桥村四组3号  800',
    '3  青山镇红岩村村委会  青山镇红岩村五组1号  900',
    '4  王家绿源家庭农场  青山镇石桥村六组8号  700',
    '5  青山镇林果种植园  青山镇柳湾村二组5号  600',
    '6  青山镇运输车队  青山镇柳湾村一组9号  300',
  ].join('\n');

  it('flags only the person\'s home', () => {
    expect(addresses(table)).toEqual(['青山镇石桥村三组12号']);
  });

  it('still reads a home beside a village group cell', () => {
    const rows = ['序号  户主  村组  家庭住址', '1  刘建国  赵家窑村一社  赵家窑村一社15号'].join('\n');
    expect(addresses(rows)).toContain('赵家窑村一社15号');
  });
});
