/**
 * Builds test/gate/corpus/pii.jsonl, the labelled corpus behind corpus.test.ts.
 *
 *   node --import tsx test/gate/corpus/buildCorpus.ts > test/gate/corpus/pii.jsonl
 *
 * Independence matters more than elegance here: nothing is imported from review/. Check digits (ID
 * MOD 11-2, Luhn, credit-code MOD 31) are computed by the small functions below, and every label is
 * the value this script inserted, never something a detector reported. The output is deterministic
 * (seeded PRNG) and committed, so the tests do not depend on this script at run time.
 *
 * Line format: {"id", "source", "text", "pii": [{"type", "value"}], "decoys": [string]}
 * A label means *every* occurrence of `value` in `text` is personal data of that type; a decoy is a
 * piece of public information (or a near miss) that must not be reported as anything.
 */

import { idCheck, seededRandom, type LabelledRecord, type LabelType } from './generate.js';

type T = LabelType;
type Record = LabelledRecord;

const { pick, int, digits, pad } = seededRandom(20240611);

// ---- independent check-digit arithmetic (ID check: ./generate.ts) ------------------------------
function luhnCheck(body: string): string {
  // digit that makes body+digit Luhn-valid
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return String((10 - (s % 10)) % 10);
}
function luhnOk(n: string): boolean {
  return luhnCheck(n.slice(0, -1)) === n[n.length - 1];
}
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccCheck(first17: string): string {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC.indexOf(first17[i]) * w[i];
  return USCC[(31 - (s % 31)) % 31];
}

// ---- generators ---------------------------------------------------------------------------------
const REGIONS = ['150802', '150821', '150822', '150823', '150824', '150825', '150826', '150102', '150203', '110105', '130102', '320106', '440305', '510107', '620102', '370202', '410105', '152502', '150402'];
function birth(): string {
  const y = int(1935, 2012);
  const m = int(1, 12);
  const d = int(1, m === 2 ? 28 : 30);
  return `${y}${pad(m, 2)}${pad(d, 2)}`;
}
function idCard(opts: { lowerX?: boolean; forceX?: boolean } = {}): string {
  for (;;) {
    const body = pick(REGIONS) + birth() + digits(3);
    const c = idCheck(body);
    if (opts.forceX && c !== 'X') continue;
    return body + (c === 'X' && opts.lowerX ? 'x' : c);
  }
}
function idCardWrongCheck(): string {
  const body = pick(REGIONS) + birth() + digits(3);
  const good = idCheck(body);
  const bad = '0123456789X'.split('').filter((c) => c !== good && c !== 'X');
  return body + pick(bad);
}
function idCard15(): string {
  const y = int(30, 85);
  const m = int(1, 12);
  const d = int(1, 28);
  return pick(REGIONS) + pad(y, 2) + pad(m, 2) + pad(d, 2) + digits(3);
}
function bankCard(len = pick([16, 19, 19, 16, 17, 18])): string {
  for (;;) {
    const prefix = pick(['622202', '621700', '622848', '621226', '623052', '622908', '625965', '436742', '955880', '621661']);
    const body = prefix + digits(len - prefix.length - 1);
    const card = body + luhnCheck(body);
    // keep the label set unambiguous: an 18-digit card that also happened to read as an ID is discarded
    if (card.length === 18 && /^(1[1-5]|[2-6][0-9])/.test(card) && idCheck(card.slice(0, 17)) === card[17]) continue;
    return card;
  }
}
function nonLuhn(len: number): string {
  for (;;) {
    const n = pick(['6', '4', '5', '9']) + digits(len - 1);
    if (!luhnOk(n)) return n;
  }
}
function grouped4(n: string, sep = ' '): string {
  return n.match(/.{1,4}/g)!.join(sep);
}
function mobile(): string {
  return pick(['13', '15', '18', '17', '19', '14', '16']) + String(int(0, 9)) + digits(8);
}
function uscc(): string {
  for (;;) {
    const head = pick(['91', '92', '12', '11', '52', '93']) + pick(['150802', '150821', '150102', '150825']);
    let org = '';
    for (let i = 0; i < 9; i++) org += pick(USCC.split('').filter((c) => c !== 'Y' || i > 0));
    const first17 = head + org;
    const c = usccCheck(first17);
    return first17 + c;
  }
}
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕', '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任', '姜', '范', '方', '石', '姚', '谭', '廖', '邹', '熊', '金', '陆', '郝', '孔', '白', '崔', '康', '毛', '邱', '秦', '江', '史', '顾', '侯', '邵', '孟', '龙', '万', '段', '雷', '钱', '汤', '尹', '黎', '易', '常', '武', '乔', '贺', '赖', '龚', '文', '包', '乌', '云', '那', '奇'];
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '慕容', '皇甫', '令狐', '东方'];
const RARE = ['仉', '逄', '厍', '郗'];
const GIVEN2 = ['建国', '秀英', '志强', '丽娟', '海燕', '俊杰', '晓东', '春花', '玉兰', '文博', '子涵', '浩然', '桂芳', '红梅', '桂英', '淑珍', '凤英', '利民', '振华', '国庆', '德胜', '永刚', '雅琴', '金花', '宝山', '润生', '美玲', '晓燕', '学军', '志刚', '翠兰', '瑞霞', '天宇', '思远', '欣怡', '建军', '卫东', '二虎', '小平', '占军'];
const GIVEN1 = ['明', '伟', '芳', '娜', '静', '磊', '洋', '勇', '军', '杰', '涛', '斌', '超', '霞', '平', '刚', '鹏', '辉', '敏', '燕', '亮', '强', '波', '琳', '瑜'];
const MONGOL = ['巴特尔', '其木格', '乌云其木格', '格日勒图', '那日苏', '斯琴高娃', '萨仁图雅', '宝音', '额尔敦', '孟和巴雅尔', '苏和', '朝鲁门', '吉日嘎拉', '阿拉坦仓', '毕力格', '哈斯', '乌兰', '图雅', '达来', '布和'];
function hanName(kind: 'any' | 'two' | 'three' | 'compound' | 'rare' | 'mongol' = 'any'): string {
  const k = kind === 'any' ? pick(['two', 'three', 'three', 'three', 'compound', 'mongol'] as const) : kind;
  switch (k) {
    case 'two':
      return pick(SURNAMES) + pick(GIVEN1);
    case 'three':
      return pick(SURNAMES) + pick(GIVEN2);
    case 'compound':
      return pick(COMPOUND) + pick([...GIVEN1, ...GIVEN2]);
    case 'rare':
      return pick(RARE) + pick(GIVEN2);
    case 'mongol':
      return pick(MONGOL);
  }
}
const usedNames = new Set<string>();
function name(kind: Parameters<typeof hanName>[0] = 'any'): string {
  // distinct names per corpus, so "every occurrence" labels never collide across people
  for (;;) {
    const n = hanName(kind);
    if (!usedNames.has(n) || kind === 'mongol') {
      usedNames.add(n);
      return n;
    }
  }
}
const COUNTY = ['内蒙古自治区巴彦淖尔市临河区', '巴彦淖尔市临河区', '临河区', '巴彦淖尔市五原县', '五原县', '磴口县', '乌拉特前旗', '乌拉特中旗', '杭锦后旗', '巴彦淖尔市杭锦后旗', '呼和浩特市新城区', '包头市昆都仑区'];
const STREET = ['新华街', '胜利路', '解放街', '团结路', '建设路', '民生街', '金川大道', '光明街', '朔方路', '五一街'];
const TOWN = ['狼山镇', '隆兴昌镇', '陕坝镇', '海流图镇', '乌拉山镇', '干召庙镇', '双河镇', '新华镇'];
const VILLAGE = ['联合村', '民主村', '永丰村', '红星村', '光明嘎查', '巴音宝力格嘎查', '丰收村'];
function address(): string {
  switch (int(0, 4)) {
    case 0:
      return `${pick(COUNTY)}${pick(STREET)}${int(1, 300)}号`;
    case 1:
      return `${pick(COUNTY)}${pick(STREET)}${int(1, 99)}号院${int(1, 20)}号楼${int(1, 6)}单元${int(1, 30)}0${int(1, 4)}室`;
    case 2:
      return `${pick(COUNTY)}${pick(TOWN)}${pick(VILLAGE)}${pick(['一', '二', '三', '五', '七'])}组${int(1, 90)}号`;
    case 3:
      return `${pick(COUNTY)}${pick(['康居', '金地', '富源', '滨河', '阳光'])}小区${int(1, 30)}栋${int(1, 25)}0${int(1, 4)}室`;
    default:
      return `${pick(COUNTY)}${pick(TOWN)}${pick(VILLAGE)}${int(1, 200)}号`;
  }
}
function email(): string {
  const local = pick([`${pick(['zhang', 'li', 'wang', 'liu', 'bateer', 'wuyun', 'chen'])}${pick(['', '.', '_'])}${pick(['wei', 'jg', 'xy', 'ming', 'san', '1988', '2020'])}`, digits(int(6, 10)).replace(/^0/, '1')]);
  return `${local}@${pick(['163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com', 'hotmail.com', 'outlook.com', 'yeah.net', 'gmail.com'])}`;
}
const LETTERS_NO_IO = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function passport(): string {
  return pick([() => `E${digits(8)}`, () => `E${pick(LETTERS_NO_IO.split(''))}${digits(7)}`, () => `G${digits(8)}`])();
}
const PROV = ['蒙', '蒙', '蒙', '京', '冀', '晋', '宁', '陕', '甘', '辽', '黑', '鲁'];
function plate(): string {
  const p = pick(PROV) + pick('ABCDEFGHJKLM'.split(''));
  switch (int(0, 3)) {
    case 0:
      return p + digits(5);
    case 1:
      return p + pick(LETTERS_NO_IO.split('')) + digits(4);
    case 2:
      return p + pick(['D', 'F']) + digits(5);
    default:
      return p + digits(2) + pick(LETTERS_NO_IO.split('')) + digits(2);
  }
}
function landline(): string {
  return pick([() => `0478-${int(2, 8)}${digits(6)}`, () => `0471-${int(2, 6)}${digits(6)}`, () => `(0478)${int(2, 8)}${digits(6)}`, () => `0478${int(2, 8)}${digits(6)}`, () => `${int(2, 8)}${digits(6)}`, () => `010-${int(6, 8)}${digits(7)}`])();
}
function mobileFormatted(m: string): string {
  return pick([m, m, `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `+86 ${m}`, `+86-${m}`, `0086${m}`, `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`]);
}
const year = (): number => int(2016, 2024);
const date = (): string => `${year()}年${int(1, 12)}月${int(1, 28)}日`;
const docNo = (): string => `${pick(['巴政办字', '临政发', '巴市监处罚', '五政公开', '巴公交罚字', '临信访复'])}〔${year()}〕${int(1, 199)}号`;
const officePhone = (): string => `0478-${pick(['8', '7', '6'])}${digits(6)}`;

// ---- templates ----------------------------------------------------------------------------------
const records: Record[] = [];
function add(source: string, text: string, pii: Record['pii'], decoys: string[]): void {
  records.push({ id: `${source}-${records.length + 1}`, source, text, pii, decoys });
}

// 政府信息公开申请答复书 (依申请公开)
for (let i = 0; i < 16; i++) {
  const n = name(i % 5 === 4 ? 'mongol' : 'any');
  const id = idCard({ lowerX: i % 6 === 0, forceX: i % 6 === 0 });
  const addr = address();
  const m = mobile();
  const mf = mobileFormatted(m);
  const e = email();
  const doc = docNo();
  const phone = officePhone();
  const full = i % 3 === 0;
  const head = full
    ? `申请人：${n}\n公民身份号码：${id}\n通讯地址：${addr}\n联系电话：${mf}\n电子邮箱：${e}\n`
    : `${n}：\n`;
  const text =
    `政府信息公开申请答复书\n${doc}\n${head}` +
    `    本机关于${date()}收到您（${n}）通过${pick(['信函', '网络平台', '当面'])}方式提交的政府信息公开申请，申请获取“${pick(['2018年度城乡低保资金发放明细', '临河区新华街棚户区改造项目征收补偿方案', '本单位2020年部门预算', '乌拉特前旗某工程环评批复'])}”。` +
    `经审查，根据《中华人民共和国政府信息公开条例》第三十六条第${pick(['一', '二', '三'])}项的规定，现答复如下：该信息属于主动公开范围，已在巴彦淖尔市人民政府门户网站公开。\n` +
    `    如对本答复不服，可以自收到本答复书之日起六十日内向巴彦淖尔市人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。\n` +
    `    咨询电话：${phone}；政府信息公开工作机构邮箱：xxgk@bynr.gov.cn；邮政编码：015000。\n${date()}`;
  const pii: Record['pii'] = [{ type: 'person_name', value: n }];
  if (full) pii.push({ type: 'id_card', value: id }, { type: 'address', value: addr }, { type: 'mobile', value: mf }, { type: 'email', value: e });
  add('ysqgk', text, pii, [doc, phone, 'xxgk@bynr.gov.cn', '015000']);
}

// 行政处罚决定书, natural person
for (let i = 0; i < 16; i++) {
  const n = name(i % 7 === 3 ? 'compound' : i % 7 === 5 ? 'mongol' : 'any');
  const id = i % 8 === 7 ? idCard15() : idCard({ lowerX: i % 5 === 0, forceX: i % 5 === 0 });
  const addr = address();
  const m = mobile();
  const p = plate();
  const doc = docNo();
  const fine = `${int(2, 50) * 100}元`;
  const style = i % 2;
  const who = style === 0
    ? `当事人：${n}，性别：${pick(['男', '女'])}，民族：${pick(['汉族', '蒙古族', '回族'])}，公民身份号码：${id}，住址：${addr}，联系电话：${m}。`
    : `当事人${n}，${pick(['男', '女'])}，${int(1950, 2000)}年${int(1, 12)}月出生，身份证号${id}，住${addr}。`;
  const text =
    `行政处罚决定书\n${doc}\n${who}\n` +
    `    ${date()}，执法人员在${pick(['临河区', '五原县', '磴口县'])}${pick(['110国道', '京藏高速G6', '朔方路'])}检查时发现，当事人驾驶${p}号${pick(['小型普通客车', '重型半挂牵引车', '轻型货车'])}${pick(['超限运输', '未按规定悬挂号牌', '超速行驶'])}。` +
    `上述事实有现场笔录、询问笔录等证据证实。依据《中华人民共和国道路交通安全法》第${int(40, 99)}条的规定，决定给予罚款人民币${fine}的行政处罚。\n` +
    `    当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚款。当事人如不服本处罚决定，可在六十日内申请行政复议。\n` +
    `    监督电话：12345，${officePhone()}（办公室）。`;
  add('xzcf', text, [{ type: 'person_name', value: n }, { type: 'id_card', value: id }, { type: 'address', value: addr }, ...(style === 0 ? [{ type: 'mobile' as const, value: m }] : []), { type: 'plate', value: p }], [doc, fine, '12345', '110国道', '京藏高速G6']);
}

// 行政处罚决定书, organisation (credit code decoys; legal representative)
for (let i = 0; i < 10; i++) {
  const code = uscc();
  const rep = name();
  const id = idCard();
  const doc = docNo();
  const reg = `150802${pick(['6', '0'])}${digits(8)}`;
  const text =
    `行政处罚决定书\n${doc}\n当事人：巴彦淖尔市${pick(['恒达', '金穗', '河套', '富民', '绿野'])}${pick(['商贸有限公司', '农业科技有限公司', '建材厂', '餐饮服务有限公司'])}\n` +
    `统一社会信用代码：${code}\n原注册号：${reg}\n住所：巴彦淖尔市临河区${pick(STREET)}${int(1, 200)}号\n法定代表人：${rep}，身份证号码：${id}\n` +
    `    经查，当事人于${date()}至${date()}期间销售不合格产品，货值金额${int(1000, 99999)}元，违法所得${int(100, 9999)}.${int(10, 99)}元。依据《中华人民共和国产品质量法》第四十九条，决定没收违法所得并处罚款${int(1, 20)}万元。\n` +
    `    如不服本决定，可于收到本决定书之日起六十日内向巴彦淖尔市人民政府申请行政复议。联系电话：${officePhone()}`;
  add('xzcf-org', text, [{ type: 'person_name', value: rep }, { type: 'id_card', value: id }], [code, reg, doc]);
}

// 信访 / 市长信箱留言答复
for (let i = 0; i < 14; i++) {
  const n = name(i % 6 === 2 ? 'two' : 'any');
  const m = mobile();
  const mf = mobileFormatted(m);
  const addr = address();
  const e = email();
  const variant = i % 3;
  let text: string;
  let pii: Record['pii'];
  if (variant === 0) {
    text = `留言人：${n}\n联系方式：${mf}\n留言时间：${date()}\n留言内容：我家住${addr}，小区供暖温度长期不达标，多次反映未解决。\n答复单位：临河区住房和城乡建设局\n答复内容：${n}您好！您反映的问题已转热力公司处理，经入户测温，室温已达18℃以上。如有疑问请拨打供热服务热线0478-${digits(7)}或12345政务服务便民热线。`;
    pii = [{ type: 'person_name', value: n }, { type: 'mobile', value: mf }, { type: 'address', value: addr }];
  } else if (variant === 1) {
    text = `信访事项处理意见书\n${docNo()}\n信访人：${n}，现住址：${addr}，电子邮箱：${e}。\n    你于${date()}来信反映${pick(['拖欠工资', '土地承包纠纷', '噪音扰民', '医疗费用报销'])}问题。经调查核实，现提出如下处理意见：……\n    如对本处理意见不服，可自收到本意见书之日起30日内向上一级行政机关请求复查。监督电话：0478-12345。`;
    pii = [{ type: 'person_name', value: n }, { type: 'address', value: addr }, { type: 'email', value: e }];
  } else {
    const lm = landline();
    text = `${n}：\n    您在“市长信箱”的来信收悉。您反映的${pick(['占道经营', '违章建筑', '学校周边交通'])}问题，经我局调查，情况如下：……\n    感谢您对我们工作的关心和支持！\n（举报人${n}，家庭电话：${lm}，手机：${mf}）`;
    pii = [{ type: 'person_name', value: n }, { type: 'landline', value: lm }, { type: 'mobile', value: mf }];
  }
  add('xfdf', text, pii, ['12345', '0478-12345']);
}

// 公示: 补贴/救助发放 (tabular lines)
for (let i = 0; i < 10; i++) {
  const rows: string[] = [];
  const pii: Record['pii'] = [];
  for (let r = 0; r < 3; r++) {
    const n = name(r === 2 && i % 2 === 0 ? 'mongol' : 'three');
    const card = bankCard();
    const cardShown = r === 1 ? grouped4(card) : card;
    const addr = address();
    rows.push(`户主：${n}  家庭住址：${addr}  银行卡号：${cardShown}  补贴金额：${int(500, 5000)}.00元`);
    pii.push({ type: 'person_name', value: n }, { type: 'address', value: addr }, { type: 'bank_card', value: cardShown });
  }
  const text = `关于${year()}年度${pick(['耕地地力保护补贴', '城乡低保', '临时救助', '草原生态保护补奖'])}发放情况的公示\n${rows.join('\n')}\n公示期：${date()}至${date()}。如有异议，请于公示期内向${pick(['临河区民政局', '五原县农牧局'])}反映。监督电话：${officePhone()}；举报电话：12345；服务热线：400-${digits(3)}-${digits(4)}。`;
  add('gs', text, pii, ['12345', '400-']);
}

// 出入境 / 护照 and plates in notices
for (let i = 0; i < 18; i++) {
  const n = name();
  const pp = passport();
  const p = plate();
  const m = mobile();
  const text = i % 2 === 0
    ? `关于注销因私出入境证件的公告\n    根据《中华人民共和国护照法》相关规定，申请人${n}持有的普通护照（证件号码：${pp}）因${pick(['遗失', '被盗', '损毁'])}已申报作废，现予公告。联系电话：${m}。\n巴彦淖尔市公安局出入境管理支队\n${date()}`
    : `关于依法处置长期停放车辆的公告\n    ${pick(['临河区', '五原县'])}${pick(STREET)}路段长期停放车辆（号牌号码：${p}），车主${n}，护照号${pp}，请于公告之日起十五日内到交警大队接受处理，咨询电话：${officePhone()}。逾期未处理的，将依法拖移。`;
  const pii: Record['pii'] = [{ type: 'person_name', value: n }, { type: 'passport', value: pp }];
  if (i % 2 === 0) pii.push({ type: 'mobile', value: m });
  else pii.push({ type: 'plate', value: p });
  add('notice', text, pii, []);
}

// Tax / refund notices with bank cards and emails
for (let i = 0; i < 10; i++) {
  const n = name();
  const card = bankCard();
  const shown = i % 3 === 0 ? grouped4(card) : i % 3 === 1 ? grouped4(card, '-') : card;
  const e = email();
  const id = idCard();
  const text = `退付款项公告\n    纳税人${n}（身份证号：${id}）多缴税款${int(100, 9000)}.${int(10, 99)}元，因原账户注销无法退付，请当事人${n}持新开立的银行账户（原账号${shown}）及身份证件到办税服务厅办理。\n    纳税人预留电子邮箱：${e}，办税服务咨询电话：12366，传真：0478-${digits(7)}。`;
  add('tax', text, [{ type: 'person_name', value: n }, { type: 'bank_card', value: shown }, { type: 'email', value: e }, { type: 'id_card', value: id }], ['12366']);
}

// 医疗/卫生: patient contexts, landlines, plates
for (let i = 0; i < 10; i++) {
  const n = name(i % 4 === 1 ? 'two' : 'any');
  const lm = landline();
  const addr = address();
  const p = plate();
  const text = `关于医疗纠纷投诉处理情况的通报\n    投诉人：${n}，住宅电话：${lm}，户籍地址：${addr}。\n    投诉人反映其${pick(['父亲', '母亲', '本人'])}在${pick(['市医院', '旗人民医院'])}就诊期间的诊疗问题。患者${n}于${date()}入院。经调查，……。${i % 2 ? `投诉人车辆${p}停放于院区。` : ''}\n    卫生健康委员会投诉电话：0478-${digits(7)}，监督电话：12320。`;
  const pii: Record['pii'] = [{ type: 'person_name', value: n }, { type: 'landline', value: lm }, { type: 'address', value: addr }];
  if (i % 2) pii.push({ type: 'plate', value: p });
  add('health', text, pii, ['12320']);
}

// 低保/救助 审批表 lines with home phones
for (let i = 0; i < 10; i++) {
  const n = name();
  const lm = landline();
  const m = mobile();
  const label = pick(['家庭电话', '住宅电话', '宅电', '个人电话', '家庭座机']);
  const text = `${year()}年城乡最低生活保障审批表（摘录）\n申请人姓名：${n}  ${label}：${lm}  手机号码：${m}\n家庭人口：${int(1, 6)}人  月人均收入：${int(200, 900)}元  审批机关咨询电话：${officePhone()}`;
  add('dibao', text, [{ type: 'person_name', value: n }, { type: 'landline', value: lm }, { type: 'mobile', value: m }], []);
}

// Pure decoy records: public information and near misses, no pii at all
const decoyRecords: [string, string[]][] = [];
for (let i = 0; i < 14; i++) {
  const wrongId = idCardWrongCheck();
  const nl16 = nonLuhn(16);
  const nl19 = nonLuhn(19);
  const code = uscc();
  const doc = docNo();
  const reg15 = `${pick(['150802', '150821'])}${pick(['6', '0'])}${digits(8)}`;
  const fee = `${int(1, 9)},${digits(3)},${digits(3)}.${digits(2)}元`;
  const d8 = `${year()}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const phone = officePhone();
  const hot = `400-${int(100, 999)}-${digits(4)}`;
  const t = [
    `关于印发《巴彦淖尔市政府信息公开工作考核办法》的通知\n${doc}\n各旗县区人民政府，市直各部门：\n    现将《巴彦淖尔市政府信息公开工作考核办法》印发给你们，请认真贯彻执行。\n    咨询电话：${phone}，政务服务便民热线：12345，客服热线${hot}，邮箱：zwgk@bynr.gov.cn。邮政编码：015000。`,
    `${pick(['巴彦淖尔市', '临河区'])}${pick(['财政局', '市场监督管理局'])}${year()}年部门预算公开说明\n    ${year()}年收入预算${fee}，比上年增长${int(1, 20)}.${int(1, 9)}%。统一社会信用代码：${code}。文号${doc}，批次号${d8}，凭证流水号${nl16}，合同编号${nl19}。`,
    `关于${pick(['内蒙古恒通', '巴彦淖尔市宏源'])}有限公司的行政许可信息公示\n    许可证号：${reg15}；统一社会信用代码：${code}；有效期自${date()}至${date()}。\n    法定代表人姓名已依法公示于国家企业信用信息公示系统。办公地址：临河区${pick(STREET)}${int(1, 99)}号，办公电话：${phone}。`,
    `关于身份证号码录入错误的说明\n    经核查，系统中登记的号码${wrongId}校验位错误，已退回原单位更正。参照标准GB 11643-1999和GB/T 37964-2019执行。第${int(2, 9)}批次共${int(100, 999)}户。`,
    `申请人对本机关作出的答复不服的，可以依法申请行政复议。当事人应当在收到本决定书之日起十五日内履行。申请人向本机关提出的申请已于${date()}受理，申请人王某、当事人张××的信息已按规定隐去。投诉人：匿名。联系人：王科长，经办人：李明，联系电话：${phone}。`,
  ][i % 5];
  decoyRecords.push([t, [wrongId, nl16, nl19, code, doc, reg15, fee, d8, phone, hot].filter((x) => t.includes(x))]);
}
for (const [t, d] of decoyRecords) add('decoy', t, [], d);

// Adversarial near misses in personal contexts: wrong checks, too short, masked
for (let i = 0; i < 8; i++) {
  const n = name('three');
  const m = mobile();
  const text = `申请人：${n}\n身份证号码：${idCardWrongCheck()}（校验位有误，已退回补正）\n银行卡号：${nonLuhn(16)}（卡号无效）\n联系电话：${m.slice(0, 10)}（号码缺位）\n车牌：蒙A${digits(4)}（号牌不完整）\n护照：E${digits(7)}（位数不符）`;
  add('nearmiss', text, [{ type: 'person_name', value: n }], []);
}

// Harder phrasings: rare surname, no role (expected misses are part of an honest corpus)
{
  const rare = name('rare');
  const m = mobile();
  add('hard', `申请人：${rare}，联系电话：${m}。`, [{ type: 'person_name', value: rare }, { type: 'mobile', value: m }], []);
  const bare = name('three');
  add('hard', `经查，${bare}于${date()}在临河区${pick(STREET)}违规搭建彩钢房。`, [{ type: 'person_name', value: bare }], []);
  const a = address();
  add('hard', `送达地址：${a}（邮政编码015000）`, [{ type: 'address', value: a }], ['015000']);
  const n2 = name('three');
  const e = email();
  add('hard', `举报人${n2}（邮箱：${e.toUpperCase()}）称，……`, [{ type: 'person_name', value: n2 }, { type: 'email', value: e.toUpperCase() }], []);
  const m3 = mobile();
  add('hard', `联系我：${m3.slice(0, 3)}－${m3.slice(3, 7)}－${m3.slice(7)}（微信同号）`, [{ type: 'mobile', value: `${m3.slice(0, 3)}－${m3.slice(3, 7)}－${m3.slice(7)}` }], []);
  const fullwidth = m3.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  add('hard', `手机：${fullwidth}`, [{ type: 'mobile', value: fullwidth }], []);
}

// Hand-written sentences in the phrasing of real documents, labelled by hand (IDs and cards come from
// the generators above so their check digits are right). Some are expected to be missed or to be
// false positives; they stay, so the figures are not only a measure of the templates above.
{
  const H = (text: string, pii: Record['pii'], decoys: string[] = []): void => add('hand', text, pii, decoys);
  const id1 = idCard({ forceX: true });
  const card1 = grouped4(bankCard(19));
  const pp1 = `EA${digits(7)}`;
  H('来信人张红霞（电话：15847812345）反映其家住临河区曙光乡友谊村四社，自家耕地被占用。', [
    { type: 'person_name', value: '张红霞' }, { type: 'mobile', value: '15847812345' }, { type: 'address', value: '临河区曙光乡友谊村四社' }]);
  H('经办人：刘宏伟    审核人：高志远    联系电话：0478-8213456', [], ['刘宏伟', '高志远', '0478-8213456']);
  H('户主姓名：巴图孟和，家庭人口4人，户籍所在地：乌拉特后旗潮格温都尔镇巴音查干嘎查。', [
    { type: 'person_name', value: '巴图孟和' }, { type: 'address', value: '乌拉特后旗潮格温都尔镇巴音查干嘎查' }]);
  H('申请人李某某、王某的身份信息已依法隐去。被申请人：巴彦淖尔市临河区人民政府。', [], ['李某某', '王某', '巴彦淖尔市临河区人民政府']);
  H('原告刘桂兰诉被告巴彦淖尔市自然资源局土地行政登记一案，本院已审理终结。', [{ type: 'person_name', value: '刘桂兰' }], ['巴彦淖尔市自然资源局']);
  H('经营者：赵德胜（个体工商户），经营地址：临河区新华西街35号。', [{ type: 'person_name', value: '赵德胜' }], ['临河区新华西街35号']);
  H('法定代表人：韩冰，联系电话：0478-8123456。', [{ type: 'person_name', value: '韩冰' }], ['0478-8123456']);
  H('请王建华同志于3日内到我局人事科领取调令。', [{ type: 'person_name', value: '王建华' }]);
  H('联系人：孙晓梅 13904781234', [{ type: 'person_name', value: '孙晓梅' }, { type: 'mobile', value: '13904781234' }]);
  H('如需邮寄，请注明收件人邮箱：wangfang1985@163.com。', [{ type: 'email', value: 'wangfang1985@163.com' }]);
  H('驾驶员白永强驾驶蒙L·A5678号重型货车超载运输。', [{ type: 'person_name', value: '白永强' }, { type: 'plate', value: '蒙L·A5678' }]);
  H(`持证人：贺俊峰，身份证号：${id1}，有效期至2030年。`, [{ type: 'person_name', value: '贺俊峰' }, { type: 'id_card', value: id1 }]);
  H(`补贴资金已打入户主本人一卡通账户（卡号：${card1}）。`, [{ type: 'bank_card', value: card1 }]);
  H(`因私护照号码：${pp1}，签发地：内蒙古。`, [{ type: 'passport', value: pp1 }]);
  H('举报人匿名，联系电话13604781234，反映某砖厂夜间施工扰民。', [{ type: 'mobile', value: '13604781234' }], ['匿名']);
  H('患者张某，男，45岁，因急性阑尾炎入院。', [], ['张某']);
  H('申请人现居住于乌拉特前旗乌拉山镇北街3号，系该镇居民。', [{ type: 'address', value: '乌拉特前旗乌拉山镇北街3号' }]);
  H('户籍地：五原县隆兴昌镇；现工作单位：五原县农牧局。', [{ type: 'address', value: '五原县隆兴昌镇' }], ['五原县农牧局']);
  H('送达地址同户籍地址。', []);
  H('投诉人称其在临河区某小区购房后发现房屋漏水。', [], ['临河区某小区']);
  H('市民可拨打12345热线或0478-12345反映问题，也可登录政府网站留言。', [], ['12345', '0478-12345']);
  H('联系电话：0478-8521234（办公室）；传真：0478-8521235。', [], ['0478-8521234', '0478-8521235']);
  H('请将申请表发送至 zfxxgk@bynr.gov.cn 或 bynr_xxgk@163.com，并注明“信息公开申请”。', [], ['zfxxgk@bynr.gov.cn', 'bynr_xxgk@163.com']);
  H('该号码150802198807070000不是有效的身份证号码。', [], ['150802198807070000']);
  H('项目预算金额：1,234,567.89元，其中财政拨款12345678元，资金来源编号20230101。', [], ['1,234,567.89', '12345678', '20230101']);
  H('批准文号：国药准字H20053386；航班号：CA1234；经G7京新高速转G6京藏高速。', [], ['H20053386', 'CA1234', 'G7', 'G6']);
  H('申请人：内蒙古河套酒业集团股份有限公司，统一社会信用代码：91150800701424816M。', [], ['内蒙古河套酒业集团股份有限公司', '91150800701424816M']);
  H('当事人：临河区金穗农资经销部（经营者：孙建国），地址：临河区狼山镇。', [{ type: 'person_name', value: '孙建国' }], ['临河区金穗农资经销部']);
  H('尊敬的张丽华女士：\n    您反映的问题已收悉。', [{ type: 'person_name', value: '张丽华' }]);
  H('李先生：\n    您好！您的来信已转相关部门办理。', [], ['李先生']);
  H('各位网友：\n    根据工作安排，本网站将于今晚暂停服务。', [], ['各位网友']);
  H('受害人苏日娜（女，32岁）已出院，被告人已被依法羁押。', [{ type: 'person_name', value: '苏日娜' }]);
  H('网民“青山绿水”：您好！您在人民网地方领导留言板的留言已收悉。', [], ['青山绿水']);
  H('留言人：林晓，留言时间：2023-05-06，联系电话：186-4781-2345。', [{ type: 'person_name', value: '林晓' }, { type: 'mobile', value: '186-4781-2345' }], ['2023-05-06']);
  H('申请人何志军（身份证号已隐去）于2023年3月申请公开征地补偿标准。', [{ type: 'person_name', value: '何志军' }]);
  H('家住河套地区的农民可按规定申请耕地地力保护补贴。', [], ['河套地区']);
  H('户名：郭美兰  开户行：中国农业银行临河支行  账号：6228480012345678901', [{ type: 'person_name', value: '郭美兰' }, ...(luhnOk('6228480012345678901') ? [{ type: 'bank_card' as const, value: '6228480012345678901' }] : [])], ['中国农业银行临河支行']);
  H('事故造成驾驶人张志刚受伤，车辆蒙LD23456受损。', [{ type: 'person_name', value: '张志刚' }, { type: 'plate', value: '蒙LD23456' }]);
  H('当事人对处罚决定不服的，可依法申请复议。当事人陈述申辩意见已记录在案。', [], ['当事人对', '陈述申辩']);
  H('本单位地址：临河区胜利北路1号；邮编：015000；网址：www.bynr.gov.cn。', [], ['临河区胜利北路1号', '015000', 'www.bynr.gov.cn']);
}

// Held out: written after the detectors were last tuned and not used to tune them. corpus.test.ts
// reports this slice separately, as the fairer estimate of how the gate does on unseen phrasing.
{
  const O = (text: string, pii: Record['pii'], decoys: string[] = []): void => add('holdout', text, pii, decoys);
  const idA = idCard();
  const idB = idCard15();
  const cardA = bankCard(16);
  O(`申请人基本情况：姓名 刘振华，性别 男，身份证号 ${idA}，现住巴彦淖尔市临河区团结路47号。`, [
    { type: 'person_name', value: '刘振华' }, { type: 'id_card', value: idA }, { type: 'address', value: '巴彦淖尔市临河区团结路47号' }]);
  O('被处罚人：郝建平，男，1972年生，蒙古族，住乌拉特中旗海流图镇。', [{ type: 'person_name', value: '郝建平' }, { type: 'address', value: '乌拉特中旗海流图镇' }]);
  O(`原身份证号码${idB}已作废。`, [{ type: 'id_card', value: idB }]);
  O(`请于十个工作日内将补助资金汇入以下账户：户名 其其格，账号 ${cardA}。`, [{ type: 'person_name', value: '其其格' }, { type: 'bank_card', value: cardA }]);
  O('网友“河套人家”：您好！关于您反映的路灯不亮问题，已安排维修。', [], ['河套人家']);
  O('反映人：樊素琴，电话：0478—8345621（宅）', [{ type: 'person_name', value: '樊素琴' }, { type: 'landline', value: '0478—8345621' }]);
  O('来访人员田志国称其家中电话为0478-7561234，手机为15904786677。', [{ type: 'person_name', value: '田志国' }, { type: 'landline', value: '0478-7561234' }, { type: 'mobile', value: '15904786677' }]);
  O('举报电话：0478-12315、0478-8123999，举报邮箱：scjgjb@bynr.gov.cn。', [], ['0478-12315', '0478-8123999', 'scjgjb@bynr.gov.cn']);
  O('失信被执行人：曹红军，执行标的：86000元，执行法院：临河区人民法院。', [{ type: 'person_name', value: '曹红军' }], ['86000元']);
  O('经查，车牌号为蒙LB6789的小型轿车在禁停区域停放。', [{ type: 'plate', value: '蒙LB6789' }]);
  O('当事人乔玉梅的电子邮箱为qiaoyumei@126.com，手机号码为18647801234。', [
    { type: 'person_name', value: '乔玉梅' }, { type: 'email', value: 'qiaoyumei@126.com' }, { type: 'mobile', value: '18647801234' }]);
  O('本机关收到巴雅尔同志的来信后高度重视。', [{ type: 'person_name', value: '巴雅尔' }]);
  O('各旗县区政府信息公开工作机构联系电话见附件2。', []);
  O('2023年共受理政府信息公开申请128件，其中自然人申请115件。', [], ['128件', '115件']);
  O('被告人张某某，曾用名张三，男，汉族。', [], ['张某某']);
  O('护照号码为E87654321的持有人请到窗口领取。', [{ type: 'passport', value: 'E87654321' }]);
  O('户籍地址：内蒙古自治区巴彦淖尔市磴口县巴彦高勒镇东风路16号；现住址同户籍地址。', [{ type: 'address', value: '内蒙古自治区巴彦淖尔市磴口县巴彦高勒镇东风路16号' }]);
  O('投诉人：孟和，蒙古族，联系方式：13347801122', [{ type: 'person_name', value: '孟和' }, { type: 'mobile', value: '13347801122' }]);
  O('第三人：内蒙古某某房地产开发有限公司。', [], ['内蒙古某某房地产开发有限公司']);
  O('来信人自称是退休职工，未留姓名和联系方式。', []);
}

for (const r of records) {
  for (const l of r.pii) if (!r.text.includes(l.value)) throw new Error(`label not in text: ${r.id} ${l.value}`);
  process.stdout.write(JSON.stringify(r) + '\n');
}
