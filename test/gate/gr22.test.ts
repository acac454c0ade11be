/**
 * The twenty-fourth tuning's precision rules (issue 9, slices 24 and 25 studied): the contact a text offers the public
 * inside a body, a body's trained hand listed after its head, quoted terms enumerated before a class noun, and a
 * common word's compound set apart by marks alone. Each on sentences of other kinds than the slices', with the
 * private person beside them found.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

describe('a person offered to the public as the point of contact inside a body is the body\'s contact', () => {
  it('drops the contact after an invitation (可向, 也可向, 或请与) and a body\'s word', () => {
    expect(names('如有疑问，可向镇卫生院防保医生黎建华反映。')).toEqual([]);
    expect(names('有需要的家庭，也可向县人民医院心理科医生韦春梅反映。')).toEqual([]);
    expect(names('也可向村卫生室乡村医生蒙海燕咨询。')).toEqual([]);
  });

  it('keeps a doctor a patient\'s family names and a villager who reports to a cadre', () => {
    expect(names('患者家属向医院投诉，称医生黎建华未尽告知义务。')).toEqual(['黎建华']);
    expect(names('村民冯桂香向村干部邓志明反映了情况。')).toEqual(['冯桂香']);
    expect(names('请拾到者与失主庞立新联系，必有重谢。')).toEqual(['庞立新']);
  });
});

describe('a body\'s trained hand listed after its head serves with that official', () => {
  it('drops the nurse or village doctor listed after the head of the same body', () => {
    expect(names('（县人民医院院长韦国平、护士长蒙丽华在义诊现场为群众测量血压。）')).toEqual([]);
    expect(names('镇卫生院副院长秦建军、乡村医生覃春燕上门为老人体检，老人吕桂兰表示感谢。')).toEqual(['吕桂兰']);
  });

  it('keeps a student beside a head and a doctor named in a complaint', () => {
    expect(names('校长孟庆丰、学生代表覃小雨发言。')).toEqual(['覃小雨']);
    expect(names('患者家属反映，主治医生杨文斌未尽告知义务。')).toEqual(['杨文斌']);
  });
});

describe('quoted terms before 等 and a class noun are things', () => {
  it('drops a quoted prescription, variety or play', () => {
    expect(names('执业人员应继续参加培训，规范使用“雅叫哈顿”等传统方剂。')).toEqual([]);
    expect(names('推广“金秋红”“玉珠香”等本地品种，农户蒙桂兰种了十亩。')).toEqual(['蒙桂兰']);
    expect(names('剧团排演了“罗成叫关”“秦香莲”等传统剧目。')).toEqual([]);
  });

  it('keeps people a quotation honours before 等 and a noun of people', () => {
    expect(names('表彰“最美家庭”户主柯丽萍、“好媳妇”韦秀英等先进人物。')).toEqual(['柯丽萍', '韦秀英']);
  });
});

describe('a common word\'s compound set apart by marks alone is that word', () => {
  it('drops 农家乐 in brackets and keeps the household head of the row', () => {
    expect(names('他选择自主创业（农家乐）。')).toEqual([]);
    expect(names('5 | 母建华 | 自主创业（农家乐） | 汀溪县')).toEqual(['母建华']);
  });

  it('keeps a name a sex follows and a signature on its own line', () => {
    expect(names('王国华，男，汉族，1968年生。')).toEqual(['王国华']);
    expect(names('特此申请。\n王国华\n2024年3月1日')).toEqual(['王国华']);
  });
});

describe('a village and its resident noun filling a table\'s cell state what the person is, not a home', () => {
  it('drops the bare village of an occupation cell and keeps the person of the row', () => {
    const table = ['序号  姓名      性别  职业或工作单位          推荐方式', '1     韦秀英    女    龙溪乡新寨村村民        个人申请', '2     黎文康    男    县第二中学教师          组织推荐'].join('\n');
    expect(names(table)).toEqual(['韦秀英', '黎文康']);
    expect(addresses(table)).toEqual([]);
    expect(addresses('3 | 蒙海燕 | 女 | 龙溪乡新寨村村民 | 随机抽选')).toEqual([]);
  });

  it('keeps the same words in prose and a cell with a group', () => {
    expect(addresses('韦秀英系龙溪乡新寨村村民，长期照料瘫痪的婆婆。')).toEqual(['龙溪乡新寨村']);
    expect(addresses('3 | 蒙海燕 | 女 | 龙溪乡新寨村五组村民 | 随机抽选')).toEqual(['龙溪乡新寨村五组']);
  });
});

describe('the head of a private body (a co-operative, a company, a plant) is a person; a public body\'s holds an office', () => {
  it('finds the head a private body\'s post introduces', () => {
    expect(names('县青山茶叶专业合作社理事长覃国平说，今年茶青收购价上涨。')).toEqual(['覃国平']);
    expect(names('养殖场厂长蒙海军表示，已按要求整改到位。')).toEqual(['蒙海军']);
    expect(names('公司董事长韦立新介绍，项目已开工。')).toEqual(['韦立新']);
  });

  it('drops the head of a federation a division names, and a public post', () => {
    expect(names('镇残联理事长莫秋菊带队入户核查，户主黎志刚在场。')).toEqual(['黎志刚']);
    expect(names('镇长覃国平说，今年好。')).toEqual([]);
  });
});
