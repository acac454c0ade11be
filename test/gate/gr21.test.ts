/**
 * Recall after held-out slices 24 and 25 (issue 9): Dai names as a class in tables and lists. Each rule on document
 * kinds of its own (synthetic people and places), with the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

describe('Dai names (a prefix of sex and standing, then Dai syllables) stand where a structure says a person does', () => {
  it('reads them in a person column of a subsidy list (tabs), with place-like and low-scoring syllables', () => {
    const text = [
      '2026年度橡胶种植补贴发放名单',
      '序号\t姓名\t性别\t所在村寨\t补贴面积（亩）',
      '1\t岩庄\t男\t曼掌村\t12',
      '2\t玉叫\t女\t曼掌村\t8',
      '3\t周建华\t男\t曼龙村\t10',
      '4\t岩胆\t男\t曼龙村\t6',
    ].join('\n');
    expect(names(text)).toEqual(['岩庄', '玉叫', '周建华', '岩胆']);
  });

  it('reads them in an aligned table with no heading that names people, and leaves words (岩石, 玉米) alone', () => {
    const text = [
      '序号  学员        培训工种      结业成绩',
      '1     依坎        茶叶加工      优秀',
      '2     岩叫        茶叶加工      合格',
      '3     赵丽萍      电子商务      合格',
      '4     艾温        农机维修      合格',
    ].join('\n');
    expect(names(text)).toEqual(['依坎', '岩叫', '赵丽萍', '艾温']);
    const goods = ['序号  品名        数量      单价', '1     岩石        3吨       200', '2     玉米        5吨       2400', '3     依法        1批       0'].join('\n');
    expect(names(goods)).toEqual([]);
  });
});
