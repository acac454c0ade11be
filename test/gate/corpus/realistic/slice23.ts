/**
 * Held-out slice 23: whole documents written blind (without reading review/), of kinds slices 1–22 do not use — a 退耕还林
 * 补助 兑现 公示 (Tibetan and Han households by 组), a 社区矫正 / 安置帮教 news item, a 水库移民 后期扶持 人口 核增核减 公示, a 征地
 * 青苗 及 地上附着物 补偿 公示, a 种植业保险 理赔 到户 公示, a 雨露计划 助学补助 公示, a 城乡居民养老保险 未认证人员 公告, a 事实
 * 无人抚养儿童 认定 公示, a 无偿献血 表彰, and a traditional-script mirror of a 安置帮教 item — weighted as much towards
 * precision as recall. Its own seed and pools: common surnames mixed with rare ones none of slices 9–21 draw (乜, 蔚, 郤,
 * 咸, 仰, 恽, 宰, 帅, 朔, 莘, 睢, 涂, 湛 — several of them ordinary words), compound ones (左丘, 太叔, 亓官, 万俟), given names
 * that are words or numbers (钢铁, 山林, 四海, 芬芳, 如花, 五一, 九斤, 七斤, 三毛) or doubled (玲玲, 丫丫), Tibetan names in the
 * 退耕还林 county, and counties, towns, villages and streets of its own (明辉村 and 兴邦村 read like given names of the pool,
 * 帅家塆村 and 小宰庄村 carry its surnames, 永强路 and 芬芳街 read like names).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱郭何高林罗马梁宋郑谢韩唐冯董';
const RARE = '乜蔚郤咸仰恽宰帅朔莘睢涂湛';
const COMPOUND = ['左丘', '太叔', '亓官', '万俟'];
const MALE = ['兴邦', '永强', '明辉', '全喜', '石磊', '五一', '九斤', '百顺', '钢铁', '山林', '四海', '七斤', '拴柱', '留根', '三毛', '钊'];
const FEMALE = ['素芬', '月琴', '丫丫', '芬芳', '静怡', '思雨', '玲玲', '如花', '月华', '婉'];
const TIBETAN = ['索南措姆', '索南旺修', '仁增措姆', '措姆吉', '旺修加', '索南才旦'];

const CODES: Record<string, { tel: string; region: string }> = {
  漾川县: { tel: '0827', region: '511923' },
  岷坪县: { tel: '0932', region: '621124' },
  扎尕县: { tel: '0941', region: '623026' },
  湫源县: { tel: '0359', region: '140828' },
};
const TOWNS = ['响水铺镇', '仙姑庙乡', '旺头乡', '枣林镇'];
// 明辉村 and 兴邦村 read like given names of the pool; 帅家塆村 and 小宰庄村 carry its surnames.
const VILLAGES = ['油茶坪村', '帅家塆村', '小宰庄村', '明辉村', '兴邦村', '桃树垭村', '水碾村'];
const GROUPS = ['上院组', '水井组', '松树组', '下坝组', '五组', '八组', '十一组'];
// 永强 and 芬芳 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['永强路', '芬芳街', '双拥路', '人民路'];
const ESTATES = ['天悦小区', '松涛苑', '御景花园', '状元府'];

const TRAD: Record<string, string> = {
  钢: '鋼', 恽: '惲', 帅: '帥', 乜: '乜', 万: '萬', 亓: '亓', 岷: '岷', 漾: '漾', 响: '響', 铺: '鋪', 仙: '仙', 姑: '姑', 庙: '廟', 枣: '棗',
  茶: '茶', 坪: '坪', 塆: '塆', 宰: '宰', 辉: '輝', 邦: '邦', 桃: '桃', 垭: '埡', 碾: '碾', 院: '院', 井: '井', 松: '松', 坝: '壩',
  强: '強', 芬: '芬', 芳: '芳', 拥: '擁', 悦: '悅', 涛: '濤', 苑: '苑', 御: '御', 景: '景', 状: '狀', 元: '元', 府: '府', 释: '釋', 帮: '幫',
  顺: '順', 斤: '斤', 毛: '毛', 琴: '琴', 静: '靜', 怡: '怡', 华: '華', 婉: '婉', 钊: '釗', 栓: '栓', 拴: '拴', 柱: '柱', 亩: '畝',
  员: '員', 线: '線', 闭: '閉', 独: '獨', 厂: '廠', 儿: '兒', 读: '讀', 将: '將', 为: '為', 点: '點', 对: '對', 与: '與', 结: '結', 请: '請',
  记: '記', 额: '額', 贴: '貼', 贷: '貸', 养: '養', 书: '書', 术: '術', 愿: '願', 党: '黨', 决: '決', 载: '載', 缺: '缺', 只: '隻', 镇: '鎮', 组: '組',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice23(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(23_2026_1201);
  const add = recorder('holdout23', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.07) ? pick(COMPOUND) : chance(0.3) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const tibetan = (): string => fresh(() => pick(TIBETAN));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(STREETS)}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const group = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 3)}单元${int(1, 17)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 退耕还林 补助 兑现 公示 as a tab table by 组: 户主 (Tibetan and Han households), 小班号, 退耕年度, 面积, 金额; a bare 组 is no
  //    address; one two-character name padded with a full-width space (labelled as printed); a note `户主X已故，补助由其妻Y领取`;
  //    the 林业站 站长, the 报账员 and the village as decoys, the 小班号 with dashes.
  {
    const c = '扎尕县';
    const heads = [tibetan(), tibetan(), person('男'), tibetan(), person('男'), person('女'), tibetan(), person('男')];
    const padded = fresh(() => `${pick([...RARE])}钊`);
    const shown = `${padded[0]}　${padded[1]}`;
    const groups = ['一组', '一组', '一组', '二组', '二组', '三组', '三组', '三组'];
    const plots = heads.map(() => `${int(11, 38)}-${int(1, 9)}-${pad(int(1, 40), 2)}`);
    const widow = person('女');
    const chief = person('男');
    const clerk = person('女');
    add(
      [
        `旺头乡帅家塆村2025年度退耕还林补助资金兑现公示`,
        `    根据${c}林业和草原局下达的2025年度退耕还林补助资金计划，经乡林业站逐户核实面积、村民小组评议，现将本村兑现情况公示如下（补助标准：每亩${int(90, 160)}元）：`,
        '组别\t户主姓名\t小班号\t退耕年度\t核实面积（亩）\t补助金额（元）',
        ...heads.map((h, k) => `${groups[k]}\t${h}\t${plots[k]}\t${pick(['2014', '2015', '2016'])}\t${int(2, 19)}.${int(1, 9)}\t${money(200, 2400)}`),
        `三组\t${shown}\t${int(11, 38)}-${int(1, 9)}-${pad(int(1, 40), 2)}\t2016\t${int(2, 9)}.${int(1, 9)}\t${money(200, 900)}`,
        `    备注：二组户主${heads[4]}已于今年春季病故，其名下补助由其妻${widow}凭户口簿领取。`,
        `    公示期7天，有异议的请向乡林业站反映。林业站站长：${chief}　报账员：${clerk}　监督电话：${landline(c)}`,
      ].join('\n'),
      [...heads.map(P), P(shown), P(widow)],
      [chief, clerk, plots[0], plots[3], '帅家塆村', '退耕还林'],
    );
  }

  // 2. 社区矫正 / 安置帮教 news item: 矫正对象 named as 某 forms (decoys), one 刑满释放人员 named in full with his home in brackets,
  //    then shortened to `X某` (the publisher's form, a decoy); his mother; the 司法所所长, 社区矫正专干 and the 通讯员 as decoys.
  {
    const c = '漾川县';
    const freed = person('男');
    const home = rural(c, '响水铺镇', '油茶坪村');
    const mother = kin(freed, '女');
    const director = person('男');
    const officer = person('女');
    const writer = person('女');
    const short1 = `${familyOf(freed)}某`;
    add(
      [
        '响水铺司法所：“矫”心“帮”扶 助迷途者回归',
        `    “最近药按时吃了吗？地里的活忙得过来吗？”${date()}，响水铺镇司法所所长${director}和社区矫正专干${officer}再次来到社区矫正对象刘某某家中走访，查看其思想汇报和每日定位打卡记录。`,
        '    刘某某因交通肇事罪被判处有期徒刑一年、缓刑一年六个月，入矫以来按时报到，参加公益活动。另一名矫正对象宰某在县城经营一家小超市，司法所提醒他外出进货须提前请假。',
        `    刑满释放人员${freed}（家住${home}）今年5月回到家中，年迈的母亲${mother}常年患病。司法所联合镇就业服务站为其联系到一家竹编合作社务工，月收入三千余元。“没想到回来还有人管我。”${short1}说。`,
        `    目前，全镇在册社区矫正对象${int(8, 16)}名、安置帮教对象${int(20, 40)}名，无一人重新违法犯罪。（通讯员 ${writer}）`,
      ].join('\n'),
      [P(freed), A(home), P(mother)],
      [director, officer, writer, '刘某某', '宰某', short1],
    );
  }

  // 3. 水库移民 后期扶持 人口 核增核减 公示 as a ` | ` table: 户主, 变动人员, 与户主关系, 原因, 现居住地址 (rural doors and a flat in
  //    town, labelled homes); a member who is the head himself (`本人`); the reservoir `仰天水库` (reads like a name), the 移民
  //    服务中心's address and 联系人 as decoys.
  {
    const c = '岷坪县';
    const heads = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const rel = ['之子', '本人', '之孙女', '之妻', '之女'];
    const members = heads.map((h, k) => (rel[k] === '本人' ? h : rel[k] === '之妻' ? person('女') : kin(h, rel[k] === '之子' ? '男' : '女')));
    const reasons = ['新生儿核增', '死亡核减', '新生儿核增', '婚入核增', '考入公务员核减'];
    const homes = [rural(c, '枣林镇'), rural(c, '枣林镇'), flat(c), rural(c, '仙姑庙乡'), rural(c, '枣林镇')];
    const contact = person('男');
    const seat = office(c);
    add(
      [
        `${c}2025年度大中型水库移民后期扶持人口动态调整公示`,
        `    根据水库移民后期扶持人口动态管理有关规定，经村（居）委会申报、乡镇审核，县移民服务中心复核，现将仰天水库库区移民扶持人口核增核减情况公示如下：`,
        '序号 | 户主 | 变动人员 | 与户主关系 | 变动原因 | 现居住地址',
        ...heads.map((h, k) => `${k + 1} | ${h} | ${members[k]} | ${rel[k].replace('之', '') || rel[k]} | ${reasons[k]} | ${homes[k]}`),
        `    核减人员自下一发放周期起停发直补资金。对公示内容有异议的，请于公示期内向县移民服务中心反映（地址：${seat}，联系人：${contact}，电话：${landline(c)}）。`,
      ].join('\n'),
      [...heads.map(P), ...members.filter((m) => !heads.includes(m)).map(P), ...homes.map(A)],
      [contact, seat, '仰天水库', '县移民服务中心'],
    );
  }

  // 4. 征地 青苗 及 地上附着物 补偿 公示 as numbered lines: `X（…组），承包地…亩`, the household's group in brackets (a home),
  //    a tree nursery named after its owner and a 建材 company (decoys), a kin's mobile in prose, `委托Y代领`; the project, the
  //    征地办's 联系人 and the bureau as decoys.
  {
    const c = '湫源县';
    const owners = [person('男'), person('女'), person('男'), person('男'), person('女')];
    const homes = [group(c, '旺头乡', '水碾村'), group(c, '旺头乡', '水碾村'), group(c, '旺头乡', '桃树垭村')];
    const agent = kin(owners[3], '男');
    const phone = `1${pick(['35', '39', '58', '87'])}${digits(8)}`;
    const nursery = `湫源县${fresh(() => `仰${pick(MALE)}`)}苗木繁育场`;
    const firm = '湫源县宰氏建材有限公司';
    const contact = person('女');
    add(
      [
        '国道G209湫源段改线工程征地青苗及地上附着物补偿公示',
        `    国道G209湫源段改线工程经依法批准征收旺头乡水碾村、桃树垭村集体土地。现将青苗及地上附着物补偿情况公示如下：`,
        `1.${owners[0]}（${homes[0]}），承包地${int(1, 4)}.${int(1, 9)}亩（玉米），青苗补偿${money(1200, 4800)}元；`,
        `2.${owners[1]}（${homes[1]}），承包地${int(1, 4)}.${int(1, 9)}亩（花椒树${int(20, 80)}株），青苗及林木补偿${money(6000, 19000)}元；`,
        `3.${owners[2]}（${homes[2]}），承包地0.${int(3, 9)}亩，机井一眼，补偿${money(3000, 9000)}元；`,
        `4.${owners[3]}，承包地${int(1, 3)}.${int(1, 9)}亩（小麦），青苗补偿${money(900, 3600)}元。${owners[3]}常年在外务工，委托其弟${agent}代领（联系电话${phone}）；`,
        `5.${owners[4]}，承包地0.${int(4, 9)}亩（蔬菜大棚一座），补偿${money(8000, 16000)}元；`,
        `6.${nursery}，租用林地${int(8, 20)}亩，苗木补偿${money(40000, 90000)}元；`,
        `7.${firm}，临时堆料场地上附着物补偿${money(5000, 12000)}元。`,
        `    公示期间如有异议，请与县自然资源局征地服务中心联系，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...owners.map(P), ...homes.map(A), P(agent), M(phone)],
      [nursery, firm, contact, '国道G209湫源段改线工程', '县自然资源局征地服务中心'],
    );
  }

  // 5. 种植业保险 理赔 到户 公示 as a tab table with a `村组` column (village and group: labelled homes), 投保人, 险种, 面积, 损失率,
  //    赔款; a 家庭农场 named after its owner (a decoy, its row's 村组 too), the insurer's branch, the 协保员 and 查勘员 as decoys.
  {
    const c = '漾川县';
    const insured = [person('男'), person('女'), person('男'), person('男'), person('女'), person('男')];
    const places = insured.map(() => distinct(() => `${pick(['油茶坪村', '明辉村', '兴邦村'])}${pick(GROUPS)}`));
    const farm = `${fresh(() => `涂${pick(MALE)}`)}家庭农场`;
    const farmPlace = '兴邦村河坝';
    const assessor = person('男');
    const helper = person('女');
    add(
      [
        `响水铺镇2025年水稻种植保险理赔到户公示`,
        `    7月中旬，我镇遭受持续强降雨，部分水稻受淹。经中华联合财产保险股份有限公司漾川支公司查勘员${assessor}会同镇农险办现场查勘定损，现将理赔结果公示如下：`,
        '序号\t村组\t投保人\t险种\t投保面积（亩）\t受灾面积（亩）\t损失率\t赔款（元）',
        ...insured.map((n, k) => `${k + 1}\t${places[k]}\t${n}\t水稻\t${int(3, 12)}\t${int(1, 3)}.${int(0, 9)}\t${pick(['30%', '40%', '60%', '80%'])}\t${money(100, 1600)}`),
        `7\t${farmPlace}\t${farm}\t水稻\t${int(120, 260)}\t${int(40, 90)}\t50%\t${money(8000, 20000)}`,
        `    赔款将通过惠农“一卡通”直接支付到户。对定损结果有异议的，请联系村协保员${helper}或镇农险办（电话：${landline(c)}）。`,
      ].join('\n'),
      [...insured.map(P), ...places.map(A)],
      [farm, farmPlace, assessor, helper, '中华联合财产保险股份有限公司漾川支公司'],
    );
  }

  // 6. 雨露计划 助学补助 公示 aligned with spaces: 学生姓名, 户主姓名 (kin), 家庭住址 without the county (labelled homes), 就读学校
  //    (schools as decoys, one named after a historical figure), 年级, 金额; the 乡村振兴局's 联系人 as a decoy.
  {
    const c = '岷坪县';
    const heads = [person('男'), person('男'), person('女'), person('男'), person('男'), person('男')];
    const students = heads.map((h, k) => kin(h, k % 2 === 0 ? '女' : '男'));
    const homes = heads.map((_, k) => distinct(() => `${k < 3 ? '枣林镇' : '仙姑庙乡'}${pick(VILLAGES)}${pick(GROUPS)}${chance(0.5) ? `${int(1, 70)}号` : ''}`));
    const schools = ['岷坪县职业中等专业学校', '甘肃林业职业技术学院', '茅以升交通技术学校', '兰州石化职业技术大学', '岷坪县职业中等专业学校', '天水师范学院'];
    const contact = person('女');
    add(
      [
        `${c}2025年秋季学期“雨露计划”职业教育助学补助拟补助对象公示`,
        '    经学生申请、村级评议、乡镇审核和县乡村振兴局复核，以下学生符合2025年秋季学期补助条件，每生补助1500元，现予公示：',
        `${col('序号', 6)}${col('学生姓名', 12)}${col('户主姓名', 12)}${col('家庭住址', 30)}${col('就读学校', 26)}年级`,
        ...students.map((st, k) => `${col(String(k + 1), 6)}${col(st, 12)}${col(heads[k], 12)}${col(homes[k], 30)}${col(schools[k], 26)}${pick(['一年级', '二年级', '三年级'])}`),
        `    公示期为${date()}起5个工作日。监督电话：${landline(c)}（县乡村振兴局，联系人${contact}）。`,
      ].join('\n'),
      [...students.map(P), ...heads.map(P), ...homes.map(A)],
      [contact, '茅以升交通技术学校', '岷坪县职业中等专业学校', '天水师范学院'],
    );
  }

  // 7. 城乡居民养老保险 待遇领取资格 未认证人员 公告: numbered lines `姓名 所属村 协办员` (bare villages: no address; the 协办员
  //    column is staff), a note that one person has died and her son should cancel (`请其家属X…`), one with a full ID printed by
  //    the centre to tell two namesakes apart; the 社保中心's address as a decoy.
  {
    const c = '湫源县';
    const people = [person('女'), person('男'), person('男'), person('女'), person('男'), person('女'), person('男')];
    const villages = people.map(() => pick(['水碾村', '桃树垭村', '帅家塆村', '小宰庄村']));
    const helpers = [person('女'), person('男')];
    const son = kin(people[3], '男');
    const id = idFor(c, int(1940, 1955));
    const seat = office(c);
    add(
      [
        `${c}城乡居民基本养老保险经办中心关于2025年度待遇领取资格未认证人员的公告`,
        `    按照待遇领取资格认证工作安排，截至${date()}，旺头乡仍有以下人员未完成本年度资格认证：`,
        `${col('序号', 6)}${col('姓名', 12)}${col('所属村', 12)}协办员`,
        ...people.map((n, k) => `${col(String(k + 1), 6)}${col(n, 12)}${col(villages[k], 12)}${helpers[k % 2]}`),
        `    其中，${people[3]}已于今年8月去世，请其家属${son}持死亡医学证明到村协办员处办理注销登记，多领的养老金应予退回。${people[5]}（身份证号${id}）与本乡另一同名人员已核实区分，请本人尽快认证。`,
        '    上述人员可通过“掌上12333”手机客户端自助认证，或由村协办员上门认证。逾期未认证的，自次月起暂停发放养老金，认证后补发。',
        `    地址：${seat}　咨询电话：${landline(c)}`,
      ].join('\n'),
      [...people.map(P), P(son), I(id)],
      [...helpers, seat, '帅家塆村', '掌上12333'],
    );
  }

  // 8. 事实无人抚养儿童 认定 公示 as a tab table: 儿童姓名, 性别, 出生年月, 所在村, 监护人, 关系, 情形 (the parents' situation); a
  //    note naming where one child lives with her grandmother (a home); the 儿童督导员 and the 村儿童主任 as decoys.
  {
    const c = '漾川县';
    const kids = [person('女'), person('男'), person('男'), person('女'), person('男')];
    const rel = ['祖母', '祖父', '外祖母', '伯父', '姑母'];
    const guards = kids.map((k, i) => (rel[i] === '祖父' || rel[i] === '伯父' ? kin(k, '男') : rel[i] === '外祖母' ? person('女') : rel[i] === '姑母' ? kin(k, '女') : person('女')));
    const cases = ['父亲服刑在押、母亲失联', '父亲死亡、母亲重残', '父母双方重病', '母亲死亡、父亲失联', '父亲强制隔离戒毒、母亲失联'];
    const grannyHome = rural(c, '仙姑庙乡');
    const inspector = person('女');
    const director = person('女');
    add(
      [
        `仙姑庙乡2025年第三季度新增事实无人抚养儿童认定公示`,
        '    经监护人申请、村（居）委会调查、乡儿童督导员核实，县民政局审核，以下儿童拟认定为事实无人抚养儿童，按月发放基本生活补贴：',
        '序号\t儿童姓名\t性别\t出生年月\t所在村\t监护人\t与儿童关系\t认定情形',
        ...kids.map((k, i) => `${i + 1}\t${k}\t${i === 0 || i === 3 ? '女' : '男'}\t${int(2012, 2021)}年${int(1, 12)}月\t${pick(['明辉村', '兴邦村', '油茶坪村'])}\t${guards[i]}\t${rel[i]}\t${cases[i]}`),
        `    其中${kids[0]}现随祖母${guards[0]}居住在${grannyHome}，由村儿童主任${director}每月入户走访。`,
        `    公示期5天。如有异议，请向乡儿童督导员${inspector}反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...kids.map(P), ...guards.map(P), A(grannyHome)],
      [inspector, director, '父亲服刑在押、母亲失联', '县民政局'],
    );
  }

  // 9. 无偿献血 表彰 决定: winners in 、 enumerations by award (`金奖（N人）：A、B、C`), one with `（女，藏族）`, a name glued to
  //    `等` (`A等N名`), a hospital's nurse and the 血站 站长 acting in office, 雷锋 cited, a brand-like slogan, as decoys.
  {
    const c = '扎尕县';
    const gold = [person('男'), tibetan(), person('男')];
    const silver = [person('女'), person('男'), person('女'), person('男')];
    const bronze = [person('男'), person('女'), person('男')];
    const head = person('男');
    const nurse = person('女');
    add(
      [
        `${c}人民政府关于表彰2023—2024年度无偿献血先进个人的决定`,
        '各乡（镇）人民政府，县直各部门：',
        `    近年来，全县广大群众踊跃参加无偿献血，涌现出一批献血量大、坚持时间长的先进个人。经县中心血站推荐、县卫生健康局审核，县人民政府决定，授予${gold[0]}等${gold.length + silver.length + bronze.length}名同志“无偿献血奉献奖”。`,
        `    金奖（${gold.length}人）：${gold[0]}、${gold[1]}（女，藏族）、${gold[2]}`,
        `    银奖（${silver.length}人）：${silver.join('、')}`,
        `    铜奖（${bronze.length}人）：${bronze.join('、')}`,
        `    其中，${gold[2]}自2009年起坚持献血，累计献全血和成分血${int(60, 120)}次。希望受表彰的同志珍惜荣誉，发扬雷锋精神，带动更多群众加入“热血扎尕”志愿行列。`,
        `    （县中心血站站长${head}、采血护士${nurse}在颁奖现场为献血者佩戴绶带。）`,
        `    ${c}人民政府`,
        `    ${date()}`,
      ].join('\n'),
      [...gold.map(P), ...silver.map(P), ...bronze.map(P)],
      [head, nurse, '雷锋', '热血扎尕', '县中心血站'],
    );
  }

  // 10. A traditional-script mirror of a 安置帮教 item: a released man named in full (`刑滿釋放人員X，家住…`), his wife and
  //     daughter, a 村支書 acting in office and a 幫教志願者 (staff), the court's judgment number with a masked name `（李某）` and
  //     a shortened later mention `X某` (decoys).
  {
    const c = '湫源县';
    const freed = person('男');
    const home = rural(c, '枣林镇');
    const wife = person('女');
    const daughter = kin(freed, '女');
    const secretary = person('男');
    const volunteer = person('女');
    const short1 = `${familyOf(freed)}某`;
    add(
      trad(
        [
          '枣林镇：安置帮教“不掉线” 迷途人重拾生活信心',
          `    刑满释放人员${freed}，家住${home}，2024年刑满回乡。因缺少技术，回家后一度闭门不出，妻子${wife}独自在镇上的食品厂打零工，女儿${daughter}正读初中。`,
          `    镇司法所将其列为重点帮教对象，村党支部书记${secretary}、帮教志愿者${volunteer}与他结成帮教小组，为其申请了小额贴息贷款，帮助他养起了二十多只山羊。`,
          `    与${short1}同期回乡的另一名人员（（2022）湫刑初字第58号判决书所载李某）也已在县城一家物流公司就业。`,
        ].join('\n'),
      ),
      [P(trad(freed)), A(trad(home)), P(trad(wife)), P(trad(daughter))],
      [trad(secretary), trad(volunteer), trad(short1), '李某'],
    );
  }
}
