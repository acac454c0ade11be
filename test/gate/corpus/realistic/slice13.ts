/**
 * Held-out slice 13: whole documents written blind (without reading review/), of kinds slices 1–11 barely use, weighted
 * towards PRECISION as much as recall: 法院 拍卖公告, 税务 欠税公告 on 个体工商户, 交通违法 公告, 医疗纠纷 调解 通报, 教育
 * 资助 公示, 退役军人 立功喜报, 土地承包/林权 证书 公告 with 四至, a 人大代表/政协委员 名单, a 领导信箱 neighbour dispute,
 * a mixed 牧区 notice (Kazakh, Uyghur, Tibetan, Mongolian names), 非遗 news, a traditional-script 執行裁定書. Its own seed
 * and pools of surnames, given names and places (none of slices 9–11's), with many decoys of the kinds real pages carry.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, recorder, short, type AddRecord, type Label } from './blind.js';

// Surnames none of slices 9–11 draw; given names that read as ordinary words (胜利, 和平, 丰收, 美丽, 幸福) among them.
const SURNAMES = '葛庞倪滕鲁韦谷裴甘施俞覃蒲傅齐柯梅盛童翟邢詹管饶祁聂晏卓蓝褚缪游阮景荣巩靳甄牟申邬尚宁柏迟商郎丛易洪乔';
const MALE = ['胜利', '和平', '建设', '跃进', '丰收', '海洋', '大海', '天明', '石头', '春生', '学文', '自强', '振华', '光明', '金柱', '满仓', '全福', '富贵', '吉祥', '平安', '秋实', '晓东', '解放', '前进', '建军', '得胜', '百川', '一帆', '子墨', '沐阳', '奕辰', '昊天', '家乐', '帅', '峰', '超', '亮', '波'];
const FEMALE = ['春梅', '玉凤', '金枝', '银花', '彩凤', '桂珍', '翠花', '三妹', '小芳', '丽华', '美丽', '幸福', '红霞', '雪花', '海英', '婉清', '若彤', '子涵', '一冉', '芷若', '诗琪', '欣妍', '晓雪', '丹丹', '甜甜', '莉', '燕', '琳', '倩', '洁'];
// Names whose two characters are each a common word (宁静, 蓝天, 卓越 …): drawn as whole names.
const WORDLIKE = ['宁静', '蓝天', '卓越', '全胜', '齐心', '易安', '甘霖', '景明', '尚武', '柏松'];
const MONGOL = ['巴图孟和', '其其格玛', '额尔德尼', '苏和', '朝鲁', '宝音图', '娜仁花', '吉日木图', '阿古拉', '那日苏'];
const KAZAKH_MEN = ['叶尔兰·努尔兰', '哈力木拉提·沙吾提', '别克波拉提·加肯'];
const KAZAKH_WOMEN = ['阿依古丽·托合塔尔', '加娜尔·别克'];
const UYGHUR = ['古丽娜尔·吐尔逊', '阿不都热依木·买买提', '努尔艾力·艾买提'];
const TIBETAN = ['扎西才让', '央金卓玛', '多杰旦增', '拉毛措'];

const COUNTIES = ['镇原县', '通渭县', '阜南县', '颍上县', '苍溪县', '巴林右旗'];
// Each county's court code and plate prefix, so a document's numbers belong to its province.
const CODES: Record<string, { court: string; plate: string }> = {
  镇原县: { court: '甘1027', plate: '甘M' },
  通渭县: { court: '甘1121', plate: '甘J' },
  阜南县: { court: '皖1225', plate: '皖K' },
  颍上县: { court: '皖1226', plate: '皖K' },
  苍溪县: { court: '川0824', plate: '川H' },
  巴林右旗: { court: '蒙0423', plate: '蒙D' },
};
const TOWNS = ['屯字镇', '碧玉镇', '王家坝镇', '迪沟镇', '歧坪镇', '查干沐沦镇'];
const VILLAGES = ['庞家河村', '杏树坪村', '石碾子村', '十里铺村', '龙王庙村', '高家堡村', '上河村', '柳树湾村'];
const GROUPS = ['五组', '九组', '东队', '沟口组', '二社', '西头组'];
// 振华路, 德政街, 怀仁路 and 孝先街 read like given names: they carry offices' and shops' addresses (decoys).
const NAMELIKE = ['振华路', '德政街', '怀仁路', '孝先街'];
const STREETS = ['人民路', '北环路', '滨河路', '中山街', '新华街'];
const ESTATES = ['碧水家园', '金桂苑', '书香门第小区', '欣欣家园', '福泽园', '御景华府'];

export function slice13(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(13_2026_1201);
  const add = recorder('holdout13', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => pick([...SURNAMES]) + pick(s === '男' ? MALE : FEMALE));
  };
  const wordlike = (): string => fresh(() => pick(WORDLIKE));
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => of[0] + pick(sex === '男' ? MALE : FEMALE));
  const from = (pool: readonly string[]): string => fresh(() => pick(pool));
  const county = (): string => pick(COUNTIES);
  const rural = (c = county(), town = pick(TOWNS)): string => `${c}${town}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 80)}号`;
  const flat = (c = county()): string => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}号楼${int(1, 4)}单元${int(1, 18)}0${int(1, 4)}室`;
  const shopAt = (c: string): string => `${c}${pick([...NAMELIKE, ...STREETS])}${int(2, 300)}号`;
  const landline = (): string => `0${pick(['934', '931', '558', '839', '476'])}-${int(3, 8)}${digits(6)}`;
  const date = (): string => `2025年${int(1, 12)}月${int(1, 28)}日`;
  const year = (lo: number, hi: number): number => int(lo, hi);

  // 1. A court's 拍卖公告 on a judgment debtor couple's flat, then the winning bidder (`买受人X（男，…年生，住…）`); the
  //    court's 执行法官, its 联系人 and its seat on a name-like street are decoys.
  {
    const c = county();
    const d1 = person('男');
    const d2 = person('女');
    const buyer = person('男');
    const house = flat(c);
    const buyerHome = rural(c);
    const judge = person('男');
    const contact = person('女');
    const seat = `${c}${pick(NAMELIKE)}${int(10, 99)}号`;
    add(
      [
        `${c}人民法院`,
        '拍卖公告',
        `（2025）${CODES[c].court}执${int(100, 999)}号之一`,
        `    申请执行人${c}农村信用合作联社与被执行人${d1}、${d2}金融借款合同纠纷一案，本院作出的民事判决书已经发生法律效力。因被执行人未履行生效法律文书确定的义务，本院依法查封了被执行人${d1}、${d2}（系夫妻）共同所有的、现由二人居住的位于${house}的住宅一套（建筑面积${int(80, 130)}.${int(10, 99)}平方米）。`,
        `    本院定于${date()}10时至次日10时止（延时除外）在人民法院诉讼资产网司法拍卖平台进行公开拍卖，起拍价${int(28, 60)}万元，保证金${int(3, 6)}万元。`,
        `    咨询电话：${landline()}（联系人：${contact}）。本院地址：${seat}。`,
        `    执行法官：${judge}`,
        `    附：本案标的已于第一次拍卖中成交。买受人${buyer}（男，${year(1982, 1995)}年生，住${buyerHome}）以最高应价竞得，本院已裁定该房产所有权自裁定送达买受人时起转移。`,
      ].join('\n'),
      [P(d1), P(d2), P(buyer), A(house), A(buyerHome)],
      [judge, contact, seat],
    );
  }

  // 2. A 税务局's 欠税公告 on 个体工商户 as a ` | ` table: 业户名称 named after people (`王二小吃店`, `翟记面馆`: decoys), 业主姓名
  //    (persons), IDs masked by the bureau and 经营地点 (shops) as decoys; one owner's 居住地址 given where the notice was served.
  {
    const c = county();
    const shops = ['王二小吃店', '翟记面馆', '老葛烧烤', '庞家饺子馆', '小詹汽车修理部'];
    const owners = shops.map(() => person());
    const places = shops.map(() => shopAt(c));
    const masked = owners.map(() => `${pick(['621027', '621124', '341225', '511524'])}********${digits(3)}${pick(['1', '5', 'X'])}`);
    const served = owners[3];
    const home = flat(c);
    const staff = person('男');
    const lines = [
      `国家税务总局${c}税务局`,
      `欠税公告（2025年第${int(2, 4)}期）`,
      '    根据《中华人民共和国税收征收管理法》第四十五条及《欠税公告办法》的规定，现将截至本期末欠缴税款的个体工商户公告如下：',
      '序号 | 业户名称 | 业主姓名 | 居民身份证号码 | 经营地点 | 欠税税种 | 欠税余额（元）',
      ...shops.map((s, i) => `${i + 1} | ${short(c)}${s} | ${owners[i]} | ${masked[i]} | ${places[i]} | ${pick(['增值税', '个人所得税', '城市维护建设税'])} | ${int(1, 30)}${digits(3)}.${pad(int(0, 99), 2)}`),
      `    其中${served}经营的店铺已停业，本局已按其居住地址（${home}）送达《税务事项通知书》。`,
      `    请上述业户自公告之日起十五日内到办税服务厅缴清税款及滞纳金。联系人：${staff}，电话：${landline()}。`,
    ];
    add(lines.join('\n'), [...owners.map(P), A(home)], [...shops, ...masked, ...places, staff]);
  }

  // 3. A 交警大队's 公告 of unreached parties: masked names and plates in a table (decoys), then one drink-driving case
  //    with the full name, home and plate; the places of the offences and the officer with his 警号 are decoys.
  {
    const c = county();
    const driver = person('男');
    const home = rural(c);
    const plate = `${CODES[c].plate}${pick(['', 'D', 'F'])}${digits(5)}`.slice(0, 7);
    const officer = person('男');
    const cross = `${pick(NAMELIKE)}与${pick(STREETS)}交叉口`;
    const rows = [1, 2, 3].map((i) => {
      const who = `${pick([...SURNAMES])}*${pick(['华', '明', '军', '霞'])}`;
      const pl = `${CODES[c].plate}${digits(1)}**${digits(2)}`;
      return { line: `${i}　${pl}　${who}　${date()}　${i === 1 ? cross : `${pick(STREETS)}${int(10, 200)}号路段`}　${pick(['未按规定停放', '闯红灯', '超速50%以下'])}`, who, pl };
    });
    add(
      [
        `${c}公安局交通警察大队`,
        '交通违法行为处理公告',
        '    下列机动车驾驶人的交通违法行为已被记录，因电话无法联系、邮寄被退回，现予公告，请当事人自公告之日起十五日内到本大队接受处理：',
        '序号　号牌号码　当事人　违法时间　违法地点　违法行为',
        ...rows.map((r) => r.line),
        `    另，当事人${driver}（住${home}）于${date()}饮酒后驾驶${plate}号小型普通客车，被执勤民警${officer}（警号${int(100000, 199999)}）查获。本大队拟对${driver}处以暂扣机动车驾驶证六个月并处罚款1000元，请其于公告期满前到本大队陈述和申辩。`,
      ].join('\n'),
      [P(driver), A(home), PL(plate)],
      [...rows.map((r) => r.who), ...rows.map((r) => r.pl), cross, officer],
    );
  }

  // 4. A 医疗纠纷人民调解委员会's 通报: patients and their families with homes; the 调解员, the hospital's 医务科科长, a
  //    hospital named after a physician of old (仲景) and the motto's author (孙思邈) as decoys.
  {
    const c = county();
    const patient = person('女');
    const home = rural(c);
    const son = kin(patient, '男');
    const daughter = kin(patient, '女');
    const father = person('男');
    const child = kin(father, '男');
    const childHome = flat(c);
    const mediator = person('男');
    const chief = person('女');
    add(
      [
        `${c}医疗纠纷人民调解委员会`,
        `医疗纠纷调解情况通报（2025年第${int(1, 3)}季度）`,
        `    一、患者${patient}（女，${int(60, 80)}岁，住${home}）因腹痛于${date()}到${c}仲景中医院就诊，术后出现切口感染。其子${son}、其女${daughter}认为院方处置不当，多次到医院反映。经本委调解员${mediator}主持调解，院方医务科科长${chief}到场说明诊疗经过，双方自愿达成协议，院方一次性补偿${int(2, 9)}${digits(4)}元。`,
        `    二、患儿${child}（${int(3, 9)}岁）在${c}人民医院输液后出现皮疹，其父${father}（家住${childHome}）申请调解。经鉴定，院方未尽告知义务，承担次要责任，已达成调解协议并当场履行。`,
        '    本委提醒各医疗机构践行孙思邈“大医精诚”之训，规范告知程序，从源头减少纠纷。',
      ].join('\n'),
      [P(patient), P(son), P(daughter), P(father), P(child), A(home), A(childHome)],
      [mediator, chief, '仲景中医院', '孙思邈'],
    );
  }

  // 5. A 教育局's 助学金 公示 as a ` | ` table: students, their guardians and 家庭住址 (a town's village group, labelled an
  //    address); schools named after benefactors (逸夫, 田家炳), the foundation (曾宪梓) and the 资助中心's contact as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const schools = [`${c}逸夫中学`, `${c}田家炳实验中学`, `${town}中心小学`];
    const pii: Label[] = [];
    const lines = [
      `${c}教育局`,
      '2025年秋季学期曾宪梓教育基金会助学金拟资助学生名单公示',
      '序号 | 学生姓名 | 性别 | 就读学校 | 年级 | 家庭住址 | 监护人',
    ];
    for (let i = 1; i <= 5; i++) {
      const sex = i % 2 ? '女' : '男';
      const student = i === 2 ? wordlike() : person(sex);
      const guardian = i === 4 ? person('女') : kin(student, '男');
      const home = `${town}${pick(VILLAGES)}${pick(GROUPS)}`;
      if (pii.some((l) => l.value === home)) continue;
      pii.push(P(student), P(guardian), A(home));
      const school = pick(schools);
      const grade = school.endsWith('小学') ? pick(['四年级', '五年级', '六年级']) : pick(['七年级', '八年级', '九年级']);
      lines.push(`${i} | ${student} | ${sex} | ${school} | ${grade} | ${home} | ${guardian}`);
    }
    const contact = person('女');
    lines.push(`    公示期5个工作日。如有异议，请与县学生资助管理中心联系（联系人：${contact}，电话：${landline()}）。`);
    // Only the schools a row drew are in the text (the draws depend on the names other slices took).
    add(lines.join('\n'), pii, [...schools.filter((s) => lines.some((l) => l.includes(s))), '曾宪梓', contact]);
  }

  // 6. A 立功喜报 addressed to `X同志的家属`, then the county's news of its delivery: parents and grandfather (persons),
  //    the family's home; the 人武部政委, the town's party secretary, a hero cited (黄继光) and the reporter as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const soldier = person('男');
    const fa = kin(soldier, '男');
    const mo = person('女');
    const gp = kin(soldier, '男');
    const home = `${c}${town}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 60)}号`;
    const commissar = person('男');
    const sec = person('女');
    const reporter = person('男');
    add(
      [
        '喜　报',
        `${soldier}同志的家属：`,
        `    ${soldier}同志于${int(2019, 2022)}年9月入伍，在部队服役期间表现突出，经批准荣立个人三等功一次。特此报喜，向你们表示热烈祝贺！`,
        `    ${c}人民政府　${c}人民武装部`,
        '',
        `    ${date()}，${c}人武部政委${commissar}、${town}党委书记${sec}一行来到${home}，将喜报和慰问金送到${soldier}的父亲${fa}、母亲${mo}手中。${fa}说，孩子从小听爷爷${gp}讲抗美援朝的故事，一直把黄继光当作榜样。（记者 ${reporter}）`,
      ].join('\n'),
      [P(soldier), P(fa), P(mo), P(gp), A(home)],
      [commissar, sec, '黄继光', reporter],
    );
  }

  // 7. A town's 土地承包经营权/林权 证书 公告: 户主 with 承包方地址 (labelled), parcels whose 四至 name neighbours' fields
  //    (`东至X家承包地`: the neighbour a person, the field no address); field names that look like names and the
  //    村委会主任 and 经办人 as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(VILLAGES);
    const h1 = person('男');
    const h2 = person('男');
    const h3 = kin(h2, '男');
    const n1 = person('男');
    const n2 = person('女');
    const n3 = person('男');
    const a1 = `${village}${pick(GROUPS)}${int(1, 40)}号`;
    const a2 = `${village}${pick(GROUPS)}${int(41, 80)}号`;
    const fields = ['葛家坟', '庞家洼', '王老五沟', '詹家梁'];
    const chair = person('男');
    const clerk = person('女');
    add(
      [
        `${c}${town}人民政府`,
        '关于颁发农村土地承包经营权证书和林权证的公告',
        `    经${village}村民委员会申请、镇农村经营管理站审核，下列承包户的地块权属清楚、四至明确，拟颁发证书，现予公告：`,
        `    一、承包方代表（户主）：${h1}，承包方地址：${a1}。地块名称：${fields[0]}，面积${int(1, 5)}.${int(1, 9)}亩；四至：东至${n1}家承包地，西至村道，南至${n2}家林地，北至${fields[1]}。`,
        `    二、户主：${h2}，承包方地址：${a2}。地块名称：${fields[2]}，林地面积${int(5, 30)}亩；四至：东至${h1}家承包地，西至集体荒山，南至${fields[3]}，北至${n3}家承包地。`,
        `    三、户主：${h3}（系${h2}之弟，已分户），地块名称：${fields[3]}，面积${int(1, 4)}.${int(1, 9)}亩；四至：东至${n3}家承包地，西至${h2}家林地，南至河沟，北至村道。`,
        `    公告期30日。对公告内容有异议的，请向${village}村委会主任${chair}或镇农经站反映。（经办人：${clerk}）`,
      ].join('\n'),
      [P(h1), P(h2), P(h3), P(n1), P(n2), P(n3), A(a1), A(a2)],
      [...fields, chair, clerk],
    );
  }

  // 8. A county's 人大代表 and 政协委员 名单. Labelled as persons, like appointees and award winners (the 人事任免 policy
  //    keeps them visible); the 人大常委会主任 who presided and the 政协主席 act in office (decoys).
  {
    const c = county();
    const deputies = [person('男'), `${person('女')}（女）`, wordlike(), `${from(MONGOL)}（蒙古族）`, `${person('女')}（女，回族）`, person('男'), person('男'), `${person('女')}（女）`];
    const members = [person('男'), `${person('女')}（女）`, wordlike()];
    const bare = (s: string): string => s.replace(/（.*）$/, '');
    const chair = person('男');
    const cppcc = person('男');
    add(
      [
        `${c}第十八届人民代表大会代表名单`,
        `（共${int(180, 220)}名，排名不分先后，本页为第${int(2, 5)}页）`,
        deputies.join('　'),
        `    ${c}人大常委会主任${chair}主持召开代表资格审查委员会会议，确认上述代表资格有效。`,
        '',
        `政协${c}第十二届委员会增补委员名单：${members.join('、')}`,
        `    县政协主席${cppcc}在会上强调，新增委员要履职尽责、建言资政。`,
      ].join('\n'),
      [...deputies, ...members].map((s) => P(bare(s))),
      [chair, cppcc],
    );
  }

  // 9. A 领导信箱 letter about a neighbour's wall, naming the writer's mother and husband and the neighbour's son and
  //    daughter-in-law, with a mobile; the town's reply. The 村委会主任, 司法所所长, 包村干部, 经办人 and a masked
  //    `葛某某` are decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const writer = person('女');
    const home = rural(c, town);
    const mother = person('女');
    const husband = person('男');
    const nb = person('男');
    const nbSon = kin(nb, '男');
    const nbDil = person('女');
    const tel = pick(['139', '151', '176', '188']) + digits(8);
    const vc = person('男');
    const sfs = person('男');
    const bc = person('女');
    const staff = person('男');
    add(
      [
        `${c}领导信箱`,
        '来信标题：邻居翻建房屋占我家宅基地，调解多次无果',
        `来信人：${writer}　来信时间：2025-0${int(3, 5)}-${int(10, 28)}`,
        `    我叫${writer}，家住${home}。我家东边的邻居${nb}一家去年翻建房屋，把围墙往我家院子里砌了半米多。${nb}的儿子${nbSon}和儿媳${nbDil}还多次辱骂我母亲${mother}，老人今年78岁，气得住了院。我丈夫${husband}常年在外打工，家里只有我和老人。村委会主任${vc}来调解过两次，没有结果。希望领导帮帮我们。联系电话：${tel}`,
        `回复单位：${c}${town}人民政府`,
        `    ${writer}您好！来信收悉。镇司法所所长${sfs}、包村干部${bc}到现场查看，与你和${nb}一家进行了调解。经核对宅基地使用证，双方同意以原界址为准，由${nb}于本月底前拆除越界部分；${nbSon}已向你母亲赔礼道歉。此前同村村民葛某某反映的同类问题也已一并处理。`,
        `    （经办人：${staff}）`,
      ].join('\n'),
      [P(writer), P(mother), P(husband), P(nb), P(nbSon), P(nbDil), A(home), M(tel)],
      [vc, sfs, bc, staff, '葛某某'],
    );
  }

  // 10. A 牧区 county's 草原补奖 公示 with Kazakh, Uyghur, Tibetan and Mongolian herders (dotted names as printed), a bare
  //     village column (no address), two herders' 定居点 homes; the 站长, a dotted 村党支部书记 in office and the
  //     pastures' names (巴音布鲁克, 那拉提) as decoys.
  {
    const c = '和静县';
    const town = '巴音布鲁克镇';
    const herders = [from(KAZAKH_MEN), from(UYGHUR), from(TIBETAN), from(MONGOL), from(KAZAKH_MEN), from(TIBETAN)];
    const nations = ['哈萨克族', '维吾尔族', '藏族', '蒙古族', '哈萨克族', '藏族'];
    const wife = from(KAZAKH_WOMEN);
    const villages = ['查汗努尔村', '赛罕陶海村', '巴音郭楞村'];
    const home1 = `${c}${town}${pick(villages)}牧民定居点${int(1, 90)}号`;
    const home2 = `${c}${town}${pick(villages)}牧民定居点${int(91, 180)}号`;
    const head = person('男');
    const sec = '吐尔洪·阿不都拉';
    add(
      [
        `${c}草原工作站`,
        '关于2025年度草原生态保护补助奖励资金第一批发放对象的公示',
        `${town}各牧业村：`,
        '    现将禁牧和草畜平衡补助资金第一批发放对象公示如下：',
        '序号　户主　民族　所在村　禁牧面积（亩）　补助金额（元）',
        ...herders.map((h, i) => `${i + 1}　${h}　${nations[i]}　${pick(villages)}　${int(800, 5000)}　${int(6, 40)}${digits(3)}`),
        `    其中，${herders[1]}（住${home1}）因冬季转场途中羊只冻死，已由村委会协助申请救灾补助；${herders[0]}的妻子${wife}代为签字领取；${herders[2]}已迁至${home2}居住，夏季仍在巴音布鲁克草原放牧。`,
        `    公示期7天。${villages[0]}党支部书记${sec}负责收集本村牧民意见。去年迁往那拉提的牧户不在本批。`,
        `    站长：${head}`,
      ].join('\n'),
      [...herders.map(P), P(wife), A(home1), A(home2)],
      [sec, head, '巴音布鲁克草原', '那拉提'],
    );
  }

  // 11. County news of a 国家级非遗 代表性传承人 and the villagers who work with him (persons; his home village group an
  //     address); the 文旅局局长, the reporter and correspondent, poets and brands cited (苏东坡, 王老吉, 张小泉) as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(VILLAGES);
    const master = person('男');
    const masterHome = `${c}${town}${village}${pick(GROUPS)}`;
    const v1 = person('女');
    const v1h = person('男');
    const v2 = wordlike();
    const apprentice = kin(master, '男');
    const director = person('女');
    const reporter = person('男');
    const corr = person('女');
    add(
      [
        `${c}：百年黑陶技艺焕发新生`,
        `    ${date()}，记者走进${village}，国家级非物质文化遗产代表性项目“黑陶烧制技艺”代表性传承人${master}正在窑前查看火候。今年${int(68, 79)}岁的${master}家住${masterHome}，是这门手艺的第五代传人。他告诉记者，村里老人相传苏东坡曾路过此地为窑口题字。`,
        `    村民${v1}在黑陶合作社做工三年，她的丈夫${v1h}负责拉坯。“在家门口就能挣钱，还能照顾孩子。”村民${v2}说。${master}的徒弟${apprentice}已成长为省级代表性传承人。`,
        `    县文化和旅游局局长${director}介绍，今年合作社的产品与王老吉、张小泉等老字号一同参加了非遗购物节。`,
        `    （记者 ${reporter}　通讯员 ${corr}）`,
      ].join('\n'),
      [P(master), P(v1), P(v1h), P(v2), P(apprentice), A(masterHome)],
      [director, reporter, corr, '苏东坡', '王老吉', '张小泉'],
    );
  }

  // 12. A traditional-script 執行裁定書 (終結本次執行程序): both parties with sex, birth and 住址, the debtor's ID; the
  //     judges and clerk and a masked witness as decoys. Written directly in traditional characters.
  {
    const tSur = '葛龐倪滕魯韋齊柯盛童翟邢詹聶';
    const tMale = ['振華', '勝利', '學文', '滿倉', '富貴', '國強', '長順'];
    const tFemale = ['春梅', '玉鳳', '金枝', '麗華', '翠蓮'];
    const tPerson = (sex: '男' | '女'): string => fresh(() => pick([...tSur]) + pick(sex === '男' ? tMale : tFemale));
    const applicant = tPerson('男');
    const debtor = tPerson('女');
    const aHome = `通渭縣${pick(['碧玉鎮', '義崗川鎮'])}${pick(['上河村', '石碾子村'])}${pick(['五組', '九組'])}${int(1, 60)}號`;
    const bHome = `通渭縣${pick(['人民路', '新華街'])}${pick(['金桂苑', '欣欣家園'])}${int(1, 18)}號樓${int(1, 3)}單元${int(1, 9)}0${int(1, 2)}室`;
    const birthY = year(1975, 1990);
    // The 17th digit of a woman's number is even.
    const body = `621124${birthY}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(2)}${pick(['0', '2', '4', '6', '8'])}`;
    const id = body + idCheck(body);
    const j1 = tPerson('男');
    const j2 = tPerson('女');
    const clerk = tPerson('男');
    add(
      [
        '通渭縣人民法院',
        '執行裁定書',
        `（2025）甘${int(1100, 1199)}執${int(100, 900)}號`,
        `申請執行人：${applicant}，男，${year(1960, 1975)}年生，漢族，住${aHome}。`,
        `被執行人：${debtor}，女，${birthY}年生，漢族，公民身份號碼${id}，住${bHome}。`,
        `    本院在執行申請執行人${applicant}與被執行人${debtor}民間借貸糾紛一案中，經網絡查控及實地調查，未發現被執行人${debtor}名下有可供執行的財產。證人龐某某證實被執行人已長期外出務工。申請執行人同意終結本次執行程序。`,
        '    依照《最高人民法院關於適用〈中華人民共和國民事訴訟法〉的解釋》第五百一十七條規定，裁定如下：終結本次執行程序。',
        `審　判　長　${j1}`,
        `審　判　員　${j2}`,
        `書　記　員　${clerk}`,
      ].join('\n'),
      [P(applicant), P(debtor), A(aHome), A(bHome), I(id)],
      [j1, j2, clerk, '龐某某'],
    );
  }
}
