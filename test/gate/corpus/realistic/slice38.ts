/**
 * Held-out slice 38: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, all from 市场监管 and 税务 work on small traders — a 食品安全监督抽检 不合格
 * 核查处置 公示 as a ` | ` table (stall holders), 12315 消费纠纷调解 典型案例 in running prose, a 价格违法 (未明码标价)
 * 行政处罚决定书 on a 个体工商户, a 商标侵权 处罚结果 tab table, a 网络交易 专项整治 news item (微商, 主播), a 重大税收违法失信
 * 主体 信息公布 in field blocks, a 农贸市场 诚信经营示范户 表彰 with an enumeration and a numbered list, a 税务 责令限期改正
 * 公告送达 to 个体业主 in numbered lines, a 集贸市场 作弊秤 news item, and a traditional-script mirror of a 消费投诉
 * 处理结果告知书. Weighted towards NAMES (about 100 mentions) and as much for precision as recall: shops and firms named
 * after people (张记面馆, 建华五金店) and brands are decoys.
 * Its own seed and pools: about four in five names a common surname with an ordinary given name of real-life frequency,
 * the rest a rare surname of pinyin M–S no earlier slice draws (眭, 蓬, 漆, 渠, 庆, 普, 敏, 那, 山, 松 — several ordinary
 * words), the compound 纳兰, or a given name that is a word; counties 淯阳县, 溱岭县, 涟川县, 澧坪县, villages 建平村 and
 * 国兴村 that read like names, 渠家湾村 and 漆家坪村 carrying surnames of the pool, streets 德华路, 桂芳街, 志明路 in
 * bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '眭蓬漆渠庆普敏那山松';
const COMPOUND = ['纳兰'];
// Traders and customers of working age: ordinary given names in about the proportion people bear them, a few words last.
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '晓东', '鹏', '志勇', '建平', '刚', '涛', '海涛', '斌', '超',
  '亮', '辉', '磊', '俊', '文斌', '德明', '卫东', '向东', '金山',
];
const FEMALE = [
  '丽娟', '海燕', '红霞', '春梅', '静', '敏', '晓燕', '丽', '娟', '芳', '霞', '丽萍', '小红', '雪梅', '艳', '燕', '彩霞', '红梅',
  '桂芳', '秀英', '玉兰', '春花', '月季',
];
const OLD_WOMEN = ['秀英', '桂英', '玉兰', '淑珍', '凤英', '秀兰'];
const YOUNG = ['浩然', '子涵', '梓轩', '欣怡', '一诺', '雨萱'];

const CODES = {
  淯阳县: { tel: '0377', region: '411330' },
  溱岭县: { tel: '0374', region: '411024' },
  涟川县: { tel: '0738', region: '431382' },
  澧坪县: { tel: '0736', region: '430723' },
};
type County = keyof typeof CODES;
const TOWNS = ['白沙铺镇', '桃源铺镇', '双河口乡', '官渡镇'];
// 建平村 and 国兴村 read like names; 渠家湾村 and 漆家坪村 carry surnames of the pool.
const VILLAGES = ['建平村', '国兴村', '渠家湾村', '漆家坪村', '松树垭村', '梨子园村'];
const GROUPS = ['上湾组', '堰塘组', '二组', '五组', '八组'];
// 德华, 桂芳 and 志明 read like given names: bodies' addresses carry them.
const STREETS = ['德华路', '桂芳街', '志明路', '人民中路'];
const ESTATES = ['翰林华庭', '滨江花园', '紫薇苑', '福星小区'];

// Traditional forms for the mirror (characters of its text that blind.ts's table may lack).
const TRAD: Record<string, string> = {
  诉: '訴', 处: '處', 结: '結', 果: '果', 书: '書', 您: '您', 于: '於', 对: '對', 经: '經', 营: '營', 购: '購', 买: '買', 镜: '鏡', 质: '質',
  检: '檢', 验: '驗', 测: '測', 达: '達', 标: '標', 门: '門', 店: '店', 联: '聯', 系: '繫', 调: '調', 解: '解', 员: '員', 议: '議', 协: '協',
  据: '據', 费: '費', 为: '為', 现: '現', 将: '將', 们: '們', 这: '這', 该: '該', 场: '場', 监: '監', 管: '管', 县: '縣', 镇: '鎮', 乡: '鄉',
  组: '組', 号: '號', 楼: '樓', 栋: '棟', 单: '單', 区: '區', 园: '園', 话: '話', 电: '電', 母: '母', 亲: '親', 岁: '歲', 视: '視', 师: '師',
  认: '認', 时: '時', 间: '間', 与: '與', 还: '還', 给: '給', 问: '問', 题: '題', 请: '請', 办: '辦', 理: '理', 务: '務', 权: '權', 益: '益',
  保: '保', 护: '護', 条: '條', 规: '規', 定: '定', 应: '應', 当: '當', 责: '責', 赔: '賠', 偿: '償', 愿: '願', 意: '意', 退: '退', 货: '貨',
  款: '款', 满: '滿', 无: '無', 异: '異', 见: '見', 后: '後', 续: '續', 如: '如', 仍: '仍', 可: '可', 向: '向', 起: '起', 讼: '訟', 强: '強',
  志: '志', 华: '華', 张: '張', 刘: '劉', 陈: '陳', 杨: '楊', 黄: '黃', 赵: '趙', 吴: '吳', 周: '周', 孙: '孫', 马: '馬', 郑: '鄭', 谢: '謝',
  韩: '韓', 冯: '馮', 邓: '鄧', 萧: '蕭', 叶: '葉', 苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 汪: '汪', 范: '范', 贾: '賈',
  邹: '鄒', 闫: '閆', 龙: '龍', 贺: '賀', 顾: '顧', 龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 纳: '納', 兰: '蘭', 庆: '慶', 渠: '渠',
  国: '國', 军: '軍', 刚: '剛', 涛: '濤', 东: '東', 鹏: '鵬', 辉: '輝', 红: '紅', 丽: '麗', 娟: '娟', 艳: '艷', 萍: '萍', 凤: '鳳', 桂: '桂',
  英: '英', 梅: '梅', 燕: '燕', 霞: '霞', 芳: '芳', 静: '靜', 敏: '敏', 晓: '曉', 春: '春', 季: '季', 秀: '秀', 淑: '淑', 珍: '珍', 玉: '玉',
  涟: '漣', 澧: '澧', 坪: '坪', 德: '德', 路: '路', 街: '街', 苑: '苑', 滨: '濱', 江: '江', 花: '花', 翰: '翰', 林: '林', 庭: '庭', 紫: '紫',
  薇: '薇', 福: '福', 星: '星', 铺: '鋪', 沙: '沙', 桃: '桃', 源: '源', 双: '雙', 河: '河', 口: '口', 渡: '渡', 湾: '灣', 堰: '堰', 塘: '塘',
  垭: '埡', 梨: '梨', 兴: '興', 建: '建', 平: '平', 年: '年', 月: '月', 日: '日', 元: '元', 称: '稱', 配: '配', 副: '副', 度: '度', 数: '數',
  误: '誤', 差: '差', 报: '報', 告: '告', 转: '轉', 发: '發', 受: '受', 局: '局', 诺: '諾', 全: '全', 额: '額', 已: '已', 收: '收', 到: '到',
  复: '複', 印: '印', 件: '件', 谨: '謹', 此: '此', 知: '知', 记: '記', 录: '錄', 网: '網', 络: '絡', 址: '址', 实: '實', 际: '際', 头: '頭',
  晕: '暈', 戴: '戴', 医: '醫', 院: '院', 眼: '眼', 科: '科', 开: '開', 具: '具', 说: '說', 明: '明', 显: '顯', 示: '示', 散: '散', 光: '光',
  轴: '軸', 位: '位', 相: '相', 符: '符', 合: '合', 格: '格', 级: '級', 设: '設', 备: '備', 陪: '陪', 同: '同', 儿: '兒', 子: '子', 女: '女',
  士: '士', 义: '義', 纠: '糾', 纷: '紛', 会: '會', 体: '體', 户: '戶', 个: '個', 讯: '訊', 过: '過', 术: '術', 确: '確', 托: '託', 并: '並',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice38(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(38_2026_1202);
  const { pick, int, digits, chance } = r;
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
  const { fresh, person, kin, familyOf, landline, office, date, rural, flat, idFor } = g;
  const add = recorder('holdout38', addRecord);
  const surname = (): string => (chance(0.16) ? pick([...RARE]) : pick([...COMMON]));
  const elder = (): string => fresh(() => surname() + pick(OLD_WOMEN));
  const young = (of?: string): string => fresh(() => (of ? familyOf(of) : pick([...COMMON.slice(0, 50)])) + pick(YOUNG));
  const nalan = (sex: Sex): string => fresh(() => COMPOUND[0] + pick(sex === '男' ? MALE : FEMALE));
  const mobile = (): string => `1${pick(['35', '37', '39', '51', '58', '77', '83', '86'])}${digits(8)}`;
  const credit = (): string => `92${CODES.淯阳县.region}MA${digits(2)}${pick(['K', 'L', 'P', 'R'])}${digits(4)}${pick(['X', 'T', 'N'])}`;
  const money = (lo: number, hi: number): string => `${int(lo, hi) * 100}`;

  // 1. 食品安全监督抽检 不合格 核查处置 公示 as a ` | ` table (`经营者` column, stalls and shops named after people as
  //    decoys — `老周卤菜店`, `秀英豆腐坊`); in prose a stall holder's relative who grew the leeks, one holder's home; the
  //    market, the testing centre, a brand and the 核查人员 in their clause as decoys.
  {
    const c: County = '淯阳县';
    const ops = ['男', '女', '女', '男', '女', '男'].map((s) => person(s as Sex));
    const units = [
      `白沙铺镇农贸市场${int(10, 60)}号摊位`,
      '淯阳县老周卤菜店',
      '桃源铺镇秀英豆腐坊',
      `淯阳县德华路农贸市场B区${int(1, 30)}号摊位`,
      '官渡镇张记面馆',
      '淯阳县建华五金日杂店',
    ];
    const samples = ['韭菜', '卤猪头肉', '豆腐', '鸡蛋', '鲜湿面条', '散装白酒'];
    const items = ['腐霉利', '亚硝酸盐', '苯甲酸及其钠盐', '恩诺沙星', '脱氢乙酸及其钠盐', '甲醇'];
    const grower = kin(ops[0], '男');
    const opHome = rural(c, '白沙铺镇', '渠家湾村');
    const op3Home = rural(c, '桃源铺镇', '建平村');
    const staff = [person('男'), person('女')];
    add(
      [
        '淯阳县市场监督管理局关于2025年第三季度食品安全监督抽检不合格产品核查处置情况的公示',
        '    根据《食品安全抽样检验管理办法》，现将本季度监督抽检不合格产品的核查处置情况公示如下：',
        '序号 | 被抽样单位 | 经营者 | 样品名称 | 不合格项目 | 核查处置情况',
        ...ops.map((o, k) => `${k + 1} | ${units[k]} | ${o} | ${samples[k]} | ${items[k]} | ${k % 2 === 0 ? `已立案，罚款${money(5, 30)}元` : '责令下架召回，已整改'}`),
        `    其中，${ops[0]}销售的韭菜系其堂兄${grower}自家地里种植，${grower}已被告知安全间隔期规定；${ops[0]}（住${opHome}）对抽检结果无异议。鸡蛋由经营者${ops[3]}自家散养，其养殖场所即住宅（${op3Home}），已指导其停用兽药。`,
        `    ${ops[4]}称面条中的脱氢乙酸来自外购的“桂花婆婆”牌面条改良剂，相关线索已移交生产地监管部门。检验机构：淯阳县食品药品检验检测中心。`,
        `    核查人员：${staff[0]}、${staff[1]}。联系电话：${landline(c)}。`,
      ].join('\n'),
      [...ops.map(P), P(grower), A(opHome), A(op3Home)],
      [...units, '桂花婆婆', '淯阳县食品药品检验检测中心', staff[0], staff[1]],
    );
  }

  // 2. 12315 消费纠纷调解 典型案例 in running prose: a consumer and her husband, an old woman sold health food at a
  //    `感恩答谢会` and her daughter who complained (a mobile), a hairdresser's prepaid cards and three customers
  //    enumerated; shops named after given names, the 消委会, a 调解员 and the publisher's `刘某` as decoys.
  {
    const c: County = '溱岭县';
    const x = person('女');
    const xHome = flat(c);
    const xHusband = person('男');
    const seller = person('男');
    const old = elder();
    const daughter = person('女');
    const dMobile = mobile();
    const oldHome = rural(c, '官渡镇', '国兴村');
    const host = person('男');
    const owner = person('女');
    const cs = [person('女'), person('男'), young()];
    const mediator = person('女');
    add(
      [
        '溱岭县消费者权益保护委员会2025年消费纠纷调解典型案例',
        '案例一：家具延迟交货，商家赔付违约金',
        `    ${date()}，消费者${x}（家住${xHome}）投诉称，其在溱岭县德明家居城购买实木衣柜一组，约定15日内送货，逾期一个多月仍未送达。${x}的丈夫${xHusband}多次联系店主${seller}，${seller}均以“厂家缺货”推脱。消委会调解员${mediator}查看订单后，依照《消费者权益保护法》相关规定组织双方协商，${seller}同意三日内送货并赔付违约金${money(3, 8)}元，${x}表示满意。`,
        '案例二：“感恩答谢会”高价推销保健品',
        `    家住${oldHome}的${old}老人今年${int(72, 84)}岁，在镇上一场“感恩答谢会”上花${money(30, 60)}元购买了所谓“特供”保健品。其女儿${daughter}发现后代为投诉（联系电话：${dMobile}）。经查，答谢会由个体经营者${host}组织，其未取得相关经营资质。经调解，${host}退还全部货款，${daughter}撤回投诉。`,
        '案例三：美发店转让后拒认预付卡',
        `    丽娟美发工作室原店主转让店面后，新店主${owner}拒绝承认此前办理的会员卡。${cs[0]}、${cs[1]}、${cs[2]}等7名消费者联名投诉。消委会认为，经营者转让时应妥善处理预付卡余额。最终${owner}与原店主刘某协商，按卡内余额继续提供服务。`,
        `    提醒：消费者遇到纠纷可拨打12315，或到县消委会（溱岭县桂芳街${int(10, 90)}号）现场投诉。`,
      ].join('\n'),
      [P(x), A(xHome), P(xHusband), P(seller), P(old), A(oldHome), P(daughter), M(dMobile), P(host), P(owner), ...cs.map(P)],
      ['溱岭县消费者权益保护委员会', '德明家居城', mediator, '丽娟美发工作室', '刘某', '感恩答谢会'],
    );
  }

  // 3. 价格违法 (未明码标价, 价格欺诈) 行政处罚决定书 on a 个体工商户: a heading block (`当事人：` the shop named after a given
  //    name, `经营者：`, `经营者住所：` a home, `身份证号码：` masked by the publisher), the wife at the till and a customer in
  //    the facts; the 执法人员 in their clause, the shop's premises and the bureau's seat as decoys.
  {
    const c: County = '涟川县';
    const op = person('男');
    const opHome = rural(c, '双河口乡', '建平村');
    const wife = person('女');
    const cust = person('女');
    const custHome = rural(c, '双河口乡', '梨子园村');
    const officers = [person('男'), person('男')];
    const shop = '双河口乡志明超市';
    const premises = `${c}双河口乡集镇人民中路${int(3, 90)}号`;
    const masked = `4313**********${digits(3)}X`;
    const seat = office(c);
    add(
      [
        '涟川县市场监督管理局',
        '行政处罚决定书',
        `涟市监处罚〔2025〕${int(20, 180)}号`,
        `当事人：${shop}（个体工商户）`,
        `统一社会信用代码：${credit()}`,
        `经营者：${op}`,
        `经营场所：${premises}`,
        `经营者住所：${opHome}`,
        `身份证号码：${masked}`,
        `    ${date()}，本局执法人员${officers[0]}、${officers[1]}根据消费者${cust}（住${custHome}）的举报，对当事人经营场所进行检查，发现店内销售的食用油、大米等十一种商品未标示价格，另有两种商品标示“原价”无交易记录。检查时当事人经营者${op}不在店内，其妻${wife}在收银台负责收款，现场确认了上述事实。`,
        `    经查，${cust}于当日购买的散装大米按货架标价应为每斤2.6元，结算时按每斤3.1元收取。${op}对违法事实无异议，已向${cust}退还多收价款。`,
        `    当事人的上述行为违反了《中华人民共和国价格法》第十三条、第十四条的规定。依据《价格违法行为行政处罚规定》，本局决定对当事人处以罚款${money(20, 50)}元。`,
        `    如不服本处罚决定，可在收到本决定书之日起六十日内向涟川县人民政府申请行政复议。`,
        `涟川县市场监督管理局（地址：${seat}）`,
        date(),
      ].join('\n'),
      [P(op), A(opHome), P(wife), P(cust), A(custHome)],
      [shop, premises, masked, officers[0], officers[1], seat, '涟川县人民政府'],
    );
  }

  // 4. 商标侵权 行政处罚 结果公开 as a tab table (`案件名称` carrying the party's name, `当事人` cells of a person, a shop with
  //    `（经营者：X）` and a company with `（法定代表人：X）`), a supplier named in prose; brands and premises as decoys.
  {
    const c: County = '澧坪县';
    const a = person('男');
    const b = person('女');
    const d = person('男');
    const e = nalan('女');
    const supplier = person('男');
    const aHome = flat(c);
    const eHome = rural(c, '白沙铺镇', '漆家坪村');
    const prem = [
      `${c}德华路${int(10, 99)}号`,
      `${c}官渡镇集贸市场${int(1, 40)}号门面`,
      `${c}桂芳街${int(100, 199)}号`,
      `${c}志明路${int(20, 90)}号`,
    ];
    const firm = '澧坪县国兴农资有限公司';
    add(
      [
        '澧坪县市场监督管理局2025年第二批侵犯注册商标专用权案件行政处罚结果公开',
        ['序号', '案件名称', '当事人', '经营场所', '违法行为', '处罚内容', '决定日期'].join('\t'),
        ['1', `${a}销售侵犯注册商标专用权商品案`, a, prem[0], '销售假冒“鸿星尔克”运动鞋32双', `没收侵权商品，罚款${money(10, 40)}元`, date()].join('\t'),
        ['2', '官渡镇丽萍鞋服店销售侵权商品案', `官渡镇丽萍鞋服店（经营者：${b}）`, prem[1], '销售假冒“回力”帆布鞋', `没收侵权商品，罚款${money(5, 20)}元`, date()].join('\t'),
        ['3', `${firm}销售侵权化肥案`, `${firm}（法定代表人：${d}）`, prem[2], '销售假冒“史丹利”复合肥', `没收侵权商品，罚款${money(80, 150)}元`, date()].join('\t'),
        ['4', `${e}销售侵权白酒案`, e, prem[3], '销售假冒“泸州老窖”白酒', '责令停止销售（能证明合法取得，不予处罚）', date()].join('\t'),
        `    注：第3号案件中，${d}供述所售化肥系从邻县个体经营者${supplier}处购进，相关线索已移送当地市场监管部门；第4号案件当事人${e}（住${eHome}）能说明商品提供者，依法不予处罚。第1号案件当事人${a}住${aHome}，处罚决定书已直接送达。`,
      ].join('\n'),
      [P(a), P(b), P(d), P(e), P(supplier), A(aHome), A(eHome)],
      [...prem, firm, '官渡镇丽萍鞋服店', '鸿星尔克', '回力', '史丹利', '泸州老窖'],
    );
  }

  // 5. 网络交易 专项整治 news in running prose: a mother selling chili sauce on 朋友圈, her husband, a live-streamer and his
  //    partner, a buyer; the 网监股股长, the reporter and the correspondent, platforms and the sauce's brand as decoys.
  {
    const mom = person('女');
    const momHome = rural('淯阳县', '桃源铺镇', '松树垭村');
    const husband = person('男');
    const host = person('男');
    const partner = person('男');
    const buyer = person('女');
    const chief = person('男');
    const rep = person('女');
    const cor = person('男');
    add(
      [
        '我县开展网络交易违法行为专项整治',
        `    本报讯（记者 ${rep} 通讯员 ${cor}）${date()}，县市场监管局网监股股长${chief}带队，对辖区内通过微信、抖音、快手等平台销售商品的经营者开展集中检查。`,
        `    在桃源铺镇，执法人员发现家住${momHome}的宝妈${mom}在微信朋友圈销售自制辣椒酱，未取得食品生产许可，也未公示经营信息。“我就是想补贴点家用，没想到还要办证。”${mom}说。${mom}的丈夫${husband}常年在外务工，家里两个孩子靠她照顾。执法人员当场指导她到镇政务服务中心咨询小作坊登记。`,
        `    在县城一处直播基地，主播${host}在直播间宣称其所售“蜀香坊”腊肉“纯手工、零添加”，但无法提供相关依据。经查，${host}与合伙人${partner}共同经营该网店，已构成虚假宣传。消费者${buyer}此前曾向12315反映收到的腊肉与宣传不符，${buyer}的投诉为此次检查提供了线索。`,
        `    ${chief}介绍，此次整治共检查网络经营主体86户，责令整改19户，立案查处4起。下一步将持续高度重视网络交易监管，让群众放心消费。`,
      ].join('\n'),
      [P(mom), A(momHome), P(husband), P(host), P(partner), P(buyer)],
      [rep, cor, chief, '蜀香坊', '高度重视', '镇政务服务中心'],
    );
  }

  // 6. 重大税收违法失信主体 信息公布 in field blocks: a company named after a given name (decoy) with its 法定代表人 (a full
  //    ID) and 财务负责人 (ID masked by the publisher), a 个体工商户 whose real manager is the owner's brother, an agency
  //    employee; registration codes, the 稽查局 and the agency as decoys.
  {
    const c: County = '淯阳县';
    const lr = person('男');
    const lrId = idFor(c, int(1968, 1985));
    const lrHome = flat(c);
    const ownerHome = rural(c, '白沙铺镇', '渠家湾村');
    const fin = person('女');
    const finMasked = `4113**********${digits(3)}2`;
    const owner = person('男');
    const brother = kin(owner, '男');
    const agent = person('女');
    const firm = '淯阳县海涛建材有限公司';
    const firmAddr = office(c);
    const soleTrader = '淯阳县白沙铺镇老渠粮油经营部';
    const agency = '淯阳县恒信税务师事务所有限公司';
    const codes = [`91411330MA${digits(2)}K${digits(5)}Y`, credit()];
    add(
      [
        '国家税务总局淯阳县税务局重大税收违法失信主体信息公布（2025年第3期）',
        '一、',
        `纳税人名称：${firm}`,
        `纳税人识别号：${codes[0]}`,
        `注册地址：${firmAddr}`,
        `法定代表人或者负责人姓名：${lr}，性别：男，身份证号码：${lrId}，住址：${lrHome}`,
        `负有直接责任的财务负责人姓名：${fin}，性别：女，身份证号码：${finMasked}`,
        `负有直接责任的中介机构信息：${agency}，从业人员姓名：${agent}`,
        `主要违法事实：经国家税务总局淯阳县税务局稽查局检查，该公司在2022年至2024年期间，采取隐匿收入的手段少缴增值税等税款${money(10000, 30000)}元。`,
        '二、',
        `纳税人名称：${soleTrader}`,
        `纳税人识别号：${codes[1]}`,
        `负责人姓名：${owner}，性别：男，住址：${ownerHome}`,
        `实际负责人姓名：${brother}（系${owner}之兄），性别：男`,
        `主要违法事实：该业户欠缴税款${money(1100, 2000)}元，${brother}将店内存货转移至他处，妨碍追缴欠税。`,
      ].join('\n'),
      [P(lr), I(lrId), A(lrHome), P(fin), P(agent), P(owner), A(ownerHome), P(brother)],
      [firm, ...codes, firmAddr, finMasked, soleTrader, agency, '稽查局'],
    );
  }

  // 7. 农贸市场 诚信经营示范户 表彰 decision: an enumeration with `（女）`, then a numbered list `N．X（…号摊位，字号）` whose
  //    字号 are named after people (`张记面馆` style) as decoys; the 局长 signing and words (诚信, 文明) as decoys.
  {
    const winners = ['女', '男', '女', '男', '女', '男', '女', '男'].map((s) => person(s as Sex));
    const zihao = ['王姐土鸡蛋', '老孙豆芽', '春花鲜花店', '建国粮油', '李记凉皮', '胖嫂卤味', '秀兰干货', '德明鲜肉'];
    const markets = ['淯阳县德华路农贸市场', '溱岭县桂芳街菜市场'];
    const head = person('男');
    const lines = winners.map((w, k) => `${k + 1}．${w}（${markets[k % 2]}${int(1, 80)}号摊位，${zihao[k]}）`);
    add(
      [
        '关于表彰2025年度农贸市场“诚信经营示范户”的决定',
        `    为营造文明诚信的市场环境，经市场推荐、群众评议和审核公示，决定授予${winners[0]}（女）、${winners[1]}、${winners[2]}（女）、${winners[3]}等8名经营户“诚信经营示范户”称号。名单如下：`,
        ...lines,
        `    希望受表彰的经营户珍惜荣誉。${winners[5]}、${winners[6]}两户连续三年获评，各奖励电子计价秤一台。`,
        `局长：${head}`,
        '2025年12月1日',
      ].join('\n'),
      [...winners.map(P)],
      [...zihao, ...markets, head, '诚信经营示范户'],
    );
  }

  // 8. 税务 责令限期改正通知书 公告送达 to 个体业主 in numbered lines (`N．业户名称：…；业主：X；户籍地址：…`): homes with the
  //    village and group; the shops' premises, the 税务分局's address and its 联系人 as decoys.
  {
    const c: County = '溱岭县';
    const owners = [person('男'), person('女'), person('男'), person('女')];
    const homes = [rural(c, '官渡镇', '国兴村'), rural(c, '官渡镇', '漆家坪村'), rural(c, '双河口乡', '梨子园村'), flat(c)];
    const shops = ['溱岭县官渡镇卫东修车铺', '溱岭县官渡镇桂芳小吃店', '溱岭县双河口乡国强农家乐', '溱岭县红梅服装店'];
    const contact = person('男');
    const branch = office(c);
    add(
      [
        '国家税务总局溱岭县税务局官渡税务分局公告',
        '    下列个体工商户未按规定期限办理纳税申报，经多次电话联系及实地查找均无法送达《责令限期改正通知书》，现依法公告送达：',
        ...owners.map((o, k) => `${k + 1}．业户名称：${shops[k]}；业主：${o}；户籍地址：${homes[k]}`),
        `    自公告之日起满三十日，即视为送达。请上述业主在送达之日起十五日内到本分局（${branch}）办理申报。其中${owners[2]}如已停业，可委托家属代为办理清税注销。`,
        `    联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...owners.map(P), ...homes.map(A)],
      [...shops, contact, branch],
    );
  }

  // 9. 集贸市场 作弊秤 news in running prose: a buyer, her neighbour, a vendor and his daughter, names after kinship words and
  //    repeated; the 计量所所长, the correspondent, the market and words as decoys.
  {
    const buyer = elder();
    const neighbour = person('女');
    const vendor = person('男');
    const son = young(vendor);
    const boss = person('男');
    const corr = person('女');
    const home = rural('澧坪县', '官渡镇', '松树垭村');
    const nHome = rural('澧坪县', '官渡镇', '国兴村');
    add(
      [
        '澧坪县查处集贸市场“鬼秤”',
        `    “两斤排骨回家一称，少了三两多！”${date()}，家住${home}的${buyer}老人来到官渡镇市场监管所反映。无独有偶，${buyer}的亲戚、住在${nHome}的${neighbour}也称在同一摊位买肉时短斤少两。`,
        `    执法人员随即来到官渡镇集贸市场，对摊主${vendor}使用的电子秤进行检查，发现该秤被加装了遥控作弊装置。${vendor}起初不承认，后在证据面前交代，作弊秤是其女儿${son}从网上购买的。执法人员当场扣押作弊秤，并责令${vendor}向${buyer}、${neighbour}退还差价。`,
        `    县计量检定测试所所长${boss}提醒，市场内设有公平秤，群众购物后可随时复核。（通讯员 ${corr}）`,
      ].join('\n'),
      [P(buyer), P(neighbour), P(vendor), P(son), A(home), A(nHome)],
      [boss, corr, '官渡镇集贸市场', '官渡镇市场监管所', '公平秤'],
    );
  }

  // 10. A traditional-script mirror of a 消费投诉 处理结果告知书: `X女士：`, her mother, the optician shop named after a given
  //     name (decoy), its owner, the 承辦人 and the bureau's address as decoys.
  {
    const c: County = '涟川县';
    const x = person('女');
    const mother = elder();
    const owner = person('男');
    const clerk = person('女');
    const xHome = flat(c);
    const seat = office(c);
    const shop = '涟川县志强眼镜店';
    const text = [
      '涟川县市场监督管理局消费投诉处理结果告知书',
      `${x}女士（通讯地址：${xHome}）：`,
      `    您于${date()}通过全国12315平台投诉，反映您母亲${mother}在${shop}配镜后头晕、视物不清一事。本局受理后，委托县质量技术检测所对镜片进行检测，结果显示散光轴位与验光单不符。`,
      `    经调解，该店经营者${owner}同意为${mother}免费重新配镜，并退还检测费用；您陪同${mother}到店确认后表示无异议，双方达成调解协议。`,
      '    如对处理结果仍有异议，可依法向人民法院起诉。',
      `承办人：${clerk}`,
      `地址：${seat}`,
      '2025年11月20日',
    ].join('\n');
    add(trad(text), [P(trad(x)), A(trad(xHome)), P(trad(mother)), P(trad(owner))], [trad(shop), trad(clerk), trad(seat), '12315']);
  }
}
