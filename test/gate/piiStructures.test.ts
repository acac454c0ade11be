/**
 * The ninth tuning of names and residences (issue 9, after held-out slice 8 and a third round of reading): a
 * third party of a disclosure reply, hiring verbs, a verb of sending between 地址 and its colon, members and
 * passers-by named by what they are, a byline's list of reporters, one-part Tibetan names with a nationality,
 * and where a dotted name ends. Each rule with near variants and the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

describe('a third party of a disclosure reply', () => {
  it('is a person wherever the reply names them afterwards', () => {
    const t = '因该信息涉及第三方柴秋燕的个人信息，本机关书面征求其意见，柴秋燕明确不同意公开。';
    expect(names(t)).toEqual(['柴秋燕', '柴秋燕']);
    expect(names('涉及第三方冼国栋、匡玉兰的个人隐私。')).toEqual(['冼国栋', '匡玉兰']);
  });

  it('is no one when a body or an ordinary word follows 第三方', () => {
    for (const t of ['本机关委托第三方机构开展评估。', '征求第三方意见后作出答复。', '第三方评估报告已公开。', '第三方合法权益受到损害的，不予公开。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('people hired, and members named by what they are', () => {
  it('reads the names after 聘用 and after a member noun', () => {
    expect(names('经村民代表会议评议，聘用庞海东、栾秀云为村保洁员。')).toEqual(['庞海东', '栾秀云']);
    expect(names('慰问组看望了老党员邝明启、退休教师詹玉珍。')).toEqual(['邝明启', '詹玉珍']);
    expect(names('乘客阙立新突发疾病，司机巩德胜立即将车开往医院。')).toEqual(['阙立新', '巩德胜']);
  });

  it('leaves the nouns with their ordinary words alone', () => {
    for (const t of ['全体党员干部参加学习。', '党员大会选举产生新一届支部委员会。', '司机师傅请系好安全带。', '游客中心于五月开放。', '妇女儿童权益保障工作。', '聘用人员实行合同管理。'])
      expect({ t, names: names(t) }).toEqual({ t, names: [] });
  });
});

describe('a verb of sending between 地址 and its colon', () => {
  it('gives the address the person wrote', () => {
    expect(addresses('本答复书按你信函中注明的地址邮寄：东河区白沙乡胜利村一组。')).toEqual(['东河区白沙乡胜利村一组']);
    expect(addresses('告知书已按你申请表填写的地址寄送：临河区团结路8号3单元502室')).toEqual(['临河区团结路8号3单元502室']);
  });

  it('not the body’s own', () => {
    expect(addresses('地址邮寄：宿松县人民路1号')).toEqual([]);
    expect(addresses('本机关地址邮寄：宿松县人民路1号')).toEqual([]);
  });
});

describe('a byline or a list of officials after a title', () => {
  it('holds staff only, however many names follow the title', () => {
    expect(names('（通讯员 康明 刘小虎）')).toEqual([]);
    expect(names('（记者 詹晓东 通讯员 邝文 柴明远）')).toEqual([]);
    expect(names('局长冼国栋、副局长匡玉明出席会议。')).toEqual([]);
  });

  it('but a person named by another noun in the enumeration stays', () => {
    expect(names('副县长冼国栋、村民匡玉明一同察看了灾情。')).toEqual(['匡玉明']);
    expect(names('慰问组看望了困难户 邝明启 詹玉珍')).toEqual(['邝明启', '詹玉珍']);
  });
});

describe('names without a Han surname', () => {
  it('a single Tibetan part with a nationality in brackets', () => {
    expect(names('优秀共产党员拟推荐对象：向秋拉姆（女，藏族）；伦珠（藏族）。')).toEqual(['向秋拉姆', '伦珠']);
  });

  it('a dotted name ends where its parts or a telling word end', () => {
    expect(names('巴特尔、其其格、阿依古丽·买买提三人被评为优秀护林员。')).toEqual(['巴特尔', '其其格', '阿依古丽·买买提']);
    expect(names('护林员艾热提·马木提被评为先进个人。')).toEqual(['艾热提·马木提']);
  });
});
