/**
 * The twenty-fifth tuning (issue 9, slices 30 and 31 studied): numbers after a certificate label and outside the
 * mobile segments, households in tables and lists. Each on sentences of other kinds than the slices'.
 */
import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';

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
  });
});
