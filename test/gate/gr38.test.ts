/**
 * Precision rules of the thirty-eighth helper (issue 9, slices 36 and 37 studied): the staff a duty's …人员 heads
 * glued to their names, a run quoted whole that qualifies what follows it (brand, epithet, category, conferred title),
 * an adverb glued after a name, a merit's citation, a firm's trade name before its suffix, a two-character run before
 * an opening quotation, a conjunction that ends a given name, a short reading of a name the document gives in full,
 * and the modern given characters the dictionary lacks. Every sentence is of another kind than the slices'.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names the detector must report, what it must not report] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // a duty's …人员 glued to the names it heads: the body's staff, the whole enumeration
  ['水样由市疾控中心采集，检验人员钟立伟、庞海燕。', [], ['钟立伟', '庞海燕']],
  ['项目完工后由街道办组织验收（验收人员汤文博、鲁晓霞）。', [], ['汤文博', '鲁晓霞']],
  ['经稽查人员柏建新、邝晓梅现场核对，账实相符。', [], ['柏建新', '邝晓梅']],
  // a …人员 of no duty, or the persons a duty is done to, still name private persons
  ['返乡务工人员钟立伟、庞海燕反映工资被拖欠。', ['钟立伟', '庞海燕'], []],
  ['涉案人员钟立伟、庞海燕已被依法处理。', ['钟立伟', '庞海燕'], []],
  ['本次体检共有受检人员汤文博、鲁晓霞两人。', ['汤文博', '鲁晓霞'], []],
  // a quoted brand in a clause of goods
  ['该药店另售有“邵百川”膏药等商品，已责令整改。', [], ['邵百川']],
  ['经营部购进的“柏海林”复合肥三十袋已被封存。', [], ['柏海林']],
  // a quoted epithet: a surname-like character before a noun of person (秀才, 专家, 能手, 把式)
  // a quoted label that qualifies what follows it: an epithet before its person, a category before its count, a
  // title a verb of naming confers (秀才, 状元 after a surname-like character)
  ['二、“牛秀才”（6名）：钟立伟、麻秀芝（女）', ['钟立伟', '麻秀芝'], ['牛秀才']],
  ['“高状元”邝晓梅家住河口镇，种植柑橘三十亩。', ['邝晓梅'], ['高状元']],
  ['她被乡亲们称为“柳秀才”，带动养殖户增收。', [], ['柳秀才']],
  // an adverb glued after a name ends it
  ['申请人邝晓梅之子柏刚又到窗口补交了材料。', ['邝晓梅', '柏刚'], ['柏刚又']],
  ['次日村民汤伟也向镇政府反映了此事。', ['汤伟'], ['汤伟也']],
  ['据查，申请人邝晓梅之父柏建再次提交了同一份证明。', ['邝晓梅'], ['柏建再']],
  // a numeral before a rank (三等功, 二等奖) is no given name
  ['该同志在抢险中荣立三等功。', [], ['荣立三']],
  ['他曾获二等奖，连立二等功。', [], ['连立二']],
  ['今年在比武考核中取得个人第一名，荣立个人三等功。', [], ['荣立']],
  // a short reading of a name the document gives in full
  ['种植类：龚正和（苗族）、江国平\n龚正和摸索出一套办法。', ['龚正和', '江国平'], ['龚正']],
  // given characters of the name reports since 2010 the dictionary lacks (梓, 婧, 彤, 皓)
  ['由其外孙女邝婧彤代为申请。', ['邝婧彤'], []],
  ['经核实，住户之子柏梓皓借住在其叔父家中。', ['柏梓皓'], []],
  // a firm's trade name ending in a character between the run and the suffix (…和律师事务所); a person joined to a bare firm stays
  ['经研究，指派浈阳泰和律师事务所的律师为其提供辩护。', [], ['浈阳泰']],
  ['委托澴川正和会计师事务所审计。', [], ['澴川正']],
  ['当事人邝晓梅和律师事务所签订了委托协议。', ['邝晓梅'], []],
  // a quotation opening right after a two-character run quotes what is done to a thing; a person noun keeps the name
  ['记者跟随专家给花田“号脉”，查看墒情。', [], ['花田']],
  ['寒潮来临前，工作组给严冬“送暖”。', [], ['严冬']],
  ['村民邝芳“点赞”了这项举措。', ['邝芳'], []],
  // a conjunction no noun follows ends a given name (正和, 永和)
  ['经评审，柏永和（回族）、邝晓梅入选。', ['柏永和'], ['柏永']],
];

describe('gr38: what names no private person', () => {
  it.each(CASES)('%s', (text, expected, absent) => {
    const got = names(text);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
