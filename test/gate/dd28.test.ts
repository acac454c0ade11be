/**
 * dd28 folds (issue 9, code quality): one predicate says a table cell names a body for both readers of a body's
 * seat, and one module holds the blank tests. Each case here is one the fold could have broken.
 */
import { describe, expect, it } from '@jest/globals';
import { isAnyBlankCode, isBlank, isBlankCode, isSpaceCode } from '../../review/pii/chars.js';
import { isBodyCell } from '../../review/pii/seats.js';
import { names } from './piiFinds.js';

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

const code = (ch: string): number => ch.charCodeAt(0);

describe('dd28: one set of blanks, with its named variants', () => {
  it('a space between words is ASCII, ideographic or no-break, and no tab (a pasted table\'s column mark)', () => {
    for (const ch of [' ', '\u3000', '\u00a0']) expect(isSpaceCode(code(ch))).toBe(true);
    for (const ch of ['\t', '\r', '\n', '\u2009', '、', '邝']) expect(isSpaceCode(code(ch))).toBe(false);
  });

  it('a blank within a line adds the tab, and no line end', () => {
    for (const ch of [' ', '\u3000', '\u00a0', '\t']) expect(isBlankCode(code(ch))).toBe(true);
    for (const ch of ['\r', '\n', '\u2009', '\u200b', '：']) expect(isBlankCode(code(ch))).toBe(false);
  });

  it('reads a character as text, the end of the text being no blank', () => {
    expect(isBlank('\u3000')).toBe(true);
    expect(isBlank('\t')).toBe(true);
    expect(isBlank('邝')).toBe(false);
    expect(isBlank('')).toBe(false);
    expect(isBlank(undefined)).toBe(false);
  });

  it('every blank adds the typographic widths, the zero-width space and the BOM, and still no line end', () => {
    for (const ch of [' ', '\t', '\u3000', '\u00a0', '\u2002', '\u2009', '\u200a', '\u200b', '\u202f', '\u205f', '\ufeff']) {
      expect(isAnyBlankCode(code(ch))).toBe(true);
    }
    for (const ch of ['\n', '\r', '\u200c', '\u2010', '机']) expect(isAnyBlankCode(code(ch))).toBe(false);
  });

  // The service-label walk skipped space, ideographic space and tab but not the no-break space a PDF's copy leaves.
  it.each([
    '本期家政服务培训结束。\n    授课教师：蔺国华（高级技师）、\u00a0邝晓梅、\u00a0晏志刚。',
    '本期家政服务培训结束。\n    授课教师：蔺国华\u00a0邝晓梅\u00a0晏志刚。',
    '本期家政服务培训结束。\n    授课教师：蔺国华\u3000邝晓梅\u3000晏志刚。',
  ])('the teachers under a service label stay staff across any blank: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a profession alone still names persons across a no-break space', () => {
    expect(names('经评选，下列同志获奖。\n优秀教师：蔺国华\u00a0邝晓梅')).toEqual(['蔺国华', '邝晓梅']);
  });
});
