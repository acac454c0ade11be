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

describe('the deputies who sign a proposal act in their office', () => {
  it('leaves the signatories of a 建议 or a 提案 and keeps the resident the reply is about', () => {
    expect(names('领衔代表：王军　　附议代表：莫丽、李平安\n答复类别：B类')).toEqual([]);
    const reply = '提案编号：第12号　领衔人：韩冬梅　联名人：齐建国、鲁秀兰\n答复：关于村民朱海涛反映的问题，已责成乡政府处理。';
    expect(names(reply)).toEqual(['朱海涛']);
    expect(names('领衔代表王军在会上提出，村民李平安家的房屋受损。')).toEqual(['李平安']);
  });
});

describe('a figure whose teaching the text holds up is no private person', () => {
  it('leaves a name before a quoted saying and 的教诲, or 同志的精神 closing the phrase', () => {
    expect(names('医务人员要牢记裘法祖先生“德不近佛者不可以为医”的教诲。')).toEqual([]);
    // Unquoted, the frame holds only for a known figure (lexicon.ts); a private hero's is kept (mend26.test.ts).
    expect(names('全体党员要学习焦裕禄同志的精神，扎根基层。')).toEqual([]);
  });

  it('keeps a private person whose words or state are reported', () => {
    expect(names('村民王海涛说：“多亏了政府。”')).toEqual(['王海涛']);
    expect(names('王海涛同志的精神状态良好。')).toEqual(['王海涛']);
    expect(names('申请人王海涛先生“不服处罚”的申请已收悉。')).toEqual(['王海涛']);
  });
});
