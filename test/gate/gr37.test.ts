/**
 * The thirty-seventh tuning's recall rules (issue 9, slices 36 and 37 studied): compound surnames outside the 百家姓
 * that families still carry, and the structures that put a person after a role, a kinship word or a category label.
 * Each on documents of other kinds than the slices', with the decoys each rule must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

/** [text, the names it holds] */
const found: [string, string[]][] = [
  // Compound surnames carried today outside the 百家姓 (东野, 哥舒, 相里, 阳佟, 达奚, 南荣, 呼衍, 公叔): read whole.
  ['经调查，东野春林于2024年3月在自家承包地违规建房。', ['东野春林']],
  ['申请人哥舒丽华要求公开本街道拆迁补偿方案。', ['哥舒丽华']],
  ['低保对象：相里文斌、阳佟玉梅、达奚明远。', ['相里文斌', '阳佟玉梅', '达奚明远']],
  ['村民南荣晓峰、呼衍红英反映道路积水。', ['南荣晓峰', '呼衍红英']],
  ['第3名\t公叔国强\t男\t高级技工', ['公叔国强']],
  // An organisation's officers, one role a line: its 委员, 主任 and 秘书长 are its own, not a body's.
  ['某某商会第二届理事会成员名单\n    会长：任国栋\n    秘书长：祁海燕（女）\n    常务委员：蒋立新、温雅琴（女）', ['任国栋', '祁海燕', '蒋立新', '温雅琴']],
  ['  业主委员会主任：孔令军\n  副主任：韩雪梅\n  委员：吕大鹏、柏志强、吴晓丽（女）', ['孔令军', '韩雪梅', '吕大鹏', '柏志强', '吴晓丽']],
  ['合作社选举结果：\n  理事长：邵建华\n  监事会主任：卜秀珍；监事：易长青', ['邵建华', '卜秀珍', '易长青']],
  // A trade's own 负责人 in brackets after its premises (…诊所, …药房, …工作室) is the business's person, not a body's.
  ['某某口腔诊所（负责人：袁立冬）未按规定公示收费标准。', ['袁立冬']],
  ['县城东区益康药房（负责人：贝秋菊）已整改。', ['贝秋菊']],
  // The post a notice relieves someone of (原…员X因年满60周岁不再续聘): an age inside the clause does not end it.
  ['原监测员钱立伟因年满60周岁不再续聘，由其女钱晓云接任。', ['钱立伟', '钱晓云']],
  // A final 和 before a mark joins nothing (…、龙正和、…, 葛春和（回族）), and a prose mention cut there (葛春|和带头)
  // is the name the list reads whole.
  ['名单：江国平、龙正和、潘小兵。', ['江国平', '龙正和', '潘小兵']],
  ['光荣榜 种粮大户：葛春和（回族）。葛春和种粮三百亩。', ['葛春和', '葛春和']],
  // An adverb of the clause after a kinship word's name (又, 仍, 便 before a verb) ends the name.
  ['报案材料显示，其兄章伟又到派出所报案。', ['章伟']],
  ['此后其弟鲍强又私自搭建了围墙，其女儿邱敏仍多次到信访局反映。', ['鲍强', '邱敏']],
  // A villager hired to walk a dam or a dyke (巡查责任人, 巡护责任人) is no body's officer, in a note or a table's column.
  ['山塘巡护责任人：滕小军、钱斌。', ['滕小军', '钱斌']],
  ['经核实，河道巡查责任人柏海涛因病住院，由其妻代为巡查。', ['柏海涛']],
  [
    '序号  堤段名称      行政责任人          巡查责任人  联系电话\n1     东风堤        蔡志强（副乡长）    严斌      13912345678\n注：东风堤巡查责任人严斌因外出务工，汛期由其兄代为巡查。',
    ['严斌', '严斌'],
  ],
  // Right after a kinship word, a run that reads clearly as a name is one though its first two characters make a word.
  ['调解时，伤者的儿子金文涛代表家属签字。', ['金文涛']],
  ['座谈会上，老人的女儿金文婷代表家属致谢。', ['金文婷']],
  // A run glued to a party's label and framed by a sex after it is the person, whatever word its first character opens.
  ['行政复议申请人信永强，男，汉族，住某村。', ['信永强']],
  ['原告萨海波，男，1964年生。', ['萨海波']],
];

/** [text, what must not be read as a name] */
const notFound: [string, string[]][] = [
  // Ordinals and places that share a compound surname's characters stay words.
  ['第一书记到村后第一时间走访了第二小组，即墨区、相里村和阳佟乡也派员参加。', ['第一书', '第二小组', '即墨区', '相里村', '阳佟乡']],
  // A leading group's and a village committee's rosters name officials.
  ['村委会选举结果\n  主任：孔令军\n  委员：吕大鹏、柏志强', ['孔令军', '吕大鹏', '柏志强']],
  ['领导小组\n  组长：孔令军（县长）\n  副组长：韩雪梅（副县长）\n  委员：吕大鹏、柏志强', ['孔令军', '韩雪梅', '吕大鹏', '柏志强']],
  // A joining 和 before a name stays the conjunction.
  ['村民王建和李强一起到镇上反映情况。', ['王建和']],
  ['他的儿子高中毕业后在外打工，女儿安心学习。', ['高中毕', '安心学']],
  ['当事人承诺，男方负责抚养；申请人要求公开，女方同意。', ['承诺', '要求公开']],
  ['山东野生动物园内外互相里应外合的说法不实。', ['东野生', '相里应']],
];

describe('gr37: names in the structures of slices 36 and 37, on other documents', () => {
  it.each(found)('finds the names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(notFound)('leaves alone what names no private person in %s', (text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
