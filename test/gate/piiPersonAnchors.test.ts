/**
 * What stands before a person in running prose (issue 9, the twenty-third tuning): a dwelling clause (住在…的, 家住…的,
 * 住着), the people one deals with for work and a roof (包工头, 老板, 房东, 租客, 股东), given names that are counts or
 * seasons (七斤, 四海, 腊月, 谷雨) and surnames no table holds (禤, 芈) once such an anchor says a person follows —
 * each in documents of other kinds than the slices that showed them, with the decoys each rule must leave alone.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

function expectNames(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [t, want] of cases) expect({ t, names: names(t) }).toEqual({ t, names: want });
}

describe('a dwelling clause introduces its resident', () => {
  it('reads the name after 住在…的, 家住…的, 租住在…的 and 住着, whatever verb follows', () => {
    expectNames([
      ['经查，住在临江县新华路15号的房德顺养了两条狗，', ['房德顺']],
      ['家住白沙镇青石村四组的柏桂芝捡回一条命。', ['柏桂芝']],
      ['租住在东关街道幸福里小区6栋的汤长顺拖欠房租。', ['汤长顺']],
      ['老宅里住着鲍长庚，今年八十岁。', ['鲍长庚']],
      ['住在隔壁的聂七斤听到呼救后赶来。', ['聂七斤']],
    ]);
  });

  it('leaves residents named by their class alone', () => {
    expectNames([
      ['住在县城的居民反映噪音扰民。', []],
      ['住在城关镇的困难群众共有86户。', []],
      ['家住城关镇的低保户，共计12户。', []],
      ['住在一楼的住户反映楼道漏水。', []],
    ]);
  });
});

describe('the people of work and lodging are person nouns by their head', () => {
  it('reads the name after 工头, 老板, 房东, 股东', () => {
    expectNames([
      ['工头蔡永福以工程款未到位为由拖欠工资。', ['蔡永福']],
      ['饭馆老板苗金水拒绝整改。', ['苗金水']],
      ['房东樊秀英扣下押金不退。', ['樊秀英']],
      ['股东邢建华转让其持有的股份。', ['邢建华']],
    ]);
  });

  it('and the young and the old a news item names by their look or age', () => {
    expectNames([
      ['外卖小哥刘海涛冲进火场救出两名儿童。', ['刘海涛']],
      ['家长柯秀梅向学校反映食堂问题。', ['柯秀梅']],
      ['大爷陶福生拄着拐杖来到窗口。', ['陶福生']],
      ['年过七旬的郝长庚仍坚持下地。', ['郝长庚']],
      ['当晚值班的保安付国庆发现后报警。', ['付国庆']],
      ['她的儿媳妇卜秋菊说，老人身体还好。', ['卜秋菊']],
      ['肇事司机邓强驾车逃逸。', ['邓强']],
      ['国家长期以来重视农村教育。', []],
      ['妇女儿童权益保障工作和治安联防。', []],
      ['阿姨们都说好。', []],
    ]);
  });

  it('but not the words these heads end or open', () => {
    expectNames([
      ['老板娘做的菜很好吃。', []],
      ['工头还未到场。', []],
      ['包工头拖欠工资问题突出。', []],
      ['股东大会决议通过。', []],
      ['房东家的狗咬伤路人。', []],
      ['租客须知如下。', []],
    ]);
  });
});

describe('after a person anchor, the structure carries a name of weak evidence', () => {
  it('reads given names that are counts or seasons when a telling word ends them', () => {
    expectNames([
      ['其子蒋七斤在外地务工。', ['蒋七斤']],
      ['孙子龚四海今年考上大学。', ['龚四海']],
      ['82岁的郝九斤独自在家。', ['郝九斤']],
      ['贫困户汪九斤家的房子漏雨。', ['汪九斤']],
      ['外孙牛七斤跟着奶奶生活。', ['牛七斤']],
      ['车主郑谷雨驾车离开。', ['郑谷雨']],
    ]);
  });

  it('reads a surname no table holds when the given part carries a name', () => {
    expectNames([
      ['退休职工禤桂英反映小区噪音扰民。', ['禤桂英']],
      ['其妻芈春兰凭身份证领取。', ['芈春兰']],
      // a word-like surname (水, 国, 咸) the same way, before a telling word only
      ['据邻居水四海说，老人常年独居。', ['水四海']],
      // after a listed kinship noun, a clear given part carries it before any verb
      ['低保户申请表载明，女儿禤思雨刚读初中。', ['禤思雨']],
    ]);
  });

  it('leaves counts, seasons and words after a person noun alone', () => {
    expectNames([
      ['女儿高三毕业后外出打工。', []],
      ['女儿高三的成绩很好。', []],
      ['农户于芒种前后播种。', []],
      ['儿童健康成长的环境。', []],
      ['电工作业须持证上岗。', []],
      ['派出所民警孙建到场调解。', []],
      ['志愿者为献血者佩戴绶带。', []],
      ['丈夫三年前病故。', []],
      ['村民水平高，学生国庆节放假。', []],
    ]);
  });
});

describe('a name glued to its label ends before the grammar after it', () => {
  it('reads 以 after a two-character name as the next word, not a given character', () => {
    expectNames([
      ['当事人蒋涛以“不知情”为由提出申辩。', ['蒋涛']],
      ['被申请人的法定代表人柴明以“资金困难”为由拒绝支付。', ['柴明']],
    ]);
  });
});

describe('a surname no table holds after a role label', () => {
  it('reads a rare first character before a plain given part, glued or after a colon', () => {
    expectNames([
      ['当事人：禤国柱，男，1975年出生。', ['禤国柱']],
      ['申请人芈秀兰于2024年5月向本机关提出申请。', ['芈秀兰']],
      ['被申请人：睢县人民政府', []],
      // after a function word (对, 我叫) before a telling word or a boundary, as in a decision or a letter
      ['本机关决定对芈国柱作出罚款2000元的行政处罚。', ['芈国柱']],
      ['我叫禤永红，家住城东。', ['禤永红']],
      ['对此作出说明。', []],
      ['当事人：某某公司', []],
    ]);
  });
});
