/**
 * Held-out slice 35: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, all from 民政 work on the poor, the old and the dead, weighted towards where
 * documents print a home — an urban 最低生活保障 新增审批 公示 (户籍地址 beside 现居住地址), a 急难型临时救助 乡镇先行救助
 * 备案 in numbered lines, a 高龄津贴 年度资格认证 未认证人员 公告 aligned with spaces, a 分散供养特困人员 照料服务 公示 as a tab
 * table, a 困难重度残疾人家庭无障碍改造 受助户 名单, a 公益性公墓 安葬登记 公示 (逝者 and 申请人), a 村级幸福院 老年助餐 news
 * item in running prose, a 家庭养老床位 建设验收 名单 in a Zhuang county, a 民政局长信箱 letter on a 居家养老服务补贴 with its
 * reply, and a traditional-script mirror of a 殡仪馆 骨灰寄存到期 催告公告. As much for precision as for recall.
 * Its own seed and pools: about four in five names a common surname with an ordinary given name of real-life frequency
 * (elders get their generation's names, the young theirs), the rest a rare surname of pinyin T–Z no earlier slice draws
 * (位, 习, 线, 信, 寻, 阴, 银, 由, 於, 越, 元, 招 — several of them ordinary words), a compound one (相里, 徐离, 子车) or a
 * given name that is an ordinary word (国庆, 解放, 长青, 金秋, 春燕, 腊梅); Zhuang names in the Zhuang county; counties
 * 汭阳县, 渫川县, 沩坪县, 邕岭县, villages 桂芳村 and 德顺村 that read like names, 信家湾村, 寻家庄村, 位家坪村 carrying
 * surnames of the pool, streets 国庆路, 淑珍街, 德福路 and a community 桂芳社区 in bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, M, P, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '位习线信寻阴银由於越元招';
const COMPOUND = ['相里', '徐离', '子车'];
// Working-age applicants and kin: ordinary given names in about the proportion people bear them, a few words at the end.
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '晓东', '鹏', '志勇', '建平', '刚', '涛', '海涛', '永强', '斌', '超',
  '亮', '辉', '磊', '俊', '文斌', '国庆', '长青',
];
const FEMALE = [
  '丽娟', '海燕', '红霞', '春梅', '静', '敏', '晓燕', '丽', '娟', '芳', '霞', '丽萍', '小红', '雪梅', '艳', '燕', '彩霞', '红梅', '利平',
  '金秋', '春燕',
];
// The old: their generation's names.
const OLD_MEN = ['德明', '福林', '国华', '建国', '振华', '德顺', '富贵', '金山', '玉林', '长海', '树林', '有才', '解放', '明'];
const OLD_WOMEN = ['秀英', '桂英', '玉兰', '淑珍', '凤英', '秀兰', '桂兰', '秀珍', '翠兰', '玉梅', '桂花', '腊梅', '英'];
// What parents chose in the last twenty years.
const YOUNG = ['浩', '子涵', '宇轩', '梓涵', '俊杰', '雨桐'];
// 邕岭县: Zhuang families (韦, 覃, 农, 蒙, 陆, 黄 with names of the place).
const ZHUANG_MEN = ['韦达明', '覃光明', '蒙福生', '农金保', '陆德才', '韦日新'];
const ZHUANG_WOMEN = ['覃美兰', '韦金凤', '农秀芳', '黄美莲', '蒙桂香', '陆秀花'];

const CODES = {
  汭阳县: { tel: '0933', region: '620826' },
  渫川县: { tel: '0736', region: '430726' },
  沩坪县: { tel: '0731', region: '430124' },
  邕岭县: { tel: '0771', region: '450127' },
};
type County = keyof typeof CODES;
const TOWNS = ['黄桷垭镇', '新开铺镇', '白马寺乡', '龙潭坪镇'];
// 桂芳村 and 德顺村 read like given names of the pool; 信家湾村, 寻家庄村 and 位家坪村 carry its surnames.
const VILLAGES = ['桂芳村', '德顺村', '信家湾村', '寻家庄村', '位家坪村', '樟树坪村', '石磨沟村', '老屋场村'];
const GROUPS = ['上屋组', '塘边组', '一组', '四组', '六组', '九组'];
// 国庆, 淑珍 and 德福 read like given names: bodies' addresses (decoys) carry them, homes too.
const STREETS = ['国庆路', '淑珍街', '德福路', '文昌东路'];
const ESTATES = ['颐和小区', '桂馨园', '金域华府', '康乐苑'];

// Traditional forms for the mirror (characters of its text that blind.ts's table lacks).
const TRAD: Record<string, string> = {
  殡: '殯', 仪: '儀', 馆: '館', 骨: '骨', 灰: '灰', 寄: '寄', 存: '存', 期: '期', 满: '滿', 催: '催', 领: '領', 续: '續', 费: '費',
  逝: '逝', 者: '者', 证: '證', 编: '編', 记: '記', 址: '址', 联: '聯', 系: '繫', 电: '電', 话: '話', 办: '辦', 理: '理', 务: '務',
  科: '科', 规: '規', 条: '條', 例: '例', 将: '將', 处: '處', 统: '統', 态: '態', 葬: '葬', 为: '為', 该: '該', 这: '這', 们: '們',
  无: '無', 认: '認', 间: '間', 亲: '親', 属: '屬', 携: '攜', 带: '帶', 关: '關', 请: '請', 于: '於', 个: '個', 内: '內', 过: '過',
  经: '經', 书: '書', 面: '面', 通: '通', 知: '知', 达: '達', 时: '時', 现: '現', 应: '應', 当: '當', 机: '機', 停: '停', 从: '從',
  后: '後', 与: '與', 长: '長', 儿: '兒', 孙: '孫', 杨: '楊', 刘: '劉', 陈: '陳', 赵: '趙', 黄: '黃', 罗: '羅', 谢: '謝', 韩: '韓',
  邓: '鄧', 冯: '馮', 钟: '鍾', 汤: '湯', 龙: '龍', 贺: '賀', 顾: '顧', 龚: '龔', 钱: '錢', 严: '嚴', 陆: '陸', 谭: '譚', 卢: '盧',
  苏: '蘇', 吕: '呂', 叶: '葉', 蒋: '蔣', 许: '許', 郑: '鄭', 吴: '吳', 张: '張', 贾: '賈', 邹: '鄒', 闫: '閆', 万: '萬', 线: '線',
  寻: '尋', 阴: '陰', 银: '銀', 於: '於', 越: '越', 元: '元', 招: '招', 习: '習', 车: '車', 离: '離', 国: '國', 华: '華', 强: '強',
  军: '軍', 刚: '剛', 涛: '濤', 东: '東', 鹏: '鵬', 辉: '輝', 俊: '俊', 斌: '斌', 庆: '慶', 娟: '娟', 燕: '燕', 红: '紅', 丽: '麗',
  艳: '艷', 萍: '萍', 凤: '鳳', 兰: '蘭', 桂: '桂', 珍: '珍', 顺: '順', 贵: '貴', 树: '樹', 林: '林', 才: '才', 秀: '秀', 英: '英',
  梅: '梅', 腊: '臘', 县: '縣', 镇: '鎮', 乡: '鄉', 组: '組', 号: '號', 楼: '樓', 栋: '棟', 单: '單', 区: '區',
  园: '園', 苑: '苑', 湾: '灣', 庄: '莊', 场: '場', 屋: '屋', 边: '邊', 沟: '溝', 坪: '坪', 磨: '磨', 门: '門',
  桷: '桷', 垭: '埡', 开: '開', 铺: '鋪', 马: '馬', 寺: '寺', 潭: '潭', 渫: '渫', 沩: '溈', 汭: '汭', 阳: '陽', 颐: '頤', 馨: '馨',
  域: '域', 乐: '樂', 路: '路', 街: '街', 德: '德', 福: '福', 昌: '昌', 业: '業', 据: '據', 变: '變', 谨: '謹', 此: '此', 告: '告', 特: '特', 月: '月',
  年: '年', 日: '日', 码: '碼', 已: '已', 约: '約', 定: '定', 缴: '繳', 纳: '納', 管: '管', 员: '員', 录: '錄',
  档: '檔', 案: '案', 载: '載', 仍: '仍', 迁: '遷', 移: '移', 择: '擇', 选: '選', 节: '節', 地: '地',
  户: '戶', 籍: '籍', 发: '發', 布: '佈', 网: '網', 站: '站', 报: '報', 纸: '紙', 刊: '刊', 登: '登', 具: '具', 体: '體', 见: '見',
  下: '下', 表: '表', 收: '收', 标: '標', 准: '準', 补: '補', 交: '交', 决: '決', 议: '議', 会: '會',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice35(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(35_2026_1202);
  const { pick, int, pad, chance } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.04,
    rareChance: 0.14,
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
  const add = recorder('holdout35', addRecord);
  const surname = (): string => (chance(0.04) ? pick(COMPOUND) : chance(0.14) ? pick([...RARE]) : pick([...COMMON]));
  const elder = (sex: Sex): string => fresh(() => surname() + pick(sex === '男' ? OLD_MEN : OLD_WOMEN));
  const young = (of?: string): string => fresh(() => (of ? familyOf(of) : pick([...COMMON.slice(0, 50)])) + pick(YOUNG));
  const zhuang = (sex: Sex): string => fresh(() => pick(sex === '男' ? ZHUANG_MEN : ZHUANG_WOMEN));
  const money = (lo: number, hi: number): string => `${int(lo, hi)}`;
  const mobile = (): string => `1${pick(['33', '35', '37', '52', '58', '80', '89', '91'])}${r.digits(8)}`;
  /** A home inside the county seat's communities: 小区 + 栋/单元/室, the county left off as lists print it. */
  const cityFlat = (): string => distinct(() => `${pick(STREETS)}${pick(ESTATES)}${int(1, 18)}栋${int(1, 3)}单元${int(1, 12)}0${int(1, 4)}室`);
  /** A village home as a list without the county prints it: village + group + door. */
  const villageDoor = (village = pick(VILLAGES)): string => distinct(() => `${village}${pick(GROUPS)}${int(1, 88)}号`);

  // 1. 城市最低生活保障 新增审批 公示 as a ` | ` table (`申请人 | 家庭人口 | 户籍地址 | 现居住地址 | 月保障金`): the registered
  //    home and the flat rented now, both labelled; `同户籍地址` in a cell; a refusal in prose (`X家庭因其子Y…`) and a family
  //    found living at a daughter's flat; the community named like a given name, the 社区居委会's seat, the 经办人 as decoys.
  {
    const c: County = '渫川县';
    const sexes: Sex[] = ['女', '男', '女', '男', '女'];
    const heads = sexes.map((s) => person(s));
    const reg = heads.map(() => flat(c));
    const now = [cityFlat(), '同户籍地址', '同户籍地址', '同户籍地址', '同户籍地址'];
    const refused = person('男');
    const refusedSon = young(refused);
    const staying = person('女');
    const stayingAt = flat(c);
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        '城关镇桂芳社区2025年第四季度城市最低生活保障新增审批对象公示',
        '    根据《渫川县最低生活保障审核确认办法》，经本人申请、社区受理、入户调查、家庭经济状况核对和民主评议，镇人民政府审核，现将拟新增城市低保对象公示如下：',
        '序号 | 申请人 | 家庭人口 | 户籍地址 | 现居住地址 | 月保障金（元）',
        ...heads.map((h, k) => `${k + 1} | ${h} | ${int(1, 4)} | ${reg[k]} | ${now[k]} | ${money(420, 1500)}`),
        `    另，${refused}家庭因其子${refusedSon}已在县经济开发区企业稳定就业、家庭人均收入超过当地低保标准，不予纳入；${staying}户籍地与居住地不一致，经核查其实际居住在${stayingAt}（其女儿家），已转居住地社区按规定办理。`,
        `    公示期为7天。对公示对象有异议的，可向桂芳社区居委会或城关镇社会事务办反映，经办人：${clerk}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...heads.map(P), ...reg.map(A), A(now[0]), P(refused), P(refusedSon), P(staying), A(stayingAt)],
      ['桂芳社区居委会', clerk, seat, '县经济开发区', '城关镇社会事务办'],
    );
  }

  // 2. 急难型临时救助 乡镇先行救助 备案 in numbered lines (`1．救助对象：X，…，家住…号，因…`): homes down to the door, a wife
  //    and a grandchild named, one person whose registered home is in another county and who lives in a rented room; the
  //    hospitals, the 派出所, the 民政办's 经办人 and the brand of the gas stove (`老板`) as decoys.
  {
    const c: County = '汭阳县';
    const a = person('男');
    const aHome = rural(c, '新开铺镇', '信家湾村');
    const aWife = person('女');
    const b = elder('女');
    const bHome = rural(c, '新开铺镇', '石磨沟村');
    const bGrandson = young(b);
    const d = person('男');
    const dReg = rural('渫川县', '白马寺乡', '老屋场村');
    const dNow = distinct(() => `${c}新开铺镇文昌东路${int(20, 90)}号`);
    const e = person('女');
    const eHome = rural(c, '新开铺镇', '寻家庄村');
    const clerk = person('男');
    const month = int(3, 11);
    add(
      [
        `新开铺镇2025年${month}月急难型临时救助先行救助备案表`,
        '    根据县民政局授权，对情况紧急、需立即采取救助措施的困难群众，由镇人民政府先行救助、事后补齐手续，现将本月先行救助情况备案公开如下：',
        `1．救助对象：${a}，男，${int(38, 55)}岁，家住${aHome}。因驾驶农用三轮车侧翻致腿部骨折，在县人民医院住院，其妻${aWife}无固定收入，救助${money(2000, 4000)}元。`,
        `2．救助对象：${b}，女，${int(72, 86)}岁，家住${bHome}。家中厨房失火，烧毁“老板”牌燃气灶及口粮，与孙子${bGrandson}临时借住邻居家，救助${money(1500, 3000)}元及棉被两床。`,
        `3．救助对象：${d}，男，${int(40, 58)}岁，户籍地${dReg}，现居住于${dNow}院内出租屋。在镇上打零工时突发脑梗，经城关派出所协助联系家属，救助${money(3000, 5000)}元。`,
        `4．救助对象：${e}，女，${int(30, 45)}岁，家住${eHome}。丈夫因病去世，两个孩子在读，救助${money(1500, 3000)}元。`,
        `    以上救助金已通过“一卡通”发放。经办人：${clerk}（镇民政办），2025年${month}月28日。`,
      ].join('\n'),
      [P(a), A(aHome), P(aWife), P(b), A(bHome), P(bGrandson), P(d), A(dReg), A(dNow), P(e), A(eHome)],
      ['县人民医院', '“老板”牌', '城关派出所', clerk, '镇民政办'],
    );
  }

  // 3. 高龄津贴 年度资格认证 未认证人员 公告 aligned with spaces (`序号  姓名  性别  出生年月  居住地址`): village doors and
  //    community flats without the county; an elder living with a daughter elsewhere, the daughter named; a title alone
  //    (`驻村第一书记`), the 社会事务办's seat and 联系人 as decoys.
  {
    const c: County = '沩坪县';
    const sexes: Sex[] = ['女', '男', '女', '女', '男', '女'];
    const old = sexes.map((s) => elder(s));
    const homes = [villageDoor('位家坪村'), villageDoor('德顺村'), cityFlat(), villageDoor('樟树坪村'), villageDoor('德顺村'), cityFlat()];
    const away = elder('男');
    const awayDaughter = person('女');
    const awayAt = distinct(() => `长沙市雨花区${pick(['洞井街道', '同升街道'])}${pick(['香樟苑', '枫林小区'])}${int(1, 20)}栋${int(100, 2400)}室`);
    const contact = person('女');
    const seat = office(c);
    add(
      [
        '龙潭坪镇关于2025年度高龄津贴资格认证未完成人员的公告',
        '    2025年度高龄津贴资格认证工作已于10月31日截止。截至目前，以下老人尚未完成认证，请本人或家属于12月20日前持老人身份证到所在村（社区）或通过手机“民政通”进行人脸识别认证，逾期未认证的暂停发放：',
        col('序号', 6) + col('姓名', 10) + col('性别', 6) + col('出生年月', 12) + '居住地址',
        ...old.map((o, k) => col(`${k + 1}`, 6) + col(o, 10) + col(sexes[k], 6) + col(`${int(1930, 1944)}.${pad(int(1, 12), 2)}`, 12) + homes[k]),
        `    其中，${away}老人长期随女儿${awayDaughter}居住在${awayAt}，请家属代为视频认证。`,
        `    咨询可联系镇社会事务办或各村驻村第一书记，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...old.map(P), ...homes.map(A), P(away), P(awayDaughter), A(awayAt)],
      ['驻村第一书记', contact, seat, '民政通', '镇社会事务办'],
    );
  }

  // 4. 分散供养特困人员 照料服务 公示 as a tab table (`供养对象 年龄 居住地址 照料服务人 与供养对象关系 …`): the elders and their
  //    homes, carers who are kin or neighbours as persons; a carer that is a body (the village's 互助幸福院, a company named
  //    after a word) and the masked IDs as decoys; the 民政办's landline.
  {
    const c: County = '汭阳县';
    const olds = [elder('男'), elder('女'), elder('男'), elder('男'), elder('女')];
    const homes = olds.map(() => rural(c, '黄桷垭镇', pick(['桂芳村', '信家湾村', '老屋场村'])));
    const nephew = kin(olds[0], '男');
    const neighbour = person('女');
    const niece = person('女');
    const firm = '汭阳县康乐居家养老服务有限公司';
    const hall = '桂芳村互助幸福院';
    const carers = [nephew, neighbour, firm, hall, niece];
    const rel = ['侄子', '邻居', '服务机构', '村级设施', '外甥女'];
    const masked = olds.map(() => `620826********${pad(int(0, 9999), 4)}`);
    add(
      [
        '黄桷垭镇2025年分散供养特困人员照料服务落实情况公示',
        '    按照分散供养特困人员“一人一照料人”要求，经村委会推荐、本人同意、镇人民政府审核，现将照料服务落实情况公示如下：',
        '序号\t供养对象\t身份证号\t居住地址\t照料服务人\t与供养对象关系\t护理等级\t月照料护理费（元）',
        ...olds.map((o, k) => `${k + 1}\t${o}\t${masked[k]}\t${homes[k]}\t${carers[k]}\t${rel[k]}\t${pick(['全自理', '半护理', '全护理'])}\t${money(200, 900)}`),
        `    照料服务人须每周入户不少于两次，帮助打扫卫生、代购生活用品、陪同就医。公示期间如有异议，请向镇民政办反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...olds.map(P), ...homes.map(A), P(nephew), P(neighbour), P(niece)],
      [firm, hall, ...masked.slice(0, 2)],
    );
  }

  // 5. 困难重度残疾人家庭无障碍改造 受助户 名单 in numbered lines (`1．X（肢体一级），改造地址：…，监护人：Y`): the homes as
  //    改造地址, guardians as persons; the builder named after a given name (`渫川县建华装饰工程有限公司`), the 残联's seat,
  //    its 康复部 and the inspectors as decoys.
  {
    const c: County = '渫川县';
    const ppl = [person('男'), elder('女'), young(), person('男')];
    const homes = [rural(c, '白马寺乡', '寻家庄村'), rural(c, '白马寺乡', '位家坪村'), flat(c), rural(c, '白马寺乡', '樟树坪村')];
    const guardians = [kin(ppl[2], '男'), kin(ppl[1], '男')];
    const builder = '渫川县建华装饰工程有限公司';
    const inspectors = [person('男'), person('女')];
    const seat = office(c);
    add(
      [
        '渫川县2025年困难重度残疾人家庭无障碍改造受助户名单',
        '    经个人申请、乡镇（街道）初审、县残联入户评估，确定以下家庭为本年度无障碍改造受助户，“一户一方案”实施改造，户均补助3500元：',
        `1．${ppl[0]}（肢体残疾一级），改造地址：${homes[0]}，改造内容：入户坡道硬化、卫生间扶手、蹲便改坐便；`,
        `2．${ppl[1]}（视力残疾一级），改造地址：${homes[1]}，改造内容：室内地面防滑、灶台矮化、闪光门铃，由其子${guardians[1]}配合施工；`,
        `3．${ppl[2]}（肢体残疾二级，脑瘫），改造地址：${homes[2]}，监护人：${guardians[0]}（其父），改造内容：房门加宽、洗浴扶手；`,
        `4．${ppl[3]}（肢体残疾一级），改造地址：${homes[3]}，改造内容：出入口坡化、加装护栏。`,
        `    施工单位为${builder}，完工后由县残联康复部会同乡镇残联验收（验收人员：${inspectors[0]}、${inspectors[1]}）。咨询地址：${seat}，电话：${landline(c)}。`,
      ].join('\n'),
      [...ppl.map(P), ...homes.map(A), ...guardians.map(P)],
      [builder, ...inspectors, seat, '县残联康复部'],
    );
  }

  // 6. 公益性公墓 安葬登记 公示 as a ` | ` table (`逝者姓名 | 生前住址 | 申请人 | 与逝者关系 | 墓位编号`): the dead and the
  //    applicants as persons, the last homes labelled; grave numbers built like doors (`福区3排12号`), the cemetery, its 管理员
  //    and the village committee as decoys; a masked name printed by the publisher (`张某某`).
  {
    const c: County = '沩坪县';
    const dead = [elder('男'), elder('女'), elder('男'), elder('女'), elder('男')];
    const homes = dead.map(() => rural(c, '白马寺乡', pick(['德顺村', '石磨沟村', '位家坪村'])));
    const applicants = [kin(dead[0], '男'), person('女'), kin(dead[2], '男'), person('男'), kin(dead[4], '女')];
    const rels = ['儿子', '女儿', '儿子', '女婿', '女儿'];
    const graves = dead.map(() => distinct(() => `${pick(['福区', '寿区', '安区'])}${int(1, 9)}排${int(1, 30)}号`));
    const keeper = person('男');
    const cemetery = '白马寺乡青松岭公益性公墓';
    add(
      [
        `${cemetery}${date().slice(0, 5)}安葬登记公示`,
        '    根据《沩坪县农村公益性公墓管理办法》，公益性公墓只安葬本乡户籍村民，不得对外销售。现将本季度安葬登记情况公示如下：',
        '序号 | 逝者姓名 | 生前住址 | 申请人 | 与逝者关系 | 墓位编号 | 安葬日期',
        ...dead.map((d, k) => `${k + 1} | ${d} | ${homes[k]} | ${applicants[k]} | ${rels[k]} | ${graves[k]} | ${int(7, 9)}月${int(1, 28)}日`),
        '    另，张某某申请为外乡亲属购买墓位，不符合规定，不予登记。',
        `    公示期10天。如有异议，请向白马寺乡人民政府或公墓管理员${keeper}反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...dead.map(P), ...homes.map(A), ...applicants.map(P)],
      [cemetery, keeper, ...graves.slice(0, 3), '张某某', '白马寺乡人民政府'],
    );
  }

  // 7. 村级幸福院 老年助餐 news in running prose: elders named with their homes in every prose form (`家住…组的X`, `X和老伴Y
  //    住在…号`, `…号的X老人`), a volunteer who cooks; the 镇党委副书记, the 村党支部书记, the hall, the bank that gave the
  //    stoves, `孟母三迁` and the reporter and correspondent as decoys.
  {
    const c: County = '渫川县';
    const first = elder('女');
    const firstHome = distinct(() => `樟树坪村${pick(GROUPS)}`);
    const couple = [elder('男'), elder('女')];
    const coupleHome = rural(c, '白马寺乡', '樟树坪村');
    const third = elder('男');
    const thirdHome = villageDoor('樟树坪村');
    const cook = person('女');
    const deputy = person('男');
    const secretary = person('男');
    const reporter = person('女');
    const corr = person('男');
    const hall = '樟树坪村幸福院';
    add(
      [
        '村里有了“老年食堂” 老人吃上热乎饭',
        `    ${date()}中午11点，${hall}的老年助餐点飘出饭菜香。家住${firstHome}的${first}拄着拐杖第一个来到餐桌前：“两荤一素一个汤，自己只掏三块钱。”`,
        `    ${couple[0]}和老伴${couple[1]}住在${coupleHome}，儿女都在广东打工。以前两位老人常常一顿饭热两顿，现在每天走五分钟就能吃上现做的饭菜。`,
        `    掌勺的是村里的志愿者${cook}，她说：“老人牙口不好，米饭要蒸软一点，菜要切碎一点。”行动不便的${third}老人住在${thirdHome}，助餐点每天安排人送餐上门。`,
        `    镇党委副书记${deputy}介绍，助餐点由村集体出场地、县农商银行捐赠灶具、财政按每餐补助4元运行。村党支部书记${secretary}说，下一步还将为老人开设理发、读报等服务，真正做到“孟母三迁不如家门口养老”。（记者 ${reporter} 通讯员 ${corr}）`,
      ].join('\n'),
      [P(first), A(firstHome), ...couple.map(P), A(coupleHome), P(third), A(thirdHome), P(cook)],
      [hall, deputy, secretary, reporter, corr, '县农商银行', '孟母三迁'],
    );
  }

  // 8. 家庭养老床位 建设验收 名单 in the Zhuang county as a tab table (`服务对象 年龄 失能等级 床位地址 签约服务机构 验收结果`):
  //    Zhuang and Han elders, the bed at home labelled; the service providers (one named after a word), the 民政局's 养老服务股
  //    and its 联系人 as decoys; one refusal named in prose with the family member who declined.
  {
    const c: County = '邕岭县';
    const olds = [zhuang('女'), zhuang('男'), elder('女'), zhuang('女')];
    const beds = [
      rural(c, '那坡圩镇', '那湾村'),
      rural(c, '那坡圩镇', '板陇村'),
      distinct(() => `${c}德福路${pick(ESTATES)}${int(1, 9)}栋${int(1, 3)}单元${int(2, 9)}0${int(1, 4)}室`),
      rural(c, '那坡圩镇', '那湾村'),
    ];
    const providers = ['邕岭县颐年养老服务中心', '邕岭县长寿居家养老服务有限公司', '邕岭县颐年养老服务中心', '那坡圩镇敬老院'];
    const declined = zhuang('男');
    const declinedSon = kin(declined, '男');
    const contact = person('男');
    add(
      [
        '邕岭县2025年家庭养老床位建设验收结果公示',
        '    按照《邕岭县家庭养老床位建设实施方案》，对第一批家庭养老床位进行了适老化改造、智能设备安装和签约服务验收，结果公示如下：',
        '序号\t服务对象\t年龄\t失能等级\t床位地址\t签约服务机构\t验收结果',
        ...olds.map((o, k) => `${k + 1}\t${o}\t${int(68, 92)}\t${pick(['轻度失能', '中度失能', '重度失能'])}\t${beds[k]}\t${providers[k]}\t${pick(['合格', '合格', '整改后合格'])}`),
        `    另，${declined}老人经评估符合条件，但其子${declinedSon}表示家中房屋准备翻建，暂不安装，待房屋建成后另行申请。`,
        `    公示期5个工作日，联系人：${contact}（县民政局养老服务股），电话：${landline(c)}。`,
      ].join('\n'),
      [...olds.map(P), ...beds.map(A), P(declined), P(declinedSon)],
      ['邕岭县颐年养老服务中心', '邕岭县长寿居家养老服务有限公司', '那坡圩镇敬老院', contact, '县民政局养老服务股'],
    );
  }

  // 9. 民政局长信箱 letter on a stopped 居家养老服务补贴 with its reply: the writer (`来信人：X`), her mother and her home, a
  //    brother, a mobile; the reply `X女士：您好！`, the community and the service company, the 养老服务股 and the 经办人, the
  //    reply's date line as decoys.
  {
    const c: County = '汭阳县';
    const writer = person('女');
    const mother = elder('女');
    const motherHome = flat(c);
    const brother = kin(writer, '男');
    const phone = mobile();
    const clerk = person('男');
    const firm = '汭阳县康宁居家养老服务中心';
    add(
      [
        '信件标题：母亲的居家养老服务补贴为什么停了？',
        `来信人：${writer}　　来信时间：2025年10月${int(8, 20)}日`,
        `    局长您好！我母亲${mother}今年86岁，独自住在${motherHome}，前年经评估享受居家养老服务补贴，每月由服务中心派人上门打扫、助浴。今年9月开始服务人员不再上门，社区说补贴停了，也没有人告诉我们原因。我哥哥${brother}在外地，我每周只能回去一次，请领导帮忙查一查。我的电话：${phone}。`,
        `回复单位：汭阳县民政局　　回复时间：2025年10月${int(24, 30)}日`,
        `    ${writer}女士：您好！来信收悉。经查，您母亲的补贴因今年年度复核时未能联系到本人、复核材料未提交而暂停，并非取消资格。我局已责成${firm}与国庆路社区核实，并于11月1日起恢复上门服务，暂停期间的服务将予以补足。如有疑问，请联系县民政局养老服务股，经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(writer), P(mother), A(motherHome), P(brother), M(phone)],
      [firm, '国庆路社区', clerk, '县民政局养老服务股', '汭阳县民政局'],
    );
  }

  // 10. A traditional-script mirror of a 殡仪馆 骨灰寄存到期 催告公告: each line `寄存證號…，逝者X，寄存人Y，登記地址：…`; the
  //     dead and the depositors as persons, the registered homes labelled (one a flat, one a village door, one `原住…`);
  //     the certificate numbers, the hall's seat and its 業務科 as decoys.
  {
    const c: County = '渫川县';
    const dead = [elder('男'), elder('女'), elder('男'), elder('女')];
    const deps = [kin(dead[0], '男'), person('女'), person('男'), kin(dead[3], '男')];
    const homes = [flat(c), rural(c, '新开铺镇', '德顺村'), rural(c, '龙潭坪镇', '桂芳村'), flat(c)];
    const certs = dead.map(() => `JC${int(2008, 2014)}-${pad(int(1, 999), 4)}`);
    const seat = office(c);
    const lines = [
      '渫川县殡仪馆关于骨灰寄存期满催告的公告',
      '    根据《殡葬管理条例》及本馆骨灰寄存约定，下列骨灰寄存期满已逾一年，寄存人未办理续存或领取手续，经书面通知因地址变更未能送达，现予公告：',
      ...dead.map((d, k) => `${k + 1}．寄存证号${certs[k]}，逝者${d}，寄存人${deps[k]}，登记地址：${k === 2 ? '原住' : ''}${homes[k]}；`),
      `    请寄存人或其亲属自本公告发布之日起九十日内，携带寄存证及本人身份证到本馆业务科办理续存、领取或迁移手续。逾期仍无人办理的，本馆将报县民政局后按节地生态方式统一安葬。`,
      `    本馆地址：${seat}，电话：${landline(c)}。`,
    ];
    const text = lines.map(trad).join('\n');
    add(
      text,
      [...dead.map((n) => P(trad(n))), ...deps.map((n) => P(trad(n))), ...homes.map((h) => A(trad(h)))],
      [...certs.slice(0, 2), trad(seat), trad('本馆业务科')],
    );
  }
}
