/**
 * Person-name precision rules of the thirty-fourth helper (issue 9, slices 32 and 33 studied): people the text shows
 * acting for a body or a firm (the clerk of a desk line, a professional under the label of the service rendered, the
 * contact after the body's address), and words the model reads as words. Every sentence is of another kind than the
 * slices', with private persons beside them kept.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names the detector must report (and nothing else)]. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // the clerk named after a desk line's number is staff; a person's own mobile leaves the name a person
  ['如对补助名单有异议，请拨打监督电话：0734-8123456（邝晓梅）反映。', []],
  ['举报电话：0351-7654321（冉文斌），受理时间为工作日。', []],
  ['报名地点：县文化馆二楼，联系电话：0736-5123456（柏建新）。', []],
  ['寄件人：宁秀英，电话：13907311234（宁秀英）', ['宁秀英', '宁秀英']],
  ['服务热线受理单20250311007（晏志刚）反映的路灯问题已修复。', ['晏志刚']],
  // a professional under the label of the service rendered is staff; a profession alone names winners
  ['本期家政服务培训结束。\n    授课教师：蔺国华（高级技师）、邝晓梅、晏志刚。', []],
  ['资产评估报告已送达。（资产评估师：聂海燕、冉文斌）', []],
  ['经司法鉴定，伤残等级为十级（鉴定医师：柏建新、宁秀英）。', []],
  ['经评选，下列同志获奖。\n优秀教师：蔺国华、邝晓梅', ['蔺国华', '邝晓梅']],
  ['授课教师聂海燕讲解了急救包扎要点。', []],
  ['委托诉讼代理人：聂海燕，代理律师：冉文斌。', ['聂海燕', '冉文斌']],
  // the contact after a body's address on its line is the body's; after a home it stays a person
  ['对结果有异议的，可向县粮食和物资储备局反映。\n地址：青禾县建设路20号，联系人：聂海燕。', []],
  ['寻亲启事\n地址：澄江县救助管理站，联系人：冉文斌，电话：18907311234。', []],
  ['申请人：宁秀英，住址：澄江县河口镇新民村三组12号，联系人：穆春生，电话：13907311234。', ['宁秀英', '穆春生']],
  // a run glued to a building's number is the estate's name; the neighbour before the bracket stays a person
  ['物业公司对翠湖居3幢、金帆苑2号楼外墙进行了检修。', []],
  ['走访中，住户反映桂馨园2栋电梯故障，由康乐苑3号楼物业代为维修。', []],
  ['经查，邻居柏建新（锦绣华庭5栋201室）反映属实。', ['柏建新']],
  // a run after a conjunction that opens with a word is the compound of a thing, unless a person stands on the other side
  ['民警在路边捡到装有身份证和银行卡的钱包，经联系归还失主。', []],
  ['店员发现顾客遗落的手机和银行卡的卡套后报警。', []],
  ['柜台上放着钥匙和高山茶，没人认领。', []],
  ['王芳和王国华的身份证一并补办。', ['王芳', '王国华']],
  ['我和王国华多次找村委会。', ['王国华']],
  // a word glued to a trade's label goes on as that word's compound (a heading); a party's label still names a person
  ['全县货运驾驶员安全文明驾驶承诺书', []],
  ['当事人王国华时任该公司经理。', ['王国华']],
  ['当事人王国华违规搭建彩钢棚。', ['王国华']],
];

describe('gr34: names of people acting for others, and words read as words', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
