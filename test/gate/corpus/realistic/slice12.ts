/**
 * Held-out slice 12: eleven whole documents written blind (without reading review/), of kinds slices 1–11 hardly use,
 * weighted as much towards precision as recall: bodies' officials, staff, contacts and addresses, shops and villages
 * named after people, streets that read like given names, cited historical figures and authors, brands, masked
 * forms. Its own seed and pools (surnames, given names — many of them ordinary words —, counties, villages, streets
 * and estates none of slices 9–11 use).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, recorder, toTrad, type AddRecord, type Label } from './blind.js';

// Given names that read as ordinary words (平安, 胜利, 如意, 小草) beside ordinary modern and rural ones.
const MALE = ['平安', '富贵', '光明', '和平', '建设', '胜利', '丰收', '向前', '黎明', '青山', '长江', '石头', '铁蛋', '金宝', '大勇', '永红', '志军', '海波', '建军', '立国', '家兴', '锦程', '子墨', '奕辰', '宏亮', '水生', '冬生', '小龙', '拴住', '天明', '峰', '超', '亮', '波', '明'];
const FEMALE = ['如意', '小草', '春梅', '彩凤', '二丫', '巧英', '美丽', '秀梅', '金枝', '银花', '翠花', '丽华', '海英', '晓燕', '婉清', '诗雨', '语桐', '安琪', '欢欢', '甜甜', '喜梅', '凤兰', '洁', '琳', '燕', '红', '梅'];
// Surnames none of slices 9–11 draw; several are ordinary words (易, 甘, 房, 席, 全, 齐, 申, 管, 边), two are compound.
const SURNAMES = '易甘房席全齐申管边屈符奚计谷景季莫商农靳盛卓喻鞠聂庞柯简梅费晏阮舒荣雍';
const COMPOUND = ['欧阳', '司马', '上官', '诸葛'];
const MONGOL = ['乌恩其', '陶格斯', '额尔德尼', '其木格'];

const COUNTIES = ['柘城县', '汝阳县', '宜君县', '静宁县', '平利县', '富平县', '安远县', '镇安县'];
const TOWNS = ['梨园镇', '新庄镇', '太平镇', '永丰乡', '长寿乡', '白土岗镇', '双庙乡', '长乐镇'];
// 杏花村, 秀水村 and 小李庄村 read like people's names or carry a surname.
const VILLAGES = ['周营村', '郭庄村', '大槐树村', '小李庄村', '石桥村', '杏花村', '桃园村', '官道口村', '河湾村', '秀水村', '建新村', '王老庄村'];
const GROUPS = ['三组', '九组', '东头组', '西沟组', '二队', '五社'];
// Homes are on these; bodies' offices on NAMELIKE (光明, 秀山, 玉兰, 德胜 read like given names).
const STREETS = ['育才路', '富民路', '永红路', '建华南路', '东风巷'];
const NAMELIKE = ['光明街', '秀山路', '玉兰大街', '德胜街'];
const ESTATES = ['桂花苑', '世纪花园', '明珠小区', '水岸华府', '教师新村', '供销社家属院', '紫荆苑', '华府名城'];

// Traditional forms this slice's pools need beyond blind.ts's table.
const TRAD: Record<string, string> = {
  宁: '寧', 庙: '廟', 庄: '莊', 桥: '橋', 湾: '灣', 寿: '壽', 乐: '樂', 丰: '豐', 贵: '貴', 设: '設', 胜: '勝', 长: '長', 亮: '亮', 军: '軍', 兴: '興',
  锦: '錦', 程: '程', 宏: '宏', 龙: '龍', 拴: '拴', 凤: '鳳', 丽: '麗', 华: '華', 诗: '詩', 语: '語', 欢: '歡', 洁: '潔', 齐: '齊', 边: '邊', 计: '計',
  谷: '谷', 农: '農', 靳: '靳', 鞠: '鞠', 聂: '聶', 庞: '龐', 简: '簡', 费: '費', 阮: '阮', 荣: '榮', 欧: '歐', 阳: '陽', 马: '馬', 诸: '諸', 葛: '葛',
  苑: '苑', 纪: '紀', 岸: '岸', 师: '師', 销: '銷', 属: '屬', 荆: '荊', 杂: '雜', 远: '遠', 槐: '槐', 树: '樹', 营: '營', 关: '關', 头: '頭', 组: '組',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));
const short = (c: string): string => c.replace(/县$/, '');

export function slice12(addRecord: AddRecord, used: Set<string>): void {
  const { rnd, pick, int, digits, pad, chance } = seededRandom(12_2026_1201);
  const add = recorder('holdout12', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    const surname = rnd() < 0.12 ? pick(COMPOUND) : pick([...SURNAMES]);
    return fresh(() => surname + pick(s === '男' ? MALE : FEMALE));
  };
  // A relative shares the surname (one character or a compound one).
  const kin = (of: string, pool: readonly string[]): string => fresh(() => (COMPOUND.find((x) => of.startsWith(x)) ?? of[0]) + pick(pool));
  const county = (): string => pick(COUNTIES);
  const rural = (c = county()): string => `${c}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 80)}号`;
  const flat = (c = county()): string => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 16)}号楼${int(1, 4)}单元${int(1, 18)}0${int(1, 4)}室`;
  const office = (c: string): string => `${c}${pick(NAMELIKE)}${int(1, 199)}号`;
  const landline = (): string => `0${pick(['370', '379', '919', '933', '915', '797'])}-${int(5, 8)}${digits(6)}`;
  const date = (): string => `${int(2024, 2025)}年${int(1, 12)}月${int(1, 28)}日`;
  const ym = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(1, 12), 2)}`;

  // 1. 事业单位公开招聘 拟聘用人员公示: a tab table `岗位代码 招聘单位 姓名 性别 出生年月 准考证号 笔试成绩 面试成绩 总成绩`
  //    (the appointees are people, as appointees are); the 人社局's 监督电话 and contact at the foot (staff), a school on a
  //    name-like street as a unit, not a person.
  {
    const c = county();
    const units = [`${short(c)}县第二高级中学`, `${short(c)}县人民医院`, `${short(c)}县育英小学`, `${short(c)}县农业技术推广中心`];
    const pii: Label[] = [];
    const lines = [
      `${c}${int(2024, 2025)}年事业单位公开招聘工作人员拟聘用人员公示`,
      '    根据《事业单位公开招聘人员暂行规定》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：',
      '序号\t岗位代码\t招聘单位\t姓名\t性别\t出生年月\t准考证号\t笔试成绩\t面试成绩\t总成绩',
    ];
    for (let i = 1; i <= 7; i++) {
      const sex = i % 3 === 0 ? '男' : '女';
      const who = person(sex);
      pii.push(P(who));
      lines.push(`${i}\t${pad(int(1, 30), 3)}\t${pick(units)}\t${who}\t${sex}\t${ym(1994, 2002)}\t2025${digits(6)}\t${int(62, 81)}.${int(1, 9)}\t${int(75, 90)}.${int(10, 98)}\t${int(70, 84)}.${int(10, 98)}`);
    }
    const contact = person('女');
    lines.push(`    公示期为5个工作日。对公示对象有异议的，可实名向${c}人力资源和社会保障局反映。`);
    lines.push(`    监督电话：${landline()}　联系人：${contact}　地址：${office(c)}`);
    add(lines.join('\n'), pii, [contact, `${short(c)}县育英小学`, '联系人']);
  }

  // 2. 工伤认定决定书: the worker (`职工姓名：`, an ID, `住址：`), the employer with its 法定代表人 (a company's: a
  //    person) and the company's own address (a decoy), a workmate who took him to hospital; the 经办人 at the foot.
  {
    const c = county();
    const worker = person('男');
    const id = (() => {
      const body = `${pick(['411424', '410326', '610222', '620826'])}${int(1970, 1990)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      return body + idCheck(body);
    })();
    const home = rural(c);
    const firm = `${short(c)}县${pick(['鑫源', '宏达', '恒通'])}建材有限公司`;
    const firmSeat = `${c}${pick(TOWNS)}工业园区${pick(['纬三路', '经二路'])}${int(1, 40)}号`;
    const boss = person('男');
    const mate = person('男');
    const clerk = person('女');
    add(
      [
        `${c}人力资源和社会保障局`,
        '认定工伤决定书',
        `${short(c)}人社工伤认字〔${int(2024, 2025)}〕${int(10, 300)}号`,
        `申请人：${worker}`,
        `职工姓名：${worker}　性别：男　身份证号码：${id}`,
        `住址：${home}`,
        `用人单位：${firm}`,
        `法定代表人：${boss}`,
        `单位地址：${firmSeat}`,
        `    2024年${int(1, 12)}月${int(1, 28)}日上午，${worker}在${firm}搅拌车间清理料斗时，左手被传动皮带卷入致伤，同班工友${mate}立即停机并将其送往${short(c)}县人民医院救治，诊断为左手中指、环指开放性骨折。`,
        `    本局认为，${worker}受到的事故伤害，符合《工伤保险条例》第十四条第（一）项之规定，属于工伤认定范围，现予以认定为工伤。`,
        `    如对本决定不服，可自收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。`,
        `    经办人：${clerk}　　2025年${int(1, 12)}月${int(1, 28)}日`,
      ].join('\n'),
      [P(worker), I(id), A(home), P(boss), P(mate)],
      [firm, firmSeat, clerk],
    );
  }

  // 3. 不动产登记 公告: 首次登记 as a ` | ` table (`权利人 | 坐落 | 面积 | 用途`, homesteads down to the house number:
  //    labelled homes), an 更正 applicant in prose, a 遗失 notice; the 登记中心's address and contact (decoys).
  {
    const c = county();
    const town = pick(TOWNS);
    const pii: Label[] = [];
    const lines = [
      `${c}不动产登记中心公告`,
      `${short(c)}不动产公告〔${int(2025, 2025)}〕第${int(10, 99)}号`,
      '    一、首次登记。经初步审定，下列宅基地使用权及房屋所有权首次登记拟予登记，现予公告：',
      '序号 | 权利人 | 坐落 | 宗地面积（㎡） | 房屋建筑面积（㎡） | 用途',
    ];
    for (let i = 1; i <= 4; i++) {
      const who = person();
      const site = `${c}${town}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 90)}号`;
      pii.push(P(who), A(site));
      lines.push(`${i} | ${who} | ${site} | ${int(120, 260)}.${int(10, 99)} | ${int(90, 300)}.${int(10, 99)} | 宅基地/住宅`);
    }
    const fixer = person('女');
    const fixSite = flat(c);
    const loser = person('男');
    const lostSite = flat(c);
    const contact = person('男');
    const seat = office(c);
    lines.push(`    二、更正登记。申请人${fixer}申请将坐落于${fixSite}的房屋登记面积由${int(80, 95)}.${int(10, 99)}平方米更正为${int(96, 120)}.${int(10, 99)}平方米，经审核，拟予更正。`);
    lines.push(`    三、证书遗失。${loser}不慎将坐落于${lostSite}的不动产权证书（${short(c)}县不动产权第${digits(7)}号）遗失，现声明作废，拟予补发。`);
    lines.push(`    对上述事项有异议的，请自公告之日起15个工作日内将书面材料送达本中心（地址：${seat}），联系人：${contact}，联系电话：${landline()}。`);
    add(lines.join('\n'), [...pii, P(fixer), A(fixSite), P(loser), A(lostSite)], [seat, contact]);
  }

  // 4. 高龄津贴 and 特困供养 新增名单 of a town: `序号　姓名　性别　出生年月　家庭住址　类别` by full-width spaces,
  //    the home without the county; a note that one old man's daughter collects for him; the 民政办's contact.
  {
    const c = county();
    const town = pick(TOWNS);
    const pii: Label[] = [];
    const lines = [`${town}${int(2025, 2025)}年第三季度高龄津贴及特困人员供养新增名单公示`, '序号　姓名　性别　出生年月　家庭住址　类别'];
    const old: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const sex = i % 2 ? '男' : '女';
      const who = person(sex);
      old.push(who);
      const home = `${pick(VILLAGES)}${pick(GROUPS)}${int(1, 70)}号`;
      pii.push(P(who), A(home));
      lines.push(`${i}　${who}　${sex}　${ym(1930, 1945)}　${home}　${i <= 4 ? '高龄津贴（80周岁以上）' : '分散供养特困人员'}`);
    }
    const daughter = kin(old[0], FEMALE);
    const staff = person('男');
    lines.push(`    注：${old[0]}老人行动不便，津贴由其女儿${daughter}代领。`);
    lines.push(`    公示期7天。${town}民政办联系人：${staff}，电话：${landline()}。`);
    add(lines.join('\n'), [...pii, P(daughter)], [staff, town]);
  }

  // 5. 见义勇为 确认决定: `X，男，汉族，…出生，住…` on its own line, the rescued child's father, a 民警 acting in
  //    office, the masked boatman (`孙某某`), and 雷锋 cited (decoys).
  {
    const c = county();
    const hero = person('男');
    const heroHome = rural(c);
    const father = person('男');
    const cop = person('男');
    const river = pick(['汝河', '洪河', '月河']);
    add(
      [
        `${c}见义勇为评定委员会`,
        `关于确认${hero}同志见义勇为行为的决定`,
        `${hero}，男，汉族，${int(1975, 1995)}年${int(1, 12)}月出生，住${heroHome}。`,
        `    ${date()}傍晚，一名儿童在${river}边玩耍时失足落水。正在附近放羊的${hero}听到呼救，跳入水中将儿童救上岸，并对其进行控水施救。儿童的父亲${father}赶到后，二人一同将孩子送医，孩子转危为安。`,
        `    经${short(c)}县公安局${pick(TOWNS)}派出所民警${cop}调查核实，并走访目击群众及摆渡人孙某某，事实清楚。`,
        `    根据《${short(c)}县见义勇为人员奖励和保障办法》，经评定委员会审议，确认${hero}的行为为见义勇为，给予奖励金5000元。希望全县广大干部群众学习雷锋同志，以${hero}同志为榜样。`,
      ].join('\n'),
      [P(hero), A(heroHome), P(father)],
      [cop, '孙某某', '雷锋'],
    );
  }

  // 6. 政府信息公开 答复 to a lawyer acting for a client: `X律师：`, the law firm and its address (decoys), the
  //    client and the client's house named in the request (an address), the client's late father; the office's contact.
  {
    const c = county();
    const lawyer = person('女');
    const client = person('男');
    const clientHouse = rural(c);
    const lateFather = kin(client, MALE);
    const firm = `河南${pick(['正明', '博远', '中信达'])}律师事务所`;
    const firmAddr = `郑州市金水区${pick(['文化路', '经三路'])}${int(10, 99)}号${pick(['国贸中心', '建业大厦'])}${int(5, 22)}层`;
    const contact = person('男');
    add(
      [
        `${c}人民政府办公室`,
        '政府信息公开申请答复书',
        `${short(c)}政办依复〔${int(2025, 2025)}〕${int(5, 60)}号`,
        `${lawyer}律师：`,
        `    本机关于${date()}收到你以${firm}名义、受${client}委托提出的政府信息公开申请，要求公开“${client}位于${clientHouse}的房屋征收补偿安置档案”。`,
        `    经查，该房屋原登记在${client}之父${lateFather}名下，相关补偿协议由${c}房屋征收服务中心保存。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项，现将补偿协议及评估报告复印件随本答复书一并提供给你（涉及第三人的部分已作区分处理，以王××代替）。`,
        `    本答复书寄送至你在申请表中填写的地址：${firmAddr}（${firm}）。`,
        `    如对本答复不服，可在收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。`,
        `    联系人：${contact}　电话：${landline()}`,
      ].join('\n'),
      [P(lawyer), P(client), A(clientHouse), P(lateFather)],
      [firm, firmAddr, contact, '王××'],
    );
  }

  // 7. 村民委员会换届选举 结果公告: the elected 主任, 副主任 and 委员 are labelled people (the announcement's subjects, as
  //    appointees are); the election committee's chair who signs it and the town's 指导组 cadre act in office (decoys).
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(VILLAGES);
    const chief = person('男');
    const deputy = person('女');
    const members = [person('男'), person('女'), person('男')];
    const chair = person('男');
    const guide = person('男');
    const voters = int(1200, 2400);
    add(
      [
        `${town}${village}第十三届村民委员会选举结果公告`,
        `    根据《中华人民共和国村民委员会组织法》和《${pick(['河南省', '陕西省', '甘肃省'])}村民委员会选举办法》，${village}于${date()}召开选举大会，本村登记参加选举的村民${voters}人，参加投票${voters - int(30, 150)}人，选举有效。`,
        `    经差额选举，${chief}当选为村民委员会主任，${deputy}当选为副主任，${members.join('、')}当选为委员。`,
        `    当选人得票情况：${chief}${int(800, 1100)}票，${deputy}${int(700, 1000)}票，${members[0]}${int(600, 900)}票，${members[1]}${int(600, 900)}票，${members[2]}${int(600, 900)}票。`,
        '    特此公告。',
        `    ${village}村民选举委员会主任：${chair}`,
        `    ${town}换届选举指导组组长：${guide}（副镇长）`,
      ].join('\n'),
      [P(chief), P(deputy), ...members.map(P)],
      [chair, guide, `${village}村民选举委员会`],
    );
  }

  // 8. 迁坟公告 for a road project: a ` | ` table `坟主姓名 | 墓穴位置 | 家属联系人` (the dead and their kin are
  //    people; a grave on a hillside is no home), one kin's mobile in prose; the 指挥部's contact and address.
  {
    const c = county();
    const town = pick(TOWNS);
    const pii: Label[] = [];
    const graves: string[] = [];
    const lines = [
      `${c}${pick(['S236线', 'G344线'])}改建工程坟墓迁移公告`,
      `    因${c}公路改建工程建设需要，工程红线范围内${town}境内的坟墓须于${date()}前自行迁移。现将已登记坟墓公告如下：`,
      '序号 | 坟主姓名 | 墓穴位置 | 家属联系人',
    ];
    for (let i = 1; i <= 4; i++) {
      const dead = person();
      const relative = kin(dead, chance(0.5) ? MALE : FEMALE);
      const grave = `${pick(VILLAGES)}${pick(['北坡', '南岭', '东沟岔'])}${int(1, 30)}号墓`;
      graves.push(grave);
      pii.push(P(dead), P(relative));
      lines.push(`${i} | ${dead} | ${grave} | ${relative}`);
    }
    const unknown = `${pick(VILLAGES)}西河滩无主坟${int(2, 6)}座`;
    const tel = pick(['136', '138', '152', '159', '183', '191']) + digits(8);
    const kin1 = (pii[1] as Label).value;
    const hq = `${c}${pick(NAMELIKE)}${int(1, 99)}号交通运输局${int(2, 5)}楼`;
    const staff = person('男');
    lines.push(`    另有${unknown}，请坟主亲属持身份证明前来登记；逾期未登记的，按无主坟处理。`);
    lines.push(`    家属${kin1}已来电（${tel}）申请延期三日迁移，指挥部已同意。`);
    lines.push(`    迁坟补偿标准按《${c}集体土地征收地上附着物补偿标准》执行。联系人：${staff}，地址：${hq}。`);
    add(lines.join('\n'), [...pii, M(tel)], [...graves, unknown, staff, hq]);
  }

  // 9. A 安全生产 事故调查报告 summary: the two dead workers (with homes), the company's 法定代表人, its safety officer
  //    and a driver (people of a firm, not officials), a lorry's plate; the investigation team's head (a 副县长) and
  //    its members from the bureaus (decoys), the company and its mine.
  {
    const c = county();
    const firm = `${short(c)}县${pick(['金山', '永安', '瑞丰'])}矿业有限公司`;
    const mine = `${firm}${pick(['石灰岩', '白云岩'])}矿`;
    const dead1 = person('男');
    const dead2 = person('男');
    const home1 = rural(c);
    const home2 = rural(c);
    const boss = person('男');
    const safety = person('男');
    const driver = person('男');
    const plate = `${pick(['豫', '陕', '甘'])}${pick(['M', 'C', 'K'])}${digits(5)}`;
    const head = person('男');
    const m1 = person('男');
    const m2 = person('女');
    const o1 = person('男');
    const o2 = person('男');
    const [mon, day] = [int(3, 9), int(10, 28)];
    add(
      [
        `${firm}“${mon}·${day}”坍塌事故调查报告（摘要）`,
        `    2024年${mon}月${day}日，${mine}采场发生一起边坡坍塌事故，造成2人死亡，直接经济损失${int(200, 400)}万元。事故发生后，${c}人民政府成立了由副县长${head}任组长，应急管理局局长${m1}、自然资源局副局长${m2}等人员参加的事故调查组。`,
        '    一、事故伤亡人员情况',
        `    ${dead1}，男，${int(42, 58)}岁，住${home1}，该矿挖掘机司机；${dead2}，男，${int(35, 55)}岁，住${home2}，该矿装载工。`,
        '    二、事故经过',
        `    经调查组执法人员${o1}（执法证号 ${digits(8)}）、${o2}（执法证号 ${digits(8)}）现场勘验查明：事发当日，驾驶员${driver}驾驶${plate}号重型自卸货车在采场下方等候装车，${dead1}、${dead2}在边坡下方作业。${int(9, 11)}时许，边坡上部岩体突然滑落，将二人掩埋。`,
        '    三、事故原因及责任认定',
        `    该公司法定代表人${boss}未组织编制边坡监测方案，安全员${safety}未按规定开展班前巡查，对事故发生负有责任，建议由应急管理部门依法给予行政处罚。`,
      ].join('\n'),
      [P(dead1), P(dead2), A(home1), A(home2), P(boss), P(safety), P(driver), PL(plate)],
      [head, m1, m2, o1, o2, firm],
    );
  }

  // 10. 好人好事 news: villagers helping a family whose house burned, a shop named after its owner's surname (`…记面馆`),
  //     a village named with a surname (`…家村`), a brand named like a person, an author and his novel cited;
  //     the town's officials and the reporters (decoys).
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(['周营村', '石桥村', '桃园村']);
    const victim = person('男');
    const wife = person('女');
    const helper1 = person('男');
    const helper2 = person('女');
    const cook = person('男');
    const shop = `${COMPOUND.find((x) => cook.startsWith(x)) ?? cook[0]}记面馆`;
    const teen = person('男');
    const secretary = person('男');
    const mayor = person('女');
    const reporter = person('男');
    const stringer = person('女');
    const neighbourVillage = `${pick(['赵家村', '李家村', '马家村'])}`;
    add(
      [
        `一家有难众人帮——${town}${village}村民接力帮扶火灾户`,
        `    ${date()}凌晨，${town}${village}村民${victim}家的三间厨房因电线老化起火。邻居${helper1}最先发现火情，一边喊人一边提水灭火，${victim}和妻子${wife}被及时叫醒，全家无人受伤。`,
        `    第二天一早，在镇上开“${shop}”的村民${cook}送来两袋面粉和一箱康师傅方便面；在外打工的${teen}通过微信群发起捐款，一天内筹得${int(8, 20)}000多元。隔壁${neighbourVillage}的${helper2}带着几名妇女帮着清理废墟。`,
        `    “大家这么帮我，我心里热乎乎的。”${victim}说。他家的书架上还留着半本烧焦的路遥的《平凡的世界》。`,
        `    镇党委书记${secretary}、镇长${mayor}先后来到${victim}家中，送去了救助金和棉被，并安排民政办为其申请临时救助。驻村第一书记随后为这户人家联系了电工，重新布设了线路。`,
        `    （记者 ${reporter} 通讯员 ${stringer}）`,
      ].join('\n'),
      [P(victim), P(wife), P(helper1), P(helper2), P(cook), P(teen)],
      [shop, secretary, mayor, reporter, stringer, neighbourVillage, '驻村第一书记', '康师傅', '路遥', '平凡的世界'],
    );
  }

  // 11. A traditional-script mirror of a 特困供养 and 临时救助 notice: `申請人X，住…`, `其子X`, an estate flat, the
  //     street office's 經辦人 and its address on a name-like street (decoys), a masked neighbour (`管**`).
  {
    const c = county();
    const a1 = person('女');
    const a1Home = rural(c);
    const son = kin(a1, MALE);
    const a2 = person('男');
    const a2Home = flat(c);
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        trad(`${c}民政局`),
        '臨時救助審批結果公示',
        `    申請人${trad(a1)}，女，${int(1948, 1960)}年生，住${trad(a1Home)}。其子${trad(son)}於今年三月因車禍致殘，家庭生活陷入困難，經入戶調查、鄰里走訪（鄰居管**證實），擬給予臨時救助金${int(3, 6)}000元。`,
        `    申請人${trad(a2)}，男，${int(1958, 1970)}年生，住${trad(a2Home)}，患尿毒症長期透析，擬給予臨時救助金${int(4, 8)}000元。`,
        `    公示期5天。如有異議，請向本局社會救助股反映，地址：${trad(seat)}。經辦人：${trad(clerk)}`,
      ].join('\n'),
      [P(trad(a1)), A(trad(a1Home)), P(trad(son)), P(trad(a2)), A(trad(a2Home))],
      [trad(seat), trad(clerk), '管**'],
    );
  }
}
