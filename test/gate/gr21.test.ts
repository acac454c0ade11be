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

describe('a person column reads names the word list holds and northern compound surnames', () => {
  it('reads a full name that the dictionary lists as a word (王晓东) among its neighbours', () => {
    const text = ['摊位号 | 经营者姓名 | 经营品类', 'A01 | 刘春燕 | 蔬菜', 'A02 | 王晓东 | 水产', 'A03 | 陈桂芳 | 干货'].join('\n');
    expect(names(text)).toEqual(['刘春燕', '王晓东', '陈桂芳']);
  });

  it('reads compound surnames of northern peoples (完颜, 贺兰, 纳兰) in a table and after a label, not the mountain or county', () => {
    const text = ['序号  姓名        性别  年龄', '1     完颜秀梅    女    71', '2     纳兰志强    男    66', '3     赵桂香      女    80', '4     贺兰玉珍    女    75'].join('\n');
    expect(names(text)).toEqual(['完颜秀梅', '纳兰志强', '赵桂香', '贺兰玉珍']);
    expect(names('申请人：完颜立新，男，1968年生。')).toEqual(['完颜立新']);
    expect(names('贺兰山东麓的酿酒葡萄基地位于贺兰县境内。')).toEqual([]);
  });
});
