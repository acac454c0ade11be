/**
 * Held-out slice 39: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, from 教育/人社/体育 pages, **weighted towards names** (students and their
 * guardians, trainees, athletes, players, donors) in every place documents print them — a 生源地信用助学贷款 受理 公示 as a
 * ` | ` table (学生 beside 共同借款人), a 二级社会体育指导员 审批 名单 enumerated by town with `、` and `（女）`, a 高校毕业生
 * 就业见习补贴 名单 as a tab table with units named after people and words, a 控辍保学 劝返 news item in running prose, a
 * 村BA 农民篮球赛 news item with the champions' roster, a 二级运动员/二级裁判员 技术等级 审批 公示 aligned with spaces, a
 * 公办幼儿园 摇号录取 名单 (幼儿 and 监护人 with 户籍地址), a 家政服务员 职业技能培训 合格 名单 in numbered lines, a 体育局长信箱
 * letter on 广场舞 noise with its reply, and a traditional-script mirror of a 乡贤 奖学金 发放 名单. As much for precision
 * as for recall.
 * Its own seed and pools: about four in five names a common surname with an ordinary given name of real-life frequency
 * (parents get their generation's names, pupils theirs), the rest a rare surname of pinyin T–Z no earlier slice draws
 * (佟, 屠, 危, 邬, 奚, 幸, 雍, 禹, 臧, 甄, 訾, 卓 — 危, 幸 and 卓 ordinary words), the compound 阳佟, or a given name that is
 * an ordinary word (和平, 海洋, 国栋, 春雷); counties 澴水县, 涢山县, 沅溪县; villages 振华村 that reads like a name, 佟家坝村
 * and 邬家冲村 carrying surnames of the pool; streets 志强路, 红梅街, 桂华路 in bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, M, P, col, recorder, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '佟屠危邬奚幸雍禹臧甄訾卓';
const COMPOUND = ['阳佟'];
// Parents, trainees and adults: ordinary given names in about the proportion people bear them, a few words at the end.
const MALE = [
  '建华', '国强', '建军', '志刚', '海军', '伟', '军', '勇', '海波', '永刚', '红军', '鹏', '志勇', '建平', '刚', '涛', '永强', '斌', '亮', '辉',
  '磊', '立新', '和平', '海洋', '国栋', '春雷',
];
const FEMALE = [
  '丽娟', '红艳', '春艳', '丽华', '秀梅', '海燕', '红霞', '静', '敏', '晓燕', '丽', '娟', '芳', '霞', '丽萍', '小红', '雪梅', '艳', '燕', '彩霞',
  '红梅', '玉霞', '春花',
];
// Pupils and students: what parents chose between 2005 and 2021.
const YOUNG_M = ['浩然', '梓轩', '宇航', '俊熙', '浩宇', '博文', '雨泽', '锦程', '子豪', '一鸣'];
const YOUNG_F = ['子涵', '欣怡', '雨萱', '思琪', '佳怡', '一诺', '梓萱', '诗涵', '可欣', '晨曦'];
const OLD_F = ['秀英', '桂兰', '玉兰', '凤英'];

const CODES = {
  澴水县: { tel: '0712', region: '420922' },
  涢山县: { tel: '0722', region: '421381' },
  沅溪县: { tel: '0745', region: '431223' },
};
type County = keyof typeof CODES;
const TOWNS = ['棠梨镇', '杉木桥乡', '凤鸣镇', '白沙铺镇'];
// 振华村 reads like a given name; 佟家坝村 and 邬家冲村 carry surnames of the pool.
const VILLAGES = ['振华村', '佟家坝村', '邬家冲村', '枫树湾村', '茶园坪村', '石板桥村'];
const GROUPS = ['坝上组', '老院子组', '三组', '五组', '七组', '堰塘组'];
// 志强 and 红梅 read like given names: bodies' addresses (decoys) carry them, homes too.
const STREETS = ['志强路', '红梅街', '桂华路', '文峰路'];
const ESTATES = ['翰林苑', '学府花园', '凤鸣新城', '锦绣华庭'];

// Traditional forms of the characters the mirror's names and places can carry.
const TRAD: Record<string, string> = {
  张: '張', 刘: '劉', 陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 孙: '孫', 马: '馬', 罗: '羅', 郑: '鄭', 谢: '謝', 许: '許',
  韩: '韓', 冯: '馮', 邓: '鄧', 蒋: '蔣', 叶: '葉', 苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 贾: '賈', 韦: '韋',
  邹: '鄒', 闫: '閆', 龙: '龍', 贺: '賀', 顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 邬: '鄔', 阳: '陽',
  华: '華', 国: '國', 强: '強', 军: '軍', 刚: '剛', 涛: '濤', 辉: '輝', 栋: '棟', 红: '紅', 艳: '艷', 丽: '麗', 静: '靜', 晓: '曉',
  兰: '蘭', 轩: '軒', 诺: '諾', 诗: '詩', 泽: '澤', 锦: '錦', 鸣: '鳴', 豪: '豪', 凤: '鳳', 县: '縣', 镇: '鎮', 乡: '鄉', 组: '組',
  号: '號', 湾: '灣', 坝: '壩', 冲: '沖', 树: '樹', 园: '園', 板: '板', 桥: '橋', 坪: '坪', 沙: '沙', 铺: '鋪', 杉: '杉', 涢: '溳',
  澴: '澴', 沅: '沅', 院: '院', 堰: '堰', 塘: '塘', 振: '振', 枫: '楓', 茶: '茶', 梨: '梨', 棠: '棠', 伟: '偉', 鹏: '鵬', 杰: '傑',
};
const trad = (s: string): string => [...s].map((c) => TRAD[c] ?? c).join('');

export function slice39(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(39_2026_1202);
  const { pick, int, pad, chance } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.03,
    rareChance: 0.17,
    male: MALE,
    female: FEMALE,
    codes: CODES,
    towns: TOWNS,
    villages: VILLAGES,
    groups: GROUPS,
    streets: STREETS,
    estates: ESTATES,
  });
  const { fresh, person, kin, familyOf, landline, office, date, distinct, rural, flat } = g;
  const add = recorder('holdout39', addRecord);
  /** A pupil or student; with `of`, a child of that parent's family. */
  const surname = (): string => (chance(0.03) ? pick(COMPOUND) : chance(0.17) ? pick([...RARE]) : pick([...COMMON]));
  const young = (sex: Sex, of?: string): string => fresh(() => (of ? familyOf(of) : surname()) + pick(sex === '男' ? YOUNG_M : YOUNG_F));
  const grandma = (of: string): string => fresh(() => familyOf(of) + pick(OLD_F));
  const mobile = (): string => `1${pick(['35', '37', '39', '50', '51', '77', '86', '87'])}${r.digits(8)}`;
  const money = (lo: number, hi: number): string => `${int(lo, hi)}`;
  /** A village home as lists without the county print it: town + village + group (+ door). */
  const townHome = (town: string, village = pick(VILLAGES)): string => distinct(() => `${town}${village}${pick(GROUPS)}${int(1, 60)}号`);

  // 1. 生源地信用助学贷款 受理审核结果 公示 as a ` | ` table (`学生姓名 | 共同借款人 | 关系 | 家庭住址 | 录取院校 | 申请金额`):
  //    students and their guardians as persons, the homes labelled; a refusal in prose naming a sister; universities named
  //    after people (中山大学), the 学生资助管理中心, its seat and 经办人 as decoys.
  {
    const c: County = '澴水县';
    const sexes: Sex[] = ['女', '男', '男', '女', '男', '女'];
    const parents = sexes.map((_, k) => person(k % 3 === 1 ? '女' : '男'));
    const kids = sexes.map((s, k) => (k % 3 === 1 ? young(s) : young(s, parents[k])));
    const rel = parents.map((_, k) => (k % 3 === 1 ? '母子' : '父子')).map((x, k) => (sexes[k] === '女' ? x.replace('子', '女') : x));
    const homes = sexes.map((_, k) => rural(c, k < 3 ? '棠梨镇' : '凤鸣镇'));
    const schools = ['中山大学', '武汉理工大学', '湖北师范大学', '江汉大学', '黄冈职业技术学院', '华中农业大学'];
    const refused = young('男');
    const refusedSister = kin(refused, '女');
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        '澴水县2025年生源地信用助学贷款第三批受理审核结果公示',
        '    根据国家助学贷款有关规定，经学生本人申请、乡镇（街道）资助专干初审、县学生资助管理中心审核，以下学生符合生源地信用助学贷款申请条件，现予公示：',
        '序号 | 学生姓名 | 共同借款人 | 关系 | 家庭住址 | 录取院校 | 申请金额（元）',
        ...kids.map((s, k) => `${k + 1} | ${s} | ${parents[k]} | ${rel[k]} | ${homes[k]} | ${schools[k]} | ${money(12, 16)}000`),
        `    另，${refused}同学申请时提交的录取通知书系复印件且未能补交原件，其姐姐${refusedSister}已在本中心办理同类贷款手续，经核实二人不属同一学年，本批暂不受理${refused}的申请，待补齐材料后转入第四批。`,
        `    公示期为5个工作日。如有异议，请向县学生资助管理中心反映。经办人：${clerk}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...kids.map(P), ...parents.map(P), ...homes.map(A), P(refused), P(refusedSister)],
      ['中山大学', '县学生资助管理中心', clerk, seat, '华中农业大学', '国家助学贷款', '武汉理工大学', '资助专干'],
    );
  }

  // 2. 二级社会体育指导员 审批 名单 enumerated by town with `、` and `（女）`: the instructors as persons (appointees of a
  //    title), two repeated in a note; the 体育总会, its 秘书长 named with the title, 太极拳/八段锦 and the 文体局 as decoys.
  {
    const c: County = '涢山县';
    const towns = ['棠梨镇', '杉木桥乡', '凤鸣镇'];
    const byTown = towns.map(() => Array.from({ length: 4 }, (_, k) => (k % 2 === 1 ? person('女') : person('男'))));
    const secretary = person('男');
    const text = [
      '涢山县文化和旅游体育局关于批准授予二级社会体育指导员技术等级称号的通知',
      '各乡镇人民政府、县直有关单位：',
      '    根据《社会体育指导员管理办法》，经县体育总会组织培训考核，决定批准授予以下12名同志二级社会体育指导员技术等级称号：',
      ...towns.map((t, k) => `    ${t}（4人）：${byTown[k].map((n, i) => (i % 2 === 1 ? `${n}（女）` : n)).join('、')}`),
      `    其中，${byTown[0][1]}长期带领振华村广场舞队开展活动，${byTown[2][0]}为退休体育教师，主要指导太极拳、八段锦项目。`,
      `    希望获得称号的同志积极参与全民健身志愿服务，每年服务时间不少于60小时。县体育总会秘书长${secretary}负责建立指导员服务档案。`,
      `    涢山县文化和旅游体育局`,
      `    ${date()}`,
    ].join('\n');
    add(text, byTown.flat().map(P), ['县体育总会', secretary, '太极拳', '八段锦', '涢山县文化和旅游体育局', '振华村广场舞队', '全民健身', '各乡镇人民政府']);
  }

  // 3. 高校毕业生就业见习补贴 名单 as a tab table (`见习单位 见习人员 见习岗位 见习期限 补贴金额`): the trainees as persons,
  //    two kept on named in prose; units named after people and words (建华农机合作社, 老邬家土菜馆, 和美幼儿园) and the
  //    人才服务中心's 联系人 as decoys.
  {
    const c: County = '沅溪县';
    const units = ['沅溪县建华农机专业合作社', '沅溪县老邬家土菜馆', '沅溪县和美幼儿园', '沅溪县志强汽车维修服务部', '湖南秀梅电子商务有限公司', '沅溪县和美幼儿园'];
    const posts = ['财务助理', '店长助理', '保育员', '维修学徒', '网络运营', '保育员'];
    const trainees = units.map((_, k) => person(k % 2 === 0 ? '男' : '女'));
    const contact = person('男');
    add(
      [
        '沅溪县2025年第二批就业见习补贴发放名单公示',
        '    按照就业见习管理有关规定，经见习单位申报、县人社局审核，以下见习人员见习期满考核合格，拟向见习单位拨付见习补贴，现予公示：',
        '序号\t见习单位\t见习人员\t见习岗位\t见习期限\t补贴金额（元）',
        ...trainees.map((t, k) => `${k + 1}\t${units[k]}\t${t}\t${posts[k]}\t2025.${pad(int(1, 4), 2)}—2025.${pad(int(7, 10), 2)}\t${money(7, 11)}${pick(['200', '560', '800'])}`),
        `    其中${trainees[2]}、${trainees[4]}见习期满后被见习单位留用，按规定给予单位留用奖补每人1000元。`,
        `    公示期：${date()}起5个工作日。联系人：${contact}（县人才服务中心），电话：${landline(c)}。`,
      ].join('\n'),
      trainees.map(P),
      ['沅溪县建华农机专业合作社', '沅溪县老邬家土菜馆', '沅溪县和美幼儿园', '沅溪县志强汽车维修服务部', '湖南秀梅电子商务有限公司', contact, '县人才服务中心', '县人社局'],
    );
  }

  // 4. 控辍保学 劝返复学 news item in running prose: two pupils, a father, a grandmother and a mother named in every
  //    prose form (`14岁的X`, `X的父亲Y`, `和奶奶Z住在…`), two homes; the 镇党委副书记, the 中心学校校长, 陶行知, `高度重视`,
  //    the reporter and 通讯员 as decoys.
  {
    const c: County = '澴水县';
    const boy = young('男');
    const father = kin(boy, '男');
    const granny = grandma(boy);
    const boyHome = townHome('白沙铺镇', '枫树湾村');
    const girl = young('女');
    const mother = person('女');
    const girlHome = townHome('白沙铺镇', '佟家坝村');
    const deputy = person('男');
    const head = person('女');
    const reporter = person('女');
    const corr = person('男');
    add(
      [
        '白沙铺镇：“一生一案”劝返 让辍学娃重回课堂',
        `    “叔叔，我明天就回学校。”2025年10月${int(9, 27)}日，14岁的${boy}在家门口对上门劝返的工作组说。${boy}家住${boyHome}，父亲${father}常年在浙江打工，他和奶奶${granny}一起生活，上学期开学后便以身体不适为由不再到校。`,
        `    镇党委副书记${deputy}带领包村干部、班主任三次登门，把${father}从浙江请回来开家庭会。“娃娃不读完初中，是违法的，也是害了他。”${granny}听完政策讲解后当场表态，要监督孙子按时上学。`,
        `    住在${girlHome}的${girl}则是另一种情况：母亲${mother}患病卧床，她主动辍学照顾家里。镇里为${mother}申请了临时救助，学校为${girl}办理了寄宿生生活补助，${girl}在本周一回到了教室。`,
        `    镇中心学校校长${head}介绍，镇里对控辍保学工作高度重视，学习陶行知“爱满天下”的精神，建立“镇、村、校、家”四方联动机制，今年秋季学期已劝返辍学学生7名，实现义务教育阶段适龄儿童“应入尽入、应返尽返”。（记者 ${reporter} 通讯员 ${corr}）`,
      ].join('\n'),
      [P(boy), P(father), P(granny), A(boyHome), P(girl), P(mother), A(girlHome)],
      [deputy, head, reporter, corr, '陶行知', '高度重视', '镇中心学校', '包村干部', '一生一案'],
    );
  }

  // 5. 村BA 农民篮球赛 news item: the MVP (`…村村民X`), the best coach, the three-point king, the champions' roster in one
  //    `、` enumeration and a player named again in a quote; teams named after villages, the 县委副书记 presenting, the 裁判长
  //    acting in office, the `东方红` tractor, the reporter as decoys.
  {
    const mvp = person('男');
    const coach = person('男');
    const shooter = person('男');
    const roster = Array.from({ length: 6 }, () => person('男'));
    const presenter = person('男');
    const referee = person('男');
    const reporter = person('男');
    add(
      [
        '涢山县首届“村BA”落幕 振华村队捧走黄牛',
        `    ${date()}晚，涢山县首届“和美乡村”农民篮球赛在凤鸣镇文体广场落下帷幕。经过10天28场比赛，振华村队以76比71战胜佟家坝村队，夺得冠军，邬家冲村队获得第三名。`,
        `    县委副书记${presenter}为冠军队颁发奖杯和“冠军黄牛”一头，亚军队获得肥猪一头，季军队获得“东方红”牌旋耕机一台。振华村村民、货车司机${mvp}场均得分28分，获评“最有价值球员”；${coach}获“最佳教练员”称号；佟家坝村队的${shooter}全场投中三分球9个，获“三分王”。`,
        `    冠军队球员名单：${roster.join('、')}、${mvp}。`,
        `    “白天在地里收稻子，晚上来打球，全村老小都来加油。”${roster[0]}说，比赛结束后，他还要和${roster[3]}连夜把黄牛牵回村里。裁判长${referee}表示，本届比赛裁判全部由县篮球协会二级裁判员担任，赛风赛纪良好。（记者 ${reporter}）`,
      ].join('\n'),
      [P(mvp), P(coach), P(shooter), ...roster.map(P)],
      ['振华村队', '佟家坝村队', '邬家冲村队', presenter, referee, reporter, '“东方红”牌', '县篮球协会', '凤鸣镇文体广场', '最有价值球员'],
    );
  }

  // 6. 二级运动员 / 二级裁判员 技术等级称号 审批 公示 aligned with spaces (`姓名  性别  项目  成绩  所在单位`): the athletes
  //    and referees as persons; schools named after people and places (逸夫中学, 振华中学), the 教练员 column's coaches as
  //    persons; the 竞技体育股 and its contact as decoys.
  {
    const c: County = '沅溪县';
    const sexes: Sex[] = ['男', '女', '男', '女', '女', '男'];
    const athletes = sexes.map((s) => young(s));
    const marks = ['11.62', '5.48', '12.35', '2:28.40', '15.96', '1.78'];
    const events = ['男子100米', '女子跳远', '男子铅球', '女子800米', '女子100米栏', '男子跳高'];
    const schools = ['沅溪县第一中学', '沅溪县逸夫中学', '沅溪县第一中学', '沅溪县振华中学', '沅溪县逸夫中学', '沅溪县第一中学'];
    const coaches = [person('男'), person('女')];
    const refs = [person('男'), person('女'), person('男')];
    const contact = person('女');
    add(
      [
        '沅溪县2025年第二批二级运动员、二级裁判员技术等级称号审批公示',
        '    根据《运动员技术等级管理办法》和《体育裁判员管理办法》，经各单位申报、县文旅广体局审核，下列人员达到二级技术等级标准，现予公示：',
        '一、二级运动员',
        col('姓名', 12) + col('性别', 6) + col('项目', 16) + col('成绩', 10) + col('所在单位', 20) + '教练员',
        ...athletes.map((a, k) => col(a, 12) + col(sexes[k], 6) + col(events[k], 16) + col(marks[k], 10) + col(schools[k], 20) + coaches[k % 2]),
        '二、二级裁判员（田径）',
        `${refs.join('　')}`,
        `    公示期7天。对公示人员有异议的，请实名向县文旅广体局竞技体育股反映，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...athletes.map(P), ...coaches.map(P), ...refs.map(P)],
      ['沅溪县逸夫中学', '沅溪县振华中学', '沅溪县第一中学', contact, '县文旅广体局竞技体育股'],
    );
  }

  // 7. 公办幼儿园 小班 摇号录取 名单 as a ` | ` table (`编号 | 幼儿姓名 | 性别 | 监护人 | 户籍地址`): children and guardians as
  //    persons, flats and village doors labelled; a sibling admitted first named in prose; the kindergarten named after a
  //    word, the 公证处, the 公证员 acting in office and the 教育局's seat as decoys.
  {
    const c: County = '澴水县';
    const sexes: Sex[] = ['女', '男', '男', '女', '男'];
    const guardians = sexes.map((_, k) => person(k === 3 ? '女' : '男'));
    const kids = sexes.map((s, k) => (k === 3 ? young(s) : young(s, guardians[k])));
    const homes = sexes.map((_, k) => (k % 3 === 2 ? rural(c, '棠梨镇', '振华村') : flat(c)));
    const sibling = young('女');
    const siblingBrother = kin(sibling, '男');
    const notary = person('男');
    const seat = office(c);
    add(
      [
        '澴水县实验幼儿园（启明园区）2025年秋季小班电脑随机派位录取名单',
        `    2025年7月${int(10, 25)}日上午，在县公证处公证员${notary}现场监督下，对符合条件的报名幼儿进行电脑随机派位，录取结果如下：`,
        '编号 | 幼儿姓名 | 性别 | 监护人 | 户籍地址',
        ...kids.map((k2, k) => `A${pad(int(1, 260), 3)} | ${k2} | ${sexes[k]} | ${guardians[k]} | ${homes[k]}`),
        `    另，幼儿${sibling}的哥哥${siblingBrother}现在本园大班就读，按“同胞入园”政策直接录取，不参加派位。`,
        `    请被录取幼儿的家长于8月20日前携带户口簿、预防接种证到园区报到。咨询地址：${seat}（县教育局学前教育股），电话：${landline(c)}。`,
      ].join('\n'),
      [...kids.map(P), ...guardians.map(P), ...homes.map(A), P(sibling), P(siblingBrother)],
      ['县公证处', notary, seat, '启明园区', '县教育局学前教育股'],
    );
  }

  // 8. 家政服务员 职业技能培训 合格 名单 in numbered lines (`1．X，女，…年生，…`): trainees as persons, a mother-in-law and her
  //    son's wife trained together; the school named after a word (巧妹), the 培训讲师 in her clause, masked IDs as decoys.
  {
    const c: County = '涢山县';
    const trainees = Array.from({ length: 6 }, () => person('女'));
    const inLaw = fresh(() => surname() + pick(OLD_F));
    const teacher = person('女');
    const masked = trainees.map(() => `421381********${pad(int(0, 9999), 4)}`);
    add(
      [
        '涢山县巧妹家政职业培训学校2025年第3期家政服务员（育婴方向）培训合格人员名单',
        '    本期培训于9月1日至9月20日举办，经理论和实操考核，以下学员成绩合格，将按规定申领职业培训补贴：',
        ...trainees.map((t, k) => `${k + 1}．${t}，女，${int(1972, 1995)}年生，身份证号${masked[k]}，${pick(['理论', '实操'])}成绩${int(70, 96)}分；`),
        `${trainees.length + 1}．${inLaw}，女，${int(1962, 1968)}年生，与儿媳${trainees[0]}同期参训，实操成绩${int(70, 90)}分。`,
        `    培训讲师：${teacher}（高级育婴员）。学员名单已报县就业服务中心审核。`,
      ].join('\n'),
      [...trainees.map(P), P(inLaw)],
      ['涢山县巧妹家政职业培训学校', teacher, masked[0], masked[1], '县就业服务中心', '高级育婴员'],
    );
  }

  // 9. 体育局长信箱 letter on 广场舞 noise with its reply: the writer, her husband, the dance leader and a neighbour as
  //    persons, her flat, a mobile; the reply `X女士：您好！`, the community's secretary with the title, the 群体股's
  //    经办人 and the park as decoys.
  {
    const c: County = '沅溪县';
    const writer = person('女');
    const husband = person('男');
    const leader = person('女');
    const neighbour = person('男');
    const home = flat(c);
    const phone = mobile();
    const secretary = person('女');
    const clerk = person('男');
    add(
      [
        '信件标题：小区广场舞音响太吵，晚上十点还在跳',
        `来信人：${writer}　　来信日期：2025年9月${int(2, 15)}日`,
        `    局长您好！我家住${home}，楼下就是小区健身广场。每天晚上七点到十点，一支广场舞队用大功率音响放歌，我丈夫${husband}上夜班，白天休息晚上也睡不好。我找过领队${leader}好几次，她说是区里组织的比赛要练。同楼的${neighbour}也去劝过，没有用。希望体育部门管一管。电话：${phone}。`,
        `回复单位：沅溪县文旅广体局　　回复日期：2025年9月${int(18, 28)}日`,
        `    ${writer}女士：您好！来信收悉。我局已会同凤鸣社区党委书记${secretary}到现场了解情况，并与舞队负责人沟通，舞队已同意将音响音量控制在60分贝以下，晚上9点前结束，并逐步改到红梅街滨河公园活动。如仍有问题，请联系局群体股，经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(writer), P(husband), P(leader), P(neighbour), A(home), M(phone)],
      ['沅溪县文旅广体局', secretary, clerk, '红梅街滨河公园', '凤鸣社区', '局群体股'],
    );
  }

  // 10. A traditional-script mirror of a 乡贤 奖学金 发放 名单: the donor (a private person), each student with the village
  //     group he lives in and a parent; the fund named after a given name (國棟助學基金), the 教育局 and universities named
  //     after people (中山大學, 逸仙) as decoys.
  {
    const c: County = '涢山县';
    const donor = person('男');
    const sexes: Sex[] = ['男', '女', '女', '男', '女'];
    const parents = sexes.map((_, k) => person(k === 2 ? '女' : '男'));
    const students = sexes.map((s, k) => (k === 2 ? young(s) : young(s, parents[k])));
    const homes = sexes.map((_, k) => distinct(() => `${c}杉木桥乡${VILLAGES[k]}${pick(GROUPS)}`));
    const unis = ['武漢大學', '中山大學', '華中科技大學', '湖南大學', '中南大學'];
    const lines = [
      '杉木橋鄉「國棟助學基金」2025年度獎學金發放名單',
      `    旅居廣州的杉木橋鄉鄉賢${trad(donor)}先生連續第六年捐資助學。經鄉教育辦審核，今年向以下5名考入重點大學的學子每人發放獎學金5000元：`,
      ...students.map((s, k) => `${k + 1}．${trad(s)}，家住${trad(homes[k])}，考入${unis[k]}，家長${trad(parents[k])}；`),
      `    發放儀式上，${trad(donor)}先生勉勵同學們「學成之後回報桑梓」。學生家長${trad(parents[0])}代表受助家庭致謝。`,
      '    杉木橋鄉人民政府　鄉教育辦',
    ];
    add(
      lines.join('\n'),
      [P(trad(donor)), ...students.map((n) => P(trad(n))), ...parents.map((n) => P(trad(n))), ...homes.map((h) => A(trad(h)))],
      ['「國棟助學基金」', '中山大學', '鄉教育辦', '杉木橋鄉人民政府', '武漢大學', '回報桑梓'],
    );
  }
}
