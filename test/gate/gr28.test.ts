/**
 * The twenty-eighth tuning's precision rules (issue 9, slices 26–31 studied): the officials of an event or a body
 * signing a line of `title：name` pairs at its foot, a photographer's credit, and an address run straight into the
 * name of the body it is the seat of. Each on sentences of other kinds than the slices', with a private person kept.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

describe('a signature line of titles and names is the officials\' when one title is an office', () => {
  it('drops every official on the line', () => {
    expect(names('三、比赛于下午五时结束。\n总裁判长：穆春生　　副裁判长：聂海燕　　记录：冉文斌\n县老年人体育协会')).toEqual([]);
    expect(names('获奖名单见附件。\n评委会主任：蔺国华　　评委：邝晓梅　　计分：晏志刚\n镇文化站')).toEqual([]);
    expect(names('请各户相互告知。\n社区党委书记：柏建新　　业主委员会主任：宁秀英\n幸福里社区居民委员会')).toEqual([]);
  });

  it('keeps a line of private parties with no office on it', () => {
    expect(names('协议如下。\n甲方：穆春生　　乙方：聂海燕\n2025年3月1日')).toEqual(['穆春生', '聂海燕']);
    expect(names('合作社社员大会决议。\n理事长：蔺国华　　监事长：邝晓梅')).toEqual(['蔺国华', '邝晓梅']);
  });
});

describe('a photographer\'s credit is the press\'s staff, like a reporter\'s', () => {
  it('drops the credited name and keeps the person pictured', () => {
    expect(names('图为养殖户晏志刚在棚内查看羊羔。（冉文斌 摄）')).toEqual(['晏志刚']);
    expect(names('图为果农宁秀英采摘柑橘（柏建新　摄）。')).toEqual(['宁秀英']);
  });
});

describe('an address run straight into a body\'s name is the body\'s seat', () => {
  it('drops the seat and keeps a home', () => {
    expect(addresses('来信请寄：澄江县人民路58号澄江县农业农村局种植股，邮编654000。')).toEqual([]);
    expect(addresses('通讯地址：青禾市光明街9号青禾市退役军人事务局')).toEqual([]);
    expect(addresses('户主宁秀英，住址：澄江县河口镇新民村三组12号。')).toEqual(['澄江县河口镇新民村三组12号']);
  });
});
