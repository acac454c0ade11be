/**
 * Held-out slice 33: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, leaning to 住房保障/征收/物业 pages and weighted towards homes — a 公租房 保障资格
 * 年度复核 结果 公示, a 国有土地上房屋征收 产权调换 选房 结果 公示, a 农村自建房 安全隐患排查 鉴定 结果 公示, a 住宅专项维修资金
 * 使用 公示, a 业主委员会 委员候选人 公示, a 物业纠纷 人民调解协议书, a 城中村改造 签约 news item quoting residents, a 住房公积金
 * 逾期贷款 催收 公告, a 共有产权住房 申购资格 审核 公示 and a 征收 分户评估报告 公告送达 copied from a PDF (paragraphs hard-wrapped
 * at 28–34 characters, so a wrap can fall inside a name, an ID, a mobile or an address: such spans are labelled as printed,
 * `\n` included). As much for precision as for recall. Its own seed and pools: about four in five names a common surname
 * with an ordinary given name, the rest a rare surname of pinyin G–L no earlier slice draws (隽, 旷, 贯, 琚, 开, 库, 礼, 朗,
 * 力 — 开, 库, 礼, 力 ordinary words), a compound one (公仪, 即墨) or a given name that is an ordinary word (栋梁, 立业, 长安,
 * 安宁, 幸福, 和美); counties 濛溪县, 渫川县, 椒岭县, 滢阳县, villages 福来村 reading like a name, 旷家坪村 and 贯家湾村 carrying
 * surnames of the pool, streets 志刚路 and 玉珍街 reading like names, estates 澜悦华府, 康宁小区, 桂香园, 丰泽苑, 锦程家园.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, col, recorder, type AddRecord } from './blind.js';
import { decoysAsPrinted, labelsAsPrinted, wrapLikePdf } from './pdfWrap.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '隽旷贯琚开库礼朗力';
const COMPOUND = ['公仪', '即墨'];
// Ordinary given names in about the proportion people bear them; the last few are words (栋梁, 立业, 安宁, 幸福 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '德明', '晓东', '鹏', '卫国', '志勇', '建平', '红兵', '刚', '涛', '建国',
  '国华', '文杰', '振华', '海涛', '志明', '永强', '斌', '超', '亮', '辉', '福林', '学军', '建新', '明', '金生', '栋梁', '立业', '长安',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '秀珍', '丽萍', '小红', '秀芳', '雪梅', '金凤', '翠兰', '艳', '燕', '彩霞', '琴', '安宁', '幸福', '和美',
];
// What parents chose in the last twenty years (the children of the households).
const BOYS = ['浩', '子豪', '宇轩', '浩然', '俊杰', '博文', '梓睿', '皓轩', '家乐'];
const GIRLS = ['子涵', '欣怡', '梦瑶', '雨桐', '佳琪', '思彤', '可馨'];

const CODES = {
  濛溪县: { tel: '0735', region: '431026' },
  渫川县: { tel: '0736', region: '430726' },
  椒岭县: { tel: '0797', region: '360734' },
  滢阳县: { tel: '0746', region: '431128' },
};
type County = keyof typeof CODES;
const TOWNS = ['白沙镇', '青石铺镇', '龙潭乡', '枫树坪乡'];
// 福来村 reads like a given name; 旷家坪村 and 贯家湾村 carry surnames of the pool.
const VILLAGES = ['福来村', '旷家坪村', '贯家湾村', '杨柳湾村', '石门坎村', '茶园村'];
const GROUPS = ['一组', '三组', '四组', '六组', '八组', '大屋组', '坳上组'];
// 志刚 and 玉珍 read like given names: bodies' addresses (decoys) and homes both use them.
const STREETS = ['志刚路', '玉珍街', '育英路', '滨江路'];
const ESTATES = ['澜悦华府', '康宁小区', '桂香园', '丰泽苑', '锦程家园'];

export function slice33(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(33_2026_1202);
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
  const { fresh, person, kin, landline, office, date, distinct, rural, flat } = g;
  const add = recorder('holdout33', addRecord);
  const villageGroup = (village = pick(VILLAGES)): string => distinct(() => `${village}${pick(GROUPS)}`);
  /** A flat named without the county, as a list of one estate's residents prints it. */
  const room = (estate = pick(ESTATES)): string => distinct(() => `${estate}${int(1, 18)}栋${int(1, 3)}单元${int(2, 18)}0${int(1, 4)}室`);
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;
  const mobile = (): string => `1${pick(['33', '36', '37', '52', '57', '73', '80', '98'])}${digits(8)}`;

  // 1. 公租房 保障资格 年度复核 结果 公示 as a ` | ` table (`序号 | 承租人 | 家庭人口 | 现住址 | 复核结论 | 备注`): the tenants as
  //    persons, their public-rental flats as homes; in prose one household leaving for the flat it bought (a home) and one
  //    tenant living at her daughter's (`现住其女儿X家（…）`); a masked tenant `王**`, the 经办人 and the centre's seat as decoys.
  {
    const c: County = '濛溪县';
    const tenants = [person('男'), person('女'), person('男'), person('女'), person('男')];
    const estate = pick(['滨河公租房小区', '馨居公租房小区']);
    const homes = tenants.map(() => distinct(() => `${estate}${int(1, 9)}栋${int(1, 3)}单元${int(2, 11)}0${int(1, 6)}室`));
    const verdicts = ['继续保障', '继续保障', '退出保障', '退出保障', '调整租金标准'];
    const notes = ['', '', '已购买商品房', '长期未在承租房屋居住', '家庭收入增加，按市场租金的70%计租'];
    const bought = flat(c);
    const daughter = person('女');
    const daughterHome = rural(c, '白沙镇', '福来村');
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        '濛溪县2025年度公共租赁住房保障资格复核结果公示',
        `    根据《濛溪县公共租赁住房管理办法》，县住房保障服务中心会同各社区对在保公租房承租家庭的人口、收入、住房等情况进行了年度复核。现将复核结果公示如下：`,
        '序号 | 承租人 | 家庭人口 | 现住址 | 复核结论 | 备注',
        ...tenants.map((t, k) => `${k + 1} | ${t} | ${int(1, 5)} | ${homes[k]} | ${verdicts[k]} | ${notes[k]}`),
        `    说明：承租人${tenants[2]}家庭已于${date()}购买${bought}商品房一套，按规定应于60日内腾退公租房；承租人${tenants[3]}自2024年起长期未在承租房屋居住，经入户核查，其现住女儿${daughter}家（${daughterHome}），予以退出。另有1户（承租人王**）因申报材料不全，复核结论暂缓公布。`,
        `    公示期为2025年${int(3, 6)}月${int(1, 20)}日至${int(21, 28)}日。对复核结果有异议的，请向县住房保障服务中心反映。地址：${seat}，经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [...tenants.map(P), ...homes.map(A), A(bought), P(daughter), A(daughterHome)],
      [seat, clerk, '王**', '县住房保障服务中心', '濛溪县公共租赁住房管理办法'],
    );
  }

  // 2. 国有土地上房屋征收 产权调换 选房 结果 公示 as a tab table (`选房顺序号 被征收人 原房屋坐落 安置房源 …`): owners (one cell a
  //    couple `A、B`) and the houses they lived in on old streets (`…街N号`, `…巷N号附N号`) as homes; the allotted flats printed
  //    as codes (`5-1203`, neither labelled nor listed); in prose an owner in hospital whose daughter chose for him; the 公证员,
  //    the city investment company, the resettlement estate and the 征收办's seat as decoys.
  {
    const c: County = '渫川县';
    const owners = [person('男'), person('女'), person('男'), person('男'), person('女')];
    const wife = person('女');
    const oldStreets = ['东门街', '书院巷', '盐码头街'];
    const homes = owners.map((_, k) =>
      distinct(() => (k % 3 === 0 ? `${c}城关镇${pick(oldStreets)}${int(3, 99)}号` : k % 3 === 1 ? `${pick(oldStreets)}${int(3, 99)}号附${int(1, 4)}号` : `城关镇${pick(oldStreets)}${int(3, 99)}号`)),
    );
    const daughter = kin(owners[3], '女');
    const notary = person('男');
    const seat = office(c);
    const estate = '渫川县丰泽苑安置小区';
    const firm = '渫川县城市建设投资有限公司';
    add(
      [
        '渫川县老城区东门片区房屋征收项目产权调换选房结果公示',
        `    按照《东门片区房屋征收补偿方案》，选择产权调换的被征收人于${date()}在县征收安置服务大厅按签约顺序依次选房，县公证处全程公证。安置房源为${estate}，由${firm}建设。现将选房结果公示如下：`,
        '选房顺序号\t被征收人\t原房屋坐落\t安置房源（楼号-房号）\t安置面积（㎡）',
        ...owners.map((o, k) => `${k + 1}\t${k === 1 ? `${o}、${wife}` : o}\t${homes[k]}\t${int(1, 9)}-${int(2, 18)}0${int(1, 4)}\t${int(58, 125)}.${int(10, 99)}`),
        `    其中，被征收人${owners[3]}因病住院，由其女儿${daughter}持经公证的委托书代为选房。选房过程由县公证处公证员${notary}现场监督。`,
        `    公示期5个工作日，如有异议，请向县国有土地上房屋征收办公室反映（地址：${seat}，电话：${landline(c)}）。`,
      ].join('\n'),
      [...owners.map(P), P(wife), ...homes.map(A), P(daughter)],
      [notary, seat, estate, firm, '县征收安置服务大厅', '县公证处'],
    );
  }

  // 3. 农村自建房 安全隐患排查 鉴定 结果 公示 aligned with spaces (`户主 所在村组 房屋用途 结构 鉴定等级 处置措施`): the 村组 cells
  //    (village and group) labelled homes, as the older 村组 lists; in prose a D-rated house's owner with its bare door
  //    (`门牌N号`, neither labelled nor listed) and his brother's home where the family stays; the appraisal firm, a farmhouse restaurant `开心农家乐` (开 is a surname
  //    of the pool), the 村礼堂 (礼 too), the 技术员 and the 村镇建设服务中心 as decoys.
  {
    const c: County = '椒岭县';
    const heads = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const homes = heads.map(() => villageGroup(pick(['旷家坪村', '茶园村', '石门坎村'])));
    const uses = ['自住', '自住', '自住、出租', '经营（开心农家乐）', '自住'];
    const structs = ['砖木', '土木', '砖混', '砖混', '土木'];
    const grades = ['C级', 'B级', 'C级', 'B级', 'D级'];
    const acts = ['加固维修', '加强监测', '加固维修', '限制经营人数', '停止使用'];
    const door = int(2, 90);
    const brother = kin(heads[4], '男');
    const brotherHome = rural(c, '龙潭乡', '石门坎村');
    const tech = person('男');
    const firm = '椒岭县正衡房屋安全鉴定有限公司';
    add(
      [
        '龙潭乡农村自建房安全隐患排查整治鉴定结果公示（第二批）',
        `    根据全县自建房安全专项整治工作部署，乡政府委托${firm}对排查中初判存在安全隐患的农村自建房进行了安全性鉴定，现将结果公示如下：`,
        col('户主', 10) + col('所在村组', 18) + col('房屋用途', 22) + col('结构', 8) + col('鉴定等级', 10) + '处置措施',
        ...heads.map((h, k) => col(h, 10) + col(homes[k], 18) + col(uses[k], 22) + col(structs[k], 8) + col(grades[k], 10) + acts[k]),
        `    鉴定为D级的${heads[4]}户房屋（门牌${door}号）已于${date()}停止使用并设置警示标志，一家四口暂住其弟${brother}家（${brotherHome}），乡政府将其纳入农村低收入群体危房改造对象。`,
        `    村礼堂、学校等公共建筑另行鉴定。技术指导：乡村镇建设服务中心技术员${tech}，电话：${landline(c)}。`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), P(brother), A(brotherHome)],
      [firm, '开心农家乐', '村礼堂', tech, '乡村镇建设服务中心'],
    );
  }

  // 4. 住宅专项维修资金 使用 公示: a roof repair in one estate; the top-floor owners who reported the leak with their flats in
  //    brackets (homes), a 业主代表 with his; a ` | ` table of votes by building without names; the waterproofing firm
  //    (`宏力`, 力 a surname of the pool), the property company, the fund centre's seat and its landline as decoys.
  {
    const c: County = '滢阳县';
    const top = [person('女'), person('男')];
    const estate = '桂香园';
    const topHomes = top.map(() => distinct(() => `${estate}小区${int(3, 6)}栋${int(1, 2)}单元${int(17, 18)}0${int(1, 2)}室`));
    const rep = person('男');
    const repHome = room(estate);
    const firm = '滢阳县宏力防水工程有限公司';
    const pm = '滢阳县安家物业服务有限公司';
    const seat = office(c);
    const units = [3, 4, 5, 6];
    add(
      [
        `关于${estate}小区3—6栋屋面防水维修使用住宅专项维修资金的公示`,
        `    ${estate}小区3—6栋屋面防水层老化，雨季渗漏严重，顶层住户${top[0]}（${topHomes[0]}）、${top[1]}（${topHomes[1]}）等多次向物业服务企业和社区反映。经业主委员会提议、${pm}编制维修方案，并经业主代表${rep}（${repHome}）等现场查看，拟申请使用住宅专项维修资金实施维修。`,
        `    工程预算${money(180000, 260000)}元，施工单位为${firm}。本项目经相关业主表决，表决情况如下：`,
        '栋号 | 业主户数 | 同意户数 | 同意户所占专有部分面积比例',
        ...units.map((u) => `${u}栋 | ${int(60, 72)} | ${int(50, 59)} | ${int(76, 92)}%`),
        `    公示期7日。业主对分摊金额有异议的，请向县住宅专项维修资金管理中心反映，地址：${seat}，电话：${landline(c)}。`,
      ].join('\n'),
      [...top.map(P), ...topHomes.map(A), P(rep), A(repHome)],
      [firm, pm, seat, '县住宅专项维修资金管理中心'],
    );
  }

  // 5. 业主委员会 委员候选人 公示 as a tab table (`序号 姓名 性别 出生年月 房屋坐落 政治面貌 推荐方式`): the candidates as persons
  //    and their flats (estate + 栋 + 单元 + 室) as homes; one withdrawn candidate named again; the 社区党委书记 acting in office,
  //    the 社区 staff as contact, the developer named after 朗 (a surname of the pool) and a property company carrying 琚 as decoys.
  {
    const c: County = '滢阳县';
    const sexes: Sex[] = ['男', '女', '男', '男', '女', '女'];
    const cands = sexes.map((s) => person(s));
    const estate = '澜悦华府';
    const homes = cands.map(() => room(estate));
    const ways = ['业主自荐', '业主联名推荐', '社区党组织推荐', '业主自荐', '业主联名推荐', '居民委员会推荐'];
    const quit = person('男');
    const secretary = person('女');
    const staff = person('女');
    const dev = '滢阳县朗庭置业有限公司';
    const pm = '滢阳琚氏物业管理有限公司';
    add(
      [
        `${estate}小区第一届业主委员会委员候选人公示`,
        `${estate}小区全体业主：`,
        `    根据《业主大会和业主委员会指导规则》和本小区《业主大会议事规则》，经业主自荐、联名推荐和社区推荐，业主大会筹备组审核，确定第一届业主委员会委员候选人6名（应选5名），现公示如下：`,
        '序号\t姓名\t性别\t出生年月\t房屋坐落\t政治面貌\t推荐方式',
        ...cands.map((n, k) => `${k + 1}\t${n}\t${sexes[k]}\t${int(1958, 1988)}.${pad(int(1, 12), 2)}\t${homes[k]}\t${pick(['中共党员', '群众', '群众'])}\t${ways[k]}`),
        `    原报名人${quit}因本人书面申请退出，不再列为候选人。开发建设单位${dev}及物业服务企业${pm}的工作人员不得作为候选人。`,
        `    公示期7日。业主对候选人有异议的，可向筹备组或社区居民委员会反映。社区党委书记${secretary}任筹备组组长，联系人：社区工作人员${staff}，电话：${landline(c)}。`,
        `${estate}小区业主大会筹备组`,
        `${date()}`,
      ].join('\n'),
      [...cands.map(P), ...homes.map(A), P(quit)],
      [secretary, staff, dev, pm],
    );
  }

  // 6. 物业纠纷 人民调解协议书: the owner with his flat and mobile; the property company's seat (a decoy) and its 法定代表人 (a
  //    person); the upstairs neighbour whose pipe leaked with her flat; the 调解员 and the committee as decoys.
  {
    const c: County = '渫川县';
    const owner = person('男');
    const ownerHome = flat(c);
    const phone = mobile();
    const boss = person('男');
    const upstairs = person('女');
    const upHome = room('锦程家园');
    const seat = office(c);
    const company = '渫川县锦程物业服务有限公司';
    const med = [person('女'), person('男')];
    add(
      [
        '人民调解协议书',
        `渫物调字〔2025〕第${int(11, 48)}号`,
        `当事人（甲方）：${owner}，男，${int(1962, 1985)}年生，汉族，住${ownerHome}，联系电话${phone}。`,
        `当事人（乙方）：${company}，住所地：${seat}，法定代表人：${boss}。`,
        `    纠纷主要事实：甲方以卫生间顶板长期渗水、乙方未及时维修为由，自2023年起拒交物业服务费共计${money(2400, 4800)}元。经查，渗水系楼上住户${upstairs}（${upHome}）家排水管老化所致，乙方曾三次上门协调未果。`,
        `    经调解，各方自愿达成如下协议：一、${upstairs}于本协议签订后十日内自行更换排水管，乙方派员协助；二、乙方减免甲方物业服务费${int(300, 800)}元，甲方于${int(2, 6)}月底前结清余款；三、甲方房屋顶板的修复费用由${upstairs}承担。`,
        `    本协议一式四份，当事人各执一份，调解委员会留存一份。`,
        `人民调解员：${med[0]}　${med[1]}`,
        '渫川县城关镇物业纠纷人民调解委员会',
        `${date()}`,
      ].join('\n'),
      [P(owner), A(ownerHome), M(phone), P(boss), P(upstairs), A(upHome)],
      [seat, company, ...med, '渫川县城关镇物业纠纷人民调解委员会'],
    );
  }

  // 7. 城中村改造 签约 news quoting residents: the first to sign with his door (`家住…组N号的X`), his wife, a grandson with a
  //    young name, a neighbour's family and the flat his son bought in town (a home in prose); the 副县长, the 镇党委书记, the
  //    指挥部 at the village committee's compound and the reporters as decoys.
  {
    const c: County = '椒岭县';
    const first = person('男');
    const firstHome = distinct(() => `旷家坪村${pick(GROUPS)}${int(2, 60)}号`);
    const wife = person('女');
    const grandson = fresh(() => g.familyOf(first) + pick(BOYS));
    const son = kin(first, '男');
    const sonFlat = flat(c);
    const neighbour = person('女');
    const neighbourHome = distinct(() => `旷家坪村${pick(GROUPS)}${int(61, 99)}号`);
    const deputy = person('男');
    const secretary = person('男');
    const reporters = [person('女'), person('男')];
    add(
      [
        '旷家坪村城中村改造项目签约首日签约率过六成',
        `    ${date()}一早，城关镇旷家坪村城中村改造项目指挥部（旷家坪村村委会院内）门前就排起了长队。家住${firstHome}的${first}第一个签下了协议，“我这房子是八几年盖的土砖房，一下雨就漏，早盼着改了。”`,
        `    ${first}和老伴${wife}打算选一套两居室，“孙子${grandson}明年上小学，新小区旁边就是学校。”他的儿子${son}前年已在县城买了房（${sonFlat}），老两口过渡期间先去儿子家住。`,
        `    住在${neighbourHome}的${neighbour}则有些犹豫，她家的房子是2015年翻建的，担心评估价偏低。工作人员拿出评估报告逐项解释后，${neighbour}表示回家和家人商量。`,
        `    县委常委、副县长${deputy}，城关镇党委书记${secretary}到现场察看签约情况，要求做到政策公开、标准统一、阳光征收。（记者 ${reporters[0]} 通讯员 ${reporters[1]}）`,
      ].join('\n'),
      [P(first), A(firstHome), P(wife), P(grandson), P(son), A(sonFlat), P(neighbour), A(neighbourHome)],
      [deputy, secretary, ...reporters, '旷家坪村村委会院内'],
    );
  }

  // 8. 住房公积金 逾期贷款 催收 公告 in numbered lines: borrowers, IDs masked by the centre (decoys) but one printed in full, the
  //    mortgaged flats they live in (homes) and one 户籍地 in a village, a co-borrower wife; the centre's seat, the bank's
  //    branch, the 贷款科 contact and a masked ID as decoys.
  {
    const c: County = '濛溪县';
    const borrowers = [person('男'), person('女'), person('男'), person('男')];
    const coBorrower = person('女');
    const flats = [flat(c), room('康宁小区'), flat(c), distinct(() => `${c}青石铺镇玉珍街${int(10, 99)}号${int(1, 3)}栋${int(2, 6)}0${int(1, 2)}室`)];
    const hukou = rural(c, '青石铺镇', '贯家湾村');
    const fullId = g.idFor(c, int(1978, 1990));
    const masked = `${CODES[c].region}********${digits(3)}${pick(['1', '5', 'X'])}`;
    const masked2 = `${CODES[c].region.slice(0, 4)}**********${digits(4)}`;
    const contact = person('男');
    const seat = office(c);
    const bank = '濛溪农村商业银行城关支行';
    add(
      [
        '濛溪县住房公积金管理中心关于催收逾期个人住房公积金贷款的公告',
        '    下列借款人的个人住房公积金贷款已连续逾期六期以上，经本中心及受托银行多次电话、上门催收仍未还款，且无法联系。现予公告催收，请借款人自公告之日起十五日内到受托银行归还逾期本息，逾期不还的，本中心将依法处置抵押房产。',
        `1．借款人${borrowers[0]}，身份证号码${masked}，抵押房屋坐落：${flats[0]}，逾期${int(6, 14)}期，逾期本息${money(12000, 48000)}元。`,
        `2．借款人${borrowers[1]}，共同借款人${coBorrower}（配偶），身份证号码${masked2}，抵押房屋坐落：${flats[1]}，逾期${int(6, 14)}期，逾期本息${money(12000, 48000)}元。`,
        `3．借款人${borrowers[2]}，身份证号码${fullId}，户籍地${hukou}，抵押房屋坐落：${flats[2]}，逾期${int(6, 14)}期，逾期本息${money(12000, 48000)}元。`,
        `4．借款人${borrowers[3]}，抵押房屋坐落：${flats[3]}，逾期${int(6, 14)}期，逾期本息${money(12000, 48000)}元。`,
        `    受托银行：${bank}。联系地址：${seat}，联系人：贷款科${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...borrowers.map(P), P(coBorrower), ...flats.map(A), A(hukou), I(fullId)],
      [masked, masked2, bank, seat, contact, '濛溪县住房公积金管理中心'],
    );
  }

  // 9. 共有产权住房 申购家庭 资格审核 公示 in numbered lines with full-width spaces (`申请人：X　共同申请人：Y（配偶）、Z（子）　
  //    户籍地址：…　现居住地址：…`): the applicants and their family as persons, the registered home (rural or a street door)
  //    and the rented flat as homes; a family refused named again; the project (`朗月湾`, 朗 a surname of the pool), its
  //    developer, the 住建局's seat and the 联系人 as decoys.
  {
    const c: County = '滢阳县';
    const families = [0, 1, 2].map((k) => {
      const headSex: Sex = k === 1 ? '女' : '男';
      const head = person(headSex);
      const spouse = person(headSex === '男' ? '女' : '男');
      const father = headSex === '男' ? head : spouse;
      const childSex: Sex = chance(0.5) ? '男' : '女';
      const child = k === 2 ? '' : fresh(() => g.familyOf(father) + pick(childSex === '男' ? BOYS : GIRLS));
      // The second family is registered where it lives (`同现居住地址`, no second home).
      const hukou = k === 0 ? rural(c, pick(['龙潭乡', '枫树坪乡']), pick(['福来村', '杨柳湾村', '茶园村'])) : k === 2 ? distinct(() => `${c}${pick(STREETS)}${int(3, 199)}号`) : '';
      const now = flat(c);
      return { head, spouse, child, childSex, hukou, now };
    });
    const refused = person('男');
    const contact = person('女');
    const seat = office(c);
    const project = '滢阳县朗月湾共有产权住房项目';
    const dev = '滢阳县城投置业有限公司';
    const members = (f: (typeof families)[number]): string => {
      const xs = [`${f.spouse}（配偶）`, f.child ? `${f.child}（${f.childSex === '男' ? '子' : '女'}）` : ''].filter((x) => x);
      return xs.join('、');
    };
    add(
      [
        `${project}申购家庭资格审核结果公示（第一批）`,
        `    ${project}由${dev}建设，共有产权住房${int(180, 320)}套。经申请家庭网上申报、街道（乡镇）初审、县住房和城乡建设局复审，以下申购家庭符合申购条件，现予公示：`,
        ...families.map((f, k) => `${k + 1}．申请人：${f.head}　共同申请人：${members(f)}　户籍地址：${f.hukou || '同现居住地址'}　现居住地址：${f.now}`),
        `    申请人${refused}因家庭名下已有住房登记，不符合申购条件，未通过复审。`,
        `    公示期10个工作日。对公示家庭有异议的，可实名向县住房和城乡建设局住房保障股反映（地址：${seat}，联系人：${contact}，电话：${landline(c)}）。`,
      ].join('\n'),
      [
        ...families.flatMap((f) => [f.head, f.spouse, f.child].filter((x) => x).map(P)),
        ...families.flatMap((f) => (f.hukou ? [A(f.hukou), A(f.now)] : [A(f.now)])),
        P(refused),
      ],
      [project, dev, seat, contact, '住房保障股'],
    );
  }

  // 10. A 征收 分户评估报告 公告送达 copied from a PDF: hard-wrapped at 28–34 characters (a break may fall inside a name, an ID,
  //     a mobile or an address: each labelled as printed). Two owners who cannot be reached, one with his ID, his registered
  //     home and the house taken (his home), the mobile he left, the co-owner his sister; the other with her house; the
  //     appraisal firm, its two 注册房地产估价师, the 征收办's seat and its 联系人 as decoys.
  {
    const c: County = '渫川县';
    const owner = person('男');
    const id = g.idFor(c, int(1960, 1975));
    const hukou = rural(c, '白沙镇', '贯家湾村');
    const house = distinct(() => `${c}城关镇盐码头街${int(100, 160)}号`);
    const phone = mobile();
    const sister = kin(owner, '女');
    const owner2 = person('女');
    const house2 = distinct(() => `${c}城关镇书院巷${int(100, 160)}号附${int(1, 3)}号`);
    const appraisers = [person('男'), person('女')];
    const contact = person('男');
    const seat = office(c);
    const firm = '渫川县恒信房地产土地评估有限公司';
    const paras = [
      '渫川县国有土地上房屋征收办公室',
      '公　告',
      `渫征公告〔2025〕${int(3, 19)}号`,
      `被征收人${owner}（公民身份号码${id}，户籍地址${hukou}）、${owner2}：`,
      `    县人民政府作出的东门片区房屋征收决定已于2025年公告。${firm}已完成你们被征收房屋的分户评估，其中${owner}与其妹${sister}共有的房屋坐落于${house}，${owner2}的房屋坐落于${house2}。`,
      `    因无法直接送达，${owner}预留的联系电话${phone}多次拨打无人接听，现依法公告送达分户评估报告（注册房地产估价师：${appraisers[0]}、${appraisers[1]}）。自公告之日起经过三十日即视为送达。对评估结果有异议的，可在送达之日起十日内向${firm}申请复核评估。`,
      `    地址：${seat}，联系人：${contact}，电话：${landline(c)}。`,
      `${date()}`,
    ];
    // Where a paragraph holds a name, a number or a home, a break inside one is preferred.
    const spans = [owner, owner2, sister, id, hukou, house, house2, phone];
    const text = wrapLikePdf(paras, spans, 28, 34, int);
    const labels = labelsAsPrinted(text, [
      ['person_name', owner], ['person_name', owner2], ['person_name', sister], ['address', hukou], ['address', house],
      ['address', house2], ['id_card', id], ['mobile', phone],
    ]);
    const decoys = decoysAsPrinted(text, [...appraisers, contact, seat, firm]);
    add(text, labels, decoys);
  }
}
