/**
 * The twenty-sixth tuning's home rules (issue 9, slices 26 and 27 studied): an enumeration of places declared the
 * persons' dwellings, a pronoun's 家在, a register's 坐落于 a house down to its door, a bare village closing a
 * person's record as an origin, and a spot told by a landmark in a table's address column. Each on sentences of
 * other kinds than the slices', with the decoys beside them left alone.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses } from './piiFinds.js';

describe('places declared the persons\' dwellings, then enumerated (…为本人住宅，分别为A、B)', () => {
  it('takes every member after a declaration, set off by 、 or ，', () => {
    expect(addresses('说明：陶春燕、闵国庆的生产地址为本人住宅，分别为桐川县石门镇新桥村四组21号、桐川县石门镇龙湾村二组8号。')).toEqual([
      '桐川县石门镇新桥村四组21号',
      '桐川县石门镇龙湾村二组8号',
    ]);
    expect(addresses('经核实，两家合作社的注册地址均在理事长家中，分别是汾阳县高坪乡岩口村六组33号，汾阳县高坪乡茶园村一组5号。')).toEqual([
      '汾阳县高坪乡岩口村六组33号',
      '汾阳县高坪乡茶园村一组5号',
    ]);
  });

  it('leaves places declared a body\'s seat or a rented shop', () => {
    expect(addresses('两家企业的注册地址为公司住所，分别为汾阳县高坪乡岩口村六组33号、汾阳县高坪乡茶园村一组5号。')).toEqual([]);
    expect(addresses('三处网点的营业地址为租用门面，分别为汾阳县高坪乡岩口村六组33号、汾阳县高坪乡茶园村一组5号。')).toEqual([]);
  });
});

describe('a pronoun\'s home: 他家在, 她家在, 其家在', () => {
  it('takes the place down to a door, a group or a village', () => {
    expect(addresses('记者走访时了解到，她家在石阡县龙塘镇红岩村三组12号，丈夫常年在外。')).toEqual(['石阡县龙塘镇红岩村三组12号']);
    expect(addresses('其家在桐川县石门镇新桥村四组21号，家中仅有老母亲。')).toEqual(['桐川县石门镇新桥村四组21号']);
  });

  it('leaves a clause that names no dwelling', () => {
    expect(addresses('他家在镇上开了一家小卖部。')).toEqual([]);
    expect(addresses('他家在县城边上的老街。')).toEqual([]);
  });
});

describe('a house 坐落于 a place down to its door or group (a register\'s word)', () => {
  it('takes the site of the house', () => {
    expect(addresses('坐落于汾阳县高坪乡岩口村六组33号的房屋，原登记在廖德明名下，现申请变更。')).toEqual(['汾阳县高坪乡岩口村六组33号']);
    expect(addresses('申请人申请将坐落在桐川县石门镇龙湾村二组8号的住宅办理转移登记。')).toEqual(['桐川县石门镇龙湾村二组8号']);
  });

  it('leaves a works and a town\'s houses', () => {
    expect(addresses('该公司坐落于桐川县工业园区的厂房已查封。')).toEqual([]);
    expect(addresses('坐落于桐川县石门镇的房屋共计120套。')).toEqual([]);
  });
});

describe('a bare village before 人 closing a person\'s record is where the person comes from', () => {
  it('leaves the origin of a biography', () => {
    expect(addresses('3．闵桂香，女，1958年生，竹编，石门镇新桥村人。')).toEqual([]);
    expect(addresses('候选人龚秀珍，女，汉族，1975年出生，高坪乡岩口村人，现任村妇女主任。')).toEqual([]);
  });

  it('keeps a group in the record, and a resident noun', () => {
    expect(addresses('3．闵桂香，女，1958年生，竹编，石门镇新桥村三组人。')).toEqual(['石门镇新桥村三组']);
    expect(addresses('助人为乐类：闫红玉，女，汉族，1971年生，滦平县隆兴昌镇长胜村村民。')).toEqual(['滦平县隆兴昌镇长胜村']);
  });
});

describe('a spot told by a landmark in a table\'s address column is no one\'s door', () => {
  it('leaves the farm\'s spot and keeps the households\' homes', () => {
    const table = [
      '序号\t申请人\t家庭住址\t规模（头）\t备案号',
      '1\t廖德明\t桐川县石门镇新桥村四组21号\t120\t桐牧备〔2025〕3号',
      '2\t龚秀珍\t桐川县石门镇龙湾村二组8号\t80\t桐牧备〔2025〕7号',
      '3\t桐川县绿源生态养殖场\t桐川县石门镇龙湾村老桥桥头\t600\t桐牧备〔2025〕9号',
      '4\t闵国庆\t桐川县高坪乡岩口村六组33号\t45\t桐牧备〔2025〕11号',
    ].join('\n');
    expect(addresses(table)).toEqual(['桐川县石门镇新桥村四组21号', '桐川县石门镇龙湾村二组8号', '桐川县高坪乡岩口村六组33号']);
  });
});

describe('the 地址 of a home a person dwells in, named in the clause before (住在儿子家中，地址：…)', () => {
  it('takes the address after a clause of dwelling in someone\'s home', () => {
    expect(addresses('老两口住在儿子家中，地址：汾阳县城关镇翠湖小区3栋2单元502室。')).toEqual(['汾阳县城关镇翠湖小区3栋2单元502室']);
    expect(addresses('廖德明住其姐姐家中，地址为汾阳县高坪乡茶园村一组5号。')).toEqual(['汾阳县高坪乡茶园村一组5号']);
  });

  it('leaves a body\'s own address after a clause', () => {
    expect(addresses('请到县政务服务中心办理，地址：汾阳县城关镇滨江路18号。')).toEqual([]);
  });
});

describe('户口在…: where the household is registered', () => {
  it('takes a place and leaves a bare 外地', () => {
    expect(addresses('经查，该户户口在汾阳县高坪乡岩口村六组33号，常年在外务工。')).toEqual(['汾阳县高坪乡岩口村六组33号']);
    expect(addresses('其户口在外地，暂不符合申请条件。')).toEqual([]);
  });
});

describe('labels of a home known by their parts (常住地：, 寄住地址：, 家庭详细地址：, 身份证地址：) and 现住所', () => {
  it('takes the place after a derived label', () => {
    for (const label of ['常住地址', '常住地', '现住地', '寄住地址', '租住地址', '家庭详细地址', '身份证地址', '户籍登记地', '居所', '现住所']) {
      expect(addresses(`${label}：汾阳县高坪乡岩口村六组33号`)).toEqual(['汾阳县高坪乡岩口村六组33号']);
    }
    expect(addresses('其现住所为汾阳县城关镇翠湖小区3栋2单元502室。')).toEqual(['汾阳县城关镇翠湖小区3栋2单元502室']);
    expect(addresses('她的家在石门镇新桥村四组21号，离镇上有十里路。')).toEqual(['石门镇新桥村四组21号']);
    expect(addresses('陶春燕现租住于汾阳县城关镇翠湖小区3栋2单元502室。')).toEqual(['汾阳县城关镇翠湖小区3栋2单元502室']);
  });

  it('leaves a body\'s, a birth\'s and a stay\'s labels', () => {
    for (const label of ['单位地址', '注册地址', '工作单位地址', '出生地', '住院地址', '住宿地址']) {
      expect(addresses(`${label}：汾阳县城关镇滨江路18号`)).toEqual([]);
    }
  });
});

describe('a home framed by 在 and a verb of dwelling after it (在…室居住)', () => {
  it('takes the place down to a door or a group', () => {
    expect(addresses('老人一直在高坪乡茶园村一组5号居住，无人照料。')).toEqual(['高坪乡茶园村一组5号']);
    expect(addresses('其女儿在翠湖小区3栋2单元502室居住。')).toEqual(['翠湖小区3栋2单元502室']);
  });

  it('leaves a town, a lodging and a building without its door', () => {
    expect(addresses('他在县城居住。')).toEqual([]);
    expect(addresses('在县政府招待所203室居住期间')).toEqual([]);
    expect(addresses('其子在翠湖小区3栋2单元居住。')).toEqual([]);
  });
});
