/**
 * Held-out slice 26: whole documents written blind by an independent examiner (without reading review/ nor the rules'
 * tests), of kinds slices 1–25 do not use and leaning to 人社/医保 results on individuals — a 失业保险金 申领核定 公示, a 中级
 * 职称 评审通过人员 公示 (a heading line, a blank line, then rows), a 技能大师工作室 及 乡村工匠 认定 公示, a 医保 违规 行政处理
 * 决定书 on a named insured person, a 特殊工种 提前退休 公示, a 一次性创业补贴 公示, a 人社局 局长信箱 letter with its reply, a
 * traditional-script mirror of a 长期护理保险 失能评估 结论 公示, a 欠薪 讨回 news item naming its people only in running prose,
 * and a 劳动模范 推荐人选 公示 — as much for precision as recall. Names as real documents have them: about four in five one of
 * the hundred commonest surnames with an ordinary given name of real-life frequency (children and young workers get names
 * of the last twenty years, elders do not), the rest a rare surname of pinyin A–F no earlier slice draws (淡, 巢, 苻, 奉,
 * 凤, 昌, 繁), a compound one (东门, 单于) or a given name that is an ordinary word (奋斗, 白杨, 冬青, 满仓, 石榴, 新春).
 * Its own counties, towns, villages (国强村 and 秀英村 read like names, 巢家湾村 and 淡家岗村 carry its surnames) and
 * streets (振华路, 卫国路, 春生街 read like names).
 */

import { idCheck, seededRandom, uniqueName } from '../generate.js';
import { A, I, M, P, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤';
const RARE = '淡巢苻奉凤昌繁';
const COMPOUND = ['东门', '单于'];
const MALE_OLD = ['建华', '国强', '建国', '建军', '志强', '卫国', '德明', '春生', '立军', '海波', '永刚', '红兵', '金龙', '保国', '新华', '庆丰', '伟', '军', '勇', '斌', '明', '涛'];
const MALE_YOUNG = ['浩', '宇', '鹏', '磊', '杰', '俊杰', '子豪', '浩然', '宇轩', '文杰', '晨阳', '博文', '梓轩', '一鸣', '子墨', '皓轩'];
const FEMALE_OLD = ['秀英', '桂英', '丽娟', '淑珍', '玉梅', '丽华', '秀兰', '凤兰', '红霞', '秀梅', '晓燕', '玉霞', '雪梅', '桂芳', '玉珍', '美华', '春梅', '芳', '霞', '燕', '敏', '艳'];
const FEMALE_YOUNG = ['子涵', '欣怡', '诗琪', '梦瑶', '雨桐', '佳琪', '婷', '慧', '悦', '梓萱', '雨欣', '可馨'];
// Given names that are ordinary words: a fifth of the names draw either these or a rare surname.
const WORDY_MALE = ['奋斗', '白杨', '满仓', '新春', '前程'];
const WORDY_FEMALE = ['冬青', '石榴', '杜鹃', '春雨'];

const CODES: Record<string, { tel: string; region: string }> = {
  沭川县: { tel: '0539', region: '371392' },
  汶桥县: { tel: '0538', region: '370993' },
  濑阳县: { tel: '0519', region: '320493' },
  岢岭县: { tel: '0350', region: '140992' },
};
const TOWNS = ['石板滩镇', '白鹤铺镇', '柳泉乡', '杏林镇', '三汊河镇'];
// 国强村 and 秀英村 read like names; 巢家湾村 and 淡家岗村 carry surnames of the pool.
const VILLAGES = ['国强村', '秀英村', '巢家湾村', '淡家岗村', '柏树湾村', '龙井村', '桃园村'];
const GROUPS = ['一组', '三组', '五组', '七组', '河坝组', '大院组', '松林组'];
// 振华, 卫国 and 春生 read like given names: bodies' seats (decoys) stand on them, and some homes too.
const STREETS = ['振华路', '卫国路', '春生街', '滨河路', '人民路'];
const ESTATES = ['翠湖苑', '金桂园', '书香名邸', '阳光小区', '和园'];

// Traditional forms of the characters the mirror (document 8) can print, beyond those blind.ts already knows.
const TRAD: Record<string, string> = {
  岭: '嶺', 岗: '崗', 滩: '灘', 鹤: '鶴', 铺: '鋪', 龙: '龍', 树: '樹', 园: '園', 坝: '壩', 书: '書', 滨: '濱', 卫: '衛', 阳: '陽', 强: '強', 国: '國', 华: '華', 军: '軍', 伟: '偉',
  涛: '濤', 龚: '龔', 丰: '豐', 凤: '鳳', 兰: '蘭', 红: '紅', 晓: '曉', 艳: '艷', 丽: '麗', 鹏: '鵬', 杰: '傑', 轩: '軒', 鸣: '鳴', 梦: '夢', 瑶: '瑤', 悦: '悅',
  杨: '楊', 满: '滿', 仓: '倉', 斗: '鬥', 奋: '奮', 东: '東', 门: '門', 单: '單', 刚: '剛', 庆: '慶', 诗: '詩', 护: '護', 险: '險', 评: '評', 级: '級', 结: '結',
  论: '論', 员: '員', 请: '請', 构: '構', 养: '養', 经: '經', 办: '辦', 话: '話', 电: '電', 联: '聯', 长: '長', 岁: '歲', 为: '為', 议: '議', 异: '異', 对: '對',
  见: '見', 务: '務', 机: '機', 医: '醫', 疗: '療', 该: '該', 没: '沒', 过: '過', 诊: '診', 处: '處', 复: '複', 审: '審', 现: '現', 将: '將', 关: '關', 规: '規',
  间: '間', 们: '們', 这: '這', 专: '專', 业: '業', 无: '無', 与: '與', 亲: '親', 属: '屬', 实: '實', 场: '場', 点: '點', 标: '標', 准: '準', 发: '發', 视: '視',
  频: '頻', 后: '後', 队: '隊', 儿: '兒', 孙: '孫', 妇: '婦',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice26(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(26_2026_1202);
  const add = recorder('holdout26', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 4000);
  type Age = 'old' | 'young';
  const given = (sex: '男' | '女', age: Age): string =>
    sex === '男' ? pick(age === 'old' ? MALE_OLD : MALE_YOUNG) : pick(age === 'old' ? FEMALE_OLD : FEMALE_YOUNG);
  // About four in five: a common surname with an ordinary given name; the rest rare or compound surnames or word-like names.
  const person = (sex?: '男' | '女', age: Age = chance(0.6) ? 'old' : 'young'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => {
      // Common names collide more often with the corpus's earlier names and are redrawn, so they are drawn a little more.
      if (chance(0.86)) return pick([...COMMON]) + given(s, age);
      const roll = int(1, 20);
      if (roll <= 11) return pick([...RARE]) + given(s, age);
      if (roll <= 13) return pick(COMPOUND) + given(s, age);
      return pick([...COMMON]) + pick(s === '男' ? WORDY_MALE : WORDY_FEMALE);
    });
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女', age: Age = 'young'): string => fresh(() => familyOf(of) + given(sex, age));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const mobile = (): string => pick(['135', '138', '151', '157', '182', '187', '198']) + digits(8);
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const flat = (c: string, street = pick(STREETS.slice(3))): string =>
    distinct(() => `${c}${street}${pick(ESTATES)}${int(1, 22)}栋${int(1, 3)}单元${int(1, 17)}0${int(1, 4)}室`);
  const idFor = (c: string, year: number): string => {
    const body = `${CODES[c].region}${year}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
    return body + idCheck(body);
  };

  // 1. 失业保险金 申领核定 公示 as a tab table (`姓名 性别 原参保单位 缴费月数 核定领取月数 月标准`); employers named after given names
  //    (`国强机械`, `丽华服饰`) as decoys; a refusal naming the applicant; a notice to two people who could not be reached,
  //    each with the home printed (`X（住…）`); the 失业保险股's contact and the bureau's seat on 振华路 as decoys.
  {
    const c = '沭川县';
    const sexes: ('男' | '女')[] = ['女', '男', '女', '男', '男', '女', '女', '男'];
    const names = sexes.map((s) => person(s));
    const employers = ['沭川县国强机械制造有限公司', '沭川丽华服饰有限公司', '沭川县石板滩水泥厂', '山东鸿运物流有限公司沭川分公司'];
    const refused = person('男', 'old');
    const unreached = [person('女', 'young'), person('男'), person('男', 'old')];
    const homes = [flat(c), rural(c, '柳泉乡'), rural(c, '石板滩镇', '巢家湾村')];
    const contact = person('女');
    const seat = `${c}振华路${int(20, 180)}号`;
    add(
      [
        `${c}2025年10月失业保险金申领核定情况公示`,
        `    根据《失业保险条例》和省失业保险经办规程，经本人申请、县社会保险事业中心审核，现将本月核定享受失业保险待遇人员公示如下：`,
        '序号\t姓名\t性别\t原参保单位\t累计缴费月数\t核定领取月数\t月标准（元）',
        ...names.map((n, k) => `${k + 1}\t${n}\t${sexes[k]}\t${employers[k % employers.length]}\t${int(14, 190)}\t${int(3, 24)}\t${int(1650, 1890)}`),
        `    另，${refused}已按月领取基本养老保险待遇，依规不予核定失业保险金。`,
        `    下列人员预留电话无法接通，请本人于公示期内携身份证到中心窗口确认：${unreached[0]}（住${homes[0]}）；${unreached[1]}（住${homes[1]}）；${unreached[2]}（住${homes[2]}）。`,
        `    公示期：${date()}起7个工作日。联系人：${contact}，电话：${landline(c)}；地址：${seat}县人社局一楼失业保险股。`,
      ].join('\n'),
      [...names.map(P), P(refused), ...unreached.map(P), ...homes.map(A)],
      [employers[0], employers[1], contact, seat, '县社会保险事业中心'],
    );
  }

  // 2. 中级职称 评审通过人员 公示 aligned with spaces: the heading line, then a blank line, then the rows (the name column has
  //    no heading on the lines of its cells), grouped under series lines; schools and a hospital as decoys, one named after a
  //    historical figure (`张衡`), another on a name-like street; the 评委会 and the 专技股's contact as decoys.
  {
    const c = '汶桥县';
    const series = [
      { units: ['汶桥县张衡中学', '汶桥县卫国路小学', '汶桥县第二实验小学'], majors: ['语文', '数学', '英语', '物理', '音乐'], grade: '一级教师' },
      { units: ['汶桥县人民医院', '汶桥县中医医院', '汶桥县白鹤铺镇卫生院'], majors: ['内科', '护理', '药学', '放射'], grade: '主治医师' },
      { units: ['汶桥县农业技术推广中心', '汶桥县畜牧兽医站'], majors: ['农学', '兽医'], grade: '农艺师' },
    ];
    const rows: string[] = [];
    const people: string[] = [];
    for (const s of series) {
      s.majors.forEach((major, i) => {
        const n = person(undefined, 'young');
        people.push(n);
        const grade = s.grade === '主治医师' && major === '护理' ? '主管护师' : s.grade;
        rows.push(`${col(String(people.length), 6)}${col(n, 10)}${col(s.units[i % s.units.length], 30)}${col(major, 8)}${grade}`);
      });
    }
    const contact = person('男');
    add(
      [
        `${c}2025年度中级专业技术职务任职资格评审通过人员公示`,
        `    经县中级职称评审委员会评审，${people.length}名同志通过相应系列中级专业技术职务任职资格评审，现予公示。`,
        '',
        `${col('序号', 6)}${col('姓名', 10)}${col('工作单位', 30)}${col('专业', 8)}资格名称`,
        '',
        ...rows,
        '',
        `    公示期间，对公示人员有异议的，请以书面形式实名反映。联系人：${contact}（县人社局专业技术人员管理股），电话：${landline(c)}。`,
      ].join('\n'),
      people.map(P),
      ['汶桥县张衡中学', '汶桥县卫国路小学', '汶桥县人民医院', '县中级职称评审委员会', contact],
    );
  }

  // 3. 技能大师工作室 及 乡村工匠 认定 公示 in numbered lines: studios named after their holder (`X技能大师工作室`, the holder's name
  //    inside: labelled a person), `（领办人：X，…）`; 乡村工匠 with their workshop at home (`工坊设在自家（…号）`: an address), a
  //    bare village not labelled; companies (`巢氏竹编`, a surname's firm), `鲁班`, the 职业能力建设股 contact as decoys.
  {
    const c = '濑阳县';
    const masters = [person('男', 'old'), person('女', 'old'), person('男')];
    const trades = ['数控车工', '中式面点师', '电工'];
    const hosts = ['濑阳县精工机床有限公司', '濑阳宾馆有限公司', '国网濑阳县供电公司'];
    const craftsmen = [person('男', 'old'), person('女', 'old'), person('男', 'old'), person('女')];
    const crafts = ['竹编', '土布纺织', '石雕', '剪纸'];
    const shops = [rural(c, '杏林镇', '巢家湾村'), rural(c, '三汊河镇', '龙井村'), rural(c, '白鹤铺镇', '桃园村')];
    const apprentice = person('男', 'young');
    const contact = person('女');
    add(
      [
        `关于2025年度${c}技能大师工作室和“乡村工匠”拟认定名单的公示`,
        `    按照县委人才工作领导小组部署，经单位申报、专家评审和实地考察，拟认定以下技能大师工作室和乡村工匠，现予公示：`,
        '    一、县级技能大师工作室（3个）',
        ...masters.map((m, k) => `    ${k + 1}．${m}${trades[k]}技能大师工作室（领办人：${m}，${hosts[k]}${trades[k]}，高级技师）`),
        '    二、乡村工匠（4名）',
        `    1．${craftsmen[0]}，男，${int(1958, 1970)}年生，${crafts[0]}。从艺四十余年，工坊设在自家（${shops[0]}），带徒${int(6, 20)}人，产品由巢氏竹编专业合作社统一收购。`,
        `    2．${craftsmen[1]}，女，${int(1960, 1972)}年生，${crafts[1]}，杏林镇秀英村人。`,
        `    3．${craftsmen[2]}，男，${int(1955, 1968)}年生，${crafts[2]}。工坊设在自家（${shops[1]}），其徒弟${apprentice}去年获全市职业技能大赛石雕项目二等奖。`,
        `    4．${craftsmen[3]}，女，${int(1975, 1990)}年生，${crafts[3]}，工作室设在自家（${shops[2]}），作品《鲁班造锯》入选省民间艺术展。`,
        `    公示期5个工作日。联系人：${contact}，县人社局职业能力建设股，电话：${landline(c)}。`,
      ].join('\n'),
      [...masters.map(P), ...craftsmen.map(P), ...shops.map(A), P(apprentice)],
      [hosts[0], hosts[2], '巢氏竹编专业合作社', '《鲁班造锯》', contact, '县委人才工作领导小组'],
    );
  }

  // 4. 医保 违规 行政处理 决定书 on a named insured person: `当事人：X，…公民身份号码…，住址：…，联系电话：…`; she used her dead
  //    mother's 医保凭证 (the mother named, with her former home `生前居住于…`); the pharmacy (named after a brand, `同仁堂`), the
  //    clinic's doctor masked `刘某`, the 执法人员 with 执法证号 and the bureau's seat as decoys.
  {
    const c = '岢岭县';
    const party = person('女', 'old');
    const year = int(1962, 1975);
    const id = idFor(c, year);
    const home = rural(c, '柳泉乡', '淡家岗村');
    const phone = mobile();
    const mother = person('女', 'old');
    const motherHome = rural(c, '柳泉乡', '淡家岗村');
    const officers = [person('男'), person('女')];
    const seat = `${c}春生街${int(2, 99)}号`;
    const amount = `${int(3, 9)}${digits(3)}.${pad(int(0, 99), 2)}`;
    add(
      [
        `${c}医疗保障局`,
        '行政处理决定书',
        `岢医保处〔2025〕${int(3, 19)}号`,
        `当事人：${party}，女，${year}年${int(1, 12)}月出生，公民身份号码：${id}，住址：${home}，联系电话：${phone}。`,
        `    经查，当事人母亲${mother}（生前居住于${motherHome}）已于2024年${int(1, 6)}月死亡，其医保凭证未按规定注销。2024年${int(7, 9)}月至2025年${int(1, 3)}月，当事人持${mother}的医保凭证在柳泉乡同仁堂大药房购药${int(9, 30)}次，由医保统筹基金支付${amount}元。上述事实有药房购药明细、村委会出具的死亡证明、询问笔录等证据证实，柳泉乡卫生院医师刘某的证言亦可印证。`,
        `    本局于2025年${int(4, 5)}月${int(1, 28)}日向当事人送达了《行政处理事先告知书》，${party}在规定期限内未提出陈述、申辩。`,
        `    根据《医疗保障基金使用监督管理条例》第四十一条规定，责令当事人退回医保基金${amount}元，暂停其医疗费用联网结算三个月。`,
        `    如不服本决定，可在收到本决定书之日起六十日内向${c}人民政府申请行政复议，或者在六个月内依法提起行政诉讼。`,
        `    执法人员：${officers[0]}（执法证号${digits(8)}）、${officers[1]}（执法证号${digits(8)}）`,
        `    ${c}医疗保障局（地址：${seat}）`,
        `    2025年${int(6, 7)}月${int(1, 28)}日`,
      ].join('\n'),
      [P(party), I(id), A(home), M(phone), P(mother), A(motherHome)],
      [...officers, seat, '同仁堂大药房', '刘某', '柳泉乡卫生院'],
    );
  }

  // 5. 特殊工种 提前退休 公示 as a ` | ` table (`姓名 | 性别 | 出生年月 | 原工作单位 | 特殊工种名称 | 累计年限`); old state
  //    factories and a mine named after places or slogans (`红旗煤矿`, `东方红机械厂`) as decoys; one applicant named again in a
  //    note with his late colleague's testimony (`原工友X出具证明`, a person); the 养老保险股's contact as a decoy.
  {
    const c = '汶桥县';
    const sexes: ('男' | '女')[] = ['男', '男', '女', '男', '男', '女'];
    const names = sexes.map((s) => person(s, 'old'));
    const units = ['汶桥县红旗煤矿', '国营东方红机械厂', '汶桥县化肥厂', '汶桥县建筑安装公司'];
    const jobs = ['井下采煤工', '电焊工', '化工操作工', '锅炉工', '架子工', '铸造工'];
    const mate = person('男', 'old');
    const contact = person('女');
    add(
      [
        `${c}2025年第三批特殊工种提前退休人员公示`,
        `    下列人员申请按特殊工种提前退休，经单位申报、县人社局初审，材料齐全，现予公示（公示期10个工作日）：`,
        '序号 | 姓名 | 性别 | 出生年月 | 原工作单位 | 特殊工种名称 | 累计年限',
        ...names.map((n, k) => `${k + 1} | ${n} | ${sexes[k]} | ${sexes[k] === '男' ? int(1969, 1970) : int(1974, 1975)}.${pad(int(1, 12), 2)} | ${units[k % units.length]} | ${jobs[k]} | ${int(9, 22)}年`),
        `    备注：${names[1]}在原单位的电焊工档案缺失部分，由原工友${mate}出具证明并经原单位主管部门核实。`,
        `    对公示人员有异议者，请实名向县人社局养老保险股反映，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...names.map(P), P(mate)],
      [units[0], units[1], units[2], contact, '县人社局养老保险股'],
    );
  }

  // 6. 一次性创业补贴 公示 aligned with spaces (`姓名 性别 人员类别 经营实体名称 经营地址 补贴金额`): shops named after their owner's
  //    given name (`X丽娟` beside `丽娟美甲店`) or a surname (`老巢家卤味`) and their premises as decoys; two who run their business
  //    from home (`经营地址为本人住宅`), the homes labelled; the 就业服务中心's contact as a decoy.
  {
    const c = '濑阳县';
    const kinds = ['返乡农民工', '高校毕业生', '就业困难人员', '退役军人', '高校毕业生', '返乡农民工', '脱贫劳动力'];
    const sexes: ('男' | '女')[] = ['女', '男', '男', '男', '男', '女', '男'];
    const ageOf = (k: number): Age => (kinds[k] === '高校毕业生' ? 'young' : 'old');
    // A shop named after its owner's given name takes one of two characters, as such shops do.
    const twoChar = (k: number): string => fresh(() => pick([...COMMON]) + pick((sexes[k] === '男' ? MALE_OLD : FEMALE_OLD).filter((g) => g.length === 2)));
    const owners = kinds.map((_, k) => (k === 0 || k === 3 ? twoChar(k) : person(sexes[k], ageOf(k))));
    const sexOf = (n: string): string => sexes[owners.indexOf(n)];
    const givenOf = (n: string): string => n.slice(familyOf(n).length);
    const firms = [
      `${givenOf(owners[0])}${sexOf(owners[0]) === '女' ? '美甲店' : '汽车修理部'}`,
      `濑阳县${pick(['知行', '青禾', '拾光'])}文化传媒工作室`,
      `老${familyOf(owners[2])}家卤味店`,
      `${givenOf(owners[3])}${sexOf(owners[3]) === '女' ? '母婴用品店' : '农机维修部'}`,
      `濑阳县${pick(['云帆', '远山'])}电子商务有限公司`,
      `濑阳县${pick(['丰茂', '绿源'])}家庭农场`,
      '杏林镇便民小超市',
    ];
    const premises = [
      `${c}人民路${int(10, 300)}号`,
      `${c}滨河路${int(10, 300)}号创业孵化园${int(201, 320)}室`,
      `${c}三汊河镇农贸市场${int(1, 60)}号摊位`,
    ];
    const homes = [rural(c, '白鹤铺镇', '柏树湾村'), rural(c, '杏林镇', '国强村'), rural(c, '杏林镇', '秀英村')];
    const addr = [premises[0], premises[1], premises[2], premises[0].replace(/\d+号$/, `${int(301, 400)}号`), '见备注', '见备注', '见备注'];
    const contact = person('男');
    add(
      [
        `${c}2025年第二季度一次性创业补贴拟发放人员公示`,
        `    经个人申请、乡镇（街道）初审、县就业服务中心复核，以下${owners.length}人符合一次性创业补贴条件，每人补贴${pick(['5000', '6000'])}元，现予公示：`,
        `${col('姓名', 10)}${col('性别', 6)}${col('人员类别', 14)}${col('经营实体名称', 34)}经营地址`,
        ...owners.map((o, k) => `${col(o, 10)}${col(sexOf(o), 6)}${col(kinds[k], 14)}${col(firms[k], 34)}${addr[k]}`),
        `    备注：${owners[4]}、${owners[5]}、${owners[6]}的经营地址为本人住宅，分别为${homes[0]}、${homes[1]}、${homes[2]}。`,
        `    公示期5个工作日，监督电话：${landline(c)}（县就业服务中心创业指导科，联系人${contact}）。`,
      ].join('\n'),
      [...owners.map(P), ...homes.map(A)],
      [firms[0], firms[2], firms[3], firms[5], firms[6], premises[1], premises[2], contact, '县就业服务中心'],
    );
  }

  // 7. A 人社局 局长信箱 letter on 养老保险 缴费年限 with its reply: page fields (`来信人：X**` — the platform's mask, a decoy), `我叫X，
  //    家住…室`, workmates named in prose (`同批进厂的A、B`), `我爱人X`, `我母亲X住在…号`, a mobile; the reply `X女士：您好！`, the
  //    old factory, `张某` (the clerk as printed) and the 养老保险股's address as decoys.
  {
    const c = '沭川县';
    const writer = person('女', 'old');
    const masked = `${familyOf(writer)}**`;
    const home = flat(c, '滨河路');
    const mates = [person('女', 'old'), person('男', 'old')];
    const husband = person('男', 'old');
    const mother = person('女', 'old');
    const motherHome = rural(c, '石板滩镇', '秀英村');
    const phone = mobile();
    const seat = `${c}卫国路${int(2, 99)}号`;
    const month = int(3, 9);
    add(
      [
        '信件标题：企业改制前的工龄能否算缴费年限',
        `来信人：${masked}　　来信时间：2025年${month}月${int(1, 28)}日　　办理状态：已办结　　答复单位：${c}人力资源和社会保障局`,
        `    局长您好！我叫${writer}，家住${home}，1987年招工进入原沭川县纺织厂，2001年企业改制后买断工龄，之后一直以灵活就业身份缴费。今年我办理退休时，社保窗口说我1987年至1992年这五年没有缴费记录。和我同批进厂的${mates[0]}、${mates[1]}去年都已退休，工龄是连续计算的，为什么我的就断了？我爱人${husband}陪我跑了三趟，都没有结果。我母亲${mother}住在${motherHome}，身体不好，等着我退休后回去照顾她。请领导帮忙查一查。联系电话：${phone}。`,
        '答复内容：',
        `    ${writer}女士：您好！您反映的问题已收悉。经查阅原沭川县纺织厂移交的职工档案，您1987年至1992年为合同制职工，档案中的招工审批表、工资花名册齐全，可认定为视同缴费年限。您的档案认定材料已补录完毕，请本人携身份证到县社会保险事业中心重新核定养老金，补发差额。`,
        `    如有疑问，可到县人社局养老保险股（${seat}）咨询，经办人张某。`,
        `    ${c}人力资源和社会保障局`,
        `    2025年${month + 1}月${int(1, 28)}日`,
      ].join('\n'),
      [P(writer), A(home), ...mates.map(P), P(husband), P(mother), A(motherHome), M(phone)],
      [masked, '原沭川县纺织厂', '张某', seat, '县社会保险事业中心'],
    );
  }

  // 8. A traditional-script mirror of a 长期护理保险 失能等级评估 结论 公示 in numbered lines: each insured person with age and home
  //    (`住…號`, one flat), the applying relative (`申請人：其子X`); the 評估員 pair, the 定点护理机构 (`康寧護理院`) and the
  //    經辦人 as decoys.
  {
    const c = '岢岭县';
    const insured = [person('女', 'old'), person('男', 'old'), person('女', 'old'), person('男', 'old'), person('女', 'old'), person('男', 'old')];
    const relation = ['其子', '其女', '其夫', '其孫', '其兒媳', '其妻'];
    const agents = insured.map((n, k) =>
      relation[k] === '其子' || relation[k] === '其孫'
        ? kin(n, '男', relation[k] === '其孫' ? 'young' : 'old')
        : relation[k] === '其女'
          ? kin(n, '女', 'old')
          : person(relation[k] === '其夫' ? '男' : '女', 'old'),
    );
    const homes = [rural(c, '杏林镇'), rural(c, '石板滩镇', '龙井村'), flat(c), rural(c, '三汊河镇', '桃园村'), rural(c, '杏林镇', '柏树湾村'), rural(c, '柳泉乡')];
    const levels = ['重度失能三級', '重度失能二級', '重度失能一級', '重度失能三級', '重度失能二級', '重度失能一級'];
    const assessors = [person('男'), person('女')];
    const clerk = person('女');
    const lines = insured.map((n, k) => `    ${k + 1}．${n}，${k % 2 === 0 ? '女' : '男'}，${int(72, 94)}歲，住${homes[k]}。評估結論：${levels[k]}。申請人：${relation[k]}${agents[k]}。`);
    add(
      trad(
        [
          `${c}長期護理保險2025年第${pick(['三', '四'])}批失能等級評估結論公示`,
          `    經本人或親屬申請，縣醫療保障局委託第三方評估機構組織評估員${assessors[0]}、${assessors[1]}上門評估，以下人員評估結論如下：`,
          ...lines,
          `    上述人員可自行選擇居家護理或入住定點護理機構康寧護理院。對評估結論有異議的，可在公示之日起5個工作日內申請複評。經辦人：${clerk}，電話：${landline(c)}。`,
        ].join('\n'),
      ),
      [...insured.map((n) => P(trad(n))), ...agents.map((n) => P(trad(n))), ...homes.map((h) => A(trad(h)))],
      [trad(assessors[0]), trad(assessors[1]), trad(clerk), '康寧護理院'],
    );
  }

  // 9. A 欠薪 讨回 news item naming its people only in running prose, with no role label before any of them (`…终于拿到了…`,
  //    `A、B和C三人`, `说起这笔钱，X…`), their homes in prose (`他家在…`, `…组的老房子`); the 劳动保障监察大队 大队长, the company,
  //    the project named after a village, `包工头老王` and the byline as decoys.
  {
    const c = '濑阳县';
    const lead = person('男', 'old');
    const leadHome = rural(c, '白鹤铺镇', '淡家岗村');
    const others = [person('男', 'old'), person('男'), person('女', 'old')];
    const son = kin(lead, '男', 'young');
    const otherHome = rural(c, '柳泉乡', '国强村');
    const thirdHome = rural(c, '三汊河镇', '巢家湾村');
    const chief = person('男');
    const reporter = person('女');
    add(
      [
        '十一名农民工拿回被欠工钱',
        `    “钱到账了，过年心里踏实了。”${date()}，${lead}看着手机上的到账短信，长长地舒了一口气。他家在${leadHome}，去年春天跟着包工头老王到邻县的国强村安置房项目做木工，干了八个月，工钱一直拖着没结。`,
        `    ${others[0]}、${others[1]}和${others[2]}三人与他同在一个班组，十一人共被拖欠工资${int(18, 36)}万元。说起这笔钱，${others[2]}红了眼眶：儿子在外地读大学，学费全指望它。${others[0]}住在${otherHome}，一家五口靠他一个人在工地挣钱；${others[1]}的家在${thirdHome}，翻修房子欠下的账还没还清。`,
        `    今年1月，${lead}拨打了12345热线。县劳动保障监察大队大队长${chief}带队调取考勤表和转账记录，约谈了承建该项目的濑阳县恒达建设工程有限公司，责令其限期支付。不到半个月，工资全额发放到每个人的银行卡上。`,
        `    ${son}是${lead}的大儿子，今年也跟着父亲在工地上干活。他说，以后签用工合同、记考勤，一样都不能少。`,
        `    （濑阳融媒记者 ${reporter}）`,
      ].join('\n'),
      [P(lead), A(leadHome), ...others.map(P), A(otherHome), A(thirdHome), P(son)],
      [chief, reporter, '包工头老王', '国强村安置房项目', '濑阳县恒达建设工程有限公司'],
    );
  }

  // 10. 劳动模范 推荐人选 公示 (bios at line start `X，男，汉族，…年…月出生，中共党员，…，…班长。`, a Hui worker, a woman farmer), then
  //     a sentence of deeds for some; companies, the hospital, `黄道婆`, `大国工匠`, the 县总工会, its seat on 卫国路 and its
  //     contact as decoys.
  {
    const c = '沭川县';
    const cands = [person('男', 'old'), person('女', 'old'), person('男', 'old'), person('男'), person('女', 'old'), person('男', 'old')];
    const bios = [
      `${cands[0]}，男，汉族，${int(1972, 1980)}年${int(1, 12)}月出生，中共党员，大专学历，沭川县国强机械制造有限公司数控车间班长。从事数控加工二十余年，带出技术骨干${int(10, 30)}名，被誉为车间里的“大国工匠”。`,
      `${cands[1]}，女，汉族，${int(1970, 1982)}年${int(1, 12)}月出生，群众，初中文化，石板滩镇巢家湾村种粮大户。流转土地${int(300, 900)}亩，带动周边${int(20, 60)}户农户增收。`,
      `${cands[2]}，男，回族，${int(1968, 1978)}年${int(1, 12)}月出生，中共党员，高中学历，沭川县公交公司驾驶员，安全行车${int(80, 120)}万公里。`,
      `${cands[3]}，男，汉族，${int(1988, 1995)}年${int(1, 12)}月出生，中共党员，本科学历，沭川县人民医院急诊科护士长。`,
      `${cands[4]}，女，汉族，${int(1969, 1979)}年${int(1, 12)}月出生，中共党员，中专学历，沭川丽华服饰有限公司缝纫车间主任。改良传统土布工艺，同事们称她是“当代黄道婆”。`,
      `${cands[5]}，男，汉族，${int(1966, 1976)}年${int(1, 12)}月出生，中共党员，大专学历，沭川县自来水公司管网抢修班班长。`,
    ];
    const contact = person('男');
    const seat = `${c}卫国路${int(100, 199)}号`;
    add(
      [
        `${c}2025年县级劳动模范推荐人选公示`,
        `    根据县委、县政府关于评选表彰劳动模范的部署，经基层推荐、逐级审核、县评选表彰工作领导小组审议，拟推荐以下${cands.length}名同志为县级劳动模范人选，现予公示：`,
        ...bios.map((b) => `    ${b}`),
        `    公示时间为5个工作日。如有异议，请以书面形式向县总工会反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      cands.map(P),
      ['沭川县国强机械制造有限公司', '大国工匠', '沭川县人民医院', '黄道婆', '县总工会', contact, seat],
    );
  }
}
