/**
 * Held-out slice 14: whole documents written blind (without reading review/), of kinds slices 1–13 barely use —
 * 卫生健康/文化旅游/应急管理/城管 penalties on individuals, a disclosure reply about a late father's 征收 record, a 信访
 * 复查意见书, 遗属待遇 / 优抚 / 计生奖扶 / 医疗救助 lists in four layouts, a 悬赏通告, a 人民调解协议书, a 警情通报 in
 * prose and a traditional-script mirror — weighted as much towards precision as recall. Its own seed and pools:
 * surnames, given names (many of them ordinary words: 向荣, 立春, 秋收, 有余, 得水, 彩虹, 牡丹; whole names 成功,
 * 庄严, 满意), counties, villages, streets and estates none of slices 9–13 use.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, col, I, M, P, PL, recorder, short, toTrad, type AddRecord, type Label } from './blind.js';

// Surnames none of slices 9–13 draw; several are ordinary words (成, 强, 应, 吉, 富, 池, 冷, 沙, 连, 步, 满, 文).
const SURNAMES = '成戚谈茅纪项强娄颜刁骆凌虞应宗宣吉翁荀惠曲封芮储富宫仇司印邰鄂索赖屠蒙池桑桂燕庄瞿慕连茹容古步满文阙欧师冷辛沙权';
const MALE = ['向荣', '先锋', '卫星', '立春', '忠诚', '春雷', '旭东', '秋收', '国强', '新春', '海涛', '建平', '满堂', '铁山', '银山', '长松', '德才', '福海', '有余', '得水', '荣华', '子健', '浩轩', '俊熙', '一航', '宸', '森', '勤', '诚', '彪'];
const FEMALE = ['彩虹', '芙蓉', '牡丹', '海棠', '百合', '玉洁', '秋月', '春兰', '晨曦', '金铃', '翠萍', '红英', '凤仙', '玉霞', '小凤', '素梅', '腊香', '桂枝', '银凤', '梦琪', '紫薇', '心怡', '雨桐', '蕾', '茜', '妍', '瑶', '琦', '萱'];
// Whole names whose two characters make a common word (成功, 庄严, 满意, 燕飞): drawn as they are.
const WORDLIKE = ['成功', '成才', '文采', '连胜', '燕飞', '庄严', '满意', '宫平', '池清', '司南'];

const COUNTIES = ['泗县', '灵璧县', '固镇县', '石台县', '岳西县', '枞阳县', '通江县', '南江县'];
// Each county's area code, plate prefix and ID region, so a document's numbers belong to its province.
const CODES: Record<string, { tel: string; plate: string; region: string }> = {
  泗县: { tel: '0557', plate: '皖L', region: '341324' },
  灵璧县: { tel: '0557', plate: '皖L', region: '341323' },
  固镇县: { tel: '0552', plate: '皖C', region: '340323' },
  石台县: { tel: '0566', plate: '皖R', region: '341722' },
  岳西县: { tel: '0556', plate: '皖H', region: '340828' },
  枞阳县: { tel: '0562', plate: '皖G', region: '340722' },
  通江县: { tel: '0827', plate: '川Y', region: '511921' },
  南江县: { tel: '0827', plate: '川Y', region: '511922' },
};
const TOWNS = ['草沟镇', '渔沟镇', '大路口乡', '高楼镇', '长沟镇', '黄湾镇', '杨疃镇', '沙河铺镇'];
// 谈庄村 and 骆家圩村 carry a surname of the pool; 富强村 and 新合村 read like words.
const VILLAGES = ['谈庄村', '骆家圩村', '富强村', '新合村', '七里井村', '东岗村', '后楼村', '瓦房村', '桑园村', '燕子窝村'];
const GROUPS = ['十组', '十一组', '北头组', '南场组', '庄台组', '七队', '后庄组'];
const STREETS = ['东关大街', '北门街', '西环路', '纺织路', '车站路'];
// 文昌, 迎春, 玉泉, 春晖, 永昌 read like given names: they carry bodies' and shops' addresses (decoys).
const NAMELIKE = ['文昌路', '迎春街', '玉泉路', '春晖路', '永昌街'];
const ESTATES = ['凤凰城小区', '城南花园', '邮电小区', '化肥厂家属院', '瑞景苑', '天鹅湖小区'];

// Traditional forms this slice's pools need beyond blind.ts's table.
const TRAD: Record<string, string> = {
  灵: '靈', 枞: '樅', 渔: '漁', 铺: '鋪', 谈: '談', 骆: '駱', 强: '強', 团: '團', 岗: '崗', 窝: '窩', 头: '頭', 场: '場', 关: '關',
  环: '環', 纺: '紡', 织: '織', 晖: '暉', 凤: '鳳', 邮: '郵', 电: '電', 厂: '廠', 属: '屬', 鹅: '鵝', 纪: '紀', 项: '項', 娄: '婁',
  颜: '顏', 应: '應', 储: '儲', 宫: '宮', 赖: '賴', 庄: '莊', 连: '連', 阙: '闕', 欧: '歐', 师: '師', 权: '權', 荣: '榮', 锋: '鋒',
  诚: '誠', 银: '銀', 余: '餘', 华: '華', 轩: '軒', 洁: '潔', 铃: '鈴', 梦: '夢', 腊: '臘', 胜: '勝', 严: '嚴', 铁: '鐵',
  涛: '濤', 卫: '衛',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));
// A one-character county keeps its 县 (泗县卫健委, not 泗卫健委).
const abbr = (c: string): string => (short(c).length > 1 ? short(c) : c);

export function slice14(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(14_2026_1201);
  const add = recorder('holdout14', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => pick([...SURNAMES]) + pick(s === '男' ? MALE : FEMALE));
  };
  const wordlike = (): string => fresh(() => pick(WORDLIKE));
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => of[0] + pick(sex === '男' ? MALE : FEMALE));
  const county = (): string => pick(COUNTIES);
  const others = <X>(xs: readonly X[], not: readonly X[]): X => pick(xs.filter((x) => !not.includes(x)));
  const rural = (c = county(), town = pick(TOWNS), village = pick(VILLAGES)): string => `${c}${town}${village}${pick(GROUPS)}${int(1, 90)}号`;
  const flat = (c = county()): string => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 20)}号楼${int(1, 4)}单元${int(1, 18)}0${int(1, 4)}室`;
  const office = (c: string): string => `${c}${pick(NAMELIKE)}${int(2, 260)}号`;
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const date = (): string => `2025年${int(1, 10)}月${int(1, 28)}日`;
  const certNo = (): string => `${pick(['34', '51'])}${digits(6)}${pad(int(1, 999), 3)}`;

  // 1. 卫生健康委 处罚决定书 on an unlicensed practitioner: label lines (`当事人：`, `性别：…出生年月：`, a publisher-masked
  //    ID, `住址：`), a patient and her daughter in prose; the shop named after him (`骆氏推拿馆`), its premises, 华佗 on
  //    its sign, the two 卫生监督员 with 执法证号 and the body's contact at the foot as decoys.
  {
    const c = county();
    const doc = person('男');
    const home = rural(c);
    const patient = person('女');
    const daughter = kin(patient, '女');
    const o1 = person('男');
    const o2 = person('女');
    const contact = person('女');
    const shop = `${doc[0]}氏推拿馆`;
    const premises = office(c);
    const seat = office(c);
    const masked = `${CODES[c].region}********${digits(3)}${pick(['1', '7', 'X'])}`;
    add(
      [
        `${c}卫生健康委员会`,
        '行政处罚决定书',
        `${abbr(c)}卫医罚〔2025〕${int(3, 80)}号`,
        `当事人：${doc}`,
        `性别：男　出生年月：${int(1960, 1975)}年${int(1, 12)}月`,
        `身份证号码：${masked}`,
        `住址：${home}`,
        `    ${date()}，本委卫生监督员${o1}（执法证号：${certNo()}）、${o2}（执法证号：${certNo()}）根据群众投诉，对位于${premises}的“${shop}”进行监督检查。现场发现当事人${doc}未取得《医疗机构执业许可证》和《医师资格证书》，正在为患者${patient}进行针灸治疗，室内存放静脉输液器具${int(4, 20)}套，门口招牌写有“华佗再世　专治腰腿痛”字样。`,
        `    经查，当事人自${int(2023, 2024)}年起在该处开展诊疗活动，违法所得${int(3, 9)}${digits(3)}元。患者${patient}之女${daughter}提供了其母亲的缴费收据${int(3, 9)}张。`,
        '    依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款，本委决定：没收违法所得及药品器械，并处违法所得五倍罚款。',
        `    如不服本决定，可在收到本决定书之日起六十日内向${c}人民政府申请行政复议。`,
        `    ${c}卫生健康委员会　地址：${seat}　联系人：${contact}　电话：${landline(c)}`,
      ].join('\n'),
      [P(doc), A(home), P(patient), P(daughter)],
      [masked, o1, o2, shop, premises, '华佗', seat, contact],
    );
  }

  // 2. 文化和旅游局 处罚 on an internet café run by one person: `投资人：`, `投资人住址：` (a home), `经营场所：` (a decoy);
  //    the duty manager and a minor's father in prose; 执法人员 with 证号, brands on the counter (王老吉, 康师傅) as decoys.
  {
    const c = county();
    const owner = wordlike();
    const ownerHome = flat(c);
    const manager = person('女');
    const father = person('男');
    const o1 = person('男');
    const o2 = person('男');
    const bar = `${abbr(c)}${pick(['极速', '星空', '畅游'])}网吧`;
    const premises = office(c);
    // Minors named by the publisher with their given names masked (decoys).
    const minors = [`${pick([...SURNAMES])}×`, `${pick([...SURNAMES])}××`, `${pick([...SURNAMES])}**`];
    add(
      [
        `${c}文化和旅游局`,
        '行政处罚决定书',
        `${abbr(c)}文旅罚〔2025〕${int(2, 60)}号`,
        `当事人：${bar}（个体工商户）`,
        `统一社会信用代码：92${digits(4)}${digits(2)}MA${digits(3)}${pick(['G', 'L', 'R'])}${digits(4)}`,
        `投资人：${owner}`,
        `投资人住址：${ownerHome}`,
        `经营场所：${premises}`,
        `    ${date()}21时许，本局文化市场综合执法大队执法人员${o1}（${certNo()}）、${o2}（${certNo()}）对当事人经营场所进行检查，发现该网吧接纳3名未成年人进入营业场所上网，现场负责人${manager}在《现场检查笔录》上签字确认（未成年人${minors[0]}、${minors[1]}、${minors[2]}的身份已核实）。其中一名未成年人的父亲${father}次日到本局反映，其子曾多次在该网吧通宵上网。`,
        `    当事人投资人${owner}接受调查询问，承认上述事实。执法人员另发现收银台代售的“王老吉”凉茶和“康师傅”方便面未明码标价，已移送市场监管部门处理。`,
        '    依据《互联网上网服务营业场所管理条例》第三十一条，本局决定：给予警告，并处罚款人民币一万元。',
      ].join('\n'),
      [P(owner), A(ownerHome), P(manager), P(father)],
      [bar, premises, o1, o2, '王老吉', '康师傅', ...minors],
    );
  }

  // 3. 应急管理局 处罚 on a villager storing fireworks at home: `当事人：X，男，汉族，…年生，住…。`, his wife in prose; the
  //    market village (a bare place, no one's home), the shop named after him and the deputy director signing as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const homeVillage = pick(VILLAGES);
    const who = person('男');
    const wife = person('女');
    const home = rural(c, town, homeVillage);
    const market = `${town}${others(VILLAGES, [homeVillage])}集市`;
    const stall = `${who[0]}记烟花爆竹`;
    const deputy = person('男');
    const o1 = person('男');
    add(
      [
        `${c}应急管理局`,
        '行政处罚决定书',
        `${abbr(c)}应急罚〔2025〕${int(2, 40)}号`,
        `当事人：${who}，男，汉族，${int(1965, 1988)}年生，住${home}。`,
        `    ${date()}，本局执法人员${o1}等二人在${market}检查时发现，当事人以“${stall}”名义摆摊销售烟花爆竹，未取得《烟花爆竹经营（零售）许可证》。经随后检查，当事人在其住宅西侧厢房内储存组合烟花${int(20, 80)}箱、爆竹${int(10, 60)}箱，存放处距离灶台不足五米。当事人之妻${wife}称货物系春节前从外地购进。经分管副局长批准，本局于当日立案调查。`,
        '    依据《烟花爆竹安全管理条例》第三十六条第二款，本局决定：没收非法储存的烟花爆竹，并处罚款人民币八千元。',
        `    ${c}应急管理局副局长　${deputy}`,
      ].join('\n'),
      [P(who), A(home), P(wife)],
      [market, stall, deputy, o1, '分管副局长'],
    );
  }

  // 4. 政府信息公开 答复 to a son about his late father's 征收 record: the father's house (an address), the mother as 共同居住人,
  //    a neighbour named as the third party who refused, the applicant's mailing address and mobile; the 征收 office and
  //    the body's contact line at the foot as decoys.
  {
    const c = county();
    const applicant = person('男');
    const father = kin(applicant, '男');
    const mother = person('女');
    const neighbour = person('女');
    const street = pick(STREETS);
    const house = `${c}${street}${int(10, 200)}号院${int(1, 8)}排${int(1, 12)}号`;
    const mail = rural(c);
    const mobile = pick(['135', '138', '151', '157', '183', '189']) + digits(8);
    const contact = person('男');
    const seat = office(c);
    add(
      [
        `${c}人民政府办公室`,
        '政府信息公开申请答复书',
        `${abbr(c)}政办依申〔2025〕${int(10, 90)}号`,
        `${applicant}：`,
        `    本机关于${date()}收到你通过信函方式提交的政府信息公开申请，你申请获取你已故父亲${father}名下位于${house}的房屋征收补偿安置协议及补偿款发放记录。`,
        `    经查，该房屋在${c}${street}片区棚户区改造项目征收范围内，补偿协议系${father}生前与${c}房屋征收与补偿服务中心签订，协议载明的共同居住人为${father}之妻${mother}。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项，现将该协议及补偿款发放明细复印件提供给你。`,
        `    你申请中一并提及的邻居${neighbour}家的补偿协议，涉及第三方个人信息，本机关书面征求${neighbour}意见，其不同意公开，故不予公开。`,
        `    本答复书按你在申请表中填写的通讯地址（${mail}）邮寄，并已短信告知你预留的手机号码${mobile}。`,
        '    如对本答复不服，可以在收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。',
        `    （联系人：${contact}，电话：${landline(c)}，地址：${seat}）`,
      ].join('\n'),
      [P(applicant), P(father), A(house), P(mother), P(neighbour), A(mail), M(mobile)],
      [contact, seat],
    );
  }

  // 5. 人社局 信访事项复查意见书: `复查请求人：X，女，…，住…。`, her late husband and their son in prose; the original
  //    deciding town, the village accountant acting in office, the 经办人 and the bureau's address as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const req = person('女');
    const home = rural(c, town);
    const husband = person('男');
    const son = kin(husband, '男');
    const accountant = person('男');
    const clerk = person('女');
    const seat = office(c);
    add(
      [
        `${c}人力资源和社会保障局`,
        '信访事项复查意见书',
        `${abbr(c)}人社复查〔2025〕${int(2, 30)}号`,
        `复查请求人：${req}，女，${int(1950, 1965)}年生，汉族，住${home}。`,
        `原处理机关：${c}${town}人民政府`,
        `    复查请求人${req}不服${town}人民政府于${date()}作出的《信访事项处理意见书》，向本局提出复查请求。`,
        `    复查请求人称：其丈夫${husband}于${int(2009, 2012)}年参加城乡居民基本养老保险，${int(2024, 2025)}年去世后，镇政府未为其办理丧葬补助金，个人账户余额也未退还家属。`,
        `    本局查明：${husband}去世后，村委会会计${accountant}于当月为其办理了待遇停发登记；其个人账户余额${int(3, 9)}${digits(3)}元及丧葬补助金已由其子${son}持户口簿和死亡证明于次月领取，有领款签名为证。`,
        '    本局认为，原处理意见认定事实清楚，适用政策正确，决定予以维持。如对本复查意见不服，可以自收到之日起三十日内向县人民政府请求复核。',
        `    （经办人：${clerk}；本局地址：${seat}）`,
      ].join('\n'),
      [P(req), A(home), P(husband), P(son)],
      [accountant, clerk, seat],
    );
  }

  // 6. 社保中心's 遗属 丧葬补助金 公示 as a ` | ` table: `死亡人员姓名 | … | 申领人姓名 | 与死者关系 | 户籍地址`, addresses
  //    without the county; the 稽核科 line and the centre's director as decoys.
  {
    const c = county();
    const head = person('男');
    const pii: Label[] = [];
    const lines = [
      `${c}社会保险事业管理中心`,
      `关于2025年第${int(1, 3)}季度城乡居民养老保险丧葬补助金领取人员的公示`,
      '    经核实，下列待遇领取人员已经死亡，其遗属已申领丧葬补助金和个人账户余额，现予公示：',
      '序号 | 死亡人员姓名 | 性别 | 死亡日期 | 申领人姓名 | 与死者关系 | 户籍地址 | 补助金额（元）',
    ];
    for (let i = 1; i <= 5; i++) {
      const sex = i % 2 === 0 ? '女' : '男';
      const dead = person(sex);
      const rel = pick(['长子', '次子', '长女', '配偶', '孙子']);
      const claimant = rel === '配偶' ? person(sex === '男' ? '女' : '男') : kin(dead, rel === '长女' ? '女' : '男');
      const addr = `${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 70)}号`;
      pii.push(P(dead), P(claimant), A(addr));
      lines.push(`${i} | ${dead} | ${sex} | 2025-${pad(int(1, 9), 2)}-${pad(int(1, 28), 2)} | ${claimant} | ${rel} | ${addr} | ${pick([1000, 1200, 1500])}`);
    }
    lines.push(`    公示期7天。如有异议，请向社保中心稽核科反映（电话：${landline(c)}）。`, `    中心主任：${head}`);
    add(lines.join('\n'), pii, [head]);
  }

  // 7. A town's 优抚对象 抚恤补助 名单 as numbered lines under headings (`1. X，男，1949年生，…村…组`), the village and its
  //    group labelled as the household's place; the 民政办 contact as a decoy.
  {
    const c = county();
    const town = pick(TOWNS);
    const contact = person('女');
    const pii: Label[] = [];
    const groups: [string, number, '男' | '女' | undefined][] = [['在乡复员军人', 3, '男'], ['带病回乡退伍军人', 2, '男'], ['烈士遗属', 1, '女']];
    const lines = [`${c}${town}人民政府`, '关于2025年度优抚对象定期抚恤补助发放名单的公示', '    经村（居）委会初审、镇民政办审核，现将享受定期抚恤补助的优抚对象公示如下：'];
    let n = 0;
    const seen = new Set<string>();
    groups.forEach(([kind, count, sex], k) => {
      lines.push(`${['一', '二', '三'][k]}、${kind}（${count}人）`);
      for (let i = 0; i < count; i++) {
        const who = person(sex);
        let place = `${pick(VILLAGES)}${pick(GROUPS)}`;
        while (seen.has(place)) place = `${pick(VILLAGES)}${pick(GROUPS)}`;
        seen.add(place);
        pii.push(P(who), A(place));
        lines.push(`${++n}. ${who}，${sex ?? '男'}，${kind === '烈士遗属' ? int(1940, 1950) : int(1946, 1960)}年生，${place}`);
      }
    });
    lines.push(`    公示期5个工作日。监督电话：${landline(c)}（镇民政办　${contact}）`);
    add(lines.join('\n'), pii, [contact]);
  }

  // 8. 计划生育 奖励扶助 公示 as a tab table: the holder and the spouse by name, `所在村（居）` a bare village (no one's
  //    home: 富强村 and 新合村 read like words), the 卫健办's contact as a decoy.
  {
    const c = county();
    const town = pick(TOWNS);
    const contact = person('男');
    const pii: Label[] = [];
    const villages = new Set<string>();
    const lines = [
      `${c}${town}2025年农村部分计划生育家庭奖励扶助对象确认公示`,
      '序号\t姓名\t性别\t出生年月\t配偶姓名\t所在村（居）\t扶助类别',
    ];
    for (let i = 1; i <= 5; i++) {
      const sex = i === 2 || i === 5 ? '女' : '男';
      const who = i === 4 ? wordlike() : person(sex);
      const spouse = person(sex === '男' ? '女' : '男');
      const v = i <= 2 ? ['富强村', '新合村'][i - 1] : pick(VILLAGES);
      villages.add(v);
      pii.push(P(who), P(spouse));
      lines.push(`${i}\t${who}\t${sex}\t${int(1960, 1964)}.${pad(int(1, 12), 2)}\t${spouse}\t${v}\t${pick(['独生子女', '两女户'])}`);
    }
    lines.push(`    公示期7天。联系人：${contact}（镇卫生健康办），电话：${landline(c)}`);
    add(lines.join('\n'), pii, [...villages, contact]);
  }

  // 9. 城乡居民医疗救助 名单 aligned with spaces for print (`家庭住址` a village, group and number); the 医保办 head as a decoy.
  {
    const town = pick(TOWNS);
    const head = person('女');
    const pii: Label[] = [];
    const lines = [`${town}2025年${int(4, 9)}月城乡居民医疗救助对象名单`, `${col('序号', 6)}${col('姓名', 10)}${col('家庭住址', 28)}${col('救助类别', 14)}救助金额（元）`];
    for (let i = 1; i <= 4; i++) {
      const who = person();
      const addr = `${pick(VILLAGES)}${pick(GROUPS)}${int(1, 60)}号`;
      pii.push(P(who), A(addr));
      lines.push(`${col(String(i), 6)}${col(who, 10)}${col(addr, 28)}${col(pick(['特困人员', '低保对象', '监测对象']), 14)}${int(1, 9)},${digits(3)}`);
    }
    lines.push(`    审核人：${head}（镇医保办主任）`);
    add(lines.join('\n'), pii, [head]);
  }

  // 10. 公安局 悬赏通告: the wanted man with birth date, full ID, 户籍地 and the plate he fled in; the victim in hospital and
  //     an accomplice already caught; the scene (a village, no one's home here) and two officers as contacts (decoys).
  {
    const c = county();
    const [t1, t2] = [pick(TOWNS), pick(TOWNS)];
    const wanted = person('男');
    const y = int(1980, 1995);
    const body = `${CODES[c].region}${y}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(2)}${pick(['1', '3', '5', '7', '9'])}`; // an odd 17th digit: a man
    const id = body + idCheck(body);
    const reg = rural(c, t2);
    const scene = `${c}${others(TOWNS, [t2])}${pick(VILLAGES)}`;
    const plate = `${CODES[c].plate}${digits(5)}`;
    const victim = person('男');
    const acc = person('男');
    const cop1 = person('男');
    const cop2 = person('男');
    add(
      [
        `${c}公安局`,
        '悬赏通告',
        `    ${date()}晚，${scene}发生一起故意伤害案件，致一人重伤。经侦查，犯罪嫌疑人${wanted}有重大作案嫌疑，案发后驾驶${plate}号黑色越野车潜逃。为尽快将其缉拿归案，现悬赏通告如下：`,
        `    犯罪嫌疑人${wanted}，男，${y}年出生，身份证号码：${id}，户籍地：${reg}。身高约175厘米，体态偏胖，左前臂有文身，讲本地口音普通话。`,
        `    被害人${victim}仍在医院救治。同案人${acc}已于案发次日被抓获。`,
        '    凡提供线索协助抓获犯罪嫌疑人的，奖励人民币二万元。公安机关对举报人的信息严格保密。',
        `    联系人：${cop1}（刑警大队）${landline(c)}　${cop2}（${t1}派出所）${landline(c)}`,
        `    ${c}公安局`,
      ].join('\n'),
      [P(wanted), I(id), A(reg), PL(plate), P(victim), P(acc)],
      [scene, cop1, cop2],
    );
  }

  // 11. 人民调解协议书 in the printed template (`当事人姓名：X　性别：…`, `单位或住址：…`), neighbours' drainage dispute, the
  //     son who built the kitchen; the two mediators and the record keeper as decoys.
  {
    const c = county();
    const town = pick(TOWNS);
    const village = pick(VILLAGES);
    const a = person('男');
    const b = person('女');
    const bSon = kin(b, '男');
    const aHome = rural(c, town, village);
    const bHome = rural(c, town, village);
    const m1 = person('男');
    const m2 = person('女');
    const rec = person('女');
    add(
      [
        `${town}人民调解委员会`,
        '人民调解协议书',
        `${town.slice(0, 2)}调字〔2025〕第${int(5, 90)}号`,
        `当事人姓名：${a}　性别：男　民族：汉　年龄：${int(50, 70)}岁`,
        '职业或职务：农民　联系方式：（略）',
        `单位或住址：${aHome}`,
        `当事人姓名：${b}　性别：女　民族：汉　年龄：${int(45, 65)}岁`,
        '职业或职务：农民　联系方式：（略）',
        `单位或住址：${bHome}`,
        '纠纷简要事实、争议事项及双方责任：',
        `    ${a}与${b}两家系前后院邻居。${date()}，${b}之子${bSon}在自家院内翻建厨房，排水管伸入${a}家宅基地约0.8米，双方多次争吵。经调查，排水管走向确未征得${a}同意，双方对此均有过激言行。`,
        '    调解中，调解员讲了清代张英让墙三尺的六尺巷典故劝导双方，双方各自作出让步。',
        '经调解，双方自愿达成如下协议：',
        `    一、${b}一方于十日内将排水管改道至自家院内，费用自理；`,
        `    二、${a}不再阻拦${b}家厨房施工，双方互不追究此前言语冲突。`,
        '履行方式、时限：第二项当场履行，第一项于签订本协议之日起十日内履行完毕。',
        `当事人（签名）：${a}　${b}`,
        `人民调解员（签名）：${m1}　${m2}`,
        `记录人：${rec}`,
      ].join('\n'),
      [P(a), A(aHome), P(b), A(bHome), P(bSon)],
      [m1, m2, rec, '张英', '六尺巷'],
    );
  }

  // 12. 警情通报 in prose: `X（男，35岁，…人）` (the county of origin, no address), the injured man, a third man detained, a
  //     rumour-monger with a whole-word name; the barbecue named after its owner's surname, the street and a masked
  //     bystander (`某某`) as decoys.
  {
    const c = county();
    const x = person('男');
    const y = person('男');
    const z = person('男');
    const rumour = wordlike();
    const street = pick(NAMELIKE);
    const grill = `老${pick([...SURNAMES])}烧烤`;
    const masked = `${pick([...SURNAMES])}某某`;
    add(
      [
        `${c}公安局警情通报`,
        `    ${date()}21时许，我局110指挥中心接群众报警称，县城${street}一烧烤店门前有人斗殴。接警后，城关派出所民警迅速赶到现场，将涉事人员控制。`,
        `    经初步调查，当晚${x}（男，${int(30, 40)}岁，${c}人）与${y}（男，${int(35, 50)}岁，${pick(['江苏省睢宁县', '河南省永城市'])}人）在“${grill}”店内饮酒时因琐事发生口角，继而互相推搡，${x}持啤酒瓶将${y}头部砸伤。目前，${y}已送医治疗，无生命危险；${x}因涉嫌故意伤害罪被依法刑事拘留，参与推搡的${z}（男，${int(20, 30)}岁）被依法行政拘留十日。`,
        `    事发后，网民${rumour}（男，${int(19, 26)}岁）在短视频平台发布“烧烤店斗殴致三人死亡”的不实信息，已被依法行政拘留五日。现场劝架的群众${masked}未受伤。`,
        '    公安机关提醒广大群众：理性饮酒，遇事冷静，不造谣、不信谣、不传谣。',
      ].join('\n'),
      [P(x), P(y), P(z), P(rumour)],
      [street, grill, masked],
    );
  }

  // 13. A traditional-script mirror of a 城管 penalty on a street vendor: `當事人：X，男，…年生，住…。`, his wife in the
  //     facts; the two officers and the crossing of name-like streets as decoys.
  {
    const c = county();
    const who = person('男');
    const wife = person('女');
    const home = flat(c);
    const o1 = person('男');
    const o2 = person('女');
    const crossing = `${pick(NAMELIKE)}與${pick(STREETS)}交叉口`;
    add(
      [
        trad(`${c}城市管理局`),
        '行政處罰決定書',
        `${trad(abbr(c))}城管罰〔2025〕${int(10, 99)}號`,
        `當事人：${trad(who)}，男，${int(1970, 1990)}年生，住${trad(home)}。`,
        `    ${date()}，本局執法人員${trad(o1)}、${trad(o2)}在巡查中發現，當事人${trad(who)}在${trad(crossing)}佔用人行道擺攤銷售水果，經現場勸導拒不改正。次日，當事人之妻${trad(wife)}到本局接受詢問，承認上述事實。`,
        '    依據《城市市容和環境衛生管理條例》第三十六條，本局決定：責令改正，並處罰款人民幣二百元。',
      ].join('\n'),
      [P(trad(who)), A(trad(home)), P(trad(wife))],
      [trad(o1), trad(o2), trad(crossing)],
    );
  }
}
