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
    expect(names('大赛圆满结束。\n主裁判：晏志刚　仲裁：冉　斌　记分员：宁秀英')).toEqual([]);
  });

  it('keeps a line of private parties with no office on it', () => {
    expect(names('协议如下。\n甲方：穆春生　　乙方：聂海燕\n2025年3月1日')).toEqual(['穆春生', '聂海燕']);
    expect(names('合作社社员大会决议。\n理事长：蔺国华　　监事长：邝晓梅')).toEqual(['蔺国华', '邝晓梅']);
    expect(names('调解结果如下。\n申请人：穆春生　调解员：聂海燕')).toEqual(['穆春生']);
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

describe('a flat down to its room before the resident named in it is a home, even with no county', () => {
  it('reads the flat before 住户, 业主 or 居民 and a name', () => {
    expect(addresses('近日，锦绣园8栋2单元1101室业主晏志刚反映楼上漏水。')).toEqual(['锦绣园8栋2单元1101室']);
    expect(addresses('经查，枫林小区3号楼1单元502室住户宁秀英在楼道堆放杂物。')).toEqual(['枫林小区3号楼1单元502室']);
  });

  it('reads a flat in brackets after a household', () => {
    expect(addresses('网格员走访了冉文斌家（枫林小区3号楼1单元502室），了解用水情况。')).toEqual(['枫林小区3号楼1单元502室']);
    expect(addresses('以下租户尚未登记：晏志刚（锦绣园8栋2单元1101室）、宁秀英（锦绣园2栋1单元302室）。')).toEqual(['锦绣园8栋2单元1101室', '锦绣园2栋1单元302室']);
  });
});

describe('a village and its group in brackets after a household\'s head is their home', () => {
  it('reads the bracket after X户 with no county', () => {
    expect(addresses('拟纳入监测户：穆春生户（石板沟村二组）因病致贫；聂海燕户（石板沟村后山组）因学返贫。')).toEqual(['石板沟村二组', '石板沟村后山组']);
  });

  it('reads a bracketed place after X家 and a clause of where it stands', () => {
    expect(addresses('独居老人柏建新家就在村部对面（澄江县河口镇新民村三组12号），网格员每天上门。')).toEqual(['澄江县河口镇新民村三组12号']);
  });
});

describe('a trader\'s premises noted as the trader\'s dwelling are a home', () => {
  it('keeps the premises noted as 住所 and drops a shop\'s', () => {
    const text = '1．名称：澄江县小邝理发店　经营者：邝晓梅　经营场所：澄江县河口镇新民村三组8号（经营者住所）\n2．名称：澄江县阿宁商店　经营者：宁秀英　经营场所：澄江县人民路40号';
    expect(addresses(text)).toEqual(['澄江县河口镇新民村三组8号']);
  });
});
