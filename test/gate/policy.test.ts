import { describe, expect, it } from '@jest/globals';
import { detectPii } from '../../review/pii/index.js';
import {
  applyPolicy,
  DEFAULT_POLICY,
  maskSignificant,
  NAME_DISCLOSING_CATEGORY_CODES,
  policyForCategory,
  SUPPRESSED,
  withOverrides,
} from '../../review/policy.js';
import { generalizeAddress } from '../../review/pii/address.js';
import { ID1, withLuhn } from './fixtures.js';

function masked(text: string, categoryCode?: string): [string, string | null, string][] {
  return applyPolicy(text, detectPii(text), policyForCategory(categoryCode)).map((f) => [f.text, f.replacement, f.severity]);
}

describe('default masking (GB/T 37964 style)', () => {
  it('keeps the prefix and suffix of identifiers', () => {
    expect(masked(`身份证号：${ID1}`)).toEqual([[ID1, `${ID1.slice(0, 6)}********${ID1.slice(14)}`, 'warn']]);
    expect(masked('手机：13812345678')).toEqual([['13812345678', '138****5678', 'warn']]);
    expect(masked('手机：+86 138 1234 5678')).toEqual([['+86 138 1234 5678', '+86 138 **** 5678', 'warn']]);
    const card = withLuhn('622202123456789');
    expect(masked(`卡号：${card}`)[0][1]).toBe(`************${card.slice(12)}`);
    expect(masked('护照：E12345678')[0][1]).toBe('E*****678');
    expect(masked('车牌：蒙L12345')[0][1]).toBe('蒙L*****');
    expect(masked('家庭电话：0471-5551234')[0][1]).toBe('****-***1234');
  });

  it('masks the local part of emails', () => {
    expect(masked('邮箱：zhangsan@163.com')).toEqual([['zhangsan@163.com', 'z***@163.com', 'warn']]);
  });

  it('turns names into surname + 某某, and transliterated names into 某某', () => {
    expect(masked('申请人：王建国')[0][1]).toBe('王某某');
    expect(masked('申请人：欧阳娜娜')[0][1]).toBe('欧阳某某');
    expect(masked('申请人：巴特尔')[0][1]).toBe('某某');
  });

  it('generalises addresses to the county-level division', () => {
    expect(masked('住址：内蒙古自治区巴彦淖尔市临河区新华街12号')[0][1]).toBe('内蒙古自治区巴彦淖尔市临河区****');
    expect(generalizeAddress('乌拉特前旗乌拉山镇北街3号')).toBe('乌拉特前旗');
    expect(generalizeAddress('五原县隆兴昌镇民主村')).toBe('五原县');
    expect(generalizeAddress('巴彦淖尔市新华街3号')).toBe('巴彦淖尔市');
    expect(generalizeAddress('金地小区5栋1202室')).toBe('');
    expect(masked('家庭住址：金地小区5栋1202室')[0][1]).toBe('****');
    expect(generalizeAddress('红旗街道3号')).toBe('');
  });

  it('masks any significant characters and keeps separators', () => {
    expect(maskSignificant('6222 0212 3456 7890', 0, 4)).toBe('**** **** **** 7890');
    expect(maskSignificant('12', 3, 4)).toBe('12');
  });
});

describe('pseudonyms', () => {
  it('gives each person one stable pseudonym per document', () => {
    const policy = withOverrides(DEFAULT_POLICY, { person_name: { rule: { kind: 'pseudonym' }, severity: 'warn' } });
    const text = '申请人：王建国\n申请人：李秀英\n经查，王建国与李秀英系邻居，王建国反映属实。';
    const reps = applyPolicy(text, detectPii(text), policy).map((f) => f.replacement);
    expect(reps).toEqual(['申请人A', '申请人B', '申请人A', '申请人B', '申请人A']);
  });
});

describe('suppression', () => {
  it('replaces the whole value with a placeholder', () => {
    const policy = withOverrides(DEFAULT_POLICY, { address: { rule: { kind: 'suppress', placeholder: SUPPRESSED }, severity: 'warn' } });
    const text = '住址：临河区新华街12号';
    expect(applyPolicy(text, detectPii(text), policy)[0].replacement).toBe(SUPPRESSED);
  });
});

describe('per-category policy', () => {
  const decision = `当事人：王建国，身份证号码：${ID1}，住址：临河区新华街12号。举报人：李秀英。`;

  it('keeps the punished party in 行政处罚 (info, no replacement) but still masks the ID and the informant', () => {
    const fs = applyPolicy(decision, detectPii(decision), policyForCategory('xzcf'));
    const byText = new Map(fs.map((f) => [f.text, f]));
    expect(byText.get('王建国')).toMatchObject({ severity: 'info', replacement: null });
    expect(byText.get(ID1)).toMatchObject({ severity: 'warn', replacement: `${ID1.slice(0, 6)}********${ID1.slice(14)}` });
    expect(byText.get('李秀英')).toMatchObject({ severity: 'warn', replacement: '李某某' });
    expect(byText.get('临河区新华街12号')).toMatchObject({ replacement: '临河区****' });
  });

  it('masks the same name outside those categories', () => {
    const fs = applyPolicy(decision, detectPii(decision), policyForCategory('tzgg'));
    expect(fs.find((f) => f.text === '王建国')).toMatchObject({ severity: 'warn', replacement: '王某某' });
    expect(policyForCategory(undefined).categoryCode).toBeNull();
  });

  it('publishes the list of categories whose names may stay', () => {
    expect(NAME_DISCLOSING_CATEGORY_CODES).toEqual(expect.arrayContaining(['xzcf', 'cjgs']));
  });
});

describe('names found without a label follow the category', () => {
  const awards = '经研究，决定授予以下同志荣誉称号：\n复兴镇：孔德胜、罗秀英（女）、巴图巴亚尔';

  it('keeps award lists and appointees visible at severity info, and masks them elsewhere', () => {
    expect(masked(awards, 'bzjl')).toEqual([
      ['孔德胜', null, 'info'],
      ['罗秀英', null, 'info'],
      ['巴图巴亚尔', null, 'info'],
    ]);
    expect(masked('何秋生，男，汉族，1970年5月出生，拟任副镇长', 'rsrm')).toEqual([['何秋生', null, 'info']]);
    expect(masked(awards)).toEqual([
      ['孔德胜', '孔某某', 'warn'],
      ['罗秀英', '罗某某', 'warn'],
      ['巴图巴亚尔', '某某', 'warn'],
    ]);
  });

  it('keeps the punished party in a penalty decision and masks a neighbour named in prose', () => {
    const text = '当事人：乔树梅\n经查，乔树梅与邻居龚春生因宅基地发生纠纷后擅自建房。';
    expect(masked(text, 'xzcf')).toEqual([
      ['乔树梅', null, 'info'],
      ['乔树梅', null, 'info'],
      ['龚春生', '龚某某', 'warn'],
    ]);
  });
});
