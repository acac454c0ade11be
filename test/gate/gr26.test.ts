/**
 * The twenty-sixth tuning (issue 9, slices 30 and 31 studied): names whose surname no table holds or that is an
 * ordinary character, carried by the structure around them. Each rule on sentences of other document kinds than
 * the slices' (synthetic people and places), with the decoys it must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

describe('a sex right after a run that opens a line or a clause says a person stands there', () => {
  it('reads a rare or word-like surname in an appointment notice and an aid list', () => {
    const notice = ['经研究，拟任用以下同志：', '介红梅，女，汉族，1985年4月生，现任城关镇卫生院护士长。', '京海涛，男，回族，1979年9月生，现任东坪乡农技站站长。'].join('\n');
    expect(names(notice)).toEqual(['介红梅', '京海涛']);
    expect(names('一、补助对象：闪秀英（女），1951年生，石门村三组。')).toEqual(['闪秀英']);
  });

  it('reads a Tibetan name whose syllables the transliteration parts lack, in traditional script too', () => {
    expect(names('先進個人名單：\n尼瑪東智，男，藏族，1980年2月生，牧民。')).toEqual(['尼瑪東智']);
    expect(names('受表彰人员：\n才让东智，男，藏族，1991年生，护林员。')).toEqual(['才让东智']);
  });

  it('leaves nouns for a kind of person and field labels before a sex alone', () => {
    expect(names('救助对象情况：\n大学生，男，20岁，就读于省城。')).toEqual([]);
    expect(names('困难户（女），年满六十周岁。')).toEqual([]);
    expect(names('性别：男，年龄：30岁。')).toEqual([]);
    expect(names('在校小学生，女，9岁。')).toEqual([]);
  });
});
