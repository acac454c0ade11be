/**
 * Held-out slice 34: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, leaning to 司法行政/人民调解/法律援助/社区矫正/退役军人 pages and weighted towards
 * homes — a 人民调解协议 履行情况 公示 as a ` | ` table with each party's 住所, a 法律援助 受援人 名单 as a tab table with a
 * 户籍地 column, a 社区矫正 解除宣告 news item (the parties masked as printed), a 立功喜报 送达 news item naming the soldiers'
 * homes and families, a 光荣之家 悬挂 名单 aligned with spaces (户主 and 门牌), a 自主就业退役士兵 一次性经济补助 发放 公示 with a
 * 户籍地址 column and an ID in a correction, a traditional-script 人民調解 典型案例, a 给予法律援助决定书 (户籍所在地 vs 现住),
 * a 退役军人 信箱 letter and its reply, and a 法律明白人 名单 in numbered lines under village headings. As much for precision as
 * for recall. Its own seed and pools: about four in five names a common surname with an ordinary given name, the rest a
 * rare surname of pinyin M–S no earlier slice draws (弥, 萨, 穰, 逢, 沐, 区, 召, 嵩, 肃, 秋), a compound one (南荣, 少正) or a
 * given name that is an ordinary word (保国, 卫民, 建设, 胜利, 春兰, 海燕); counties 湄川县, 涪岭县, 溆阳县, 渑桥县, villages
 * 保国村 and 卫民村 reading like names, 弥家湾村 and 沐家庄村 carrying surnames of the pool, streets 建设路, 秀兰街, 国庆路
 * (name-like) in bodies' addresses and in homes.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '弥萨穰逢沐区召嵩肃秋';
const COMPOUND = ['南荣', '少正'];
// Ordinary given names in about the proportion people bear them; the last few are words (保国, 卫民, 建设 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '德明', '晓东', '鹏', '志勇', '建平', '红兵', '刚', '涛', '建国',
  '国华', '文杰', '振华', '海涛', '志明', '永强', '斌', '超', '亮', '辉', '福林', '学军', '明', '保国', '卫民', '建设', '胜利',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '秀珍', '丽萍', '小红', '秀芳', '雪梅', '金凤', '翠兰', '艳', '燕', '春兰', '海燕',
];
// Soldiers and their young relatives: names parents chose in the last twenty-five years.
const BOYS = ['浩', '子豪', '宇航', '浩然', '俊杰', '博文', '一帆', '鑫', '昊天', '家豪', '宇', '晨阳'];
const GIRLS = ['欣怡', '雨欣', '佳怡', '子涵', '梦瑶', '诗雨'];

const CODES = {
  湄川县: { tel: '0851', region: '520328' },
  涪岭县: { tel: '023', region: '500233' },
  溆阳县: { tel: '0745', region: '431227' },
  渑桥县: { tel: '0398', region: '411224' },
};
type County = keyof typeof CODES;
const TOWNS = ['青石镇', '龙潭乡', '白沙镇', '石桥铺镇', '杨家坪乡'];
// 保国村 and 卫民村 read like given names of the pool; 弥家湾村 and 沐家庄村 carry its surnames.
const VILLAGES = ['保国村', '卫民村', '弥家湾村', '沐家庄村', '枣树坪村', '黄泥塘村', '红旗岭村', '柿子沟村'];
const GROUPS = ['一组', '三组', '四组', '六组', '八组', '九组', '下院组', '塘坎组', '上屋组', '桥头组'];
// 建设, 秀兰 and 国庆 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['建设路', '秀兰街', '国庆路', '人民路', '河滨路'];
const ESTATES = ['福瑞家园', '和谐苑', '御景小区', '丹枫苑', '滨江花园'];

// Traditional forms for the mirror (characters of its names and places that blind.ts's table lacks).
const TRAD: Record<string, string> = {
  湄: '湄', 涪: '涪', 溆: '漵', 渑: '澠', 岭: '嶺', 青: '青', 潭: '潭', 沙: '沙', 桥: '橋', 铺: '鋪', 坪: '坪', 枣: '棗', 泥: '泥', 塘: '塘',
  旗: '旗', 柿: '柿', 弥: '彌', 沐: '沐', 萨: '薩', 穰: '穰', 逢: '逢', 区: '區', 召: '召', 嵩: '嵩', 肃: '肅', 秋: '秋', 荣: '榮',
  设: '設', 胜: '勝', 利: '利', 坎: '坎', 屋: '屋', 头: '頭', 院: '院', 瑞: '瑞', 谐: '諧', 苑: '苑', 御: '御', 景: '景', 枫: '楓',
  滨: '濱', 江: '江', 花: '花', 园: '園', 路: '路', 街: '街', 秀: '秀', 波: '波', 刚: '剛', 鹏: '鵬', 兵: '兵', 杰: '傑', 涛: '濤',
  亮: '亮', 辉: '輝', 林: '林', 学: '學', 霞: '霞', 梅: '梅', 玉: '玉', 芳: '芳', 珍: '珍', 淑: '淑', 敏: '敏', 凤: '鳳', 燕: '燕',
  娟: '娟', 萍: '萍', 翠: '翠', 金: '金', 美: '美', 春: '春', 红: '紅', 雪: '雪', 桂: '桂', 颖: '穎', 宁: '寧', 邹: '鄒', 谭: '譚',
  陶: '陶', 黎: '黎', 贺: '賀', 顾: '顧', 毛: '毛', 郝: '郝', 龚: '龔', 邵: '邵', 万: '萬', 钱: '錢', 严: '嚴', 覃: '覃', 戴: '戴',
  莫: '莫', 孔: '孔', 汤: '湯', 韦: '韋', 付: '付', 闫: '閆', 段: '段', 雷: '雷', 侯: '侯', 龙: '龍', 史: '史', 尹: '尹', 薛: '薛',
  卢: '盧', 姜: '姜', 崔: '崔', 钟: '鍾', 陆: '陸', 汪: '汪', 范: '範', 贾: '賈', 夏: '夏', 苏: '蘇', 魏: '魏', 吕: '呂', 丁: '丁',
  沈: '沈', 姚: '姚', 杜: '杜', 叶: '葉', 程: '程', 蒋: '蔣', 蔡: '蔡', 余: '余', 冯: '馮', 邓: '鄧', 曹: '曹', 彭: '彭', 曾: '曾',
  肖: '肖', 田: '田', 董: '董', 袁: '袁', 潘: '潘', 于: '于', 许: '許', 韩: '韓', 谢: '謝', 宋: '宋', 唐: '唐', 郑: '鄭', 梁: '梁',
  罗: '羅', 郭: '郭', 何: '何', 高: '高', 胡: '胡', 朱: '朱', 马: '馬', 孙: '孫', 徐: '徐', 周: '周', 吴: '吳', 赵: '趙', 黄: '黃',
  杨: '楊', 陈: '陳', 刘: '劉', 张: '張', 李: '李', 王: '王', 向: '向', 武: '武', 邱: '邱', 秦: '秦', 熊: '熊', 孟: '孟', 白: '白',
  方: '方', 廖: '廖', 石: '石', 任: '任', 少: '少', 正: '正', 南: '南',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice34(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(34_2026_1202);
  const { pick, int, digits, pad, chance } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.04,
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
  const { fresh, person, kin, landline, office, idFor } = g;
  const add = recorder('holdout34', addRecord);
  const young = (sex: Sex): string => fresh(() => (chance(0.88) ? pick([...COMMON.slice(0, 50)]) : pick([...RARE])) + pick(sex === '男' ? BOYS : GIRLS));
  const mobile = (): string => `1${pick(['33', '36', '38', '39', '52', '57', '73', '80', '88', '98'])}${digits(8)}`;
  // A man's ID: the 17th digit is odd for men (the documents print the sex beside it).
  const maleId = (c: County, year: number): string => {
    for (;;) {
      const id = idFor(c, year);
      if (Number(id[16]) % 2 === 1) return id;
    }
  };
  // Each document tells its own homes apart (a home labelled once may not sit inside another).
  const homes = (c: County) => {
    const d = distinctValues();
    return {
      /** A rural door with the county: `…县…镇…村…组N号`. */
      door: (town = pick(TOWNS), village = pick(VILLAGES)) => d(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`),
      /** A rural door as a village prints it, without county or town: `…村…组N号`. */
      shortDoor: (village = pick(VILLAGES)) => d(() => `${village}${pick(GROUPS)}${int(1, 96)}号`),
      /** Town, village and group, no door (a 户籍地 cell). */
      group: (town = pick(TOWNS), village = pick(VILLAGES)) => d(() => `${town}${village}${pick(GROUPS)}`),
      flat: (withCounty = true) => d(() => `${withCounty ? c : ''}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 4)}单元${int(1, 17)}0${int(1, 4)}室`),
    };
  };

  // 1. 人民调解协议 履行情况 公示 as a ` | ` table: both parties with their 住所 (village doors without the county, a flat), the
  //    调解员 column as staff, one row against a company (its name and seat as decoys); the committee's 主任 by title and the
  //    司法所's address at the foot as decoys.
  {
    const c: County = '湄川县';
    const h = homes(c);
    const parties = [person('男'), person('女'), person('男'), person('男'), person('女'), person('男'), person('男')];
    const seats = [h.shortDoor('枣树坪村'), h.shortDoor('枣树坪村'), h.shortDoor('红旗岭村'), h.flat(false), h.shortDoor('弥家湾村'), h.shortDoor('弥家湾村'), h.shortDoor('柿子沟村')];
    const mediators = [person('男'), person('女'), person('男')];
    const chair = person('男');
    const firm = '湄川县鑫达建材有限公司';
    const firmSeat = '湄川县青石镇工业集中区3号';
    const seat = office(c);
    add(
      [
        '青石镇人民调解委员会2025年第三季度调解协议履行情况公示',
        '    为接受群众监督，促进调解协议履行，现将本季度达成书面调解协议的民间纠纷及履行情况公示如下（已征得当事人同意，涉及隐私的纠纷未列入）：',
        '序号 | 协议编号 | 纠纷类型 | 申请人 | 申请人住所 | 被申请人 | 被申请人住所 | 调解员 | 履行情况',
        `1 | 青调协〔2025〕31号 | 相邻关系（排水） | ${parties[0]} | ${seats[0]} | ${parties[1]} | ${seats[1]} | ${mediators[0]} | 已履行`,
        `2 | 青调协〔2025〕34号 | 损害赔偿（犬只咬伤） | ${parties[2]} | ${seats[2]} | ${parties[3]} | ${seats[3]} | ${mediators[1]} | 分期履行中`,
        `3 | 青调协〔2025〕36号 | 土地承包经营 | ${parties[4]} | ${seats[4]} | ${parties[5]} | ${seats[5]} | ${mediators[0]} | 已履行`,
        `4 | 青调协〔2025〕40号 | 劳务报酬 | ${parties[6]} | ${seats[6]} | ${firm} | ${firmSeat} | ${mediators[2]} | 已履行`,
        `    其中第2号协议约定由${parties[3]}分三期向${parties[2]}支付医疗费、误工费共计6800元，首期已于9月30日付清。`,
        `    对公示内容有异议的，请于7日内向镇人民调解委员会反映。调解委员会主任：${chair}；地址：${seat}（青石镇司法所内）；电话：${landline(c)}。`,
      ].join('\n'),
      [...parties.map(P), ...seats.map(A)],
      [...mediators, chair, firm, firmSeat, seat, '青石镇司法所'],
    );
  }

  // 2. 法律援助 受援人 名单 as a tab table (`序号 受援人 性别 年龄 户籍地 案由 承办机构`): the 户籍地 cells (town, village, group)
  //    labelled homes; a minor applying through her mother, a group of unpaid workers led by one named; law firms (one named
  //    after a given name, 卫民) and the centre's contact at the foot as decoys.
  {
    const c: County = '涪岭县';
    const h = homes(c);
    const sexes: Sex[] = ['女', '男', '男', '女', '男', '男', '女'];
    const aided = sexes.map((s) => person(s));
    const minor = young('女');
    const mother = person('女');
    const lead = person('男');
    const rows = [...aided.slice(0, 4), minor, ...aided.slice(4)];
    const rowSexes: Sex[] = [...sexes.slice(0, 4), '女', ...sexes.slice(4)];
    const origins = rows.map(() => h.group());
    const leadOrigin = h.group();
    const firms = ['涪岭县卫民律师事务所', '涪岭正和律师事务所', '涪岭县法律援助中心', '涪岭县石桥铺镇法律服务所'];
    const causes = ['追索劳动报酬', '赡养纠纷', '工伤赔偿', '离婚纠纷', '抚养费纠纷', '交通事故赔偿', '追索劳动报酬', '人身损害赔偿'];
    const contact = person('女');
    add(
      [
        '涪岭县法律援助中心2025年第三季度民事法律援助案件受援人名单公示',
        '    根据《中华人民共和国法律援助法》及有关规定，现将本季度经审查给予法律援助的民事、行政案件受援人情况公示如下，接受社会监督：',
        '序号\t受援人\t性别\t年龄\t户籍地\t案由\t承办机构',
        ...rows.map((p, k) => `${k + 1}\t${p}${p === minor ? `（由其母亲${mother}代为申请）` : ''}\t${rowSexes[k]}\t${p === minor ? 9 : int(24, 81)}\t${origins[k]}\t${causes[k]}\t${pick(firms)}`),
        `    另，${lead}等6名农民工（户籍地均为${leadOrigin}）追索劳动报酬一案，已指派${firms[0]}承办，按群体性案件办理。`,
        `    公示期5个工作日。如认为受援人不符合法律援助条件，可向县司法局公共法律服务管理股反映（联系人：${contact}，电话：${landline(c)}）。`,
      ].join('\n'),
      [...rows.map(P), P(mother), P(lead), ...origins.map(A), A(leadOrigin)],
      [...firms, contact, '公共法律服务管理股'],
    );
  }

  // 3. 社区矫正 解除宣告 news: the two persons under correction masked as printed (`王某某`, `李某`) are decoys, as are the 司法所
  //    所长, the 社区矫正专干, the 检察官, the village secretary by title and the 通讯员; the volunteer who visited him (a retired
  //    teacher) and the cooperative's 负责人 who employs him are persons; the cooperative is a decoy.
  {
    const chief = person('男');
    const worker = person('女');
    const prosecutor = person('男');
    const reporter = person('女');
    const volunteer = person('男');
    const boss = person('男');
    const masked1 = `${pick([...COMMON.slice(0, 20)])}某某`;
    const masked2 = `${pick([...COMMON.slice(20, 40)])}某`;
    const coop = '沐家庄村金桂果蔬种植专业合作社';
    add(
      [
        '白沙镇司法所举行社区矫正对象解除矫正宣告仪式',
        `    10月16日上午，白沙镇司法所在宣告室为矫正期满的社区矫正对象${masked1}、${masked2}举行解除社区矫正宣告仪式。溆阳县人民检察院驻所检察官${prosecutor}、村（社区）干部代表、矫正小组成员及两人的家属参加。`,
        `    仪式由司法所所长${chief}主持。社区矫正专干${worker}宣读了对${masked1}的矫正期间表现鉴定意见：该对象在一年零六个月的缓刑考验期内能按时报到、参加教育学习和公益活动，未发生违反监督管理规定的情形。随后宣布缓刑考验期满，原判刑罚不再执行，并向二人发放了解除社区矫正证明书。`,
        `    “刚来报到那会儿，我连村口都不好意思出。”${masked1}说，矫正期间，帮教志愿者、退休教师${volunteer}每月上门和他拉家常，帮他报名参加了镇里的果树修剪培训。如今他在${coop}务工，合作社负责人${boss}说，下一季打算让他带一个剪枝班组。`,
        `    ${chief}叮嘱二人，解除矫正后要继续遵纪守法，司法所将按规定做好安置帮教衔接。${masked2}的母亲当场表示会看好家、管好人。村党支部书记也表示，村里会在就业、低保核查等方面一视同仁。`,
        `    （通讯员 ${reporter}）`,
      ].join('\n'),
      [P(volunteer), P(boss)],
      [chief, worker, prosecutor, reporter, masked1, masked2, coop, '白沙镇司法所', '村党支部书记'],
    );
  }

  // 4. 立功喜报 送达 news: two soldiers (young names) and their families; one home a rural door in the village (`家住…组N号`),
  //    the other a flat in town (`位于…室的家中`); the soldier's father and mother, the grandmother, a neighbour speaking;
  //    officials by title, the reporter, 光荣之家, the unit masked as 某部 and a hero (邱少云) as decoys.
  {
    const c: County = '溆阳县';
    const h = homes(c);
    const s1 = young('男');
    const s2 = young('男');
    const father1 = kin(s1, '男');
    const mother1 = person('女');
    const neighbour = person('男');
    const grandma2 = person('女');
    const father2 = kin(s2, '男');
    const home1 = h.door('杨家坪乡', '卫民村');
    const home2 = h.flat();
    const commissar = person('男');
    const director = person('男');
    const secretary = person('女');
    const reporter1 = person('男');
    const reporter2 = person('女');
    add(
      [
        '锣鼓声声送喜报 一人立功全家荣',
        `    （记者 ${reporter1} 通讯员 ${reporter2}）12月1日上午，溆阳县人武部、县退役军人事务局和杨家坪乡组成的送喜报小组，敲锣打鼓来到现役军人${s1}家中，为这个“光荣之家”送上三等功喜报和奖励金。`,
        `    ${s1}家住${home1}，2021年9月入伍，现服役于武警某部。今年在上级组织的比武考核中取得个人第一名，荣立个人三等功。县人武部政委${commissar}为${s1}的父亲${father1}、母亲${mother1}披上绶带，感谢他们为部队培养了一名好兵。${father1}接过喜报，连声说：“孩子争气，我们脸上有光，回头就给他打电话，让他在部队接着好好干。”`,
        `    闻讯赶来的邻居${neighbour}说，${s1}小时候就爱看邱少云的故事，高中毕业那年主动报名参军，“全组的人都替他高兴”。`,
        `    当天下午，送喜报小组又来到城区，将一份优秀义务兵喜报送到现役军人${s2}位于${home2}的家中。${s2}的奶奶${grandma2}今年已82岁，捧着喜报看了又看；父亲${father2}说，孙子入伍两年，一直是老人最大的牵挂。`,
        `    县退役军人事务局局长${director}介绍，今年全县共有17名现役军人立功受奖，喜报将在春节前全部送达。杨家坪乡党委书记${secretary}表示，乡里将把两个家庭的事迹编进征兵宣传材料。`,
      ].join('\n'),
      [P(s1), P(s2), P(father1), P(mother1), P(neighbour), P(grandma2), P(father2), A(home1), A(home2)],
      [commissar, director, secretary, reporter1, reporter2, '光荣之家', '邱少云', '武警某部'],
    );
  }

  // 5. 光荣之家 悬挂 名单 aligned with spaces (`序号 户主 类别 门牌地址 悬挂日期`): doors in villages and flats in town, all labelled
  //    homes; one 户主 dead and the plaque received by his widow (`X（已故，由其妻Y接收）`); the 服务站 站长 and its landline at
  //    the foot as decoys.
  {
    const c: County = '渑桥县';
    const h = homes(c);
    const heads = [person('男'), person('男'), person('女'), person('男'), person('男'), person('男'), person('女')];
    const widow = person('女');
    const doors = [h.door('龙潭乡', '保国村'), h.door('龙潭乡', '保国村'), h.door('龙潭乡', '黄泥塘村'), h.flat(), h.door('龙潭乡', '黄泥塘村'), h.flat(), h.door('龙潭乡', '沐家庄村')];
    const kinds = ['现役军人家庭', '退役军人家庭', '现役军人家庭', '退役军人家庭', '烈士遗属家庭', '退役军人家庭', '现役军人家庭'];
    const head = person('男');
    add(
      [
        '龙潭乡2025年度第二批“光荣之家”光荣牌悬挂名单',
        '    根据《光荣牌悬挂工作办法》，经本人申请、村（社区）初审、乡退役军人服务站审核，现将第二批悬挂光荣牌的家庭公布如下：',
        col('序号', 6) + col('户主', 34) + col('类别', 16) + col('门牌地址', 58) + '悬挂日期',
        ...heads.map((p, k) => col(`${k + 1}`, 6) + col(k === 4 ? `${p}（已故，由其妻${widow}接收）` : p, 34) + col(kinds[k], 16) + col(doors[k], 58) + `2025-11-${pad(int(3, 28), 2)}`),
        `    光荣牌由乡退役军人服务站统一制作、上门悬挂，请勿自行悬挂或转借。门牌地址有误的，请与乡退役军人服务站站长${head}联系（电话：${landline(c)}）。`,
      ].join('\n'),
      [...heads.map(P), P(widow), ...doors.map(A)],
      [head, '光荣之家', '乡退役军人服务站'],
    );
  }

  // 6. 自主就业退役士兵 一次性经济补助 发放 公示 as a ` | ` table with a `户籍地址` column (doors with the county, flats); the IDs
  //    masked by the bureau as decoys, one given in full in a correction (an ID); a soldier whose 户籍 moved away named in
  //    prose; the bureau's address on 国庆路 and the 经办人 as decoys.
  {
    const c: County = '湄川县';
    const h = homes(c);
    const sol = [young('男'), young('男'), young('男'), young('女'), young('男'), young('男'), young('男')];
    const addrs = [h.door('白沙镇', '柿子沟村'), h.door('白沙镇', '卫民村'), h.flat(), h.door('石桥铺镇', '弥家湾村'), h.flat(), h.door('白沙镇', '枣树坪村'), h.door('石桥铺镇', '红旗岭村')];
    // Years served and birth years that agree (义务兵 two years, 士官 five or eight); the bureau masks month and day and
    // prints the sex digit (odd for men).
    const served = sol.map(() => pick([2, 2, 2, 5, 8]));
    const born = served.map((y) => 2025 - y - int(18, 20));
    const masked = sol.map((_, k) => `520328${born[k]}****${digits(2)}${pick(k === 3 ? ['0', '2', '4', '6', '8'] : ['1', '3', '5', '7', '9'])}${pick(['1', '3', '5', 'X'])}`);
    const fixedId = maleId(c, born[2]);
    const moved = young('男');
    const clerk = person('女');
    const seat = '湄川县国庆路58号';
    add(
      [
        '湄川县2025年度自主就业退役士兵一次性经济补助金发放公示',
        '    根据省退役军人事务厅、财政厅关于自主就业退役士兵一次性经济补助的规定，经审核，以下人员符合发放条件，现予公示：',
        '序号 | 姓名 | 性别 | 公民身份号码 | 服役年限 | 户籍地址 | 补助金额（元）',
        ...sol.map((p, k) => `${k + 1} | ${p} | ${k === 3 ? '女' : '男'} | ${masked[k]} | ${served[k]} | ${addrs[k]} | ${served[k] * 9000 + int(3, 9) * 1000}`),
        `    更正说明：前期公示中第3号${sol[2]}的公民身份号码录入有误，应为${fixedId}，补助金额不变。`,
        `    另，退役士兵${moved}退役后户籍已迁往外省，按规定由其户籍迁入地发放，本县不再列入。`,
        `    公示期为2025年12月2日至12月8日。如有异议，请向县退役军人事务局安置科反映，地址：${seat}，经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [...sol.map(P), P(moved), ...addrs.map(A), I(fixedId)],
      [...masked, seat, clerk, '安置科'],
    );
  }

  // 7. A traditional-script mirror of a 人民調解 典型案例 on a 宅基地 boundary between neighbours: both parties with their
  //    doors, the son of one; the 調解員, the 司法所 and a masked party of an earlier case as decoys.
  {
    const c: County = '涪岭县';
    const h = homes(c);
    const a = person('男');
    const b = person('女');
    const son = kin(b, '男');
    const homeA = h.door('青石镇', '黄泥塘村');
    const homeB = h.door('青石镇', '黄泥塘村');
    const mediator = person('男');
    const masked = `${pick(['張', '陳', '劉'])}某`;
    const [ta, tb, tson, thA, thB, tmed] = [a, b, son, homeA, homeB, mediator].map(trad);
    add(
      [
        '【以案釋法】一堵圍牆引發的鄰里糾紛',
        `    基本案情：當事人${ta}，男，1964年生，住${thA}；當事人${tb}，女，1971年生，住${thB}。兩家房屋相鄰，${tb}家翻建廚房時沿舊牆基加砌圍牆，${ta}認為新牆佔用了自家宅基地約0.6平方米，並堵住了屋後排水溝，雙方多次爭吵，${tb}之子${tson}還與${ta}發生推搡。`,
        `    調解過程：青石鎮人民調解委員會受理後，調解員${tmed}會同村幹部實地丈量，調取了兩家的宅基地使用證。經核對，圍牆確有一段越過界址線；同時，排水溝原為兩家共用。調解員從鄰里情分入手，分別做雙方工作。`,
        `    調解結果：雙方自願達成協議：${tb}家將越界的一段圍牆後移，費用自理；排水溝由兩家共同清理，今後各自不得堵塞；${tson}當面向${ta}賠禮道歉。協議已履行完畢。`,
        `    典型意義：農村宅基地界址糾紛多因年代久遠、證件不清引發。本案與此前${masked}一案相似，調解員以證件為據、以實測為準，既講法又講情，避免了矛盾升級。（青石鎮司法所供稿）`,
      ].join('\n'),
      [P(ta), P(tb), P(tson), A(thA), A(thB)],
      [tmed, masked, '青石鎮司法所', '青石鎮人民調解委員會'],
    );
  }

  // 8. 给予法律援助决定书 to an unpaid worker: heading fields (ID, 户籍所在地 a rural door, 现住 a flat in another county, mobile),
  //    the 包工头 who owes him (a private person), the company and its 法定代表人 (a person) with its seat as a decoy; the law
  //    firm, the centre's address and the 经办人 as decoys.
  {
    const c: County = '溆阳县';
    const h = homes(c);
    const applicant = person('男');
    const year = int(1968, 1985);
    const id = maleId(c, year);
    const origin = h.door('白沙镇', '红旗岭村');
    const now = homes('渑桥县').flat();
    const phone = mobile();
    const foreman = person('男');
    const rep = person('男');
    const firm = '渑桥县恒基建筑劳务有限公司';
    const firmSeat = '渑桥县河滨路126号';
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        '溆阳县法律援助中心',
        '给予法律援助决定书',
        '溆法援决〔2025〕第87号',
        `申请人：${applicant}，男，${year}年${Number(id.slice(10, 12))}月出生，汉族，公民身份号码：${id}，户籍所在地：${origin}，现住：${now}，联系电话：${phone}。`,
        `    你于2025年11月3日向本中心申请法律援助，请求追索劳动报酬。你称：2024年3月至12月，你经${foreman}介绍在${firm}（法定代表人：${rep}，住所：${firmSeat}）承建的工地从事钢筋工作业，工资约定按日结算，至今尚欠41600元未付，${foreman}以公司未拨款为由推托。`,
        '    经审查，你的经济状况符合本县法律援助经济困难标准，申请事项属于《中华人民共和国法律援助法》第三十一条规定的范围。根据该法第四十三条，本中心决定给予法律援助，指派溆阳正和律师事务所承办，承办律师将在三个工作日内与你联系。',
        '    请你如实提供证据材料，配合承办律师开展工作；如案件情况或经济状况发生变化，应当及时告知本中心。',
        `    经办人：${clerk}　　中心地址：${seat}`,
        '二〇二五年十一月七日',
      ].join('\n'),
      [P(applicant), P(foreman), P(rep), I(id), A(origin), A(now), M(phone)],
      [firm, firmSeat, clerk, seat, '溆阳正和律师事务所'],
    );
  }

  // 9. A 退役军人 信箱 letter and its reply: the veteran's home in prose (`是…组的退役军人`), his dead father (a 参战 veteran),
  //    a comrade from the next village, a mobile; the reply `X同志：您好！`, the town's 服务站 with its address and 联系人, the
  //    answering bureau and the letter's number as decoys.
  {
    const c: County = '渑桥县';
    const h = homes(c);
    const writer = person('男');
    const father = kin(writer, '男');
    const comrade = person('男');
    const home = h.group('石桥铺镇', '沐家庄村');
    const phone = mobile();
    const contact = person('男');
    const station = '渑桥县石桥铺镇秀兰街9号';
    add(
      [
        '留言标题：父亲生前参战，遗属能否申领优待证？',
        `来信人：${writer}　　来信时间：2025-10-22　　信件编号：MQ20251022017　　办理单位：渑桥县退役军人事务局`,
        `    我叫${writer}，是${home}的退役军人，1998年入伍，2003年退伍。我父亲${father}是1979年的参战老兵，今年3月因病去世。我自己的优待证已经办了，想问一下我母亲能不能以遗属身份办证，父亲的参战补助停发后还有没有一次性的抚恤。邻村的战友${comrade}说他家去年办过类似手续，但要的材料我们这边村里说不清楚。我的电话${phone}，盼回复。`,
        '答复内容：',
        `    ${writer}同志：您好！您的留言已收悉。经核实，优待证申领对象为退役军人和烈士、因公牺牲军人、病故军人遗属，在乡参战退役人员去世后，其配偶不属于优待证申领对象，但可按规定领取一次性抚恤金和丧葬补助费。请您携带您父亲的死亡证明、户口注销证明及参战证明材料，到户籍地石桥铺镇退役军人服务站（地址：${station}）办理，联系人：${contact}，电话：${landline(c)}。`,
        '    感谢您对退役军人工作的关心和支持！',
        '答复单位：渑桥县退役军人事务局　　答复时间：2025-10-29',
      ].join('\n'),
      [P(writer), P(father), P(comrade), A(home), M(phone)],
      [contact, station, 'MQ20251022017', '渑桥县退役军人事务局'],
    );
  }

  // 10. 法律明白人 名单 公示 in numbered lines under village headings (`（一）保国村（3名）`, `1．X，男，1975年生，网格员`): the
  //     chosen villagers as persons (like appointees), their posts and the bare village headings as no address; a teacher
  //     standing down in prose; the 普法股's contact and the bureau's address on 建设路 as decoys.
  {
    const c: County = '涪岭县';
    const posts = ['村民小组长', '网格员', '退役军人', '人民调解员', '返乡大学生', '个体工商户', '村妇联执委', '“五老”人员', '村民代表'];
    const groups: Array<[string, Sex[]]> = [
      ['保国村', ['男', '女', '男']],
      ['卫民村', ['男', '男', '女']],
      ['柿子沟村', ['女', '男', '男']],
    ];
    const chosen: string[] = [];
    const lines: string[] = [];
    groups.forEach(([v, sexes], gi) => {
      lines.push(`（${['一', '二', '三'][gi]}）${v}（${sexes.length}名）`);
      sexes.forEach((s, k) => {
        const p = person(s);
        chosen.push(p);
        lines.push(`${k + 1}．${p}，${s}，${int(1962, 1999)}年生，${pick(posts)}`);
      });
    });
    const withdrawn = person('女');
    const contact = person('女');
    const seat = '涪岭县建设路76号';
    add(
      [
        '涪岭县石桥铺镇第二批乡村“法律明白人”拟认定名单公示',
        '    按照《乡村“法律明白人”培养工作规范（试行）》，经个人自荐、村（社区）推荐、镇司法所初审和县司法局培训考核，现将拟认定的第二批“法律明白人”名单公示如下：',
        ...lines,
        `    原推荐人选${withdrawn}因到县城照看孙子，本人申请退出，不再列入。`,
        `    公示期为5个工作日。如有异议，请向县司法局普法与依法治理股反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...chosen.map(P), P(withdrawn)],
      [contact, seat, '普法与依法治理股', '保国村', '卫民村', '柿子沟村'],
    );
  }
}
