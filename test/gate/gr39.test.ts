/**
 * Structure rules of the thirty-ninth helper (issue 9, slices 38 and 39 studied): a kinship word whose possessor is the
 * reader (您母亲X, 你儿子X), a private group's 领队 before its organiser, a team named for its village before its player,
 * a table's thing column (案件名称, 项目名称) whose cell opens with the party the row names elsewhere, and a home in
 * brackets after someone's 住宅 or 住处. Every sentence is of another kind than the slices'.
 */
import { describe, expect, it } from '@jest/globals';
import { addresses, names } from './piiFinds.js';

/** [text, the names the detector must report, what it must not report] */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  // a kinship word after the pronoun of the person a reply addresses
  ['请由您女儿力晓燕持委托书代为办理。', ['力晓燕'], []],
  ['经调解你儿子力永强代为签字确认。', ['力永强'], []],
  ['来信反映您母亲王凤英在养老院摔伤一事。', ['王凤英'], []],
  ['请您父亲本人携带身份证到场办理。', [], ['本人携']],
  // the leader of a private group's outing or team
  ['登山协会领队邓文军介绍，当天共有四十人参加。', ['邓文军'], []],
  ['游客反映旅行社领队罗晓燕未按约定行程带团。', ['罗晓燕'], []],
  ['经领队同意后方可离队。', [], ['同意后']],
  // a team named for its village introduces its player as the village does; a player's tally over the match ends the name
  ['拔河比赛中，柳树湾村队的郑国华获得最佳力士称号。', ['郑国华'], []],
  ['象棋比赛中，河口村队的郑国华本场连胜三局。', ['郑国华'], []],
  ['龙舟赛上，石门村队的罗志强说，大家练了三个月。', ['罗志强'], []],
  ['驻村工作队的队员全场跟班作业。', [], ['队员全']],
  // a thing's name in its column opening with the party the row names under a person's heading
  ['序号\t案件名称\t当事人\t处理结果\n1\t邓文军无证驾驶案\t邓文军\t罚款\n2\t柏永年超载运输案\t柏永年\t罚款\n3\t韩国栋非法捕捞案\t韩国栋\t没收渔具', ['邓文军', '柏永年', '韩国栋'], []],
  ['序号\t项目名称\t申请人\t补助金额（元）\n1\t韩建平户厕改造项目\t韩建平\t1200\n2\t苏晓雯家庭农场灌溉项目\t苏晓雯\t3000\n3\t罗永年户厕改造项目\t罗永年\t1200', ['韩建平', '罗永年'], []],
  // the column beside it holds the body's staff: the case names vouch for no one
  ['序号\t案件名称\t承办人\t处理结果\n1\t韩国栋非法捕捞案\t邓文军\t罚款\n2\t柏永年超载运输案\t苏晓雯\t罚款\n3\t罗永年违规搭建案\t韩建平\t拆除', [], ['韩国栋', '柏永年', '罗永年']],
];

/** [text, the addresses the detector must report, what it must not report] */
const ADDRESS_CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['经查，该作坊即其住宅（沅江县白鹤镇新桥村三组8号），无营业执照。', ['沅江县白鹤镇新桥村三组8号'], []],
  ['违章搭建的彩钢棚紧邻他的住处（临河区幸福路12号2单元301室）。', ['临河区幸福路12号2单元301室'], []],
  // a kind of property a project builds or sells, not anyone's home
  ['开发商销售的商品住宅（滨江路88号）已取得预售许可。', [], ['滨江路88号']],
];

/** How often each name is reported, for the table rows where the same person stands twice. */
function counts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of names(text)) out.set(n, (out.get(n) ?? 0) + 1);
  return out;
}

describe('gr39: names in structures', () => {
  it.each(CASES)('%s', (text, expected, absent) => {
    const got = names(text);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it.each(ADDRESS_CASES)('%s', (text, expected, absent) => {
    const got = addresses(text);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('reports the party in the case name as well as in the party column', () => {
    const got = counts('序号\t案件名称\t当事人\t处理结果\n1\t邓文军无证驾驶案\t邓文军\t罚款\n2\t柏永年超载运输案\t柏永年\t罚款\n3\t韩国栋非法捕捞案\t韩国栋\t没收渔具');
    expect(got.get('邓文军')).toBe(2);
    expect(got.get('柏永年')).toBe(2);
  });
});
