/**
 * The mends of integ3's review (stop 25): names kept under spaced and …名 headings, the person checked (被核查人) no
 * clerk, an owner before his goods no brand, and prepositions, places and grammar characters no names.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

const rows = (head: string, sep: string): string =>
  [`序号${sep}${head}${sep}性别${sep}年龄`, `1${sep}王建国${sep}男${sep}45`, `2${sep}李秀英${sep}女${sep}52`, `3${sep}张卫东${sep}男${sep}38`].join('\n');

describe('a name heading spaced out or ending in 名 heads people, not things', () => {
  it('keeps every row under 姓 名, 姓　名, 户主名 and 学生名', () => {
    const people = ['王建国', '李秀英', '张卫东'];
    expect(names(rows('姓 名', ' | '))).toEqual(people);
    expect(names(rows('姓　名', '      '))).toEqual(people);
    expect(names(rows('户主名', '      '))).toEqual(people);
    expect(names(rows('学生名', '      '))).toEqual(people);
  });

  it('still reads a column of named things as things', () => {
    const table = ['序号  姓名        船名        吨位', '1     龚玉兰      金海丰      12', '2     聂长生      顺安达      9'].join('\n');
    expect(names(table)).toEqual(['龚玉兰', '聂长生']);
  });
});

describe('the person a duty is done to (被核查人) is no clerk; a clerk\'s list is staff throughout', () => {
  it('keeps the person checked and reviewed', () => {
    expect(names('被核查人：李秀英，女，住新桥村。')).toEqual(['李秀英']);
    expect(names('被复核人：赵德明')).toEqual(['赵德明']);
  });

  it('reads every member of a clerk\'s list at a form\'s foot as staff', () => {
    expect(names('申请人：龚玉兰，住新桥村。\n调查人：刘强、孙明')).toEqual(['龚玉兰']);
  });
});

describe('an owner\'s goods after his name (的 dropped) leave the name a person', () => {
  it('keeps the owner before his goods at every mention', () => {
    expect(names('村民王建国电脑被盗，已向派出所报案。')).toEqual(['王建国']);
    expect(names('受害人刘强摩托车被盗，刘强摩托车价值三千元。')).toEqual(['刘强', '刘强']);
    expect(names('村民王建国牌照被扣。')).toEqual(['王建国']);
  });

  it('still reads a brand a verb opens as no name', () => {
    expect(names('他帮邻居修海尔洗衣机。')).toEqual([]);
  });
});

describe('prepositions, families and joining words after a person noun are no names', () => {
  it('finds no name in these clauses', () => {
    expect(names('房东向租客说明情况。')).toEqual([]);
    expect(names('大爷于心不忍，报了警。')).toEqual([]);
    expect(names('孕妇于凌晨分娩。')).toEqual([]);
    expect(names('住在城里的朱家兄弟说，房子要修。')).toEqual([]);
    expect(names('低保户暨五保户名单')).toEqual([]);
  });

  it('keeps a name before 兄弟', () => {
    expect(names('村民王建国兄弟二人说，房子要修。')).toEqual(['王建国']);
  });
});

describe('an association\'s member (协会员) heads no staff column; the desk\'s 专管员 does', () => {
  it('keeps the members and drops the 专管员', () => {
    const members = ['序号  姓名        所在组      协会员', '1     龚玉兰      一组        黎建平', '2     聂长生      三组        鲍春来'].join('\n');
    expect(names(members)).toEqual(['龚玉兰', '黎建平', '聂长生', '鲍春来']);
    const staff = ['序号  姓名        所在组      专管员', '1     龚玉兰      一组        黎建平', '2     聂长生      三组        鲍春来'].join('\n');
    expect(names(staff)).toEqual(['龚玉兰', '聂长生']);
  });
});

describe('a label closing in 名 that opens 名单 or 名册 is no label', () => {
  it('reads no name out of 五保户名单如下 or 贫困户名册, and still reads the account holder after 户名', () => {
    expect(names('经村民代表会议评议，现将2025年度五保户名单如下：')).toEqual([]);
    expect(names('附件：脱贫监测户名册（第二批）')).toEqual([]);
    expect(names('户名：龚玉兰，开户行：农商银行新桥支行。')).toEqual(['龚玉兰']);
  });
});
