/**
 * Held-out slice 27: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds slices 1–25 do not use, leaning to 自然资源/林业/水利/不动产 — a 不动产权证书 作废公告, a 不动产 继承 转移登记
 * 公告, a 取水许可 审批结果 公示, a 地质灾害 避险搬迁 对象 公示, a 河湖 巡查 news item, a 山林权属争议 处理决定书, a 水利 非法采砂
 * 处罚决定 公告送达, a 野猪 致害 补偿 公示, a 森林防火 违规用火 通报 and a traditional-script 地質災害 群測群防員 聘用 公示 — as
 * much for precision as recall. Names as real documents have them: about four in five from the hundred commonest surnames
 * with given names of real-life frequency (建华, 丽娟, 子涵, 国强, 秀英, 浩 …), the rest rare G–L surnames no earlier slice
 * draws (勾, 缑, 衡, 花, 怀, 揭, 阚, 柯, 况, 蓝, 练, 凌, 骆) and compound ones (梁丘, 公西, 公良), some given names ordinary
 * words (长青, 青山, 光明, 春生); a 土家族 county for the 山林 decision. Its own counties, towns, villages and streets (国强村 and
 * 花桥村 read like names; 秀英街 and 文华路 carry given names of the pool in bodies' addresses).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, PL, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '勾缑衡花怀揭阚柯况蓝练凌骆';
const COMPOUND = ['梁丘', '公西', '公良'];
const MALE = ['建华', '国强', '建国', '建军', '志强', '伟', '浩', '磊', '勇', '军', '明', '德明', '文华', '建平', '卫国', '海波', '新华', '俊杰', '宇轩', '浩然', '子豪', '国庆', '春生', '长青', '青山', '家富', '光明', '建林', '正华', '德胜', '小平', '金生', '玉成', '天明', '志远', '洪涛', '继承'];
const FEMALE = ['丽娟', '秀英', '子涵', '芳', '秀兰', '桂英', '玉兰', '海燕', '丽', '敏', '静', '霞', '婷', '欣怡', '梓涵', '淑珍', '秀珍', '春梅', '红霞', '丽华', '金凤', '玉梅', '凤英', '桂芳', '秀芳', '美兰', '小燕', '雪梅', '艳', '晓燕', '雨萱'];

const CODES: Record<string, { tel: string; region: string }> = {
  浠源县: { tel: '0713', region: '421126' },
  岩岫县: { tel: '0394', region: '411625' },
  苍岭县: { tel: '0718', region: '422827' },
  涔阳县: { tel: '0736', region: '430726' },
};
const TOWNS = ['石笋镇', '枫坪乡', '龙潭铺镇', '青冈乡', '白果镇'];
// 国强村 and 花桥村 read like names (a common given name, a rare surname of the pool).
const VILLAGES = ['国强村', '花桥村', '柯家湾村', '骆家坪村', '鹰嘴岩村', '凉水井村', '岩脚村', '杉木冲村'];
const GROUPS = ['老屋组', '大湾组', '岩脚组', '三组', '七组', '竹林组', '坳上组', '五组'];
// 秀英 and 文华 are given names of the pool: the bodies' addresses (decoys) and some flats carry them.
const STREETS = ['卫国路', '秀英街', '文华路', '滨河路', '人民路'];
const ESTATES = ['阳光小区', '桂花园', '滨江华府', '金色家园'];

const TRAD: Record<string, string> = {
  苍: '蒼', 岭: '嶺', 枫: '楓', 坪: '坪', 乡: '鄉', 龙: '龍', 潭: '潭', 铺: '鋪', 镇: '鎮', 冈: '岡', 果: '果', 鹰: '鷹', 嘴: '嘴', 岩: '岩',
  凉: '涼', 井: '井', 脚: '腳', 杉: '杉', 冲: '沖', 湾: '灣', 骆: '駱', 柯: '柯', 桥: '橋', 国: '國', 强: '強', 屋: '屋', 组: '組', 竹: '竹',
  坳: '坳', 华: '華', 军: '軍', 伟: '偉', 勇: '勇', 磊: '磊', 卫: '衛', 涛: '濤', 庆: '慶', 长: '長', 青: '青', 富: '富', 胜: '勝', 远: '遠',
  丽: '麗', 娟: '娟', 兰: '蘭', 凤: '鳳', 燕: '燕', 静: '靜', 桂: '桂', 红: '紅', 霞: '霞', 梅: '梅', 艳: '艷', 珍: '珍', 萱: '萱', 怀: '懷',
  缑: '緱', 阚: '闞', 况: '況', 蓝: '藍', 练: '練', 凌: '凌', 衡: '衡', 揭: '揭', 勾: '勾', 梁: '梁', 丘: '丘', 西: '西', 良: '良', 号: '號',
  县: '縣', 员: '員', 监: '監', 测: '測', 点: '點', 灾: '災', 质: '質', 话: '話', 联: '聯', 系: '系', 滑: '滑', 坡: '坡',
  崩: '崩', 塌: '塌', 处: '處', 预: '預', 报: '報', 险: '險', 聘: '聘', 为: '為', 现: '現', 将: '將', 请: '請', 经: '經', 荐: '薦', 议: '議',
  审: '審', 核: '核', 资: '資', 源: '源', 所: '所', 结: '結', 对: '對', 疏: '疏', 涔: '涔', 阳: '陽', 惠: '惠', 汛: '汛',
  训: '訓', 拟: '擬', 负: '負', 责: '責', 观: '觀', 隐: '隱', 岁: '歲', 续: '續', 岗: '崗', 异: '異', 雨: '雨', 量: '量', 巡: '巡',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice27(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(27_2026_1202);
  const add = recorder('holdout27', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 4000);
  const surname = (): string => (chance(0.05) ? pick(COMPOUND) : chance(0.16) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string, street = pick(STREETS)): string => `${c}${street}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const group = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 3)}单元${int(1, 17)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const mobile = (): string => `1${pick(['33', '38', '52', '77', '86', '99'])}${digits(8)}`;
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 不动产权证书 作废公告 as a ` | ` table: 权利人 (one cell a couple `A、B`), 证号, 坐落 (homes: flats and rural houses,
  //    labelled), 作废原因; a company's row (its shop's 坐落 a decoy), the certificate numbers and the centre's address and
  //    contact as decoys.
  {
    const c = '浠源县';
    const owners = [person('男'), person('女'), person('男'), person('男'), person('女')];
    const spouse = person('女');
    const homes = [flat(c), rural(c, '石笋镇'), flat(c), rural(c, '枫坪乡'), flat(c)];
    const certs = owners.map(() => `鄂（${int(2017, 2022)}）浠源县不动产权第${pad(int(1, 9999), 7)}号`);
    const firm = `浠源县${fresh(() => `${pick([...RARE])}${pick(MALE)}`)}商贸有限公司`;
    const shop = `${c}文华路${int(2, 99)}号1层商铺`;
    const reasons = ['人民法院判决已转移登记', '继承转移登记时未缴回原证', '拍卖成交已转移登记', '夫妻间更名未缴回原证', '抵押权实现已转移登记'];
    const contact = person('女');
    const seat = office(c, '秀英街');
    add(
      [
        '浠源县不动产登记中心关于不动产权证书作废的公告',
        '    下列不动产已依法办理转移登记，原权利人未按规定缴回原不动产权证书。根据《不动产登记暂行条例实施细则》有关规定，现公告原证书作废：',
        '序号 | 原权利人 | 原不动产权证号 | 不动产坐落 | 作废原因',
        ...owners.map((o, k) => `${k + 1} | ${k === 2 ? `${o}、${spouse}` : o} | ${certs[k]} | ${homes[k]} | ${reasons[k]}`),
        `6 | ${firm} | 鄂（2019）浠源县不动产权第${pad(int(1, 9999), 7)}号 | ${shop} | 人民法院判决已转移登记`,
        `    自本公告发布之日起，上述证书作废，不再具有法律效力。咨询地址：${seat}，联系人：${contact}，电话：${landline(c)}。`,
        `    浠源县不动产登记中心　${date()}`,
      ].join('\n'),
      [...owners.map(P), P(spouse), ...homes.map(A)],
      [firm, shop, contact, seat, certs[0], certs[3], '浠源县不动产登记中心'],
    );
  }

  // 2. 不动产 继承 转移登记 公告 in prose: the deceased owner, `其妻X` dead before him, the heirs after a 、-enumeration of
  //    relations (`其长子A、长女B、次子C`), two renouncing, the heir applying with his own home; the 公证处, the 公证员 and the
  //    centre's address as decoys.
  {
    const c = '浠源县';
    const dead = person('男');
    const wife = person('女');
    const son1 = kin(dead, '男');
    const daughter = kin(dead, '女');
    const son2 = kin(dead, '男');
    const house = rural(c, '龙潭铺镇', '杉木冲村');
    const sonHome = flat(c);
    const notary = person('女');
    const clerk = person('男');
    const seat = office(c, '卫国路');
    add(
      [
        `浠源县不动产登记中心关于${son2}申请继承转移登记的公告`,
        `    坐落于${house}的房屋及宅基地使用权，原登记在${dead}名下（不动产权证号：鄂（2018）浠源县不动产权第${pad(int(1, 9999), 7)}号）。${dead}于${int(2019, 2023)}年${int(1, 12)}月病故，其妻${wife}已先于其去世，二人父母均已去世。`,
        `    ${dead}生前未立遗嘱，其法定继承人为其长子${son1}、长女${daughter}、次子${son2}。经浠源县公证处公证（公证员${notary}），${son1}、${daughter}自愿放弃继承，上述不动产由${son2}一人继承。`,
        `    现${son2}（现住${sonHome}）持继承权公证书申请办理转移登记。根据《不动产登记暂行条例实施细则》第十九条规定，现予公告。如有异议，请自公告之日起十五个工作日内将书面材料送达本中心；逾期无异议或异议不成立的，本中心将予以登记。`,
        `    异议受理地址：${seat}　经办人：${clerk}　电话：${landline(c)}`,
      ].join('\n'),
      [P(dead), P(wife), P(son1), P(daughter), P(son2), A(house), A(sonHome)],
      [notary, clerk, seat, '浠源县公证处'],
    );
  }

  // 3. 取水许可 审批结果 公示 as a tab table: 申请人 (households, a family farm named after a person, a company), 住址 (homes;
  //    the company's seat a decoy), 取水地点 (sites, decoys), 水源, 年取水量, 用途; the company's `（法定代表人：X）` a person;
  //    the 水利局's 联系人 and address as decoys.
  {
    const c = '岩岫县';
    const people = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const homes = people.map(() => rural(c));
    const farmOwner = fresh(() => `${pick([...COMMON])}${pick(MALE)}`);
    const farm = `岩岫县${farmOwner}家庭农场`;
    const farmSeat = `${c}青冈乡凉水井村村委会旁`;
    const firm = '岩岫县鹰嘴岩矿泉水有限公司';
    const boss = person('男');
    const firmSeat = `${c}白果镇工业园区${int(2, 30)}号`;
    const sites = people.map((_, k) => `${pick(VILLAGES)}${['东河滩', '机井（自打）', '南干渠', '塘坝', '后山泉眼'][k]}`);
    const contact = person('男');
    const seat = office(c, '滨河路');
    add(
      [
        `${c}水利局2025年第三季度取水许可审批结果公示`,
        `    根据《取水许可和水资源费征收管理条例》，现将本季度准予取水许可的审批结果公示如下：`,
        '序号\t申请人\t住址（住所）\t取水地点\t水源类型\t年取水量（万立方米）\t取水用途\t审批文号',
        ...people.map((n, k) => `${k + 1}\t${n}\t${homes[k]}\t${sites[k]}\t${k === 1 ? '地下水' : '地表水'}\t${int(1, 9)}.${int(1, 9)}\t${pick(['水产养殖', '农田灌溉', '生猪养殖', '蔬菜大棚灌溉'])}\t岩水许〔2025〕${int(10, 90)}号`),
        `6\t${farm}\t${farmSeat}\t杉木冲村水库尾水\t地表水\t${int(10, 30)}.${int(1, 9)}\t茶园灌溉\t岩水许〔2025〕${int(10, 90)}号`,
        `7\t${firm}（法定代表人：${boss}）\t${firmSeat}\t鹰嘴岩深井\t地下水\t${int(2, 8)}.${int(1, 9)}\t饮用水生产\t岩水许〔2025〕${int(10, 90)}号`,
        `    取水单位和个人应按批准的水量取水，安装计量设施，每年1月向县水利局报送上年度取用水总结。联系人：${contact}（水资源股），地址：${seat}。`,
      ].join('\n'),
      [...people.map(P), ...homes.map(A), P(boss)],
      [farm, farmSeat, firm, firmSeat, sites[0], sites[1], sites[4], contact, seat],
    );
  }

  // 4. 地质灾害 避险搬迁 对象 公示, aligned with spaces: 隐患点 (named after groups and rocks, decoys), 户主, 人口, 原住址 (homes),
  //    安置方式; a note naming a dead head and the son who signs for the household, and a widow living with her daughter (a
  //    home in town); the 自然资源所 所长 and the 安置点 as decoys.
  {
    const c = '苍岭县';
    const heads = Array.from({ length: 8 }, (_, k) => person(k === 3 || k === 6 ? '女' : '男'));
    const homes = heads.map(() => rural(c, '枫坪乡'));
    const spots = ['老屋组后山滑坡', '老屋组后山滑坡', '老屋组后山滑坡', '鹰嘴岩崩塌', '鹰嘴岩崩塌', '杉木冲泥石流沟', '杉木冲泥石流沟', '杉木冲泥石流沟'];
    const ways = heads.map((_, k) => (k % 3 === 0 ? '货币化安置' : k % 3 === 1 ? '集中安置（枫坪乡阳光小区安置点）' : '自主建房'));
    const son = kin(heads[2], '男');
    const daughter = kin(heads[6], '女');
    const daughterHome = flat(c);
    const chief = person('男');
    add(
      [
        '枫坪乡2025年地质灾害避险搬迁对象公示',
        '    根据县自然资源局地质灾害隐患点排查结果，经户申请、村民小组评议、村委会和乡人民政府审核，以下受威胁农户拟纳入2025年避险搬迁计划：',
        `${col('序号', 6)}${col('隐患点名称', 18)}${col('户主', 10)}${col('人口', 6)}${col('原住址', 34)}安置方式`,
        ...heads.map((h, k) => `${col(String(k + 1), 6)}${col(spots[k], 18)}${col(h, 10)}${col(String(int(1, 6)), 6)}${col(homes[k], 34)}${ways[k]}`),
        `    说明：3号户户主${heads[2]}已于今年6月去世，由其子${son}作为搬迁户代表签订协议；7号户${heads[6]}年老独居，现随女儿${daughter}住在${daughterHome}，选择货币化安置。`,
        `    公示期7天。对公示对象有异议的，请向乡自然资源所反映（所长${chief}，电话${landline(c)}）。`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), P(son), P(daughter), A(daughterHome)],
      [chief, '老屋组后山滑坡', '鹰嘴岩崩塌', '杉木冲泥石流沟', '枫坪乡阳光小区安置点'],
    );
  }

  // 5. 河湖 巡查 news: the 村级河长 (the village secretary acting in office), villagers named at a sentence's start before a verb
  //    (`X说`, `X告诉记者`), `村民A、B几位老人`, a villager's home, a volunteer `民间河长`; the 镇党委书记, the reporter and the
  //    通讯员, the river and 国强村 as decoys.
  {
    const c = '涔阳县';
    const keeper = person('男');
    const elder = person('男');
    const elderHome = rural(c, '白果镇', '国强村');
    const woman = person('女');
    const pair = [person('男'), person('男')];
    const volunteer = person('男');
    const volunteerHome = group(c, '白果镇', '国强村');
    const boy = kin(elder, '男');
    const secretary = person('男');
    const reporter = person('女');
    const writer = person('男');
    add(
      [
        '“村级河长”守护家门口的清水河',
        `    ${date()}清晨，白果镇国强村党支部书记、村级河长${keeper}像往常一样沿着清水河堤巡查。河面上漂着几只塑料瓶，他用长柄网兜一一捞起，拍照上传到“河长通”平台。`,
        `    “以前河里啥都有，死猪、烂菜叶、装修垃圾，夏天臭得开不了窗。”今年71岁的${elder}家住${elderHome}，房子离河不到五十米。${elder}告诉记者，前几年他的孙子${boy}在河边玩，差点被垃圾里的碎玻璃扎伤脚。`,
        `    ${woman}说，村里组织清淤那阵子，她和村民${pair[0]}、${pair[1]}几个人天天去帮忙，“自家门口的河，总不能等别人来管”。`,
        `    去年，退休教师${volunteer}主动报名当了“民间河长”。他住在${volunteerHome}，每天傍晚顺着河堤走一趟，看到有人往河里倒东西就上前劝。${volunteer}笑着说：“现在认识我的人都不好意思乱扔了。”`,
        `    白果镇党委书记${secretary}介绍，全镇已设镇、村两级河长${int(20, 40)}名，聘请民间河长${int(5, 12)}名，清水河断面水质连续两年稳定在Ⅲ类以上。`,
        `（记者 ${reporter} 通讯员 ${writer}）`,
      ].join('\n'),
      [P(elder), A(elderHome), P(boy), P(woman), ...pair.map(P), P(volunteer), A(volunteerHome)],
      [keeper, secretary, reporter, writer, '国强村党支部书记', '清水河', '河长通'],
    );
  }

  // 6. 山林权属争议 处理决定书: `申请人：X，男，…，土家族，住…组。`, `被申请人：Y，…`, `委托代理人：Z，系被申请人之子`, the facts
  //    naming the applicant's late father and a neighbour in the bounds (`东至X家承包地`), the respondent's wife; the hill's
  //    local name `骆家老坟山` (a surname only), the 林业站 站长 and the 调处办 as decoys.
  {
    const c = '涔阳县';
    const applicant = person('男');
    const applicantHome = group(c, '龙潭铺镇', '岩脚村');
    const respondent = person('男');
    const respondentHome = group(c, '龙潭铺镇', '岩脚村');
    const agent = kin(respondent, '男');
    const father = kin(applicant, '男');
    const neighbour = person('男');
    const wife = person('女');
    const ranger = person('男');
    add(
      [
        '涔阳县人民政府',
        '山林权属争议处理决定书',
        `涔政林决〔2025〕${int(2, 9)}号`,
        `申请人：${applicant}，男，${int(1955, 1968)}年${int(1, 12)}月生，土家族，住${applicantHome}。`,
        `被申请人：${respondent}，男，${int(1958, 1970)}年${int(1, 12)}月生，土家族，住${respondentHome}。`,
        `委托代理人：${agent}，系被申请人之子。`,
        `    申请人${applicant}与被申请人${respondent}因土名“骆家老坟山”的一片杉木林权属发生争议，经龙潭铺镇人民政府调解未果，申请人于${date()}向本府申请处理。本府受理后，县山林纠纷调处办公室会同龙潭铺镇林业站站长${ranger}进行了现场勘查。`,
        `    经查明：争议山场面积约${int(3, 9)}.${int(1, 9)}亩，四至为东至${neighbour}家承包地，南至山脊，西至小溪，北至岩脚组公路。1982年林业“三定”时，该山场划为申请人之父${father}的自留山，有当年颁发的自留山证为凭。被申请人称其妻${wife}于2003年在该山场栽植杉木，但未提供权属凭证。`,
        '    本府认为，争议山场的林地使用权应以“三定”时的权属凭证为依据。根据《中华人民共和国森林法》第二十二条和《林木林地权属争议处理办法》的规定，决定如下：',
        `    一、争议山场的林地使用权归申请人${applicant}所有；`,
        `    二、被申请人栽植的杉木由双方协商处理，协商不成的，由申请人按现场评估价补偿被申请人。`,
        '    如不服本决定，可在收到本决定书之日起六十日内向市人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼。',
        `    涔阳县人民政府　${date()}`,
      ].join('\n'),
      [P(applicant), A(applicantHome), P(respondent), A(respondentHome), P(agent), P(father), P(neighbour), P(wife)],
      [ranger, '骆家老坟山', '岩脚组公路', '县山林纠纷调处办公室'],
    );
  }

  // 7. 水利 非法采砂 行政处罚决定 公告送达 (a notice served by publication): `X（男，…年生，公民身份号码…，户籍地…）：` at the
  //    head, a partner `Y（住…）` and his truck's plate; the river section (a site), the 执法人员 with 执法证号, the bureau's
  //    address and 联系人 as decoys.
  {
    const c = '岩岫县';
    const party = person('男');
    const id = idFor(c, int(1975, 1990));
    const partyHome = rural(c, '龙潭铺镇');
    const partner = person('男');
    const partnerHome = flat(c);
    const plate = `豫Q${pick(['', 'D', '7'])}${digits(5)}`.slice(0, 7);
    const officers = [person('男'), person('男')];
    const site = '清水河花桥村段右岸河滩';
    const contact = person('女');
    const seat = office(c, '文华路');
    add(
      [
        `${c}水利局行政处罚决定书公告送达`,
        `${party}（男，${id.slice(6, 10)}年生，公民身份号码${id}，户籍地${partyHome}）：`,
        `    你于${date()}在${site}未经许可使用挖掘机采挖河砂约${int(80, 300)}立方米，由${partner}（住${partnerHome}）驾驶车牌号为${plate}的自卸货车运出销售。本局执法人员${officers[0]}（执法证号${digits(8)}）、${officers[1]}（执法证号${digits(8)}）现场检查时你已离开。`,
        `    本局依据《中华人民共和国水法》第六十五条，对你作出岩水罚〔2025〕${int(3, 30)}号行政处罚决定：责令停止违法行为，没收违法所得，并处罚款${int(2, 9)}万元。因你下落不明，上述决定书无法直接送达，现依法公告送达。自公告发布之日起满三十日，即视为送达。`,
        `    你可于送达之日起六十日内向县人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼。请到${seat}领取决定书，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(party), I(id), A(partyHome), P(partner), A(partnerHome), PL(plate)],
      [...officers, site, contact, seat],
    );
  }

  // 8. 野猪 致害 补偿 公示 as numbered lines `X（…村…组），…受损…亩，核定补偿…元`: the household's group in brackets (a home),
  //    a couple `A、B（夫妻）`, `由其子X代领`, one line without a home; the 林业站 站长, the insurer (野生动物致害 公众责任险) and
  //    `野猪林` (a hollow's name) as decoys.
  {
    const c = '苍岭县';
    const farmers = [person('男'), person('女'), person('男'), person('男'), person('女'), person('男'), person('男')];
    const homes = farmers.map((_, k) => (k === 6 ? '' : group(c, '青冈乡', k < 3 ? '花桥村' : k < 5 ? '骆家坪村' : '凉水井村')));
    const husband = person('男');
    const son = kin(farmers[3], '男');
    const chief = person('男');
    const crops = ['玉米', '红薯', '水稻', '玉米', '花生', '土豆', '玉米'];
    add(
      [
        '青冈乡2025年野猪等陆生野生动物致害补偿公示',
        `    今年秋收前后，我乡花桥村、骆家坪村、凉水井村多处农作物遭野猪拱食。经农户申报、乡林业站会同中国人寿财产保险苍岭支公司现场查勘定损，现将补偿情况公示如下：`,
        ...farmers.map((f, k) => {
          const who = k === 1 ? `${f}、${husband}（夫妻）` : f;
          const where = homes[k] ? `（${homes[k]}）` : '';
          const note = k === 3 ? `，${f}长年在外务工，补偿款由其子${son}代领` : '';
          return `${k + 1}.${who}${where}，${crops[k]}受损${int(0, 3)}.${int(1, 9)}亩，核定补偿${money(300, 2600)}元${note}；`;
        }),
        `    受损地块多集中在野猪林一带。公示期5天，有异议的请与乡林业站联系（站长${chief}，电话${landline(c)}）。`,
      ].join('\n'),
      [...farmers.map(P), ...homes.filter(Boolean).map(A), P(husband), P(son)],
      [chief, '野猪林', '中国人寿财产保险苍岭支公司'],
    );
  }

  // 9. 森林防火 违规野外用火 通报, numbered cases: `…村村民X（男，67岁）在…烧荒`, `X在为其已故父亲Y上坟时…`, `家住…的X`, a
  //    masked `王某某` from another county, a historical figure cited; the 林业局 副局长, the 森林消防 中队长 and the 派出所
  //    所长 as decoys.
  {
    const c = '浠源县';
    const burner = person('男');
    const mourner = person('男');
    const deadFather = kin(mourner, '男');
    const mournerHome = rural(c, '白果镇', '柯家湾村');
    const woman = person('女');
    const womanHome = group(c, '枫坪乡', '鹰嘴岩村');
    const husband = person('男');
    const deputy = person('男');
    const captain = person('男');
    const police = person('男');
    add(
      [
        `${c}森林防灭火指挥部办公室关于近期违规野外用火案件的通报`,
        '各乡镇人民政府，县直有关单位：',
        `    进入秋冬季以来，全县已查处违规野外用火案件${int(5, 12)}起。现将其中典型案件通报如下：`,
        `    一、${date()}，石笋镇柯家湾村村民${burner}（男，${int(60, 75)}岁）在自家承包地焚烧秸秆，火势蔓延至林地，过火面积约${int(2, 9)}亩。县林业局副局长${deputy}带队赶赴现场，县森林消防中队中队长${captain}组织扑救，明火于当日18时扑灭。县公安局依法对${burner}处以行政拘留十日。`,
        `    二、家住${mournerHome}的${mourner}在为其已故父亲${deadFather}上坟时燃放鞭炮、焚烧纸钱，引燃坟边杂草，被巡山人员及时发现扑灭。${mourner}被处以罚款${int(2, 5)}00元，并责令书面检讨。`,
        `    三、枫坪乡村民${woman}（住${womanHome}）在山边地头烧灰积肥，经劝阻后拒不熄灭，其丈夫${husband}事后协助扑灭余火。白果派出所所长${police}依法对${woman}作出警告处罚。`,
        '    四、邻县王某某在本县林区野炊用火一案，已移交其户籍地公安机关处理。',
        '    各地要学习扑火英雄赖宁的精神，但严禁组织未成年人参与扑火；要加强清明、冬至等祭祀用火高峰时段的巡查，做到“山有人管、林有人护、火有人防”。',
      ].join('\n'),
      [P(burner), P(mourner), P(deadFather), A(mournerHome), P(woman), A(womanHome), P(husband)],
      [deputy, captain, police, '王某某', '赖宁', '石笋镇柯家湾村村民'],
    );
  }

  // 10. A traditional-script mirror of a 地質災害 群測群防員 聘用 公示: a ` | ` table 隱患點 | 監測員 | 住址 | 聯繫電話 (the
  //     monitors are appointees, persons; their homes and mobiles labelled), a monitor replaced `由其子X接替`; the 所長 and
  //     the 鎮長 acting in office, the 隱患點 names as decoys.
  {
    const c = '苍岭县';
    const monitors = [person('男'), person('男'), person('女'), person('男')];
    const homes = monitors.map(() => rural(c, '龙潭铺镇'));
    const phones = [mobile(), mobile(), mobile(), mobile()];
    const spots = ['岩脚組滑坡', '竹林組崩塌', '大灣組不穩定斜坡', '坳上組滑坡'];
    const retired = person('男');
    const successor = kin(retired, '男');
    const chief = person('男');
    const mayor = person('女');
    add(
      trad(
        [
          '龙潭铺镇2025年度地质灾害群测群防员聘用公示',
          '    经村民推荐、村委会审核、镇自然资源所培训考核，拟聘用以下人员为本镇地质灾害隐患点群测群防员，负责汛期巡查、雨量观测和险情报告：',
          '序号 | 隱患點 | 監測員 | 住址 | 聯繫電話',
          ...monitors.map((m, k) => `${k + 1} | ${spots[k]} | ${m} | ${homes[k]} | ${phones[k]}`),
          `    原坳上组滑坡点监测员${retired}因年满七十周岁不再续聘，由其子${successor}接替，待培训合格后上岗。`,
          `    公示期5天，有异议的请向镇自然资源所所长${chief}反映。龙潭铺镇人民政府镇长：${mayor}`,
        ].join('\n'),
      ),
      [...monitors.map((m) => P(trad(m))), ...homes.map((h) => A(trad(h))), ...phones.map(M), P(trad(retired)), P(trad(successor))],
      [trad(chief), trad(mayor), trad(spots[0]), trad(spots[2])],
    );
  }
}
