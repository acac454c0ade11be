/**
 * Held-out slice 30: whole documents written blind (without reading review/ nor the rules' tests) by an independent
 * examiner, of kinds no earlier slice uses, leaning to 市场监管/税务/教育/统计 results on individuals — a 税务 非正常户 认定
 * 公告 (a ` | ` table), a 统计局 行政处罚决定书 on a 个体工商户 that refused a survey, a 个体工商户 经营异常状态 标记 公告 in
 * numbered lines, a 特种设备作业人员 考试合格 公示 (a tab table), a 教育局 校外培训 处罚决定书 on a retired teacher, a 师德师风
 * 典型问题 通报, a 住户调查 记账户 补贴 公示 (a tab table), a 税务局's reply to a 人大代表建议, a long news feature on a night
 * market's stall keepers (first mention in full, later `X师傅`, `X大姐`, `老X`) and a traditional-script mirror of a 税务
 * 简易处罚决定书 — as much for precision as recall. Names as documents have them: about four in five are one of the hundred
 * commonest surnames with an ordinary given name (建华, 丽娟, 秀英, 国强, 浩 …); the rest carry a rare surname of pinyin
 * A–L no earlier slice draws (崇, 都, 法, 福, 光, 介, 京, 经, 厉, 禄 — several ordinary words), a compound one (东方, 归海)
 * or a given name that is a word (富贵, 平安, 胜利, 彩云, 春燕). Its own counties (淄阳县, 汾岭县, 漓川县, 洮溪县), towns,
 * villages that read like a given name of the pool (志强村, 玉兰村) or carry its surnames (崇家湾村, 禄家庄村), streets that
 * read like names (国平路, 丽君街, 建业路) and estates.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, PL, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '崇都法福光介京经厉禄';
const COMPOUND = ['东方', '归海'];
// Ordinary given names in about the proportion people bear them; the last few are words (富贵, 平安, 彩云 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '磊', '军', '勇', '海波', '永刚', '德明', '晓东', '明', '鹏', '立新', '卫东', '志勇', '建平', '红兵',
  '刚', '涛', '建国', '国平', '文杰', '振江', '海涛', '志明', '建新', '晓明', '永强', '斌', '超', '亮', '峰', '辉', '学军', '金山', '长林',
  '富贵', '平安', '胜利',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '慧', '秀珍', '丽萍', '美玲', '小红', '秀芳', '丽君', '晓丽', '雪梅', '金凤', '翠兰', '艳', '燕', '玲', '彩霞',
  '彩云', '春燕',
];
// Names of the young: what parents chose in the last twenty-five years.
const BOYS = ['浩', '子豪', '宇轩', '浩然', '俊杰', '博文', '一鸣', '梓睿', '皓轩', '家乐'];

const CODES: Record<string, { tel: string; region: string }> = {
  淄阳县: { tel: '0533', region: '370324' },
  汾岭县: { tel: '0358', region: '141126' },
  漓川县: { tel: '0773', region: '450327' },
  洮溪县: { tel: '0932', region: '621126' },
};
const TOWNS = ['柳埠镇', '南湖镇', '白果乡', '双庙镇', '清水乡'];
// 志强村 and 玉兰村 read like given names of the pool; 崇家湾村 and 禄家庄村 carry its surnames.
const VILLAGES = ['志强村', '玉兰村', '崇家湾村', '禄家庄村', '大柳树村', '石门坎村'];
const GROUPS = ['二组', '四组', '七组', '后湾组', '枣树组'];
// 国平, 丽君, 建业 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['国平路', '丽君街', '建业路', '人民路'];
const ESTATES = ['金桂苑', '福润家园', '滨河小区', '和谐花园'];

// Traditional forms for the mirror, beyond the names and places blind.ts folds.
const TRAD: Record<string, string> = {
  税: '稅', 务: '務', 总: '總', 处: '處', 罚: '罰', 决: '決', 书: '書', 简: '簡', 纳: '納', 称: '稱', 业: '業', 证: '證', 号: '號', 码: '碼',
  县: '縣', 镇: '鎮', 乡: '鄉', 组: '組', 营: '營', 规: '規', 违: '違', 报: '報', 责: '責', 缴: '繳', 对: '對', 应: '應', 关: '關', 执: '執',
  员: '員', 检: '檢', 认: '認', 为: '為', 个: '個', 体: '體', 户: '戶', 实: '實', 际: '際', 现: '現', 时: '時', 间: '間', 复: '復', 议: '議',
  诉: '訴', 讼: '訟', 银: '銀', 万: '萬', 贰: '貳', 联: '聯', 电: '電', 话: '話', 杂: '雜', 店: '店', 姓: '姓', 于: '於', 办: '辦', 理: '理',
增: '增', 值: '值', 条: '條', 据: '據', 华: '華', 国: '國', 征: '徵', 收: '收', 管: '管', 请: '請', 达: '達', 签: '簽', 内: '內',
  动: '動', 会: '會', 农: '農', 信: '信', 贷: '貸', 社: '社', 区: '區', 局: '局', 单: '單', 位: '位', 岁: '歲', 经: '經',
  过: '過', 门: '門', 场: '場', 从: '從', 这: '這', 计: '計', 额: '額', 无: '無', 异: '異', 讲: '講', 们: '們',
  给: '給', 禄: '祿', 岭: '嶺', 记: '記', 数: '數', 当: '當', 该: '該', 发: '發', 册: '冊', 湾: '灣', 庄: '莊', 树: '樹', 坎: '坎', 柳: '柳', 双: '雙', 庙: '廟', 乐: '樂',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice30(addRecord: AddRecord, used: Set<string>): void {
  const random = seededRandom(30_2026_1202);
  const { pick, int, digits } = random;
  const add = recorder('holdout30', addRecord);
  const { fresh, person, kin, familyOf, landline, office, date, distinct, rural, flat, idFor } = sliceGenerators(random, used, {
    common: COMMON, rare: RARE, compound: COMPOUND, compoundChance: 0, rareChance: 0.04, male: MALE, female: FEMALE,
    codes: CODES, towns: TOWNS, villages: VILLAGES, groups: GROUPS, streets: STREETS, estates: ESTATES,
  });
  // A rare or compound surname named outright, so each document carries some (the draw alone would leave it to chance).
  const rare = (surname: string, sex: Sex): string => fresh(() => surname + pick(sex === '男' ? MALE : FEMALE));
  const young = (of: string): string => fresh(() => familyOf(of) + pick(BOYS));
  const mobile = (): string => pick(['134', '138', '150', '155', '176', '182', '188', '198']) + digits(8);
  // The publisher's own masks: an ID with its middle starred, a mobile with four stars, a name as 某某.
  const maskId = (id: string): string => `${id.slice(0, 6)}********${id.slice(14)}`;
  const maskMobile = (m: string): string => `${m.slice(0, 3)}****${m.slice(7)}`;
  const creditCode = (c: string): string => `92${CODES[c].region}MA${digits(2)}${pick(['B', 'C', 'D', 'G', 'K'])}${digits(4)}${pick(['X', 'Y', '3', '7'])}`;
  const shopAt = (c: string, town: string, what: string): string => distinct(() => `${c}${town}${what}${int(3, 168)}号`);

  // 1. 税务 非正常户 认定 公告 as a ` | ` table (`纳税人名称 | 纳税人识别号 | 经营者姓名 | 身份证件号码 | 生产经营地址 | 认定日期`):
  //    the operators as persons; shops named after people and given names (`老崇家羊汤馆`, `丽君美容美发店`), their 识别号,
  //    the publisher's masked IDs and shop addresses as decoys; two households whose 生产经营地址 is their own house
  //    (`（自有住房）`) labelled homes; one operator named again in prose; the 税务所's 联系人, landline and seat as decoys.
  {
    const c = '淄阳县';
    const ops = [person('男'), person('女'), rare('崇', '男'), person('男'), person('女'), rare('东方', '男')];
    const shops = ['老崇家羊汤馆', '丽君美容美发店', '福来顺便利店', '永兴建材经营部', '小马哥烧烤店', '金桂园水果超市'].map((s) => `${c}${s}`);
    const homes = [rural(c, '柳埠镇'), rural(c, '双庙镇')];
    const sites = [
      shopAt(c, '柳埠镇', '商贸街'), shopAt(c, '南湖镇', '新华路'), homes[0], shopAt(c, '双庙镇', '集贸市场东排'), homes[1], shopAt(c, '南湖镇', '滨河路'),
    ].map((s, k) => (k === 2 || k === 4 ? `${s}（自有住房）` : s));
    const ids = ops.map((_, k) => maskId(idFor(c, int(1962, 1992) + k)));
    const codes = ops.map(() => creditCode(c));
    const contact = person('女');
    const tel = landline(c);
    const seat = office(c);
    add(
      [
        `国家税务总局${c}税务局`,
        '关于认定2025年第三批非正常户的公告',
        `    根据《中华人民共和国税收征收管理法》及其实施细则和《国家税务总局关于税收征管若干事项的公告》的有关规定，下列纳税人连续三个月所有税种均未进行纳税申报，经责令限期改正后逾期仍未改正，并经实地核查查无下落，现认定为非正常户，暂停其发票领用簿和发票的使用。`,
        '    请下列纳税人的经营者自本公告发布之日起三十日内到主管税务机关接受处理、补办纳税申报。逾期不办理的，我局将依法追征税款、滞纳金，并宣布其税务登记失效。',
        '序号 | 纳税人名称 | 纳税人识别号 | 经营者姓名 | 身份证件号码 | 生产经营地址 | 认定日期',
        ...ops.map((n, k) => `${k + 1} | ${shops[k]} | ${codes[k]} | ${n} | ${ids[k]} | ${sites[k]} | 2025-09-${String(int(1, 28)).padStart(2, '0')}`),
        `    说明：本公告发布前，第4户经营者${ops[3]}已到${c}税务局柳埠税务分局补办申报并缴纳罚款，其非正常状态已自动解除，不再列入本批公告的追征范围。`,
        `    联系人：${contact}　　联系电话：${tel}`,
        `    地址：${seat}（${c}税务局征收管理股）`,
        `国家税务总局${c}税务局`,
        `${date()}`,
      ].join('\n'),
      [...ops.map(P), A(homes[0]), A(homes[1])],
      [...shops, ids[0], sites[0], contact, seat],
    );
  }

  // 2. A 统计局 行政处罚决定书 on a 个体工商户's operator who refused a sampled survey: heading block (`当事人：`, sex and birth,
  //    `公民身份号码：`, `住所：` a flat, `联系电话：` a mobile), the shop and its premises as decoys; in the facts the 普查员 who
  //    called and the 执法人员 with 执法证号 (staff in their clause) as decoys, `当事人之妻X` a person who signed the notice,
  //    the bank the fine is paid to as a decoy.
  {
    const c = '汾岭县';
    const op = person('男');
    const id = idFor(c, 1971);
    const home = flat(c);
    const tel = mobile();
    const wife = person('女');
    const shop = `${c}${familyOf(op)}记农资经营部`;
    const shopSite = shopAt(c, '白果乡', '新街');
    const enumerator = person('女');
    const [o1, o2] = [person('男'), person('女')];
    const bank = `中国农业银行${c}支行营业部`;
    add(
      [
        `${c}统计局`,
        '行政处罚决定书',
        '汾统罚决字〔2025〕第3号',
        `当事人：${op}`,
        `性别：男　　出生日期：${id.slice(6, 10)}年${Number(id.slice(10, 12))}月${Number(id.slice(12, 14))}日`,
        `公民身份号码：${id}`,
        `住所：${home}`,
        `联系电话：${tel}`,
        `个体工商户名称：${shop}`,
        `经营场所：${shopSite}`,
        `    2025年5月，本局组织开展规模以下个体工商户抽样调查，当事人经营的${shop}被抽中为调查样本户。普查员${enumerator}先后三次到经营场所送达《个体工商户抽样调查表》并讲解填报口径，当事人均以“生意忙、账本不全”为由明确表示不予填报。`,
        `    6月9日，本局执法人员${o1}（执法证号：${CODES[c].region}${digits(5)}）、${o2}（执法证号：${CODES[c].region}${digits(5)}）到当事人住所送达《统计调查催报通知书》，当事人外出，由当事人之妻${wife}代为签收。催报期限届满，当事人仍未报送统计资料。`,
        `    上述事实有现场检查笔录、催报通知书及送达回证、对${op}的询问笔录等证据证明，当事人对事实无异议。`,
        '    本局认为，当事人的行为违反了《中华人民共和国统计法》第七条的规定，构成拒绝提供统计资料的违法行为。鉴于当事人系初次违法，且在立案后补报了调查表，依据《中华人民共和国统计法》第四十二条第二款的规定，本局决定：对当事人给予警告，并处罚款人民币贰仟元整。',
        `    当事人应当自收到本决定书之日起十五日内，持本决定书到${bank}缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。`,
        `    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向${c}人民政府申请行政复议，也可以在六个月内直接向${c}人民法院提起行政诉讼。`,
        `${c}统计局`,
        '2025年7月18日',
      ].join('\n'),
      [P(op), I(id), A(home), M(tel), P(wife)],
      [shop, shopSite, enumerator, o1, o2, bank],
    );
  }

  // 3. A 个体工商户 经营异常状态 标记 公告 in numbered lines (`1．名称：…　经营者：X　统一社会信用代码：…　经营场所：…`): the
  //    operators as persons, two households without a 字号 printed under the operator's name (the name twice on its line),
  //    one premises that is the operator's own house (`（经营者住所）`, labelled a home); the shops named after given names
  //    and surnames, their codes and premises, the 市场监管所's 联系人 and the bureau's seat on a name-like street as decoys.
  {
    const c = '漓川县';
    const ops = [person('女'), person('男'), rare('京', '男'), person('女'), person('男'), rare('福', '女')];
    const names = [`${c}芳芳水果店`, ops[1], `${c}老禄家米粉店`, `${c}志远图文广告部`, ops[4], `${c}彩云服装店`];
    const home = rural(c, '清水乡', '玉兰村');
    const sites = [
      shopAt(c, '南湖镇', '农贸市场'), shopAt(c, '南湖镇', '建业路'), shopAt(c, '双庙镇', '老街'), shopAt(c, '清水乡', '圩亭路'), `${home}（经营者住所）`,
      shopAt(c, '白果乡', '车站路'),
    ];
    const codes = ops.map(() => creditCode(c));
    const contact = person('男');
    const tel = landline(c);
    const seat = office(c);
    add(
      [
        `${c}市场监督管理局`,
        '关于将6户个体工商户标记为经营异常状态的公告',
        `    经查，下列个体工商户未在规定期限内报送2024年度年度报告，或者通过登记的经营场所无法取得联系。依据《个体工商户年度报告暂行办法》和《市场主体登记管理条例实施细则》的有关规定，我局决定将其标记为经营异常状态，并通过国家企业信用信息公示系统向社会公示。`,
        '    被标记的个体工商户补报年度报告或者依法办理经营场所变更登记后，可以向我局申请恢复正常记载状态。',
        ...ops.map((n, k) => `${k + 1}．名称：${names[k]}　经营者：${n}　统一社会信用代码：${codes[k]}　经营场所：${sites[k]}`),
        `    特此公告。`,
        `    咨询电话：${tel}（登记注册股　联系人：${contact}）`,
        `    地址：${seat}`,
        `${c}市场监督管理局`,
        `${date()}`,
      ].join('\n'),
      [...ops.map(P), A(home)],
      [names[0], names[2], names[3], names[5], codes[0], sites[0], sites[1], sites[2], contact, seat],
    );
  }

  // 4. A 特种设备作业人员 考试合格 公示 as a tab table (`序号 姓名 性别 身份证号 作业项目 项目代号 聘用单位`): the holders as
  //    persons (a word-like given name among them), the publisher's masked IDs and the employers — companies named after a
  //    given name or a street — as decoys; a note naming one holder again; the 检验所 and the 监察股's 联系人 as decoys.
  {
    const c = '洮溪县';
    const holders = [person('男'), person('男'), rare('光', '男'), person('女'), person('男'), rare('厉', '男'), person('男'), person('女')];
    const sexes = ['男', '男', '男', '女', '男', '男', '男', '女'];
    const items: [string, string][] = [
      ['叉车司机', 'N1'], ['工业锅炉司炉', 'G1'], ['电梯修理', 'T'], ['快开门式压力容器操作', 'R1'], ['起重机指挥', 'Q1'], ['叉车司机', 'N1'],
      ['桥门式起重机司机', 'Q2'], ['电梯修理', 'T'],
    ];
    const firms = [`${c}国平物流有限公司`, `${c}丽君食品有限公司`, `${c}陇原电梯工程有限公司`, `${c}建业路农副产品批发市场有限公司`, `${c}兴盛建材有限公司`];
    const ids = holders.map((_, k) => maskId(idFor(c, 1970 + 3 * k)));
    const contact = person('男');
    const tel = landline(c);
    add(
      [
        `${c}市场监督管理局`,
        '2025年第三期特种设备作业人员考试合格人员名单公示',
        '    根据《特种设备作业人员监督管理办法》和《特种设备安全管理和作业人员考核规则》，经理论知识和实际操作考试，下列8名人员考试合格，拟核发《特种设备安全管理和作业人员证》，现予公示。公示期为5个工作日，对公示人员有异议的，请向我局特种设备安全监察股反映。',
        '序号\t姓名\t性别\t身份证号\t作业项目\t项目代号\t聘用单位',
        ...holders.map((n, k) => `${k + 1}\t${n}\t${sexes[k]}\t${ids[k]}\t${items[k][0]}\t${items[k][1]}\t${firms[k % firms.length]}`),
        `    备注：${holders[5]}原持有的N1证书超过有效期未申请复审，本次为重新考试取证。`,
        `    考试机构：${c}特种设备检验所　　联系人：${contact}　　联系电话：${tel}`,
        `${c}市场监督管理局`,
        `${date()}`,
      ].join('\n'),
      holders.map(P),
      [...firms, ids[0], `${c}特种设备检验所`, contact],
    );
  }

  // 5. A 教育局 校外培训 行政处罚决定书 on a retired teacher running classes in her flat: `当事人（姓名）：`, a masked ID and
  //    mobile (decoys as printed), `住址：` a flat (a home); her husband collecting the fees (a person); the 执法人员, the
  //    school she retired from (named like a person's given name), a masked parent and the quoted 办法 as decoys.
  {
    const c = '漓川县';
    const teacher = person('女');
    const home = flat(c);
    const id = maskId(idFor(c, 1963));
    const tel = maskMobile(mobile());
    const husband = person('男');
    const [o1, o2] = [person('男'), person('女')];
    const school = `${c}志远中学`;
    const parent = `${pick([...COMMON])}某某`;
    add(
      [
        `${c}教育局行政处罚决定书`,
        '漓教罚字〔2025〕第5号',
        `当事人（姓名）：${teacher}`,
        '证件类型：居民身份证',
        `证件号码：${id}`,
        `住址：${home}`,
        `联系电话：${tel}`,
        `    2025年7月16日，我局执法人员${o1}、${o2}根据群众举报，对当事人住所进行检查，发现当事人未取得《民办学校办学许可证》，以“暑期托管”名义组织14名初中学生开展数学、英语学科类培训，现场由${husband}（当事人之夫）负责登记学生和收取费用。我局当场送达《责令改正通知书》，并于次日立案调查。`,
        `    经查明，当事人系${school}退休教师，自2025年7月1日起在其住所内开班，按每人每课时50元收取培训费，至检查之日共收取培训费11200元。学生家长${parent}等人提供了转账记录，${husband}对代收费用的事实予以认可。`,
        '    以上事实有现场检查笔录、询问笔录、学生名册、收费记录及照片等证据证实。',
        '    本机关认为，当事人的行为违反了《中华人民共和国民办教育促进法》第十二条的规定。依据《校外培训行政处罚暂行办法》第十三条的规定，鉴于当事人积极配合调查并已退还全部培训费用，决定：1．责令停止违法行为；2．处罚款人民币伍仟元。',
        `    如不服本决定，可自收到本决定书之日起六十日内向${c}人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。`,
        `${c}教育局`,
        '2025年8月6日',
      ].join('\n'),
      [P(teacher), A(home), P(husband)],
      [id, tel, o1, o2, school, parent],
    );
  }

  // 6. A 师德师风 典型问题 通报: teachers named in full in the heading of each case and again in its facts (persons: they
  //    are disciplined, not acting in office), a landlord who let a room for paid tutoring (a person), cases the bureau
  //    masked (`李某某`, `X某`), schools named after words and a surname of the pool (`崇文小学`, `光明小学`), a private
  //    kindergarten's brand, `陶行知` quoted and the bureau as decoys.
  {
    const c = '洮溪县';
    const [t1, t2, t3] = [person('男'), person('女'), rare('介', '女')];
    const landlord = person('男');
    const [m1, m2] = [`${pick([...COMMON])}某某`, `${pick([...COMMON])}某`];
    const [s1, s2, s3, s4] = [`${c}崇文小学`, `${c}第二中学`, `${c}光明小学`, `${c}小太阳幼儿园`];
    add(
      [
        `${c}教育体育局`,
        '关于4起违反新时代中小学教师职业行为十项准则典型问题的通报',
        '各乡镇中心学校，县直各学校、幼儿园：',
        '    为进一步加强师德师风建设，以案示警、以案促改，现将近期查处的4起典型问题通报如下：',
        `    一、${s1}教师${t1}违规有偿补课问题。2025年3月至5月，${t1}在校外租用村民${landlord}的两间门面房，组织本班12名学生有偿补课，收取费用6000元。${t1}受到警告处分，退还全部补课费用，取消其本年度评优评先资格。`,
        `    二、${s2}教师${m1}体罚学生问题。2025年4月，${m1}在课堂上因学生未完成作业，罚其在教室外站立两节课。${m1}受到记过处分，调离教学岗位。`,
        `    三、${s3}教师${t2}收受家长礼品礼金问题。2025年教师节前后，${t2}收受学生家长所送购物卡3张共计1500元。责令${t2}退还购物卡，给予其诫勉谈话，并在全校教职工大会上作出检讨。`,
        `    四、${s4}保育员${t3}言语侮辱幼儿问题。2025年5月，${t3}在午休时对哭闹幼儿使用侮辱性语言，经家长${m2}反映后查实。该园已与${t3}解除劳动合同，县教育体育局对该园予以通报批评。`,
        '    各学校要引导广大教师牢记陶行知先生“捧着一颗心来，不带半根草去”的教诲，以案为鉴，守牢师德底线。',
        `${c}教育体育局`,
        `${date()}`,
      ].join('\n'),
      [P(t1), P(landlord), P(t2), P(t3)],
      [s1, s2, s3, s4, m1, m2, '陶行知'],
    );
  }

  // 7. A 住户调查 记账户 补贴 发放 公示 as a tab table (`序号 调查小区编码 户主姓名 家庭住址 记账月数 补贴金额（元）`): heads as
  //    persons, `家庭住址` town + village + group + door (homes, without the county), 小区 codes as decoys; a note that a
  //    daughter keeps the accounts for a head working away (a person); the 辅助调查员 and the 调查队's landline as decoys.
  {
    const c = '淄阳县';
    const town = '柳埠镇';
    const heads = [person('男'), person('男'), person('女'), rare('禄', '男'), person('男'), person('女'), person('男'), rare('归海', '男'), person('女'), person('男')];
    const homes = heads.map(() => distinct(() => `${town}${pick(VILLAGES)}${pick(GROUPS)}${int(2, 88)}号`));
    const areas = heads.map((_, k) => `${CODES[c].region}10${k < 5 ? '3' : '7'}00${k < 5 ? '1' : '2'}`);
    const daughter = kin(heads[4], '女');
    const helper = person('女');
    const tel = landline(c);
    add(
      [
        `${town}2025年上半年城乡住户调查记账户补贴发放公示`,
        `    根据国家统计局${c.slice(0, 2)}调查队《关于做好2025年住户收支与生活状况调查记账补贴发放工作的通知》，现将我镇承担日记账任务的10户记账户补贴发放情况公示如下（每户每月100元，按实际记账月数发放）：`,
        '序号\t调查小区编码\t户主姓名\t家庭住址\t记账月数\t补贴金额（元）',
        ...heads.map((n, k) => `${k + 1}\t${areas[k]}\t${n}\t${homes[k]}\t${k === 6 ? 4 : 6}\t${k === 6 ? 400 : 600}`),
        `    备注：${heads[4]}户因外出务工，自2025年3月起由其女儿${daughter}代为记账；第7户4月新选入样本，按4个月发放。`,
        `    公示期7天。如有异议，请与镇统计站联系。辅助调查员：${helper}　　电话：${tel}`,
        `${town}人民政府`,
        `${date()}`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), P(daughter)],
      [areas[0], helper],
    );
  }

  // 8. A 税务局's reply to a 人大代表建议, with the form's head (`建议编号 / 领衔代表 / 附议代表`) and the salutation `X代表：`.
  //    Deputies who propose a 建议 act in the office of deputy, as an official named with the title of office does (and as
  //    slice 17 labelled the deputy of its reply): the 领衔代表, the two 附议代表, the 局长 who signs and the 联系人 are
  //    decoys. The people the reply speaks of are persons: a stall keeper with his home, an older shopkeeper with hers, a
  //    neighbour who helps her; a caller the bureau masked (`X某某`) and the 12366 hotline as decoys.
  {
    const c = '汾岭县';
    const deputy = person('男');
    const [a, b] = [person('女'), rare('法', '男')];
    const [p1, p2, p3] = [person('男'), person('女'), person('男')];
    const home1 = rural(c, '白果乡', '石门坎村');
    const home2 = rural(c, '白果乡', '大柳树村');
    const director = person('男');
    const contact = person('女');
    const tel = landline(c);
    const masked = `${pick([...COMMON])}某某`;
    add(
      [
        `国家税务总局${c}税务局`,
        '关于县十九届人大四次会议第47号建议的答复',
        `建议编号：第47号　　领衔代表：${deputy}　　附议代表：${a}、${b}`,
        '答复类别：A类（所提问题已经解决或者列入计划解决）',
        `${deputy}代表：`,
        '    您提出的《关于方便山区个体工商户就近办理涉税业务的建议》收悉。感谢您对税收工作的关心和支持，现答复如下：',
        `    您在建议中反映，白果乡石门坎村个体户${p1}（家住${home1}）经营一家农机修理铺，每次办理申报都要到县城办税服务厅，往返五十多公里；大柳树村的${p2}年过六旬，在家中开小卖部，不会使用手机办税。我局高度重视，会同白果乡人民政府实地走访后，已于2025年6月起在白果乡便民服务中心设立“税费服务驿站”，每周二、周四派员坐班办理申报、代开发票等业务。`,
        `    针对老年经营户，我局组织青年税务干部开展“一对一”上门辅导。${p2}（家住${home2}）已在邻居${p3}的陪同下，由服务驿站工作人员指导完成首次网上申报。此前通过12366热线反映同类问题的${masked}等经营户，我局均已逐户回访。`,
        '    再次感谢您对税务工作的理解和支持。',
        `局长：${director}（签发）　　联系人：${contact}　　联系电话：${tel}`,
        `国家税务总局${c}税务局`,
        `${date()}`,
      ].join('\n'),
      [P(p1), A(home1), P(p2), A(home2), P(p3)],
      [deputy, a, b, director, contact, tel, masked, '12366'],
    );
  }

  // 9. A long news feature on a night market's stall keepers: each person named in full once, then `X师傅`, `X大姐`,
  //    `老X` (a surname alone names no one: decoys); a stall keeper's home village group, a husband working in town, a
  //    grandson at university, a young man back from the city with his van's plate and his shop in his own house; the
  //    reporter and correspondent, the 市场监管所所长, the stall's sign `X记馄饨`, a brand, `鲁班` and the market street
  //    as decoys.
  {
    const c = '洮溪县';
    const zhang = person('男');
    const liu = person('女');
    const husband = person('男');
    const zhou = rare('经', '男');
    const grandson = young(zhou);
    const back = person('男');
    const homeZ = rural(c, '南湖镇', '崇家湾村');
    const homeB = rural(c, '南湖镇', '志强村');
    const plate = `甘J${pick(['A', 'D', 'F'])}${digits(4)}`;
    const [reporter, corr, chief] = [person('女'), person('男'), person('男')];
    const zs = familyOf(zhang);
    const ls = familyOf(liu);
    const os = familyOf(zhou);
    add(
      [
        '夜市烟火气里的“诚信账本”',
        `——${c}南湖镇滨河路夜市个体户见闻`,
        `（记者 ${reporter}　通讯员 ${corr}）`,
        `    傍晚六点，南湖镇滨河路夜市的灯陆续亮起。五十八岁的${zhang}把电动三轮车停稳，支起“${zs}记馄饨”的招牌，案板上的秤擦得锃亮。“做了二十多年小吃，秤上从来不敢短一两。”${zs}师傅一边包馄饨一边说。`,
        `    ${zhang}家住${homeZ}，每天收摊后还要骑车回村。去年，镇市场监管所为夜市摊主统一配发了经过检定的电子秤，${zs}师傅的摊位是第一批换秤的。他说，顾客现在扫码付款，每一笔都有记录，“账本比以前清楚多了”。`,
        `    隔壁卖凉皮的${liu}是从外县嫁过来的，街坊们都叫她${ls}大姐。${ls}大姐的丈夫${husband}在县城工地上做木工，两个孩子在镇中心小学读书。“办了个体户营业执照，心里踏实。”${ls}大姐说，执照是所里工作人员手把手教她用手机办下来的，没跑一趟腿。`,
        `    夜市最东头是${zhou}的修鞋摊。七十一岁的老${os}年轻时在国营红星鞋厂当工人，退休后摆摊修鞋，一干就是十五年。老${os}自嘲是“鲁班的远房徒弟”，钉鞋掌、换拉链，收费从没涨过。今年夏天，他的孙子${grandson}考上了省城的大学，老${os}逢人就说。`,
        `    南湖镇市场监管所所长${chief}介绍，滨河路夜市目前有摊位126个，其中办理个体工商户登记的有98户。所里每月组织一次计量器具检查，并为摊主提供食品安全和价格公示方面的指导。`,
        `    夜市的新面孔也越来越多。三十岁的${back}去年辞去城里的工作回乡，在自家房子（${homeB}）一楼开了一家奶茶店，加盟的是蜜雪冰城。每天傍晚，他开着那辆${plate}的面包车到夜市摆出流动摊位。“回来创业，家里人都支持。”他说。`,
        `    记者离开时已近十点，${zs}师傅的馄饨摊前又排起了队。`,
      ].join('\n'),
      [P(zhang), A(homeZ), P(liu), P(husband), P(zhou), P(grandson), P(back), A(homeB), PL(plate)],
      [reporter, corr, chief, `${zs}记馄饨`, `${zs}师傅`, `${ls}大姐`, `老${os}`, '鲁班', '蜜雪冰城'],
    );
  }

  // 10. A traditional-script mirror of a 税务 简易处罚决定书 on a village shop's owner: `納稅人名稱：` the shop (a decoy),
  //     `業主姓名：`, a full `身份證件號碼：`, `住址：` (village group and door, a home), the owner named again and his son who
  //     signed (persons); the tax officers, the bank and the shop as decoys.
  {
    const c = '汾岭县';
    const owner = person('男');
    const son = kin(owner, '男');
    const id = idFor(c, 1968);
    const home = rural(c, '双庙镇', '禄家庄村');
    const shop = `${c}${familyOf(owner)}记日杂店`;
    const [o1, o2] = [person('男'), person('女')];
    const bank = `${c}农村信用合作联社双庙信用社`;
    const text = [
      `国家税务总局${c}税务局双庙税务分局`,
      '税务行政处罚决定书（简易）',
      `汾税简罚〔2025〕${int(100, 480)}号`,
      `纳税人名称：${shop}`,
      `业主姓名：${owner}`,
      `身份证件号码：${id}`,
      `住址：${home}`,
      '    你（单位）2025年4月1日至2025年6月30日期间的增值税未按照规定期限办理纳税申报，违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据《中华人民共和国税收征收管理法》第六十二条的规定，决定对你处以罚款贰佰元。',
      `    请自收到本决定书之日起十五日内到${bank}缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。`,
      `    如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局${c}税务局申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。`,
      `    本决定书当场交付。业主${owner}外出，由其子${son}代为签收。`,
      `税务执法人员：${o1}、${o2}`,
      `国家税务总局${c}税务局双庙税务分局`,
      `${date()}`,
    ].join('\n');
    add(trad(text), [P(trad(owner)), I(id), A(trad(home)), P(trad(son))], [trad(shop), trad(o1), trad(o2), trad(bank)]);
  }
}
