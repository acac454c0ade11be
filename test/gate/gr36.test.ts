/**
 * Address rules of the thirty-sixth helper (issue 9, slices 34 and 35 studied): an estate known by its bare name
 * between a street and a building, in simplified and traditional script; a person introduced as one of a place's
 * people; a labelled value that names a body (a service station, the 社区 of one's place); a firm's seat in a party's
 * 住所 column. Every sentence is of another kind than the slices', with homes kept beside the decoys.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses } from './piiFinds.js';

/** [text, the addresses the detector must report (and nothing else)]. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // a bare estate name between a street (or a county) and a building, simplified and traditional
  ['经审核，申请人邝晓梅，通讯地点：青禾县建设路锦绣华庭5栋2单元701室，符合条件。', ['青禾县建设路锦绣华庭5栋2单元701室']],
  ['送達對象：冉文斌，登記地址：澄江縣濱河路翠湖名都12棟1單元302室。', ['澄江縣濱河路翠湖名都12棟1單元302室']],
  ['受助人聂海燕，现寄居于青禾县阳光城3幢1单元501室。', ['青禾县阳光城3幢1单元501室']],
  ['会议在17栋3单元召开，柏建新参加。', []],
  // a person introduced as one of a place's people: the place is their home; a thing of the place is not
  ['经核实，蔺国华系柳溪乡红岩村五组的残疾人，家庭困难。', ['柳溪乡红岩村五组']],
  ['我叫宁秀英，是澄江县河口镇新民村三组的党员，2001年入党。', ['澄江县河口镇新民村三组']],
  ['这是青禾县河口镇新民村三组的党员活动室。', []],
  // a dwelling label before a body's name or a bare level's body: the public is served there, no one lives there
  ['请携带相关材料到户籍地河口镇便民服务中心办理。', []],
  ['申请人已迁出，已转居住地社区按规定办理。', []],
  ['请于5日内到户籍地柳溪乡社会保障服务站申请。', []],
  ['住址：青禾县河口镇中学家属院', ['青禾县河口镇中学家属院']],
  ['居住地：社区花园5栋201室', ['社区花园5栋201室']],
  // a zone is a part of the grammar under a town: a street in it may be a home; a door of the zone itself is a works' seat
  ['申请人邝晓梅，澄江县河口镇开发区幸福路8号。', ['澄江县河口镇开发区幸福路8号']],
  ['邝晓梅，澄江县河口镇经济开发区8号，务工人员。', []],
  // a firm in a party column owns the place in that party's 住所 column; a person there keeps a home
  [
    '序号 | 原告 | 原告住所 | 被告 | 被告住所 | 案由\n' +
      '1 | 邝晓梅 | 新民村三组12号 | 澄江县顺达物流有限公司 | 澄江县河口镇物流园区8号 | 合同纠纷\n' +
      '2 | 冉文斌 | 红岩村五组30号 | 柏建新 | 红岩村二组7号 | 相邻关系',
    ['新民村三组12号', '红岩村五组30号', '红岩村二组7号'],
  ],
];

describe('gr36: address rules', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(addresses(text).sort()).toEqual([...expected].sort());
  });
});
