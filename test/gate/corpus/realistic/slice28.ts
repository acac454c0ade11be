/**
 * Held-out slice 28: whole documents written blind by an independent examiner (who read neither `review/` nor the rules'
 * tests), of kinds no earlier slice uses, leaning to 公安 / 应急 / 消防 / 信访 / 见义勇为 — a 消防救援大队 行政处罚决定书 on a
 * tenant with a heading block, an 有限空间 中毒窒息 事故 调查报告 naming the dead and the persons responsible, a 信访 不予受理
 * 告知书 served by publication with a 处理意见书 beside it, a 见义勇为 奖励金 发放 公示, a 受灾群众 救灾物资 发放 名单, a 派出所
 * 走失人员 认领 公告, a 强制隔离戒毒决定书 served by publication, a 森林防火 违规用火 处罚 通报 in a Yi county, a 安全生产 举报
 * 奖励 兑现 公示, and a traditional-script mirror of a 防汛 转移 news item — as much for precision as recall.
 *
 * Names as real documents have them: about 80 % a surname among the hundred commonest and an ordinary given name of
 * real-life frequency (建华, 丽娟, 子涵, 国强, 秀英, 浩 …; children get names of the last twenty years, elders do not);
 * about 20 % a rare surname of pinyin M–S that no earlier slice draws (钦, 韶, 卿, 甯, 邳, 殳 and the ordinary words 绳, 慎,
 * 首, 千), a compound one (壤驷, 司寇) or a given name that is an ordinary word (红旗, 黎明, 长青, 晨曦, 小雨, 春晓); Yi names
 * in the Yi county. Counties, towns, villages, streets and estates of its own; 秀英街, 春生路 and 永平路 read like given names
 * and carry bodies' addresses (decoys), 钦家坝村 and 韶家湾村 carry surnames of the pool.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

// The hundred commonest surnames (census order, roughly).
const COMMON =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '钦韶卿甯邳殳绳慎首千';
const COMPOUND = ['壤驷', '司寇'];
const MALE = ['建华', '建国', '国强', '志强', '志明', '建军', '海涛', '德胜', '俊杰', '浩然', '子轩', '宇航', '文斌', '德明', '永刚', '春生', '金龙', '晓东', '明亮', '伟', '浩', '磊', '军', '勇', '杰', '涛', '斌', '超', '鹏', '鑫', '波', '刚', '平', '辉', '宇'];
const FEMALE = ['秀英', '桂英', '秀兰', '玉兰', '桂兰', '丽娟', '秀珍', '玉梅', '春梅', '海燕', '晓燕', '丽华', '红梅', '子涵', '梓涵', '欣怡', '诗涵', '雨桐', '淑珍', '凤英', '美兰', '静', '敏', '燕', '艳', '娟', '霞', '芳', '丹', '婷', '丽', '颖'];
// Names given to children of the last twenty years; elders are not given them.
const YOUNG_MALE = ['子轩', '浩然', '宇航', '俊杰', '浩', '宇', '鑫', '杰'];
const YOUNG_FEMALE = ['子涵', '梓涵', '欣怡', '诗涵', '雨桐', '婷', '颖'];
type Age = 'young' | 'old';
// Given names that are ordinary words.
const WORD_MALE = ['红旗', '黎明', '长青'];
const WORD_FEMALE = ['晨曦', '小雨', '春晓'];
// Yi names: clan name first (吉伍, 俄木, 勒格, 阿说), then the personal name.
const YI_MALE = ['吉伍木呷', '俄木拉哈', '勒格尔布', '阿说伍且', '吉伍日体', '俄木阿牛'];
const YI_FEMALE = ['勒格阿依', '吉伍阿果', '阿说依莫'];

// Traditional forms of characters this slice's names and places use that blind.ts does not map.
const TRAD_EXTRA: Record<string, string> = {
  钦: '欽', 韶: '韶', 卿: '卿', 甯: '甯', 绳: '繩', 寇: '寇', 驷: '駟', 壤: '壤', 齐: '齊', 泾: '涇', 闸: '閘', 帮: '幫',
  亲: '親', 陈: '陳', 刘: '劉', 张: '張', 赵: '趙', 杨: '楊', 梅: '梅', 涵: '涵', 怡: '怡', 宝: '寶', 龙: '龍', 鑫: '鑫',
  贝: '貝', 记: '記', 胜: '勝', 诗: '詩', 颖: '穎', 韦: '韋', 汇: '匯', 者: '者', 员: '員', 书: '書', 党: '黨', 委: '委', 岗: '崗', 坝: '壩', 滩: '灘', 桥: '橋', 冲: '沖',
};
const trad = (s: string): string => [...s].map((c) => TRAD_EXTRA[c] ?? toTrad(c)).join('');

const CODES: Record<string, string> = { 琅溪县: '0738', 岑岭县: '0719', 峨洛县: '0834', 汶渠县: '0817' };

export function slice28(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance, rnd } = seededRandom(28_2026_1202);
  const add = recorder('holdout28', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const given = (s: '男' | '女', age?: Age): string => {
    const young = s === '男' ? YOUNG_MALE : YOUNG_FEMALE;
    if (age === 'young') return pick(young);
    const all = s === '男' ? MALE : FEMALE;
    return pick(age === 'old' ? all.filter((g) => !young.includes(g)) : all);
  };
  const person = (sex?: '男' | '女', age?: Age): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => {
      const r = rnd();
      if (r < 0.8) return pick([...COMMON]) + given(s, age);
      if (r < 0.91) return pick([...RARE]) + given(s, age);
      if (r < 0.94) return pick(COMPOUND) + given(s, age);
      return pick([...COMMON]) + (age === 'young' ? given(s, age) : pick(s === '男' ? WORD_MALE : WORD_FEMALE));
    });
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男', age?: Age): string => fresh(() => familyOf(of) + given(sex, age));
  const yi = (sex: '男' | '女'): string => fresh(() => pick(sex === '男' ? YI_MALE : YI_FEMALE));
  const landline = (c: string): string => `${CODES[c]}-${int(2, 8)}${digits(6)}`;
  const mobile = (): string => `1${pick(['35', '39', '52', '58', '77', '83', '89', '98'])}${digits(8)}`;
  const idCard = (region: string, year: number, month: number, day: number): string => {
    const body = `${region}${year}${pad(month, 2)}${pad(day, 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const distinct = distinctValues();

  // 1. 消防救援大队 行政处罚决定书 on a tenant: heading block (`当事人：`, `性别：…出生日期：`, `身份证号码：`, `住址：` a flat), the
  //    facts in prose with the 消防监督员 and their 执法证号 (decoys), the party repeated by surname + 某 (as printed: a
  //    decoy) and by full name in the decision, a neighbour witness `（女，58岁）`; the estate's property company and the
  //    大队's seat on 秀英街 (a given name of the pool) as decoys.
  {
    const c = '琅溪县';
    const party = person('男');
    const year = int(1975, 1992);
    const [month, day] = [int(1, 12), int(1, 28)];
    const id = idCard('431126', year, month, day);
    const home = distinct(() => `${c}龙潭镇春生路锦澜苑小区${int(2, 12)}栋${int(1, 3)}单元${int(2, 17)}0${int(1, 4)}室`);
    const o1 = person('男');
    const o2 = person('男');
    const witness = person('女', 'old');
    const masked = `${familyOf(party)}某`;
    const seat = `${c}龙潭镇秀英街${int(10, 99)}号`;
    const firm = `${c}安居物业服务有限公司`;
    add(
      [
        `${c}消防救援大队`,
        '行政处罚决定书',
        `琅消行罚决字〔2025〕第00${int(21, 68)}号`,
        `当事人：${party}`,
        `性别：男　　出生日期：${year}年${month}月${day}日`,
        `身份证号码：${id}`,
        `住址：${home}`,
        `    2025年${int(3, 4)}月${int(1, 28)}日，我大队消防监督员${o1}（执法证号：${digits(8)}）、${o2}（执法证号：${digits(8)}）对锦澜苑小区开展高层民用建筑消防安全检查时发现，该小区${int(2, 12)}栋一楼楼梯间停放电动自行车一辆，并从一楼住户窗内私拉电线为其充电。经查，该车系当事人所有。执法人员当场责令其改正，三日后复查时，该车仍停放在原处充电。`,
        `    同单元住户${witness}（女，58岁）证实，${masked}自去年冬天起一直在楼梯间给电动车充电，物业公司（${firm}）曾多次张贴告知书。`,
        `    上述事实有现场检查记录、询问笔录、现场照片及责令改正通知书等证据证实，${party}在陈述申辩期内未提出异议。${masked}的行为违反了《高层民用建筑消防安全管理规定》第三十七条第二款的规定，根据该规定第四十七条第（七）项，本大队决定对${party}处罚款人民币伍佰元整。`,
        `    当事人应自收到本决定书之日起十五日内，到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。如不服本决定，可在收到本决定书之日起六十日内向${c}人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。`,
        `    ${c}消防救援大队（地址：${seat}）`,
        `    2025年${int(5, 6)}月${int(1, 28)}日`,
      ].join('\n'),
      [P(party), I(id), A(home), P(witness)],
      [o1, o2, masked, seat, firm],
    );
  }

  // 2. An 有限空间 中毒窒息 事故 调查报告 (应急管理局, summary as published): the company's seat (decoy) and its 法定代表人 (a
  //    person); the dead and the injured `X（男，45岁，住…组）` with their homes; a tanker's driver with its plate; persons in
  //    parentheses after a role (`现场负责人（X）`, `安全管理员（X）`); the 副县长 heading the team and the bureaus as decoys,
  //    the company named after a given name (`建华环保`) as a decoy.
  {
    const c = '岑岭县';
    const company = `${c}建华环保科技有限公司`;
    const seat = `${c}经济开发区永平路${int(2, 66)}号`;
    const boss = person('男');
    const dead1 = person('男');
    const dead2 = person('男');
    const hurt = person('男');
    const home1 = distinct(() => `${c}白石镇钦家坝村${pick(['三组', '四组'])}${int(3, 70)}号`);
    const home2 = distinct(() => `${c}白石镇长青村${pick(['一组', '六组'])}`);
    const home3 = distinct(() => `${c}清溪镇河滩村${pick(['二组', '五组'])}${int(3, 70)}号`);
    const driver = person('男');
    const plate = `鄂${pick(['L', 'K'])}${digits(5)}`;
    const foreman = person('男');
    const safety = person('女');
    const leader = person('男');
    const month = int(6, 8);
    add(
      [
        `${company}“${month}·${int(10, 28)}”较大中毒和窒息事故调查报告（摘要）`,
        `    2025年${month}月，${company}污水处理站调节池发生一起有限空间作业中毒和窒息事故，造成2人死亡、1人受伤，直接经济损失${int(180, 390)}万元。依据《生产安全事故报告和调查处理条例》，县人民政府成立由副县长${leader}任组长，应急管理、公安、总工会、卫生健康等部门参加的事故调查组。现将调查报告摘要公布如下。`,
        '    一、事故单位基本情况',
        `    ${company}，住所：${seat}，法定代表人：${boss}，主要从事工业污水处理。`,
        '    二、事故经过',
        `    当日8时许，该公司现场负责人（${foreman}）安排维修工${dead1}（男，45岁，住${home1}）下调节池清理堵塞的潜水泵，未进行通风和气体检测。${dead1}下池约5分钟后晕倒，在池边监护的${dead2}（男，52岁，住${home2}）未佩戴呼吸器即下池施救，随即晕倒。闻讯赶来的${hurt}（男，38岁，住${home3}）系绳下池，吸入气体后被拉出，送县人民医院救治，现已出院。`,
        `    8时40分，为公司抽运污泥的吸污车（号牌${plate}）驾驶员${driver}拨打119报警。${c}消防救援大队到场后佩戴空气呼吸器将二人救出，经医院抢救无效死亡。`,
        '    三、事故原因',
        `    直接原因：作业人员在未通风、未检测、未佩戴防护用品的情况下进入有限空间作业，池内污泥扰动后逸出的硫化氢气体积聚，导致中毒窒息；现场人员盲目施救致伤亡扩大。间接原因：公司未落实有限空间作业审批制度，安全管理员（${safety}）未按规定开展作业前安全交底，未配备检测报警仪器和救援装备。`,
        '    四、责任认定及处理建议',
        `    （一）${dead1}违章作业，对事故负有直接责任，鉴于其已在事故中死亡，不予追究。`,
        `    （二）现场负责人${foreman}违章指挥，涉嫌重大责任事故罪，建议移送司法机关处理。`,
        `    （三）${boss}作为公司法定代表人、主要负责人，未履行安全生产管理职责，建议由县应急管理局依法处以上一年年收入百分之四十的罚款；安全管理员${safety}未履行岗位职责，建议由公司依照内部规定给予处理。`,
        `    （四）建议由县应急管理局对${company}处以罚款，并责成其向县人民政府作出深刻检查。`,
        `    ${c}应急管理局　2025年${int(10, 12)}月${int(1, 28)}日`,
      ].join('\n'),
      [P(boss), P(dead1), P(dead2), P(hurt), A(home1), A(home2), A(home3), P(driver), PL(plate), P(foreman), P(safety)],
      [company, seat, leader, `${c}消防救援大队`, `${c}应急管理局`],
    );
  }

  // 3. 信访 documents served by publication on the 信访局's page: a 不予受理告知书 addressed `X：` (the cousin in a homestead
  //    dispute named, the left address and a mobile), and a 处理意见书 addressed `X（男，67岁，住…）：` naming his late
  //    father; the document numbers, the 信访局's 接待科 contact and its seat as decoys, the cousin's masked neighbour
  //    `徐某某` as printed.
  {
    const c = '琅溪县';
    const p1 = person('女');
    const cousin = kin(p1, '男');
    const left = distinct(() => `${c}清水镇韶家湾村${pick(['二组', '七组'])}${int(3, 80)}号`);
    const phone = mobile();
    const p2 = person('男', 'old');
    const p2home = distinct(() => `${c}城关镇永平路${int(20, 180)}号${int(1, 6)}栋${int(1, 6)}0${int(1, 2)}室`);
    const father = kin(p2, '男', 'old');
    const p3 = person('男');
    const neighbour = person('男');
    const p3home = distinct(() => `${c}清水镇韶家湾村${pick(['四组', '九组'])}${int(3, 80)}号`);
    const contact = person('女');
    const seat = `${c}城关镇秀英街${int(100, 199)}号`;
    const no1 = `琅信不受字〔2025〕${int(10, 40)}号`;
    const no2 = `琅信处字〔2025〕${int(41, 90)}号`;
    add(
      [
        `${c}信访局公告送达信访文书的公告（2025年第${int(3, 9)}期）`,
        '    下列信访人因预留地址无人签收、电话无法接通，其信访文书无法直接送达，现依照有关规定予以公告送达。自公告发布之日起满三十日，视为送达。',
        '    一、不予受理告知书',
        `    ${p1}：`,
        `    你于2025年${int(3, 5)}月${int(1, 28)}日通过网上信访平台反映与堂兄${cousin}之间宅基地使用权纠纷一事，本机关已收悉。经审查，该纠纷已由${c}人民法院立案审理，属于应当通过诉讼途径解决的事项。根据《信访工作条例》第二十九条的规定，本机关不予受理，请你依法通过诉讼程序主张权利。`,
        `    （文书编号：${no1}。你预留的地址：${left}；预留电话：${phone}。）`,
        '    二、信访事项处理意见书',
        `    ${p2}（男，67岁，住${p2home}）：`,
        `    你反映你父亲${father}生前在县农机厂工作，1998年企业改制时未办理养老保险接续，要求补发待遇一事，经${c}人力资源和社会保障局核查：${father}于1996年办理退职手续，不符合改制职工参保条件；你提出的补发请求缺乏政策依据，不予支持。你反映的原厂房被徐某某占用的问题，已转县自然资源局调查处理。`,
        `    （文书编号：${no2}。）如对本处理意见不服，可自送达之日起三十日内向${c}人民政府信访复查机关提出复查请求。`,
        '    三、信访事项复查意见书',
        `    ${p3}：`,
        `    你不服清水镇人民政府就你与邻居${neighbour}之间排水沟纠纷作出的处理意见，申请复查。经查，${neighbour}家新建围墙未占用你家（${p3home}）屋后排水沟，镇政府组织双方现场丈量并调解的处理意见事实清楚，本机关予以维持。`,
        `    联系人：县信访局接待科${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [P(p1), P(cousin), A(left), M(phone), P(p2), A(p2home), P(father), P(p3), P(neighbour), A(p3home)],
      [no1, no2, contact, seat, '徐某某', `${c}人力资源和社会保障局`],
    );
  }

  // 4. 见义勇为 奖励金 发放 公示 as a ` | ` table (姓名 | 性别 | 年龄 | 见义勇为事迹 | 奖励等次 | 奖励金额 | 领取人): the heroes and
  //    the widow who collects for the dead one (people); the rescued child `X（男，9岁）` in a cell and again in the note;
  //    the river, the 见义勇为基金会's seat on 春生路, the 政法委's contact and `王某` (a thief, masked as printed) as decoys.
  {
    const c = '岑岭县';
    const heroes = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const ages = [int(30, 45), int(50, 62), int(24, 35), int(17, 19), int(40, 58)];
    const sexes = ['男', '男', '女', '男', '男'];
    const child = person('男', 'young');
    const widow = person('女');
    const deeds = [
      '在清溪河跳水救起落水群众2人',
      '协助民警抓获盗窃电动车的嫌疑人王某',
      `在白石镇集市扑灭液化气罐起火，保护群众${int(8, 20)}人安全撤离`,
      `与同伴在长青村水库边救起落水儿童${child}（男，9岁）`,
      '在洪水中转移被困群众，不幸被洪水卷走牺牲',
    ];
    const grades = ['二等', '三等', '二等', '三等', '一等'];
    const money = ['20000', '10000', '20000', '10000', '50000'];
    const contact = person('男');
    const seat = `${c}城关镇春生路${int(30, 120)}号`;
    add(
      [
        `${c}2025年度见义勇为人员奖励金发放公示`,
        `    经行为发生地公安机关确认、县见义勇为评定委员会评审，决定对以下5名见义勇为人员给予奖励，现将奖励金发放情况公示如下：`,
        '序号 | 姓名 | 性别 | 年龄 | 见义勇为事迹 | 奖励等次 | 奖励金额（元） | 领取人',
        ...heroes.map((h, k) => `${k + 1} | ${h} | ${sexes[k]} | ${ages[k]} | ${deeds[k]} | ${grades[k]} | ${money[k]} | ${k === 4 ? `${widow}（妻子）` : '本人'}`),
        `    备注：${heroes[4]}同志牺牲后已被评定为烈士，其奖励金及抚恤金由其妻子${widow}代为领取；获救儿童${child}的家属已向县见义勇为基金会送来感谢信。`,
        `    公示期7天。如有异议，请向县委政法委反映，联系人：${contact}，电话：${landline(c)}；县见义勇为基金会地址：${seat}。`,
      ].join('\n'),
      [...heroes.map(P), P(child), P(widow)],
      ['王某', contact, seat, '清溪河', '县委政法委'],
    );
  }

  // 5. 受灾群众 救灾物资 发放 名单 as a tab table (序号, 户主姓名, 家庭人口, 受灾情况, 发放物资, 现住址 — village + group + door
  //    without the county, labelled homes —, 领取人签字 printed as a name or `本人`); one household collected by a son
  //    (`X（子）`); the 镇应急办's 经办人 and the 物资储备库 as decoys, the village alone as a decoy.
  {
    const c = '汶渠县';
    const heads = [person('男', 'old'), person('女', 'old'), person('男', 'old'), person('男', 'old'), person('女', 'old'), person('男', 'old'), person('男', 'old'), fresh(() => pick(COMPOUND) + given('女')), person('男', 'old')];
    const sizes = heads.map(() => int(1, 6));
    const harm = ['房屋倒塌', '房屋严重损坏', '农作物绝收', '房屋严重损坏', '房屋一般损坏', '因灾致伤', '房屋倒塌', '农作物绝收', '房屋一般损坏'];
    const goods = ['棉被2床、棉衣2件、大米50斤', '棉被1床、棉大衣1件', '大米50斤、食用油2桶', '棉被2床、大米50斤', '棉被1床、食用油1桶', '棉衣2件、大米25斤', '折叠床2张、棉被2床', '大米50斤', '棉被1床、棉衣1件'];
    const homes = heads.map(() => distinct(() => `石桥镇${pick(['永福村', '高坪村'])}${pick(['一组', '二组', '四组', '五组', '八组'])}${int(2, 99)}号`));
    const son = kin(heads[3], '男');
    const clerk = person('女');
    add(
      [
        '石桥镇2025年受灾群众冬春生活救助物资发放名单（第一批）',
        `    根据${c}应急管理局下拨的冬春救助物资，经村民小组评议、村委会审核、镇政府审定，现将第一批救助物资发放情况公示如下：`,
        '序号\t户主姓名\t家庭人口\t受灾情况\t发放物资\t现住址\t领取人',
        ...heads.map((h, k) => `${k + 1}\t${h}\t${sizes[k]}\t${harm[k]}\t${goods[k]}\t${homes[k]}\t${k === 3 ? `${son}（子）` : '本人'}`),
        `    物资由县救灾物资储备库统一调拨至镇便民服务中心，各村组织领取。公示期5天，监督电话：${landline(c)}。`,
        `    经办人：镇应急管理办公室${clerk}`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), P(son)],
      [clerk, '县救灾物资储备库', '镇便民服务中心'],
    );
  }

  // 6. 派出所 走失人员 认领 公告: an unknown old man who gave his name (`自述姓名X（音）`) and a home he remembers (an address);
  //    a second notice of a woman already claimed by her daughter, her home; the crossing, the hospital, the station's
  //    民警 as contact and `张某` (a helper masked as printed) as decoys.
  {
    const c = '汶渠县';
    const lost = person('男', 'old');
    const said = distinct(() => `${c}${pick(['双河镇', '三汇镇'])}${pick(['杨柳村', '太平村'])}`);
    const lady = person('女', 'old');
    const daughter = kin(lady, '女');
    const ladyHome = distinct(() => `${c}城南街道秀英街社区${int(1, 9)}栋${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}室`);
    const officer = person('男');
    add(
      [
        `${c}公安局城南派出所关于查找走失人员家属的公告`,
        `    2025年${int(9, 11)}月${int(1, 28)}日21时许，我所巡逻民警在永平路与滨江大道交叉口发现一名走失老年男子。该男子约75岁，身高约1.65米，偏瘦，头发花白，操本地口音，身穿深蓝色夹克、黑色布鞋，随身无任何证件。经询问，该男子意识不清，自述姓名${lost}（音），自称家住“${said}”，但当地村委会暂未找到其家属。目前该男子暂被安置在县中医院。`,
        `    请知情者或其家属见公告后与我所联系。联系人：民警${officer}，电话：${landline(c)}（24小时值班）。`,
        `    另，我所10月${int(2, 9)}日公告查找家属的走失老人${lady}（女，81岁），经热心群众张某提供线索，已于当日由其女儿${daughter}认领，送回${ladyHome}家中。感谢社会各界的关心。`,
      ].join('\n'),
      [P(lost), A(said), P(lady), P(daughter), A(ladyHome)],
      [officer, '张某', '县中医院', '永平路与滨江大道交叉口'],
    );
  }

  // 7. 强制隔离戒毒决定书 served by publication: heading block `被决定人：X，男，…出生，…族`, an ID masked by the police (a decoy),
  //    `户籍所在地：` a village door and `现住址：` a flat (both labelled), the person repeated by full name and by `X某`
  //    (a decoy); his mother who reported him; the 禁毒大队's officers and the bureau's seat as decoys.
  {
    const c = '琅溪县';
    const who = person('男');
    const year = int(1984, 1996);
    const maskedId = `431126${year}****${digits(3)}${pick(['1', '5', '7'])}`;
    const reg = distinct(() => `${c}清水镇钦家坝村${pick(['五组', '八组'])}${int(2, 60)}号`);
    const now = distinct(() => `${c}城关镇滨江大道${int(2, 200)}号${int(1, 9)}栋${int(1, 3)}单元${int(1, 16)}0${int(1, 4)}室`);
    const mother = kin(who, '女', 'old');
    const masked = `${familyOf(who)}某`;
    const officers = [person('男'), person('男')];
    const seat = `${c}城关镇秀英街${int(200, 299)}号`;
    add(
      [
        `${c}公安局`,
        '强制隔离戒毒决定书（公告送达）',
        `琅公（禁）决字〔2025〕${pad(int(3, 60), 3)}号`,
        `被决定人：${who}，男，${year}年${int(1, 12)}月出生，汉族，初中文化，无业`,
        `身份证号码：${maskedId}`,
        `户籍所在地：${reg}`,
        `现住址：${now}`,
        `    2025年${int(2, 6)}月${int(1, 28)}日，${who}的母亲${mother}向我局禁毒大队反映其子又在家中吸毒。经查，${who}曾于2023年被责令接受社区戒毒，在社区戒毒期间再次吸食甲基苯丙胺，经检测结果呈阳性，${masked}对吸毒事实供认不讳。`,
        `    根据《中华人民共和国禁毒法》第三十八条第一款第（二）项之规定，决定对${who}强制隔离戒毒二年（自2025年${int(7, 9)}月${int(1, 28)}日至2027年同日止）。`,
        `    因${masked}被解除临时羁押后去向不明，本决定书无法直接送达，现予公告送达。如不服本决定，可以在公告期满之日起六十日内向${c}人民政府申请行政复议，或者在六个月内向${c}人民法院提起行政诉讼。`,
        `    办案民警：${officers[0]}、${officers[1]}　　地址：${seat}`,
      ].join('\n'),
      [P(who), A(reg), A(now), P(mother)],
      [maskedId, masked, ...officers, seat],
    );
  }

  // 8. 森林防火 违规用火 处罚 通报 in a Yi county, numbered lines: `…乡…村…组村民X（男，58岁）` (Yi and Han villagers, the village
  //    group labelled a home), `X的妻子Y`, a publisher-masked `吉某某` as a decoy; the 乡长 signing, the 森林消防 中队长, a
  //    place name 木呷坪 that shares a Yi name's part, and the 通讯员 as decoys.
  {
    const c = '峨洛县';
    const a = yi('男');
    const b = person('男', 'old');
    const wife = kin(b, '女');
    const d = yi('女');
    const e = person('男');
    const groupA = distinct(() => `${c}洛乌乡阿都村${pick(['一组', '三组'])}`);
    const groupB = distinct(() => `${c}洛乌乡甘洛坪村${pick(['二组', '四组'])}`);
    const groupD = distinct(() => `${c}沙坪镇依达村${pick(['五组', '六组'])}`);
    const captain = person('男');
    const mayor = yi('男');
    const reporter = person('女');
    add(
      [
        `${c}森林草原防灭火指挥部办公室关于近期违规野外用火案件查处情况的通报`,
        '    当前我县处于森林草原高火险期。2月以来，各乡镇、县森林消防大队和公安机关共查处违规野外用火案件4起，现将有关情况通报如下：',
        `    1. 2月${int(3, 9)}日，${groupA}村民${a}（男，58岁）在木呷坪自家承包地焚烧玉米秸秆，被巡山人员当场制止。洛乌乡人民政府依据《森林防火条例》第五十条，对${a}给予警告并处罚款500元。`,
        `    2. 2月${int(10, 16)}日，${groupB}村民${b}（男，71岁）与妻子${wife}上坟烧纸引燃周边杂草，过火面积约0.3亩，县森林消防大队中队长${captain}带队扑救。${b}被处以罚款1000元，并责令补种树木。`,
        `    3. 2月${int(17, 22)}日，${groupD}村民${d}（女，44岁）在林缘烧灰积肥，沙坪镇人民政府对其处以罚款300元。`,
        `    4. 2月${int(23, 27)}日，外来务工人员${e}在林区吸烟乱扔烟头引发火情，公安机关依法对其处行政拘留五日。另有村民吉某某在林下烧火取暖，已被批评教育。`,
        `    请各乡镇严格落实“乡包村、村包组、组包户”责任，洛乌乡乡长${mayor}表示将加密巡护频次。（通讯员 ${reporter}）`,
      ].join('\n'),
      [P(a), P(b), P(wife), P(d), P(e), A(groupA), A(groupB), A(groupD)],
      [captain, mayor, reporter, '吉某某', '木呷坪'],
    );
  }

  // 9. 安全生产 举报奖励 兑现 公示 aligned with spaces: reporters masked by the bureau (`钦**`, `李*`: decoys), the companies
  //    (one named after a given name, 国强石材) as decoys, a company's `（法定代表人：X）` a person; one reporter who agreed in
  //    writing to be named (a person); the bureau's contact and seat as decoys.
  {
    const c = '岑岭县';
    const reporters = [person('男'), person('女'), person('男'), person('男')];
    const masks = reporters.map((r, k) => (k === 2 ? r : `${familyOf(r)}${k % 2 === 0 ? '**' : '*'}`));
    const firms = [`${c}国强石材有限公司`, `${c}丽华烟花爆竹批发部`, `${c}清溪建材厂`, `${c}永平货运有限公司`];
    const items = ['无证开采石料', '超量储存烟花爆竹', '粉尘涉爆场所未除尘', '危货车辆未取得运输资质'];
    const rewards = ['3000', '3000', '5000', '4500'];
    const legal = fresh(() => pick(COMPOUND) + given('男', 'old'));
    const operator = person('女');
    const contact = person('女');
    const seat = `${c}城关镇永平路${int(150, 260)}号`;
    add(
      [
        `${c}应急管理局2025年第三季度安全生产举报奖励兑现情况公示`,
        '    根据《安全生产领域举报奖励办法》，对经核查属实的举报事项，现将奖励兑现情况公示如下（举报人信息依法保密，除本人书面同意公开的外，以隐去名字方式公示）：',
        `${col('序号', 6)}${col('举报人', 10)}${col('被举报单位', 34)}${col('举报事项', 26)}奖励金额（元）`,
        ...reporters.map((_, k) => `${col(String(k + 1), 6)}${col(masks[k], 10)}${col(firms[k], 34)}${col(items[k], 26)}${rewards[k]}`),
        `    其中，第1项被举报单位（法定代表人：${legal}）已被依法处以罚款并停产整顿；第2项批发部经营者${operator}已被依法处以罚款并没收超量储存的烟花爆竹；第3项举报人${reporters[2]}系该厂原职工，本人书面同意公开姓名。`,
        `    公示期5个工作日。联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [P(legal), P(operator), P(reporters[2])],
      [masks[0], masks[1], masks[3], ...firms, contact, seat],
    );
  }

  // 10. Traditional-script mirror of a 防汛 转移 news item: `家住…號的獨居老人X（女，86歲）`, a villager and his son on a raft
  //     (`村民X和兒子Y`), a family `X一家四口`; the 鎮黨委書記, the 應急管理局副局長, the school used as a shelter and the
  //     reporter as decoys.
  {
    const c = '汶渠县';
    const granny = person('女', 'old');
    const grannyHome = distinct(() => `${c}三汇镇河坝村${pick(['三组', '七组'])}${int(5, 90)}号`);
    const man = person('男');
    const boy = kin(man, '男', 'young');
    const fam = person('男');
    const famHome = distinct(() => `三汇镇河坝村${pick(['一组', '九组'])}${int(5, 90)}号`);
    const helper = person('男');
    const secretary = person('男');
    const deputy = person('女');
    const reporter = person('男');
    const moved = int(300, 600);
    const [tGranny, tHome, tMan, tBoy, tFam, tFamHome, tHelper] = [granny, grannyHome, man, boy, fam, famHome, helper].map(trad);
    const [tSec, tDep, tRep] = [secretary, deputy, reporter].map(trad);
    add(
      [
        `${trad(c)}連夜轉移受威脅群眾${moved}餘人`,
        `    （記者 ${tRep}）7月${int(5, 25)}日夜間，受持續強降雨影響，渠江${trad(c)}段水位快速上漲。縣防汛抗旱指揮部啟動Ⅱ級應急響應，縣應急管理局副局長${tDep}帶領工作組趕赴三匯鎮，組織沿河村組群眾連夜轉移。`,
        `    家住${tHome}的獨居老人${tGranny}（女，86歲）行動不便，鎮黨委書記${tSec}和兩名網格員冒雨將她背出家門，送到設在三匯鎮中心小學的臨時安置點。`,
        `    村民${tMan}和兒子${tBoy}撐著自家竹筏，在積水的村道上來回六趟，接出被困的鄰居。住在${tFamHome}的${tFam}一家四口轉移時，一樓已進水半米，是鄰居${tHelper}開著三輪車把他們送到了高處。`,
        `    截至次日凌晨，全縣共轉移群眾${moved}餘人，無人員傷亡。安置點為群眾提供了熱飯、被褥和藥品。`,
      ].join('\n'),
      [P(tGranny), A(tHome), P(tMan), P(tBoy), P(tFam), A(tFamHome), P(tHelper)],
      [tSec, tDep, tRep, '三匯鎮中心小學'],
    );
  }
}
