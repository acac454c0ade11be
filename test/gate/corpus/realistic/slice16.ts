/**
 * Held-out slice 16: whole documents written blind (without reading review/), of kinds slices 1–14 do not use —
 * a 征兵 新兵入伍名单 公示 and a 欢送新兵 news item, a 发展党员 公示, 好人榜 候选人事迹, two 法律援助 典型案例 (欠薪, 赡养), a 殡葬惠民补贴
 * list, a 残疾人两项补贴 list, a 农民工欠薪 处理通报, a 交通事故认定书 公告送达 and its traditional-script mirror — weighted
 * as much towards precision as recall. Its own seed and pools: surnames whose pinyin starts with J to R only (rare ones,
 * ones that are ordinary words or place characters, compound ones, Yi family names), given names that are words
 * (跃进, 丰年, 黄河, 招娣, 胜男), doubled given names, and counties, villages, streets and estates none of slices 9–14 use.
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, P, PL, recorder, toTrad, type AddRecord } from './blind.js';

// Pinyin J–R only; many are ordinary words or place characters (路, 明, 平, 强, 全, 南, 龙, 牛, 米, 冷, 满, 宁, 井, 简, 曲, 任, 荣).
const SURNAMES = '江蒋金靳井景鞠荆姜焦季简揭敬康孔匡阚寇况柯蒯黎廉梁凌柳龙娄鲁陆路吕栾雷冷连练蓝郎来赖兰麻满毛茅梅孟米苗闵明缪莫牟穆南倪聂宁牛农钮年潘庞裴彭皮蒲濮平戚齐祁钱强乔秦邱屈瞿全阙权曲覃冉饶任荣容阮芮汝茹戎';
const COMPOUND = ['欧阳', '令狐', '慕容', '南宫', '濮阳', '漆雕'];
const MALE = ['跃进', '丰年', '黄河', '泰山', '永胜', '光荣', '小康', '振兴', '东方', '朝阳', '曙光', '新生', '自强', '来福', '满仓', '铁柱', '冬生', '志明', '德华', '家兴', '玉龙', '文军', '晓东', '春林', '国平', '亮亮', '冬冬', '强强', '亮', '斌', '平'];
const FEMALE = ['胜男', '招娣', '彩云', '白雪', '红霞', '美丽', '春花', '桃花', '小芳', '英姿', '秀丽', '喜梅', '玉梅', '淑珍', '巧玲', '丽华', '桂芳', '小琴', '艳华', '婷婷', '欢欢', '丹丹', '园园', '乐乐', '娟'];
// Yi names (family name first: 吉克, 曲比, 马海, 罗洪) for the county in Liangshan.
const YI = ['吉克阿依', '曲比拉哈', '马海木呷', '罗洪伍各', '吉克石布', '曲比阿果'];

const COUNTIES = ['溱川县', '栖梧县', '澧溪县', '漾泉县'];
const CODES: Record<string, { tel: string; plate: string; region: string; province: string }> = {
  溱川县: { tel: '0746', plate: '湘M', region: '431128', province: '湖南' },
  栖梧县: { tel: '0745', plate: '湘N', region: '431224', province: '湖南' },
  澧溪县: { tel: '0736', plate: '湘J', region: '430727', province: '湖南' },
  漾泉县: { tel: '0834', plate: '川W', region: '513437', province: '四川' },
};
const TOWNS = ['麓坪镇', '椒园乡', '碾子湾镇', '鹭洲镇', '荞坝乡'];
// 钱家垄村 and 罗家坝村 carry surnames of the pool; 明德村 and 新胜村 read like given names or words.
const VILLAGES = ['石碾村', '荞麦坪村', '鹭鸶滩村', '明德村', '钱家垄村', '罗家坝村', '青杠林村', '新胜村', '瓦窑冲村', '水井湾村'];
const GROUPS = ['三组', '五组', '七组', '十二组', '上屋组', '茶园组'];
const STREETS = ['渡口路', '烟厂路', '体育路'];
// 建新, 志强, 兴华, 秀峰, 德润 read like given names: they carry bodies' addresses (decoys).
const NAMELIKE = ['建新路', '志强街', '兴华路', '秀峰路', '德润街'];
const ESTATES = ['橘洲苑', '荷塘小区', '粮食局宿舍', '水电新村', '丹桂苑'];

// Traditional forms this slice needs beyond blind.ts's table.
const TRAD: Record<string, string> = {
  栖: '棲', 泽: '澤', 坝: '壩', 碾: '碾', 荞: '蕎', 鸶: '鷥', 鹭: '鷺', 滩: '灘', 钱: '錢', 垄: '壟', 杠: '槓', 胜: '勝', 冲: '沖',
  厂: '廠', 粮: '糧', 体: '體', 桔: '橘', 宿: '宿', 丹: '丹', 苏: '蘇', 驶: '駛', 轻: '輕', 处: '處', 识: '識', 认: '認', 达: '達', 证: '證',
  闵: '閔', 缪: '繆', 庞: '龐', 饶: '饒', 阮: '阮', 齐: '齊', 乔: '喬', 邱: '邱', 蓝: '藍', 练: '練', 赖: '賴', 龙: '龍', 娄: '婁',
  鲁: '魯', 陆: '陸', 吕: '呂', 栾: '欒', 梁: '梁', 凌: '淩', 冯: '馮', 蒋: '蔣', 靳: '靳', 鞠: '鞠', 荆: '荊', 简: '簡', 阚: '闞',
  匡: '匡', 蒯: '蒯', 黎: '黎', 廉: '廉', 聂: '聶', 钮: '鈕', 农: '農', 蒲: '蒲', 濮: '濮', 强: '強', 权: '權', 阙: '闕', 覃: '覃',
  芮: '芮', 荣: '榮', 进: '進', 丰: '豐', 黄: '黃', 康: '康', 兴: '興', 东: '東', 阳: '陽', 曙: '曙', 满: '滿', 仓: '倉',
  铁: '鐵', 华: '華', 军: '軍', 晓: '曉', 亮: '亮', 彩: '彩', 云: '雲', 红: '紅', 霞: '霞', 丽: '麗', 芳: '芳', 琴: '琴',
  艳: '艷', 婷: '婷', 欢: '歡', 园: '園', 乐: '樂', 娟: '娟', 梅: '梅', 珍: '珍', 玲: '玲', 号: '號', 组: '組', 单: '單', 楼: '樓',
  镇: '鎮', 乡: '鄉', 县: '縣', 苑: '苑', 区: '區', 电: '電', 新: '新', 宁: '寧', 毛: '毛', 茅: '茅', 孟: '孟', 苗: '苗',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice16(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(16_2026_1201);
  const add = recorder('holdout16', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.1) ? pick(COMPOUND) : pick([...SURNAMES]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const yi = (): string => fresh(() => pick(YI));
  const others = <X>(xs: readonly X[], not: readonly X[]): X => pick(xs.filter((x) => !not.includes(x)));
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => `${c}${town}${village}${pick(GROUPS)}${int(1, 60)}号`;
  const flat = (c: string): string => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 12)}栋${int(1, 3)}单元${int(1, 9)}0${int(1, 4)}室`;
  const office = (c: string): string => `${c}${pick(NAMELIKE)}${int(2, 180)}号`;
  const landline = (c: string): string => `${CODES[c].tel}-${int(4, 8)}${digits(6)}`;
  const date = (): string => `2025年${int(1, 10)}月${int(1, 28)}日`;
  const short = (c: string): string => c.replace(/县$/, '');
  // Homes of one list: no two alike and none inside another (each value is labelled once).
  const distinct = (n: number, make: () => string): string[] => {
    const out: string[] = [];
    while (out.length < n) {
      const h = make();
      if (!out.some((o) => o.includes(h) || h.includes(o))) out.push(h);
    }
    return out;
  };

  // 1. 征兵 新兵入伍名单 公示 in a Yi county: a ` | ` table (姓名, 性别, 村（社区）, 学历), two Yi names among them, the
  //    bare 村/社区 column (no one's home: decoys), a 应征青年 named again in prose and the replacement; the 征兵办's
  //    contact (a 参谋 with a desk line) and its address on a name-like street as decoys.
  {
    const c = '漾泉县';
    const recruits = [yi(), person('男'), person('男'), yi(), person('女'), person('男')];
    const sexes = recruits.map((r, i) => (YI.includes(r) ? (/阿依|阿果/.test(r) ? '女' : '男') : ['男', '男', '男', '男', '女', '男'][i]));
    const villages = recruits.map(() => pick(VILLAGES));
    villages[3] = '建新社区';
    const schools = ['大学本科', '大专', '高中', '大专（在读）', '大学本科', '中职'];
    const deferred = recruits[2];
    const substitute = person('男');
    const contact = person('男');
    const seat = `${c}${pick(NAMELIKE)}${int(5, 60)}号（县人武部一楼）`;
    const rows = recruits.map((r, i) => `${i + 1} | ${r} | ${sexes[i]} | ${villages[i]} | ${schools[i]} | ${i === 0 || i === 4 ? '应届毕业生' : ''}`);
    add(
      [
        `${c}人民政府征兵办公室`,
        `关于${c}2025年下半年批准入伍新兵名单的公示`,
        `    根据上级征兵命令，经体格检查、政治考核、役前教育和走访调查，县征兵办公室研究确定以下应征青年为2025年下半年批准入伍新兵，现予以公示：`,
        '序号 | 姓名 | 性别 | 村（社区） | 学历 | 备注',
        ...rows,
        `    公示期间，应征青年${deferred}本人申请因直系亲属重病暂缓入伍，经县征兵办公室核实同意，由第一候补人员${substitute}（男，高中，${others(VILLAGES, villages)}）递补。`,
        `    公示时间：2025年8月${int(1, 10)}日至8月${int(12, 20)}日。对公示人员有异议的，请以书面形式实名反映。`,
        `    监督电话：${landline(c)}　联系人：${contact}（县人武部参谋）`,
        `    地址：${seat}`,
      ].join('\n'),
      [...recruits.map(P), P(substitute)],
      [...new Set(villages.filter((v) => v !== '建新社区')), '建新社区', contact, seat],
    );
  }

  // 2. 发展党员 公示: two lines starting with the name (`X，男，汉族，…年…月出生，籍贯…，…`), then a tabbed table
  //    (出生年月, 籍贯 — an origin, not an address —, 工作单位); 入党介绍人 named (private persons); the 组织委员 in office,
  //    a company named after a surname, the 籍贯 and the party committee's address as decoys.
  {
    const c = '溱川县';
    const town = pick(TOWNS);
    const a = person('男');
    const b = person('女');
    const introA = [person('男'), person('女')];
    const rowsP = [person('男'), person('女'), person('男')];
    const secretary = person('男');
    const origin1 = `${CODES[c].province}${short(c)}`;
    const origin2 = `${CODES['栖梧县'].province}栖梧`;
    const origin3 = '四川漾泉';
    const firm = `${c}${rowsP[0][0]}记米业有限公司`;
    const village = pick(VILLAGES);
    const seat = office(c);
    add(
      [
        `中共${c}${town}委员会`,
        '关于拟接收预备党员的公示',
        `    经党支部大会讨论、镇党委预审，拟接收以下同志为中共预备党员。现将有关情况公示如下：`,
        `    ${a}，男，汉族，${int(1994, 2001)}年${int(1, 12)}月出生，籍贯${origin1}，大学本科学历，${int(2021, 2022)}年${int(1, 12)}月递交入党申请书，入党介绍人：${introA[0]}、${introA[1]}，现为${town}${village}村民委员会文书。`,
        `    ${b}，女，土家族，${int(1990, 1998)}年${int(1, 12)}月出生，籍贯${origin2}，大专学历，现在${firm}从事财务工作。`,
        '拟转为正式党员的预备党员：',
        '姓名\t性别\t出生年月\t籍贯\t学历\t工作单位',
        `${rowsP[0]}\t男\t${int(1985, 1995)}.${pad(int(1, 12), 2)}\t${origin1}\t高中\t${firm}`,
        `${rowsP[1]}\t女\t${int(1985, 1995)}.${pad(int(1, 12), 2)}\t${origin3}\t本科\t${c}${town}中心小学`,
        `${rowsP[2]}\t男\t${int(1985, 1995)}.${pad(int(1, 12), 2)}\t${origin2}\t大专\t${c}${town}卫生院`,
        `    公示时间为5个工作日。如有意见，可通过来电、来信、来访等方式向镇党委组织委员${secretary}反映。`,
        `    镇党委地址：${seat}　电话：${landline(c)}`,
      ].join('\n'),
      [P(a), P(b), P(introA[0]), P(introA[1]), ...rowsP.map(P)],
      [origin1, origin2, origin3, firm, secretary, seat, `${town}${village}村民委员会`],
    );
  }

  // 3. 好人榜 候选人事迹 in prose: the good woman (`X，女，…村民。`), her paralysed husband and her son, the widower
  //    next door (`…五组33号`) she cooks for, a retired worker who looks after an old woman on his floor (`住…室`); the
  //    village party secretary by title only, 雷锋 cited, a brand, the 文明办 and its phone as decoys.
  {
    const c = '栖梧县';
    const town = pick(TOWNS);
    const village = pick(VILLAGES);
    const group = pick(GROUPS);
    const no = int(10, 40);
    const x = person('女');
    const husband = person('男');
    const son = kin(husband, '男');
    const widower = person('男');
    const home = `${town}${village}${group}${no}号`;
    const widowerHome = `${village}${group}${no + 2}号`;
    const w = person('男');
    const old = person('女');
    const estate = pick(ESTATES);
    const oldHome = `${c}${pick(STREETS)}${estate}${int(2, 9)}栋${int(1, 3)}单元50${int(1, 4)}室`;
    const otherVillage = others(VILLAGES, [village]);
    add(
      [
        `${c}2025年第三季度“栖梧好人榜”候选人事迹展示`,
        `【孝老爱亲】${x}：十二年守着一个家`,
        `    ${x}，女，${int(1965, 1972)}年生，${c}${town}${village}村民。${int(2012, 2014)}年，丈夫${husband}在外务工时从脚手架上摔下，高位截瘫。此后十二年，${x}每天凌晨五点起床给丈夫翻身、擦洗、按摩，从没让他生过一次褥疮。`,
        `    ${x}家住${home}，是一栋上世纪八十年代的砖瓦房。儿子${son}在外地读完大学后想回乡接替母亲，被她劝了回去：“你在外面把工作干好，家里有我。”`,
        `    隔壁的${widower}老人无儿无女，住在${widowerHome}。${x}每次做饭都多做一份，给老人端过去；老人生病住院，也是她在医院陪护。村党支部书记说，像她这样的人，在${otherVillage}、${village}一带都出了名。`,
        `【助人为乐】${w}：“楼上的事就是我的事”`,
        `    ${w}，男，${int(1950, 1958)}年生，${c}粮食局退休职工。与他同住一栋楼的独居老人${old}住${oldHome}，子女都在广东打工。${w}坚持每天上楼看望${old}，帮她买菜、取药、交水电费，还给她家换上了新的格力空调。他说自己年轻时就佩服雷锋，“帮人一把，心里踏实”。`,
        `    欢迎广大群众为候选人投票。县文明办电话：${landline(c)}`,
      ].join('\n'),
      [P(x), P(husband), P(son), P(widower), A(home), A(widowerHome), P(w), P(old), A(oldHome)],
      ['村党支部书记', otherVillage, '雷锋', '格力空调', '县文明办', `${c}粮食局`],
    );
  }

  // 4. 法律援助 典型案例: the case number with the 受援人 in brackets, `受援人X，男，…，住…`, then `X某`; the 对方当事人 (a
  //    company and its 法定代表人), a fellow villager who introduced him; the 承办律师 (a lawyer acting for a client: a
  //    person, as in slices 9 and 12); the firm, its office, the centre's 主任 and a masked company as decoys.
  {
    const c = '澧溪县';
    const x = person('男');
    const masked = `${familyOf(x)}某`;
    const home = rural(c);
    const wife = person('女');
    const introducer = person('男');
    const boss = person('男');
    const lawyer = person('女');
    const director = person('男');
    const company = `${c}${pick(['宏盛', '金鼎', '瑞丰'])}石材有限公司`;
    const firm = `湖南${pick(['澧兰', '溪源', '正衡'])}律师事务所`;
    const firmSeat = `${c}${pick(NAMELIKE)}${int(10, 90)}号${int(2, 6)}楼`;
    add(
      [
        `${c}法律援助中心2025年度典型案例（三）`,
        `欠薪农民工获援讨回工资及工伤赔偿——${short(c)}法援〔2025〕第${int(20, 90)}号（受援人：${x}）`,
        '【基本案情】',
        `    受援人${x}，男，${int(1972, 1980)}年生，住${home}。${int(2023, 2024)}年3月，${x}经同村村民${introducer}介绍，到${company}从事石材切割工作，双方未签订书面劳动合同。同年11月，${masked}在切割作业中左手被切割机割伤，经鉴定为九级伤残。${company}（法定代表人：${boss}）以双方不存在劳动关系为由，拒绝支付拖欠的工资及工伤待遇。`,
        '【援助过程】',
        `    ${masked}之妻${wife}陪同其到县法律援助中心申请法律援助。中心审查后认为符合条件，当日受理，并指派${firm}律师${lawyer}承办。${lawyer}律师调取了考勤记录、工友证言和微信转账记录，先后申请劳动关系确认仲裁和工伤认定。`,
        '【案件结果】',
        `    经仲裁委调解，${company}一次性支付${masked}工资、一次性伤残补助金等共计${int(8, 15)}.${digits(1)}万元。`,
        '【典型意义】',
        `    本案中，${firm}（地址：${firmSeat}）的承办律师依法维护了农民工合法权益。县法律援助中心主任${director}表示，一些用人单位借某某建材公司之类的“挂靠”名义逃避责任，劳动者应保存好工资记录。`,
      ].join('\n'),
      [P(x), A(home), P(wife), P(introducer), P(boss), P(lawyer)],
      [masked, company, firm, firmSeat, director, '某某建材公司'],
    );
  }

  // 4b. A second 法律援助 案例, on 赡养: `受援人：X（女，…岁）` glued to its label, her sons as 对方当事人 (people, named in
  //     full then `X某甲`/`X某乙`), her home and the eldest son's flat; the 司法所所长, the 人民调解员 by title and the
  //     village committee as decoys.
  {
    const c = '漾泉县';
    const mother = person('女');
    const eldest = person('男');
    const sons = [eldest, kin(eldest, '男')];
    const fam = familyOf(eldest);
    const village = pick(VILLAGES);
    const home = rural(c, pick(TOWNS), others(VILLAGES, [village]));
    const flatHome = flat(c);
    const head = person('男');
    add(
      [
        `${c}法律援助中心2025年度典型案例（五）`,
        '八旬老人追索赡养费获法律援助',
        `受援人：${mother}（女，${int(78, 86)}岁）`,
        `对方当事人：${sons[0]}（长子）、${sons[1]}（次子）`,
        '【基本案情】',
        `    ${mother}住${home}，丈夫去世后独自生活，患有高血压和关节炎。长子${sons[0]}在县城居住（${flatHome}），次子${sons[1]}常年在外务工。二人以“母亲还能下地”为由，${int(2023, 2024)}年起不再给付生活费。`,
        `    村委会和${village}人民调解员多次上门调解未果，${mother}在女儿陪同下到县法律援助中心求助。`,
        '【援助过程及结果】',
        `    法律援助中心指派${c}${pick(TOWNS)}司法所所长${head}承办。经调解，${fam}某甲、${fam}某乙当场签订赡养协议，各自每月给付母亲生活费${int(4, 8)}00元，共同承担医疗费用。`,
      ].join('\n'),
      [P(mother), P(sons[0]), P(sons[1]), A(home), A(flatHome)],
      [`${fam}某甲`, `${fam}某乙`, head, `${village}人民调解员`],
    );
  }

  // 5. 殡葬惠民补贴 发放名单 as a ` | ` table: 逝者姓名, 申领人 and 与逝者关系, 户籍地址 without the county (five homes);
  //    the 殡仪馆 and its address on a name-like street, the 经办人 at the foot and the bureau's phone as decoys.
  {
    const c = '溱川县';
    const dead = [person('男'), person('女'), person('男'), person('女'), person('男')];
    const rel = ['长子', '女儿', '妻子', '儿子', '侄子'];
    const claim = dead.map((d, i) => (rel[i] === '长子' || rel[i] === '儿子' ? kin(d, '男') : rel[i] === '妻子' ? person('女') : rel[i] === '女儿' ? kin(d, '女') : kin(d, '男')));
    const homes = distinct(dead.length, () => (chance(0.2) ? `${pick(STREETS)}${pick(ESTATES)}${int(1, 12)}栋${int(1, 6)}0${int(1, 4)}室` : `${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(1, 50)}号`));
    const hall = `${c}殡仪馆`;
    const hallSeat = office(c);
    const clerk = person('女');
    const rows = dead.map((d, i) => `${i + 1} | ${d} | ${i % 2 ? '女' : '男'} | 2025-${pad(int(4, 6), 2)}-${pad(int(1, 28), 2)} | ${claim[i]} | ${rel[i]} | ${homes[i]} | ${i === 2 ? 1200 : 1600}`);
    add(
      [
        `${c}民政局`,
        '2025年第二季度基本殡葬服务惠民补贴发放名单公示',
        `    根据《${c}基本殡葬服务惠民补贴实施办法》，对本县户籍逝者在${hall}（${hallSeat}）火化的，免除遗体接运、存放、火化和骨灰寄存四项基本服务费用，补贴直接拨付申领人。经审核，现将第二季度补贴发放名单公示如下：`,
        '序号 | 逝者姓名 | 性别 | 死亡日期 | 申领人 | 与逝者关系 | 户籍地址 | 补贴金额（元）',
        ...rows,
        `    公示期7天。经办人：${clerk}　监督电话：${landline(c)}`,
      ].join('\n'),
      [...dead.map(P), ...claim.map(P), ...homes.map(A)],
      [hall, hallSeat, clerk],
    );
  }

  // 6. 残疾人两项补贴 新增名单 aligned with spaces: 姓名, 残疾类别, 残疾等级, 村组门牌 (eight homes), 补贴类别; the 残联
  //    理事长 in office and a 公示栏 on a named village's square as decoys.
  {
    const c = '栖梧县';
    const town = pick(TOWNS);
    const names = Array.from({ length: 10 }, () => person());
    const homes = distinct(names.length, () => `${pick(VILLAGES)}${pick(GROUPS)}${int(1, 70)}号`);
    const kinds = ['肢体', '视力', '智力', '精神', '听力', '肢体', '多重', '言语', '肢体', '视力'];
    const grades = ['二级', '一级', '三级', '二级', '四级', '一级', '一级', '三级', '四级', '二级'];
    const width = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2000 ? 2 : 1), 0);
    const col = (s: string, w: number): string => s + ' '.repeat(Math.max(2, w - width(s)));
    const chair = person('女');
    const rows = names.map((n, i) => `${col(String(i + 1), 6)}${col(n, 12)}${col(kinds[i], 10)}${col(grades[i], 10)}${col(homes[i], 26)}${grades[i] === '一级' || grades[i] === '二级' ? '生活补贴、护理补贴' : '生活补贴'}`);
    add(
      [
        `${c}${town}人民政府`,
        '关于2025年度困难残疾人生活补贴和重度残疾人护理补贴新增对象的公示',
        `${col('序号', 6)}${col('姓名', 12)}${col('残疾类别', 10)}${col('残疾等级', 10)}${col('村组门牌', 26)}补贴类别`,
        ...rows,
        `    以上人员经本人申请、村（居）委会初审、镇残联理事长${chair}带队入户核查，符合补贴条件。公示期间如有异议，请向镇社会事务办反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...names.map(P), ...homes.map(A)],
      [chair, '镇社会事务办'],
    );
  }

  // 7. 农民工欠薪 处理通报: the 包工头 (`不具备用工主体资格的包工头X`), the workers who complained (`农民工X等14人`,
  //    `X、Y、Z等`), a worker's wife; the general contractor, the 劳务 company, the project named like an estate, the
  //    监察 officers with 证号, the 大队长 by title and 12333 as decoys.
  {
    const c = '澧溪县';
    const boss = person('男');
    const workers = [person('男'), person('男'), person('男'), person('女'), person('男')];
    const wife = person('女');
    const o1 = person('男');
    const o2 = person('女');
    const contractor = `${c}鸿泰建工集团有限公司`;
    const labour = `${c}顺达劳务有限公司`;
    const project = `“${pick(['锦澧', '溪畔'])}名苑”二期项目`;
    const cert = (): string => `43${digits(6)}${pad(int(1, 999), 3)}`;
    add(
      [
        `${c}人力资源和社会保障局`,
        `关于${project}拖欠农民工工资问题处理情况的通报`,
        `    ${date()}，县劳动保障监察大队接到农民工${workers[0]}等14人投诉，反映在${project}从事木工作业的工资长期未结清。`,
        `    经查，该项目施工总承包单位为${contractor}，其将木工劳务分包给${labour}，${labour}又将部分作业违法转包给不具备用工主体资格的包工头${boss}。${boss}以工程款未到位为由，拖欠${workers[0]}、${workers[1]}、${workers[2]}、${workers[3]}、${workers[4]}等14名农民工工资共计${int(30, 45)}.${digits(1)}万元。其中${workers[3]}系带病坚持上工，其丈夫${workers[1]}为同一班组木工。`,
        `    监察大队执法人员${o1}（执法证号：${cert()}）、${o2}（执法证号：${cert()}）依法向${contractor}下达《劳动保障监察责令改正决定书》。${boss}到案后承认拖欠事实，并交出由工人${workers[4]}代记的考勤本。工人${workers[2]}之妻${wife}到场领取了丈夫的工资。`,
        '    处理结果：一、由施工总承包单位先行清偿全部拖欠工资，已于春节前发放到位；',
        `    二、将${boss}列入拖欠农民工工资失信联合惩戒对象名单；对${labour}违法分包行为依法罚款。`,
        '    监察大队大队长提醒：遇到欠薪，可拨打12333热线或到县劳动保障监察大队投诉。',
      ].join('\n'),
      [P(boss), ...workers.map(P), P(wife)],
      [contractor, labour, project, o1, o2, '监察大队大队长', '12333'],
    );
  }

  // 8. 交通事故认定书 公告送达: `X（男，公民身份号码：…，最后住址：…）：` — the party whose whereabouts are unknown,
  //    his ID and the plate he drove, the injured rider and her home; the scene (a named village's road), the 民警 with
  //    警号 and the brigade's address as decoys.
  {
    const c = '溱川县';
    const x = person('男');
    const y = person('女');
    const birth = int(1975, 1995);
    const body = `${CODES[c].region}${birth}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    const id = body + idCheck(body);
    const plate = `${CODES[c].plate}${pick(['', 'D'])}${digits(5)}`.slice(0, 7);
    const xHome = rural(c);
    const yHome = flat(c);
    const scene = `${pick(TOWNS)}${pick(VILLAGES)}路段`;
    const officer = person('男');
    const seat = office(c);
    add(
      [
        `${c}公安局交通警察大队`,
        '公　告',
        `${x}（男，公民身份号码：${id}，最后住址：${xHome}）：`,
        `    ${date()}，你驾驶${plate}号小型普通客车沿S${int(200, 330)}线行驶至${scene}时，与${y}驾驶的电动二轮车相撞，造成${y}受伤、两车损坏的道路交通事故。本大队已依法作出${short(c)}公交认字〔2025〕第${int(100, 900)}号《道路交通事故认定书》。`,
        `    因你下落不明，经在最后住址查找未果，无法直接送达。依照《道路交通事故处理程序规定》，现向你公告送达。自公告发布之日起经过六十日，即视为送达。`,
        `    另一方当事人${y}，住${yHome}，已于事故发生后领取认定书。`,
        `    联系人：民警${officer}（警号：${digits(6)}），联系电话：${landline(c)}；地址：${seat}。`,
      ].join('\n'),
      [P(x), I(id), A(xHome), PL(plate), P(y), A(yHome)],
      [scene, officer, seat],
    );
  }

  // 9. 欢送新兵 news in prose: recruits (`新兵X`, `应征青年X`), a father and a mother named with their village; the 县委
  //    书记, 人武部政委, the reporter and words that read like names (红旗招展, 光荣之家) as decoys.
  {
    const c = '澧溪县';
    const r = [person('男'), person('女'), person('男')];
    const father = kin(r[0], '男');
    const mother = person('女');
    const leader = person('男');
    const commissar = person('男');
    const reporter = person('女');
    const village = pick(VILLAGES);
    add(
      [
        `${c}隆重欢送2025年下半年新兵入伍`,
        `    9月${int(5, 15)}日上午，县人民广场红旗招展，锣鼓喧天。县委书记${leader}、县人武部政委${commissar}为即将奔赴军营的新兵佩戴大红花。`,
        `    新兵${r[0]}是${village}人，大学毕业后主动报名参军。他的父亲${father}当过五年兵，拉着儿子的手叮嘱：“到了部队，要听党指挥。”家门口刚挂上的“光荣之家”牌匾，是镇里上周送来的。`,
        `    女兵${r[1]}是今年全县唯一批准入伍的女应征青年。母亲${mother}一边抹眼泪一边说：“闺女从小就想当兵，这回遂了心愿。”应征青年${r[2]}则在欢送仪式上代表新兵发言。`,
        `    （记者　${reporter}）`,
      ].join('\n'),
      [...r.map(P), P(father), P(mother)],
      [leader, commissar, reporter, '红旗招展', '光荣之家', village],
    );
  }

  // 10. A traditional-script mirror of a 公告送达 (case 8's layout) for a second accident: the party's ID masked by the
  //     publisher (a decoy), `最後住址：`, the injured pedestrian and his home; the officer and the brigade as decoys.
  {
    const c = '栖梧县';
    const x = person('男');
    const y = person('男');
    const masked = `${CODES[c].region}********${digits(4)}`;
    const plate = `${CODES[c].plate}${digits(5)}`;
    const xHome = rural(c);
    const yHome = flat(c);
    const officer = person('女');
    add(
      [
        trad(`${c}公安局交通警察大队`),
        '公　告',
        `${trad(x)}（男，公民身份號碼：${masked}，最後住址：${trad(xHome)}）：`,
        `    ${date()}，你駕駛${trad(plate)}號輕型貨車與行人${trad(y)}發生碰撞，致${trad(y)}受傷。本大隊已作出道路交通事故認定書。因你下落不明，現依法公告送達，自公告之日起經過六十日即視為送達。`,
        `    另一方當事人${trad(y)}，住${trad(yHome)}。`,
        `    聯繫人：民警${trad(officer)}，電話：${landline(c)}。`,
      ].join('\n'),
      [P(trad(x)), A(trad(xHome)), PL(trad(plate)), P(trad(y)), A(trad(yHome))],
      [masked, trad(officer)],
    );
  }
}
