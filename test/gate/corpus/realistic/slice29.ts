/**
 * Held-out slice 29: whole documents written blind (without reading review/ nor the rules' tests) by an independent
 * examiner, of kinds slices 1–25 do not use, leaning to 文旅/体育/街道社区/统计/科技 pages — a 县级非遗代表性传承人 推荐人选
 * 公示 (a ` | ` table), a 全民健身运动会 象棋 成绩公告 aligned with spaces (two-character names padded with a full-width
 * space), a 社区居委会 公告 on 物业 and residents, a 村 十星级文明户 评选结果 公示 (a tab table with 家庭住址), a 科技特派员
 * 选派名单, a 农民丰收节 news item in a Xinjiang county with photo captions (`图为X在…`) and Uyghur and Kazakh names, a 统计局
 * 优秀普查员 表彰决定, a 乡村旅游 民宿/农家乐 等级评定 公示, a 个人专利 资助 公示 and a traditional-script mirror of a 龙舟赛
 * news item — as much for precision as recall. Names as documents have them: about four in five are one of the hundred
 * commonest surnames with an ordinary given name (建华, 丽娟, 子涵, 浩 …; children and young players get names of the last
 * twenty years); the rest carry a rare surname of pinyin T–Z no earlier slice draws (拓, 相, 须, 续, 衷, 宛, 毋, 忻, 羿, 佐,
 * 禚), a compound one (羊舌, 微生, 仲孙) or a given name that is a word (远航, 满仓, 秋实, 白杨, 麦穗, 云朵). Its own counties
 * (岱川县, 澜坪县, 榕溪县, 枫岭县, 塔勒克县), towns, villages that read like a given name of the pool (国强村) or carry its
 * surnames (佐家坪村, 续家庄村), streets that read like names (秀兰路, 志远街, 文华路) and estates.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, PL, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '拓相须续衷宛毋忻羿佐禚';
const COMPOUND = ['羊舌', '微生', '仲孙'];
// Ordinary given names in about the proportion people bear them; the last few are words (远航, 满仓, 麦穗 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '磊', '军', '勇', '海波', '永刚', '德明', '晓东', '明', '鹏', '立新', '卫国', '志勇', '建平', '红兵',
  '刚', '涛', '建国', '国华', '文杰', '振华', '海涛', '志明', '建新', '国平', '晓明', '永强', '斌', '超', '亮', '峰', '辉', '福林', '学文',
  '春生', '长青', '远航', '满仓', '秋实', '白杨',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '慧', '秀珍', '丽萍', '美玲', '小红', '玉珍', '秀芳', '丽君', '晓丽', '雪梅', '金凤', '翠兰', '艳', '燕', '琳', '洁', '玲', '彩霞',
  '麦穗', '云朵', '春晖',
];
// Names of children and young players: what parents chose in the last twenty years.
const BOYS = ['浩', '子豪', '宇轩', '浩然', '俊杰', '博文', '一鸣', '梓睿', '皓轩', '晨阳', '家乐', '子墨', '奕辰', '俊熙'];
const GIRLS = ['子涵', '欣怡', '诗涵', '梓萱', '雨桐', '佳琪', '可馨', '一诺', '思彤', '若汐', '语桐', '芷若'];
// Uyghur and Kazakh names as a Xinjiang county prints them: given name and father's name joined by a middle dot.
const UYGHUR_MEN = ['阿卜杜拉·买买提', '艾尔肯·吐尔逊', '买买提江·艾则孜', '努尔买买提·卡德尔', '阿迪力·库尔班', '吐尔洪·艾麦尔'];
const UYGHUR_WOMEN = ['热依拉·阿不都拉', '帕提古丽·热合曼', '阿依古再丽·吐逊', '米热古丽·艾合买提'];
// Some pages drop the dot and print the two parts run together.
const UNDOTTED = ['古丽米热艾力', '吐尔洪江库尔班'];
const KAZAKH_MEN = ['努尔兰·叶尔肯', '叶尔波拉提·哈米提'];
const KAZAKH_WOMEN = ['阿依努尔·沙肯'];

const CODES: Record<string, { tel: string; region: string }> = {
  岱川县: { tel: '0538', region: '370983' },
  澜坪县: { tel: '0878', region: '532328' },
  榕溪县: { tel: '0591', region: '350128' },
  枫岭县: { tel: '0576', region: '331024' },
  塔勒克县: { tel: '0901', region: '654225' },
};
const TOWNS = ['杏坛镇', '双河口镇', '白沙铺乡', '龙门镇', '青苗乡'];
// 国强村 reads like a given name of the pool; 佐家坪村 and 续家庄村 carry its surnames.
const VILLAGES = ['国强村', '佐家坪村', '续家庄村', '桃花岭村', '枣园村', '柏树湾村'];
const GROUPS = ['一组', '三组', '六组', '塘坎组', '大槐树组', '新院子组'];
// 秀兰, 志远, 文华 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['秀兰路', '志远街', '文华路', '解放路'];
const ESTATES = ['翠屏苑', '锦秀家园', '阳光新城', '福苑小区'];

const TRAD: Record<string, string> = {
  龙: '龍', 赛: '賽', 队: '隊', 夺: '奪', 冠: '冠', 届: '屆', 举: '舉', 办: '辦', 溪: '溪', 县: '縣', 镇: '鎮', 乡: '鄉', 组: '組', 号: '號',
  岭: '嶺', 湾: '灣', 树: '樹', 坪: '坪', 续: '續', 庄: '莊', 园: '園', 枣: '棗', 沙: '沙', 铺: '鋪', 门: '門', 苗: '苗', 坛: '壇', 双: '雙',
  杨: '楊', 张: '張', 刘: '劉', 陈: '陳', 黄: '黃', 赵: '趙', 吴: '吳', 孙: '孫', 马: '馬', 郑: '鄭', 罗: '羅', 谢: '謝', 许: '許', 韩: '韓',
  冯: '馮', 邓: '鄧', 蒋: '蔣', 叶: '葉', 苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 贾: '賈', 韦: '韋', 邹: '鄒', 闫: '閆',
  贺: '賀', 顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 国: '國', 强: '強', 华: '華', 军: '軍', 伟: '偉', 鹏: '鵬',
  涛: '濤', 刚: '剛', 东: '東', 乐: '樂', 杰: '傑', 轩: '軒', 卫: '衛', 红: '紅', 兰: '蘭', 晓: '曉', 凤: '鳳', 丽: '麗', 静: '靜', 云: '雲',
  娟: '娟', 霞: '霞', 燕: '燕', 琳: '琳', 洁: '潔', 玲: '玲', 兴: '興', 长: '長', 青: '青', 远: '遠', 航: '航', 满: '滿', 仓: '倉', 实: '實',
  穗: '穗', 学: '學', 晖: '暉', 宁: '寧', 齐: '齊', 须: '須', 禚: '禚', 羿: '羿', 宛: '宛', 毋: '毋', 忻: '忻', 拓: '拓', 衷: '衷', 佐: '佐',
  贫: '貧', 书: '書', 记: '記', 员: '員', 导: '導', 鼓: '鼓', 舵: '舵', 桨: '槳', 颁: '頒', 奖: '獎', 村: '村', 党: '黨', 领: '領', 说: '說',
  练: '練', 传: '傳', 统: '統', 划: '劃', 们: '們', 这: '這', 过: '過', 为: '為', 时: '時', 两: '兩', 经: '經', 岁: '歲', 儿: '兒', 没: '沒',
  观: '觀', 众: '眾', 欢: '歡', 呼: '呼', 鸣: '鳴', 轮: '輪', 决: '決', 获: '獲', 级: '級', 选: '選', 与: '與', 头: '頭', 后: '後', 里: '裡',
  亲: '親', 从: '從', 节: '節', 风: '風', 闻: '聞', 责: '責', 编: '編', 辑: '輯', 讯: '訊', 摄: '攝', 图: '圖', 当: '當', 场: '場', 现: '現',
  习: '習', 岸: '岸', 边: '邊', 凭: '憑', 还: '還', 鲜: '鮮', 结: '結', 给: '給', 发: '發', 绩: '績', 总: '總',
  秒: '秒', 称: '稱', 会: '會', 体: '體', 育: '育', 局: '局', 旧: '舊', 龄: '齡', 饭: '飯', 专: '專', 
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice29(addRecord: AddRecord, used: Set<string>): void {
  const random = seededRandom(29_2026_1202);
  const { pick, int, digits, chance } = random;
  const add = recorder('holdout29', addRecord);
  const { fresh, person, kin, familyOf, landline, office, date, distinct, rural, flat, idFor } = sliceGenerators(random, used, {
    common: COMMON, rare: RARE, compound: COMPOUND, compoundChance: 0, rareChance: 0.07, male: MALE, female: FEMALE,
    codes: CODES, towns: TOWNS, villages: VILLAGES, groups: GROUPS, streets: STREETS, estates: ESTATES,
  });
  // Compound surnames are too rare to leave to the draw: three documents name one each.
  const compound = (surname: string, sex: Sex): string => fresh(() => surname + pick(sex === '男' ? MALE : FEMALE));
  const young = (sex: Sex): string => fresh(() => (chance(0.1) ? pick([...RARE]) : pick([...COMMON])) + pick(sex === '男' ? BOYS : GIRLS));
  const youngKin = (of: string, sex: Sex): string => fresh(() => familyOf(of) + pick(sex === '男' ? BOYS : GIRLS));
  const from = (pool: readonly string[]): string => fresh(() => pick(pool));
  const mobile = (): string => pick(['135', '138', '151', '157', '166', '181', '187', '193']) + digits(8);
  const born = (lo: number, hi: number): string => `${int(lo, hi)}.${String(int(1, 12)).padStart(2, '0')}`;
  // A two-character name printed in a column padded to three characters with a full-width space (`王　芳`).
  // A name with a one-character given name: lists aligned in columns pad it.
  const short = (sex: Sex): string => fresh(() => pick([...COMMON]) + pick((sex === '男' ? MALE : FEMALE).filter((g) => g.length === 1)));
  const padded = (n: string): string => ([...n].length === 2 ? `${n[0]}　${n[1]}` : n);

  // 1. 县级非遗代表性传承人 推荐人选 公示 as a ` | ` table (`序号 | 项目名称 | 类别 | 推荐人选 | 性别 | 出生年月 | 申报地区`):
  //    the candidates as persons (like award winners), a bare 申报地区 town not labelled; in prose a candidate is the son of
  //    a bearer of an earlier batch (a person); a project named `王氏正骨疗法`, the legends `孟姜女传说` and `刘海戏金蟾`, the
  //    body's 联系人, landline and seat on a name-like street as decoys.
  {
    const c = '岱川县';
    const cands = [person('女'), person('男'), person('男'), person('女'), person('男'), person('男'), person('女')];
    const sexes: Sex[] = ['女', '男', '男', '女', '男', '男', '女'];
    const projects: [string, string][] = [
      ['岱川剪纸', '传统美术'], ['柳编技艺', '传统技艺'], ['王氏正骨疗法', '传统医药'], ['孟姜女传说', '民间文学'], ['八卦鼓', '传统舞蹈'],
      ['石磨豆腐制作技艺', '传统技艺'], ['刘海戏金蟾', '传统戏剧'], ['扁担戏', '传统戏剧'],
    ];
    const father = kin(cands[4], '男');
    const fatherHome = rural(c, '青苗乡', '桃花岭村');
    const contact = person('男');
    const tel = landline(c);
    const seat = office(c);
    add(
      [
        `${c}第五批县级非物质文化遗产代表性传承人推荐人选公示`,
        `    根据《${c}非物质文化遗产代表性传承人认定与管理办法》，经个人申报、乡镇（街道）推荐、专家评审和局党组会议研究，确定${c}第五批县级非物质文化遗产代表性传承人推荐人选${cands.length}名，现予以公示。`,
        '序号 | 项目名称 | 类别 | 推荐人选 | 性别 | 出生年月 | 申报地区',
        ...cands.map((n, k) => `${k + 1} | ${projects[k][0]} | ${projects[k][1]} | ${n} | ${sexes[k]} | ${born(1948, 1988)} | ${pick(TOWNS)}`),
        `    推荐人选${cands[4]}系第二批县级代表性传承人${father}之子，自幼随父学艺，现与父亲同住${fatherHome}，在家中设有传习点。`,
        `    公示期为5个工作日。对推荐人选有异议的，请以书面形式署真实姓名和联系方式反映。`,
        `    联系人：${contact}　联系电话：${tel}`,
        `    通讯地址：${seat}${c}文化和旅游局非遗股`,
        `    ${c}文化和旅游局`,
        `    ${date()}`,
      ].join('\n'),
      [...cands.map(P), P(father), A(fatherHome)],
      ['王氏正骨疗法', '孟姜女传说', '刘海戏金蟾', contact, tel, seat],
    );
  }

  // 2. A 全民健身运动会 中国象棋 成绩公告 aligned with spaces: two groups, names in a column padded to three characters with
  //    a full-width space (labelled as printed), young players in the youth group; teams named after towns, villages and a
  //    school; the 裁判长, 副裁判长 and 编排记录 (staff in their clause) and `楚河汉界` as decoys.
  {
    const c = '澜坪县';
    const adults = [person('男'), short('女'), person('男'), short('男'), person('女')];
    const kids = [young('男'), young('女'), short('男'), young('男'), young('女')];
    const teams = ['杏坛镇代表队', '县教育体育局代表队', '龙门镇代表队', '国强村代表队', '县老年体协代表队', '白沙铺乡代表队'];
    const kidTeams = ['县实验小学', '县第二中学', '杏坛镇中心学校', '县实验小学', '县第一中学', '龙门镇中学'];
    const chief = person('男');
    const deputy = person('女');
    const recorderName = person('女');
    add(
      [
        `${c}第十二届全民健身运动会中国象棋比赛成绩公告`,
        `    ${c}第十二届全民健身运动会中国象棋比赛于${date()}在县全民健身中心举行，共有来自各乡镇、县直单位和中小学的${int(80, 130)}名棋手参赛，楚河汉界间高手过招，赛出了水平。现将各组别前五名成绩公告如下：`,
        '    成年组',
        `${col('名次', 8)}${col('姓名', 10)}${col('代表队', 24)}积分`,
        ...adults.map((n, k) => `${col(String(k + 1), 8)}${col(padded(n), 10)}${col(teams[k], 24)}${13 - k}`),
        '    青少年组',
        `${col('名次', 8)}${col('姓名', 10)}${col('代表队', 24)}积分`,
        ...kids.map((n, k) => `${col(String(k + 1), 8)}${col(padded(n), 10)}${col(kidTeams[k], 24)}${12 - k}`),
        `    裁判长：${chief}　　副裁判长：${deputy}　　编排记录：${recorderName}`,
        `    ${c}全民健身运动会组委会`,
        `    ${date()}`,
      ].join('\n'),
      [...adults.map((n) => P(padded(n))), ...kids.map((n) => P(padded(n)))],
      [chief, deputy, recorderName, '楚河汉界', '国强村代表队'],
    );
  }

  // 3. A 社区居民委员会 公告 on 物业 and residents: the 物业 company named after a street-like word and its 项目经理 (staff), the
  //    community's 网格员 and address, the service landline as decoys; residents by name with their flats (persons and
  //    addresses), owners in arrears listed by flat, a car blocking the fire lane (a plate), a finder's mobile.
  {
    const c = '榕溪县';
    const manager = person('男');
    const grid = person('女');
    const seat = office(c);
    const serviceTel = landline(c);
    const estate = '翠屏苑';
    const flats = Array.from({ length: 5 }, () =>
      distinct(() => `${estate}${int(1, 18)}栋${int(1, 3)}单元${int(1, 16)}0${int(1, 4)}室`),
    );
    const hoarder = person('男');
    const leakA = person('男');
    const leakB = person('女');
    const upstairs = person('男');
    const owners = [person('女'), person('男'), person('男')];
    const carOwner = person('男');
    const plate = `闽A${pick(['D', 'F', 'K'])}${digits(4)}`;
    const finder = person('女');
    const loser = person('男');
    const phone = mobile();
    add(
      [
        `志远街社区居民委员会公告`,
        `    一、经${estate}业主大会表决，${c}文华物业服务有限公司继续为本小区提供物业服务，服务期三年。项目经理${manager}，物业服务电话${serviceTel}。`,
        `    二、近期有居民反映，${flats[0]}住户${hoarder}在楼道内长期堆放纸箱等杂物，存在消防安全隐患。社区网格员${grid}已会同物业上门劝导，请于本周内自行清理。`,
        `    三、${flats[1]}业主${leakA}、${leakB}夫妇家中卫生间顶部渗水，经物业查看系楼上管道老化所致，请楼上住户${upstairs}配合物业入户维修。`,
        `    四、截至本月底，以下业主仍未缴纳2024年度物业服务费：${owners[0]}（${flats[2]}）、${owners[1]}（${flats[3]}）、${owners[2]}（${flats[4]}），请尽快到物业服务中心缴纳。`,
        `    五、车牌号为${plate}的小型轿车（车主：${carOwner}）长期停放在消防通道，请车主立即挪离。`,
        `    六、居民${finder}在小区东门拾到钱包一个，内有${loser}的银行卡等物品，请失主与${finder}联系（电话：${phone}）或到社区服务站认领。`,
        `    社区地址：${seat}（志远街社区党群服务中心）`,
        `    志远街社区居民委员会`,
        `    ${date()}`,
      ].join('\n'),
      [P(hoarder), A(flats[0]), P(leakA), P(leakB), A(flats[1]), P(upstairs), ...owners.map(P), A(flats[2]), A(flats[3]), A(flats[4]), PL(plate), P(carOwner), P(finder), P(loser), M(phone)],
      [manager, grid, seat, serviceTel, `${c}文华物业服务有限公司`, '志远街社区居民委员会'],
    );
  }

  // 4. A 村 十星级文明户 评选结果 公示 as a tab table (`序号 户主 家庭住址 星级 主要事迹`): the village reads like a given name
  //    (国强村); homes as `…组…号` labelled addresses; in prose a daughter-in-law caring for her mother-in-law (persons); the
  //    村党支部书记 and the 评星理事会 会长 acting in office, the village committee and its landline as decoys.
  {
    const c = '岱川县';
    const town = '双河口镇';
    const village = '国强村';
    const heads = Array.from({ length: 8 }, (_, k) => person(k === 2 || k === 6 ? '女' : '男'));
    const homes = heads.map(() => distinct(() => `${village}${pick(GROUPS)}${int(1, 68)}号`));
    const stars = ['十星', '十星', '十星', '九星', '九星', '九星', '八星', '八星'];
    const deeds = ['孝老爱亲', '勤劳致富', '热心公益', '邻里和睦', '移风易俗', '重教尚文', '环境卫生', '诚实守信'];
    const daughterInLaw = person('女');
    const motherInLaw = kin(heads[0], '女');
    const secretary = person('男');
    const chair = person('男');
    const tel = landline(c);
    add(
      [
        `${town}${village}2025年度星级文明户评选结果公示`,
        `    按照镇党委关于开展“十星级文明户”创评活动的部署，经农户自评、村民小组评议、村评星理事会审核，评出星级文明户${heads.length}户，现公示如下：`,
        ['序号', '户主', '家庭住址', '星级', '主要事迹'].join('\t'),
        ...heads.map((h, k) => [String(k + 1), h, homes[k], stars[k], deeds[k]].join('\t')),
        `    户主${heads[0]}家中，儿媳${daughterInLaw}照顾瘫痪在床的婆婆${motherInLaw}十二年如一日，被村民称为“好媳妇”。`,
        `    公示期7天。如有异议，请向${village}村民委员会反映，监督电话：${tel}。`,
        `    村党支部书记：${secretary}　　评星理事会会长：${chair}`,
        `    ${village}村民委员会`,
        `    ${date()}`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), P(daughterInLaw), P(motherInLaw)],
      [secretary, chair, tel, `${village}村民委员会`],
    );
  }

  // 5. A 科技特派员 选派名单 as a tab table (`序号 姓名 性别 派出单位 职称 服务乡镇 服务产业`): the envoys as persons (like
  //    appointees), a replacement in prose (`X因工作调动…，由Y接替`); the 派出单位, a co-operative whose 负责人 is a person,
  //    `袁隆平` and the bureau's 联系人 and landline as decoys.
  {
    const c = '榕溪县';
    const envoys = Array.from({ length: 8 }, (_, k) => (k === 5 ? compound('仲孙', '男') : person(k % 3 === 1 ? '女' : '男')));
    const units = ['县农业农村局', '县林业局', '闽东农林职业技术学院', '县茶业发展中心', '县畜牧兽医站', '县农业农村局', '省亚热带作物研究所', '县水产技术推广站', '县农业农村局'];
    const titles = ['高级农艺师', '林业工程师', '副教授', '农艺师', '兽医师', '推广研究员', '副研究员', '工程师', '农艺师'];
    const trades = ['食用菌', '油茶', '茶叶', '茶叶', '生猪', '水稻', '柑橘', '淡水养殖', '蔬菜'];
    const sexes: Sex[] = ['男', '女', '男', '男', '女', '男', '男', '女', '男'];
    const leaving = envoys[2];
    const successor = person('男');
    const coopHead = person('男');
    const contact = person('女');
    const tel = landline(c);
    add(
      [
        `${c}2025年度科技特派员选派名单`,
        `    为深入推行科技特派员制度，助力乡村产业发展，经个人申请、派出单位同意、县科技特派员工作领导小组审定，选派${envoys.length}名科技人员为2025年度县级科技特派员，服务期一年。名单如下：`,
        ['序号', '姓名', '性别', '派出单位', '职称', '服务乡镇', '服务产业'].join('\t'),
        ...envoys.map((e, k) => [String(k + 1), e, sexes[k], units[k], titles[k], pick(TOWNS), trades[k]].join('\t')),
        `    ${leaving}因工作调动不再担任白沙铺乡科技特派员，由${successor}接替，继续对接白沙铺乡茶叶专业合作社（负责人：${coopHead}）。`,
        '    希望各位科技特派员弘扬袁隆平同志扎根田间的精神，每月驻点服务不少于5天。',
        `    联系人：${contact}，电话：${tel}`,
        `    ${c}科学技术局`,
        `    ${date()}`,
      ].join('\n'),
      [...envoys.map(P), P(successor), P(coopHead)],
      ['袁隆平', contact, tel, '闽东农林职业技术学院', '白沙铺乡茶叶专业合作社'],
    );
  }

  // 6. A 农民丰收节 news item in a Xinjiang county: the 十佳农民 (Uyghur, Kazakh and Han) in an enumeration, a farmer quoted,
  //    photo captions `图为…村村民X在…` and `图为X（左）与Y…`, a home `家住…村…组`; the 副县长, the reporter and correspondent,
  //    the photographer after 摄, a brand `天山红` and the masked `买某` from an earlier report as decoys.
  {
    const c = '塔勒克县';
    const top = [from(UYGHUR_MEN), person('男'), from(KAZAKH_MEN), from(UYGHUR_WOMEN), from(UYGHUR_MEN), person('女'), from(KAZAKH_WOMEN)];
    const quoted = top[0];
    const quotedHome = distinct(() => `托万克乡阔纳村${pick(['二组', '四组', '五组'])}`);
    const caption1 = from(UNDOTTED);
    const caption1Home = distinct(() => `托万克乡阔纳村${pick(['一组', '三组', '六组'])}`);
    const caption2a = from(KAZAKH_MEN);
    const caption2b = person('男');
    const vice = person('男');
    const reporter = person('女');
    const corr = from(UYGHUR_MEN);
    const photographer = person('男');
    add(
      [
        `${c}举办2025年“中国农民丰收节”庆祝活动`,
        `    本报讯（记者 ${reporter} 通讯员 ${corr}）秋分时节，${c}2025年“中国农民丰收节”庆祝活动在托万克乡举行。副县长${vice}在致辞中说，全县今年粮食总产再创新高，辣椒、红枣等特色产业带动农民人均增收${int(800, 1500)}元。`,
        `    活动现场表彰了${top.length}名“十佳农民”：${top.join('、')}。`,
        `    “今年我家种的${int(30, 60)}亩辣椒亩产比去年多了两百公斤，合作社全部按订单收走了。”家住${quotedHome}的${quoted}笑着说。`,
        '    掰玉米、抬筐接力、拔河等趣味农事比赛吸引了上千名群众参与，“天山红”辣椒酱等本地农产品现场销售火爆。前不久因抢收棉花受伤的买某也在家人的陪伴下来到了现场。',
        `    图为家住${caption1Home}的村民${caption1}在晒场上翻晒辣椒。（${photographer} 摄）`,
        `    图为参赛选手${caption2a}（左）与${caption2b}在进行掰玉米比赛。（${photographer} 摄）`,
      ].join('\n'),
      [...top.map(P), A(quotedHome), P(caption1), A(caption1Home), P(caption2a), P(caption2b)],
      [vice, reporter, corr, photographer, '天山红', '买某'],
    );
  }

  // 7. A 统计局 表彰决定 of 优秀普查员 and 普查指导员 by town, `、`-separated with `（女）`, `（回族）`, a compound surname; the
  //    县人民政府经济普查领导小组办公室, the 普查办 主任 presiding and the unit `鸿发超市` named as an example as decoys.
  {
    const c = '枫岭县';
    const byTown = TOWNS.slice(0, 3).map((t) => ({ t, ns: [person('男'), person('女'), person()] }));
    const marks = byTown.map((g) => g.ns.map((n, k) => (k === 1 ? `${n}（女）` : n)));
    marks[2][2] = `${byTown[2].ns[2]}（回族）`;
    const guides = [person('男'), compound('羊舌', '女'), person('男')];
    const hero = byTown[0].ns[0];
    const director = person('男');
    add(
      [
        `${c}人民政府第五次全国经济普查领导小组办公室关于表彰优秀普查员和普查指导员的决定`,
        `    在第五次全国经济普查工作中，全县广大普查人员克服点多面广、时间紧任务重等困难，圆满完成了清查、登记和数据审核任务。为表彰先进，决定授予${byTown.length * 3}名同志“优秀普查员”称号，授予${guides.length}名同志“优秀普查指导员”称号。`,
        '    一、优秀普查员',
        ...byTown.map((g, k) => `    ${g.t}：${marks[k].join('、')}`),
        '    二、优秀普查指导员',
        `    ${guides[0]}、${guides[1]}（女）、${guides[2]}`,
        `    其中，普查员${hero}在登记期间连续走访个体经营户${int(200, 400)}户，从鸿发超市到街边修车铺，逐户核对、一户不漏。`,
        `    希望受表彰的同志珍惜荣誉。（县经普办主任${director}在总结会上宣读了本决定。）`,
        `    ${c}人民政府第五次全国经济普查领导小组办公室`,
        `    ${date()}`,
      ].join('\n'),
      [...byTown.flatMap((g) => g.ns.map(P)), ...guides.map(P)],
      [director, '鸿发超市', `${c}人民政府第五次全国经济普查领导小组办公室`],
    );
  }

  // 8. A 乡村旅游 民宿/农家乐 等级评定 结果 公示 in numbered lines: farm-stays named after people (`秀英农家乐`, `老续家民宿`,
  //    `满仓山庄`) and their premises in a scenic area as decoys, the 经营者 as persons, one operator's `（户籍地：…）` an address;
  //    the 评定委员会 and the 文旅局's 联系人 as decoys.
  {
    const c = '枫岭县';
    const ops = [person('女'), person('男'), person('男'), person('女'), person('男')];
    const stays = ['秀英农家乐', '老续家民宿', '满仓山庄', '桃花岭云朵民宿', '枣园人家'];
    const sites = stays.map(() => `${c}桃花岭景区${pick(['环湖路', '花溪路', '观景台路'])}${int(2, 88)}号`);
    const opHome = rural(c, '龙门镇', '柏树湾村');
    const opHome2 = rural(c, '杏坛镇', '枣园村');
    const tel = landline(c);
    const contact = person('男');
    const grade = ['甲级', '甲级', '乙级', '乙级', '乙级'];
    add(
      [
        `${c}2025年度乡村旅游民宿（农家乐）等级评定结果公示`,
        `    根据《${c}乡村旅游民宿等级划分与评定办法》，经经营者自愿申报、乡镇初审、县评定委员会现场检查，拟评定以下${stays.length}家为等级民宿（农家乐）：`,
        ...stays.map((s, k) => `    ${k + 1}．${s}，经营者：${ops[k]}，经营地址：${sites[k]}，拟评定等级：${grade[k]}`),
        `    其中，${stays[2]}经营者${ops[2]}（户籍地：${opHome}）返乡创业五年，带动周边${int(10, 30)}户农户发展乡村旅游；${stays[4]}由${ops[4]}（户籍地：${opHome2}）利用闲置老宅改建。`,
        `    公示期5个工作日。联系人：${contact}，电话：${tel}。`,
        `    ${c}文化和旅游局`,
        `    ${date()}`,
      ].join('\n'),
      [...ops.map(P), A(opHome), A(opHome2)],
      [...stays, ...sites, contact, tel],
    );
  }

  // 9. A 个人专利 资助 公示 as a tab table (`序号 专利权人 专利号 专利名称 类型 资助金额（元）`): private patentees as persons,
  //    companies and a school as decoys with their patent numbers; one patentee with a full ID and home; a company's
  //    法定代表人 (a person); the 市场监管局's 知识产权股 contact and seat as decoys.
  {
    const c = '澜坪县';
    const people = [person('男'), person('女'), person('男'), person('男')];
    const firms = ['澜坪县国强农机制造有限公司', '澜坪县德明食品有限公司', '澜坪县职业高级中学'];
    const holders = [people[0], firms[0], people[1], firms[1], people[2], firms[2], people[3]];
    const patentNo = (): string => `ZL 2024 ${pick(['1', '2'])} ${int(1000000, 9999999)}.${int(0, 9)}`;
    const nos = holders.map(() => patentNo());
    const titles = ['一种茶叶揉捻装置', '一种玉米脱粒机', '一种竹编收纳筐', '一种米粉烘干设备', '一种果树修剪器', '一种教学用电路实验台', '一种蜂箱防盗盖'];
    const kinds = ['实用新型', '发明', '实用新型', '发明', '实用新型', '实用新型', '实用新型'];
    const amounts = kinds.map((k) => (k === '发明' ? '5000' : '1000'));
    const idHolder = people[3];
    const id = idFor(c, int(1968, 1985));
    const home = rural(c, '杏坛镇', '佐家坪村');
    const home2 = flat(c);
    const legal = person('男');
    const contact = person('女');
    const seat = office(c);
    add(
      [
        `${c}2025年度专利资助拟资助名单公示`,
        `    根据《${c}专利资助办法》，经申报、审核，拟对以下${holders.length}件专利给予资助，现予公示：`,
        ['序号', '专利权人', '专利号', '专利名称', '类型', '资助金额（元）'].join('\t'),
        ...holders.map((h, k) => [String(k + 1), h, nos[k], titles[k], kinds[k], amounts[k]].join('\t')),
        `    注：第7项专利权人${idHolder}（公民身份号码：${id}，住${home}）为个人发明人，资助资金直接拨付至本人账户；第3项专利权人${people[1]}现住${home2}；第1项资助资金拨付至${firms[0]}（法定代表人：${legal}）对公账户。`,
        `    公示期7天。联系人：${contact}，地址：${seat}${c}市场监督管理局知识产权股。`,
        `    ${c}市场监督管理局`,
        `    ${date()}`,
      ].join('\n'),
      [...people.map(P), I(id), A(home), A(home2), P(legal)],
      [...firms, ...nos, contact, seat],
    );
  }

  // 10. A traditional-script mirror of a 龙舟赛 news item: the winning crew's 舵手, 鼓手 and paddlers (persons), a veteran
  //     `家住…村…组…号的X` (an address) and his grandson; the 村党支部书记 leading as 领队, the 县体育局 deputy head, the
  //     reporter and `屈原` as decoys.
  {
    const c = '榕溪县';
    const helm = person('男');
    const drum = person('男');
    const paddlers = [person('男'), person('男'), compound('微生', '男')];
    const veteran = person('男');
    const veteranHome = rural(c, '双河口镇', '续家庄村');
    const grandson = youngKin(veteran, '男');
    const leader = person('男');
    const deputy = person('女');
    const reporter = person('男');
    add(
      trad(
        [
          `${c}第八屆端午龍舟賽落幕 續家莊村龍舟隊奪冠`,
          `    本報訊（記者 ${reporter}）端午節當天，${c}第八屆端午龍舟賽在雙河口鎮舉行，${int(10, 16)}支龍舟隊同場競技，兩岸觀眾歡呼聲不斷。縣體育局副局長${deputy}為獲獎隊伍頒獎。`,
          `    經過三輪角逐，續家莊村龍舟隊以${int(2, 3)}分${int(10, 59)}秒的成績奪得冠軍。舵手${helm}、鼓手${drum}和槳手${paddlers.join('、')}等二十二名隊員賽前連續練習了一個月。`,
          `    家住${veteranHome}的${veteran}今年七十三歲，划了五十多年龍舟，這次帶著孫子${grandson}一起上場。“年輕人接上了，這項傳統就丟不了。”他說。`,
          `    領隊、村黨支部書記${leader}說，村裡準備把龍舟隊辦成常年訓練的隊伍，讓紀念屈原的老習俗傳下去。`,
        ].join('\n'),
      ),
      [P(trad(helm)), P(trad(drum)), ...paddlers.map((n) => P(trad(n))), P(trad(veteran)), A(trad(veteranHome)), P(trad(grandson))],
      [trad(leader), trad(deputy), trad(reporter), '屈原'],
    );
  }
}
