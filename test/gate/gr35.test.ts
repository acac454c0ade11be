/**
 * The thirty-fifth tuning's recall rules (issue 9, slices 34 and 35 studied): the structures that say a person stands
 * at a name whatever its surname. Each on documents of other kinds than the slices', with the decoys each rule must
 * leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names it holds] */
const found: [string, string[]][] = [
  // A soldier named by his service (士兵, 老兵) and the person a list puts forward (人选) are person nouns.
  ['经核查，退役士兵邱国栋退役后已落户本乡。', ['邱国栋']],
  ['伤残老兵孙建国退伍后一直务农。', ['孙建国']],
  ['拟提名人选钱雨桐现任某科科员。', ['钱雨桐']],
  ['原候补人选吕秀英因身体原因不再参选。', ['吕秀英']],
  // A kinship word after a preposition that takes a person (随, 陪) is whole, and a word after the run ends the name
  // under a surname no table holds (招, 位).
  ['老人长期随女儿招丽萍居住在市区。', ['招丽萍']],
  ['由村医陪母亲位秀英就医，费用已结清。', ['位秀英']],
  // …人员 of no duty (务工, 退休) still names the people after it.
  ['返乡务工人员：钟立伟、庞海燕。', ['钟立伟', '庞海燕']],
];

/** [text, what must not be read as a name] */
const notFound: [string, string[]][] = [
  // 官兵 and 评选 / 入选 are no person nouns.
  ['全体官兵向阳光社区捐赠物资。', ['向阳光']],
  ['经评选王牌产品三项，入选名单另行公布。', ['王牌产']],
  // A kinship word before a verb or a word is no name's anchor.
  ['老人随女儿到城里居住，其儿子招待客人很周到。', ['到城里', '招待客']],
  // A …人员 of a duty before a colon labels the body's staff at work (验收人员, 评审人员), as 检查人员 does.
  ['工程竣工后由街道办组织验收（验收人员：钟立伟、庞海燕）。', ['钟立伟', '庞海燕']],
  ['项目评审人员：汤文博、鲁晓霞，评审结论为合格。', ['汤文博', '鲁晓霞']],
];

describe('gr35: names in the structures of slices 34 and 35, on other documents', () => {
  it.each(found)('finds the names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(notFound)('leaves alone what names no private person in %s', (text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
