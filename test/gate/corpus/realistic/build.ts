/**
 * Builds test/gate/corpus/realistic/realistic.jsonl, the development corpus modelled on real published
 * documents (see README.md beside this file for which kinds and structures each generator reproduces).
 *
 *   node --import tsx test/gate/corpus/realistic/build.ts > test/gate/corpus/realistic/realistic.jsonl
 *
 * Nothing is imported from review/: people, places and numbers come from the small generators below
 * (seeded, deterministic), and every label is a value this script inserted. The sentences are written
 * for this corpus; none is copied from a real document and every person is synthetic. Records whose
 * source is `holdout` come from the generators at the end of the file, written after the last tuning
 * of the name model and not used to tune it.
 *
 * Line format as ../pii.jsonl: {"id", "source", "text", "pii": [{"type", "value"}], "decoys": [string]}.
 * A label means every occurrence of `value` is personal data; a decoy must not be reported at all.
 */

import { idCheck, seededRandom, uniqueName, type LabelledRecord, type LabelType } from '../generate.js';
import { slice9 } from './slice9.js';
import { slice10 } from './slice10.js';
import { slice11 } from './slice11.js';
import { slice12 } from './slice12.js';
import { slice13 } from './slice13.js';
import { slice14 } from './slice14.js';
import { slice15 } from './slice15.js';
import { slice16 } from './slice16.js';
import { slice17 } from './slice17.js';
import { slice18 } from './slice18.js';
import { slice19 } from './slice19.js';
import { slice20 } from './slice20.js';
import { slice21 } from './slice21.js';
import { slice22 } from './slice22.js';
import { slice23 } from './slice23.js';
import { slice24 } from './slice24.js';
import { slice25 } from './slice25.js';
import { slice26 } from './slice26.js';
import { slice27 } from './slice27.js';
import { slice28 } from './slice28.js';
import { slice29 } from './slice29.js';
import { slice30 } from './slice30.js';
import { slice31 } from './slice31.js';
import { slice32 } from './slice32.js';
import { slice33 } from './slice33.js';
import { slice34 } from './slice34.js';
import { slice35 } from './slice35.js';
import { slice36 } from './slice36.js';
import { slice37 } from './slice37.js';
import { slice38 } from './slice38.js';
import { slice39 } from './slice39.js';

type T = LabelType;
type Rec = LabelledRecord;

const { rnd, pick, int, digits, pad, chance } = seededRandom(7301955);

// ---- people ------------------------------------------------------------------------------------
// Surnames weighted roughly by how common they are; given-name characters as people are named.
const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷';
const RARER_SURNAMES = '靳管柴蒙鲍祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉';
const COMPOUNDS = ['欧阳', '司马', '诸葛', '上官', '皇甫', '令狐', '尉迟', '公孙', '慕容', '端木'];
const GIVEN_MALE = '建国志军伟强磊勇刚明亮超波斌鹏辉杰涛浩宇凯俊晨文武海江山林峰松柏成虎龙德福贵荣胜利宝金玉永长兴旺祥瑞东升春生泽民树根平安义仁忠孝信学兵红卫向阳振华中庆新光耀宏达鸿飞跃进守正彦博远航铭轩睿哲子昂思源广财发喜满仓';
const GIVEN_FEMALE = '秀英兰芳梅霞燕娟丽萍玲红艳凤桂珍敏静雪琴慧婷莉娜倩颖悦怡欣雅妍菲丹彩云月花翠玉蓉春梅荷香巧凤淑贞美琳佳宁璐瑶涵馨蕊晴';
const MONGOL_PARTS = ['巴图', '乌云', '其木格', '哈斯', '达来', '巴亚尔', '斯琴', '图雅', '格日勒', '朝鲁', '苏和', '额尔敦', '宝音', '那顺', '孟和', '阿拉坦', '呼和', '毕力格', '萨仁', '高娃', '其其格', '特木尔', '巴雅尔', '乌兰', '敖其尔', '吉日嘎拉', '图门', '娜仁', '满都拉', '格根', '塔娜', '布和', '额尔德尼', '巴特尔', '桑布', '达古拉', '乌力吉', '青格勒'];

const used = new Set<string>();
const fresh = (make: () => string): string => uniqueName(used, make);
function surname(): string {
  const r = rnd();
  if (r < 0.8) return pick([...COMMON_SURNAMES]);
  if (r < 0.96) return pick([...RARER_SURNAMES]);
  return pick(COMPOUNDS);
}
function person(sex: '男' | '女' | null = null): string {
  const s = sex ?? (chance(0.5) ? '男' : '女');
  const pool = s === '男' ? GIVEN_MALE : GIVEN_FEMALE;
  return fresh(() => {
    const sn = surname();
    const two = chance(0.75);
    const g = two ? pick([...pool]) + pick([...pool]) : pick([...pool]);
    if (g[0] === g[1] && chance(0.7)) return sn + g[0];
    return sn + g;
  });
}
function mongol(): string {
  return fresh(() => {
    const a = pick(MONGOL_PARTS);
    if (a.length >= 3 && chance(0.4)) return a;
    let b = pick(MONGOL_PARTS);
    while (b === a) b = pick(MONGOL_PARTS);
    return a + b;
  });
}

// ---- places and numbers -------------------------------------------------------------------------
const COUNTIES = ['宿松县', '临河区', '杭锦后旗', '五原县', '磴口县', '乌拉特前旗', '青山区', '新城区', '东河区', '凉城县', '太仆寺旗', '正镶白旗', '平泉市', '滦平县', '潜山市', '桐城市', '望江县', '寿县', '霍邱县', '金寨县'];
const TOWNS = ['破凉镇', '复兴镇', '长安镇', '白沙乡', '新华镇', '隆兴昌镇', '干召庙镇', '蛮会镇', '永丰镇', '马道乡', '河口镇', '城关镇', '双河镇', '青龙乡', '柳树镇'];
const VILLAGES = ['先觉村', '红星村', '光明村', '幸福村', '团结村', '胜利村', '永安村', '富民村', '丰收村', '和平村', '新民村', '长胜村', '朝阳村', '友谊村'];
const GROUPS = ['张屋组', '李庄组', '一组', '二组', '三组', '五组', '七组', '东队', '西队', '前营组', '后营组'];
const SUMU = ['海拉苏', '巴音宝力格', '宝日温都尔', '额很乌苏', '乌兰哈达', '查干诺尔', '阿日宝力格', '巴彦乌拉', '呼和温都尔'];
const SUMU_T = ['苏木', '镇'];
const GACHA = ['海拉苏嘎查', '塔拉嘎查', '乌兰敖包嘎查', '巴彦塔拉嘎查', '呼格吉勒图嘎查', '宝力根嘎查', '沙日塔拉嘎查', '额尔敦嘎查'];
const STREETS = ['新华街', '胜利路', '建设路', '解放街', '团结路', '和平路', '民主街', '友谊大街', '钢铁大街', '河套大街', '人民路', '文化路'];
const ESTATES = ['幸福家园', '阳光小区', '金桂苑', '锦绣花园', '康居小区', '北苑小区', '滨河花园', '东城丽景'];

function village(): string {
  return `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
}
function villageShort(): string {
  return `${pick(TOWNS)}${pick(VILLAGES)}`;
}
function gacha(): string {
  return `${pick(COUNTIES.filter((c) => c.endsWith('旗')))}${pick(SUMU)}${pick(SUMU_T)}${pick(GACHA)}`;
}
function urbanAddress(): string {
  return `${pick(COUNTIES)}${pick(STREETS)}${int(1, 300)}号${pick(ESTATES)}${int(1, 30)}号楼${int(1, 6)}单元${int(1, 18)}0${int(1, 4)}室`;
}
function mobile(): string {
  return pick(['13', '15', '18', '17', '19']) + String(int(0, 9)) + digits(8);
}
function idCard(): string {
  const body = pick(['150802', '150821', '340826', '150223', '152527', '130881', '340882']) + `${int(1950, 2005)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}` + digits(3);
  return body + idCheck(body);
}
function plate(variant = false): string {
  const prov = variant ? '陜' : pick(['蒙', '皖', '冀', '京', '陕']);
  return `${prov}${pick(['A', 'B', 'L', 'K', 'H'])}${digits(1)}${pick(['A', 'C', 'D', 'E', ''])}${digits(4)}`.slice(0, 7);
}
function docNo(prefix: string): string {
  return `${prefix}〔${int(2019, 2024)}〕${int(1, 180)}号`;
}
function date(): string {
  return `${int(2019, 2024)}年${int(1, 12)}月${int(1, 28)}日`;
}
function money(): string {
  return String(int(2, 90) * 100);
}
function officeLandline(): string {
  return `0${pick(['478', '556', '314', '471', '472'])}-${int(2, 8)}${digits(6)}`;
}

// ---- records ------------------------------------------------------------------------------------
const out: Rec[] = [];
const counters = new Map<string, number>();
function add(source: string, text: string, pii: Rec['pii'], decoys: string[] = []): void {
  const n = (counters.get(source) ?? 0) + 1;
  counters.set(source, n);
  out.push({ id: `${source}-${n}`, source, text, pii, decoys });
}
const P = (value: string): { type: T; value: string } => ({ type: 'person_name', value });
const A = (value: string): { type: T; value: string } => ({ type: 'address', value });
const M = (value: string): { type: T; value: string } => ({ type: 'mobile', value });
const I = (value: string): { type: T; value: string } => ({ type: 'id_card', value });
const PL = (value: string): { type: T; value: string } => ({ type: 'plate', value });

/** The party of a penalty decision and the two officers who found the facts (drawn in this order). */
function penaltyParty(): { sex: '男' | '女'; who: string; addr: string; id: string; o1: string; o2: string } {
  const sex = pick(['男', '女'] as const);
  const who = person(sex);
  const addr = village();
  const id = idCard();
  const o1 = person();
  const o2 = person();
  return { sex, who, addr, id, o1, o2 };
}

// 行政处罚决定书, an individual: spaced label, sex and birth line, residence, prose, 执法人员 (not flagged).
function penaltyPerson(): void {
  const { sex, who, addr, id, o1, o2 } = penaltyParty();
  const label = pick(['当 事 人：', '当事人：', '被处罚人：', '当事人姓名：']);
  const act = pick(['未经批准擅自占用集体土地建房', '未取得采伐许可证擅自采伐林木', '在禁牧区内放牧', '未经许可从事道路货物运输', '超过批准面积建设养殖棚圈']);
  const area = int(80, 2000);
  const body = [
    `${pick(['自然资源局', '综合行政执法局', '林业和草原局', '交通运输局'])}行政处罚决定书`,
    docNo(pick(['临自然资罚', '五综执罚', '杭林草罚', '宿交罚'])),
    `${label}${who}，性别：${sex}，${int(1955, 1998)}年${int(1, 12)}月出生`,
    `身份证号码：${id}`,
    `住址：${addr}`,
    `    ${date()}，本机关执法人员${o1}、${o2}（执法证号：${digits(8)}、${digits(8)}）在巡查中发现，${who}${act}，面积约${area}平方米。经查，${pick(['该行为', '上述行为'])}违反了有关规定。`,
    `    ${date()}，本机关向${who}送达了行政处罚告知书，${who}在规定期限内${pick(['未提出陈述申辩', '提出了陈述申辩，经复核不予采纳'])}。`,
    `    根据有关规定，本机关决定对${who}作出如下处罚：罚款人民币${money()}元整。`,
    `    如不服本决定，可在收到本决定书之日起六十日内申请行政复议。`,
  ].join('\n');
  add('penalty', body, [P(who), A(addr), { type: 'id_card', value: id }], [o1, o2]);
}

// 当事人 glued to the name, followed by anything; masked first mention then the full name.
function penaltyGlued(): void {
  const who = person();
  const masked = who[0] + (who.length === 3 ? '**' : '*');
  const post = pick(['时任某村村委会主任', '系个体经营者', '经营的养殖场', '驾驶的货车', '。']);
  const text = chance(0.5)
    ? `当事人${who}${post}${post === '。' ? '' : '，'}${pick(['于', '在'])}${date()}${pick(['将生活污水直排河道', '违规处置建筑垃圾', '在林地内修建道路'])}。本机关依法对${who}立案调查。`
    : `行政处罚决定书\n当事人：${masked}\n    经查，${date()}，${pick(['对', '经'])}${who}${pick(['未经批准在耕地上挖塘养鱼的行为', '实施的违法行为进行了调查'])}进行了立案。现查明，${who}违反了有关规定，决定罚款${money()}元。`;
  add('penalty', text, [P(who)], [masked]);
}

// 行政处罚结果公开 as a table: cells separated by | or tabs, a 被处罚人 column, companies with their 法定代表人.
function penaltyTable(): void {
  const sep = pick([' | ', '\t']);
  const rows: string[] = [['序号', '处罚文号', '被处罚人', '案由', '处罚结果', '决定日期'].join(sep)];
  const pii: Rec['pii'] = [];
  const decoys: string[] = [];
  for (let i = 1; i <= int(2, 5); i++) {
    if (chance(0.3)) {
      const co = `${pick(['巴彦淖尔市', '宿松县', '五原县'])}${pick(['恒达', '金穗', '兴农', '盛源'])}${pick(['商贸有限公司', '农牧业专业合作社', '建材有限公司'])}`;
      const rep = person();
      rows.push([String(i), docNo('五市监罚'), `${co}（法定代表人：${rep}）`, '销售不合格商品', `罚款${money()}元`, date()].join(sep));
      pii.push(P(rep));
      decoys.push(co);
    } else {
      const who = person();
      rows.push([String(i), docNo('临综执罚'), who, pick(['占道经营', '违规搭建', '未按规定处置垃圾', '非法占用土地']), `罚款${money()}元`, date()].join(sep));
      pii.push(P(who));
    }
  }
  add('penalty-table', `行政处罚结果公开（${pick(['第一批', '第二季度', '十一月'])}）\n${rows.join('\n')}`, pii, decoys);
}

// 政府信息公开申请答复书: salutation, applicant in brackets, personal 通讯地址, then the office's own 联系我们.
function disclosureReply(): void {
  const who = person();
  const addr = urbanAddress();
  const tel = mobile();
  const officeMail = pick(['zfxxgk', 'xxgk', 'bgs_gk', 'zwgk2020']) + '@' + pick(['163.com', '126.com', 'qq.com']);
  const officeAddr = `${pick(['锦州市', '巴彦淖尔市', '安庆市'])}${pick(['市府路', '行政中心路', '政府街'])}${int(1, 99)}号`;
  const contact = person();
  const text = [
    `${pick(['临河区人民政府', '宿松县自然资源局', '五原县住房和城乡建设局'])}政府信息公开申请答复书`,
    docNo(pick(['临政公开', '宿自然资依复', '五住建复'])),
    `${who}：`,
    `    本机关于${date()}收到您（${who}）通过${pick(['信函', '网络平台', '当面'])}方式提交的政府信息公开申请，申请获取${pick(['某地块征收补偿方案', '某项目环境影响评价批复', '本村土地承包台账'])}。`,
    `    经审查，现答复如下：您申请的信息${pick(['属于主动公开范围', '经检索未找到', '涉及第三方合法权益'])}。本答复书通过邮寄送达您提供的通讯地址：${addr}，联系电话：${tel}。`,
    `    如对本答复不服，可自收到之日起六十日内申请行政复议。`,
    `联系我们`,
    `通信地址：${officeAddr}`,
    `电子邮箱：${officeMail}`,
    `咨询电话：${officeLandline()}`,
  ].join('\n');
  add('disclosure', text, [P(who), A(addr), M(tel)], [officeMail, officeAddr, contact].slice(0, 2));
}

// 市长信箱 / 网民留言: a letter table, 我是…村民 / 我叫… in the body, and the reply.
function mailbox(): void {
  const who = person();
  const home = village();
  const neighbour = person();
  const opener = pick([`我是${home}村民`, `我叫${who}，是${home}的村民`, `我家住${home}`]);
  const labelled = !opener.startsWith('我叫');
  const header = labelled ? `姓名：${who}　写信时间：${date()}　回复状态：已办结\n信件标题：${pick(['道路硬化问题', '饮水困难', '宅基地纠纷', '低保申请'])}\n` : `留言时间：${date()}\n`;
  const body = `${header}信件内容：${pick(['县长好', '领导您好', '您好'])}，${opener}，${pick(['我们组的道路一直没有硬化', '邻居', '村里的机井坏了两年'])}${pick([`，邻居${neighbour}家的院墙占了公共通道`, `，我和${neighbour}多次找村委会反映`, `，${neighbour}家也是同样情况`])}，希望领导过问。`;
  const reply = `回复单位：${pick(['荆河镇人民政府', '复兴镇人民政府', '住房和城乡建设局'])}\n回复内容：${pick(['网友您好', '您好', `${who}：`])}，您反映的问题已收悉。经核实，${pick(['镇政府已安排专人到现场查看', '相关部门已将该路段列入计划'])}，感谢您对我们工作的关心。`;
  const pii = [P(who), P(neighbour), A(home)];
  add('mailbox', `${body}\n${reply}`, pii);
}

// 救助/补贴名单公示: header row, rows separated by spaces or tabs; 户主 names in enumerations.
function aidList(): void {
  const sep = pick(['  ', '\t', ' ']);
  const lines = [`${pick(['复兴镇', '长安镇', '白沙乡'])}${date().slice(0, 5)}临时救助对象公示`, ['序号', '姓名', '性别', '所在村', '救助金额（元）'].join(sep)];
  const pii: Rec['pii'] = [];
  for (let i = 1; i <= int(3, 6); i++) {
    const sex = pick(['男', '女'] as const);
    const who = person(sex);
    lines.push([String(i), who, sex, pick(VILLAGES), money()].join(sep));
    pii.push(P(who));
  }
  if (chance(0.6)) {
    const a = person();
    const b = person();
    const c = person();
    lines.push(`以上对象中，${a}、${b}、${c}${pick(['因病致困', '为重度残疾人家庭', '因灾导致生活困难'])}。`);
    pii.push(P(a), P(b), P(c));
  }
  lines.push(`公示期为${int(5, 7)}个工作日，监督电话：${officeLandline()}。`);
  add('aid-list', lines.join('\n'), pii);
}

// 表彰/奖励名单: enumerations with 、, sex or nationality in brackets, units before a colon.
function awardList(): void {
  const pii: Rec['pii'] = [];
  const lines = [`关于表彰${date().slice(0, 5)}度${pick(['优秀共产党员', '脱贫攻坚先进个人', '最美家庭', '优秀村医'])}的决定`, '    经研究，决定授予以下同志荣誉称号：'];
  for (let u = 0; u < int(2, 3); u++) {
    const names: string[] = [];
    for (let i = 0; i < int(2, 5); i++) {
      const sex = pick(['男', '女'] as const);
      const n = chance(0.15) ? mongol() : person(sex);
      pii.push(P(n));
      names.push(chance(0.2) ? `${n}（${pick(['女', '蒙古族', '回族', '满族'])}）` : n);
    }
    lines.push(`${pick(['复兴镇', '长安镇', '卫生健康委员会', '教育体育局', '城关镇'])}：${names.join('、')}`);
  }
  lines.push('    希望受表彰的同志珍惜荣誉，再接再厉。');
  add('award', lines.join('\n'), pii);
}

// 干部任前公示 and 任免通知: name at the start of a line, ，男，汉族，; 任命…同志为….
function appointment(): void {
  const pii: Rec['pii'] = [];
  const lines = [pick(['干部任前公示', '拟任职干部公示']), `    根据有关规定，现将拟任职干部情况公示如下：`];
  for (let i = 0; i < int(1, 3); i++) {
    const sex = pick(['男', '女'] as const);
    const n = chance(0.15) ? mongol() : person(sex);
    pii.push(P(n));
    lines.push(`${n}，${sex}，${pick(['汉族', '蒙古族', '回族'])}，${int(1968, 1992)}年${int(1, 12)}月出生，${pick(['大学学历', '研究生学历', '大专学历'])}，${pick(['中共党员', '九三学社社员', '无党派人士'])}，现任${pick(['复兴镇副镇长', '教育局办公室主任', '财政局预算股股长'])}，拟任${pick(['复兴镇党委副书记', '教育局副局长', '财政局副局长'])}。`);
  }
  const a = person();
  const b = person();
  pii.push(P(a), P(b));
  lines.push(`    经研究决定：任命${a}同志为${pick(['县统计局副局长', '镇综合执法队队长'])}；免去${b}同志的${pick(['县档案馆馆长', '镇农业服务中心主任'])}职务。`);
  lines.push(`    公示期间，如有情况请反映。受理电话：${officeLandline()}。`);
  add('appointment', lines.join('\n'), pii);
}

// Inner Mongolia: Mongolian names in prose, …嘎查牧民 residences, enumerations.
function mongolia(): void {
  const a = mongol();
  const b = mongol();
  const place = gacha();
  const pii: Rec['pii'] = [P(a), P(b), A(place)];
  const text = pick([
    `${a}是${place}牧民，${date()}因${pick(['超载放牧', '未经批准开垦草原', '在禁牧期内放牧'])}被查处。经调查，${a}与${b}共同经营草场${int(200, 3000)}亩。`,
    `${place}牧民${a}反映，邻居${b}的网围栏占用了其承包草场。苏木工作人员到现场核实，${a}同意协商解决。`,
    `经嘎查“两委”推荐，${a}、${b}${pick(['被评为草原生态保护先进户', '列入本年度生态奖补对象'])}，二人均为${place}牧民。`,
  ]);
  add('mongolia', text, pii, [pick(SUMU) + '苏木']);
}

// Traditional-script mirrors: 當事人陳建斌, 陜 plates.
const TRAD: Record<string, string> = { 陈: '陳', 刘: '劉', 张: '張', 杨: '楊', 赵: '趙', 吴: '吳', 孙: '孫', 郑: '鄭', 谢: '謝', 韩: '韓', 冯: '馮', 邓: '鄧', 叶: '葉', 苏: '蘇', 卢: '盧', 钱: '錢', 国: '國', 华: '華', 伟: '偉', 军: '軍', 东: '東', 兰: '蘭', 凤: '鳳', 红: '紅', 龙: '龍', 丽: '麗', 学: '學', 兴: '興', 贵: '貴', 宝: '寶', 荣: '榮', 胜: '勝', 义: '義', 涛: '濤', 鹏: '鵬', 辉: '輝', 杰: '傑', 斌: '斌', 刚: '剛', 庆: '慶', 达: '達', 远: '遠', 航: '航', 财: '財', 发: '發', 满: '滿', 仓: '倉', 长: '長', 阳: '陽', 卫: '衛', 进: '進', 飞: '飛', 鸿: '鴻', 树: '樹', 娟: '娟', 艳: '艷', 静: '靜', 颖: '穎', 丹: '丹', 梅: '梅', 玲: '玲' };
const toTrad = (s: string): string => [...s].map((c) => TRAD[c] ?? c).join('');
function traditional(): void {
  const who = person();
  const tw = toTrad(who);
  const pl = plate(true);
  const addr = village();
  const text = `行政處罰決定書\n當事人${tw}，住${toTrad(addr)}。\n經查，${tw}於${date()}駕駛${pl}號車輛超限運輸，違反了有關規定。本機關決定對${tw}處以罰款${money()}元。`;
  add('traditional', text, [P(tw), { type: 'plate', value: pl }, A(toTrad(addr))]);
}

// Public text full of words that start like names, office addresses and officials acting in office.
function decoyNews(): void {
  const official = person();
  const reporter = person();
  const text = [
    `${pick(['副市长', '副县长', '副旗长', '局长'])}${official}带领有关部门负责人到${pick(['王府井', '高新区', '万达广场'])}调研，要求各单位高度重视，于是立即张贴整改通知。`,
    `本次共下达资金${int(20, 900)}万元，${pick(['安全生产', '金融服务', '文明城市'])}各项任务${pick(['全面完成', '有序推进'])}。马上开展的专项行动将持续到年底。`,
    `办公地址：${pick(['临河区', '宿松县'])}${pick(STREETS)}${int(1, 99)}号，邮政编码：${pick(['015000', '246500'])}。`,
    `（记者 ${reporter}）`,
  ].join('\n');
  add('decoy', text, [], [official, reporter, '王府井', '高度重视', '于是', '张贴', '万元', '马上']);
}

for (let i = 0; i < 14; i++) penaltyPerson();
for (let i = 0; i < 14; i++) penaltyGlued();
for (let i = 0; i < 8; i++) penaltyTable();
for (let i = 0; i < 12; i++) disclosureReply();
for (let i = 0; i < 14; i++) mailbox();
for (let i = 0; i < 8; i++) aidList();
for (let i = 0; i < 8; i++) awardList();
for (let i = 0; i < 8; i++) appointment();
for (let i = 0; i < 12; i++) mongolia();
for (let i = 0; i < 8; i++) traditional();
for (let i = 0; i < 8; i++) decoyNews();

// HOLDOUT-START (written after the last tuning; see README)
function holdoutPetition(): void {
  const who = person();
  const home = village();
  const spouse = person();
  const text = `信访事项处理意见书\n信访人：${who}\n    你于${date()}来信反映，你与妻子${spouse}位于${home}的房屋因修路受损。经调查核实，${who}家房屋裂缝系施工震动所致，镇政府已协调施工单位予以修缮。\n    如对本处理意见不服，可自收到之日起三十日内请求复查。`;
  add('holdout', text, [P(who), P(spouse), A(home)]);
}
function holdoutSubsidy(): void {
  const pii: Rec['pii'] = [];
  const lines = [`${pick(['永丰镇', '河口镇'])}耕地地力保护补贴发放情况公示`];
  for (let v = 0; v < 2; v++) {
    const ns = [person(), person(), person()];
    pii.push(...ns.map(P));
    lines.push(`${pick(VILLAGES)}：${ns.join('、')}，共${int(20, 90)}亩。`);
  }
  lines.push(`对公示内容有异议的，请拨打${officeLandline()}反映。`);
  add('holdout', lines.join('\n'), pii);
}
function holdoutAppoint(): void {
  const a = person();
  const b = person();
  const c = mongol();
  const text = `关于${a}等同志职务任免的通知\n各苏木镇、各部门：\n    经旗人民政府研究决定：\n    任命${a}为旗水利局副局长；\n    任命${c}为旗民族事务委员会副主任；\n    免去${b}的旗水利局副局长职务。`;
  add('holdout', text, [P(a), P(b), P(c)]);
}
function holdoutHerders(): void {
  const a = mongol();
  const b = mongol();
  const place = gacha();
  const text = `${date()}，${pick(['苏木综合执法队', '旗林草局'])}接到群众举报后到现场核查，发现牧民${a}和${b}在禁牧区放牧羊只${int(50, 400)}只。${a}户籍地址为${place}。`;
  add('holdout', text, [P(a), P(b), A(place)]);
}
function holdoutComplaint(): void {
  const who = person();
  const addr = urbanAddress();
  const tel = mobile();
  const text = `网民留言：本人${who}，家住${addr}，楼下饭店油烟扰民已有半年，电话${tel}。\n答复：${who}您好，区市场监管局已责令该店安装油烟净化设施，感谢您的监督。`;
  add('holdout', text, [P(who), A(addr), M(tel)]);
}
function holdoutDecoy(): void {
  const official = person();
  const text = `${date()}，${pick(['县长', '旗长', '副区长'])}${official}主持召开常务会议，研究部署安全生产、金融风险防控和高标准农田建设等工作。会议强调，各苏木镇要高度重视，严格落实责任，确保万无一失。\n办公地址：${pick(COUNTIES)}行政中心${int(1, 9)}号楼，联系电话：${officeLandline()}。`;
  add('holdout', text, [], [official, '安全生产', '高标准农田', '万无一失']);
}
for (let i = 0; i < 6; i++) holdoutPetition();
for (let i = 0; i < 5; i++) holdoutSubsidy();
for (let i = 0; i < 5; i++) holdoutAppoint();
for (let i = 0; i < 6; i++) holdoutHerders();
for (let i = 0; i < 5; i++) holdoutComplaint();
for (let i = 0; i < 4; i++) holdoutDecoy();
// HOLDOUT-END

// HOLDOUT2-START (a second held-out slice, written after the model's last accuracy change; see README)
function h2Penalty(): void {
  const who = person('男');
  const addr = village();
  const text = `经查，当事人${who}（男，${int(1960, 1995)}年生，住${addr}）于${date()}在自家承包地内焚烧秸秆，造成大气污染。执法人员当场制止，${who}承认上述事实。`;
  add('holdout2', text, [P(who), A(addr)]);
}
function h2Dibao(): void {
  const pii: Rec['pii'] = [];
  const lines = [`${pick(['城关镇', '新华镇'])}${date().slice(0, 5)}第${int(1, 4)}季度新增低保对象公示`];
  for (let i = 0; i < int(2, 4); i++) {
    const head = person();
    pii.push(P(head));
    lines.push(`户主：${head}，${pick(VILLAGES)}，家庭人口${int(1, 5)}人，月保障金额${int(3, 9)}00元。`);
  }
  add('holdout2', lines.join('\n'), pii);
}
function h2Reply(): void {
  const who = person();
  const text = `${who}同志：\n    你于${date()}反映的孩子入学问题收悉。经县教育体育局核实，你家所在片区对口${pick(['第二实验小学', '城关第三小学'])}，请于开学前持户口簿办理入学手续。`;
  add('holdout2', text, [P(who)]);
}
function h2Herders(): void {
  const a = mongol();
  const b = mongol();
  const mediator = person();
  const text = `${date()}，${pick(SUMU)}苏木司法所调解员${mediator}到现场，组织牧民${a}与${b}就草场边界问题进行调解。经协商，${a}同意后移围栏${int(20, 90)}米，双方签订了调解协议。`;
  add('holdout2', text, [P(a), P(b)], [mediator]);
}
function h2AwardNews(): void {
  const a = person();
  const b = person();
  const home = `${pick(TOWNS)}${pick(VILLAGES)}`;
  const text = `日前，${home}村民${a}荣获“最美家庭”称号。多年来，${a}悉心照料瘫痪在床的婆婆，邻居${b}说：“她家的事，村里人都看在眼里。”`;
  add('holdout2', text, [P(a), P(b), A(home)]);
}
function h2Traditional(): void {
  const who = person();
  const tw = toTrad(who);
  const text = `${tw}先生：\n您於${date()}來信反映的道路積水問題已收悉。經查，該路段排水管道已列入今年改造計劃，預計年底前完工。感謝您對市政工作的關心。`;
  add('holdout2', text, [P(tw)]);
}
function h2Meeting(): void {
  const x = person();
  const y = person();
  const text = `会议纪要\n时间：${date()}\n主持：副县长${x}\n参加：县财政局局长${y}及各乡镇分管负责同志\n会议研究了${pick(['秋冬季森林防火', '城乡环境整治', '农村饮水安全'])}工作，要求各单位高度重视，抓好落实。`;
  add('holdout2', text, [], [x, y]);
}
for (let i = 0; i < 5; i++) h2Penalty();
for (let i = 0; i < 4; i++) h2Dibao();
for (let i = 0; i < 4; i++) h2Reply();
for (let i = 0; i < 5; i++) h2Herders();
for (let i = 0; i < 5; i++) h2AwardNews();
for (let i = 0; i < 4; i++) h2Traditional();
for (let i = 0; i < 3; i++) h2Meeting();
// HOLDOUT2-END

// HOLDOUT3-START (a third held-out slice: whole documents of the kinds in issue 9, written after the
// last tuning of the name model and the address rules, measured once and reported as measured)
function h3PenaltyDecision(): void {
  const { sex, who, addr, id, o1, o2 } = penaltyParty();
  const county = pick(COUNTIES);
  const place = villageShort();
  const text = [
    `${county}自然资源局`,
    '行政处罚决定书',
    docNo(`${county.slice(0, 2)}自然资罚`),
    `当事人：${who}，性别：${sex}，公民身份号码：${id}，住址：${addr}。`,
    `    ${date()}，我局执法人员${o1}、${o2}在卫片图斑核查中发现，当事人在${place}西侧占用耕地${int(80, 600)}平方米建设钢架结构库房。经立案调查，${who}对占地事实无异议，并提交了书面陈述。`,
    `    上述事实有现场勘测图、询问笔录、照片等证据证实。${who}的行为违反了《中华人民共和国土地管理法》第四十四条的规定。`,
    `    本局决定：责令${who}退还非法占用的土地，限期拆除新建的库房，并处罚款${money()}元。`,
    `    如不服本决定，可在收到本决定书之日起六十日内向${county}人民政府申请行政复议。`,
  ].join('\n');
  add('holdout3', text, [P(who), A(addr), I(id)], [o1, o2]);
}

function h3DisclosureReply(): void {
  const who = person();
  const addr = urbanAddress();
  const staff = person();
  const county = pick(COUNTIES);
  const topic = pick(['本村2022年宅基地审批名单', '某小区旧城改造补偿方案', '本镇2021年度低保资金使用情况']);
  const text = [
    `${county}人民政府办公室`,
    '政府信息公开申请答复书',
    docNo(`${county.slice(0, 2)}府办依复`),
    `${who}：`,
    `    本机关于${date()}收到你以信函方式提出的政府信息公开申请，你申请获取“${topic}”。经审查，现答复如下：`,
    '    你申请获取的信息属于本机关公开职责范围，现随本答复书向你提供。',
    `    按你在申请表中填写的通讯地址（${addr}），本答复书以挂号信寄出。`,
    '    如对本答复不服，可以自收到本答复书之日起六十日内申请行政复议，或者六个月内向人民法院提起行政诉讼。',
    `    联系人：${staff}　联系电话：${officeLandline()}`,
  ].join('\n');
  add('holdout3', text, [P(who), A(addr)], [staff]);
}

function h3Mailbox(): void {
  const who = person();
  const home = village();
  const neighbour = person();
  const town = pick(TOWNS);
  const tel = mobile();
  const text = [
    `来信标题：关于${pick(['通组公路硬化', '饮水管道漏水', '河道垃圾清理'])}的求助`,
    `来信人：${who}　　来信时间：${date()}`,
    `来信内容：县长您好！我叫${who}，是${home}的村民。去年秋天组里的路被拉沙车压坏了，我和邻居${neighbour}找过几次村委会，一直没有人来修。现在老人看病、孩子上学都不方便，恳请领导过问。我的电话${tel}。`,
    `答复单位：${town}人民政府`,
    `答复内容：${who}您好！您反映的问题我镇已安排专人实地查看，拟于下月初组织施工修复，施工期间请沿线群众注意安全。`,
  ].join('\n');
  add('holdout3', text, [P(who), A(home), P(neighbour), M(tel)]);
}

function h3MedicalAid(): void {
  const town = pick(TOWNS);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${int(2020, 2024)}年第${pick(['一', '二', '三'])}批医疗救助资金发放名单`, '序号 | 姓名 | 所在村（社区） | 救助类别 | 救助金额（元）'];
  const n = int(4, 6);
  for (let i = 1; i <= n; i++) {
    const who = chance(0.2) ? mongol() : person();
    pii.push(P(who));
    lines.push([String(i), who, pick(VILLAGES), pick(['住院救助', '门诊慢特病', '重特大疾病']), money()].join(' | '));
  }
  lines.push(`以上名单公示7天，如有异议请向镇民政办反映，电话：${officeLandline()}。`);
  add('holdout3', lines.join('\n'), pii);
}

function h3BraveryAward(): void {
  const a = person('男');
  const b = person();
  const home = villageShort();
  const county = pick(COUNTIES);
  const text = [
    `关于表彰${county}${int(2020, 2024)}年度见义勇为先进个人的通报`,
    `    ${date()}傍晚，${home}村民${a}、${b}在村东水库边发现一名儿童落水，二人先后跳入水中，合力将儿童托上岸边，随后又协助赶来的医护人员进行急救。`,
    `    为弘扬正气，经县见义勇为评审委员会审核，决定授予${a}、${b}“见义勇为先进个人”称号，各奖励人民币${money()}元。`,
  ].join('\n');
  add('holdout3', text, [P(a), P(b), A(home)]);
}

function h3Appointment(): void {
  const county = pick(COUNTIES);
  const a = mongol();
  const b = person('男');
  const c = person('女');
  const text = [
    `${county}委组织部干部任前公示`,
    '    经县委常委会研究，拟提拔任用以下同志，现予以公示：',
    `    ${a}，女，蒙古族，${int(1975, 1990)}年${int(1, 12)}月生，大学学历，中共党员，现任${pick(SUMU)}苏木党委副书记，拟任${pick(SUMU)}苏木党委书记。`,
    `    ${b}，男，汉族，${int(1975, 1990)}年${int(1, 12)}月生，研究生学历，现任县发展和改革委员会副主任，拟任县统计局局长。`,
    `    ${c}，女，汉族，${int(1975, 1990)}年${int(1, 12)}月生，大学学历，现任${pick(TOWNS)}副镇长，拟任县妇联副主席。`,
    `    公示期为${date()}至5个工作日后。对公示对象有意见的，可来电、来信或来访反映，受理电话：${officeLandline()}。`,
  ].join('\n');
  add('holdout3', text, [P(a), P(b), P(c)]);
}

function h3GrasslandSubsidy(): void {
  const banner = pick(COUNTIES.filter((c) => c.endsWith('旗')));
  const sumu = pick(SUMU);
  const g = pick(GACHA);
  const pii: Rec['pii'] = [];
  const lines = [`${banner}${sumu}苏木${g}草原生态保护补助奖励资金发放情况公示`, `    根据旗农牧局下达的补奖资金计划，现将${g}牧户补奖资金发放情况公示如下：`];
  const herders: string[] = [];
  for (let i = 0; i < int(3, 4); i++) {
    const m = mongol();
    herders.push(m);
    pii.push(P(m));
    lines.push(`    户主${m}，禁牧面积${int(800, 6000)}亩，应发补助${int(10, 90)}${digits(3)}元；`);
  }
  const late = mongol();
  pii.push(P(late));
  lines.push(`    其中牧户${late}因草场承包经营权证书信息有误，补助暂缓发放，待更正后补发。`);
  lines.push(`    公示期间如有异议，请向嘎查委员会或苏木农牧业综合服务中心反映。`);
  add('holdout3', lines.join('\n'), pii);
}

function h3TraditionalPenalty(): void {
  const who = person('男');
  const tw = toTrad(who);
  const addr = village();
  const pl = plate(true);
  const text = [
    '行政處罰決定書',
    `當事人：${tw}，男，${int(1965, 1995)}年出生，住址：${toTrad(addr)}。`,
    `    經查，${date()}，當事人駕駛號牌為${pl}的重型貨車在國道上超限運輸，經檢測車貨總重超過限定標準。${tw}對上述事實無異議。`,
    `    本機關依法決定對${tw}處以罰款${money()}元，並責令其卸載超限貨物。`,
  ].join('\n');
  add('holdout3', text, [P(tw), A(toTrad(addr)), PL(pl)]);
}

function h3VisitNews(): void {
  const leader = person();
  const deputy = person();
  const old = person();
  const home = villageShort();
  const reporter = person();
  const text = [
    `    春节前夕，县长${leader}、副县长${deputy}一行来到${pick(TOWNS)}，看望慰问困难群众。在${home}村民${old}家中，${leader}详细询问了老人的身体状况和生活保障情况，叮嘱镇村干部要把好事办好、实事办实。`,
    `    （记者 ${reporter}）`,
  ].join('\n');
  add('holdout3', text, [P(old), A(home)], [leader, deputy, reporter]);
}

function h3PetitionReply(): void {
  const who = person();
  const brother = person('男');
  const home = village();
  const text = [
    `${who}：`,
    `    你反映的土地征收补偿款发放问题收悉。经${pick(TOWNS)}人民政府调查核实，你家位于${home}的承包地${int(1, 5)}亩已于${date()}依法征收，补偿款已全额拨付至村集体，并按户发放到你户名下的惠农一卡通。`,
    `    你与哥哥${brother}之间对补偿款分配存在争议，属于家庭内部纠纷，建议通过村人民调解委员会调解或依法向人民法院起诉解决。`,
  ].join('\n');
  add('holdout3', text, [P(who), P(brother), A(home)]);
}

h3PenaltyDecision();
h3DisclosureReply();
h3Mailbox();
h3MedicalAid();
h3BraveryAward();
h3Appointment();
h3GrasslandSubsidy();
h3TraditionalPenalty();
h3VisitNews();
h3PetitionReply();
h3PenaltyDecision();
h3Mailbox();
// HOLDOUT3-END

// HOLDOUT4-START (a fourth held-out slice: whole documents written after the fourth tuning, which studied
// slice 3's misses; measured once and reported as measured)
function h4MarketPenalty(): void {
  const who = person();
  const son = person('男');
  const id = idCard();
  const home = village();
  const o1 = person();
  const o2 = person();
  const county = pick(COUNTIES);
  const shop = `${pick(['惠民', '兴旺', '福源', '诚信'])}${pick(['便利店', '食杂店', '粮油店'])}`;
  const text = [
    `${county}市场监督管理局`,
    '行政处罚决定书',
    docNo(`${county.slice(0, 2)}市监处罚`),
    `当事人：${who}（个体工商户，字号：${county}${shop}）`,
    `身份证号码：${id}`,
    `住所：${home}`,
    `    ${date()}，本局执法人员${o1}、${o2}对当事人经营的${shop}进行监督检查，发现货架上摆放的${int(3, 12)}袋饼干已超过保质期。检查时，当事人之子${son}在店内看管，称货物由其母亲负责进货。`,
    `    经查，${who}自${int(2019, 2023)}年起经营该店，上述饼干共进货${int(10, 40)}袋，已售出${int(1, 9)}袋，违法所得${int(20, 90)}元。`,
    `    依据《中华人民共和国食品安全法》第一百二十四条，本局决定：没收违法所得，并处罚款${money()}元。`,
    `    当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。`,
  ].join('\n');
  add('holdout4', text, [P(who), I(id), A(home), P(son)], [o1, o2]);
}

function h4ThirdPartyReply(): void {
  const who = person('男');
  const third = person();
  const staff = person();
  const addr = urbanAddress();
  const county = pick(COUNTIES);
  const text = [
    `${county}自然资源局`,
    '政府信息公开申请答复告知书',
    `${who}先生：`,
    `    本机关于${date()}收到您（${who}）通过网上申请平台提交的政府信息公开申请，申请公开“${pick(VILLAGES)}${int(2015, 2020)}年农村宅基地审批表”。`,
    `    经检索，该审批表涉及第三方${third}的姓名、身份证号码和家庭成员情况。本机关依法书面征求了第三方意见，${third}在规定期限内答复不同意公开。`,
    '    根据《中华人民共和国政府信息公开条例》第三十二条，本机关决定不予公开涉及个人隐私的部分，其余部分随本告知书提供。',
    `    本告知书将按您填写的收件地址：${addr} 寄送。`,
    `    （联系人：${staff}，电话：${officeLandline()}）`,
    `${county}自然资源局`,
    date(),
  ].join('\n');
  add('holdout4', text, [P(who), P(third), A(addr)], [staff]);
}

function h4MayorMailbox(): void {
  const who = person('女');
  const upstairs = person();
  const husband = person('男');
  const addr = urbanAddress();
  const tel = mobile();
  const city = pick(COUNTIES);
  const text = [
    `留言人：${who}  留言时间：${date()}  办理状态：已回复`,
    `留言标题：楼上住户装修噪音扰民`,
    `留言内容：市长您好，本人是小区业主，家住${addr}。楼上住户${upstairs}从上月开始装修，每天晚上十点以后还在砸墙，我爱人${husband}上夜班白天要休息，孩子要中考，物业劝了几次都不管用。希望有关部门能管一管。联系电话：${tel}`,
    `回复单位：${city}住房和城乡建设局`,
    `回复内容：${who}女士，您好！您反映的问题已转交辖区街道办事处和物业公司处理。街道工作人员已上门与装修户沟通，对方承诺严格遵守装修时间规定。感谢您对我们工作的支持！`,
  ].join('\n');
  add('holdout4', text, [P(who), P(upstairs), P(husband), A(addr), M(tel)]);
}

function h4TemporaryAid(): void {
  const town = pick(TOWNS);
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${int(2021, 2024)}年${int(1, 12)}月临时救助对象公示`, '序号\t姓名\t家庭住址\t救助原因\t救助金额（元）'];
  const n = int(4, 6);
  for (let i = 1; i <= n; i++) {
    const who = person();
    const home = `${town}${pick(VILLAGES)}${pick(GROUPS)}`;
    pii.push(P(who), A(home));
    lines.push([String(i), who, home, pick(['因病', '因灾', '因学', '意外事故']), money()].join('\t'));
  }
  lines.push(`    公示期为7天。对公示对象有异议的，可向镇社会事务办公室反映，监督电话：${officeLandline()}。`);
  lines.push(`${county}${town}人民政府`);
  add('holdout4', lines.join('\n'), pii);
}

function h4ModelFamilies(): void {
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`关于命名${county}第${pick(['三', '四', '五'])}届“最美家庭”的决定`, '    为弘扬家庭美德，经各乡镇推荐、县妇联审核、社会公示，决定命名以下家庭为“最美家庭”：'];
  for (let i = 0; i < int(4, 5); i++) {
    const head = chance(0.25) ? mongol() : person();
    const home = villageShort();
    pii.push(P(head), A(home));
    lines.push(`    ${head}家庭（${home}）`);
  }
  const wife = person('女');
  const husband = person('男');
  pii.push(P(wife), P(husband));
  lines.push(`    其中，${wife}与丈夫${husband}照顾瘫痪在床的婆婆十余年，事迹感人。`);
  lines.push(`    希望受到命名的家庭珍惜荣誉，发挥示范作用。`);
  lines.push(`县妇女联合会`);
  add('holdout4', lines.join('\n'), pii);
}

function h4Appointment(): void {
  const county = pick(COUNTIES);
  const a = person('男');
  const b = mongol();
  const c = person('女');
  const d = person('男');
  const text = [
    `${county}人民政府关于任免工作人员的通知`,
    docNo(`${county.slice(0, 2)}政任`),
    '各乡镇人民政府，县政府各部门：',
    '    经县人民政府研究决定：',
    `    任命${a}为县教育体育局副局长（试用期一年）；`,
    `    任命${b}（女，蒙古族）为县民族事务委员会副主任；`,
    `    任命${c}为县医疗保障局副局长；`,
    `    免去${d}的县林业和草原局副局长职务，另有任用。`,
    `${county}人民政府`,
    date(),
  ].join('\n');
  add('holdout4', text, [P(a), P(b), P(c), P(d)]);
}

function h4GrazingViolation(): void {
  const banner = pick(COUNTIES.filter((c) => c.endsWith('旗')));
  const sumu = pick(SUMU);
  const g = pick(GACHA);
  const herder = mongol();
  const son = mongol();
  const chief = mongol();
  const o1 = mongol();
  const o2 = person();
  const text = [
    `${banner}${sumu}苏木综合行政执法局`,
    '关于禁牧区违规放牧问题的处理通报',
    `    ${date()}，苏木综合行政执法队队员${o1}、${o2}在巡查中发现，${sumu}苏木${g}牧民${herder}在禁牧区放牧羊只${int(60, 300)}只。经询问，${herder}称羊群由其儿子${son}放养，因草场围栏损坏，羊只越界进入禁牧区。`,
    `    嘎查达${chief}到场协助处理。执法队依据《${banner}草原禁牧休牧管理办法》，责令${herder}立即将羊只赶出禁牧区，修复围栏，并处罚款${money()}元。`,
    '    请各嘎查加强宣传，引导牧户自觉遵守禁牧休牧规定。',
  ].join('\n');
  add('holdout4', text, [P(herder), P(son), A(`${sumu}苏木${g}`)], [o1, o2, chief]);
}

const TRAD4: Record<string, string> = { ...TRAD, 县: '縣', 镇: '鎮', 乡: '鄉', 组: '組', 队: '隊', 区: '區', 后: '後', 营: '營', 觉: '覺', 门: '門', 马: '馬', 凉: '涼', 干: '幹', 会: '會', 关: '關', 双: '雙', 胜: '勝', 丰: '豐', 团: '團', 结: '結', 红: '紅', 长: '長', 庄: '莊', 屋: '屋', 乐: '樂', 欣: '欣', 悦: '悅', 宁: '寧', 瑶: '瑤', 馨: '馨', 琴: '琴', 莉: '莉', 倩: '倩', 凤: '鳳', 桂: '桂', 珍: '珍', 敏: '敏', 贞: '貞', 云: '雲', 翠: '翠', 蓉: '蓉', 义: '義', 仁: '仁', 忠: '忠', 孝: '孝', 兵: '兵', 卫: '衛', 阳: '陽', 运: '運', 远: '遠', 顺: '順', 宽: '寬', 亮: '亮', 伟: '偉', 强: '強', 刚: '剛', 鹏: '鵬', 涛: '濤', 浩: '浩', 宇: '宇', 凯: '凱', 俊: '俊', 晨: '晨', 汤: '湯', 庞: '龐', 聂: '聶', 邹: '鄒', 罗: '羅', 龙: '龍', 严: '嚴', 顾: '顧', 龚: '龔', 钟: '鍾', 万: '萬', 汪: '汪', 蒋: '蔣', 阎: '閻', 闫: '閆', 贺: '賀', 邓: '鄧' };
const toTrad4 = (x: string): string => [...x].map((c) => TRAD4[c] ?? c).join('');

function h4TraditionalLetter(): void {
  const who = person();
  const neighbour = person();
  const home = village();
  const tel = mobile();
  const text = [
    '縣長信箱　來信選登',
    `來信人：${toTrad4(who)}`,
    `來信內容：縣長您好！我是${toTrad4(home)}的村民，我家與鄰居${toTrad4(neighbour)}家共用一條排水溝，去年雨季溝渠堵塞，雨水倒灌進我家院子。我找過村幹部幾次，至今沒有解決。我的電話是${tel}。`,
    `答覆：${toTrad4(who)}您好！經鎮政府核實，該排水溝屬村內公共設施，鎮村兩級已安排人員清淤並加固溝渠，預計本月底完工。`,
  ].join('\n');
  add('holdout4', text, [P(toTrad4(who)), A(toTrad4(home)), P(toTrad4(neighbour)), M(tel)]);
}

function h4PensionPetition(): void {
  const who = person('男');
  const father = person('男');
  const mother = person('女');
  const home = village();
  const clerk = person();
  const county = pick(COUNTIES);
  const text = [
    `${county}人力资源和社会保障局`,
    '信访事项处理意见书',
    docNo(`${county.slice(0, 2)}人社信`),
    `信访人：${who}，男，${int(1960, 1985)}年生，住${home}。`,
    `    你于${date()}到县信访局走访，反映你父亲${father}的城乡居民养老保险待遇未按时足额发放，并要求补发你母亲${mother}去世后的丧葬补助金。`,
    `    经核查，${father}于${int(2010, 2014)}年参保，${int(2017, 2020)}年起按月领取养老金，因其社会保障卡信息变更，${date()}至今的待遇暂停发放。现已完成信息更正，暂停期间的待遇将一次性补发。${mother}的丧葬补助金已于去年拨付至其社会保障卡账户。`,
    '    如对本处理意见不服，可自收到本意见书之日起三十日内向县人民政府提出复查申请。',
    `    承办人：${clerk}`,
  ].join('\n');
  add('holdout4', text, [P(who), A(home), P(father), P(mother)], [clerk]);
}

function h4ForumNews(): void {
  const leader = person();
  const deputy = person();
  const rep1 = person();
  const rep2 = mongol();
  const reporter = person();
  const home = villageShort();
  const text = [
    `    ${date()}，县长${leader}主持召开农村人居环境整治群众座谈会，副县长${deputy}出席。`,
    `    座谈会上，${home}村民代表${rep1}、牧民${rep2}先后发言，就垃圾清运频次、旱厕改造补助等问题提出意见建议。`,
    `    ${leader}强调，各乡镇要把群众的意见建议梳理成清单，逐项研究解决。`,
    `    （融媒体中心记者 ${reporter}）`,
  ].join('\n');
  add('holdout4', text, [P(rep1), P(rep2), A(home)], [leader, deputy, reporter]);
}

h4MarketPenalty();
h4ThirdPartyReply();
h4MayorMailbox();
h4TemporaryAid();
h4ModelFamilies();
h4Appointment();
h4GrazingViolation();
h4TraditionalLetter();
h4PensionPetition();
h4ForumNews();
// HOLDOUT4-END

// HOLDOUT5-START (a fifth held-out slice: whole documents written after the fifth tuning, which studied
// slice 4's misses; measured once and reported as measured)
function h5TrafficPenalty(): void {
  const who = person();
  const id = idCard();
  const home = village();
  const pl = plate();
  const officer = person('男');
  const county = pick(COUNTIES);
  const text = [
    `${county}公安局交通管理大队`,
    '公安交通管理简易程序处罚决定书',
    `编号：${digits(12)}`,
    `被处罚人：${who}　驾驶证号：${id}　准驾车型：C1`,
    `住址：${home}`,
    `车辆牌号：${pl}　车辆类型：小型普通客车`,
    `    被处罚人${who}于${date()}在${pick(['G110国道', '省道S212线', '县城人民路'])}驾驶机动车未按规定系安全带，违反了《中华人民共和国道路交通安全法》第五十一条。依据第九十条，决定处以罚款${int(1, 2)}00元，记${int(1, 3)}分。`,
    `执勤民警：${officer}（警号：${digits(6)}）`,
  ].join('\n');
  add('holdout5', text, [P(who), I(id), A(home), PL(pl)], [officer]);
}

function h5NoSuchInformation(): void {
  const who = person();
  const clerk = person();
  const addr = urbanAddress();
  const county = pick(COUNTIES);
  const text = [
    `${county}住房和城乡建设局`,
    '政府信息不存在告知书',
    `申请人：${who}`,
    `    ${date()}，本机关收到你提交的政府信息公开申请表，要求公开“${pick(ESTATES)}${int(2005, 2012)}年规划验收资料”。本机关经在档案室和业务系统中逐项检索，未找到该项政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项，现告知你：该政府信息不存在。`,
    `    本告知书邮寄至你在申请表中留下的地址：${addr}。`,
    `    经办人：${clerk}　联系电话：${officeLandline()}`,
  ].join('\n');
  add('holdout5', text, [P(who), A(addr)], [clerk]);
}

function h5HospitalComplaint(): void {
  const who = person('女');
  const mother = person('女');
  const doctor = person('男');
  const tel = mobile();
  const text = [
    `问政标题：母亲住院期间被多收费用`,
    `问政时间：${date()}`,
    `问政内容：我母亲${mother}今年八十三岁，${date()}因肺炎住进县人民医院，出院结算时发现清单上有两项检查根本没做过。我去问主治医生${doctor}，他说是系统自动生成的，让我找收费处，收费处又让我找科室。希望卫健部门查一查。反映人：${who}，电话${tel}。`,
    `办理单位：县卫生健康委员会`,
    `办理结果：经调查，${mother}住院期间确有一项检查因设备故障未实际进行，医院已将该项费用退还至患者家属账户，并对相关科室进行了通报批评。`,
  ].join('\n');
  // The doctor works for a hospital, not for the body that publishes the reply: a private person here.
  add('holdout5', text, [P(who), P(mother), P(doctor), M(tel)]);
}

function h5MoralModels(): void {
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${county}第${pick(['六', '七', '八'])}届道德模范候选人公示`, '    经基层推荐、评审委员会评审，现将道德模范候选人名单公示如下：'];
  for (const kind of ['助人为乐', '孝老爱亲', '敬业奉献']) {
    const who = chance(0.3) ? mongol() : person();
    const sex = chance(0.5) ? '男' : '女';
    const home = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
    pii.push(P(who), A(home));
    lines.push(`    ${kind}类：${who}，${sex}，${pick(['汉族', '蒙古族', '回族'])}，${int(1950, 1990)}年生，${home}村民。`);
  }
  lines.push(`    公示期间，如有意见请向县文明办反映。`);
  add('holdout5', lines.join('\n'), pii);
}

function h5FarmlandSubsidy(): void {
  const town = pick(TOWNS);
  const v = pick(VILLAGES);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${v}${int(2021, 2024)}年耕地地力保护补贴发放清册`, '户主姓名 | 身份证号后四位 | 补贴面积（亩） | 补贴金额（元）'];
  for (let i = 0; i < int(4, 6); i++) {
    const who = person();
    pii.push(P(who));
    lines.push(`${who} | ${digits(3)}${pick(['1', '5', 'X'])} | ${int(2, 30)}.${int(0, 9)} | ${int(100, 3000)}.${pad(int(0, 99), 2)}`);
  }
  lines.push(`村报账员：（签字）　　公示日期：${date()}`);
  add('holdout5', lines.join('\n'), pii);
}

function h5GrasslandMediation(): void {
  const a = mongol();
  const b = mongol();
  const mediator = person();
  const placeA = gacha();
  const text = [
    '草原边界纠纷调解协议书（公示稿）',
    `甲方：${a}，${placeA}牧民`,
    `乙方：${b}，同嘎查牧民`,
    `    甲乙双方因草场边界网围栏位置发生争议。经苏木司法所调解员${mediator}主持调解，双方自愿达成如下协议：`,
    `    一、以${int(2001, 2010)}年草原承包确权图为准，由${b}将越界的网围栏向西移回${int(20, 200)}米；`,
    `    二、${a}放弃对往年牧草损失的赔偿请求；`,
    '    三、本协议自双方签字之日起生效。',
  ].join('\n');
  add('holdout5', text, [P(a), P(b), A(placeA)], [mediator]);
}

function h5TraditionalExpropriation(): void {
  const who = person('男');
  const wife = person('女');
  const home = village();
  const text = [
    '房屋徵收補償決定公告',
    `    被徵收人${toTrad4(who)}、${toTrad4(wife)}（夫妻）位於${toTrad4(home)}的房屋在徵收範圍內。經多次協商，雙方在簽約期限內未達成補償協議。`,
    `    依據《國有土地上房屋徵收與補償條例》第二十六條，本府決定：對${toTrad4(who)}給予貨幣補償，補償金額按評估結果確定；${toTrad4(who)}、${toTrad4(wife)}應在收到本決定之日起十五日內完成搬遷。`,
  ].join('\n');
  add('holdout5', text, [P(toTrad4(who)), P(toTrad4(wife)), A(toTrad4(home))]);
}

function h5Recruitment(): void {
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${county}${int(2021, 2024)}年事业单位公开招聘拟聘用人员公示`, '序号 | 姓名 | 性别 | 出生年月 | 学历 | 拟聘单位及岗位'];
  for (let i = 1; i <= int(4, 5); i++) {
    const sex = chance(0.5) ? '男' : '女';
    const who = chance(0.2) ? mongol() : person(sex);
    pii.push(P(who));
    lines.push(`${i} | ${who} | ${sex} | ${int(1990, 2001)}.${pad(int(1, 12), 2)} | ${pick(['本科', '硕士研究生'])} | ${pick(['县人民医院临床医师', '县第二中学数学教师', '乡镇农业综合服务站技术员', '县融媒体中心编辑'])}`);
  }
  lines.push(`    公示期7个工作日。监督电话：${officeLandline()}（县人社局）。`);
  add('holdout5', lines.join('\n'), pii);
}

function h5Dibao(): void {
  const head = person('男');
  const wife = person('女');
  const child = person();
  const home = village();
  const text = [
    '最低生活保障审核确认情况公示',
    `    经本人申请、入户调查、民主评议，拟将${home}${head}家庭纳入农村最低生活保障范围。`,
    `    该户共${pick(['三', '四'])}人：${head}本人因车祸致残，丧失劳动能力；妻子${wife}在家务农并照顾老人；儿子${child}在县第一中学读高二。家庭人均月收入低于当地低保标准。`,
    `    公示期内对以上情况有异议的，请向乡社会救助服务站反映。`,
  ].join('\n');
  add('holdout5', text, [P(head), P(wife), P(child), A(home)]);
}

function h5TeacherNews(): void {
  const teacher = person('女');
  const director = person();
  const reporter = person();
  const pupil = person();
  const home = villageShort();
  const text = [
    `    ${date()}，${home}小学教师${teacher}被评为全省“最美乡村教师”。她扎根村小${int(12, 30)}年，先后资助${int(5, 20)}名留守儿童完成学业。`,
    `    曾经受她资助、如今已考上师范大学的学生${pupil}说：“是${teacher}老师让我知道，山里的孩子也能走出去。”`,
    `    县教育局局长${director}表示，将在全县推广她的经验。（记者 ${reporter}）`,
  ].join('\n');
  add('holdout5', text, [P(teacher), P(pupil)], [director, reporter, home]);
}

h5TrafficPenalty();
h5NoSuchInformation();
h5HospitalComplaint();
h5MoralModels();
h5FarmlandSubsidy();
h5GrasslandMediation();
h5TraditionalExpropriation();
h5Recruitment();
h5Dibao();
h5TeacherNews();
// HOLDOUT5-END

// ---- held-out slice 6 ------------------------------------------------------------------------------
// Written after the sixth tuning (a bare 地址 a person gave, homes glued before names, officers and heads of
// public bodies); measured once and reported as measured. Structures from a second round of reading (see README).

function h6JointLandPenalty(): void {
  const a = person('男');
  const b = person('女');
  const county = pick(COUNTIES);
  const site = `${county}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
  const text = [
    `${county}自然资源局`,
    '行政处罚决定书',
    `${docNo('自然资罚决字')}`,
    `${a}、${b}：`,
    `    受县人民政府指定，本局对你二人非法占用土地建设住宅一案立案查处。经查，你二人于${date()}未经批准在${site}占用耕地建房，建筑面积${int(150, 400)}平方米，其中占用耕地${int(80, 200)}平方米。`,
    `    另查明，${a}建房时不是该村集体经济组织成员；${b}是该村集体经济组织成员，已在本村拥有一处宅基地。案涉房屋实为${a}借用${b}的成员资格所建。`,
    `    以上事实有询问笔录、现场勘测图、证人证言等证据证实。本局决定：责令你二人退还非法占用的土地，没收在非法占用土地上新建的建筑物，并处罚款${money()}元。`,
  ].join('\n');
  // The house they built is where they live: the place is labelled a residence.
  add('holdout6', text, [P(a), P(b), A(site)]);
}

function h6Reconsideration(): void {
  const who = person('男');
  const agent = person();
  const head = person('男');
  const county = pick(COUNTIES);
  const home = village();
  const office = `${county}${pick(STREETS)}${int(1, 99)}号`;
  const text = [
    `${county}人民政府`,
    '行政复议决定书',
    `申请人：${who}，男，${int(1955, 1985)}年${int(1, 12)}月生，住${home}。`,
    `委托代理人：${agent}，系申请人之女。`,
    `被申请人：${county}自然资源局。机构地址：${office}。法定代表人：${head}，局长。`,
    `    申请人不服被申请人作出的《行政处罚决定书》，于${date()}向本机关申请行政复议。申请人称：被申请人未将听证告知书送达申请人住址，而是送到了养殖场，致使其失去陈述申辩的机会。`,
    `    被申请人答辩称：${who}本人在送达回证上签了字，送达程序合法。`,
  ].join('\n');
  add('holdout6', text, [P(who), P(agent), A(home)], [head, office]);
}

function h6CourtRuling(): void {
  const govHead = person('男');
  const agent = person('男');
  const lawyer = person();
  const boss = person('男');
  const county = pick(COUNTIES);
  const seat = `${county}${pick(STREETS)}${int(1, 99)}号`;
  const companySeat = `${county}${pick(STREETS)}${int(100, 300)}号`;
  const agentHome = `${county.slice(0, -1)}城区`;
  const text = [
    '行 政 裁 定 书',
    `再审申请人（一审被告）：${county}人民政府，住所地${seat}。`,
    `法定代表人：${govHead}，该${county.slice(-1)}人民政府${county.endsWith('县') ? '县长' : county.endsWith('旗') ? '旗长' : '区长'}。`,
    `委托诉讼代理人：${agent}，男，${int(1970, 1990)}年${int(1, 12)}月${int(1, 28)}日出生，汉族，住${agentHome}，系该${county.slice(-1)}司法局工作人员。`,
    `委托诉讼代理人：${lawyer}，${pick(['河套', '皖西', '燕山'])}律师事务所律师。`,
    `被申请人（一审原告）：${pick(['宏达', '瑞丰', '金鼎'])}建材有限公司，住所地${companySeat}。`,
    `法定代表人：${boss}，该公司董事长。`,
  ].join('\n');
  // The agent is an employee of a body, but the ruling names a natural person with a home: labelled as such; the
  // company's 法定代表人 is a person (policy keeps it visible); the government's head acts in office.
  add('holdout6', text, [P(agent), A(agentHome), P(lawyer), P(boss)], [govHead, seat, companySeat]);
}

function h6HerderLetter(): void {
  const who = mongol();
  const home = gacha();
  const neighbour = mongol();
  const text = [
    '领导信箱 · 信件详细',
    `信访姓名：${who}`,
    `来信时间：${date()}`,
    '来信主题：禁牧期间饲草料不足',
    `来信内容：我是${home}牧民，家里有${int(30, 80)}头牛。夏营盘今年全年禁牧，附近又租不到草场，圈养一个多月草料快用完了。邻居${neighbour}家情况也一样。希望政府想想办法。`,
    `回复单位：${pick(SUMU)}${pick(SUMU_T)}人民政府`,
    `回复内容：网友您好，您的留言已收悉。按照第三轮草原生态保护补助奖励政策，${pick(GACHA)}等${int(3, 8)}个嘎查的夏营地列入禁牧区，补奖标准每亩每年${int(5, 70)}元；冬营地属于草畜平衡区，可以放牧。我镇已申请春季休牧补贴资金，将尽快发放。`,
  ].join('\n');
  add('holdout6', text, [P(who), A(home), P(neighbour)]);
}

function h6HotlineReply(): void {
  const owner = person('男');
  const grazier = person('男');
  const town = pick(TOWNS);
  const text = [
    `${pick(['刘', '高', '孙'])}先生来电反映：${town}某村，村里一百多亩麦子被外村村民${grazier}放养的羊啃食，基本绝收，希望有关部门查处。`,
    `承办单位回复：镇政府工作人员已与当事人${owner}见面并到现场查看，又与村干部一起到${grazier}家中说服教育。${grazier}表示今后将羊圈养，并同意赔偿部分损失。`,
  ].join('\n');
  add('holdout6', text, [P(owner), P(grazier)]);
}

function h6HonourRoll(): void {
  const county = pick(COUNTIES);
  const a = person('女');
  const b = person('男');
  const c = person('女');
  const d = person('男');
  const e = person('女');
  const f = person();
  const g = person();
  const ha = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
  const hb = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
  const hc = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}`;
  const hd = `${county}${pick(TOWNS)}${pick(VILLAGES)}`;
  const text = [
    `    近日，省文明办公布年度“乡村光荣榜”名单，我${county.slice(-1)}${int(8, 20)}人上榜，其中${int(3, 6)}人入选“十佳”。`,
    `    入选“十佳乡村光荣榜”的分别是：好媳妇——${ha}村民${a}；好公婆——${hb}村民${b}和${hc}村民${c}；好乡贤——${hd}人（${pick(['宏达', '瑞丰'])}农业有限公司董事长）${d}；基层优秀宣传工作者——${county}${pick(TOWNS)}宣传干事${e}。`,
    `    今年以来，${county}文明办授予${f}等${int(80, 120)}人“乡村光荣榜”人物称号。（记者 ${g}）`,
  ].join('\n');
  add('holdout6', text, [P(a), P(b), P(c), P(d), P(f), A(ha), A(hb), A(hc), A(hd)], [e, g]);
}

function h6MaskedTraditional(): void {
  const full = person('男');
  const sn = full[0];
  const county = pick(COUNTIES);
  const text = [
    toTrad4(`${county}${pick(TOWNS)}人民政府行政处罚决定书`),
    `當 事 人：${toTrad4(sn)}**`,
    `身份證號：${pick(['150802', '340826'])}19${int(50, 80)}0${int(1, 9)}${int(10, 28)}****`,
    `住所（地址）：${toTrad4(county)}**鎮**村第**村民組`,
    `聯系電話：1${pick(['38', '51', '81'])}****${digits(4)}`,
    `    本機關於${date()}對你未取得鄉村建設規劃許可證擅自建設住宅一案立案調查。現已查明，${toTrad4(full)}於${date()}開工建設，佔用水利用地${int(100, 200)}平方米。`,
    `    上述事實有當事人${toTrad4(sn)}**身份證明、詢問筆錄、現場照片等證據證實。`,
  ].join('\n');
  add('holdout6', text, [P(toTrad4(full))]);
}

function h6ForestTable(): void {
  const who = person('男');
  const id = idCard();
  const county = pick(COUNTIES);
  const lines = [
    `行政相对人名称 | ${who}`,
    '行政相对人类别 | 自然人',
    `自然人证件类型 | 身份证 | 自然人证件号码 | ${id}`,
    `案件名称 | ${who}擅自改变林地用途案`,
    `违法事实 | ${who}于${date()}未取得林地审核手续，在${county}${pick(TOWNS)}××村“后山”林地上搭建餐厅、硬化地面用于经营农家乐，改变林地用途${int(200, 600)}平方米。`,
    `处罚决定 | 责令限期恢复原状，并处罚款${money()}元。`,
  ];
  add('holdout6', lines.join('\n'), [P(who), I(id)]);
}

function h6DibaoTable(): void {
  const town = pick(TOWNS);
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${int(2022, 2024)}年第${pick(['一', '二', '三'])}季度新增城乡低保对象公示`, '序号 | 户主姓名 | 家庭住址 | 保障人数 | 月保障金（元）'];
  for (let i = 1; i <= int(4, 6); i++) {
    const who = chance(0.25) ? mongol() : person();
    const home = `${county}${town}${pick(VILLAGES)}${pick(GROUPS)}`;
    pii.push(P(who), A(home));
    lines.push(`${i} | ${who} | ${home} | ${int(1, 4)} | ${int(300, 1500)}`);
  }
  lines.push(`监督电话：${officeLandline()}（${town}社会事务办）`);
  add('holdout6', lines.join('\n'), pii);
}

function h6PetitionOpinion(): void {
  const who = person('女');
  const neighbour = person('男');
  const officer = person('男');
  const clerk = person();
  const home = village();
  const text = [
    '信访事项处理意见书',
    `${who}：`,
    `    你于${date()}反映的你家与邻居${neighbour}家宅基地边界纠纷一事，本机关已受理。经调查，你家住${home}，与${neighbour}家东西相邻。${date()}双方因砌院墙发生争执，派出所民警${officer}到场调解，未能达成一致。`,
    `    经镇村两级现场测量并查阅${int(1990, 2005)}年宅基地使用证，两户边界以原有排水沟中心线为准。建议双方按此边界各自砌墙；如你对本意见不服，可自收到本意见书之日起30日内向县人民政府申请复查。`,
    `    经办人：${clerk}`,
  ].join('\n');
  add('holdout6', text, [P(who), P(neighbour), A(home)], [officer, clerk]);
}

function h6DisclosureMailed(): void {
  const who = person();
  const addr = urbanAddress();
  const county = pick(COUNTIES);
  const text = [
    `${county}人民政府办公室`,
    '政府信息公开申请答复书',
    `${who}：`,
    `    本机关于${date()}收到你提出的政府信息公开申请，要求获取“${pick(ESTATES)}片区棚户区改造补偿方案”。经查，该信息属于主动公开范围，已在本机关门户网站公开。`,
    `    现将该信息的纸质件随本答复书一并寄至你申请时预留的地址（${addr}）。`,
    `    如对本答复不服，可在收到之日起60日内申请行政复议，或在6个月内提起行政诉讼。`,
  ].join('\n');
  add('holdout6', text, [P(who), A(addr)]);
}

h6JointLandPenalty();
h6Reconsideration();
h6CourtRuling();
h6HerderLetter();
h6HotlineReply();
h6HonourRoll();
h6MaskedTraditional();
h6ForestTable();
h6DibaoTable();
h6PetitionOpinion();
h6DisclosureMailed();
// HOLDOUT6-END

// ---- held-out slice 7 ------------------------------------------------------------------------------
// Written after the seventh tuning (slice 6's one false positive); measured once and reported as measured.

function h7PolicePenalty(): void {
  const who = person('男');
  const id = idCard();
  const origin = village();
  const home = urbanAddress();
  const victim = person('男');
  const o1 = person('男');
  const o2 = person('男');
  const county = pick(COUNTIES);
  const text = [
    `${county}公安局`,
    '行政处罚决定书',
    `${docNo('公（治）行罚决字')}`,
    `违法行为人：${who}，男，${int(1975, 2000)}年${int(1, 12)}月${int(1, 28)}日出生，公民身份号码${id}，户籍地：${origin}，现住址：${home}。`,
    `    现查明：${date()}晚，${who}在${pick(STREETS)}一烧烤店内因琐事与${victim}发生口角，随后用啤酒瓶将${victim}头部打伤。经民警现场调查，有${who}的陈述和申辩、被侵害人${victim}的陈述、证人证言及视频资料等证据证实。`,
    `    根据《中华人民共和国治安管理处罚法》第四十三条第一款，决定对${who}行政拘留${int(5, 10)}日，并处罚款${int(2, 5)}00元。`,
    `    办案民警：${o1}、${o2}`,
  ].join('\n');
  add('holdout7', text, [P(who), I(id), A(origin), A(home), P(victim)], [o1, o2]);
}

function h7PreAppointment(): void {
  const pii: Rec['pii'] = [];
  const lines = ['干部任前公示', `    经${pick(['旗委', '县委', '区委'])}常委会研究，拟提拔任用以下同志，现予公示：`];
  for (let i = 0; i < 3; i++) {
    const sex = chance(0.5) ? '男' : '女';
    const who = i === 1 ? mongol() : person(sex);
    pii.push(P(who));
    lines.push(`    ${who}，${sex}，${i === 1 ? '蒙古族' : '汉族'}，${int(1978, 1990)}年${int(1, 12)}月生，籍贯${pick(['内蒙古', '安徽', '河北'])}${pick(['五原', '宿松', '平泉', '凉城'])}，${pick(['大学', '研究生'])}学历，现任${pick(TOWNS)}副${pick(['镇长', '乡长'])}，拟任${pick(['县发展和改革委员会副主任', '县民政局副局长', '县应急管理局副局长'])}。`);
  }
  lines.push(`    公示期间，如有情况反映，请向县委组织部干部监督室反映。电话：${officeLandline()}`);
  add('holdout7', lines.join('\n'), pii);
}

function h7HomesteadList(): void {
  const town = pick(TOWNS);
  const v = pick(VILLAGES);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${v}${int(2022, 2024)}年农村宅基地申请审批公示`, '序号\t申请人\t所在组\t家庭人口\t申请面积（㎡）\t类型'];
  for (let i = 1; i <= int(3, 5); i++) {
    const who = person();
    pii.push(P(who));
    lines.push(`${i}\t${who}\t${pick(['一组', '二组', '三组', '五组'])}\t${int(2, 6)}\t${int(90, 160)}\t${pick(['原址翻建', '新建', '改建'])}`);
  }
  lines.push(`    公示期5天。如有异议，请向村民委员会或${town}自然资源所反映。`);
  add('holdout7', lines.join('\n'), pii);
}

function h7NoiseLetter(): void {
  const who = person('女');
  const owner = person('男');
  const home = urbanAddress();
  const text = [
    '来信标题：楼下烧烤店油烟噪音扰民',
    `来信内容：本人叫${who}，住在${home}，楼下邻居${owner}开了一家烧烤店，每天营业到凌晨两点，油烟直冲我家窗户。多次沟通无果，请有关部门处理。`,
    `回复内容：${who}女士：您好！您反映的问题已转${pick(['城市管理综合执法局', '生态环境分局'])}办理。经现场检查，该店未安装油烟净化设施，执法人员已责令其限期整改，并将持续跟踪。感谢您对我们工作的支持。`,
  ].join('\n');
  add('holdout7', text, [P(who), A(home), P(owner)]);
}

function h7ExpropriationTable(): void {
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${county}${pick(['北关', '南河', '西街'])}片区房屋征收补偿结果公示`, '编号 | 被征收人 | 房屋坐落 | 建筑面积（㎡） | 补偿金额（元）'];
  for (let i = 1; i <= int(3, 5); i++) {
    const who = person();
    const where = `${county}${pick(STREETS)}${int(1, 200)}号`;
    pii.push(P(who), A(where));
    lines.push(`${pad(i, 3)} | ${who} | ${where} | ${int(60, 180)}.${int(0, 9)} | ${int(200000, 900000)}`);
  }
  lines.push('本结果公示期15日，接受被征收人和社会监督。');
  add('holdout7', lines.join('\n'), pii);
}

function h7Defaulters(): void {
  const who = person('男');
  const id = idCard();
  const home = village();
  const boss = person('女');
  const court = `${pick(COUNTIES)}人民法院`;
  const text = [
    `${court}失信被执行人名单公告`,
    `    失信被执行人：${who}，男，${int(1960, 1990)}年生，身份证号码${id}，住${home}。执行依据：本院民事判决书。未履行金额：${int(5, 80)}000元。`,
    `    失信被执行人：${pick(['宏达', '瑞丰', '金鼎'])}商贸有限公司，统一社会信用代码91150${digits(13)}，法定代表人：${boss}。`,
    '    以上被执行人有履行能力而拒不履行生效法律文书确定的义务，本院依法将其纳入失信被执行人名单。',
  ].join('\n');
  add('holdout7', text, [P(who), I(id), A(home), P(boss)]);
}

function h7TraditionalPetition(): void {
  const who = person('男');
  const brother = person('男');
  const land = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
  const text = [
    '信訪事項答覆意見書',
    `${toTrad4(who)}：`,
    `    你反映你家位於${toTrad4(land)}的承包地被兄長${toTrad4(brother)}長期佔用一事，經鎮司法所調查，該地塊於${int(1998, 2003)}年二輪承包時登記在你父親名下，父親去世後未辦理變更。`,
    `    建議你與${toTrad4(brother)}協商解決；協商不成的，可向縣農村土地承包仲裁委員會申請仲裁。`,
  ].join('\n');
  add('holdout7', text, [P(toTrad4(who)), P(toTrad4(brother)), A(toTrad4(land))]);
}

function h7VisitNews(): void {
  const county = pick(COUNTIES);
  const town = pick(TOWNS);
  const leader = person('男');
  const a = person('男');
  const b = person('女');
  const reporter = person();
  const v = `${town}${pick(VILLAGES)}`;
  const text = [
    `    ${date()}，${county}县委副书记${leader}深入${v}走访慰问脱贫户${a}、${b}，详细询问家庭收入、看病就医和孩子上学等情况。`,
    `    在${a}家中，${leader}叮嘱镇村干部要落实好防返贫动态监测措施。${b}今年${int(60, 80)}岁，独自生活，村里为她安排了公益性岗位。（通讯员 ${reporter}）`,
  ].join('\n');
  add('holdout7', text, [P(a), P(b)], [leader, reporter, v]);
}

h7PolicePenalty();
h7PreAppointment();
h7HomesteadList();
h7NoiseLetter();
h7ExpropriationTable();
h7Defaulters();
h7TraditionalPetition();
h7VisitNews();
// HOLDOUT7-END

// ---- held-out slice 8 ------------------------------------------------------------------------------
// Written after the eighth tuning (slice 7's misses); measured once and reported as measured.

function h8DisclosureThirdParty(): void {
  const who = person('男');
  const third = person('女');
  const addr = village();
  const clerk = person();
  const county = pick(COUNTIES);
  const text = [
    `${county}自然资源局`,
    '政府信息公开申请答复书',
    `${who}：`,
    `    你于${date()}通过信函方式提出申请，要求公开“${third}宅基地审批档案”。因该信息涉及第三方${third}的个人信息，本机关于${date()}书面征求其意见，${third}明确不同意公开。`,
    `    根据《中华人民共和国政府信息公开条例》第三十二条，本机关决定不予公开。本答复书按你信函中注明的地址邮寄：${addr}。`,
    `    联系人：${clerk}　联系电话：${officeLandline()}`,
  ].join('\n');
  add('holdout8', text, [P(who), P(third), A(addr)], [clerk]);
}

function h8AidRoster(): void {
  const town = pick(TOWNS);
  const county = pick(COUNTIES);
  const pii: Rec['pii'] = [];
  const lines = [`${town}${int(2022, 2024)}年${int(1, 12)}月临时救助审批名单公示`, '序号\t姓名\t性别\t家庭住址\t救助原因\t救助金额（元）'];
  for (let i = 1; i <= int(4, 6); i++) {
    const sex = chance(0.5) ? '男' : '女';
    const who = chance(0.2) ? mongol() : person(sex);
    const home = `${county}${town}${pick(VILLAGES)}${pick(GROUPS)}`;
    pii.push(P(who), A(home));
    lines.push(`${i}\t${who}\t${sex}\t${home}\t${pick(['因病', '因灾', '因意外事故'])}\t${int(5, 30)}00`);
  }
  lines.push(`    公示时间：${date()}至${date()}。监督电话：${officeLandline()}。`);
  add('holdout8', lines.join('\n'), pii);
}

function h8VillageAffairs(): void {
  const v = pick(VILLAGES);
  const a = person('男');
  const b = person('女');
  const c = person('男');
  const sec = person('男');
  const text = [
    `${v}村务公开栏（${int(2022, 2024)}年第${pick(['二', '三'])}季度）`,
    `    一、公益性岗位：经村民代表会议评议，聘用${a}、${b}为村保洁员，每人每月补贴${int(5, 9)}00元。`,
    `    二、危房改造：${c}家房屋经鉴定为C级危房，已列入本年度改造计划，补助资金${int(1, 3)}万元。`,
    `    三、本季度村集体收入${int(2, 9)}.${int(1, 9)}万元，支出明细附后。`,
    `    村党支部书记：${sec}　村务监督委员会：（签字）`,
  ].join('\n');
  add('holdout8', text, [P(a), P(b), P(c)], [sec]);
}

function h8TrafficNotice(): void {
  const who = person('男');
  const pl = plate();
  const county = pick(COUNTIES);
  const home = village();
  const text = [
    `${county}公安局交通管理大队`,
    '关于公告送达道路交通事故认定书的公告',
    `${who}（男，${int(1970, 1995)}年生，住${home}）：`,
    `    ${date()}，你驾驶${pl}号小型普通客车在${pick(['G6京藏高速', '省道S311线'])}发生交通事故。因你下落不明，无法直接送达，现依法公告送达《道路交通事故认定书》。自公告之日起满六十日，即视为送达。`,
  ].join('\n');
  add('holdout8', text, [P(who), A(home), PL(pl)]);
}

function h8MongolianLetter(): void {
  const who = mongol();
  const wife = mongol();
  const home = gacha();
  const tel = mobile();
  const text = [
    `留言人：${who}`,
    `留言内容：我和妻子${wife}都是${home}的牧民，去年冬天暴雪，我家死了${int(10, 40)}只羊，申请的灾害补助到现在还没发。嘎查说报到苏木了，苏木说在等旗里审批。联系电话${tel}。`,
    `答复：${who}您好！经核实，您家的灾害补助已于近日审批通过，资金将在本月内通过“一卡通”发放到户。`,
  ].join('\n');
  add('holdout8', text, [P(who), P(wife), A(home), M(tel)]);
}

function h8CourtPenalty(): void {
  const who = person('女');
  const judge = person();
  const home = urbanAddress();
  const court = `${pick(COUNTIES)}人民法院`;
  const text = [
    `${court}`,
    '决定书',
    `被罚款人：${who}，女，${int(1965, 1990)}年${int(1, 12)}月${int(1, 28)}日出生，汉族，住${home}。`,
    `    本院在审理原告与被告民间借贷纠纷一案中，${who}作为证人出庭，故意作虚假陈述，妨碍民事诉讼。依照《中华人民共和国民事诉讼法》第一百一十四条，决定对${who}罚款${int(1, 5)}000元。`,
    `审判员　${judge}`,
  ].join('\n');
  add('holdout8', text, [P(who), A(home)], [judge]);
}

h8DisclosureThirdParty();
h8AidRoster();
h8VillageAffairs();
h8TrafficNotice();
h8MongolianLetter();
h8CourtPenalty();
// HOLDOUT8-END

// ---- held-out slice 9 ------------------------------------------------------------------------------
// Written blind, on its own seed and pools (slice9.ts, blind.ts); measured once and reported as measured.
slice9(add, used);

// ---- held-out slice 10 -----------------------------------------------------------------------------
// Written blind like slice 9, of other kinds and layouts (slice10.ts); for the lead to measure, not for tuning.
slice10(add, used);

// ---- held-out slice 11 -----------------------------------------------------------------------------
// Written blind, weighted towards residential addresses, on its own seed and pools (slice11.ts); for the lead to measure.
slice11(add, used);

// ---- held-out slice 12 -----------------------------------------------------------------------------
// Written blind, as much for precision as recall, of kinds slices 1–11 hardly use (slice12.ts); for the lead to measure.
slice12(add, used);
// ---- held-out slice 13 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–11 barely use and weighted towards decoys, on its own seed and pools (slice13.ts);
// its figures are printed, its errors are not, for the lead to measure.
slice13(add, used);
// ---- held-out slice 14 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–13 barely use and as much for precision as recall, on its own seed and pools
// (slice14.ts); its figures are printed, its errors are not, for the lead to measure.
slice14(add, used);
// ---- held-out slice 15 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–14 do not use (housing lists, 建房 公示, 失信 名单, 寻亲, 12345) and as much for precision as
// recall, on its own seed and pools (slice15.ts); its figures are printed, its errors are not, for the lead to measure.
slice15(add, used);
// ---- held-out slice 16 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–14 do not use and as much for precision as recall, on its own seed and pools
// (slice16.ts); its figures are printed, its errors are not, for the lead to measure.
slice16(add, used);
// ---- held-out slice 17 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–14 do not use (草原补奖, 管护员, 易地搬迁, 村务财务, 分红, 土地流转, 推文, 微博, 人大建议
// 答复), as much for precision as recall, on its own seed and pools (slice17.ts); its figures are printed, its errors are not.
slice17(add, used);
// ---- held-out slice 18 -----------------------------------------------------------------------------
// Written blind, of kinds slices 1–17 do not use (收养登记, 户口注销/证件作废, 农机购置补贴, 耕地地力补贴, 林木采伐, 食品小作坊,
// 开庭公告, 烈士纪念, 嘎查村务公开), as much for precision as recall, on its own seed and pools (slice18.ts); figures only.
slice18(add, used);
// ---- held-out slice 19 -----------------------------------------------------------------------------
// Written blind (行政复议, 应诉公示, 年度报告典型案例, 选民名单, 见义勇为, 招生录取, 高龄慰问, 结对帮扶, 宗教场所负责人, 欠薪/工伤调解),
// as much for precision as recall, on its own seed and pools (slice19.ts); figures only.
slice19(add, used);
// ---- held-out slice 20 -----------------------------------------------------------------------------
// Written blind (不起诉决定书, 社保冒领/暂停发放, 计生奖扶, 优抚定期抚恤, 渔船燃油补贴, 吊销个体工商户, 一事一议, 出租车信誉考核,
// 公益性岗位 news, a traditional-script mirror), as much for precision as recall, on its own seed and pools (slice20.ts); figures only.
slice20(add, used);
// ---- held-out slice 21 -----------------------------------------------------------------------------
// Written blind (门诊慢特病, 大病二次报销, 强制扑杀补偿, 种粮大户, 教师资格, 遗失声明, 欠费催缴, 环境信访, 网格员走访, a traditional-script
// mirror), as much for precision as recall, on its own seed and pools (slice21.ts); figures only.
slice21(add, used);
// ---- held-out slice 22 -----------------------------------------------------------------------------
// Written blind by an independent examiner (劳动仲裁裁决书, 欠薪失信惩戒名单, 两委换届初步人选, 法律援助 news, 水库移民直补人口, 惠民殡葬补贴,
// 事实无人抚养儿童, 退耕还林兑现, 火灾救人 news, a traditional-script mirror), as much for precision as recall, on its own seed and
// pools (slice22.ts); figures only.
slice22(add, used);
// ---- held-out slice 23 -----------------------------------------------------------------------------
// Written blind (退耕还林, 社区矫正/安置帮教, 水库移民后扶, 征地青苗补偿, 种植业保险理赔, 雨露计划, 养老保险未认证, 事实无人抚养儿童,
// 无偿献血表彰, a traditional-script mirror), as much for precision as recall, on its own seed and pools (slice23.ts); figures only.
slice23(add, used);
// ---- held-out slice 24 -----------------------------------------------------------------------------
// Written blind by an independent examiner (撤销婚姻登记, 拟任命人民陪审员, 律师执业变动, 退役士兵选岗, 驾驶证注销, 提请减刑假释, 招领公告,
// 烟草零售许可, 失能老人护理补贴, a traditional-script 残疾等级评定), as much for precision as recall, on its own seed and pools
// (slice24.ts); figures only.
slice24(add, used);
// ---- held-out slice 25 -----------------------------------------------------------------------------
// Written blind by an independent examiner (教育 留言办理, 教师周转宿舍, 精神障碍监护以奖代补, 乡村医生再注册 in a Dai county, 加装电梯,
// 网约车驾驶员证/运输证, 退捕渔民安置, 农技 news, 住建 留言, a traditional-script 农村客运 mirror), as much for precision as recall,
// on its own seed and pools (slice25.ts); figures only.
slice25(add, used);
// ---- held-out slice 26 -----------------------------------------------------------------------------
// Written blind by an independent examiner (失业保险金核定, 中级职称评审通过, 技能大师工作室/乡村工匠, 医保违规处理决定, 特殊工种提前退休,
// 一次性创业补贴, 人社局长信箱, 长护险失能评估 as a traditional-script mirror, 欠薪讨回 news in prose, 劳动模范推荐), as much for
// precision as recall, on its own seed and pools (slice26.ts); figures only.
slice26(add, used);
// ---- held-out slice 27 -----------------------------------------------------------------------------
// Written blind by an independent examiner (不动产权证书作废, 继承转移登记, 取水许可, 地质灾害避险搬迁, 河湖巡查 news, 山林权属争议,
// 非法采砂 公告送达, 野猪致害补偿, 违规野外用火通报, a traditional-script 群测群防员 mirror), as much for precision as recall, on its
// own seed and pools (slice27.ts); figures only.
slice27(add, used);
// ---- held-out slice 28 -----------------------------------------------------------------------------
// Written blind by an independent examiner (消防处罚决定书, 有限空间事故调查报告, 信访文书公告送达, 见义勇为奖励金, 救灾物资发放, 走失人员
// 认领, 强制隔离戒毒公告送达, 违规野外用火通报 in a Yi county, 安全生产举报奖励, a traditional-script 防汛转移 mirror), as much for
// precision as recall, on its own seed and pools (slice28.ts); figures only.
slice28(add, used);
// ---- held-out slice 29 -----------------------------------------------------------------------------
// Written blind by an independent examiner (非遗传承人推荐, 全民健身象棋成绩, 社区物业公告, 星级文明户, 科技特派员, 农民丰收节 in a
// Xinjiang county, 优秀普查员表彰, 民宿等级评定, 专利资助, a traditional-script 龙舟赛 mirror), as much for precision as recall, on its
// own seed and pools (slice29.ts); figures only.
slice29(add, used);
// ---- held-out slice 30 -----------------------------------------------------------------------------
// Written blind by an independent examiner (税务非正常户认定, 统计处罚决定书, 个体工商户经营异常标记, 特种设备作业人员考试合格,
// 校外培训处罚, 师德师风通报, 住户调查记账补贴, 人大代表建议答复, 夜市个体户 news, a traditional-script 税务简易处罚), as much for
// precision as recall, on its own seed and pools (slice30.ts); figures only.
slice30(add, used);
// ---- held-out slice 31 -----------------------------------------------------------------------------
// Written blind by an independent examiner (高素质农民结业名单, 医师定期考核, 防返贫监测识别/风险消除, 残疾人辅具适配, 两癌救助 news,
// 巾帼编织坊 news, 青年返乡创业 news, a traditional-script 民族团结进步模范推荐, 强制免疫先打后补, a PDF-wrapped 土地承包仲裁裁决书),
// as much for precision as recall, on its own seed and pools (slice31.ts); figures only.
slice31(add, used);
// ---- held-out slice 32 -----------------------------------------------------------------------------
// Written blind by an independent examiner (道路运输处罚公告送达, 渔船注销登记, 无法投递邮件, 乡邮员 news, 农村客运驾驶员培训结业,
// 拾金不昧通报表扬, 水域滩涂养殖证核发, 快递申诉处理告知书, 村邮站站长名单, a traditional-script 电鱼处罚), weighted towards homes,
// as much for precision as recall, on its own seed and pools (slice32.ts); figures only.
slice32(add, used);
// ---- held-out slice 33 -----------------------------------------------------------------------------
// Written blind by an independent examiner (公租房资格复核, 征收产权调换选房, 自建房安全鉴定, 维修资金使用, 业委会候选人, 物业纠纷调解,
// 城中村改造签约 news, 公积金逾期催收, 共有产权房申购审核, a PDF-wrapped 征收评估报告公告送达), weighted towards homes, as much for
// precision as recall, on its own seed and pools (slice33.ts); figures only.
slice33(add, used);
// ---- held-out slice 34 -----------------------------------------------------------------------------
// Written blind by an independent examiner (人民调解协议履行公示, 法律援助受援人名单, 社区矫正解除宣告 news, 立功喜报送达 news,
// 光荣之家悬挂名单, 自主就业退役士兵经济补助, a traditional-script 人民調解典型案例, 给予法律援助决定书, 退役军人信箱, 法律明白人名单),
// weighted towards homes, as much for precision as recall, on its own seed and pools (slice34.ts); figures only.
slice34(add, used);
// ---- held-out slice 35 -----------------------------------------------------------------------------
// Written blind by an independent examiner (城市低保新增审批, 急难型临时救助先行救助, 高龄津贴未认证公告, 分散供养特困照料服务,
// 无障碍改造受助户, 公益性公墓安葬登记, 幸福院老年助餐 news, 家庭养老床位验收 in a Zhuang county, 居家养老补贴 letter and reply,
// a traditional-script 骨灰寄存期满催告), weighted towards homes, as much for precision as recall, on its own seed and pools
// (slice35.ts); figures only.
slice35(add, used);
// ---- held-out slice 36 -----------------------------------------------------------------------------
// Written blind by an independent examiner (个人欺诈骗保典型案例通报, 计划生育特别扶助新增对象, 家庭医生签约 news, 院前急救 news,
// 职业病诊断鉴定书公告送达, 医师执业注册注销, 遗体器官捐献者缅怀名单, 犬伤门诊 letter and reply, 中医确有专长考核合格公示,
// a traditional-script 造血幹細胞捐獻 news item), weighted towards names, as much for precision as recall, on its own seed and
// pools (slice36.ts); figures only.
slice36(add, used);
// ---- held-out slice 37 -----------------------------------------------------------------------------
// Written blind by an independent examiner (林长公示牌, 村级管水员聘用, 用水户协会换届选举, 水土保持处罚决定书, 古树名木认养,
// 农产品监督抽检不合格通报, 土专家田秀才拟认定 in a Miao county, 测土配方 news, 小型水库三个责任人, a traditional-script 水务局长信箱),
// weighted towards names, as much for precision as recall, on its own seed and pools (slice37.ts); figures only.
slice37(add, used);
// ---- held-out slice 38 -----------------------------------------------------------------------------
// Written blind by an independent examiner (食品抽检不合格核查处置, 12315消费纠纷调解案例, 价格违法处罚决定书, 商标侵权处罚结果,
// 网络交易整治 news, 重大税收违法失信主体公布, 诚信经营示范户表彰, 税务责令限期改正公告送达, 集贸市场作弊秤 news, a
// traditional-script 消費投訴處理結果告知書), weighted towards names, shops and firms named after people as decoys, as much for
// precision as recall, on its own seed and pools (slice38.ts); figures only.
slice38(add, used);
// ---- held-out slice 39 -----------------------------------------------------------------------------
// Written blind by an independent examiner (生源地助学贷款受理, 二级社会体育指导员, 就业见习补贴, 控辍保学劝返 news, 村BA news,
// 二级运动员/裁判员审批, 幼儿园派位录取, 家政培训合格名单, 广场舞 letter and reply, a traditional-script 乡贤奖学金), weighted towards
// names, as much for precision as recall, on its own seed and pools (slice39.ts); figures only.
slice39(add, used);

for (const r of out) process.stdout.write(`${JSON.stringify(r)}\n`);
