/**
 * Held-out slice 37: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, all from 农业农村/林业/水利 work and **weighted towards names** — a village
 * 林长公示牌 (林长, 联络员 and 监管员 acting in office, 护林员 with their mobiles), a 村级管水员 聘用 公示 in numbered lines, a
 * 农民用水户协会 换届选举 结果公告 (elected officers in `、` enumerations), a 水土保持 水行政处罚决定书 on one person, a 古树名木
 * 认养 结果 公示 as a ` | ` table, a 食用农产品 监督抽检 不合格 通报 as a tab table, a “土专家”“田秀才” 拟认定 公示 in a Miao
 * county, a 测土配方 news item in running prose, a 小型水库/山塘 安全管理责任人 公示 (three responsible persons per dam: the
 * 行政/技术 ones officials, the 巡查 one a hired villager) and a traditional-script mirror of a 水务局长信箱 letter on an
 * irrigation ditch with its reply. As much for precision as for recall.
 * Its own seed and pools: about four in five names a common surname with an ordinary given name of real-life frequency,
 * the rest a rare surname of pinyin G–L no earlier slice draws (郜, 耿, 蔺, 逯), the compound 哥舒, or a given name that is
 * an ordinary word of the fields (满仓, 秋实, 谷雨, 青山); Miao families in 沅峒县; counties 澧川县, 漳坪县, 沅峒县, villages
 * 建华村 and 永福村 that read like names, 郜家堰村 and 逯家河村 carrying surnames of the pool, streets 建华路 and 秀英街 in
 * bodies' addresses, a pond 秀英塘, shops and brands named like people (耿记油坊, 史丹利) as decoys.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '郜耿蔺逯';
const COMPOUND = ['哥舒'];
// Farmers and villagers of working age: ordinary given names in about the proportion people bear them, a few words at the end.
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '红兵', '卫东', '志刚', '建平', '刚', '涛', '德胜', '永红', '斌', '文明',
  '春生', '国平', '小兵', '满仓', '青山', '秋实',
];
const FEMALE = [
  '丽娟', '海燕', '红霞', '春梅', '秀英', '桂英', '玉兰', '丽', '娟', '芳', '霞', '丽萍', '小红', '雪梅', '艳', '凤英', '彩霞', '红梅', '菊香',
  '谷雨', '春燕',
];
// 沅峒县: Miao families (龙, 吴, 石, 麻, 杨, 滕) with names of the place.
const MIAO_MEN = ['龙德文', '吴通贤', '石光荣', '麻老四', '滕金保', '龙正和', '石玉成'];
const MIAO_WOMEN = ['石玉莲', '龙金花', '麻秀芝', '吴银翠', '滕桂香', '杨二妹'];

const CODES = {
  澧川县: { tel: '0736', region: '430724' },
  漳坪县: { tel: '0915', region: '610926' },
  沅峒县: { tel: '0856', region: '522229' },
};
type County = keyof typeof CODES;
const TOWNS = ['龙泉镇', '双溪镇', '白沙乡', '高桥乡'];
// 建华村 and 永福村 read like given names; 郜家堰村 and 逯家河村 carry surnames of the pool.
const VILLAGES = ['建华村', '永福村', '郜家堰村', '逯家河村', '青山村', '大田坝村', '柳树湾村', '石门坎村'];
const GROUPS = ['堰塘组', '坝上组', '新屋组', '一组', '三组', '五组', '七组'];
// 建华 and 秀英 read like given names of the pool: bodies' addresses (decoys) carry them.
const STREETS = ['建华路', '秀英街', '丰收大道', '水利路'];
const ESTATES = ['润泽园', '禾丰小区', '清水湾', '康宁苑'];

// Traditional forms for the mirror (characters of its text that blind.ts's table may lack).
const TRAD: Record<string, string> = {
  国: '國', 华: '華', 强: '強', 军: '軍', 刚: '剛', 涛: '濤', 东: '東', 红: '紅', 兵: '兵', 卫: '衛', 胜: '勝', 凤: '鳳', 兰: '蘭',
  丽: '麗', 娟: '娟', 霞: '霞', 艳: '艷', 萍: '萍', 梅: '梅', 满: '滿', 仓: '倉', 实: '實', 春: '春', 燕: '燕', 岁: '歲', 龙: '龍',
  陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 刘: '劉', 张: '張', 孙: '孫', 马: '馬', 郑: '鄭', 罗: '羅', 谢: '謝', 韩: '韓',
  冯: '馮', 邓: '鄧', 叶: '葉', 苏: '蘇', 吕: '呂', 钟: '鍾', 谭: '譚', 陆: '陸', 贾: '賈', 韦: '韋', 邹: '鄒', 闫: '閆', 贺: '賀',
  顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 许: '許', 蒋: '蔣', 卢: '盧', 肖: '蕭', 沈: '沈', 姜: '姜', 蔺: '藺',
  郜: '郜', 耿: '耿', 逯: '逯', 哥: '哥', 舒: '舒', 县: '縣', 镇: '鎮', 乡: '鄉', 组: '組', 号: '號', 泉: '泉', 门: '門', 坎: '坎',
  树: '樹', 湾: '灣', 坝: '壩', 屋: '屋', 桥: '橋', 沙: '沙', 双: '雙', 溪: '溪', 澧: '澧', 川: '川', 漳: '漳', 坪: '坪', 家: '家',
  堰: '堰', 塘: '塘', 河: '河', 业: '業', 条: '條', 顺: '順', 贵: '貴', 英: '英', 兴: '興', 文: '文', 明: '明', 生: '生', 荣: '榮',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice37(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(37_2026_1202);
  const { pick, int } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.03,
    rareChance: 0.16,
    male: MALE,
    female: FEMALE,
    codes: CODES,
    towns: TOWNS,
    villages: VILLAGES,
    groups: GROUPS,
    streets: STREETS,
    estates: ESTATES,
  });
  const { fresh, person, kin, landline, office, distinct, rural, flat, idFor } = g;
  const add = recorder('holdout37', addRecord);
  const miao = (sex: Sex): string => fresh(() => pick(sex === '男' ? MIAO_MEN : MIAO_WOMEN));
  const mobile = (): string => `1${pick(['36', '39', '51', '57', '82', '87', '98', '99'])}${r.digits(8)}`;
  /** A village home as lists without the county print it: town + village + group + door. */
  const villageDoor = (town = pick(TOWNS), village = pick(VILLAGES)): string =>
    distinct(() => `${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const year = (lo: number, hi: number): number => int(lo, hi);

  // 1. A village 林长公示牌: the 林长 and 副林长 (村 officials named with their posts), the town's 联络员 and the 监管员 act in
  //    office (decoys); the 护林员 are hired villagers, each with a mobile; one patrol note names a villager stopped burning
  //    weeds. The village reads like a name, the 林长办's 监督电话 is the body's.
  {
    const c: County = '澧川县';
    const chief = person('男');
    const vice = person('女');
    const liaison = person('男');
    const supervisor = person('男');
    const rangers = [person('男'), person('男'), person('女')];
    const mobiles = [mobile(), mobile()];
    const burner = person('男');
    const tel = landline(c);
    add(
      [
        '澧川县龙泉镇永福村村级林长公示牌',
        `公示牌编号：LZ-0724-${int(100, 399)}`,
        `村级林长：${chief}（永福村党支部书记、村委会主任）`,
        `村级副林长：${vice}（永福村村委会副主任）`,
        `镇级联络员：${liaison}（龙泉镇林业站站长）`,
        `基层监管员：${supervisor}（龙泉镇农业综合服务中心）`,
        `护林员：${rangers[0]}（${mobiles[0]}）、${rangers[1]}（${mobiles[1]}）、${rangers[2]}`,
        `责任区域：永福村全域，林地面积${int(3000, 6000)}亩，其中生态公益林${int(1000, 2500)}亩、天然商品林${int(500, 1500)}亩。`,
        '林长职责：组织开展森林防火、松材线虫病防控和林地巡护，制止乱砍滥伐、毁林开垦、违规用火等行为，协调解决责任区内森林资源保护发展问题。',
        `巡护记录摘要：3月${int(2, 20)}日，护林员${rangers[0]}巡山时发现村民${burner}在自家茶园边烧田埂杂草，当场劝阻并协助扑灭余火；${burner}已签订《野外用火承诺书》。`,
        `监督电话：${tel}（澧川县林长制工作办公室）`,
        '澧川县林长制工作办公室　龙泉镇人民政府　监制',
      ].join('\n'),
      [...rangers.map(P), ...mobiles.map(M), P(burner)],
      [chief, vice, liaison, supervisor, tel, '永福村党支部书记', '龙泉镇林业站站长', '澧川县林长制工作办公室', '永福村全域'],
    );
  }

  // 2. 村级管水员 聘用 公示 in numbered lines (`1. X，男，1968年4月生，住…组…号，负责…`): each appointee with his village home,
  //    one replacing his father who aged out (the father named, `由其子X接任`); the 供水管理站's 联系人 and its seat on 建华路,
  //    the water stations named after villages as decoys.
  {
    const c: County = '漳坪县';
    const sexes: Sex[] = ['男', '男', '女', '男', '男', '女', '男'];
    const men = sexes.map((s) => person(s));
    const homes = men.map((_, k) => villageDoor(TOWNS[k % 4], VILLAGES[(k + 2) % VILLAGES.length]));
    const father = kin(men[4], '男');
    const contact = person('女');
    const seat = office(c);
    const stations = ['郜家堰村集中供水站', '逯家河村提灌站', '青山村供水点', '大田坝村集中供水站', '柳树湾村供水点', '石门坎村蓄水池', '建华村集中供水站'];
    add(
      [
        '漳坪县水利局关于2026年度村级管水员拟聘用人员的公示',
        '    根据《漳坪县农村供水工程运行管护办法》，经村民委员会推荐、乡镇人民政府审核、县水利局组织业务培训和考核，拟聘用以下7人为2026年度村级管水员，现予公示：',
        ...men.map((m, k) => {
          const note = k === 4 ? `（原管水员${father}因年满65周岁不再续聘，由其子${m}接任）` : '';
          return `${k + 1}. ${m}，${sexes[k]}，${year(1966, 1990)}年${int(1, 12)}月生，${pick(['初中', '高中', '中专'])}文化，住${homes[k]}，负责${stations[k]}${note}；`;
        }),
        '    公示期为2026年1月5日至1月11日。对公示人员有异议的，请以书面形式署真实姓名向县水利局反映。',
        `    联系人：${contact}（县农村供水管理站），电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...men.map(P), ...homes.map(A), P(father)],
      [contact, seat, ...stations, '县农村供水管理站'],
    );
  }

  // 3. 农民用水户协会 换届选举 结果公告: the elected officers one per role line and in `、` enumerations with `（女）`, the outgoing
  //    chairman thanked in prose and the new one named again; the 水利局 副局长 and the 副乡长 present act in office (decoys),
  //    the association's seat at the 水利站.
  {
    const c: County = '澧川县';
    const head = person('男');
    const vices = [person('男'), person('女')];
    const members = [person('男'), person('男'), person('男'), person('女'), person('男')];
    const board = person('男');
    const watchers = [person('男'), person('女')];
    const outgoing = person('男');
    const official = person('男');
    const official2 = person('女');
    const seat = office(c);
    add(
      [
        '澧川县高桥灌区农民用水户协会第三届会员代表大会选举结果公告',
        `    2026年1月${int(8, 18)}日，协会在高桥乡水利站会议室召开第三届会员代表大会，应到会员代表${int(60, 70)}名，实到${int(50, 59)}名，县水利局副局长${official}、高桥乡副乡长${official2}到会指导。会议审议通过了第二届执行委员会工作报告和协会章程修正案，以无记名投票方式选举产生了新一届领导机构：`,
        `    会长：${head}`,
        `    副会长：${vices[0]}、${vices[1]}（女）`,
        `    执行委员：${members[0]}、${members[1]}、${members[2]}、${members[3]}（女）、${members[4]}`,
        `    监事会主任：${board}；监事：${watchers[0]}、${watchers[1]}（女）。`,
        `    原会长${outgoing}因年龄原因不再连任。大会对${outgoing}任职九年间带领会员清淤斗渠${int(20, 40)}公里、建成量水堰${int(10, 30)}座表示感谢。会后，新任会长${head}与各用水小组组长签订了渠系管护责任书。`,
        `    特此公告。协会地址：高桥乡水利站（${seat}），联系电话：${landline(c)}。`,
      ].join('\n'),
      [P(head), ...vices.map(P), ...members.map(P), P(board), ...watchers.map(P), P(outgoing)],
      [official, official2, seat, '高桥乡水利站', '县水利局副局长', '高桥乡副乡长'],
    );
  }

  // 4. 水土保持 水行政处罚决定书 on one man: label fields on their own lines (`当事人：`, `公民身份号码：`, `住址：`), the site of the
  //    digging by its 小地名 (no home), the buyer a 砂石经营部 named like a person and its 经营者 (a person), the wife and a
  //    witness questioned, the 执法人员 in prose and the bureau's seat as decoys.
  {
    const c: County = '澧川县';
    const party = person('男');
    const id = idFor(c, year(1965, 1980));
    const home = rural(c, '双溪镇', '逯家河村');
    const wifeName = fresh(() => pick([...COMMON]) + pick(FEMALE));
    const buyer = person('男');
    const witness = person('男');
    const witnessHome = villageDoor('双溪镇', '逯家河村');
    const officers = [person('男'), person('男')];
    const seat = office(c);
    const shop = '双溪镇永强砂石经营部';
    add(
      [
        '澧川县水利局',
        '水行政处罚决定书',
        `澧水罚决〔2026〕${int(2, 19)}号`,
        `当事人：${party}`,
        '性别：男',
        `公民身份号码：${id}`,
        `住址：${home}`,
        `    经查，2025年${int(3, 5)}月至${int(7, 9)}月，你未编报水土保持方案，在双溪镇逯家河村老鹰岩（小地名）坡度约${int(26, 35)}度的荒坡上擅自开挖取土约${int(1200, 3000)}立方米，所取土方出售给${shop}（经营者${buyer}），造成地表植被破坏面积约${int(800, 2000)}平方米，水土流失危害明显。`,
        `    上述事实，有现场勘验笔录、对你及你妻子${wifeName}的询问笔录、证人${witness}（住${witnessHome}）的证言、无人机航拍照片等证据证实。本局执法人员${officers[0]}、${officers[1]}于2025年${int(9, 10)}月${int(1, 28)}日向你送达了《责令停止水事违法行为通知书》，你已停止取土。`,
        `    你在陈述申辩中称取土系为平整自家茶园，本局经复核认为，${party}取土面积超出其承包地范围且有出售行为，申辩理由不能成立。`,
        '    依据《中华人民共和国水土保持法》第五十五条的规定，本局决定：责令你于2026年3月31日前在取土坡面采取削坡、挡墙和植被恢复等补救措施，并处罚款人民币捌千元整。',
        `    罚款自收到本决定书之日起十五日内缴至指定银行。如不服本决定，可在收到本决定书之日起六十日内向澧川县人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。`,
        `澧川县水利局（地址：${seat}）`,
        `2026年1月${int(5, 25)}日`,
      ].join('\n'),
      [P(party), I(id), A(home), P(buyer), P(wifeName), P(witness), A(witnessHome)],
      [...officers, seat, shop, '老鹰岩', '澧川县人民政府'],
    );
  }

  // 5. 古树名木 认养 结果 公示 as a ` | ` table (`古树编号 | 树种 | 树龄 | 生长位置 | 认养人 | 认养期限`): persons, a couple, a son
  //    adopting for his father, a 油坊 named after its owner with the owner in brackets, a company; trees standing by ancestral
  //    halls and schools (no homes), one adopter's flat in the note; the 林业局's 股 and 联系人 as decoys.
  {
    const c: County = '漳坪县';
    const x1 = person('男');
    const owner = fresh(() => '耿' + pick(MALE));
    const couple = [person('男'), person('女')];
    const coupleHome = rural(c, '白沙乡', '建华村');
    const x5 = person('女');
    const son = person('男');
    const fatherOf = kin(son, '男');
    const x8 = person('男');
    const x8Home = flat(c);
    const contact = person('男');
    const spots = ['白沙乡建华村老祠堂前', '龙泉镇青山村水口', '双溪镇郜家堰村小学旁', '高桥乡柳树湾村古渡口', '白沙乡石门坎村观音庙后', '龙泉镇大田坝村晒谷坪', '高桥乡永福村老井边'];
    const trees = ['银杏', '枫香', '黄连木', '香樟', '皂荚', '桂花', '朴树'];
    const adopters = [x1, `耿记油坊（业主：${owner}）`, `${couple[0]}、${couple[1]}（夫妻）`, '漳坪县建华农资有限公司', x5, `${son}（代其父${fatherOf}认养）`, x8];
    add(
      [
        '漳坪县林业局关于2025年度古树名木认养结果的公示',
        '    为动员社会力量参与古树名木保护，我局于2025年9月发布了古树名木认养目录。经自愿申请、实地查看和协商，现将认养结果公示如下：',
        '古树编号 | 树种 | 树龄（年） | 生长位置 | 认养人 | 认养期限',
        ...adopters.map((a, k) => `61092600${int(100, 999)} | ${trees[k]} | ${int(110, 620)} | ${spots[k]} | ${a} | ${pick(['1年', '3年', '5年'])}`),
        `    说明：认养人${x1}系建华村在外经商人员，认养费全部用于该树的白蚁防治和支撑加固；${x8}现住${x8Home}，为县城退休教师，另自愿承担每月一次的树体巡查；${couple[0]}、${couple[1]}夫妇家住${coupleHome}，与所认养香樟相距不足百米。`,
        `    公示期5个工作日。联系人：${contact}（县林业局古树名木保护股），电话：${landline(c)}。`,
      ].join('\n'),
      [P(x1), P(owner), ...couple.map(P), P(x5), P(son), P(fatherOf), P(x8), A(x8Home), A(coupleHome)],
      [contact, ...spots, '耿记油坊', '漳坪县建华农资有限公司', '古树名木保护股'],
    );
  }

  // 6. 食用农产品 监督抽检 不合格 通报 as a tab table (`序号 受检主体 抽样地点 样品名称 不合格项目 处理情况`): a grower, a 合作社 with
  //    its 负责人 (a person), a market stall holder, a 蔬菜批发部 named after a surname; the tracing in prose names the grower
  //    supplying the stall (with his village group home) and the 农资店's 经营者; the 检测站's staff, brands and places as decoys.
  {
    const c: County = '澧川县';
    const grower = person('男');
    const coopHead = person('男');
    const stall = person('女');
    const supplier = person('男');
    const supplierHome = villageDoor('高桥乡', '大田坝村');
    const dealer = person('男');
    const testers = [person('女'), person('男')];
    const passed = int(180, 260);
    const rows = [
      `1\t${grower}（种植户）\t双溪镇永福村蔬菜基地\t豇豆\t噻虫胺\t已立案查处`,
      `2\t澧川县大田坝蔬菜专业合作社（负责人：${coopHead}）\t高桥乡大田坝村种植基地\t芹菜\t毒死蜱\t已立案查处`,
      `3\t${stall}\t龙泉镇农贸市场B-12号摊位\t韭菜\t腐霉利\t责令召回，已下架销毁`,
      '4\t郜记蔬菜批发部\t县城丰收大道蔬菜批发市场\t普通白菜\t氧乐果\t移送县市场监管局',
    ];
    add(
      [
        '澧川县农业农村局关于2025年第三季度食用农产品质量安全监督抽检结果的通报',
        `    2025年第三季度，我局对全县生产基地、农贸市场和批发市场的蔬菜、水果、畜禽产品开展监督抽检，共抽检${passed + 4}批次，合格${passed}批次，不合格4批次。不合格产品信息如下：`,
        '序号\t受检主体\t抽样地点\t样品名称\t不合格项目\t处理情况',
        ...rows,
        `    经追溯，${stall}所售韭菜购自高桥乡大田坝村种植户${supplier}（住${supplierHome}），县农业综合行政执法大队已对${supplier}的韭菜地开展延伸抽检。${grower}在豇豆上使用的农药系从龙泉镇“丰收农资店”（经营者${dealer}）购进，该店另售有“史丹利”复合肥等商品，执法大队已对其进货台账一并检查。`,
        `    本次抽检由县农产品质量安全检验检测站承担，检测人员${testers[0]}、${testers[1]}。请各乡镇高度重视，督促种植户严格执行农药安全间隔期。`,
      ].join('\n'),
      [P(grower), P(coopHead), P(stall), P(supplier), A(supplierHome), P(dealer)],
      [...testers, '郜记蔬菜批发部', '丰收农资店', '“史丹利”', '双溪镇永福村蔬菜基地', '龙泉镇农贸市场B-12号摊位', '县农产品质量安全检验检测站', '高度重视'],
    );
  }

  // 7. “土专家”“田秀才” 拟认定 公示 in a Miao county: names enumerated by category with `、`, brackets `（女）`, `（苗族）`,
  //    `（女，苗族）`, one with her village and group (an address), two named again in prose; the 评审组 led by the 农技推广中心主任
  //    and the 股's 联系人 as decoys.
  {
    const c: County = '沅峒县';
    const sp = [person('男'), person('女'), miao('男'), person('男'), miao('女')];
    const br = [miao('男'), person('男'), miao('女'), person('男')];
    const pr = [person('男'), person('女'), miao('男')];
    const xs = [person('男'), miao('女'), person('男'), person('女'), person('男'), miao('男')];
    const spHome = distinct(() => `${pick(['岩落寨镇', '苗坳乡'])}${pick(['夯坨村', '排沙村', '报岩村'])}${int(1, 9)}组`);
    const xsHome = distinct(() => `${pick(['苗坳乡', '岩落寨镇'])}${pick(['高岩村', '科岭村'])}${int(1, 9)}组${int(3, 60)}号`);
    const lead = person('男');
    const contact = person('女');
    add(
      [
        '沅峒县2025年度“土专家”“田秀才”拟认定人选公示',
        `    为培育一批扎根乡村、带动群众增收的乡土人才，经个人申报、乡镇推荐、县农业农村局组织评审组（组长：县农技推广中心主任${lead}）实地考评，拟认定以下18名同志为2025年度“土专家”“田秀才”，现予公示：`,
        '    一、“土专家”（12名）',
        `    种植类：${sp[0]}、${sp[1]}（女）、${sp[2]}（苗族）、${sp[3]}、${sp[4]}（女，苗族）`,
        `    养殖类：${br[0]}（苗族）、${br[1]}、${br[2]}（女，苗族）、${br[3]}`,
        `    加工类：${pr[0]}、${pr[1]}（女）、${pr[2]}（苗族）`,
        `    二、“田秀才”（6名）：${xs[0]}、${xs[1]}（女，苗族）、${xs[2]}、${xs[3]}（女）、${xs[4]}、${xs[5]}（苗族）`,
        `    其中，${sp[1]}（${spHome}）种植猕猴桃二十余年，带动周边农户${int(40, 90)}户；${br[0]}摸索出黄牛“冬季舍饲、夏秋放养”的办法，被村民称为“牛专家”；“田秀才”${xs[0]}家住${xsHome}，返乡后办起了稻鱼共生示范田。`,
        `    公示期间，如有异议，请向县农业农村局科技教育股反映。联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...sp.map(P), ...br.map(P), ...pr.map(P), ...xs.map(P), A(spHome), A(xsHome)],
      [lead, contact, '县农技推广中心主任', '科技教育股', '牛专家'],
    );
  }

  // 8. 测土配方 news in running prose: a grain grower in his field, his wife reckoning, a neighbour group's grower and his son, an
  //    old party member `家住…村…组的X` (the village group labelled an address); the reporter and correspondent in brackets, the
  //    高级农艺师 and the 局长 named with their posts, the 中心, a fertiliser brand and 袁隆平 as decoys.
  {
    const c: County = '澧川县';
    const reporters = [person('女'), person('男')];
    const grower = person('男');
    const wifeName = fresh(() => pick([...COMMON]) + pick(FEMALE));
    const neighbour = person('男');
    const nSon = kin(neighbour, '男');
    const elder = person('男');
    const elderHome = '高桥乡逯家河村五组';
    const agronomist = person('男');
    const chief = person('男');
    add(
      [
        '澧川：农技员进村给麦田“把脉开方”',
        `    本报讯（记者 ${reporters[0]} 通讯员 ${reporters[1]}）“这块地速效钾偏低，今年底肥要换成高钾配方肥。”11月${int(3, 20)}日，在高桥乡逯家河村种粮户${grower}的麦田边，县农技推广中心高级农艺师${agronomist}蹲下身子，捧起一把刚取的土样说。`,
        `    ${grower}今年流转了本组和邻组的土地${int(120, 260)}亩种小麦。“去年按配方卡施肥，亩产多了一百来斤，肥料钱还省了。”${grower}说。妻子${wifeName}在一旁算起了账：每亩少用尿素十来斤，光这一项就省下四千多元。`,
        `    在隔壁的三组，种植户${neighbour}正和儿子${nSon}一起往地里撒肥。${neighbour}告诉记者，以前买肥看广告、听推销，“金正大”“史丹利”轮着换，现在拿着配方卡去农资店，缺啥补啥。`,
        `    家住${elderHome}的老党员${elder}今年七十二岁，种了一辈子地。他说，当年听袁隆平的报告时就记住了“良种还要良法配”，如今县里把化验结果送到了田坎上。`,
        `    据了解，今年以来县农技推广中心共采集土样${int(800, 1500)}个，发放测土配方施肥建议卡${int(2, 4)}万余份。县农业农村局局长${chief}表示，明年将把测土配方服务延伸到全部种粮大户和家庭农场。`,
      ].join('\n'),
      [P(grower), P(wifeName), P(neighbour), P(nSon), P(elder), A(elderHome)],
      [...reporters, agronomist, chief, '县农技推广中心', '“金正大”', '“史丹利”', '袁隆平', '高桥乡逯家河村种粮户'],
    );
  }

  // 9. 小型水库/山塘 安全管理责任人 公示 aligned with spaces: per dam the 行政责任人 (a 副乡长/副镇长, repeated on several rows) and
  //    the 技术责任人 (the 水利站's staff) act in office, the 巡查责任人 is a hired villager with a mobile; a note names a ranger
  //    replaced by his brother; ponds named like people (秀英塘) and the 运行管理股's 监督电话 as decoys.
  {
    const c: County = '漳坪县';
    const admins = [person('男'), person('女')];
    const techs = [person('男'), person('男')];
    const patrol = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const phones = patrol.map(() => mobile());
    const brother = kin(patrol[3], '男');
    const brotherPhone = mobile();
    const brotherHome = villageDoor('双溪镇', '石门坎村');
    const dams = ['月亮湾水库', '秀英塘', '郜家堰山塘', '大坝冲水库', '青山塘'];
    const towns = ['白沙乡', '白沙乡', '双溪镇', '双溪镇', '龙泉镇'];
    const tel = landline(c);
    const line = (k: number): string => {
      const a = k < 2 ? `${admins[0]}（副乡长）` : `${admins[1]}（副镇长）`;
      const t = k < 2 ? `${techs[0]}（乡水利站）` : `${techs[1]}（镇水利站）`;
      return col(`${k + 1}`, 6) + col(dams[k], 14) + col(towns[k], 10) + col(a, 22) + col(t, 22) + col(patrol[k], 10) + phones[k];
    };
    add(
      [
        '漳坪县2026年度小型水库及重点山塘安全管理责任人名单公示',
        '    根据《小型水库安全管理办法》要求，现将我县小型水库及重点山塘行政、技术、巡查责任人名单公示如下，接受社会监督：',
        col('序号', 6) + col('水库（山塘）名称', 14) + col('所在乡镇', 10) + col('行政责任人', 22) + col('技术责任人', 22) + col('巡查责任人', 10) + '联系电话',
        ...dams.map((_, k) => line(k)),
        `    注：大坝冲水库巡查责任人${patrol[3]}因外出务工，汛期由其弟${brother}（住${brotherHome}）代为巡查（${brotherPhone}）；${patrol[0]}已连续三年担任月亮湾水库巡查员。`,
        `    监督举报电话：${tel}（县水利局运行管理股）`,
      ].join('\n'),
      [...patrol.map(P), ...phones.map(M), P(brother), M(brotherPhone), A(brotherHome)],
      [...admins, ...techs, ...dams, tel, '县水利局运行管理股'],
    );
  }

  // 10. A traditional-script mirror of a 水务局长信箱 letter and its reply: `留言人：`, `我是…鎮的村民X，家住…號`, the upstream
  //     neighbour who dammed the ditch and his late father, two neighbours downstream, a mobile; the reply `X您好！` naming the
  //     neighbour again, the 水利站站長, the 村委會主任 and the 經辦人 as decoys, 李冰 (of 都江堰) as a decoy.
  {
    const writer = person('男');
    const home = distinct(() => `澧川縣龍泉鎮青山村三組${int(2, 80)}號`);
    const upstream = person('男');
    const upFather = kin(upstream, '男');
    const downs = [person('女'), person('男')];
    const phone = mobile();
    const station = person('男');
    const head = person('男');
    const clerk = person('女');
    const [tw, tu, tf, td0, td1, ts, th, tc] = [writer, upstream, upFather, downs[0], downs[1], station, head, clerk].map(trad);
    add(
      [
        '標題：渠道被人築壩攔水，我家稻田放不上水',
        `留言人：${tw}　　留言時間：2025-07-${int(10, 20)}　　辦理狀態：已辦結`,
        `    局長您好！我是龍泉鎮的村民${tw}，家住${home}。今年六月起，同組村民${tu}在流經他家門口的斗渠上私自用石頭和編織袋築壩攔水灌他的藕塘，導致下游我家和鄰居${td0}、${td1}家的四畝多稻田放不上水，秧苗已開始發黃。我們多次找${tu}協商，他說這道壩是他父親${tf}在世時就修的，不肯拆。都說李冰修都江堰是為了大家，這條渠也是全組人出工挖的，請政府幫忙解決。聯繫電話：${phone}`,
        `答覆單位：澧川縣水務局　　答覆時間：2025-07-${int(22, 28)}`,
        `    ${tw}您好！收到您的留言後，我局立即轉龍泉鎮辦理。7月${int(21, 23)}日，龍泉鎮水利站站長${ts}與青山村村委會主任${th}到現場查看，確認該攔水壩位於集體斗渠上，未經批准。經調解，${tu}已於當日自行拆除攔水壩，您和${td0}、${td1}家的稻田已恢復灌溉。今後灌溉期間由村用水小組統一排水輪灌。感謝您對水利工作的關心和支持！`,
        `    經辦人：${tc}　　聯繫電話：${landline('澧川县')}`,
      ].join('\n'),
      [P(tw), A(home), P(tu), P(tf), P(td0), P(td1), M(phone)],
      [ts, th, tc, '李冰', '龍泉鎮水利站站長', '澧川縣水務局'],
    );
  }
}
