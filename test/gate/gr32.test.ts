/**
 * The thirty-second tuning's recall rules (issue 9, slices 32 and 33 studied): the column of a post in a notice that
 * appoints people to it, and the boundaries of a name in running text. Each on documents of other kinds than the
 * slices', with the decoys each rule must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

const table = (...rows: string[]): string => rows.join('\n');
/** The same people under a post's heading, with and without a notice appointing them. */
const GRID_ROWS = ['序号\t社区\t网格\t网格员\t联系电话', '1\t东关社区\t第一网格\t蒋秀梅\t13812345678', '2\t东关社区\t第二网格\t邵志勇\t13912345678', '3\t西关社区\t第三网格\t韩春燕\t13712345678'];
const RIVER_ROWS = ['序号\t村名\t河长\t联系电话', '1\t石桥村\t蒋秀梅\t13812345678', '2\t柳河村\t邵志勇\t13912345678', '3\t杨树村\t韩春燕\t13712345678'];

/** [text, the names it holds] */
const found: [string, string[]][] = [
  // A post's column in a notice of hiring or electing people to that post: the people put forward, not staff.
  [
    table('现将拟选聘的村级网格员名单公示如下：', ...GRID_ROWS),
    ['蒋秀梅', '邵志勇', '韩春燕'],
  ],
  [
    table('经村民代表会议推选，现将新任命的人民调解员名单公布：', '序号 | 村名 | 调解员 | 备注', '1 | 石桥村 | 彭立新 | 连任', '2 | 柳河村 | 汪秀珍 | 新任', '3 | 杨树村 | 齐国庆 | 新任'),
    ['彭立新', '汪秀珍', '齐国庆'],
  ],
  [
    table('关于续聘村级河长的公示', '经各村推荐，现将结果公示如下：', ...RIVER_ROWS),
    ['蒋秀梅', '邵志勇', '韩春燕'],
  ],
  // A label's slot set apart by a colon and punctuation holds a name under a surname no table holds (库, 凡, 力, 隽).
  ['被执行人：库志刚，男，1975年3月生', ['库志刚']],
  ['申请人：隽辉，男，1980年5月生', ['隽辉']],
  ['复议申请人：凡慧，住溪口县', ['凡慧']],
  ['赔偿请求人：力文涛，要求赔偿医疗费', ['力文涛']],
  ['举报人：隽芳。', ['隽芳']],
  // Glued to its label, the word after a two-character name (因, 于) ends it.
  ['申请人库涛因房屋登记错误提出复议', ['库涛']],
  // …and a rare first character glued to its label and ended by punctuation.
  ['被申请人隽辉，男，1980年生，住溪口县。', ['隽辉']],
  // A two-character name padded to a form's width after a label's colon.
  ['行政处罚决定书\n当事人：韩　梅，女，1982年5月出生', ['韩　梅']],
  ['复议申请人：钟　磊。', ['钟　磊']],
  // A kinship word before a name is the relation, whole, and the name starts after it.
  ['老人说，孙子马浩然今年考上了大学。', ['马浩然']],
  ['其孙女王欣怡在县城读书，由村委会帮助申请助学金。', ['王欣怡']],
  ['困难情况：其外孙女王丽娜反映家中无劳动力。', ['王丽娜']],
  // A kinship word carries a surname that is vocabulary (力, 凡) when a telling word ends the run.
  ['老人的儿子力志强在外务工，每月寄回生活费。', ['力志强']],
  ['其丈夫凡建平因病去世后，家中仅余两人。', ['凡建平']],
  ['申请人的母亲凡秀英代为签字。', ['凡秀英']],
  // A last character names rarely end in opens the verb after a two-character name (乘船, 抱孙子).
  ['旅客杨芳乘船返乡时遗失背包，船员拾获后归还。', ['杨芳']],
  ['老人王芳抱孙子去卫生院打疫苗。', ['王芳']],
  // …unless the given name is a word, or grammar follows the character.
  ['侄孙女皇甫香草把泥土撒在墓前。', ['皇甫香草']],
  ['村民张大山开车将伤者送医。', ['张大山']],
  // The representative of people a person noun names is one of them (业主代表, 股东代表, 租户代表).
  ['股东代表邹志刚在会上发言，对分红方案提出异议。', ['邹志刚']],
  ['验收记录由租户代表汤丽华签字确认。', ['汤丽华']],
];

/** [text, what it must not report] */
const notFound: [string, string[]][] = [
  // 隽 opens a rare surname and a literary word: 隽永 after a label is the word (review, low).
  ['申请人：隽永，', ['隽永']],
  ['被申请人：隽永，文字隽永。', ['隽永']],
  // The same posts with no word of appointing anyone: the body's people acting in office.
  [
    table('2025年第三季度开庭公告', '案号\t案由\t审判长\t书记员', '（2025）溪01民初12号\t合同纠纷\t蒋秀梅\t邵志勇', '（2025）溪01民初13号\t借款纠纷\t韩春燕\t彭立新', '（2025）溪01民初14号\t侵权纠纷\t汪秀珍\t齐国庆'),
    ['蒋秀梅', '邵志勇', '韩春燕', '彭立新', '汪秀珍', '齐国庆'],
  ],
  [
    table('镇村级网格员名单', ...GRID_ROWS),
    ['蒋秀梅', '邵志勇', '韩春燕'],
  ],
  [
    table('村级河长公示', ...RIVER_ROWS),
    ['蒋秀梅', '邵志勇', '韩春燕'],
  ],
  // What fills a label's slot when no person does: a word, a body, a placeholder.
  ['投诉人：库存，', ['库存']],
  ['申请人：平凡，', ['平凡']],
  ['申请人：本公司，', ['本公司']],
  ['负责人：待定，', ['待定']],
  ['当事人：个体户，', ['个体户']],
  ['当事人承诺，在规定期限内整改。', ['承诺']],
  ['当事人：王　某，男，1980年生', ['王　某']],
  // A kinship word with no name after it, and words that open on a kinship word's characters.
  ['孙子涵今年考上大学', ['孙子']],
  ['男女儿童免费入园，儿童童装八折。', ['儿童', '童装']],
  ['女儿力争考上大学，儿子全力支持。', ['力争考', '全力支']],
  ['妻子长年卧病，女儿刚满周岁。', ['长年卧', '刚满周']],
  // 代表 after no person noun, or before a meeting.
  ['县人大代表视察工作，召开业主代表大会，股东代表大会决议如下。', ['人大代', '大会']],
  ['租户代表向阳社区反映漏水问题。', ['向阳']],
];

describe('gr32: names in the structures of slices 32 and 33, on other documents', () => {
  it.each(found)('finds the names in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(notFound)('leaves alone what names no private person in %s', (text, absent) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
  });
});
