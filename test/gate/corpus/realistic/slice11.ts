/**
 * Held-out slice 11: ten whole documents written blind (without reading review/), weighted towards the places where
 * published documents print a person's home: 户籍所在地 / 经常居住地 / 暂住 / 送达地址 / 住所地, 房屋征收 and 危房改造
 * lists, 失信 lists, 12345 summaries, herders' 嘎查 homes. Its own seed and its own pools of names and places (none
 * of blind.ts's counties, villages, streets or estates), so nothing here was seen when the rules were tuned.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, recorder, short, toTrad, type AddRecord, type Label } from './blind.js';

const MALE = ['保国', '建华', '占山', '玉福', '国庆', '海生', '来福', '长春', '金龙', '志强', '永刚', '卫国', '晨阳', '一鸣', '思远', '博文', '泽宇', '俊杰', '万山', '德胜', '银柱', '铁柱', '栓柱', '庆丰', '学军', '进财', '耀祖', '丙寅', '守财', '存良', '润生', '宏图', '少波', '克勤', '旺', '伟', '刚', '辉', '平'];
const FEMALE = ['桂英', '秀英', '玉梅', '凤琴', '改花', '引弟', '招娣', '翠兰', '美华', '淑琴', '春花', '小燕', '海霞', '玉珍', '秀兰', '雪梅', '梦瑶', '诗涵', '可欣', '一诺', '欣悦', '巧玲', '月梅', '彩云', '爱华', '素珍', '雅琴', '梓萱', '二妮', '灵芝', '慧', '玲', '颖', '婷'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜程苏魏吕丁任沈姚姜崔汪范石廖贾夏付方白邹孟熊秦邱尹薛闫段雷侯史陶贺毛郝邵戴孔常康';
const RARE = '郗栗麻伍仝亢寇牛弓岳冀芦焦樊霍柴尉殷';
const MONGOL = ['巴特尔', '乌云毕力格', '额尔敦', '孟克', '达来', '斯日古楞', '阿拉坦', '那仁满都拉', '塔娜', '通拉嘎', '乌日根', '青格乐图', '布和', '特木尔', '毕力格图', '萨其拉', '赛音', '格根塔娜'];

const COUNTIES = ['岚县', '石楼县', '临泉县', '太和县', '宁城县', '仪陇县', '营山县', '兴和县'];
// Each banner with the town at its seat, where herders who left the pasture live.
const BANNERS: [string, string][] = [['乌审旗', '嘎鲁图镇'], ['鄂托克前旗', '敖勒召其镇'], ['翁牛特旗', '乌丹镇']];
const TOWNS = ['杨桥镇', '瓦店乡', '东城乡', '梁家集镇', '宫集镇', '伏龙乡', '双河镇', '八里罕镇', '天义镇'];
const VILLAGES = ['贾家坪村', '下湾村', '南堡子村', '后沟门村', '桑树坪村', '柳林村', '郝家庄村', '马鞍山村', '二道河子村', '西岔村', '新立屯村', '姚家圩村'];
const GROUPS = ['一组', '七组', '前院组', '八社', '中心组', '后营组', '三队'];
// 桂芳路, 秀峰街 and 志远路 read like given names: they carry offices' and shops' addresses (decoys).
const STREETS = ['解放街', '长安路', '和平街', '朝阳路', '建设大街', '胜利路', '永安路', '学府路', '文化路'];
const NAMELIKE = ['桂芳路', '秀峰街', '志远路'];
const ESTATES = ['阳光家园', '幸福里小区', '东方明珠小区', '康居苑', '丽景湾', '翠苑小区', '电业小区', '粮食局家属院', '怡景华庭'];
const SUMU = ['图克苏木', '乌兰陶勒盖苏木', '海流图苏木', '昂素苏木'];
const GACHA = ['巴音温都尔嘎查', '陶日木嘎查', '乌兰布拉格嘎查', '沙日塔拉嘎查', '呼和乌苏嘎查'];

// Traditional forms this slice's pools need beyond blind.ts's table.
const TRAD: Record<string, string> = {
  岚: '嵐', 临: '臨', 仪: '儀', 陇: '隴', 宁: '寧', 审: '審', 桥: '橋', 电: '電', 粮: '糧', 属: '屬', 胜: '勝', 设: '設', 学: '學',
  财: '財', 梦: '夢', 诗: '詩', 诺: '諾', 灵: '靈', 颖: '穎', 鸣: '鳴', 泽: '澤', 银: '銀', 芦: '蘆', 坪: '坪', 圩: '圩', 沟: '溝', 湾: '灣',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));
// A one-character county keeps its 县 (岚县住建局, not 岚住建局).
const abbr = (c: string): string => (short(c).length > 1 ? short(c) : c);

export function slice11(addRecord: AddRecord, used: Set<string>): void {
  const { rnd, pick, int, digits, pad, chance } = seededRandom(11_2026_1201);
  const add = recorder('holdout11', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => (rnd() < 0.85 ? pick([...SURNAMES]) : pick([...RARE])) + pick(s === '男' ? MALE : FEMALE));
  };
  const mongol = (): string => fresh(() => pick(MONGOL));
  const county = (): string => pick(COUNTIES);
  const rural = (c = county()): string => `${c}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 68)}号`;
  const flat = (c = county()): string => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 18)}号楼${int(1, 4)}单元${int(1, 17)}0${int(1, 4)}室`;
  const compound = (c = county()): string => `${c}${pick(STREETS)}${int(2, 160)}号院${int(1, 9)}号楼${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}`;
  const idCard = (y: number, region: string): string => {
    const body = `${region}${y}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const landline = (): string => `0${pick(['358', '558', '476', '817', '474', '477'])}-${int(3, 8)}${digits(6)}`;
  const date = (): string => `${int(2024, 2025)}年${int(1, 12)}月${int(1, 28)}日`;
  const birth = (lo: number, hi: number): string => `${int(lo, hi)}年${int(1, 12)}月${int(1, 28)}日`;

  // 1. A court's 公告送达 of a judgment to three defendants on label lines: 户籍所在地 and 经常居住地 of one, `住…号`
  //    of another, `户籍所在地…，现下落不明` of the third; the plaintiff with `住所地…室` (a person's 住所地); the court's seat on a name-like
  //    street and the judge and clerk at the foot (decoys).
  {
    const c = county();
    const court = `${c}人民法院`;
    const d1 = person('男');
    const d2 = person('女');
    const d3 = person('男');
    const plaintiff = person('男');
    const plaintiffHome = flat(c);
    const reg1 = rural(c);
    const live1 = flat();
    const home2 = rural(c);
    const reg3 = rural(c);
    const seat = `${c}${pick(NAMELIKE)}${int(10, 99)}号`;
    const judge = person('女');
    const clerk = person('男');
    add(
      [
        `${court}`,
        '公　告',
        `（${int(2024, 2025)}）${pick(['晋1129', '皖1221', '蒙0429', '川1324'])}民初${int(100, 2999)}号`,
        `${d1}、${d2}、${d3}：`,
        `    本院受理原告${plaintiff}诉你们民间借贷纠纷一案，已审理终结。因你们下落不明，现依法向你们公告送达本院（${int(2024, 2025)}）民事判决书。`,
        `    原告${plaintiff}，男，${birth(1965, 1980)}出生，汉族，住所地${plaintiffHome}。`,
        `    被告${d1}，男，${birth(1972, 1990)}出生，汉族，户籍所在地${reg1}，经常居住地${live1}。`,
        `    被告${d2}，女，${birth(1975, 1992)}出生，汉族，住${home2}。`,
        `    被告${d3}，男，${birth(1968, 1985)}出生，户籍所在地${reg3}，现下落不明。`,
        `    判决主要内容：被告${d1}于判决生效后十日内偿还原告${plaintiff}借款${int(3, 30)}0000元，被告${d2}、${d3}承担连带清偿责任。`,
        `    自公告之日起六十日即视为送达。如不服本判决，可在公告期满后十五日内向本院递交上诉状。本院地址：${seat}。`,
        `    审判员　${judge}　　书记员　${clerk}`,
      ].join('\n'),
      [P(d1), P(d2), P(d3), P(plaintiff), A(plaintiffHome), A(reg1), A(live1), A(home2), A(reg3)],
      [seat, judge, clerk],
    );
  }

  // 2. A 失信被执行人 list as a tab table with `住址` column (rural 村组号, a 号院 flat, a 小区 flat), IDs masked by
  //    the court (decoys); the applicant a company; the 执行局's contact at the foot (decoy).
  {
    const c = county();
    const contact = person('男');
    const pii: Label[] = [];
    const masked: string[] = [];
    const lines = [
      `${c}人民法院失信被执行人名单（第${int(3, 12)}批）`,
      `    根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将本院纳入失信被执行人名单的自然人予以公布：`,
      '序号\t被执行人姓名\t性别\t身份证号码\t住址\t执行依据\t未履行金额（元）',
    ];
    const homes = [rural(c), compound(c), flat(c), rural(c)];
    homes.forEach((h, i) => {
      const sex = i === 1 ? '女' : '男';
      const who = person(sex);
      const m = `${pick(['141129', '341221', '150429', '511324'])}${int(1965, 1995)}****${digits(3)}${pick(['1', '2', 'X'])}`;
      pii.push(P(who), A(h));
      masked.push(m);
      lines.push(`${i + 1}\t${who}\t${sex}\t${m}\t${h}\t（${int(2023, 2025)}）民初${int(100, 999)}号\t${int(12, 480)}${digits(3)}`);
    });
    lines.push(`    上述被执行人自觉履行义务的，可向本院执行局申请删除失信信息。联系人：${contact}，电话：${landline()}。`);
    add(lines.join('\n'), pii, [...masked, contact]);
  }

  // 3. A 棚户区改造 房屋征收补偿 result as a ` | ` table: `被征收人 | 房屋坐落 | 户籍地址 | …`, the 坐落 a `…号院…排…号`
  //    courtyard house or a flat, the 户籍地址 a village (some moved in from the countryside) or `同上`; the 征收
  //    centre's office and head as decoys.
  {
    const c = county();
    const street = pick(STREETS);
    const head = person('男');
    const office = `${c}${pick(NAMELIKE)}${int(100, 300)}号`;
    const pii: Label[] = [];
    const lines = [
      `${c}${street}片区棚户区改造项目房屋征收补偿结果公示`,
      '序号 | 被征收人 | 房屋坐落 | 户籍地址 | 认定建筑面积（㎡） | 补偿方式 | 补偿金额（元）',
    ];
    for (let i = 1; i <= 6; i++) {
      const who = person();
      const site = i <= 3 ? `${street}${int(20, 90)}号院${int(1, 6)}排${int(1, 12)}号` : `${street}${pick(ESTATES)}${int(1, 6)}号楼${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}室`;
      const reg = i % 2 === 0 ? rural(c) : '同上';
      pii.push(P(who), A(site));
      if (reg !== '同上') pii.push(A(reg));
      lines.push(`${i} | ${who} | ${site} | ${reg} | ${int(38, 120)}.${int(10, 99)} | ${pick(['货币补偿', '产权调换'])} | ${int(18, 95)}${digits(4)}`);
    }
    lines.push(`    公示期10日。对公示内容有异议的，请向${c}房屋征收与补偿服务中心（地址：${office}）反映。中心主任：${head}`);
    add(lines.join('\n'), pii, [office, head]);
  }

  // 4. A town's 农村危房改造 list: `户主姓名　家庭住址　类别　…` separated by full-width spaces, addresses without the
  //    county (`…村…组…号`); a widow named in a note with her late husband; the town's contact at the foot.
  {
    const c = county();
    const town = pick(TOWNS);
    const contact = person('女');
    const pii: Label[] = [];
    const lines = [
      `${town}${int(2024, 2025)}年农村危房改造补助对象公示`,
      '序号　户主姓名　家庭住址　类别　危房等级　改造方式　补助资金（元）',
    ];
    let widow = '';
    for (let i = 1; i <= 6; i++) {
      const sex = i === 3 ? '女' : '男';
      const who = person(sex);
      if (i === 3) widow = who;
      const home = `${pick(VILLAGES)}${pick(GROUPS)}${int(1, 60)}号`;
      pii.push(P(who), A(home));
      lines.push(`${i}　${who}　${home}　${pick(['低保户', '分散供养特困人员', '低保边缘家庭', '因病致贫户'])}　${pick(['C级', 'D级'])}　${pick(['原址翻建', '加固维修'])}　${pick([12000, 18000, 25000, 35000])}`);
    }
    const late = person('男');
    lines.push(`    注：${widow}系已故村民${late}之妻，独居，由村委会协助其办理改造手续。`);
    lines.push(`    公示期7天。联系人：${contact}（${town}人民政府规划建设办），电话：${landline()}`);
    add(lines.join('\n'), [...pii, P(late)], [contact]);
  }

  // 5. A 12345 hotline weekly summary: a caller with a masked name whose flat is given in brackets (an address), a
  //    complaint about a building's lift (the building is no one's home: a decoy), a caller naming her upstairs
  //    neighbour, `家住…小区的住户` (an estate alone is no one's home: a decoy), the handling office's head as a decoy.
  {
    const c = county();
    const home = `${pick(ESTATES)}${int(1, 20)}号楼${int(1, 4)}单元${int(2, 18)}0${int(1, 4)}室`;
    const est = pick(ESTATES.filter((e) => !home.startsWith(e)));
    const lift = `${est}${int(1, 20)}号楼`;
    const estate = pick(ESTATES.filter((e) => !home.startsWith(e) && e !== est));
    const caller = person('女');
    const upstairs = person('男');
    const callerHome = `${pick(STREETS)}${int(3, 200)}号院${int(1, 9)}号楼${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}`;
    const head = person('男');
    add(
      [
        `${c}12345政务服务便民热线第${int(10, 48)}周工单办理情况`,
        `    一、市民张先生（家住${home}）来电反映，小区地下车库长期积水，物业公司未及时处理。经转${abbr(c)}住建局督办，物业已于${int(2, 5)}日内完成排水。`,
        `    二、市民反映${lift}电梯频繁停运，存在安全隐患。市场监管局已责令维保单位检修并复检合格。`,
        `    三、市民${caller}来电反映，其居住的${callerHome}，楼上住户${upstairs}装修时破坏承重墙。住建局执法人员现场核查后已责令停工并恢复原状。`,
        `    四、家住${estate}的住户反映，早晚用水高峰时段五六楼时常停水。供水公司已调整加压泵站运行时段。`,
        `    本周热线共受理工单${int(300, 900)}件，按时办结率${int(95, 99)}%。（热线办主任：${head}）`,
      ].join('\n'),
      [A(home), P(caller), P(upstairs), A(callerHome)],
      [lift, estate, head, '张先生'],
    );
  }

  // 6. A 市场监管 penalty on a 个体工商户: the shop's name, `经营者：`, `经营者住所：` (a home) and `经营场所：` (the
  //    shop: a decoy) on label lines, a mobile, two officers in prose.
  {
    const c = county();
    const owner = person('男');
    const ownerHome = rural(c);
    const shop = `${c}${pick(NAMELIKE)}${int(10, 200)}号`;
    const tel = pick(['135', '138', '151', '157', '182', '187', '198']) + digits(8);
    const o1 = person('男');
    const o2 = person('女');
    add(
      [
        `${c}市场监督管理局`,
        '行政处罚决定书',
        `${abbr(c)}市监罚〔${int(2024, 2025)}〕${int(10, 300)}号`,
        `当事人：${abbr(c)}${pick(['鑫旺', '福满', '味之源'])}烧烤店（个体工商户）`,
        `统一社会信用代码：92${digits(4)}MA${digits(4)}${pick(['K', 'Q', 'T'])}${digits(5)}`,
        `经营者：${owner}　联系电话：${tel}`,
        `经营者住所：${ownerHome}`,
        `经营场所：${shop}`,
        `    ${date()}，本局执法人员${o1}、${o2}对当事人经营场所进行检查，发现其后厨冰柜内存放超过保质期的冷冻羊肉串${int(5, 40)}千克。经营者${owner}称系进货时未查验日期。`,
        `    依据《中华人民共和国食品安全法》第一百二十四条，本局决定没收上述食品，并处罚款${int(5, 20)}000元。`,
      ].join('\n'),
      [P(owner), A(ownerHome), M(tel)],
      [shop, o1, o2],
    );
  }

  // 7. A banner's 限期拆除 notice on herders' unlicensed sheds: `当事人：X，蒙古族，…，户籍所在地：…嘎查；现居住：
  //    …小区…` (herders who moved to the banner seat), a second herder with `住…嘎查…号`, a third with `送达地址：…（其女儿家）`, his son in prose; the 苏木达
  //    and the 嘎查's party secretary acting in office (decoys).
  {
    const [banner, seatTown] = pick(BANNERS);
    const sumu = pick(SUMU);
    const h1 = mongol();
    const h2 = mongol();
    const h3 = mongol();
    const serve3 = `${banner}${seatTown}${pick(STREETS)}${int(10, 90)}号`;
    const son = mongol();
    const reg1 = `${banner}${sumu}${pick(GACHA)}`;
    const now1 = `${banner}${seatTown}${pick(ESTATES)}${int(1, 12)}号楼${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}室`;
    const home2 = `${banner}${sumu}${pick(GACHA)}${int(1, 40)}号`;
    const sumuda = person('男');
    const sec = mongol();
    add(
      [
        `${banner}${sumu}人民政府`,
        '限期拆除违法建设公告',
        `当事人：${h1}，蒙古族，${birth(1962, 1980)}出生，户籍所在地：${reg1}；现居住：${now1}。`,
        `当事人：${h2}，蒙古族，住${home2}。`,
        `当事人：${h3}，蒙古族，送达地址：${serve3}（其女儿家）。`,
        `    经查，上述当事人未经批准在基本草原内搭建彩钢棚圈，违反了《中华人民共和国草原法》第三十八条。因无法直接送达，本机关依法公告：限当事人自公告之日起十五日内自行拆除；逾期不拆除的，依法强制拆除。`,
        `    ${h2}之子${son}已到苏木综合行政执法局领取文书复印件。`,
        `    苏木达：${sumuda}　　嘎查党支部书记：${sec}（协助送达）`,
      ].join('\n'),
      [P(h1), P(h2), P(h3), P(son), A(reg1), A(now1), A(home2), A(serve3)],
      [sumuda, sec],
    );
  }

  // 8. A traditional-script mirror of a 行政復議決定書: `申請人：X，…，戶籍所在地：…，現住…`, `送達地址：…` on its own
  //    line, `委託代理人：Y，系申請人之兄`; the respondent bureau's seat and head (decoys), a masked third party.
  {
    const c = county();
    const applicant = person('女');
    const brother = fresh(() => applicant[0] + pick(MALE));
    const reg = rural(c);
    const now = flat();
    const serve = compound(c);
    const head = person('男');
    const seat = `${c}${pick(NAMELIKE)}${int(1, 99)}號`;
    add(
      [
        trad(`${c}人民政府`),
        '行政復議決定書',
        `${trad(abbr(c))}政復決〔${int(2024, 2025)}〕${int(3, 60)}號`,
        `申請人：${trad(applicant)}，女，${birth(1970, 1990)}出生，漢族，戶籍所在地：${trad(reg)}，現住${trad(now)}。`,
        `送達地址：${trad(serve)}`,
        `委託代理人：${trad(brother)}，男，系申請人之兄。`,
        `被申請人：${trad(c)}公安局，住所地${trad(seat)}。`,
        `法定代表人：${trad(head)}，局長。`,
        `    申請人不服被申請人作出的不予受理案件決定，於${date()}向本機關申請行政復議。申請人稱，其與鄰居吳某某因通道糾紛發生爭執，被申請人未予立案處理。`,
        '    本機關認為，被申請人未履行調查核實職責，決定撤銷該不予受理決定，責令其重新作出處理。',
      ].join('\n'),
      [P(trad(applicant)), P(trad(brother)), A(trad(reg)), A(trad(now)), A(trad(serve))],
      [trad(head), trad(seat), '吳某某'],
    );
  }

  // 9. A 劳动人事争议仲裁委员会's 公告送达 to an employer who is a natural person (`被申请人：X，公民身份号码…，户籍所在地…，
  //    暂住…`), three workers as applicants in one enumeration, the arbitrators and the commission's address (decoys).
  {
    const c = county();
    const boss = person('男');
    const id = idCard(int(1970, 1988), pick(['141129', '341222', '511322']));
    const reg = rural(c);
    const stay = `${pick(['太原市小店区', '阜阳市颍州区', '南充市顺庆区'])}${pick(STREETS)}${pick(ESTATES)}${int(1, 20)}号楼${int(1, 3)}单元${int(1, 9)}0${int(1, 2)}室`;
    const w = [person('男'), person('男'), person('女'), person('男')];
    const arb1 = person('女');
    const arb2 = person('男');
    const office = `${c}${pick(NAMELIKE)}${int(1, 50)}号${c}人力资源和社会保障局${int(2, 5)}楼`;
    add(
      [
        `${c}劳动人事争议仲裁委员会公告`,
        `${abbr(c)}劳人仲案字〔${int(2024, 2025)}〕第${int(20, 300)}号`,
        `被申请人：${boss}，男，公民身份号码${id}，户籍所在地${reg}，暂住${stay}。`,
        `    本委受理申请人${w[0]}、${w[1]}、${w[2]}、${w[3]}与你追索劳动报酬争议一案，因你下落不明，依法向你公告送达仲裁申请书副本、应诉通知书及开庭通知书。自公告之日起经过三十日即视为送达。`,
        `    本案定于公告期满后第五日上午九时在本委仲裁庭（${office}）开庭审理。`,
        `    仲裁员：${arb1}　书记员：${arb2}`,
      ].join('\n'),
      [P(boss), I(id), A(reg), A(stay), ...w.map(P)],
      [arb1, arb2, office],
    );
  }

  // 10. Street-office news of a 老旧小区 renovation: officials acting in office, a resident quoted with her home
  //     (`家住…号院…号楼…单元的居民X`, labelled an address), her husband; the 社区 secretary, the reporter, a masked resident (`李某某`), an
  //     estate named like a person's given name, and a road on a name-like street as decoys.
  {
    const c = county();
    const home = `${pick(STREETS)}${int(3, 99)}号院${int(1, 8)}号楼${int(1, 3)}单元`;
    const resident = person('女');
    const husband = person('男');
    const deputy = person('男');
    const sec = person('女');
    const reporter = person('男');
    const road = `${pick(NAMELIKE)}与${pick(STREETS)}交叉口`;
    const lane = `${pick(NAMELIKE).replace(/[路街]$/, '')}巷`;
    add(
      [
        `    ${date()}，${c}副县长${deputy}到城关街道调研老旧小区改造工作，实地察看了${road}附近的${int(3, 6)}个改造项目。`,
        `    在${lane}社区，家住${home}的居民${resident}告诉记者：“以前下雨楼道里全是水，老伴${husband}腿脚不好，上下楼都得人扶。现在装了扶手，还要加装电梯。”社区党委书记${sec}介绍，社区采取“一楼一策”，此前反映强烈的居民李某某家门前排水沟也已疏通。`,
        `    （记者 ${reporter}）`,
      ].join('\n'),
      [P(resident), P(husband), A(home)],
      [deputy, sec, reporter, road, lane, '李某某'],
    );
  }
}
