/**
 * Held-out slice 19: whole documents written blind (without reading review/), of kinds slices 1–18 do not use — a
 * 行政复议决定书, a 行政诉讼 应诉 公示, a 政府信息公开 年度报告's 典型案例, a 村委会换届 选民名单, a 见义勇为 表彰 公示 naming the
 * rescued, a 小学 招生 录取 公示, a 高龄老人 生日 慰问 news item, a 精准扶贫 结对帮扶 名单, a 宗教活动场所 负责人 备案 公示, a
 * 欠薪/工伤 调解 news item and a traditional-script mirror — weighted as much towards precision as recall. Its own seed and
 * pools: common surnames mixed with rare ones none of slices 9–18 draw (亓, 宓, 矫, 嵇, 汲, 厍, 束, 蓟, 逄, 桓), compound ones
 * (宗政, 拓跋), given names that are words (长征, 向阳, 劲松, 中秋, 芙蓉) or doubled (毛毛, 娇娇, 琳琳), Hui and Tibetan names
 * where a venue calls for them, and counties, villages, streets and estates of its own (streets named like people).
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, PL, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators } from './pools.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗';
const RARE = '亓宓矫嵇汲厍束蓟逄桓';
const COMPOUND = ['宗政', '拓跋'];
const MALE = ['长征', '向阳', '劲松', '中秋', '毛毛', '振邦', '守田', '文龙', '志勇', '铁柱', '满仓', '耀祖', '春雷', '大山', '德旺', '明亮', '冬生', '锐', '骁'];
const FEMALE = ['芙蓉', '桂芝', '婉婷', '娇娇', '琳琳', '秋霜', '春妞', '小芹', '玉凤', '翠屏', '彩凤', '丽君', '月桂', '菊香', '甜妹', '琦'];
const HUI = ['马守礼', '丁哈三', '沙尔利', '纳麦志'];
const TIBETAN = ['扎西平措', '格桑曲珍', '次仁多吉'];

const CODES: Record<string, { tel: string; region: string }> = {
  漳川县: { tel: '0716', region: '421024' },
  涢水县: { tel: '0722', region: '421323' },
  栎城县: { tel: '0937', region: '620922' },
  桐岭县: { tel: '0745', region: '431225' },
};
const TOWNS = ['蒿坪镇', '柘塘乡', '荻港镇', '石碓镇'];
// 长征村 and 向阳坪村 read like given names of the pool; 宓家台村 and 桓家冲村 carry its surnames.
const VILLAGES = ['长征村', '向阳坪村', '宓家台村', '桓家冲村', '杉树垭村', '牛角冲村', '石门坎村'];
const GROUPS = ['一组', '二组', '五组', '八组', '上湾组', '槽坊组', '新屋组'];
// 国强, 振邦, 美华 read like given names: they carry bodies' addresses (decoys) and some homes.
const STREETS = ['国强路', '振邦街', '美华路', '长征路'];
const ESTATES = ['滨河苑', '金桂园', '教育小区', '桃源居'];

const TRAD: Record<string, string> = {
  漳: '漳', 涢: '溳', 栎: '櫟', 岭: '嶺', 蒿: '蒿', 坪: '坪', 柘: '柘', 塘: '塘', 荻: '荻', 港: '港', 碓: '碓', 征: '徵', 阳: '陽', 宓: '宓', 桓: '桓',
  冲: '沖', 杉: '杉', 垭: '埡', 牛: '牛', 角: '角', 坎: '坎', 湾: '灣', 坊: '坊', 屋: '屋', 劲: '勁', 松: '松', 秋: '秋', 毛: '毛', 邦: '邦', 守: '守',
  田: '田', 龙: '龍', 志: '志', 勇: '勇', 铁: '鐵', 柱: '柱', 满: '滿', 仓: '倉', 耀: '耀', 祖: '祖', 锐: '銳', 骁: '驍', 芙: '芙', 蓉: '蓉', 桂: '桂',
  芝: '芝', 婉: '婉', 婷: '婷', 娇: '嬌', 琳: '琳', 霜: '霜', 妞: '妞', 芹: '芹', 屏: '屏', 琦: '琦', 矫: '矯', 嵇: '嵇', 汲: '汲', 厍: '厙', 束: '束',
  蓟: '薊', 逄: '逄', 宗: '宗', 政: '政', 拓: '拓', 跋: '跋', 组: '組', 号: '號', 县: '縣', 乡: '鄉', 镇: '鎮',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice19(addRecord: AddRecord, used: Set<string>): void {
  const random = seededRandom(19_2026_1201);
  const { pick, int, digits, chance } = random;
  const add = recorder('holdout19', addRecord);
  const { fresh, person, familyOf, kin, landline, office, date, distinct, rural, flat, idFor } = sliceGenerators(random, used, {
    common: COMMON, rare: RARE, compound: COMPOUND, compoundChance: 0.1, male: MALE, female: FEMALE,
    codes: CODES, towns: TOWNS, villages: VILLAGES, groups: GROUPS, streets: STREETS, estates: ESTATES,
  });

  // 1. 行政复议决定书: `申请人：X，男，…，公民身份号码…，住…`, `委托代理人：Y，系申请人之子` (a relative: a person), a 第三人 with
  //    her home, the respondent bureau's 住所 and `法定代表人：Z，局长` as decoys; facts naming the parties glued to verbs
  //    (`申请人X不服`, `第三人Y于…`) and by surname + 某 later (decoys, the publisher's own shortening).
  {
    const c = '漳川县';
    const applicant = person('男');
    const id = idFor(c, int(1958, 1968));
    const home = rural(c);
    const son = kin(applicant, '男');
    const third = person('女');
    const thirdHome = flat(c);
    const head = person('男');
    const seat = office(c);
    const bureau = `${c}自然资源和规划局`;
    const mobile = `139${digits(8)}`;
    add(
      [
        `${c}人民政府`,
        '行政复议决定书',
        `漳政复决字〔2025〕第${int(11, 60)}号`,
        `申请人：${applicant}，男，汉族，${id.slice(6, 10)}年${Number(id.slice(10, 12))}月生，公民身份号码${id}，住${home}，联系电话${mobile}。`,
        `委托代理人：${son}，系申请人之子。`,
        `被申请人：${bureau}，住所：${seat}。`,
        `法定代表人：${head}，局长。`,
        `第三人：${third}，女，${int(1970, 1985)}年生，住${thirdHome}。`,
        `    申请人${applicant}不服被申请人于${date()}作出的不动产更正登记行为，于法定期限内向本机关申请行政复议，本机关依法受理。`,
        `    申请人称：其在本村承包的责任田与第三人${third}家宅基地相邻，被申请人未经实地勘界即将争议地块登记在第三人名下，请求撤销。`,
        `    被申请人称：登记时第三人提交了村民小组出具的证明，程序合法。第三人${third}于答辩期内提交了书面意见，称该地块系其公公生前开垦。`,
        `    经审理查明：${pick(VILLAGES)}村民委员会出具的证明未经村民小组会议讨论，现场亦无四至记载。本机关认为，被申请人认定事实不清。`,
        '    根据《中华人民共和国行政复议法》第六十四条的规定，本机关决定：撤销被申请人作出的登记行为，责令其在六十日内重新处理。',
        '    申请人、第三人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。',
        `    （本决定书送达时，申请人委托其子代为签收；文中当事人此后简称为${familyOf(applicant)}某、${familyOf(third)}某。）`,
        `    ${date()}`,
      ].join('\n'),
      [P(applicant), I(id), A(home), M(mobile), P(son), P(third), A(thirdHome)],
      [head, seat, bureau, `${familyOf(applicant)}某、`, '行政复议法'],
    );
  }

  // 2. 行政诉讼 应诉 公示 as a ` | ` table: the 原告 column (citizens, one a couple `A、B`), the case number with the plaintiff
  //    in brackets in the prose (`（2025）鄂0923行初12号（原告X）`), the 出庭负责人 (副县长, 局长: officials in office) and the
  //    委托代理人 column holding the bureau's staff (decoys) and, once, the plaintiff's lawyer (a person).
  {
    const c = '涢水县';
    const p1 = person('男');
    const p2a = person('女');
    const p2b = kin(p2a, '男');
    const p3 = person('男');
    const lawyer = person('女');
    const vice = person('男');
    const chief = person('男');
    const staff = [person('男'), person('女')];
    const n = [int(10, 40), int(41, 70), int(71, 99)];
    add(
      [
        `${c}人民政府办公室关于2025年第三季度行政机关负责人出庭应诉情况的公示`,
        '序号 | 案号 | 原告 | 被告 | 案由 | 出庭负责人 | 委托代理人',
        `1 | （2025）鄂0923行初${n[0]}号 | ${p1} | ${c}人民政府 | 房屋征收补偿 | 副县长${vice} | ${staff[0]}（县司法局）`,
        `2 | （2025）鄂0923行初${n[1]}号 | ${p2a}、${p2b} | ${c}住房和城乡建设局 | 限期拆除决定 | 局长${chief} | ${staff[1]}`,
        `3 | （2025）鄂0923行初${n[2]}号 | ${p3} | ${c}人力资源和社会保障局 | 工伤认定 | 局长${chief} | ${staff[1]}`,
        `    其中，（2025）鄂0923行初${n[0]}号（原告${p1}）一案中，原告委托${lawyer}律师出庭，副县长${vice}出庭应诉并当庭发言；（2025）鄂0923行初${n[1]}号一案原告${p2a}、${p2b}系夫妻，已与被告达成和解并申请撤诉。`,
        `    本季度全县行政机关负责人出庭应诉率100%。联系人：${staff[1]}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(p1), P(p2a), P(p2b), P(p3), P(lawyer)],
      [vice, chief, staff[0], staff[1], `${c}人民政府`],
    );
  }

  // 3. 政府信息公开 年度报告 with a 典型案例: the applicant named in full once (in the statistics' note, as some reports leave
  //    it) and masked `X某某` elsewhere (decoy), his request about a neighbour's homestead (the neighbour and the homestead's
  //    place: a person and an address), the body's 办公地址 and 联系电话 as decoys; `富强`/`和平` words in running text.
  {
    const c = '栎城县';
    const applicant = person('男');
    const neighbour = person('女');
    const plot = rural(c);
    const masked = `${familyOf(applicant)}某某`;
    const seat = office(c);
    add(
      [
        `${c}人民政府2024年政府信息公开工作年度报告`,
        '    一、总体情况',
        '    2024年，县政府办公室坚持以公开为常态、不公开为例外，围绕建设富强、和平、美丽栎城的目标推进政务公开，主动公开各类信息4127条。',
        '    二、收到和处理政府信息公开申请情况',
        `    全年共收到申请${int(40, 90)}件，其中自然人申请${int(30, 39)}件。（注：第${int(3, 9)}号申请由${applicant}以信函方式提出，已按期答复。）`,
        '    三、典型案例',
        `    申请人${masked}申请公开其邻居${neighbour}位于${plot}的宅基地审批材料。经征求第三方意见，${neighbour}不同意公开，县自然资源局认为公开会损害第三方合法权益，依法作出不予公开的答复。${masked}不服，申请行政复议，复议机关维持了原答复。`,
        '    四、存在的主要问题及改进情况',
        '    部分乡镇对涉及第三方的申请征求意见不及时。下一步将加强培训。',
        `    办公地址：${seat}，联系电话：${landline(c)}。`,
      ].join('\n'),
      [P(applicant), P(neighbour), A(plot)],
      [masked, seat, '富强', `${c}人民政府`],
    );
  }

  // 4. 村委会换届 选民名单 公示: voters by 村民小组, many names per line (spaces in one group, 、 in another), then a household
  //    table `户主　门牌　本户选民` (aligned with spaces, a home per household); the 选举委员会主任 and the 包村干部 as decoys;
  //    `长征村` and `向阳坪村` as villages that read like given names.
  {
    const c = '桐岭县';
    const town = '柘塘乡';
    const village = '长征村';
    const g1 = Array.from({ length: 8 }, () => person());
    const g2 = Array.from({ length: 7 }, () => person());
    const heads = Array.from({ length: 5 }, () => person('男'));
    const members = heads.map((h) => [kin(h, chance(0.5) ? '男' : '女'), person('女')]);
    const doors = heads.map(() => distinct(() => `${village}${pick(['八组', '新屋组'])}${int(1, 60)}号`));
    const chair = person('男');
    const cadre = person('女');
    add(
      [
        `${town}${village}第十二届村民委员会选举`,
        '登记参加选举的村民名单公示',
        `    根据《中华人民共和国村民委员会组织法》和${c}村民委员会换届选举实施方案，现将本村登记参加选举的村民名单公布如下（按村民小组排列）：`,
        `    一组（${g1.length}人）：${g1.join(' ')}`,
        `    二组（${g2.length}人）：${g2.join('、')}`,
        '    八组、新屋组按户登记：',
        `    ${col('户主', 10)}${col('门牌', 22)}本户选民`,
        ...heads.map((h, k) => `    ${col(h, 10)}${col(doors[k], 22)}${h}　${members[k].join('　')}`),
        `    村民对名单有异议的，请于选举日五日前向村民选举委员会提出。村民选举委员会主任：${chair}；乡包村干部：${cadre}。`,
        `    另：原向阳坪村并入本村的村民，在${village}村民委员会办公楼一楼登记。`,
        `    ${town}${village}村民选举委员会　${date()}`,
      ].join('\n'),
      [...g1.map(P), ...g2.map(P), ...heads.map(P), ...members.flat().map(P), ...doors.map(A)],
      [chair, cadre, `${village}村民委员会办公楼`],
    );
  }

  // 5. 见义勇为 表彰 公示 naming the rescued: the hero in the title and on its own line with his home, the rescued boy and his
  //    grandmother (persons, her home), a witness; the 派出所所长 and the 综治中心 contact as decoys, `某某` masked passer-by.
  {
    const c = '漳川县';
    const hero = person('男');
    const heroHome = rural(c, '荻港镇');
    const boy = person('男');
    const granny = person('女');
    const grannyHome = rural(c, '荻港镇');
    const witness = person('女');
    const chief = person('男');
    const contact = person('女');
    add(
      [
        `关于拟确认${hero}同志见义勇为行为的公示`,
        `${hero}，男，汉族，${int(1972, 1990)}年${int(1, 12)}月出生，住${heroHome}。`,
        `    ${date()}下午，荻港镇河段一名男孩落水，${hero}闻讯跳入河中，将落水的${boy}（男，9岁）托出水面。${boy}的奶奶${granny}（家住${grannyHome}）赶到后，与村民${witness}一起将孩子拉上岸。另一名路人王某某拨打了急救电话。`,
        `    荻港派出所所长${chief}介绍，${hero}救人后未留姓名即离开，后经${witness}辨认才找到本人。`,
        `    公示期为5个工作日。联系人：${contact}（县综治中心），电话：${landline(c)}。`,
      ].join('\n'),
      [P(hero), A(heroHome), P(boy), P(granny), A(grannyHome), P(witness)],
      [chief, contact, '王某某', '荻港派出所'],
    );
  }

  // 6. 小学 招生 录取 公示 as a tab table: pupils and guardians (persons), 户籍地址 (a home: town + village + group + door, or a
  //    flat); the school named after a road that reads like a name and its 招生办 contact as decoys.
  {
    const c = '涢水县';
    const sexes = Array.from({ length: 6 }, () => (chance(0.5) ? '男' : '女') as '男' | '女');
    const kids = sexes.map((x) => person(x));
    const parents = kids.map((k) => kin(k, chance(0.5) ? '男' : '女'));
    const addr = kids.map((_, k) => (k % 2 ? flat(c) : rural(c)));
    const clerk = person('女');
    const school = `${c}美华路小学`;
    add(
      [
        `${school}2025年秋季一年级新生录取结果公示（第二批）`,
        '序号\t学生姓名\t性别\t监护人\t户籍地址\t录取类别',
        ...kids.map((k, j) => `${j + 1}\t${k}\t${sexes[j]}\t${parents[j]}\t${addr[j]}\t${j % 2 ? '学区内' : '随迁子女'}`),
        `    对录取结果有异议的，请于公示期内到校招生办反映。联系人：${clerk}，电话：${landline(c)}，地址：${office(c)}。`,
      ].join('\n'),
      [...kids.map(P), ...parents.map(P), ...addr.map(A)],
      [clerk, school],
    );
  }

  // 7. 高龄老人 生日 慰问 news: the 百岁老人 (her village group labelled a home), her son and daughter-in-law, a grandson; the
  //    副县长, 乡长, 民政所所长 and the reporter and correspondent as decoys; `长寿` words.
  {
    const c = '栎城县';
    const elder = person('女');
    const place = distinct(() => `${c}石碓镇杉树垭村${pick(GROUPS)}`);
    const son = person('男');
    const wife = person('女');
    const grandson = kin(son, '男');
    const vice = person('女');
    const mayor = person('男');
    const reporter = person('男');
    const corr = person('女');
    add(
      [
        '百岁寿星喜迎生日 党委政府送上祝福',
        `    本报讯（记者 ${reporter} 通讯员 ${corr}）${date()}，副县长${vice}带领县民政局、石碓镇相关负责人，来到${place}，为百岁老人${elder}送上生日蛋糕和慰问金。`,
        `    ${elder}老人生于1925年，育有二子一女，现与长子${son}、儿媳${wife}一起生活。“老人家每天吃两碗饭，还能自己剥豆子。”${wife}笑着说。孙子${grandson}特地从外地赶回来为奶奶过生日。`,
        `    石碓镇镇长${mayor}表示，将落实好高龄津贴，常态化开展上门探访。`,
      ].join('\n'),
      [P(elder), A(place), P(son), P(wife), P(grandson)],
      [vice, mayor, reporter, corr],
    );
  }

  // 8. 精准扶贫 结对帮扶 名单 as a ` | ` table: 帮扶责任人 with 单位/职务 (officials and staff: decoys) and 帮扶对象 households with
  //    村组 + 门牌 (persons and homes); a cadre paired with two households on two rows.
  {
    const c = '桐岭县';
    const cadres = [person('男'), person('女'), person('男')];
    const hh = Array.from({ length: 5 }, () => person());
    const hhHomes = hh.map(() => distinct(() => `${pick(['桓家冲村', '石门坎村'])}${pick(GROUPS)}${int(1, 80)}号`));
    const units = ['县财政局', '县农业农村局', '县医疗保障局'];
    const posts = ['副局长', '股长', '驻村第一书记'];
    add(
      [
        `${c}蒿坪镇脱贫户结对帮扶责任人名单`,
        '帮扶责任人 | 单位 | 职务 | 帮扶对象（户主） | 家庭住址 | 人口',
        ...hh.map((h, k) => `${cadres[k % 3]} | ${units[k % 3]} | ${posts[k % 3]} | ${h} | ${hhHomes[k]} | ${int(2, 6)}`),
        `    帮扶责任人每月入户不少于一次。其中${hh[0]}户因病返贫风险较高，由${cadres[0]}副局长牵头落实医疗救助。`,
      ].join('\n'),
      [...hh.map(P), ...hhHomes.map(A)],
      [...cadres, ...units],
    );
  }

  // 9. 宗教活动场所 负责人 备案 公示: the 负责人 of each venue named (a Hui imam, a Tibetan monk, a Han caretaker — labelled
  //    persons, like a 法定代表人 in a mandatory filing), the venues and their addresses (not homes), 民宗局 contact as decoys.
  {
    const c = '栎城县';
    const imam = fresh(() => pick(HUI));
    const lama = fresh(() => pick(TIBETAN));
    const keeper = person('女');
    const prev = person('男');
    const contact = person('男');
    const mosque = `${c}荻港镇清真寺`;
    const temple = `${c}向阳坪村观音庙`;
    add(
      [
        `${c}民族宗教事务局关于宗教活动场所负责人备案情况的公示`,
        '场所名称\t宗教\t负责人\t场所地址',
        `${mosque}\t伊斯兰教\t${imam}\t${c}荻港镇振邦街${int(3, 90)}号`,
        `${c}石碓镇嘉措寺\t藏传佛教\t${lama}\t石碓镇牛角冲村`,
        `${temple}\t佛教\t${keeper}\t柘塘乡向阳坪村二组`,
        `    ${temple}原负责人${prev}因年事已高请辞，经民主管理小组推选，由${keeper}接任。`,
        `    联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(imam), P(lama), P(keeper), P(prev)],
      [contact, mosque, temple, '振邦街', '石碓镇牛角冲村', '柘塘乡向阳坪村二组'],
    );
  }

  // 10. 欠薪 / 工伤 调解 news: workers named (persons; one's home where the mediation took place), the firm named after its
  //     owner (`老汲建材厂`, a decoy) and its owner named as 法定代表人 (a person), the driver's plate; the 劳动监察大队长,
  //     调解员 and the 人社局 address as decoys; `李白`/`杜甫` cited as no one.
  {
    const c = '涢水县';
    const owner = fresh(() => `汲${pick(MALE)}`);
    const firm = `${c}老汲建材厂`;
    const workers = [person('男'), person('男'), person('女')];
    const hurt = person('男');
    const hurtHome = rural(c);
    const plate = `鄂S${digits(1)}${pick(['A', 'K', 'D'])}${digits(3)}`;
    const captain = person('男');
    const mediator = person('女');
    add(
      [
        '协调追回欠薪 工伤赔偿当场兑现',
        `    近日，县劳动保障监察大队大队长${captain}接到${workers[0]}、${workers[1]}、${workers[2]}等12名工人的投诉，称${firm}拖欠工资共计18.6万元。`,
        `    经调查，该厂法定代表人${owner}承认欠薪事实。在调解员${mediator}主持下，${owner}当场支付了拖欠工资。`,
        `    同日调解的还有一起工伤纠纷：工人${hurt}在装卸货物时被${plate}货车挤伤右腿。调解在${hurt}家中（${hurtHome}）进行，双方达成一次性赔偿协议。`,
        `    ${workers[2]}说：“本想着像诗里写的‘李白乘舟将欲行’那样潇洒回家过年，没想到差点拿不到钱。”`,
        `    维权电话：12333；县人社局地址：${office(c)}。`,
      ].join('\n'),
      [P(owner), ...workers.map(P), P(hurt), A(hurtHome), PL(plate)],
      [firm, captain, mediator, '李白'],
    );
  }

  // 11. Traditional-script mirror of a 見義勇為 commendation: `授予A、B…稱號`, the rescued woman and her husband named,
  //     her home; the 縣委政法委書記 and the reporter as decoys.
  {
    const c = '桐岭县';
    const a = person('男');
    const b = person('男');
    const woman = person('女');
    const husband = person('男');
    const home = rural(c, '蒿坪镇');
    const sec = person('男');
    const rep = person('女');
    add(
      [
        `${trad(c)}表彰見義勇為先進個人`,
        `    縣委政法委書記${trad(sec)}為${trad(a)}、${trad(b)}頒發榮譽證書，授予二人「${trad(c)}見義勇為先進個人」稱號。`,
        `    今年汛期，家住${trad(home)}的${trad(woman)}被洪水圍困，${trad(a)}、${trad(b)}划船將其救出。${trad(woman)}的丈夫${trad(husband)}送來錦旗致謝。（記者 ${trad(rep)}）`,
      ].join('\n'),
      [P(trad(a)), P(trad(b)), P(trad(woman)), P(trad(husband)), A(trad(home))],
      [trad(sec), trad(rep)],
    );
  }
}
