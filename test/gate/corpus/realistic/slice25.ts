/**
 * Held-out slice 25: whole documents written blind (without reading review/ nor the rules' tests), of kinds slices 1–23 do
 * not use, leaning to 教育 / 卫健 / 住建 / 交通 / 农业 pages, letters with their replies, news items and one traditional-script
 * mirror — a 网络问政 letter on a school place with the 教育局's reply, a 农村教师周转宿舍 分配 公示, a 严重精神障碍患者监护人
 * 以奖代补 公示, a 乡村医生 执业再注册 公示 in a Dai county, a 既有住宅加装电梯 公示, a 网约车 驾驶员证/运输证 核发 公示, a 长江
 * 禁捕 退捕渔民 安置 补助 公示, a 农技 news item, a 住建 留言 on 不动产权证 with its reply, and a traditional-script mirror of
 * a 农村客运 news item — as much for precision as recall.
 *
 * Names as real documents have them: about 80 % a surname among the hundred commonest and an ordinary given name of
 * real-life frequency (建华, 丽娟, 子涵, 国强, 秀英, 浩 …); about 20 % a rare surname of pinyin M–Z that no earlier slice
 * draws (母, 税, 谯, 裘, 浦, 占, 智, 修, 双, 铁, 糜, 粘), a compound one (鲜于, 完颜) or a given name that is an ordinary word
 * (海洋, 清明, 立秋, 秋月, 白云, 银花); Dai names (岩温, 玉罕 …) in the Dai county. Counties, towns, villages, streets and
 * estates of its own; 建华村, 建华路 and 丽华街 read like given names of the pool and appear in bodies' addresses (decoys).
 */

import { seededRandom, uniqueName } from '../generate.js';
import { A, M, P, PL, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

// The hundred commonest surnames (census order, roughly).
const COMMON =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '母税谯裘浦占智修双铁糜粘';
const COMPOUND = ['鲜于', '完颜'];
const MALE = ['建华', '建国', '国强', '志强', '志刚', '建军', '海涛', '明辉', '俊杰', '浩然', '子轩', '宇航', '文杰', '德明', '永刚', '春生', '金龙', '晓东', '家豪', '伟', '浩', '磊', '军', '勇', '杰', '涛', '斌', '超', '鹏', '鑫', '波', '刚', '平', '辉', '宇'];
const FEMALE = ['秀英', '桂英', '秀兰', '玉兰', '桂兰', '丽娟', '秀珍', '玉梅', '春梅', '海燕', '晓燕', '丽华', '红梅', '子涵', '梓涵', '欣怡', '诗涵', '雨桐', '淑珍', '凤英', '美兰', '静', '敏', '燕', '艳', '娟', '霞', '芳', '丹', '婷', '丽', '颖'];
// Names given to children of the last twenty years; elders are not given them (a grandmother is no 诗涵).
const YOUNG_MALE = ['子轩', '浩然', '宇航', '俊杰', '家豪', '浩', '宇', '鑫', '杰'];
const YOUNG_FEMALE = ['子涵', '梓涵', '欣怡', '诗涵', '雨桐', '婷', '颖'];
type Age = 'young' | 'old';
// Given names that are ordinary words.
const WORD_MALE = ['海洋', '清明', '立秋'];
const WORD_FEMALE = ['秋月', '白云', '银花'];
// Dai names: 岩 opens a man's name, 玉 a woman's.
const DAI_MALE = ['岩温', '岩罕', '岩应', '岩光', '岩庄', '岩叫'];
const DAI_FEMALE = ['玉罕', '玉南', '玉波', '玉应', '玉坎', '依香'];

const CODES: Record<string, string> = { 澄阳县: '0736', 岚桥县: '0745', 汀溪县: '0716', 勐桑县: '0691' };

export function slice25(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance, rnd } = seededRandom(25_2026_1202);
  const add = recorder('holdout25', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const given = (s: '男' | '女', age?: Age): string => {
    const young = s === '男' ? YOUNG_MALE : YOUNG_FEMALE;
    if (age === 'young') return pick(young);
    const all = s === '男' ? MALE : FEMALE;
    return pick(age === 'old' ? all.filter((g) => !young.includes(g)) : all);
  };
  const person = (sex?: '男' | '女', age?: Age): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => {
      const r = rnd();
      if (r < 0.8) return pick([...COMMON]) + given(s, age);
      if (r < 0.91) return pick([...RARE]) + given(s, age);
      if (r < 0.94) return pick(COMPOUND) + given(s, age);
      return pick([...COMMON]) + (age === 'young' ? given(s, age) : pick(s === '男' ? WORD_MALE : WORD_FEMALE));
    });
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男', age?: Age): string => fresh(() => familyOf(of) + given(sex, age));
  const dai = (sex: '男' | '女'): string => fresh(() => pick(sex === '男' ? DAI_MALE : DAI_FEMALE));
  const landline = (c: string): string => `${CODES[c]}-${int(2, 8)}${digits(6)}`;
  const mobile = (): string => `1${pick(['36', '38', '51', '59', '73', '80', '87', '91'])}${digits(8)}`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 网络问政 letter on a school place, with the 教育体育局's reply (the page's fields: 信件标题, 来信人 masked by the
  //    platform, 信件编号, 来信时间, 办理状态, 信件内容, 回复单位, 回复时间, 回复内容). The writer names herself in the body
  //    (`我叫X，家住…`), her daughter, her husband, a neighbour's child and the grandmother whose home holds the child's
  //    户籍; the reply greets her (`X女士：您好！`). The school on 建华路 (a given name of the pool), the masked header, the
  //    school's principal acting in office and the 基础教育股's contact as decoys.
  {
    const c = '澄阳县';
    const mother = person('女');
    const husband = person('男');
    const girl = kin(husband, '女', 'young');
    const neighbourKid = person('男', 'young');
    const granny = person('女', 'old');
    const flat = distinct(() => `${c}建华路翠湖小区${int(3, 18)}栋${int(1, 3)}单元${int(2, 11)}0${int(1, 2)}室`);
    const grannyHome = distinct(() => `${c}青山铺镇石板村${pick(['二组', '五组', '七组'])}${int(3, 60)}号`);
    const phone = mobile();
    const masked = `${familyOf(mother)}**`;
    const principal = person('男');
    const clerk = person('女');
    add(
      [
        '信件标题：孩子在家门口的小学报不上名',
        `来信人：${masked}　　信件编号：CY20250${int(6, 8)}${digits(5)}　　来信时间：2025-07-${pad(int(10, 28), 2)}　　办理状态：已办结`,
        `信件内容：局长您好！我叫${mother}，家住${flat}，是2021年买的房，房产证和户口都在这个小区。女儿${girl}今年8月满六周岁，按片区应该在建华路小学上一年级，可学校说今年学位已满，让我们到城南的文昌小学报名，每天接送要穿过半个县城。我爱人${husband}在外地工地上班，家里只有我一个人接送。同一栋楼对门${neighbourKid}去年就是在建华路小学报的名。孩子的户口原来在她奶奶${granny}家（${grannyHome}），去年才迁过来，是不是因为这个不算片区内？请领导帮忙查一下。我的电话${phone}。`,
        `回复单位：${c}教育体育局　　回复时间：2025-07-${pad(int(28, 31), 2)}`,
        `回复内容：${mother}女士：您好！您反映的问题我局高度重视，已会同建华路小学核实。翠湖小区属建华路小学服务片区，今年该校一年级计划招生${int(6, 8)}个班，按“房户一致、先房后户”的顺序审核。您女儿户籍迁入时间不满一年，被列入第二批审核，并非不予接收。经建华路小学校长${principal}复核，第二批尚有空余学位，学校已电话通知您于8月${int(2, 9)}日携带户口簿、房产证原件到校办理入学登记。如仍有疑问，请联系我局基础教育股${clerk}，电话${landline(c)}。感谢您对教育工作的关心和支持！`,
      ].join('\n'),
      [P(mother), P(girl), P(husband), P(neighbourKid), P(granny), A(flat), A(grannyHome), M(phone)],
      [masked, principal, clerk, '建华路小学', '文昌小学', `${c}教育体育局`],
    );
  }

  // 2. 农村教师周转宿舍 分配 结果 公示 as a tab table (序号, 姓名, 性别, 任教学校, 学科, 赋分, 分配房号 as `1-302`: a room
  //    number, no address); one teacher who gave up her room because she lives in town, her home in brackets (an address);
  //    the 分房小组组长 (a principal), the 纪检监督员, the schools and the dormitory's site in the school yard as decoys, and
  //    陶行知 quoted.
  {
    const c = '岚桥县';
    const teachers = [person('女'), person('男'), person('女'), person('女'), person('男'), person('女'), person('男'), person('女')];
    const schools = ['青竹镇中心小学', '青竹镇中心小学', '青竹镇初级中学', '竹林村小学', '青竹镇中心小学', '青竹镇初级中学', '竹林村小学', '青竹镇中心幼儿园'];
    const subjects = ['语文', '数学', '英语', '语文', '体育', '物理', '数学', '学前教育'];
    const quitter = person('女');
    const quitterHome = distinct(() => `青竹镇新华街${int(12, 188)}号`);
    const head = person('男');
    const monitor = person('女');
    const site = `青竹镇文昌路${int(2, 40)}号`;
    add(
      [
        '青竹镇中心学校2025年农村教师周转宿舍分配结果公示',
        `    为落实“让乡村教师安心从教”的要求，按照《${c}农村教师周转宿舍管理办法》，经个人申请、学校分房小组按任教年限、家校距离、家庭困难等情况量化赋分，现将第二批周转宿舍分配结果公示如下（周转宿舍位于${site}中心学校院内）：`,
        '序号\t姓名\t性别\t任教学校\t任教学科\t赋分\t分配房号',
        ...teachers.map((t, k) => `${k + 1}\t${t}\t${['女', '男', '女', '女', '男', '女', '男', '女'][k]}\t${schools[k]}\t${subjects[k]}\t${int(62, 95)}\t${int(1, 3)}-${int(1, 5)}0${int(1, 4)}`),
        `    另，${quitter}老师已在镇上购房（${quitterHome}），本人自愿放弃分配资格，其顺位由下一名递补。`,
        `    周转宿舍只租不售，教师调离本镇时应在一个月内退还。公示期5个工作日，如有异议请向分房小组组长${head}或纪检监督员${monitor}反映，电话：${landline(c)}。`,
        '    （学校将以陶行知“捧着一颗心来”的精神，继续改善乡村教师生活条件。）',
      ].join('\n'),
      [...teachers.map(P), P(quitter), A(quitterHome)],
      [head, monitor, site, '陶行知', '竹林村小学', '青竹镇初级中学'],
    );
  }

  // 3. 严重精神障碍患者监护人 以奖代补 公示 as a ` | ` table: 村（社区）(bare villages, decoys), 被监护人 masked by the publisher
  //    (`刘*军`, decoys as printed), 监护人 in full (people), 关系, 金额; a note naming an assistant guardian and one guardian's
  //    home; the 镇综治中心's contact and the 卫生院's 精防医生 as decoys.
  {
    const c = '岚桥县';
    const guardians = [person('男', 'old'), person('女', 'old'), person('男'), person('女'), person('男', 'old'), person('女', 'old'), person('男')];
    const rels = ['父子', '母子', '兄妹', '夫妻', '父女', '母女', '兄弟'];
    const villages = ['桂花村', '建华村', '桂花村', '凤凰岭社区', '建华村', '竹林村', '凤凰岭社区'];
    const patients = guardians.map((g, k) => {
      const fam = rels[k] === '夫妻' ? pick([...COMMON]) : familyOf(g);
      return `${fam}*${pick(['军', '华', '明', '平', '英', '芳', '强'])}`;
    });
    const maskedSeen = [...new Set(patients)];
    const helper = kin(guardians[3], '男');
    const home = distinct(() => `${c}凤凰岭镇建华村${pick(['三组', '六组'])}${int(5, 70)}号`);
    const contact = person('女');
    const doctor = person('男');
    add(
      [
        `凤凰岭镇2024年度严重精神障碍患者监护人以奖代补资金发放公示`,
        '    根据《严重精神障碍患者监护人以奖代补实施办法》，经村（社区）初审、镇综治中心会同镇卫生院、派出所入户评估，以下监护人在2024年度看护管理责任落实到位，被监护人未发生肇事肇祸行为，拟发放以奖代补资金，每人每年1800元。现予公示：',
        '序号 | 村（社区） | 被监护人 | 监护人 | 与被监护人关系 | 发放金额（元）',
        ...guardians.map((g, k) => `${k + 1} | ${villages[k]} | ${patients[k]} | ${g} | ${rels[k]} | 1800`),
        `    备注：第4户监护人${guardians[3]}长期在外务工，由其兄${helper}（${home}）协助监护，资金仍发放至监护人本人账户。`,
        `    公示期7天。如有异议，请与镇综治中心${contact}联系（电话：${landline(c)}），或向镇卫生院精防医生${doctor}反映。`,
      ].join('\n'),
      [...guardians.map(P), P(helper), A(home)],
      [...maskedSeen, contact, doctor, '竹林村', '凤凰岭社区'],
    );
  }

  // 4. 乡村医生 执业再注册 公示 in a Dai county, aligned with spaces (序号, 姓名, 性别, 民族, 执业地点 = a village clinic, 执业范围,
  //    考核结果): Dai and Han doctors as people (a licence list, like 教师资格), the clinics as decoys; a line on one not
  //    re-registered (`X因年满…`) and the doctor who takes over his clinic; the 医政股's contact and the bureau's seat on 丽华街
  //    (a given name of the pool) as decoys, 傣医 and a herbal formula's name as decoys.
  {
    const c = '勐桑县';
    const sexes: ('男' | '女')[] = ['男', '女', '男', '女', '男', '男', '女', '男'];
    const nations = ['傣族', '傣族', '汉族', '傣族', '傣族', '汉族', '汉族', '傣族'];
    const docs = sexes.map((s, k) => (nations[k] === '傣族' ? dai(s) : person(s)));
    const clinics = ['曼勒乡曼嘎村卫生室', '曼勒乡曼峦村卫生室', '曼勒乡曼峦村卫生室', '勐桑镇曼景村卫生室', '勐桑镇曼贺村卫生室', '勐桑镇城子社区卫生服务站', '曼勒乡曼嘎村卫生室', '勐桑镇曼景村卫生室'];
    const scopes = ['中西医结合', '西医', '中西医结合', '傣医', '中西医结合', '西医', '中医', '傣医'];
    const retired = dai('男');
    const retiredHome = distinct(() => `曼勒乡曼峦村${pick(['上寨', '下寨'])}${int(3, 60)}号`);
    const successor = person('女');
    const contact = person('女');
    const seat = `${c}丽华街${int(10, 90)}号`;
    add(
      [
        `${c}卫生健康局关于2025年乡村医生执业再注册结果的公示`,
        `    根据《乡村医生从业管理条例》和省卫生健康委有关规定，经本人申请、乡镇卫生院年度考核、县卫生健康局审核，以下${docs.length}名乡村医生准予执业再注册，注册有效期五年：`,
        `${col('序号', 6)}${col('姓名', 10)}${col('性别', 6)}${col('民族', 8)}${col('执业地点', 30)}${col('执业范围', 14)}考核结果`,
        ...docs.map((d, k) => `${col(String(k + 1), 6)}${col(d, 10)}${col(sexes[k], 6)}${col(nations[k], 8)}${col(clinics[k], 30)}${col(scopes[k], 14)}${k === 5 ? '基本合格' : '合格'}`),
        `    ${retired}（家住${retiredHome}）因年满六十五周岁，本人申请不再注册，其原执业的曼勒乡曼峦村卫生室由${successor}（已取得执业助理医师资格）接替执业。`,
        '    傣医执业人员应继续参加县傣医药传承培训，规范使用“雅叫哈顿”等传统方剂。',
        `    公示期为${date()}至5个工作日后。联系人：县卫生健康局医政医管股${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...docs.map(P), P(retired), A(retiredHome), P(successor)],
      [contact, seat, '曼勒乡曼嘎村卫生室', '勐桑镇曼景村卫生室', '雅叫哈顿', '勐桑镇城子社区卫生服务站'],
    );
  }

  // 5. 既有住宅加装电梯 公示 (住建): the 申请人代表 with his flat (an address) and mobile; a ` | ` table of the unit's owners by
  //    room (房号 | 业主姓名 | 意见 | 出资比例) — owners as people, one dead owner signed for by his daughter (`X（已故，由其女Y签
  //    字）`), the ground-floor owner who objects named again in prose; the building alone (`…3栋2单元`) is neither labelled nor
  //    listed; the design institute on 建华路 and a lift company named after a surname, the 街道 城建办 and its staff as decoys.
  {
    const c = '澄阳县';
    const estate = '桂香苑小区';
    const building = `${int(2, 9)}栋${int(1, 3)}单元`;
    const rep = person('男');
    const repRoom = `50${int(1, 2)}`;
    const repHome = `${c}滨江路${estate}${building}${repRoom}室`;
    const phone = mobile();
    const rooms = ['101', '102', '201', '202', '301', '302', '401', '402', '601', '602'];
    const owners = rooms.map((_, k) => person(undefined, k === 4 ? 'old' : undefined));
    const deadIdx = 4;
    const daughter = kin(owners[deadIdx], '女');
    const objector = owners[0];
    const institute = `${c}建华建筑设计院有限公司`;
    const lift = `湖南${pick(['裘', '浦', '鲜于'])}氏电梯工程有限公司`;
    const officer = person('女');
    add(
      [
        `关于${estate}${building}既有住宅加装电梯项目的公示`,
        `    ${estate}${building}共6层12户，现有业主申请加装电梯一部，除101室外其余11户业主已签订《加装电梯协议》，推选${rep}为申请人代表。根据《${c}既有住宅加装电梯实施办法》，现将有关事项公示如下：`,
        `    一、申请人代表：${rep}，住${repHome}，联系电话：${phone}。`,
        '    二、本单元业主意见（501、502室业主为申请人代表及其家庭，已签字同意）：',
        '房号 | 业主姓名 | 意见 | 出资比例',
        ...rooms.map((r, k) => `${r} | ${k === deadIdx ? `${owners[k]}（已故，由其女${daughter}签字）` : owners[k]} | ${k === 0 ? '不同意' : '同意'} | ${k < 2 ? '0' : `${int(6, 16)}%`}`),
        `    三、一楼101室业主${objector}提出电梯井影响采光，申请人代表已与其协商给予经济补偿，协商未果的，由社区组织调解。`,
        `    四、设计单位：${institute}；施工及维保单位：${lift}。`,
        `    五、利害关系人对加装方案有异议的，请于公示期内以书面形式向文昌路街道办事处城建办提出，联系人：${officer}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(rep), A(repHome), M(phone), ...owners.map(P), P(daughter)],
      [institute, lift, officer, '文昌路街道办事处城建办'],
    );
  }

  // 6. 网约车 驾驶员证 and 车辆运输证 核发 公示 (交通): a tab table of drivers (姓名, 性别, 身份证号 masked by the bureau — decoys —,
  //    服务平台: `曹操出行` names a historical figure, brands as decoys), a ` | ` table of private cars (车辆所有人 | 车牌号 | 品牌
  //    型号 | 平台: owners as people, plates labelled), a revocation line (`X因…被注销`); a leasing company named like a person
  //    and the 运管股's contact as decoys.
  {
    const c = '澄阳县';
    const drivers = [person('男'), person('男'), person('女'), person('男'), person('男'), person('女')];
    const ids = drivers.map(() => `430${int(721, 726)}********${digits(3)}${pick(['1', '3', '5', 'X'])}`);
    const platforms = ['曹操出行', 'T3出行', '滴滴出行', '花小猪打车', '曹操出行', '如祺出行'];
    const owners = [drivers[0], person('男'), drivers[3]];
    // A petrol car's plate has five characters after 湘H, a new-energy one six (D or F first).
    const plates = owners.map((_, k) => distinct(() => (k === 1 ? `湘H${pick(['A', 'B', 'C', 'K'])}${digits(4)}` : `湘H${pick(['D', 'F'])}${digits(5)}`)));
    const models = ['比亚迪秦PLUS', '吉利帝豪', '广汽埃安S'];
    const revoked = person('男');
    const company = `${c}志强汽车租赁有限公司`;
    const clerk = person('女');
    add(
      [
        `${c}交通运输局关于2025年第三批网络预约出租汽车驾驶员证和车辆运输证核发情况的公示`,
        '    经申请人申请、公安机关无犯罪记录和驾驶记录核查、全国网约车驾驶员从业资格考试合格，以下人员准予核发《网络预约出租汽车驾驶员证》：',
        '序号\t姓名\t性别\t身份证号\t服务平台',
        ...drivers.map((d, k) => `${k + 1}\t${d}\t${k === 2 || k === 5 ? '女' : '男'}\t${ids[k]}\t${platforms[k]}`),
        '    以下车辆符合网约车技术条件，准予核发《网络预约出租汽车运输证》：',
        '序号 | 车辆所有人 | 车牌号 | 品牌型号 | 服务平台',
        ...owners.map((o, k) => `${k + 1} | ${o} | ${plates[k]} | ${models[k]} | ${platforms[[0, 1, 3][k]]}`),
        `4 | ${company} | （租赁车辆12台，详见附件） | 比亚迪e2 | 滴滴出行`,
        `    另，驾驶员${revoked}因一个记分周期内累计记满12分，依法注销其网约车驾驶员证。`,
        `    公示期5个工作日。联系人：县交通运输局运输管理股${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [...drivers.map(P), P(owners[1]), ...plates.map(PL), P(revoked)],
      [...ids.slice(0, 3), '曹操出行', '花小猪打车', 'T3出行', company, clerk],
    );
  }

  // 7. 长江禁捕 退捕渔民 安置 及 过渡期补助 公示 as a ` | ` table: 户主, 家庭人口, 原渔船编号 (decoys), 安置方式, 现居住地址 (rural
  //    doors in a fishermen's settlement, flats in town: labelled homes), 补助; notes `户主X年老体弱，补助由其子Y代领` and a
  //    couple who both fished; the 渔政站 站长, the 渔政站's seat and `渔业新村` alone as decoys.
  {
    const c = '汀溪县';
    const heads = [person('男', 'old'), person('男', 'old'), person('男'), person('女', 'old'), person('男', 'old'), person('男'), person('男', 'old'), person('男', 'old')];
    const boats = heads.map(() => `鄂汀溪渔${int(2, 9)}${digits(4)}`);
    const ways = ['公益性岗位（护渔员）', '自主创业（水产养殖）', '灵活就业', '企业务工', '公益性岗位（保洁员）', '自主创业（农家乐）', '灵活就业', '纳入低保'];
    const homes = heads.map((_, k) =>
      distinct(() => (k % 3 === 2 ? `${c}白鹭镇滨湖路${pick(['阳光花园', '御江苑'])}${int(1, 12)}栋${int(1, 2)}单元${int(1, 6)}0${int(1, 2)}室` : `${c}白鹭镇渔业新村${int(1, 9)}排${int(1, 30)}号`)),
    );
    const son = kin(heads[0], '男');
    const wife = person('女', 'old');
    const chief = person('男');
    const seat = `${c}白鹭镇滨湖路${int(1, 30)}号`;
    add(
      [
        `${c}长江流域重点水域禁捕退捕渔民转产安置及过渡期生活补助发放公示（第二批）`,
        `    根据${c}禁捕退捕工作方案，经渔民申报、村委会核实、镇渔政站审核，现将白鹭镇第二批退捕渔民安置及过渡期生活补助情况公示如下（补助标准：每人每月${int(300, 600)}元）：`,
        '序号 | 户主 | 家庭人口 | 原渔船编号 | 安置方式 | 现居住地址 | 补助金额（元）',
        ...heads.map((h, k) => `${k + 1} | ${h} | ${int(2, 6)} | ${boats[k]} | ${ways[k]} | ${homes[k]} | ${money(3600, 14400)}`),
        `    备注：1.户主${heads[0]}年老体弱，补助由其子${son}代领；2.第4户${heads[3]}与丈夫原为夫妻船，丈夫已于2023年病故；3.第6户户主${heads[5]}与妻子${wife}共同经营农家乐，已申请创业担保贷款。`,
        `    原渔船已全部拆解，渔业新村安置房产权登记另行公告。公示期7天，监督电话：${landline(c)}（白鹭镇渔政站，站长${chief}，地址：${seat}）。`,
      ].join('\n'),
      [...heads.map(P), P(son), P(wife), ...homes.map(A)],
      [...boats.slice(0, 3), chief, seat],
    );
  }

  // 8. 农技 news item: the 农艺师 and the 站长 acting in office, the reporter and the correspondent at the foot, a co-operative
  //    and its 理事长 (a person), farmers with their homes (`家住…组的种粮大户X`), a wife, 袁隆平 and a seed brand as decoys.
  {
    const c = '汀溪县';
    const expert = person('男');
    const chief = person('女');
    const grower = person('男', 'old');
    const growerHome = distinct(() => `杉木乡芦苇洲村${pick(['三组', '四组', '八组'])}`);
    const wife = person('女', 'old');
    const farmer = person('男', 'old');
    const farmerHome = distinct(() => `杉木乡芦苇洲村${pick(['一组', '六组', '九组'])}${int(2, 40)}号`);
    const elder = person('男', 'old');
    const elderHome = distinct(() => `杉木乡芦苇洲村${pick(['二组', '五组', '七组'])}${int(2, 40)}号`);
    const coop = `${c}双福农机专业合作社`;
    const boss = person('男');
    const reporter = person('女');
    const writer = person('男');
    add(
      [
        '杉木乡：农技员蹲在田埂上 稻飞虱防治有了“准星”',
        `    “叶子背面这些小飞虱，一蔸超过十只就要打药了。”${date()}，在杉木乡芦苇洲村的一块晚稻田里，县农业技术推广中心高级农艺师${expert}蹲在田埂上，拨开稻丛给村民们看。`,
        `    家住${growerHome}的种粮大户${grower}今年流转了${int(180, 420)}亩水田，种的是“隆两优”系列品种。他告诉记者，往年都是看邻居打药自己就跟着打，“今年农技员把测报灯装到了田边，哪天该防、用什么药，手机上一看就晓得”。他的妻子${wife}在一旁帮着配药。`,
        `    村民${farmer}（家住${farmerHome}）去年因防治不及时减产近两成，今年他加入了${coop}，由合作社统一组织无人机飞防。合作社理事长${boss}说，今年已为周边农户飞防${int(1, 3)}万余亩次。种了四十多年田的老农${elder}（家住${elderHome}）也在手机上装了测报小程序，逢人就夸“比看天吃饭强多了”。`,
        `    乡农业服务中心站长${chief}介绍，全乡共设病虫测报点${int(6, 12)}个，农技人员分片包村，做到“一户一码、一田一策”。“袁隆平院士说过，好种子也要好方法。”她说。`,
        `    （记者 ${reporter} 通讯员 ${writer}）`,
      ].join('\n'),
      [P(grower), A(growerHome), P(wife), P(farmer), A(farmerHome), P(boss), P(elder), A(elderHome)],
      [expert, chief, reporter, writer, coop, '袁隆平', '隆两优', '芦苇洲村的一块晚稻田'],
    );
  }

  // 9. 住建 留言 on 不动产权证 with its reply: the platform's header (`留言人：X先生`, decoy), the writer's name in the body
  //    (`我叫X`), his flat (an address) and mobile, neighbours in the same building named, his mother's home elsewhere, the
  //    developer and its 法定代表人 (a person), the reply greeting him (`X先生：您好！`); the 不动产登记中心 on 丽华街 and the
  //    股室's contact as decoys.
  {
    const c = '澄阳县';
    const writer = person('男');
    const sir = `${familyOf(writer)}先生`;
    const flat = distinct(() => `${c}丽华街阳光花园${int(6, 15)}栋${int(1, 3)}单元${int(3, 18)}0${int(1, 4)}室`);
    const phone = mobile();
    const n1 = person('女');
    const n2 = person('男');
    const mother = kin(writer, '女', 'old');
    const motherHome = distinct(() => `${c}青山铺镇石板村${pick(['一组', '三组', '八组'])}${int(2, 50)}号`);
    const developer = `${c}银桂房地产开发有限公司`;
    const legal = person('男');
    const centre = `${c}不动产登记中心（${c}丽华街${int(100, 200)}号）`;
    const clerk = person('女');
    add(
      [
        '【留言】阳光花园小区业主十年办不了不动产权证',
        `留言人：${sir}　　留言时间：2025-05-${pad(int(3, 28), 2)} ${pad(int(8, 22), 2)}:${pad(int(0, 59), 2)}　　办理单位：${c}住房和城乡建设局`,
        `留言内容：我叫${writer}，家住${flat}，2015年从${developer}购房，房款早已付清，可至今办不了不动产权证。同栋的${n1}、${n2}等三十多户都是这种情况。开发商法定代表人${legal}一直说在办，后来电话也打不通了。我母亲${mother}住在乡下（${motherHome}），想把户口迁来和我一起住，没有产权证办不了。恳请住建局帮忙协调。联系电话：${phone}。`,
        `回复内容：${writer}先生：您好！经查，阳光花园小区因开发企业欠缴土地出让金及配套费用，未能办理首次登记。我局已会同县自然资源局约谈${developer}，督促其于今年10月底前补缴相关费用。补缴完成后，请您持购房合同、发票及身份证明到${centre}申请转移登记。办理进度可咨询我局房地产市场监管股${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(writer), A(flat), M(phone), P(n1), P(n2), P(mother), A(motherHome), P(legal)],
      [sir, developer, centre, clerk, '阳光花园小区'],
    );
  }

  // 10. A traditional-script mirror of a 农村客运 news item: the driver of a village bus for twenty years (a person, the
  //     subject of the story), the old villagers who ride (`家住…組的X`, `X和老伴Y`), a schoolgirl; the 交通运输局 副局长,
  //     the bus station, the route's villages alone and the reporter as decoys.
  {
    const c = '岚桥县';
    const driver = person('男', 'old');
    const oldMan = person('男', 'old');
    const oldManHome = distinct(() => `鳳凰嶺鎮竹林村${pick(['二組', '五組', '七組'])}`);
    const oldWife = person('女', 'old');
    const girl = person('女', 'young');
    const girlHome = distinct(() => `鳳凰嶺鎮桂花村${pick(['一組', '四組'])}${int(2, 50)}號`);
    const deputy = person('男');
    const reporter = person('女');
    // Traditional forms of the name characters the pools can produce (toTrad knows the commonest).
    const T: Record<string, string> = {
      华: '華', 军: '軍', 刚: '剛', 强: '強', 杰: '傑', 涛: '濤', 鹏: '鵬', 辉: '輝', 轩: '軒', 龙: '龍', 东: '東', 兰: '蘭', 丽: '麗', 红: '紅',
      诗: '詩', 凤: '鳳', 艳: '艷', 静: '靜', 颖: '穎', 叶: '葉', 邓: '鄧', 钱: '錢', 严: '嚴', 汤: '湯', 龚: '龔', 贺: '賀', 谯: '譙', 税: '稅',
      鲜: '鮮', 颜: '顏', 铁: '鐵', 银: '銀', 云: '雲', 国: '國', 韦: '韋', 钟: '鍾', 晓: '曉', 鑫: '鑫',
    };
    const trName = (s: string): string => toTrad([...s].map((ch) => T[ch] ?? ch).join(''));
    const [d, om, ow, g, dp, rp] = [driver, oldMan, oldWife, girl, deputy, reporter].map(trName);
    add(
      [
        '嵐橋縣：山裡的“村村通”客車 一跑就是二十年',
        `    每天清晨6點半，${d}就把那輛綠白相間的中巴車開出鳳凰嶺鎮客運站，沿著盤山公路駛向竹林村、桂花村。這條線路他一跑就是二十年，車上的老乘客他幾乎都叫得出名字。`,
        `    家住${oldManHome}的${om}今年七十八歲，每月都要搭車到鎮衛生院拿藥。“以前走到鎮上要兩個鐘頭，現在車停在家門口。”${om}和老伴${ow}逢集必坐這趟車，${d}總會幫他們把菜籃子搬上車。`,
        `    初二學生${g}家住${girlHome}，每週五放學都坐這趟車回家。“${d}叔叔會等我們，遲一點也不會開走。”`,
        `    縣交通運輸局副局長${dp}介紹，全縣已實現建制村通客車全覆蓋，今年將再開通預約響應式班線3條，讓山裡群眾“出門有車坐、坐車更方便”。`,
        `    （記者 ${rp}）`,
      ].join('\n'),
      [P(d), P(om), A(oldManHome), P(ow), P(g), A(girlHome)],
      [dp, rp, '鳳凰嶺鎮客運站', '縣交通運輸局', '竹林村、桂花村'],
    );
  }
}
