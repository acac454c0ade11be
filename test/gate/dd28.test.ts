/**
 * dd28 folds (issue 9, code quality): one predicate says a table cell names a body for both readers of a body's
 * seat, and one module holds the blank tests. Each case here is one the fold could have broken.
 */
import { describe, expect, it } from '@jest/globals';
import { isBodyCell } from '../../review/pii/seats.js';

describe('dd28: a table cell that names a body', () => {
  it.each([
    // a firm's name running on past its kind: its end alone would miss it
    '澄江县顺达物流有限公司（法定代表人：邝某）',
    '澄江县顺达砖厂(普通合伙)',
    '青禾县河口镇便民服务中心（代收）',
    // ends of a body's name, the cell padded as a pasted table leaves it
    ' 青禾县河口镇卫生院 ',
    '柳溪乡社会保障服务站',
    '澄江县河口镇司法所',
  ])('%s names a body', (cell) => {
    expect(isBodyCell(cell)).toBe(true);
  });

  it.each([
    // a person, and a short name whose last character also ends a body's (王院, 李站)
    '邝晓梅',
    '王院',
    '李站',
    // a village's group ends places as often as bodies: the home beside it stays a home
    '赵家窑村一社',
    '刘家沟村西营子组',
    '红岩村五队',
  ])('%s names no body', (cell) => {
    expect(isBodyCell(cell)).toBe(false);
  });
});
