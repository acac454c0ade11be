/**
 * The fortieth tuning's recall rule (issue 9, leftovers of slices 34–36): a name under a surname no table holds
 * (召, 弥, 嵩, 位, 信, 寸 …) between a strong anchor (其母亲, 其妻, 合作社负责人, 现役军人, 逝者, a label's colon) and a
 * strong context (代为, 说, 的家中, 配合, a sex frame, 现住, 户籍). Each on documents of other kinds than the slices', with
 * the words the same frames hold that must stay words.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names it holds] */
const found: [string, string[]][] = [
  ['因年老体弱，补助款由其女儿位小芳代为签收。', ['位小芳']],
  ['农机专业合作社负责人位志刚说，今年新添了两台收割机。', ['位志刚']],
  ['慰问组来到退役军人寸建国的家中，送上慰问金。', ['寸建国']],
  ['经入户核查，其丈夫渠永福户籍不在本村。', ['渠永福']],
  ['受理对象：位丽，女，45岁，住院治疗三个月。', ['位丽']],
  ['以上两户符合条件；弥秀英户籍地与居住地一致。', ['弥秀英']],
  ['安放证号A-0231，死者承国华，经办人已核对证件。', ['承国华']],
  ['整改期间由其妻续玉梅配合现场核查。', ['续玉梅']],
  ['来信反映，我父亲嵩军在镇卫生院就诊时被多收费用。', ['嵩军']],
  ['她说她丈夫寸斌在外地务工，家中无人照看。', ['寸斌']],
  ['其儿子信永刚配合村委会核对面积。', ['信永刚']],
];

/** [text, what must not be read as a name] */
const notFound: [string, string[]][] = [
  ['当事人：承诺，男方负责赔偿。申请人：同意，女方不再追究。', ['承诺', '同意']],
  ['其子女说，老人生前并无遗嘱；其母亲称，房屋系共有。', ['女说', '亲称']],
  ['合作社负责人介绍说，今年产量提高；县教育局负责人表示将整改。', ['介绍', '介绍说', '表示']],
  ['由其子代为办理，其妻同意配合。', ['代为', '同意']],
  ['逝者信息，寄存人信息，均已登记。', ['信息']],
  ['现役军人家属的家中张贴了光荣牌。', ['家属']],
  ['注：续保，女，30岁以下；类别：信访，男，45岁以上。', ['续保', '信访']],
  ['我母亲信佛多年，我丈夫同事在外地，她女儿同在一个厂。', ['信佛', '同事', '同在']],
];

describe('gr40: names under surnames no table holds between strong anchors, on other documents', () => {
  it.each(found)('finds the names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(notFound)('leaves alone what names no private person in %s', (text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
