/**
 * Held-out slice 32: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, leaning to 交通运输/渔业/邮政 pages and weighted towards homes — a 道路运输 行政处罚
 * 决定书 公告送达 to several parties (户籍地 vs 现住), a 渔业船舶 注销登记 公告, a 邮政 无法投递邮件 公告, a 乡邮员 news feature,
 * a 农村客运驾驶员 安全培训 结业 名单, a 拾金不昧 出租汽车驾驶员 通报表扬, a 水域滩涂养殖证 核发 公示, a traditional-script 电鱼
 * 行政處罰決定書, a 快递 申诉 处理 告知书 and a 村邮站 站长 名单. As much for precision as for recall. Its own seed and pools:
 * about four in five names a common surname with an ordinary given name, the rest a rare surname of pinyin A–F no earlier
 * slice draws (巴, 拜, 宾, 畅, 答, 刀, 多, 恩, 凡, 甫), a compound one (达奚, 尔朱) or a given name that is an ordinary word
 * (海洋, 和平, 解放, 春雨, 白云, 秋月); counties 澜港县, 沅桥县, 岷河县, 渚山县, villages 国庆村 and 和平村 reading like names,
 * 巴家岙村 and 宾家湾村 carrying surnames of the pool, streets 海洋路, 建设路 and 秀英街 in homes and bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, PL, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '巴拜宾畅答刀多恩凡甫';
const COMPOUND = ['达奚', '尔朱'];
// Ordinary given names in about the proportion people bear them; the last three of each are words (海洋, 和平, 白云 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '德明', '晓东', '鹏', '卫国', '志勇', '建平', '刚', '涛', '国华', '文杰',
  '振华', '海涛', '永强', '斌', '超', '亮', '辉', '建新', '明', '波', '磊', '金龙', '长青', '海洋', '和平', '解放',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '秀珍', '丽萍', '小红', '雪梅', '金凤', '艳', '燕', '彩霞', '慧', '婷', '春雨', '白云', '秋月',
];
// What parents chose in the last twenty years (a left-behind child).
const BOYS = ['浩', '子豪', '宇轩', '浩然', '俊杰', '梓轩', '一诺'];

const CODES = {
  澜港县: { tel: '0580', region: '330922' },
  沅桥县: { tel: '0745', region: '431223' },
  岷河县: { tel: '0833', region: '511126' },
  渚山县: { tel: '0572', region: '330522' },
};
type County = keyof typeof CODES;
const TOWNS = ['白沙港镇', '渔仓乡', '龙潭铺镇', '三岔河镇', '青石桥乡'];
// 国庆村 and 和平村 read like given names of the pool; 巴家岙村 and 宾家湾村 carry its surnames.
const VILLAGES = ['国庆村', '和平村', '巴家岙村', '宾家湾村', '东礁村', '沙头村', '蛟塘村', '柳湾村'];
const GROUPS = ['一组', '三组', '五组', '东岙组', '码头组', '后山组', '八组'];
// 海洋, 建设 and 秀英 read like given names: homes and bodies' addresses (decoys) both carry them.
const STREETS = ['海洋路', '建设路', '秀英街', '滨江路'];
const ESTATES = ['海悦花园', '港城小区', '金帆苑', '渔港新村'];

// Traditional forms for the mirror (characters of its text that blind.ts's table lacks).
const TRAD: Record<string, string> = {
  桥: '橋', 铺: '鋪', 头: '頭', 码: '碼', 农: '農', 处: '處', 罚: '罰', 决: '決', 书: '書', 渔: '漁', 当: '當', 证: '證', 联: '聯', 系: '繫', 电: '電', 话: '話', 捞: '撈',
  经: '經', 机: '機', 关: '關', 调: '調', 现: '現', 执: '執', 员: '員', 举: '舉', 报: '報', 获: '獲', 与: '與', 压: '壓', 网: '網', 场: '場', 违: '違', 实: '實', 异: '異',
  议: '議', 华: '華', 业: '業', 条: '條', 规: '規', 没: '沒', 币: '幣', 缴: '繳', 纳: '納', 银: '銀', 账: '賬', 户: '戶', 复: '復', 诉: '訴', 内: '內', 讼: '訟', 签: '簽',
  为: '為', 时: '時', 许: '許', 鱼: '魚', 对: '對', 无: '無', 认: '認', 项: '項', 给: '給', 应: '應', 数: '數', 额: '額', 请: '請', 个: '個', 领: '領', 导: '導', 检: '檢',
  测: '測', 笔: '筆', 录: '錄', 询: '詢', 问: '問', 据: '據', 鉴: '鑑', 节: '節', 轻: '輕', 严: '嚴', 态: '態', 较: '較', 从: '從', 标: '標', 准: '準', 综: '綜', 队: '隊',
  门: '門', 卫: '衛', 庆: '慶', 湾: '灣', 组: '組', 后: '後', 镇: '鎮', 乡: '鄉', 县: '縣', 国: '國', 汉: '漢', 畅: '暢', 韦: '韋', 宾: '賓', 达: '達', 尔: '爾', 号: '號',
  储: '儲', 将: '將', 护: '護', 该: '該', 务: '務', 宁: '寧', 断: '斷', 离: '離', 开: '開', 发: '發', 觉: '覺', 视: '視', 频: '頻', 资: '資', 损: '損', 坏: '壞', 显: '顯',
  进: '進', 坝: '壩', 级: '級', 结: '結', 终: '終', 过: '過', 说: '說', 辩: '辯', 听: '聽', 写: '寫', 这: '這', 动: '動', 产: '產', 库: '庫', 区: '區', 养: '養', 样: '樣',
  点: '點', 众: '眾',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice32(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(32_2026_1202);
  const { pick, int, digits, pad, chance } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.03,
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
  const { fresh, person, kin, landline, office, date, distinct, rural, flat } = g;
  const add = recorder('holdout32', addRecord);
  const young = (sex: Sex): string => fresh(() => (chance(0.9) ? pick([...COMMON.slice(0, 40)]) : pick([...RARE])) + (sex === '男' ? pick(BOYS) : pick(['子涵', '欣怡', '雨桐'])));
  /** A home printed without the county (`…村…组…号`), as village lists print it. */
  const door = (village: string): string => distinct(() => `${village}${pick(GROUPS)}${int(1, 88)}号`);
  /** A house on a street of the county seat (`…路…号`). */
  const streetHouse = (c: County): string => distinct(() => `${c}${pick(['海洋路', '建设路', '滨江路'])}${int(2, 240)}号`);
  const mobile = (): string => `1${pick(['33', '35', '36', '39', '52', '58', '73', '80', '87', '91'])}${digits(8)}`;
  const plate = (prov: string, letter: string): string => `${prov}${letter}${digits(1)}${pick(['A', 'B', 'C', 'D', 'F', 'K', 'Q'])}${digits(3)}`;
  const money = (lo: number, hi: number): string => `${int(lo, hi)}`;

  // 1. 道路运输 行政处罚决定书 公告送达 to three people and a company: the addressees in brackets on one heading line
  //    (`X（男，…年生，户籍地：…，现住：…室）`), each decision summarised with the plate, `该车登记所有人为你的妻子X`, `驾驶人为你的
  //    儿子X`; the company's 法定代表人 a person, its seat a decoy; 执法人员 in their clause, the bureau's 联系人 and seat as decoys.
  {
    const c: County = '沅桥县';
    const a = person('男');
    const aReg = rural(c, '龙潭铺镇', '国庆村');
    const aNow = flat(c);
    const b = person('男');
    const bHome = rural(c, '青石桥乡', '蛟塘村');
    const cc = person('女');
    const cHome = streetHouse(c);
    const wifeB = person('女');
    const sonC = person('男');
    const rep = person('男');
    const firm = '沅桥县顺通物流有限公司';
    const seat = '沅桥县龙潭铺镇工业集中区';
    const [o1, o2, contact] = [person('男'), person('男'), person('女')];
    const pa = plate('湘', 'N');
    const pb = plate('湘', 'N');
    const pc = plate('湘', 'N');
    const seatBureau = office(c);
    const nos = [int(20, 49), int(50, 79), int(80, 99), int(100, 130)];
    add(
      [
        '沅桥县交通运输局行政处罚决定书公告送达',
        `${a}（男，${int(1975, 1990)}年生，户籍地：${aReg}，现住：${aNow}）、${b}（男，${int(1968, 1985)}年生，住${bHome}）、${cc}（女，${int(1970, 1982)}年生，住${cHome}）、${firm}（法定代表人：${rep}，住所：${seat}）：`,
        '    本局对你们作出的行政处罚决定书，因采用直接送达、邮寄送达等方式均无法送达，依照《交通运输行政执法程序规定》的规定，现向你们公告送达。自本公告发布之日起经过三十日，即视为送达。决定书主要内容如下：',
        `    一、${a}：沅交罚〔2025〕${nos[0]}号。${date()}，本局执法人员${o1}、${o2}在龙潭铺镇客运站出口检查时发现，你驾驶${pa}小型普通客车，未取得道路运输经营许可，擅自从事道路旅客运输经营，载客4人前往青石桥乡，每人收取车费25元。决定罚款人民币${money(5000, 9000)}元。`,
        `    二、${b}：沅交罚〔2025〕${nos[1]}号。你驾驶${pb}轻型厢式货车从事道路货物运输经营，未随车携带《道路运输证》，且不能当场提供有效证明。该车登记所有人为你的妻子${wifeB}。决定罚款人民币200元。`,
        `    三、${cc}：沅交罚〔2025〕${nos[2]}号。你所有的${pc}小型轿车通过网络平台接单从事网约车经营，未取得《网络预约出租汽车运输证》，驾驶人为你的儿子${sonC}。决定罚款人民币${money(10000, 15000)}元。`,
        `    四、${firm}：沅交罚〔2025〕${nos[3]}号。你公司所属重型半挂牵引车未按规定进行年度审验，继续从事道路货物运输经营。决定罚款人民币${money(1000, 3000)}元。`,
        '    罚款应自决定书送达之日起十五日内缴纳。如不服本决定，可在决定书送达之日起六十日内向沅桥县人民政府申请行政复议，或者在六个月内依法提起行政诉讼。',
        `    联系人：${contact}，联系电话：${landline(c)}，地址：${seatBureau}。`,
        '沅桥县交通运输局',
        date(),
      ].join('\n'),
      [P(a), P(b), P(cc), P(wifeB), P(sonC), P(rep), A(aReg), A(aNow), A(bHome), A(cHome), PL(pa), PL(pb), PL(pc)],
      [firm, seat, o1, o2, contact, seatBureau, '龙潭铺镇客运站'],
    );
  }

  // 2. 渔业船舶 注销登记 公告 as a ` | ` table (`船名号 | 船舶所有人 | 住址 | …`): owners as persons (once two brothers `A、B`
  //    sharing one home), the 住址 cells labelled homes (village + group + door, a flat); a co-operative and its wharf, the boats'
  //    numbers, the 渔业渔政管理科 contact and the bureau's seat as decoys; a transfer `转让给…村民X（住…）` in a note.
  {
    const c: County = '澜港县';
    const owners = [person('男'), person('男'), person('男'), person('女'), person('男')];
    const brother = kin(owners[1], '男');
    const homes = [
      rural(c, '白沙港镇', '东礁村'),
      rural(c, '白沙港镇', '巴家岙村'),
      flat(c),
      rural(c, '渔仓乡', '沙头村'),
      rural(c, '渔仓乡', '东礁村'),
    ];
    const buyer = person('男');
    const buyerHome = rural(c, '渔仓乡', '宾家湾村');
    const coop = '澜港县东礁海洋渔业专业合作社';
    const wharf = '白沙港镇东礁村渔业码头';
    const boats = Array.from({ length: 6 }, () => `浙澜渔${pad(int(10000, 99999), 5)}`);
    const staff = person('女');
    const seat = office(c);
    const kw = (): string => String(int(40, 280));
    add(
      [
        '澜港县农业农村局关于注销部分渔业船舶登记的公告',
        '    根据《渔业船舶登记办法》的规定，下列渔业船舶因拆解、灭失或所有权转移，经船舶所有人申请，本局拟注销其所有权登记、国籍登记，并收回捕捞许可证。现予公告：',
        '序号 | 船名号 | 船舶所有人 | 住址 | 主机功率（千瓦） | 注销原因',
        `1 | ${boats[0]} | ${owners[0]} | ${homes[0]} | ${kw()} | 拆解（减船转产）`,
        `2 | ${boats[1]} | ${owners[1]}、${brother} | ${homes[1]} | ${kw()} | 灭失`,
        `3 | ${boats[2]} | ${coop} | ${wharf} | ${kw()} | 拆解`,
        `4 | ${boats[3]} | ${owners[2]} | ${homes[2]} | ${kw()} | 所有权转移`,
        `5 | ${boats[4]} | ${owners[3]} | ${homes[3]} | ${kw()} | 拆解（减船转产）`,
        `6 | ${boats[5]} | ${owners[4]} | ${homes[4]} | ${kw()} | 拆解`,
        `    说明：第2项渔船于2024年台风期间在锚地沉没，船员均已获救，共有人${brother}已出具委托书，由${owners[1]}统一办理。第4项渔船已由${owners[2]}转让给渔仓乡村民${buyer}（住${buyerHome}），受让人应另行申请登记。`,
        `    自公告之日起30日内，对上述注销事项有异议的，请向本局渔业渔政管理科书面提出（联系人：${staff}，电话：${landline(c)}，地址：${seat}）。逾期无异议的，原登记证书自行作废。`,
      ].join('\n'),
      [...owners.map(P), P(brother), P(buyer), ...homes.map(A), A(buyerHome)],
      [coop, wharf, boats[0], boats[2], boats[5], staff, seat],
    );
  }

  // 3. 邮政 无法投递邮件 公告 as a tab table (`邮件号码 收件人 收件地址 寄件人 未投原因`): recipients as persons and their addresses
  //    (flats, village groups with and without the county, a house on a street) labelled homes; senders that are shops (one named
  //    after a given name) or bodies as decoys, senders that are people (with only a city) as persons; a school and a clinic as
  //    recipients with their addresses, two mail numbers, the 邮件处理中心's seat and its clerk as decoys.
  {
    const c: County = '岷河县';
    const rec = [person('女'), person('男'), person('男'), person('女'), person('男'), person('女')];
    const addr = [flat(c), rural(c, '三岔河镇', '和平村'), door('柳湾村'), flat(c), streetHouse(c), rural(c, '青石桥乡', '沙头村')];
    const senders = [person('男'), person('女')];
    const shopA = '丽娟服饰旗舰店';
    const shopB = '岷河县金龙农资商行';
    const school = '岷河县三岔河镇中心小学';
    const schoolAddr = `三岔河镇建设路${int(2, 90)}号`;
    const clinic = '岷河县和平社区卫生服务站';
    const clinicAddr = `${c}秀英街${int(2, 120)}号`;
    const nums = Array.from({ length: 8 }, () => `11${digits(11)}`);
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        '中国邮政集团有限公司岷河县分公司关于无法投递邮件的公告',
        `    我公司近期收寄的下列邮件，经多次投递、电话联系均未能妥投，且无法退回寄件人，现由岷河县邮件处理中心（地址：${seat}）代为保管。请收件人或寄件人自公告之日起三个月内持本人有效身份证件前来办理领取手续，逾期按无着邮件处理。`,
        '序号\t邮件号码\t收件人\t收件地址\t寄件人（寄件地）\t未投原因',
        `1\t${nums[0]}\t${rec[0]}\t${addr[0]}\t${shopA}（浙江义乌）\t电话空号`,
        `2\t${nums[1]}\t${rec[1]}\t${addr[1]}\t${senders[0]}（广东东莞）\t收件人拒收，寄件人电话停机`,
        `3\t${nums[2]}\t${school}\t${schoolAddr}\t四川某出版社\t单位名称有误`,
        `4\t${nums[3]}\t${rec[2]}\t${addr[2]}\t${shopB}\t收件人外出务工，无人代收`,
        `5\t${nums[4]}\t${rec[3]}\t${addr[3]}\t${senders[1]}（新疆库尔勒）\t逾期未领`,
        `6\t${nums[5]}\t${clinic}\t${clinicAddr}\t成都某医疗器械公司\t单位已搬迁`,
        `7\t${nums[6]}\t${rec[4]}\t${addr[4]}\t${shopA}（浙江义乌）\t门牌号不存在`,
        `8\t${nums[7]}\t${rec[5]}\t${addr[5]}\t岷河县社会保险事业管理局\t收件人已迁出`,
        `    咨询电话：${landline(c)}（${clerk}），工作时间：周一至周五8:30—17:30。`,
      ].join('\n'),
      [...rec.map(P), ...addr.map(A), ...senders.map(P)],
      [shopA, shopB, school, schoolAddr, clinic, clinicAddr, nums[0], nums[6], clerk, seat, '岷河县社会保险事业管理局', '岷河县邮件处理中心'],
    );
  }

  // 4. 乡邮员 news feature in running prose: the postman (the subject, a person) and his own home, the villagers on his route
  //    (`家住…号的X今年81岁`, `儿子X在外地打工`, a left-behind child `X的爷爷Y家（…号）`, `村民X通过“邮乐购”…`); the 邮政所所长,
  //    the 县分公司总经理, the reporter and correspondent, `邮乐购` and the post office as decoys.
  {
    const c: County = '沅桥县';
    const post = person('男');
    const postHome = rural(c, '青石桥乡', '柳湾村');
    const old = person('女');
    const oldHome = rural(c, '青石桥乡', '蛟塘村');
    const son = person('男');
    const seller = person('女');
    const kid = young('男');
    const grandpa = kin(kid, '男');
    const kidHome = rural(c, '青石桥乡', '宾家湾村');
    const chief = person('女');
    const gm = person('男');
    const reporter = person('男');
    const corr = person('女');
    add(
      [
        '一个人一条邮路 十八年把信件送进大山',
        `    清晨6点半，青石桥乡邮政所的分拣台前，投递员${post}已经把当天的报刊、包裹和汇款通知单分好了袋。今年47岁的${post}家住${postHome}，2007年开始跑这条邮路，单程68公里，串起全乡7个行政村。`,
        `    “这是${old}老人的降压药，得先送。”他一边装车一边说。家住${oldHome}的${old}今年81岁，儿子${son}在外地打工，每个月都通过邮政给母亲寄药和生活费。老人不会用手机，他每次都把药拆开，按早晚分好放进药盒。`,
        `    在宾家湾村路口，村民${seller}早早等着。她通过“邮乐购”网店卖自家熏的腊肉和高山茶，${post}每次顺路把包裹捎回乡里发出，去年她家卖出腊肉两千多斤。`,
        `    留守儿童${kid}的父母在广东打工，爸爸妈妈寄来的课外书，${post}总是直接送到${kid}的爷爷${grandpa}家（${kidHome}）。“他比快递还准时。”${grandpa}笑着说。`,
        `    青石桥乡邮政所所长${chief}介绍，今年全乡已实现邮件快件“村村通”。县邮政分公司总经理${gm}表示，下一步将在各村增设村邮站，让乡邮员少跑冤枉路。`,
        `    （记者 ${reporter} 通讯员 ${corr}）`,
      ].join('\n'),
      [P(post), A(postHome), P(old), A(oldHome), P(son), P(seller), P(kid), P(grandpa), A(kidHome)],
      [chief, gm, reporter, corr, '邮乐购', '青石桥乡邮政所'],
    );
  }

  // 5. 农村客运驾驶员 安全培训 结业 名单 aligned with spaces (`序号 姓名 性别 所属企业 从业资格类别 考核成绩`): drivers as persons,
  //    two absent named again in prose, the best trainee named again; the training school, companies named after a given name
  //    (`渚山县国庆客运有限公司`) and a street, the lecturers and the 联系人 as decoys.
  {
    const c: County = '渚山县';
    const sexes: Sex[] = ['男', '男', '男', '女', '男', '男', '男', '男', '女', '男'];
    const drivers = sexes.map((s) => person(s));
    const absent = [person('男'), person('男')];
    const firms = ['渚山县公共交通有限公司', '渚山县国庆客运有限公司', '渚山县海洋路城乡客运有限公司', '渚山县三岔河镇客运站'];
    const school = '渚山县交通技工学校';
    const [t1, t2, contact] = [person('男'), person('女'), person('男')];
    const best = drivers[int(0, 9)];
    add(
      [
        '渚山县2025年第二期农村客运驾驶员安全培训结业人员名单',
        `    根据县道路运输发展中心年度培训计划，${school}举办了第二期农村客运驾驶员安全教育培训。学员完成24学时的理论学习和应急处置演练，经考核，下列人员准予结业：`,
        col('序号', 6) + col('姓名', 10) + col('性别', 6) + col('所属企业', 34) + col('从业资格类别', 16) + '考核成绩',
        ...drivers.map((d, k) => col(`${k + 1}`, 6) + col(d, 10) + col(sexes[k], 6) + col(firms[k % 4], 34) + col(pick(['道路旅客运输', '道路旅客运输', '道路旅客运输', '出租汽车客运']), 16) + `${int(72, 98)}`),
        `    ${absent[0]}、${absent[1]}因出车缺课未参加考核，须参加下一期补训，补训合格前不得安排从事农村客运。`,
        `    学员${best}在应急疏散演练中表现突出，被评为本期优秀学员。`,
        `    授课教师：${t1}（高级讲师）、${t2}。联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...drivers.map(P), ...absent.map(P)],
      [school, ...firms, t1, t2, contact],
    );
  }

  // 6. 拾金不昧 出租汽车驾驶员 通报表扬: the commended drivers (persons, like award winners) with their companies in brackets, the
  //    passengers (`乘客X`, `送到X家中（…室）`, `失主X的女儿Y`, `老人X的家属（家住…）`); the companies (one named after 和平), the
  //    运输服务中心's clerk in his clause, 12328 and the bureau as decoys.
  {
    const c: County = '岷河县';
    const d = [person('男'), person('男'), person('女'), person('男')];
    const firm1 = '岷河县和平出租汽车有限公司';
    const firm2 = '岷河县顺达出租汽车有限公司';
    const p1 = person('女');
    const p1Home = flat(c);
    const p2 = person('男');
    const p2d = kin(p2, '女');
    const p3 = person('男');
    const p3Home = rural(c, '三岔河镇', '国庆村');
    const clerk = person('男');
    add(
      [
        '岷河县交通运输局关于对拾金不昧出租汽车驾驶员予以通报表扬的通报',
        '各出租汽车企业：',
        '    今年以来，全县出租汽车驾驶员主动归还乘客遗失物品、热心帮助乘客的事迹不断涌现。现将有关情况通报如下：',
        `    1．${d[0]}（${firm1}驾驶员）：${date()}晚，乘客${p1}乘车回家后将装有现金8600元和银行卡的挎包遗落在后座。${d[0]}发现后立即报告公司，经调取车载定位记录联系到失主，当晚将挎包送到${p1}家中（${p1Home}）。`,
        `    2．${d[1]}（${firm2}驾驶员）：拾得乘客遗失的手机一部，主动交到县道路运输服务中心，经工作人员${clerk}联系，由失主${p2}的女儿${p2d}前来认领。`,
        `    3．${d[2]}（${firm1}驾驶员）：途中遇一名老人突发疾病倒在路边，立即将其送往县人民医院并垫付挂号费。老人${p3}的家属（家住${p3Home}）事后送来锦旗致谢。`,
        `    4．${d[3]}（${firm2}驾驶员）：将乘客遗忘在车上的行李箱原封不动送回客运中心，箱内有笔记本电脑一台。`,
        `    为弘扬正气，决定对${d[0]}、${d[1]}、${d[2]}、${d[3]}四名驾驶员予以通报表扬，在年度服务质量信誉考核中各加${int(2, 5)}分，并由所在企业给予奖励。乘客遗失物品可拨打12328交通运输服务监督电话查询。`,
        '岷河县交通运输局',
        date(),
      ].join('\n'),
      [...d.map(P), P(p1), A(p1Home), P(p2), P(p2d), P(p3), A(p3Home)],
      [firm1, firm2, clerk, '县道路运输服务中心', '12328'],
    );
  }

  // 7. 水域滩涂养殖证 核发 公示 as a tab table (`申请人 住址 养殖水域位置 面积 养殖方式 使用期限`): applicants as persons, their
  //    homes labelled (one a flat in the county seat, one a couple `A、B（夫妻）`), the ponds and reservoir bays (in the same
  //    villages) as decoys; a co-operative with `（负责人：X）` — a person —, its base a decoy; a former tenant named in a note.
  {
    const c: County = '渚山县';
    const ap = [person('男'), person('男'), person('女'), person('男')];
    const wife = person('女');
    const husband = person('男');
    const homes = [rural(c, '三岔河镇', '和平村'), rural(c, '三岔河镇', '柳湾村'), flat(c), rural(c, '龙潭铺镇', '国庆村'), rural(c, '龙潭铺镇', '巴家岙村')];
    const coopHead = person('男');
    const coop = '渚山县柳湾生态渔业专业合作社';
    const base = '三岔河镇柳湾村水产养殖基地';
    const former = person('男');
    const ponds = ['三岔河镇和平村黄泥塘', '柳湾水库东库湾', '柳湾水库西库湾', '龙潭铺镇国庆村新开塘', '巴家岙村老鸭塘', '龙潭铺镇沙头村大塘'];
    const staff = person('女');
    const seat = office(c);
    const area = (): string => `${int(5, 60)}.${int(0, 9)}`;
    add(
      [
        '渚山县2025年水域滩涂养殖证核发公示（第三批）',
        '    依据《水域滩涂养殖发证登记办法》，经养殖生产者申请、乡镇初审、县农业农村局现场核查，拟对以下水域滩涂核发养殖证，现予公示：',
        '序号\t申请人\t住址\t养殖水域位置\t面积（亩）\t养殖方式\t使用期限',
        `1\t${ap[0]}\t${homes[0]}\t${ponds[0]}\t${area()}\t池塘养殖\t2025.12—2040.11`,
        `2\t${ap[1]}\t${homes[1]}\t${ponds[1]}\t${area()}\t水库大水面生态养殖（不投饵）\t2025.12—2035.11`,
        `3\t${coop}（负责人：${coopHead}）\t${base}\t${ponds[2]}\t${area()}\t水库大水面生态养殖（不投饵）\t2025.12—2035.11`,
        `4\t${ap[2]}\t${homes[2]}\t${ponds[3]}\t${area()}\t池塘养殖\t2025.12—2040.11`,
        `5\t${ap[3]}\t${homes[3]}\t${ponds[4]}\t${area()}\t稻渔综合种养\t2025.12—2030.11`,
        `6\t${wife}、${husband}（夫妻）\t${homes[4]}\t${ponds[5]}\t${area()}\t池塘养殖\t2025.12—2040.11`,
        `    其中第5宗水域原由${former}承包养殖，已于2024年将经营权流转给申请人${ap[3]}，流转合同已在镇农经站备案。`,
        `    公示期为7个工作日。如有异议，请向县农业农村局渔业股反映（联系人：${staff}，电话：${landline(c)}，地址：${seat}）。`,
      ].join('\n'),
      [...ap.map(P), P(wife), P(husband), P(coopHead), P(former), ...homes.map(A)],
      [coop, base, ...ponds, staff, seat],
    );
  }

  // 8. A traditional-script mirror of an 电鱼 行政處罰決定書: `當事人：X，男，…，身份證號碼：…，聯繫電話：…，住址：…。`, the fellow
  //    villager caught with him (`另案處理`), `由當事人之妻X代為簽收`; the 執法人員 with their 執法證號, the power station, the
  //    bank and the bureau as decoys.
  {
    const c: County = '沅桥县';
    const party = person('男');
    const born = int(1970, 1988);
    const id = g.idFor(c, born);
    const phone = mobile();
    const home = rural(c, '龙潭铺镇', '和平村');
    const mate = person('男');
    const wife = person('女');
    const [o1, o2] = [person('男'), person('男')];
    const lines = [
      '沅桥县农业农村局',
      '行政处罚决定书',
      `沅农（渔）罚〔2025〕${int(3, 19)}号`,
      `当事人：${party}，男，汉族，${born}年生，身份证号码：${id}，联系电话：${phone}，住址：${home}。`,
      `    当事人使用电鱼方法进行捕捞一案，经本机关依法调查，现查明：${date()}晚，本局执法人员${o1}（执法证号${digits(8)}）、${o2}（执法证号${digits(8)}）接群众举报，在龙潭铺镇柳湾电站下游河段巡查时，当场查获当事人与同村村民${mate}使用电瓶、升压器和抄网电鱼，现场扣押电鱼工具一套、渔获物${int(2, 9)}.${int(1, 9)}千克。${mate}另案处理。当事人对违法事实无异议。`,
      '    当事人的行为违反了《中华人民共和国渔业法》第三十条第一款的规定。依据该法第三十八条第一款的规定，本机关决定：一、没收渔获物和电鱼工具；二、罚款人民币3000元。',
      '    罚款应自收到本决定书之日起十五日内缴至沅桥县农村商业银行各网点，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。',
      '    如不服本决定，可在收到本决定书之日起六十日内向沅桥县人民政府申请行政复议，或者在六个月内依法提起行政诉讼。',
      `    本决定书由当事人之妻${wife}代为签收。`,
      '沅桥县农业农村局',
      date(),
    ];
    add(
      lines.map(trad).join('\n'),
      [P(trad(party)), P(trad(mate)), P(trad(wife)), A(trad(home)), I(id), M(phone)],
      [trad(o1), trad(o2), trad('柳湾电站'), trad('沅桥县农村商业银行'), trad('沅桥县农业农村局')],
    );
  }

  // 9. 快递 申诉 处理 告知书 to a consumer: `X女士：`, the parcel addressed `收件地址为你家（…室）`, a mobile she left; the outlet's
  //    经营者 (a person), the courier (a private company's worker, a person), `你的邻居X误取`; the carrier brand, the outlet named
  //    after a street, a locker brand, 12305, the 申诉受理 clerk and the bureau's seat as decoys.
  {
    const c: County = '渚山县';
    const who = person('女');
    const home = flat(c);
    const phone = mobile();
    const boss = person('男');
    const courier = person('男');
    const neighbour = person('女');
    const clerk = person('男');
    const seat = `渚州市${pick(['滨江路', '秀英街'])}${int(2, 199)}号`;
    const outlet = '渚山县建设路营业部';
    add(
      [
        '渚州市邮政管理局',
        '邮政业用户申诉处理告知书',
        `渚邮申告〔2025〕${int(40, 199)}号`,
        `${who}女士：`,
        `    你于${date()}通过12305申诉平台反映：你网购的一台电饭煲由中通快递承运（运单号${digits(14)}），收件地址为你家（${home}），快件显示“已签收”，但你本人及家人均未收到。你留存的联系电话为${phone}。`,
        `    经调查，该快件由中通快递${outlet}（经营者：${boss}）负责派送，快递员${courier}将快件放入小区门口的丰巢智能柜后，未通知收件人即点击签收；次日快件被你的邻居${neighbour}误取，已于调查期间归还。`,
        '    处理意见：该营业部已向你赔礼道歉，并按《快递服务》国家标准赔付误工补偿100元。我局已责令其整改，未经收件人同意不得将快件放入智能快件箱，并将本次申诉计入企业服务质量档案。',
        '    你如对处理结果有异议，可在收到本告知书之日起十五日内向我局书面提出。',
        `    经办人：${clerk}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [P(who), A(home), M(phone), P(boss), P(courier), P(neighbour)],
      ['中通快递', outlet, '丰巢智能柜', '12305', clerk, seat],
    );
  }

  // 10. 村邮站 站长 名单 公示 as a tab table (`乡镇 村邮站名称 站址 站长 联系电话`): the keepers as persons (like appointees) with
  //     their mobiles; a 站址 that is the keeper's house `…组…号（站长家中）` labelled a home, a 站址 in a village committee, a
  //     党群服务中心 or a shop named after a given name as decoys; a former rural postman keeper, `其丈夫X协助`.
  {
    const keepers = [person('女'), person('男'), person('男'), person('女'), person('男'), person('女')];
    const phones = keepers.map(() => mobile());
    const homes = [door('宾家湾村'), door('蛟塘村'), door('巴家岙村')];
    const shop = '柳湾村建华便民超市';
    const husband = person('男');
    const sites = ['国庆村村委会一楼', homes[0] + '（站长家中）', shop, homes[1] + '（站长家中）', '沙头村党群服务中心', homes[2] + '（站长家中）'];
    const towns = ['龙潭铺镇', '龙潭铺镇', '青石桥乡', '青石桥乡', '三岔河镇', '三岔河镇'];
    const names = ['国庆村村邮站', '宾家湾村村邮站', '柳湾村村邮站', '蛟塘村村邮站', '沙头村村邮站', '巴家岙村村邮站'];
    const seat = office('沅桥县');
    add(
      [
        '沅桥县2025年村邮站站长名单公示',
        '    为方便群众就近收寄邮件快件、代缴水电费，县邮政分公司会同各乡镇在行政村设立村邮站。经村委会推荐、乡镇审核，现将新聘任的村邮站站长名单公示如下：',
        '序号\t乡镇\t村邮站名称\t站址\t站长\t联系电话',
        ...keepers.map((k, i) => `${i + 1}\t${towns[i]}\t${names[i]}\t${sites[i]}\t${k}\t${phones[i]}`),
        `    说明：${keepers[2]}原为青石桥乡乡邮员，退休后受聘；${keepers[3]}白天在镇上务工，由其丈夫${husband}协助收发。村邮站站长不属于邮政企业正式职工，服务补贴由县邮政分公司按月发放。`,
        `    公示期5天，如有异议请向县邮政分公司（${seat}）反映。`,
      ].join('\n'),
      [...keepers.map(P), ...phones.map(M), ...homes.map(A), P(husband)],
      [shop, '国庆村村委会一楼', '沙头村党群服务中心', seat],
    );
  }
}
