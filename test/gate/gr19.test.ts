/**
 * Tables, enumerations and transliterated names (issue 9, tuning after held-out slices 22 and 23): a column known to
 * hold people by its heading (with a note or alternatives) or by its cells, whose given names are ordinary words or
 * whose surnames the tables lack; Tibetan names as a class of syllables; enumerations of award winners. Each rule on
 * document kinds of its own (synthetic people and places), with the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';
import { addresses, names } from './piiFinds.js';

describe('a column whose heading names people reads every cell the heading vouches for', () => {
  it('reads rare surnames and given names that are words under a person heading (aligned spaces)', () => {
    const text = [
      '2026年度高龄津贴新增对象公示',
      '序号  老人姓名    代领人姓名    所在村组              月补贴（元）',
      '1     邗满仓      邗双喜        东坪乡石门村三组      200',
      '2     禤谷雨      禤腊梅        东坪乡石门村五组      200',
      '3     刘桂兰      刘建平        东坪乡青石村二组      300',
      '4     蔺小满      蔺国庆        东坪乡青石村六组      200',
    ].join('\n');
    expect(names(text)).toEqual(['邗满仓', '邗双喜', '禤谷雨', '禤腊梅', '刘桂兰', '刘建平', '蔺小满', '蔺国庆']);
  });

  it('reads a heading with alternatives or a note (户主/代领人, 法定代表人（负责人）), keeping the representative\'s role', () => {
    const relief = ['序号\t户主/代领人\t补助金额（元）\t发放方式', '1\t郏石头\t800\t一卡通', '2\t訾冬至\t600\t一卡通', '3\t王秀珍\t800\t一卡通'].join('\n');
    expect(names(relief)).toEqual(['郏石头', '訾冬至', '王秀珍']);
    const firms = [
      '序号 | 企业名称 | 法定代表人（负责人） | 经营地址 | 处理结果',
      '1 | 青溪县永利食品有限公司 | 逯谷雨 | 青溪县建设路18号 | 责令整改',
      '2 | 青溪县和顺副食店 | 郯来福 | 青溪县新华街9号 | 警告',
      '3 | 青溪县金穗粮油有限公司 | 陈志华 | 青溪县工业园区3号 | 罚款',
    ].join('\n');
    expect(names(firms)).toEqual(['逯谷雨', '郯来福', '陈志华']);
    // The representative's role goes with the name: a 惩戒公示 or 行政处罚 category discloses it by that role (policy.ts).
    expect(detectPii(firms).filter((c) => c.type === 'person_name').map((c) => c.role)).toEqual(['法定代表人', '法定代表人', '法定代表人']);
    // The company's seat beside its representative is no home.
    expect(addresses(firms)).toEqual([]);
  });

  it('reads a column whose heading offers a name or a body\'s name (当事人姓名/名称), leaving the bodies alone', () => {
    const text = [
      '序号\t当事人姓名/名称\t违法事实\t处罚结果',
      '1\t剡满囤\t无证经营\t警告',
      '2\t溪口县顺达运输有限公司\t超限运输\t罚款',
      '3\t鄞秋收\t占道经营\t警告',
    ].join('\n');
    expect(names(text)).toEqual(['剡满囤', '鄞秋收']);
  });

  it('lets a housemate\'s surname vouch for a cell of a column known by its cells', () => {
    const text = [
      '序号 | 户主 | 新增人员 | 关系 | 原因',
      '1 | 闾明辉 | 闾五斤 | 子 | 出生',
      '2 | 李建国 | 李婉清 | 女 | 出生',
      '3 | 周秀英 | 周子涵 | 孙女 | 出生',
    ].join('\n');
    expect(names(text)).toEqual(['闾明辉', '闾五斤', '李建国', '李婉清', '周秀英', '周子涵']);
  });

  it('leaves cells under a person heading that name no one, and columns of things, alone', () => {
    const text = [
      '序号  申请人姓名    审核结果    备注',
      '1     张丽华        同意        待核实',
      '2     合计          —           —',
      '3     李国强        同意        暂缓',
    ].join('\n');
    expect(names(text)).toEqual(['张丽华', '李国强']);
    const things = ['序号 | 品种 | 数量（株） | 单价（元）', '1 | 红富士 | 300 | 12', '2 | 嘎啦果 | 200 | 15', '3 | 冬枣 | 500 | 8'].join('\n');
    expect(names(things)).toEqual([]);
  });
});

describe('a column of the body\'s auxiliary staff beside each household names staff, not the public', () => {
  it('leaves the 协理员 or 专管员 column alone and reads the people beside it', () => {
    const text = [
      '序号  姓名        所在社区      协理员',
      '1     冯建国      东关社区      柯美玲',
      '2     侯秀芝      西关社区      柯美玲',
      '3     段立平      东关社区      蒋春生',
      '4     龚德胜      西关社区      蒋春生',
    ].join('\n');
    expect(names(text)).toEqual(['冯建国', '侯秀芝', '段立平', '龚德胜']);
    const tax = ['序号\t纳税人姓名\t应缴税额（元）\t专管员', '1\t詹玉兰\t320\t阎光辉', '2\t涂志强\t180\t阎光辉', '3\t房桂英\t260\t阎光辉'].join('\n');
    expect(names(tax)).toEqual(['詹玉兰', '涂志强', '房桂英']);
  });
});

describe('Tibetan names are read as a class of syllables', () => {
  it('finds them in a tab table under a household heading and in a column known by its cells', () => {
    const grazing = ['村组\t牧户姓名\t草场面积（亩）\t奖补金额（元）', '一社\t格桑多杰\t1200\t3600', '一社\t才让吉\t800\t2400', '二社\t扎西东智\t950\t2850'].join('\n');
    expect(names(grazing)).toEqual(['格桑多杰', '才让吉', '扎西东智']);
    const noHeading = ['1　次仁旺姆　女　68', '2　洛桑平措　男　72', '3　央金拉姆　女　81'].join('\n');
    expect(names(noHeading)).toEqual(['次仁旺姆', '洛桑平措', '央金拉姆']);
  });

  it('finds them after a role label, with a colon or glued to it', () => {
    expect(names('户主：格桑旺姆，女，藏族，1961年出生。')).toEqual(['格桑旺姆']);
    expect(names('当事人才让东智于2025年4月在禁牧区内放牧。')).toEqual(['才让东智']);
  });

  it('reads a transliteration with one syllable the parts lack under a person heading, not under a heading of things', () => {
    const text = ['序号\t户主姓名\t补奖面积（亩）\t金额（元）', '1\t照那斯图\t2100\t12600', '2\t钢图雅\t1800\t10800', '3\t阿拉坦仓\t950\t5700'].join('\n');
    expect(names(text)).toEqual(['照那斯图', '钢图雅', '阿拉坦仓']);
    expect(names('序号\t项目名称\t金额（元）\n1\t巴音乌苏\t12600\n2\t钢图雅\t10800\n3\t阿拉坦仓\t5700')).toEqual([]);
  });

  it('does not read ordinary words made of the same characters as names', () => {
    expect(names('品种\t产地\t单价\n加吉鱼\t东海\t30\n拉面\t兰州\t12\n美朵花\t本地\t5')).toEqual([]);
  });
});

describe('enumerations of people read their members whole', () => {
  it('reads a member before its note in brackets and the last member after names', () => {
    expect(names('    一等奖（3人）：陈立新、卓玛措（女，藏族）、周文斌\n')).toEqual(['陈立新', '卓玛措', '周文斌']);
    expect(names('    优秀护林员：吴建华、何丽萍、孙德胜、郭九斤\n')).toEqual(['吴建华', '何丽萍', '孙德胜', '郭九斤']);
  });

  it('reads the head of a list of names before its note, whatever its surname', () => {
    expect(names('    优秀：禤海燕（女，瑶族）、何丽萍、孙德胜\n')).toEqual(['禤海燕', '何丽萍', '孙德胜']);
    expect(names('    先进个人：邗秀兰（女）、陈立新、周文斌\n')).toEqual(['邗秀兰', '陈立新', '周文斌']);
  });

  it('leaves an enumeration of things alone', () => {
    expect(names('    主要作物：玉米、小麦、马铃薯、油菜\n')).toEqual([]);
    expect(names('    供应品种：红富士（早熟）、嘎啦果、冬枣\n')).toEqual([]);
  });
});
