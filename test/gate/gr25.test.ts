/**
 * The twenty-fifth tuning (issue 9, slices 30 and 31 studied): numbers after a certificate label and outside the
 * mobile segments, households in tables and lists. Each on sentences of other kinds than the slices'.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';
import { addresses, names } from './piiFinds.js';

const mobiles = (text: string): string[] => detectPii(text).filter((c) => c.type === 'mobile').map((c) => text.slice(c.start, c.end));

describe('an 11-digit number is a mobile only in a mobile segment and not after a certificate label', () => {
  it('drops numbers in segments MIIT gives no 11-digit mobiles', () => {
    expect(mobiles('档案柜标签14123456789，存放于二楼。')).toEqual([]);
    expect(mobiles('物联网终端卡号段为14800012345。')).toEqual([]);
    expect(mobiles('批次15412345678的样品已送检。')).toEqual([]);
  });

  it('drops a mobile-shaped number right after a certificate or staff number label', () => {
    expect(mobiles('检查人员（执法证号：13812340001）出示了证件。')).toEqual([]);
    expect(mobiles('讲解员编号 15912345678，工号：18612345678。')).toEqual([]);
  });

  it('keeps mobiles in the allocated segments and after a phone label', () => {
    expect(mobiles('申请人电话14712345678。')).toEqual(['14712345678']);
    expect(mobiles('联系电话：16612345678，备用19912345678。')).toEqual(['16612345678', '19912345678']);
    expect(mobiles('持证人刘某，证号已核，手机13812340001。')).toEqual(['13812340001']);
    expect(mobiles('留言人：某某，手机号码：14112345678')).toEqual(['14112345678']);
  });
});

describe('a household named by its head in a 户 column of a list of farms is a person, its village door its home', () => {
  const subsidy = [
    '江坪县耕地地力保护补贴发放名单',
    '序号\t经营主体（户）名称\t负责人\t种植地址\t作物\t面积（亩）',
    '1\t江坪县禾丰农业开发有限公司\t卢志军\t江坪县城南工业园\t水稻\t320',
    '2\t江坪县绿源蔬菜专业合作社\t蒙小燕\t石门乡石门村东坝\t蔬菜\t85',
    '3\t韦建平\t韦建平\t江坪县石门乡竹林村五组12号\t玉米\t14',
    '4\t覃桂英\t覃桂英\t江坪县石门乡竹林村大坪组33号\t水稻\t9',
  ].join('\n');
  const fishery = [
    '序号 | 养殖户名称 | 养殖地点 | 水面（亩）',
    '1 | 白河县清源水产有限公司 | 白河县渔港镇滨湖村三组8号 | 60',
    '2 | 龚立新 | 白河县渔港镇滨湖村七组41号 | 12',
  ].join('\n');

  it('finds the head in the 户 cell and the household\'s village door', () => {
    expect(names(subsidy).filter((n) => n === '韦建平')).toHaveLength(2);
    expect(names(subsidy).filter((n) => n === '覃桂英')).toHaveLength(2);
    expect(addresses(subsidy)).toEqual(['江坪县石门乡竹林村五组12号', '江坪县石门乡竹林村大坪组33号']);
    expect(names(fishery)).toEqual(['龚立新']);
    expect(addresses(fishery)).toEqual(['白河县渔港镇滨湖村七组41号']);
  });

  it('leaves a company\'s and a co-operative\'s row and a column of things alone', () => {
    expect(addresses(subsidy)).not.toContain('江坪县城南工业园');
    expect(addresses(fishery)).not.toContain('白河县渔港镇滨湖村三组8号');
    expect(names('序号\t产品名称\t规格\t产地\n1\t金秋红\t500克\t本县\n2\t玉珠香\t1千克\t本县')).toEqual([]);
  });
});

describe('a place noted as the person\'s own house is a home', () => {
  it('finds the noted place in prose, in a list of shops and after a business label', () => {
    expect(addresses('经营场所为平川县河口镇柳湾村前湾组17号（自有住房），已停业。')).toEqual(['平川县河口镇柳湾村前湾组17号']);
    expect(addresses('个体户赵某经营地址：清河县城关镇幸福路12号（自有住房）')).toEqual(['清河县城关镇幸福路12号']);
  });

  it('keeps the other rows\' shops out', () => {
    const shops = ['序号 | 店名 | 地址', '1 | 李记面馆 | 安平县东关镇桃园村二组9号（自住房） | 2024', '2 | 好运超市 | 安平县东关镇中山路8号 | 2024'].join('\n');
    expect(addresses(shops)).toEqual(['安平县东关镇桃园村二组9号']);
    expect(addresses('门店设在安平县东关镇中山路8号（租赁房屋）。')).toEqual([]);
  });
});
