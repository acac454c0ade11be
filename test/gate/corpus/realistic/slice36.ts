/**
 * Held-out slice 36: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, all from 卫生健康/医疗保障 work, **weighted towards names** — a 医保局 个人欺诈骗保
 * 典型案例 通报 in running prose, a 计划生育特别扶助 新增对象 公示 in numbered lines, a 家庭医生 签约服务 news item, a 院前急救
 * news item of bystanders' CPR, a 职业病诊断鉴定书 公告送达, a ` | ` 医师执业注册 注销 公告, a tabbed 遗体器官捐献者 缅怀 名单,
 * a 卫健局长信箱 letter on a dog bite with its reply, a 传统医学确有专长 考核合格人员 公示 aligned with spaces, and a
 * traditional-script mirror of a 造血干细胞捐献 news item. As much for precision as for recall.
 * Its own seed and pools: about four in five names a common surname with an ordinary given name of real-life frequency
 * (elders get their generation's names, the young theirs), the rest a rare surname of pinyin A–F no earlier slice draws
 * (艾, 敖, 卜, 薄, 边, 储, 鄂, 贝, 谌, 寸, 狄 — several of them ordinary words), a compound one (东野) or a given name that is
 * a word (和平, 卫东, 向东, 春雨, 秋菊, 冬梅, 桂香); counties 漳岭县, 淇川县, 浉阳县, 滏源县, villages 桂香村 and 振东村 that
 * read like names, 艾家湾村 and 敖家庄村 carrying surnames of the pool, streets 振东路, 春华街, 秀峰路 in bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '艾敖卜薄边储鄂贝谌寸狄';
const COMPOUND = ['东野'];
// Working-age people: ordinary given names in about the proportion people bear them, a few words at the end.
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '晓东', '鹏', '志勇', '建平', '刚', '涛', '斌', '超', '亮', '辉', '磊',
  '文斌', '明', '卫东', '向东', '和平',
];
const FEMALE = [
  '丽娟', '海燕', '红霞', '春梅', '静', '敏', '晓燕', '丽', '娟', '芳', '霞', '丽萍', '小红', '雪梅', '艳', '燕', '彩霞', '红梅', '桂香',
  '秋菊', '冬梅', '春雨',
];
// The old: their generation's names.
const OLD_MEN = ['德明', '福林', '国华', '建国', '振华', '德顺', '富贵', '金山', '玉林', '长海', '树林', '有才', '明亮'];
const OLD_WOMEN = ['秀英', '桂英', '玉兰', '淑珍', '凤英', '秀兰', '桂兰', '秀珍', '翠兰', '玉梅', '桂花', '英'];
// What parents chose in the last twenty years.
const YOUNG = ['浩', '子涵', '宇轩', '梓涵', '俊杰', '雨桐', '浩然', '欣怡', '一诺'];

const CODES = {
  漳岭县: { tel: '0398', region: '411224' },
  淇川县: { tel: '0392', region: '410623' },
  浉阳县: { tel: '0376', region: '411529' },
  滏源县: { tel: '0310', region: '130437' },
};
type County = keyof typeof CODES;
const TOWNS = ['秀峰镇', '城郊乡', '双塘镇', '大槐树乡'];
// 桂香村 and 振东村 read like names; 艾家湾村 and 敖家庄村 carry surnames of the pool.
const VILLAGES = ['桂香村', '振东村', '艾家湾村', '敖家庄村', '柳树沟村', '石碾子村', '双塘村', '杏园村'];
const GROUPS = ['一组', '三组', '五组', '七组', '东头组', '后岗组'];
// 振东 reads like a name: bodies' addresses (decoys) carry it, homes too.
const STREETS = ['振东路', '春华街', '秀峰路', '人民东路'];
const ESTATES = ['锦绣华庭', '书香苑', '翠湖小区', '康馨家园'];

// Traditional forms for the mirror's generated values (names and the home) that blind.ts's table lacks.
const TRAD: Record<string, string> = {
  艾: '艾', 敖: '敖', 卜: '卜', 薄: '薄', 边: '邊', 储: '儲', 鄂: '鄂', 贝: '貝', 谌: '諶', 寸: '寸', 狄: '狄', 野: '野',
  杨: '楊', 黄: '黃', 赵: '趙', 周: '周', 徐: '徐', 胡: '胡', 郭: '郭', 梁: '梁', 宋: '宋', 唐: '唐', 曹: '曹', 彭: '彭', 曾: '曾',
  肖: '肖', 董: '董', 袁: '袁', 潘: '潘', 于: '於', 蔡: '蔡', 余: '余', 杜: '杜', 程: '程', 魏: '魏', 丁: '丁', 任: '任', 沈: '沈',
  姚: '姚', 姜: '姜', 崔: '崔', 汪: '汪', 范: '范', 金: '金', 石: '石', 廖: '廖', 夏: '夏', 韦: '韋', 付: '付', 方: '方', 白: '白',
  孟: '孟', 熊: '熊', 秦: '秦', 邱: '邱', 江: '江', 尹: '尹', 薛: '薛', 段: '段', 雷: '雷', 侯: '侯', 史: '史', 陶: '陶', 黎: '黎',
  毛: '毛', 郝: '郝', 邵: '邵', 覃: '覃', 武: '武', 戴: '戴', 莫: '莫', 孔: '孔', 向: '向', 林: '林', 何: '何', 高: '高', 田: '田',
  建: '建', 志: '志', 勇: '勇', 海: '海', 波: '波', 永: '永', 平: '平', 斌: '斌', 超: '超', 亮: '亮', 磊: '磊', 文: '文', 明: '明',
  和: '和', 娟: '娟', 燕: '燕', 霞: '霞', 春: '春', 梅: '梅', 敏: '敏', 萍: '萍', 小: '小', 雪: '雪', 彩: '彩', 桂: '桂', 香: '香',
  秋: '秋', 菊: '菊', 冬: '冬', 雨: '雨', 浩: '浩', 子: '子', 涵: '涵', 宇: '宇', 梓: '梓', 俊: '俊', 桐: '桐', 然: '然', 欣: '欣',
  怡: '怡', 一: '一', 诺: '諾', 德: '德', 福: '福', 振: '振', 顺: '順', 富: '富', 贵: '貴', 玉: '玉', 有: '有', 才: '才', 秀: '秀',
  英: '英', 淑: '淑', 珍: '珍', 翠: '翠', 花: '花', 岭: '嶺', 漳: '漳', 峰: '峰', 塘: '塘', 槐: '槐', 碾: '碾', 杏: '杏', 头: '頭',
  岗: '崗', 郊: '郊', 城: '城', 柳: '柳', 沟: '溝', 湾: '灣', 庄: '莊', 组: '組', 号: '號',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice36(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(36_2026_1202);
  const { pick, int, pad } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.03,
    rareChance: 0.15,
    male: MALE,
    female: FEMALE,
    codes: CODES,
    towns: TOWNS,
    villages: VILLAGES,
    groups: GROUPS,
    streets: STREETS,
    estates: ESTATES,
  });
  const { fresh, person, kin, familyOf, landline, office, distinct, rural, flat, idFor } = g;
  const add = recorder('holdout36', addRecord);
  const surname = (): string => (r.chance(0.03) ? pick(COMPOUND) : r.chance(0.15) ? pick([...RARE]) : pick([...COMMON]));
  const elder = (sex: Sex): string => fresh(() => surname() + pick(sex === '男' ? OLD_MEN : OLD_WOMEN));
  const elderKin = (of: string, sex: Sex): string => fresh(() => familyOf(of) + pick(sex === '男' ? OLD_MEN : OLD_WOMEN));
  const young = (of?: string): string => fresh(() => (of ? familyOf(of) : pick([...COMMON.slice(0, 50)])) + pick(YOUNG));
  const youngBoy = (of?: string): string => fresh(() => (of ? familyOf(of) : pick([...COMMON.slice(0, 50)])) + pick(['浩', '宇轩', '俊杰', '浩然']));
  const money = (lo: number, hi: number): string => `${int(lo, hi)}`;
  const mobile = (): string => `1${pick(['35', '38', '39', '50', '57', '86', '87', '99'])}${r.digits(8)}`;
  /** A household's place as a 计生 list prints it: town + village + group, no door. */
  const townGroup = (town: string, village: string): string => distinct(() => `${town}${village}${pick(GROUPS)}`);

  // 1. 医保局 个人欺诈骗保 典型案例 通报, five cases in running prose: the insured named in each case's title and again in its
  //    facts (`X，男，…年生，住…`, `其母亲X`, `同村村民X`, `X与其妻Y`, `X之子Y`), a pharmacy's `（负责人：X）` a person; the
  //    pharmacy and hospital, the clerk masked as printed (`王某`), the 基金监管股 and the bureau's seat as decoys.
  {
    const c: County = '淇川县';
    const a = person('男');
    const aHome = rural(c, '城郊乡', '艾家湾村');
    const aMother = elderKin(a, '女');
    const b = person('女');
    const b2 = person('男');
    const cc = person('男');
    const ccWife = person('女');
    const ccHome = flat(c);
    const head = person('女');
    const d = elder('男');
    const e = elder('男');
    const eSon = kin(e, '男');
    const seat = office(c);
    const pharmacy = '淇川县济民大药房';
    add(
      [
        '淇川县医疗保障局关于2025年第三季度个人欺诈骗保典型案例的通报',
        '各乡镇人民政府，各定点医药机构，广大参保群众：',
        '    为强化警示教育，守护好群众的“看病钱”“救命钱”，现将我局第三季度查处的5起个人欺诈骗保典型案例通报如下：',
        `    案例一：参保人${a}冒用已故母亲医保凭证购药案。${a}，男，${int(1962, 1975)}年生，住${aHome}。其母亲${aMother}于2024年${int(2, 9)}月病故后，${a}未按规定办理医保关系注销，继续持母亲的医保卡在县城多家定点药店购买降压、降糖药品共${int(18, 40)}次，造成医保基金损失${money(3000, 9000)}元。我局依据《医疗保障基金使用监督管理条例》，责令其退回违规使用的医保基金，并处罚款${money(6000, 18000)}元。`,
        `    案例二：${b}出借医保卡案。参保人${b}将本人医保卡出借给同村村民${b2}，${b2}持卡在淇川县中医院门诊就诊${int(5, 12)}次，医保基金支付${money(1200, 4000)}元。我局责令其退回全部基金，暂停${b}医保卡联网结算6个月。`,
        `    案例三：${cc}伪造票据骗取报销案。${cc}与其妻${ccWife}（现住${ccHome}）以虚构外地住院的方式，伪造住院发票和费用清单两套，到县医保经办窗口手工报销，骗取医保基金${money(20000, 60000)}元。经办人员在审核时发现疑点，该案已移送县公安局，二人均已退赃。`,
        `    案例四：定点药店串换药品案。${pharmacy}（负责人：${head}）为参保人${d}将保健品串换成医保目录内药品刷卡结算，店员王某负责录入。我局追回基金${money(800, 3000)}元，中止该店医保服务协议3个月，该参保人退回个人账户违规支付部分。`,
        `    案例五：重复报销案。${e}驾驶电动三轮车与小轿车相撞受伤住院，肇事方已全额赔付医疗费用后，${e}之子${eSon}又持复印的票据向医保经办机构申请报销。经与交警部门信息比对查实，我局追回已支付的${money(5000, 15000)}元。`,
        '    医保基金是人民群众的“救命钱”，任何单位和个人不得以任何方式骗取。欢迎广大群众积极举报欺诈骗保行为，经查实的按规定给予奖励。',
        `    举报电话：${landline(c)}（县医保局基金监管股）；来信地址：${seat}。`,
        '淇川县医疗保障局',
        `2025年10月${int(10, 28)}日`,
      ].join('\n'),
      [P(a), A(aHome), P(aMother), P(b), P(b2), P(cc), P(ccWife), A(ccHome), P(head), P(d), P(e), P(eSon)],
      [pharmacy, '淇川县中医院', '王某', '“救命钱”', '县医保局基金监管股', seat, '县公安局', '“看病钱”', '淇川县医疗保障局'],
    );
  }

  // 2. 计划生育特别扶助 新增对象 公示 in numbered lines: couples `A（男，…生）、B（女，…生）夫妇，…镇…村…组，…` (the household's
  //    town + village + group labelled, as the 村组 lists), a widow alone, a couple refused and a wife whose 户籍 moved named
  //    again in prose; the 人口监测与家庭发展股, its 联系人 and the bureau's seat as decoys.
  {
    const c: County = '浉阳县';
    const couples = [0, 1, 2, 3].map(() => [elder('男'), elder('女')] as const);
    const places = [
      townGroup('双塘镇', '杏园村'),
      townGroup('双塘镇', '振东村'),
      townGroup('大槐树乡', '敖家庄村'),
      townGroup('大槐树乡', '石碾子村'),
    ];
    const kinds = ['独生子女死亡', '独生子女伤残（三级）', '独生子女死亡', '独生子女伤残（二级）'];
    const widow = elder('女');
    const widowPlace = townGroup('秀峰镇', '柳树沟村');
    const refused = [elder('男'), elder('女')];
    const contact = person('女');
    const seat = office(c);
    const yb = (lo: number, hi: number): string => `${int(lo, hi)}年${int(1, 12)}月生`;
    add(
      [
        '浉阳县2026年度农村部分计划生育家庭特别扶助新增对象公示',
        '    根据国家计划生育特别扶助制度有关规定，经本人申请、村级初审、乡镇审核和县级审批，现将2026年度新增特别扶助对象公示如下：',
        ...couples.map(
          ([h, w], k) => `${k + 1}．${h}（男，${yb(1958, 1966)}）、${w}（女，${yb(1960, 1968)}）夫妇，${places[k]}，${kinds[k]}。`,
        ),
        `5．${widow}（女，${yb(1962, 1968)}），丧偶，${widowPlace}，独生子女伤残（三级）。`,
        `    另，${refused[0]}、${refused[1]}夫妇经入户核查，现有一子一女，不符合特别扶助条件，不予纳入；${couples[2][1]}的户籍已于2025年迁至女儿所在地，由迁入地卫生健康部门审核后另行公示。`,
        `    公示期为2025年12月${int(1, 5)}日至12月${int(10, 15)}日。对公示对象有异议的，请向县卫生健康委人口监测与家庭发展股实名反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...couples.flat().map(P), ...places.map(A), P(widow), A(widowPlace), ...refused.map(P)],
      ['县卫生健康委人口监测与家庭发展股', contact, seat],
    );
  }

  // 3. 家庭医生 签约服务 news in running prose: an elder couple (`今年79岁的X家住…`, `老伴Y`, `他们的儿子Z`), `在同村的X家`,
  //    `X的孙女Y`, a villager with his home in brackets, quotations `…，”X说。`; the reporter, the correspondent, the 卫生院院长 in
  //    office, the 卫生院, a pennant's words and the bare village as decoys (no doctor named).
  {
    const c: County = '漳岭县';
    const rep = person('女');
    const corr = person('男');
    const oldW = elder('女');
    const oldH = elder('男');
    const home1 = rural(c, '秀峰镇', '柳树沟村');
    const son = kin(oldH, '男');
    const x = elder('男');
    const xHome = distinct(() => `柳树沟村${pick(GROUPS)}${int(1, 60)}号`);
    const gd = young(x);
    const y = person('男');
    const yHome = rural(c, '秀峰镇', '桂香村');
    const head = person('男');
    add(
      [
        '家庭医生上门来 签约服务暖人心',
        `    本报讯（记者 ${rep} 通讯员 ${corr}）11月${int(3, 20)}日一早，秀峰镇卫生院的家庭医生团队背着药箱走进柳树沟村。“血压一百三，比上个月稳多了。”团队里的医生一边收起血压计一边叮嘱。今年79岁的${oldW}家住${home1}，老伴${oldH}前年中风后行动不便，老两口都是团队的签约对象。`,
        `    “以前去镇上拿药要转两趟车，现在医生每个月上门，药也给送到家。”${oldH}坐在轮椅上说。他们的儿子${son}在外地打工，每次随访的结果，团队都会通过手机发给他。`,
        `    在同村的${x}家（${xHome}），医生给他测了血糖，又把新一个月的胰岛素放进冰箱。${x}患糖尿病多年，以前常常忘记打针，现在孙女${gd}放学回来会提醒他。“有了家庭医生，孩子在外面也放心。”${x}说。`,
        `    镇卫生院院长${head}介绍，全镇今年已签约重点人群8600余人，65岁以上老人、慢病患者、残疾人签约率均超过九成。团队每月至少上门一次，对行动不便的签约对象提供送药、换药和康复指导。`,
        `    村民${y}（家住${yHome}）去年在随访中被查出心房颤动，团队当天联系县人民医院为他开通了转诊通道。出院后，他专门给卫生院送去一面写着“妙手仁心”的锦旗。“签了约，心里踏实。”${y}说。`,
      ].join('\n'),
      [P(oldW), A(home1), P(oldH), P(son), P(x), A(xHome), P(gd), P(y), A(yHome)],
      [rep, corr, head, '秀峰镇卫生院', '“妙手仁心”', '县人民医院'],
    );
  }

  // 4. 院前急救 news in running prose: the patient (`67岁的X`, `X已转入普通病房`), bystanders by their trade (`退休护士X`,
  //    `外卖骑手X`, `高中生X`, `给A、B、C送去锦旗`), the daughter quoting her father's home; the reporter, the 急救中心主任 in
  //    office, a crossing of streets, the hospitals and `最美路人` as decoys.
  {
    const c: County = '滏源县';
    const rep = person('男');
    const pt = elder('男');
    const n1 = person('女');
    const n2 = person('男');
    const n3 = young();
    const dau = kin(pt, '女');
    const ptHome = flat(c);
    const n1Home = distinct(() => `县城${pick(ESTATES)}${int(1, 18)}栋${int(1, 3)}单元${int(1, 9)}0${int(1, 2)}室`);
    const dir = person('男');
    add(
      [
        '老人街头突发心脏骤停 三位路人接力按压“抢”回一条命',
        `    本报讯（记者 ${rep}）11月${int(2, 24)}日下午5时许，在滏源县城春华街与振东路交叉口，67岁的${pt}在公交站台等车时突然倒地，面色青紫，呼之不应。正在附近买菜的退休护士${n1}立即上前查看，判断老人已没有呼吸，马上开始胸外按压。外卖骑手${n2}拨打了120，随后按照调度员的电话指导与${n1}轮流按压。`,
        `    路过的高中生${n3}想起学校急救课上讲过，附近的滏源县人民医院门诊部门口装有AED，转身跑去取来。除颤一次后，老人恢复了微弱的脉搏。4分多钟后，救护车赶到现场。`,
        `    县急救中心主任${dir}说，心脏骤停后的4分钟是抢救的黄金时间，三位路人的及时施救为后续抢救赢得了机会。目前，${pt}已转入普通病房。`,
        `    “我父亲住在${ptHome}，平时身体还算硬朗，那天是一个人出门去看孙子。”${pt}的女儿${dau}说。出院前，她专程给${n1}、${n2}、${n3}三人送去锦旗，感谢他们的“最美路人”之举。`,
        `    ${n1}今年58岁，家住${n1Home}，退休前在县妇幼保健院工作了三十多年。“遇到这种情况，换了谁都会上去的。”她说。`,
      ].join('\n'),
      [P(pt), P(n1), P(n2), P(n3), A(ptHome), P(dau), A(n1Home)],
      [rep, dir, '春华街与振东路交叉口', '滏源县人民医院', '县急救中心', '县妇幼保健院', '“最美路人”'],
    );
  }

  // 5. 职业病诊断鉴定书 公告送达: addressees `X（男，…生，原住…）：` and `X（男，…生，公民身份号码…，住…）：`, the employer's
  //    `法定代表人：X` and a workshop's `负责人：X` as persons, `委托代理人X（系你女儿）`, both named again at the foot; the
  //    companies, the CDC, the commission's seat, its 联系人 and the document numbers as decoys.
  {
    const c: County = '淇川县';
    const w1 = person('男');
    const w1Home = rural(c, '双塘镇', '双塘村');
    const legal = person('男');
    const w2 = elder('男');
    const w2Id = idFor(c, int(1963, 1968));
    const w2Home = rural(c, '城郊乡', '敖家庄村');
    const agent = kin(w2, '女');
    const boss = person('男');
    const contact = person('女');
    const seat = `岱州市${pick(['秀峰路', '人民东路'])}${int(10, 200)}号`;
    const firm1 = '淇川县鑫磊石料有限公司';
    const firm2 = '淇川县宏达铸造厂';
    const no1 = `岱卫职鉴〔2025〕${int(10, 30)}号`;
    const no2 = `岱卫职鉴〔2025〕${int(31, 50)}号`;
    add(
      [
        '岱州市卫生健康委员会职业病诊断鉴定书公告送达',
        `${w1}（男，${int(1970, 1978)}年${int(1, 12)}月生，原住${w1Home}）：`,
        `    你与${firm1}（法定代表人：${legal}）职业病诊断争议一案，本委职业病诊断鉴定委员会已于2025年9月${int(2, 28)}日作出鉴定结论，维持淇川县疾病预防控制中心的诊断结论。因按你申请时填写的地址邮寄的《职业病诊断鉴定书》（${no1}）被退回，现依法向你公告送达。`,
        `${w2}（男，公民身份号码${w2Id}，住${w2Home}）：`,
        `    你申请鉴定的与${firm2}（负责人：${boss}）职业病诊断争议一案，本委已作出鉴定结论（${no2}）。你的委托代理人${agent}（系你女儿）在外地务工，无法联系，现依法向你公告送达。`,
        `    自本公告发布之日起经过三十日，即视为送达。${w1}、${w2}如对鉴定结论不服，可在送达之日起十五日内向省卫生健康委员会申请再鉴定。`,
        `    本委地址：${seat}，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(w1), A(w1Home), P(legal), P(w2), I(w2Id), A(w2Home), P(agent), P(boss)],
      [firm1, firm2, '淇川县疾病预防控制中心', '职业病诊断鉴定委员会', seat, contact, no1, no2, '省卫生健康委员会'],
    );
  }

  // 6. 医师执业注册 注销 公告 as a ` | ` table (`序号 | 姓名 | 性别 | 执业类别 | 执业范围 | 执业机构 | 注销原因`): the doctors as
  //    persons, like a licence list; one who died, whose wife applied, and one gone to practise elsewhere named again in prose;
  //    hospitals, clinics named after a word (`春雨口腔诊所`, `德仁堂`), a village clinic, the 医政股 contact and seat as decoys.
  {
    const c: County = '漳岭县';
    const sexes: Sex[] = ['男', '女', '男', '男', '女', '男', '男'];
    const docs = sexes.map((s) => (s === '男' ? person('男') : person('女')));
    const types = ['临床', '临床', '中医', '口腔', '临床', '中医', '临床'];
    const scopes = ['内科专业', '妇产科专业', '中医专业', '口腔专业', '儿科专业', '中西医结合专业', '全科医学专业'];
    const places = [
      '漳岭县人民医院', '漳岭县妇幼保健院', '漳岭县中医院', '漳岭春雨口腔诊所', '秀峰镇卫生院', '漳岭德仁堂中医诊所', '桂香村卫生室',
    ];
    const reasons = ['死亡', '本人申请', '中止执业活动满二年', '本人申请', '考核不合格逾期未改正', '本人申请', '死亡'];
    const widow = person('女');
    const contact = person('男');
    const seat = office(c);
    add(
      [
        '漳岭县卫生健康委员会关于注销医师执业注册的公告',
        '    根据《中华人民共和国医师法》和《医师执业注册管理办法》的规定，经审核，决定注销下列医师的执业注册，其《医师执业证书》同时作废。现予公告：',
        '序号 | 姓名 | 性别 | 执业类别 | 执业范围 | 执业机构 | 注销原因',
        ...docs.map((d, k) => `${k + 1} | ${d} | ${sexes[k]} | ${types[k]} | ${scopes[k]} | ${places[k]} | ${reasons[k]}`),
        `    其中，${docs[0]}医师于2025年${int(3, 8)}月病故，由其妻${widow}提出注销申请；${docs[3]}已到外省执业，请其在新的执业地重新申请注册。`,
        `    联系科室：县卫生健康委医政股，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...docs.map(P), P(widow)],
      [...places, '县卫生健康委医政股', contact, seat],
    );
  }

  // 7. 遗体器官捐献者 缅怀 名单 as a tab table (`序号 捐献者 性别 年龄 捐献类别 实现捐献时间 家属代表`, the representative with
  //    a kin note `X（妻）`): the dead and their kin as persons; in prose a donor named again with his son speaking, another
  //    whose last home is given; the 红十字会 常务副会长, the memorial garden, the village school and the hospital as decoys.
  {
    const c: County = '浉阳县';
    const donors = [elder('男'), person('男'), elder('女'), youngBoy(), person('女'), elder('男')];
    const donorSex: Sex[] = ['男', '男', '女', '男', '女', '男'];
    const notes = ['妻', '父', '女', '母', '夫', '子'];
    const reps = [
      person('女'),
      elderKin(donors[1], '男'),
      kin(donors[2], '女'),
      person('女'),
      person('男'),
      kin(donors[5], '男'),
    ];
    const cats = ['遗体', '器官（肝脏、肾脏）', '角膜', '器官（肾脏）、角膜', '遗体、角膜', '器官（肝脏）'];
    const vp = person('男');
    const sec = person('女');
    const home = rural(c, '双塘镇', '艾家湾村');
    const son0 = kin(donors[0], '男');
    add(
      [
        '清明缅怀 致敬生命 —— 浉阳县2025年遗体器官捐献者缅怀名单',
        '    清明节前夕，县红十字会在“生命礼赞”纪念园举行遗体和人体器官捐献者缅怀活动，捐献者家属、志愿者和医务人员代表六十余人参加。经家属同意，现将本年度实现捐献的捐献者名单公布如下：',
        '序号\t捐献者\t性别\t年龄\t捐献类别\t实现捐献时间\t家属代表',
        ...donors.map(
          (d, k) =>
            `${k + 1}\t${d}\t${donorSex[k]}\t${k === 3 ? int(15, 19) : int(38, 81)}\t${cats[k]}\t2025.${pad(int(1, 12), 2)}\t${reps[k]}（${notes[k]}）`,
        ),
        `    捐献者${donors[0]}生前是艾家湾村小学的代课教师，退休后在家中（${home}）开了一间免费的“四点半课堂”。活动中，他的儿子${son0}代表家属发言：“父亲说，人走了，还能帮到别人，就是最好的纪念。”`,
        `    县红十字会常务副会长${vp}向捐献者家属颁发了荣誉证书，并代表县红十字会向家属代表致以慰问。活动由县红十字会秘书长${sec}主持。`,
      ].join('\n'),
      [...donors.map(P), ...reps.map(P), A(home), P(son0)],
      [vp, sec, '“生命礼赞”纪念园', '艾家湾村小学', '县红十字会', '“四点半课堂”'],
    );
  }

  // 8. 卫健局长信箱 letter on a dog bite with its reply: `来信人：X`, `我叫X，家住…室`, `我儿子X`, `邻居X家的狗`, `我爱人X`,
  //    a mobile, `X女士：您好！`, the neighbour named again; the 犬伤门诊负责人 (a public body's staff), the 经办人, the CDC, the
  //    bureau, its 疾控股 and the 城管 bureau as decoys.
  {
    const c: County = '滏源县';
    const w = person('女');
    const home = flat(c);
    const hus = person('男');
    const son = youngBoy(hus);
    const nb = person('男');
    const phone = mobile();
    const head = person('女');
    const clerk = person('男');
    add(
      [
        '信件标题：孩子被狗咬伤，犬伤门诊为什么让我们第二天再去？',
        `来信人：${w}　　来信时间：2025年9月${int(3, 20)}日`,
        `    局长您好！我叫${w}，家住${home}。9月${int(1, 2)}日傍晚，我儿子${son}在小区里被邻居${nb}家的狗咬伤了手指，流了不少血。我爱人${hus}当晚带孩子到县疾控中心犬伤处置门诊，冲洗了伤口、打了第一针疫苗，但工作人员说没有狂犬病人免疫球蛋白，让第二天再来。孩子是三级暴露，我们很担心耽误了。${nb}家愿意承担费用，可是药没有，钱也没用。希望门诊常备这种药。我的电话：${phone}。`,
        `回复单位：滏源县卫生健康局　　回复时间：2025年9月${int(22, 30)}日`,
        `    ${w}女士：您好！来信收悉。经查，当晚门诊的人免疫球蛋白库存已用完，新一批次次日上午到货，孩子于次日上午完成注射，仍在规范处置的时间范围内。犬伤门诊负责人${head}已向您当面说明情况。我局已责成县疾控中心建立库存预警，确保门诊常备。养犬管理问题已转县城市管理综合执法局处理。如有疑问，请联系县卫健局疾控股，经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(w), A(home), P(son), P(nb), P(hus), M(phone)],
      [head, clerk, '县疾控中心', '滏源县卫生健康局', '县卫健局疾控股', '县城市管理综合执法局'],
    );
  }

  // 9. 传统医学确有专长 考核合格人员 公示 aligned with spaces (`序号  姓名  性别  所在县  专长方向  推荐医师`, the recommending
  //    doctors as persons like a licence list); one who failed and one whose recommender left practice named in prose; the
  //    examination hospital, `华佗夹脊穴`, the 中医药管理科, its 联系人 and seat as decoys.
  {
    const sexes: Sex[] = ['男', '女', '男', '男', '女', '男'];
    const passed = sexes.map((s) => (s === '男' ? (r.chance(0.4) ? elder('男') : person('男')) : person('女')));
    const counties: County[] = ['漳岭县', '淇川县', '浉阳县', '滏源县', '漳岭县', '淇川县'];
    const skills = ['针刺治疗腰腿痛', '外敷治疗烧烫伤', '推拿治疗小儿积食', '华佗夹脊穴刺络放血', '艾灸调理脾胃虚寒', '正骨手法治疗四肢骨折', '膏方治疗慢性咳喘'];
    const recs = passed.map(() => person(r.chance(0.7) ? '男' : '女'));
    const failed = person('男');
    const contact = person('女');
    const seat = `岱州市${pick(['振东路', '春华街'])}${int(10, 200)}号`;
    add(
      [
        '岱州市2025年中医医术确有专长人员医师资格考核合格人员公示',
        '    根据《中医医术确有专长人员医师资格考核注册管理暂行办法》，经资格审查、现场陈述和临床实践考核，以下人员考核合格，现予公示：',
        col('序号', 6) + col('姓名', 10) + col('性别', 6) + col('所在县', 10) + col('专长方向', 26) + '推荐医师',
        ...passed.map((n, k) => col(`${k + 1}`, 6) + col(n, 10) + col(sexes[k], 6) + col(counties[k], 10) + col(skills[k], 26) + recs[k]),
        `    另，${failed}因现场演示与申报专长不符，考核不合格；${passed[2]}的推荐医师${recs[2]}已于2025年调离执业机构，请其于公示期内补交另一名推荐医师的推荐材料。`,
        `    考核地点：岱州市中医院。公示期7个工作日。如有异议，请向市卫生健康委中医药管理科反映，联系人：${contact}，电话：${landline('漳岭县')}，地址：${seat}。`,
      ].join('\n'),
      [...passed.map(P), ...recs.map(P), P(failed)],
      ['岱州市中医院', '华佗夹脊穴', '市卫生健康委中医药管理科', contact, seat],
    );
  }

  // 10. A traditional-script mirror of a 造血干细胞捐献 news item: the donor named four times (`28歲的X`, `X家住…號`, `…。”X說。`),
  //     `妻子X`, `父親X`, `工友X`; the reporter, the 紅十字會副會長 in office, the registry, the hospital and the factory as decoys.
  {
    const c: County = '漳岭县';
    const rep = trad(person('女'));
    const donor = person('男');
    const home = rural(c, '大槐树乡', '振东村');
    const wife = person('女');
    const father = elderKin(donor, '男');
    const mate = person('男');
    const vp = trad(person('女'));
    const [tDonor, tHome, tWife, tFather, tMate] = [donor, home, wife, father, mate].map(trad);
    add(
      [
        '漳嶺小夥捐獻造血幹細胞 為千里之外的患者送去「生命種子」',
        `    本報訊（記者 ${rep}）11月${int(4, 22)}日，在省人民醫院採集室，28歲的${tDonor}經過四個多小時的採集，成功捐獻造血幹細胞，成為我縣第9位造血幹細胞捐獻者。`,
        `    ${tDonor}家住${tHome}，是縣城一家機械廠的鉗工。2019年，他在一次無償獻血時留下血樣，加入了中華骨髓庫。今年8月，縣紅十字會通知他與一名白血病患者初配成功。「接到電話，我第一個告訴了妻子${tWife}。」${tDonor}說。`,
        `    他的父親${tFather}起初擔心捐獻會傷身體，紅十字會工作人員上門講解後，老人打消了顧慮。同在一個車間的工友${tMate}主動替他頂了半個月的班。`,
        `    縣紅十字會副會長${vp}介紹，造血幹細胞捐獻不會影響捐獻者健康，希望更多適齡青年加入中華骨髓庫。`,
      ].join('\n'),
      [P(tDonor), A(tHome), P(tWife), P(tFather), P(tMate)],
      [rep, vp, '中華骨髓庫', '省人民醫院', '縣紅十字會'],
    );
  }
}
