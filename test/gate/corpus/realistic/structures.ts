/**
 * Builds test/gate/corpus/realistic/structures.jsonl, the development slice of the ninth tuning (issue 9): the
 * name structures a third round of reading found that the older slices do not hold, each beside decoys that
 * must not be reported.
 *
 *   node --import tsx test/gate/corpus/realistic/structures.ts > test/gate/corpus/realistic/structures.jsonl
 *
 * Same format and conventions as build.ts (see README.md beside it): nothing imported from review/, every
 * person, place and number synthetic (its own seed and pools), every sentence written for this file.
 */
import { seededRandom, type LabelledRecord } from '../generate.js';
import { A, P } from './blind.js';

const { pick, int, digits, chance } = seededRandom(90210417);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷';
const RARE_SURNAMES = '仉宓笪訾竺郗眭郦逄蒯缑庹苌邰冶詹靳柴鲍祁蒲滕屈饶解牟艾尤穆卓古吉缪简车项连麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬仇栾隋商刁巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝谈匡鞠惠荆冀郁胥储栗鄢谌奚皮粟冼蔺楼阙扈';
const GIVEN = '建国志军伟强磊勇刚明亮超波斌鹏辉杰涛浩宇凯俊晨文海江峰成德福贵荣胜宝金玉永长兴旺祥瑞东升春生泽民树根平安义仁忠信学兵红卫振华中庆新光耀宏达鸿飞进守彦博秀英兰芳梅霞燕娟丽萍玲艳凤桂珍敏静雪琴慧婷莉娜倩颖悦怡欣雅菲丹彩云月翠蓉淑贞美琳佳宁璐瑶馨蕊晴';
const TIBETAN = ['次仁拉姆', '扎西顿珠', '格桑卓玛', '伦珠', '白玛央宗', '索朗次旦', '达瓦卓嘎', '罗布旺堆', '米玛普布', '拉巴次仁'];
const MONGOL = ['巴图巴雅尔', '乌云其其格', '额尔敦毕力格', '斯琴高娃', '那顺乌力吉', '哈斯图雅', '孟和巴特尔', '萨仁格日勒', '阿拉坦宝音', '特木尔巴根'];

const used = new Set<string>();
function fresh(make: () => string): string {
  for (let k = 0; k < 1000; k++) {
    const n = make();
    if (![...used].some((u) => u.includes(n) || n.includes(u))) {
      used.add(n);
      return n;
    }
  }
  throw new Error('name space exhausted');
}
function person(rare = false): string {
  return fresh(() => {
    const s = pick([...(rare || chance(0.25) ? RARE_SURNAMES : SURNAMES)]);
    return chance(0.8) ? s + pick([...GIVEN]) + pick([...GIVEN]) : s + pick([...GIVEN]);
  });
}
const tibetan = (): string => fresh(() => pick(TIBETAN));
const mongol = (): string => fresh(() => pick(MONGOL));

const COUNTIES = ['望江县', '潜山市', '太仆寺旗', '凉城县', '滦平县', '五原县', '宿松县', '正蓝旗', '霍邱县', '金寨县'];
const TOWNS = ['长岭镇', '石桥乡', '宝昌镇', '岱岳镇', '红石镇', '巴彦镇', '青松乡', '高桥镇'];
const VILLAGES = ['永红村', '前进村', '新兴村', '双丰村', '杨柳村', '太平村', '兴隆村', '民主村'];
const GROUPS = ['一组', '三组', '四组', '六组', '东组', '西组', '河湾组'];
const STREETS = ['建设路', '振兴街', '和顺路', '育才街', '长青路'];
const home = (): string => `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}`;
const door = (): string => `${pick(COUNTIES)}${pick(STREETS)}${int(2, 199)}号${int(1, 12)}号楼${int(1, 4)}单元${int(1, 9)}0${int(1, 3)}室`;
const date = (): string => `${int(2021, 2024)}年${int(1, 12)}月${int(1, 28)}日`;
const landline = (): string => `0${pick(['556', '479', '314', '564'])}-${int(2, 8)}${digits(6)}`;

const out: LabelledRecord[] = [];
const counters = new Map<string, number>();
function add(source: string, text: string, pii: LabelledRecord['pii'], decoys: string[] = []): void {
  const n = (counters.get(source) ?? 0) + 1;
  counters.set(source, n);
  out.push({ id: `${source}-${n}`, source, text, pii, decoys });
}

/** 慰问 news: an enumeration before 两农户家, kin after 的, 村民X with any verb, a byline of two reporters. */
function visitNews(): void {
  const [a, b, mother, villager, sec] = [person(), person(), person(), person(), person()];
  const [r1, r2] = [person(), person()];
  const v = pick(VILLAGES);
  const text = [
    `${date()}，县农业农村局驻${v}工作队和村党支部书记${sec}到${a}、${b}两农户家走访慰问。`,
    `${a}的妻子因病丧失劳动能力，家庭负担较重，工作队详细了解了医疗费用和子女上学情况。${b}的母亲${mother}，年过七旬，常年患病。`,
    `“感谢党和政府惦记着我们！”村民${villager}握着工作队员的手说。`,
    `（通讯员 ${r1} ${r2}）`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(mother), P(villager)], [sec, r1, r2]);
}

/** 见义勇为 decision: X等N人, a list of three who each get a sum, the reporter as a decoy. */
function braveryAward(): void {
  const [a, b, c, d] = [person(), person(), person(), person()];
  const reporter = person();
  const text = [
    `${date()}，${pick(TOWNS)}一处民房起火，${a}等4人先后冲入火场救出两名儿童。`,
    `经县见义勇为评审委员会评定，授予${a}“见义勇为先进个人”称号，奖励2万元；${b}、${c}、${d}每人获奖金5000元。`,
    `（记者 ${reporter}）`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(c), P(d)], [reporter]);
}

/** 推荐 公示: a 、 list after a colon, a space-separated list of members, the group's leader as staff. */
function recommendation(): void {
  const list = [person(), person(true), person(), person()];
  const members = [person(), person(true), person()];
  const leader = person();
  const text = [
    '关于拟推荐表彰对象的公示',
    `一、先进个人：${list.join('、')}`,
    '二、评审小组',
    `组长：${leader}`,
    `成员：${members.join(' ')}`,
    `公示期为${date()}至${date()}，监督电话：${landline()}。`,
  ].join('\n');
  add('structures', text, [...list, ...members].map(P), [leader]);
}

/** 两优一先 公示 with Tibetan and Mongolian names: one-part names with a nationality in brackets. */
function excellence(): void {
  const t1 = tibetan();
  const m1 = mongol();
  const h = person();
  const text = [
    '优秀共产党员拟推荐对象公示',
    `${t1}（女，藏族） 某县乡村振兴局驻村工作队队员`,
    `${m1}（蒙古族） ${pick(COUNTIES)}${pick(TOWNS)}兽医站职工`,
    `${h} 县第二中学教师`,
  ].join('\n');
  add('structures', text, [P(t1), P(m1), P(h)]);
}

/** 房屋征收 table: a tabbed 被征收人 column, with a 合计 row and the doors as homes. */
function expropriationTable(): void {
  const pii: LabelledRecord['pii'] = [];
  const lines = [`${pick(COUNTIES)}旧城改造项目房屋征收补偿结果公示`, '序号\t被征收人\t房屋坐落\t面积（平方米）\t补偿金额（元）'];
  let total = 0;
  for (let i = 1; i <= int(3, 5); i++) {
    const who = person(true);
    const at = door();
    const area = int(60, 140);
    total += area;
    pii.push(P(who), A(at));
    lines.push(`${i}\t${who}\t${at}\t${area}\t${area * int(3, 6)}000`);
  }
  lines.push(`合计\t—\t—\t${total}\t—`);
  add('structures', lines.join('\n'), pii);
}

/** 低保 table laid out with bars under 户主姓名, Mongolian names among the Han ones. */
function dibaoTable(): void {
  const pii: LabelledRecord['pii'] = [];
  const lines = [`${pick(TOWNS)}${date()}农村低保新增对象公示`, '户主姓名 | 家庭人口 | 保障金额（元） | 所在组'];
  for (let i = 0; i < int(3, 5); i++) {
    const who = i === 1 ? mongol() : person(true);
    pii.push(P(who));
    lines.push(`${who} | ${int(1, 5)} | ${int(3, 9)}00 | ${pick(GROUPS)}`);
  }
  add('structures', lines.join('\n'), pii);
}

/** 不予公开告知书: a third party named three times, the reply mailed to the address the applicant wrote. */
function thirdPartyNotice(): void {
  const [who, third, clerk] = [person(), person(), person()];
  const addr = home();
  const text = [
    `${who}：`,
    `    你申请公开的“${third}低保审批材料”涉及第三方${third}的个人隐私。本机关书面征求意见后，${third}明确表示不同意公开。`,
    `    依据《中华人民共和国政府信息公开条例》第十五条，本机关决定不予公开。本告知书按你申请表中填写的地址寄送：${addr}。`,
    `    联系人：${clerk}　联系电话：${landline()}`,
  ].join('\n');
  add('structures', text, [P(who), P(third), A(addr)], [clerk]);
}

/** 村务公开: people hired (聘用A、B), a household's house (X家房屋), a 、 list praised after a colon. */
function villageAffairs(): void {
  const [a, b, c] = [person(), person(), person()];
  const praised = [person(true), person(), person(true)];
  const sec = person();
  const text = [
    `${pick(VILLAGES)}村务公开（${int(2022, 2024)}年第${pick(['一', '四'])}季度）`,
    `    一、经村民代表会议表决，聘用${a}、${b}为护林员。`,
    `    二、${c}家房屋经鉴定为D级危房，已申报改造补助。`,
    `    三、通报表扬：${praised.join('、')}。`,
    `    村党支部书记：${sec}`,
  ].join('\n');
  add('structures', text, [a, b, c, ...praised].map(P), [sec]);
}

/** Penalty and petition prose with rare surnames: 对X作出, X长期…, 其中X老人, X同学. */
function prosePenalty(): void {
  const [a, b, c, d] = [person(true), person(true), person(true), person()];
  const officer = person();
  const text = [
    `    经查，${a}长期在${pick(VILLAGES)}集体土地上堆放建筑垃圾，经多次劝导拒不清理。本机关于${date()}对${a}作出罚款2000元的行政处罚。执法人员：${officer}。`,
    `    此次共救助困难群众${int(12, 40)}户，其中${b}老人因病住院花费较大，获临时救助3000元。`,
    `    ${pick(TOWNS)}中心小学师生为患病的${c}同学捐款${int(1, 5)}万元，${d}校长代表学校表示感谢。`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(c)], [officer, d]);
}

/** 表彰名单 aligned for print: two-character names padded with one space among three-character ones. */
function alignedAwardList(): void {
  const people: string[] = [];
  for (let i = 0; i < 6; i++) {
    const n = i % 2 === 0 ? fresh(() => pick([...SURNAMES]) + pick([...GIVEN])) : person();
    people.push(n.length === 2 ? `${n[0]}\u3000${n[1]}` : n);
  }
  const text = [`${pick(COUNTIES)}${int(2022, 2024)}年度“最美志愿者”拟表彰人员名单（按姓氏笔画排序）`, people.join('\u3000'), `公示期：${date()}至${date()}`].join('\n');
  add('structures', text, people.map(P));
}

/** Ordinary government prose and lists that look like names: none of it is personal data. */
function decoys(): void {
  const text = [
    '参加单位：岳阳 常德 衡阳 邵阳',
    '会议地点：城关镇 河口镇 双河镇',
    '出席：局长 副局长 主任 副主任',
    '各乡镇、各部门、各单位要健全制度、完善机制、强化监督。',
    '本机关委托第三方机构开展评估，征求第三方意见后作出答复。',
    '党员大会选举产生新一届支部委员会，全体党员干部参加学习。',
    '高年级同学参加了升旗仪式，百岁老人享受高龄津贴。',
    '司机师傅请系好安全带，游客中心于五月开放。',
  ].join('\n');
  add('structures', text, [], ['岳阳', '常德', '衡阳', '邵阳', '城关镇', '局长', '第三方', '党员', '高年级', '百岁', '师傅', '游客']);
}

/**
 * The eleventh tuning (after held-out slice 10): a 村组 column of a subsidy list, a court notice to a party who
 * has left (原住…), and a flat named in a disclosure request; with a bare group as a position, a 所在嘎查 column,
 * an office room and the body's own address as decoys. Appended after the older records so they stay as built.
 */
const SOCIETIES = ['一社', '三社', '五社', '东营组', '后湾组'];
function villageGroupList(): void {
  const rows = [0, 1, 2, 3].map((i) => ({ n: person(), place: i === 3 ? pick(['杏花村', '柳树村', '石门村']) : `${pick(VILLAGES)}${pick([...SOCIETIES, ...GROUPS])}` }));
  const text = [
    `${pick(TOWNS)}${int(2023, 2025)}年残疾人两项补贴发放名单`,
    '序号 | 村组 | 姓名 | 生活补贴（元） | 护理补贴（元）',
    ...rows.map((r, i) => `${i + 1} | ${r.place} | ${r.n} | 90 | ${pick(['0', '90'])}`),
    `    监督电话：${landline()}。`,
  ].join('\n');
  add('structures', text, [...rows.map((r) => P(r.n)), ...rows.slice(0, 3).map((r) => A(r.place))], [rows[3].place]);
}

function courtNoticeAbsent(): void {
  const [a, b] = [person(), person(true)];
  const placeA = home();
  const text = [
    `${pick(COUNTIES)}人民法院公告`,
    `${a}（男，${int(1965, 1990)}年生，原住${placeA}）：`,
    `    本院受理原告${b}诉你离婚纠纷一案，现依法向你公告送达起诉状副本及开庭传票。`,
    '    原住民族文化保护条例宣传周期间，本院开展普法宣传。',
  ].join('\n');
  add('structures', text, [P(a), P(b), A(placeA)], ['原住民']);
}

function flatInRequest(): void {
  const [applicant, clerk] = [person(), person()];
  const flat = `${pick(COUNTIES)}${pick(STREETS)}${pick(['怡景小区', '金桂花园', '东城家园'])}${int(1, 12)}号楼${int(1, 4)}单元${int(1, 9)}0${int(1, 3)}室`;
  const mailing = door();
  const office = `${pick(COUNTIES)}政务服务中心${int(2, 5)}号楼1单元${int(2, 5)}0${int(1, 9)}室`;
  const text = [
    `${applicant}：`,
    `    你申请公开“${flat}的房屋买卖合同备案信息”，该信息涉及第三方个人隐私，本机关决定不予公开。`,
    `    另，你申请公开的“${office}的房屋使用情况”已主动公开。`,
    `    本告知书寄往你在申请表中填写的通讯地址：${mailing}。`,
    `    （联系人：${clerk}，电话：${landline()}）`,
  ].join('\n');
  add('structures', text, [P(applicant), A(flat), A(mailing)], [office, clerk]);
}

/**
 * The twelfth tuning (after held-out slice 11, weighted towards homes): a defaulters' list whose name heading
 * is 被执行人姓名, a 征收 table with two address columns and 同上, a herder named before a nationality with
 * 户籍所在地 and 现居住, a 个体工商户's 经营者住所 beside its shop, a flat after 其居住的; with the body's contact on a
 * desk line or placed in an office, arbitrators, a 苏木达, a shop's 经营场所 and an estate's residents as decoys.
 */
const HERDERS = ['通拉嘎', '查干朝鲁', '宝力高', '额日和木'];
const courtyard = (): string => `${pick(STREETS)}${int(2, 99)}号院${int(1, 9)}排${int(1, 12)}号`;
const maskedId = (): string => `${pick(['150421', '341621', '152524'])}${int(1960, 1995)}****${digits(3)}${pick(['1', '2', 'X'])}`;

function defaulterList(): void {
  const rows = [0, 1, 2].map((i) => ({ n: person(), home: i === 1 ? door() : `${home()}${int(1, 80)}号`, id: maskedId() }));
  const clerk = person();
  const text = [
    `${pick(COUNTIES)}人民法院失信被执行人名单`,
    '序号\t被执行人姓名\t性别\t身份证号码\t住址\t未履行金额（元）',
    ...rows.map((r, i) => `${i + 1}\t${r.n}\t${pick(['男', '女'])}\t${r.id}\t${r.home}\t${int(10000, 400000)}`),
    `    被执行人履行义务的，可申请删除失信信息。联系人：${clerk}，电话：${landline()}。`,
  ].join('\n');
  add('structures', text, [...rows.map((r) => P(r.n)), ...rows.map((r) => A(r.home))], [...rows.map((r) => r.id), clerk]);
}

function expropriationTwoHomes(): void {
  const rows = [0, 1, 2].map((i) => ({ n: person(), house: courtyard(), origin: i === 1 ? '同上' : `${home()}${int(1, 80)}号` }));
  const [office, head] = [`${pick(COUNTIES)}${pick(STREETS)}${int(100, 300)}号`, person()];
  const text = [
    `${pick(COUNTIES)}棚户区改造项目房屋征收补偿结果公示`,
    '序号 | 被征收人 | 房屋坐落 | 户籍地址 | 补偿金额（元）',
    ...rows.map((r, i) => `${i + 1} | ${r.n} | ${r.house} | ${r.origin} | ${int(100000, 900000)}`),
    `    有异议的，请向房屋征收与补偿服务中心（地址：${office}）反映。中心主任：${head}`,
  ].join('\n');
  const origins = rows.map((r) => r.origin).filter((o) => o !== '同上');
  add('structures', text, [...rows.map((r) => P(r.n)), ...rows.map((r) => A(r.house)), ...origins.map(A)], [office, head]);
}

function herderNotice(): void {
  const herder = fresh(() => pick(HERDERS));
  const [chief, owner, arbiter] = [person(), person(), person(true)];
  const pasture = `${pick(COUNTIES)}${pick(['巴彦', '宝日'])}苏木${pick(['呼和', '查干'])}嘎查`;
  const flat = door();
  const [ownerHome, shop] = [`${home()}${int(1, 60)}号`, `${pick(COUNTIES)}${pick(STREETS)}${int(1, 99)}号`];
  const text = [
    '限期拆除违法建设公告',
    `当事人：${herder}，蒙古族，${int(1960, 1990)}年${int(1, 12)}月${int(1, 28)}日出生，户籍所在地：${pasture}；现居住：${flat}。`,
    `经营者：${owner}`,
    `经营者住所：${ownerHome}`,
    `经营场所：${shop}`,
    `    苏木达：${chief}`,
    `仲裁员：${arbiter}`,
  ].join('\n');
  add('structures', text, [P(herder), A(pasture), A(flat), P(owner), A(ownerHome)], [chief, shop, arbiter, '苏木达']);
}

function flatInSummary(): void {
  const [caller, upstairs] = [person(), person()];
  const flat = `${pick(STREETS)}${int(2, 99)}号院${int(1, 9)}号楼${int(1, 4)}单元${int(1, 9)}0${int(1, 3)}`;
  const estate = pick(['翠苑小区', '金桂花园', '东城家园']);
  const text = [
    `    一、市民${caller}来电反映，其居住的${flat}，楼上住户${upstairs}装修时破坏承重墙。`,
    `    二、家住${estate}的住户反映，早晚用水高峰时段时常停水。`,
  ].join('\n');
  add('structures', text, [P(caller), P(upstairs), A(flat)], [estate]);
}

/**
 * The thirteenth tuning (after held-out slice 12): given names that are words (石头, 胜利, 向前, 和平) at the head
 * of a list of elected members or after a kinship word, compound surnames with one given character before a
 * verb, people described by their work or their village before 的, a company's 安全员, a flat read after 坐落于
 * in a property notice; with a signer in office, a contact in a bureau's building, a law firm's address, an
 * elected committee's title and a village's residents acting together as decoys.
 */
const WORD_GIVEN = ['石头', '胜利', '向前', '和平'];
const COMPOUND = ['欧阳', '司马', '上官', '司徒', '诸葛'];
const BARE_VILLAGES = ['李家村', '柳树村', '东湾村'];
const wordNamed = (): string => fresh(() => pick([...RARE_SURNAMES]) + pick(WORD_GIVEN));
const compoundNamed = (): string => fresh(() => pick(COMPOUND) + pick([...'亮峰明强军华']));

function electionResult(): void {
  const [chair, vice, head, m2, m3, signer] = [person(), person(), wordNamed(), person(), person(), person()];
  const text = [
    `${pick(VILLAGES)}第十三届村民委员会选举结果公告`,
    `    经差额选举，${chair}当选为村民委员会主任，${vice}当选为副主任，${head}、${m2}、${m3}当选为委员。`,
    `    当选人得票情况：${chair}${int(500, 900)}票，${head}${int(500, 900)}票。`,
    `    村民选举委员会主任：${signer}`,
  ].join('\n');
  add('structures', text, [chair, vice, head, m2, m3].map(P), [signer, '村民选举委员会']);
}

function fireNews(): void {
  const [owner, worker, neighbour, father, kin, safety] = [compoundNamed(), person(), person(), wordNamed(), wordNamed(), person()];
  const place = `${pick(TOWNS)}${pick(VILLAGES)}`;
  const text = [
    `一家有难众人帮——${place}村民接力帮扶火灾户`,
    `    “谢谢大家。”${owner}说。在外打工的${worker}通过微信群发起捐款，隔壁${pick(BARE_VILLAGES)}的${neighbour}带着几名妇女帮着清理。`,
    `    该房屋原登记在${kin}之父${father}名下。当晚，${place}村民纷纷赶来帮忙。`,
    `    事故调查认定，施工方安全员${safety}未按规定开展巡查。`,
  ].join('\n');
  add('structures', text, [owner, worker, neighbour, kin, father, safety].map(P), [place]);
}

function propertyNotice(): void {
  const [applicant, loser, contact] = [person(), person(), person()];
  const [flatA, flatB] = [door(), door()];
  const office = `${pick(COUNTIES)}${pick(STREETS)}${int(10, 99)}号交通运输局2楼`;
  const firm = `${pick(COUNTIES)}${pick(STREETS)}${int(10, 99)}号国贸中心${int(2, 12)}层（明正律师事务所）`;
  const text = [
    `    二、更正登记。申请人${applicant}申请将坐落于${flatA}的房屋登记面积更正为${int(60, 140)}平方米。`,
    `    三、证书遗失。${loser}不慎将坐落于${flatB}的不动产权证书遗失，现声明作废。`,
    `    本答复书寄送至你在申请表中填写的地址：${firm}。`,
    `    联系人：${contact}，地址：${office}。`,
  ].join('\n');
  add('structures', text, [P(applicant), P(loser), A(flatA), A(flatB)], [contact, office, firm]);
}

// The fourteenth tuning (after held-out slice 13): given names that are words, a plot's bounds, a sick child and
// a craft's bearer, brands in an enumeration, a household's move, a party after the body's contact lines, spaced
// court officers in traditional script. Each beside the decoys the rule must leave alone.
const ERA_GIVEN = ['援朝', '胜利', '丰收', '幸福', '和平', '卫东', '跃进', '石头', '满仓', '自强'];
const eraPerson = (): string => fresh(() => pick([...SURNAMES]) + pick(ERA_GIVEN));
const redupPerson = (): string => fresh(() => pick([...RARE_SURNAMES]) + pick(['甜甜', '丹丹', '晶晶', '乐乐']));

function landBounds(): void {
  const [holder, east, south, north] = [person(), person(), eraPerson(), person(true)];
  const village = pick(VILLAGES);
  const holderHome = `${village}${pick(GROUPS)}${int(2, 90)}号`;
  const field = `${pick([...SURNAMES])}家${pick(['坟', '梁', '洼', '沟', '坡'])}`;
  const ridge = `${pick([...SURNAMES])}家${pick(['岭', '湾', '坪'])}`;
  const text = [
    '农村土地承包经营权确权登记结果公示',
    `    户主：${holder}，承包方地址：${holderHome}。地块名称：${field}，面积${int(1, 9)}.${int(1, 9)}亩；四至：东至${east}家责任田，西至机耕路，南至${south}家林地，北至${ridge}。`,
    `    另一地块四至：东至${ridge}，西至${north}家承包地，南至水渠，北至村道。公示期内无异议的，由${village}村民委员会报镇政府。`,
  ].join('\n');
  add('structures', text, [P(holder), A(holderHome), P(east), P(south), P(north)], [field, ridge, '机耕路']);
}

function mediationNotice(): void {
  const [child, father, son, elder, doctor] = [person(), person(), eraPerson(), person(), person(true)];
  const fatherHome = door();
  const text = [
    `    一、患儿${child}（${int(3, 12)}岁）在县人民医院输液后出现过敏反应，其父${father}（家住${fatherHome}）申请调解，院方医务科科长${doctor}到场说明。`,
    `    二、患者${elder}术后出现并发症，其子${son}多次到医院反映，经调解达成协议。患儿家属情绪稳定。`,
  ].join('\n');
  add('structures', text, [P(child), P(father), A(fatherHome), P(elder), P(son)], [doctor, '患儿家属']);
}

function craftNews(): void {
  const [master, apprentice, worker] = [person(), person(), redupPerson()];
  const brands = [pick(['冯老三', '邵大成', '秦老六']), pick(['韩小满', '何二嫂', '陆记'])];
  const text = `    非遗代表性传承人${master}今年七十岁，他的徒弟${apprentice}已能独立烧窑。村民${worker}在作坊做工两年。合作社的产品与${brands[0]}、${brands[1]}等老字号一同参加展销，传承人名录已对外公布。`;
  add('structures', text, [P(master), P(apprentice), P(worker)], [...brands]);
}

function movedHousehold(): void {
  const [mover, herder] = [person(), person()];
  const settled = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}牧民定居点${int(10, 200)}号`;
  const office = `${pick(COUNTIES)}${pick(STREETS)}${int(2, 99)}号`;
  const text = `    其中，${mover}已迁至${settled}居住，${herder}的妻子代为签字领取。本站已迁至${office}办公，${pick(VILLAGES)}牧民定居点建成后统一安置。`;
  add('structures', text, [P(mover), A(settled), P(herder)], [office]);
}

function auctionAfterContact(): void {
  const [contact, buyer, judge, clerk] = [person(), person(), person(true), eraPerson()];
  const buyerHome = `${home()}${int(1, 60)}号`;
  const court = `${pick(COUNTIES)}${pick(STREETS)}${int(2, 99)}号`;
  const text = [
    `    咨询电话：${landline()}（联系人：${contact}）。本院地址：${court}。`,
    `    附：买受人${buyer}（男，${int(1960, 1995)}年生，住${buyerHome}）以最高应价竞得。`,
    `審　判　長　${judge}`,
    `書　記　員　${clerk}`,
  ].join('\n');
  add('structures', text, [P(buyer), A(buyerHome)], [contact, court, judge, clerk]);
}

function deputiesList(): void {
  const [a, b, c, d, e, f, chair] = [eraPerson(), person(), eraPerson(), person(), eraPerson(), person(), person(true)];
  const text = [
    '县第十届人民代表大会代表名单（排名不分先后）',
    `${a}　${b}（女）　${c}　${d}（女，回族）`,
    `    县人大常委会主任${chair}主持召开代表资格审查委员会会议。`,
    `政协第九届委员会增补委员名单：${e}、${f}（女）`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(c), P(d), P(e), P(f)], [chair]);
}

function awardDelivered(): void {
  const [soldier, father, official] = [person(), eraPerson(), person(true)];
  const house = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(2, 90)}号`;
  const hall = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}村委会`;
  const text = `    ${soldier}同志的家属：\n    近日，镇党委书记${official}一行来到${house}，将立功喜报送到${soldier}的父亲${father}手中，随后来到${hall}召开座谈会。`;
  add('structures', text, [P(soldier), A(house), P(father)], [official, hall]);
}

function careRecipients(): void {
  // 优抚 list as numbered lines: the village and its group after the sex and birth year are the household's place;
  // an origin (…县人), a bare village and the contact's office are not.
  const [a, b, c, contact] = [person(), person(), person(), person(true)];
  const homes: string[] = [];
  while (homes.length < 3) {
    const h = `${pick(VILLAGES)}${pick(GROUPS)}`;
    if (!homes.includes(h)) homes.push(h);
  }
  const county = pick(COUNTIES);
  const text = [
    `${county}${pick(TOWNS)}2025年度优抚对象定期抚恤补助公示`,
    '一、在乡复员军人',
    `1. ${a}，男，${int(1946, 1958)}年生，${homes[0]}`,
    `2. ${b}，女，汉族，${int(1946, 1958)}年生，${homes[1]}，烈士遗属`,
    '二、带病回乡退伍军人',
    `3. ${c}，男，${int(1946, 1958)}年生，${homes[2]}`,
    `    经核实，另有一名申请人（男，${int(50, 70)}岁，${county}人）不符合条件；${pick(VILLAGES)}暂无对象。监督电话：0556-${int(6000000, 6999999)}（镇民政办　${contact}）`,
  ].join('\n');
  add('structures', text, [P(a), A(homes[0]), P(b), A(homes[1]), P(c), A(homes[2])], [contact, `${county}人`]);
}

function doorList(): void {
  // 残疾人/救助 lists with a household's door under 村组门牌, 门牌号 or 住址（门牌号）, laid out with spaces, tabs
  // or bars, rows with empty last cells; the bare 村（社区） column, the 理事长 and the office are decoys.
  const people = [person(), person(), person()];
  const doors: string[] = [];
  while (doors.length < 3) {
    const h = `${pick(VILLAGES)}${pick(GROUPS)}${int(1, 80)}号`;
    if (!doors.some((d) => d.includes(h) || h.includes(d))) doors.push(h);
  }
  const head = pick(['村组门牌', '门牌号', '住址（门牌号）']);
  const sep = pick(['  ', '\t', ' | ']);
  const village = pick(VILLAGES);
  const chief = person(true);
  const text = [
    `${pick(COUNTIES)}${pick(TOWNS)}困难残疾人生活补贴新增对象公示`,
    ['序号', '姓名', '村（社区）', head, '备注'].join(sep),
    ...people.map((p, i) => [String(i + 1), p, village, doors[i], i === 1 ? '新增' : ''].join(sep)),
    `    以上人员经镇残联理事长${chief}带队入户核查。`,
  ].join('\n');
  add('structures', text, [...people.map(P), ...doors.map(A)], [village, chief]);
}

function legalAidCase(): void {
  // 法律援助 案例: 受援人 glued to its name then a bare 住, a son's flat in brackets after 居住, the publisher's X某
  // and the 司法所所长 as decoys.
  const client = person();
  const [son, other] = [fresh(() => client[0] + pick([...GIVEN]) + pick([...GIVEN])), person()];
  const h = home();
  const flat = door();
  const official = person(true);
  const text = [
    `受援人：${client}（女，${int(70, 90)}岁）`,
    `    受援人${client}住${h}${int(1, 60)}号，丈夫去世后独自生活。长子${son}在县城居住（${flat}），次子${other}常年在外务工。`,
    `    中心指派司法所所长${official}承办，${client[0]}某甲当场签订协议。`,
  ].join('\n');
  const hn = text.slice(text.indexOf(h), text.indexOf('，丈夫'));
  add('structures', text, [P(client), P(son), P(other), A(hn), A(flat)], [official, `${client[0]}某甲`]);
}

function recruitNews(): void {
  // 欢送新兵 news: 新兵X是…村人 (an origin, a decoy), 应征青年Y则…, doubled given names after kin words, a neighbour
  // named by where he lives (隔壁的Z老人); the 县委书记 and the reporter as decoys.
  const [a, b, mother, neighbour] = [person(), person(), person(), person()];
  const doubled = fresh(() => pick([...SURNAMES]) + pick(['欢欢', '亮亮', '冬冬', '园园', '乐乐']));
  const village = pick(VILLAGES);
  const [secretary, reporter] = [person(true), person(true)];
  const text = [
    `    县委书记${secretary}为新兵佩戴大红花。新兵${a}是${village}人，他的母亲${mother}叮嘱儿子要听党指挥。`,
    `    应征青年${b}则在仪式上代表新兵发言。${b}之妻${doubled}到场送行，隔壁的${neighbour}老人也赶来了。（记者　${reporter}）`,
  ].join('\n');
  add('structures', text, [P(a), P(mother), P(b), P(doubled), P(neighbour)], [secretary, reporter, village]);
}

/** Surnames the model once lacked (洪, 赖, 萧, 鄂 …), for the sixteenth tuning: synthetic names under them. */
const ADDED_SURNAMES = '洪赖萧鄂荀凤滑弓蓬寿汝墨昌牧怀扶';
/** A surname and one given character that read as an ordinary word (宁静, 全胜): the name a structure must carry. */
const WORD_NAMES = ['宁静', '齐心', '全胜', '高明', '江山', '黎明', '安宁', '方正', '常青', '金星'];
const addedPerson = (): string => fresh(() => pick([...ADDED_SURNAMES]) + pick([...GIVEN]) + (chance(0.7) ? pick([...GIVEN]) : ''));
const wordName = (): string => fresh(() => pick(WORD_NAMES));

function venueInspection(): void {
  // 文旅 inspection of a 网吧: the officers and the bureau's 负责人 act in office; the venue's on-site manager, a
  // customer described by what he did and the people named by the new surnames are private.
  const [o1, o2, chief] = [person(), person(), person()];
  const [manager, pusher, owner] = [addedPerson(), addedPerson(), person(true)];
  const age = int(19, 45);
  const text = [
    `${date()}，执法人员${o1}、${o2}（执法证号：${digits(8)}、${digits(8)}）对${pick(TOWNS)}某网吧进行检查，现场负责人${manager}未能出示上网人员登记记录。`,
    `检查中，参与推搡的${pusher}（男，${age}岁）被民警带离现场。经查，该网吧实际负责人为${owner}。`,
    `受连日暴雨影响，周边市场萧条，本机关负责人${chief}签发了整改通知书。`,
  ].join('\n');
  add('structures', text, [P(manager), P(pusher), P(owner)], [o1, o2, chief, '暴雨', '萧条']);
}

function villagersSpeak(): void {
  // 慰问 news: residents with word-like names speak after 村民/牧民; a class list under 学生姓名 with one of them.
  const [w1, w2, w3] = [wordName(), wordName(), wordName()];
  const [a, b, pupil] = [addedPerson(), addedPerson(), person()];
  const v = pick(VILLAGES);
  const text = [
    `${date()}，工作队走访${v}，看望了${a}、${b}等困难户。村民${w1}说：“补贴早就到了。”牧民${w2}反映，草场围栏需要维修。`,
    '村民高兴地说，路修好了，洪水也不怕了。',
    '序号\t学生姓名\t班级',
    `1\t${w3}\t三年级一班`,
    `2\t${pupil}\t三年级二班`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(w1), P(w2), P(w3), P(pupil)], ['洪水']);
}

const YI = ['吉尔阿呷', '勒格伍哈', '阿苏拉且', '巴莫阿依', '吉木布哈', '曲木石哈', '罗洪尔哈', '阿侯拉莫', '洛古木呷', '杰觉伍沙'];
const yi = (): string => fresh(() => pick(YI));

function resettlementNews(): void {
  // The eighteenth tuning: a 易地搬迁 list (Yi names under 户主姓名, the 安置地址 column a flat), a household moved
  // in prose (搬迁户X, 住在…室), a young villager and a driver going on with what they do; the service centre, a
  // list of flats with no one in it and the 服务区域 beside it as decoys.
  const heads = [yi(), yi(), yi()];
  const site = pick(['新桥安置点', '东山安置区', '幸福家园安置点']);
  const flats = heads.map((_, k) => `${site}${k + 2}栋${int(1, 3)}单元${int(1, 6)}0${int(1, 4)}室`);
  const [youth, driver, cadre] = [person(), person(), person(true)];
  const home = `${pick(COUNTIES)}${site}${int(10, 20)}栋${int(1, 3)}单元${int(1, 6)}0${int(1, 4)}室`;
  const text = [
    `${site}分房结果公示`,
    '序号\t户主姓名\t民族\t家庭人口\t安置地址',
    ...heads.map((h, k) => `${k + 1}\t${h}\t彝族\t${int(3, 7)}\t${flats[k]}`),
    `    搬迁户${heads[0]}说，现在住在${home}，下楼就是扶贫车间。返乡青年${youth}开起了网店，货车司机${driver}开着自家的货车往县城送菜。`,
    `    入住手续请到${site}综合服务中心办理，驻点干部${cadre}现场办公。`,
    '序号\t楼栋\t房号\t服务区域',
    `1\t${int(1, 9)}栋\t${int(1, 6)}0${int(1, 4)}室\t${site}东区`,
  ].join('\n');
  add('structures', text, [...heads.map(P), ...flats.map(A), P(youth), P(driver), A(home)], [cadre, `${site}综合服务中心`]);
}

function landLeaseLedger(): void {
  // The eighteenth tuning: a lease notice (甲方（出租方）：X, the other lessors' homes enumerated after 住址分别为) and
  // a village ledger whose 出纳 signs at its foot and stands in every row's 经手人 column; the co-operative, a
  // body as 承租方 and the bookkeeper as decoys.
  const lessors = [person(), person(), person()];
  const homes = lessors.map(() => `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(2, 90)}号`);
  const payees = [person(), person()];
  const cashier = person(true);
  const coop = `${pick(TOWNS)}${pick(['丰收', '兴农', '绿源'])}种植专业合作社`;
  const text = [
    '土地经营权流转合同公示',
    `甲方（出租方）：${lessors[0]}　住址：${homes[0]}`,
    `乙方（承租方）：${coop}`,
    `    其余出租方住址分别为：${lessors[1]}，${homes[1]}；${lessors[2]}，${homes[2]}。`,
    '凭证号\t摘要\t金额（元）\t领款人\t经手人',
    `${int(100, 300)}\t土地租金\t${int(800, 3000)}.00\t${payees[0]}\t${cashier}`,
    `${int(301, 600)}\t误工补贴\t${int(100, 800)}.00\t${payees[1]}\t${cashier}`,
    `制表：村出纳　${cashier}`,
  ].join('\n');
  add('structures', text, [...lessors.map(P), ...homes.map(A), ...payees.map(P)], [cashier, coop]);
}

for (let i = 0; i < 4; i++) visitNews();
/** 保障房 lists of the nineteenth tuning: home columns under other headings, members with their kinship in brackets. */
function housingList(): void {
  // A tab list of 承租人 with 现居住地址 and 配租房号 columns (both homes), a one-line note between two rows, and a
  // company's row whose seat is no home; then members in brackets after 家庭成员 and a desk line's contact (decoy).
  const [a, b, c, boss, wife, son, contact] = [person(), person(), person(), person(), person(), person(), person(true)];
  const county = pick(COUNTIES);
  const flats = [door(), door(), door()];
  const units = [1, 2, 3].map(() => `${county}安居苑${int(1, 9)}-${int(1, 3)}-${int(1, 17)}0${int(1, 4)}`);
  const seat = `${county}${pick(STREETS)}${int(2, 99)}号`;
  const text = [
    `${county}住房保障中心公共租赁住房配租结果公示`,
    '序号\t承租人\t家庭人口\t现居住地址\t配租房号',
    `1\t${a}\t3\t${flats[0]}\t${units[0]}`,
    `2\t${b}\t2\t${flats[1]}\t${units[1]}`,
    '（注：第3户为第2户分户）',
    `3\t${c}\t1\t${flats[2]}\t${units[2]}`,
    `4\t${county}${pick(['华兴', '鸿达'])}物业有限公司（法定代表人：${boss}）\t—\t${seat}\t—`,
    `    第1户家庭成员：${wife}（妻）、${son}（长子）。`,
    `    值班电话：${landline()}（工作日）　联系人：${contact}`,
  ].join('\n');
  add('structures', text, [P(a), P(b), P(c), P(boss), P(wife), P(son), ...flats.map(A), ...units.map(A)], [seat, contact]);
}

/** A 建房 批前公示: the house's site (建设地点) and neighbours before 家 at a clause's end; a project's site and a quoted figure as decoys. */
function buildingNotice(): void {
  const [applicant, east, west, north] = [person(), person(), person(), person()];
  const site = `${home()}${int(3, 88)}号`;
  const project = `${pick(COUNTIES)}${pick(TOWNS)}${pick(VILLAGES)}`;
  const text = [
    '农村村民住宅建设批前公示',
    `申请人：${applicant}　建设地点：${site}（原址翻建）`,
    `四至：东至${east}家，南至机耕路，西至${west}家，北至${north}承包地`,
    `    本村文化广场建设地点：${project}，与本次建房无关。正如范仲淹所言“先天下之忧而忧”，请群众积极监督。`,
  ].join('\n');
  add('structures', text, [P(applicant), A(site), P(east), P(west), P(north)], [project, '范仲淹', '机耕路']);
}

for (let i = 0; i < 3; i++) braveryAward();
for (let i = 0; i < 3; i++) recommendation();
for (let i = 0; i < 3; i++) excellence();
for (let i = 0; i < 3; i++) expropriationTable();
for (let i = 0; i < 3; i++) dibaoTable();
for (let i = 0; i < 3; i++) thirdPartyNotice();
for (let i = 0; i < 3; i++) villageAffairs();
for (let i = 0; i < 4; i++) prosePenalty();
for (let i = 0; i < 3; i++) alignedAwardList();
decoys();
for (let i = 0; i < 3; i++) villageGroupList();
for (let i = 0; i < 2; i++) courtNoticeAbsent();
for (let i = 0; i < 2; i++) flatInRequest();
for (let i = 0; i < 2; i++) defaulterList();
for (let i = 0; i < 2; i++) expropriationTwoHomes();
for (let i = 0; i < 2; i++) herderNotice();
for (let i = 0; i < 2; i++) flatInSummary();
for (let i = 0; i < 2; i++) electionResult();
for (let i = 0; i < 2; i++) fireNews();
for (let i = 0; i < 2; i++) propertyNotice();
for (let i = 0; i < 2; i++) landBounds();
for (let i = 0; i < 2; i++) mediationNotice();
for (let i = 0; i < 2; i++) craftNews();
for (let i = 0; i < 2; i++) movedHousehold();
for (let i = 0; i < 2; i++) auctionAfterContact();
for (let i = 0; i < 2; i++) deputiesList();
for (let i = 0; i < 2; i++) awardDelivered();
for (let i = 0; i < 2; i++) careRecipients();
for (let i = 0; i < 2; i++) housingList();
for (let i = 0; i < 2; i++) buildingNotice();
for (let i = 0; i < 2; i++) venueInspection();
for (let i = 0; i < 2; i++) villagersSpeak();
for (let i = 0; i < 3; i++) doorList();
for (let i = 0; i < 2; i++) legalAidCase();
for (let i = 0; i < 2; i++) recruitNews();
for (let i = 0; i < 2; i++) resettlementNews();
for (let i = 0; i < 2; i++) landLeaseLedger();

/** The twentieth tuning: surnames that are ordinary words (水, 国, 黑, 但, 操, 门 …) where a structure says a person stands. */
const WORD_LIKE_SURNAMES = '水国黑但操门才代言福松';
const PLAIN_GIVEN = ['建华', '秀英', '立新', '玉兰', '文斌', '德顺', '春梅', '志强', '桂芳', '海燕', '明远', '丽娟'];
const wordPerson = (): string => fresh(() => pick([...WORD_LIKE_SURNAMES]) + pick(PLAIN_GIVEN));

function wordSurnameLists(): void {
  // A subsidy list by 购买者 with a 村组 cell (a home) and machine models glued to their codes (decoys); a court's
  // list whose parties stand in one cell and whose 审判员 and 书记员 columns act in office (decoys); an operators'
  // list whose 生产地址 at a house number is a home and a market stall is not (decoy); a guardian after a label.
  const [buyerA, buyerB, plaintiff, defendant, judge, clerk, opA, opB, guardian] = [wordPerson(), wordPerson(), person(), wordPerson(), person(true), person(true), wordPerson(), wordPerson(), wordPerson()];
  const groups = [`${pick(VILLAGES)}${pick(GROUPS)}`, `${pick(VILLAGES)}${pick(GROUPS)}`];
  const county = pick(COUNTIES);
  const houseHome = `${county}${pick(TOWNS)}${pick(VILLAGES)}${pick(GROUPS)}${int(2, 90)}号`;
  const stall = `${county}${pick(STREETS)}农贸市场${int(2, 60)}号门面`;
  const model = `${pick(['东方红', '常发'])}-${pick(['LX', 'CF'])}${int(500, 999)}`;
  const text = [
    `${county}农机购置补贴资金兑付公示`,
    '序号 | 村组 | 购买者 | 机具型号 | 补贴额（元）',
    `1 | ${groups[0]} | ${buyerA} | ${model} | ${int(2000, 30000)}`,
    `2 | ${groups[1]} | ${buyerB} | 久保田${int(2, 6)}LZ | ${int(2000, 30000)}`,
    '案号 | 当事人 | 审判员 | 书记员',
    `（2025）民初${int(10, 999)}号 | 原告${plaintiff}；被告${defendant} | ${judge} | ${clerk}`,
    '序号\t经营户\t生产地址',
    `1\t${opA}\t${houseHome}`,
    `2\t${opB}\t${stall}`,
    `    监护人：${guardian}，住址同上。`,
  ].join('\n');
  add('structures', text, [...groups.map(A), P(buyerA), P(buyerB), P(plaintiff), P(defendant), P(opA), A(houseHome), P(opB), P(guardian)], [model, judge, clerk, stall]);
}

for (let i = 0; i < 2; i++) wordSurnameLists();

function kinTies(): void {
  // Parents listed before 之子/之女 and a foundling before its sex bracket, one with a word-like surname; a saying with
  // 之子 and a bracket of who may apply as decoys.
  const [father, mother, child, foundling] = [person(), wordPerson(), person(), wordPerson()];
  const text = [
    `    ${father}、${mother}之${pick(['子', '女'])}${child}的《出生医学证明》因信息错误收回作废。`,
    `    儿童福利院抚养的弃婴${foundling}（${pick(['男', '女'])}，${int(2021, 2024)}年${int(1, 12)}月出生），现公开查找其生父母。${foundling}被发现时身体健康。`,
    '    他们都是大山之子。报名对象（男、女不限）。',
  ].join('\n');
  add('structures', text, [P(father), P(mother), P(child), P(foundling), P(foundling)], ['大山之子']);
}

for (let i = 0; i < 2; i++) kinTies();

/**
 * The twenty-first tuning's private check, written before its rules with invented people and places, of kinds no
 * slice uses: a 渔政 accident notice (an owner, a 、 list running on into its verb, a cook named by a trade no table
 * holds), a 免疫 register under a 畜主 heading with word-like surnames, a traditional-script 公证 notice (生父, 養母,
 * a household bracket, light surnames in traditional form) and a 医保 list under 参保人 with the 经办人 column as decoy.
 * Fixed texts: their figures before and after the tuning are in the realistic README.
 */
function privateCheck(): void {
  add('structures', '泷川县渔政站关于“鄂泷渔0317”号渔船触礁事故的通报\n    2025年8月3日凌晨，船主厍德旺驾驶渔船在鹭鸶滩水域作业时触礁。随船作业的侄子厍明轩、雇工眭有田跳入水中，将落水的伙夫笪金锁救上岸。\n    事故中受伤的笪金锁已送县人民医院救治，其妻蒯月娥在院陪护。\n    请各渔船船主引以为戒。',
    ['厍德旺', '厍明轩', '眭有田', '笪金锁', '蒯月娥'].map(P));
  add('structures', '柏溪镇2025年春季牛羊口蹄疫免疫登记表\n编号\t畜主\t畜种\t存栏数\t免疫数\n1\t郗满囤\t牛\t6\t6\n2\t水秀芝\t羊\t42\t40\n3\t但长青\t羊\t18\t18\n4\t逄春燕\t牛\t3\t3\n防疫员：（签名）',
    ['郗满囤', '水秀芝', '但长青', '逄春燕'].map(P));
  add('structures', '公證事項公示\n    申請人繆振邦、繆振興係被繼承人繆德厚之子。被繼承人之養母龔桂英已於2020年去世，其生父繆長庚早年病故。\n    申請人家庭成員：4人（妻閆秀蘭、子繆小鈞）。\n    對上述事項有異議者，請於公示之日起十五日內向本處提出。',
    ['繆振邦', '繆振興', '繆德厚', '龔桂英', '繆長庚', '閆秀蘭', '繆小鈞'].map(P));
  add('structures', '庆阳镇2025年第二季度大病医疗救助金发放公示\n序号 | 参保人 | 性别 | 救助金额（元） | 经办人\n1 | 栾翠屏 | 女 | 3200 | 鞠红梅\n2 | 庾福生 | 男 | 4100 | 鞠红梅\n3 | 年春花 | 女 | 2800 | 鞠红梅\n    其中庾福生的救助金由其女婿嵇国强代领。',
    ['栾翠屏', '庾福生', '年春花', '嵇国强'].map(P), ['鞠红梅']);
}

privateCheck();
/**
 * The twenty-first tuning's private check, written before its fixes, of kinds no slice uses: people acting in
 * office in every order real pages print them (a title before or after the name, in brackets, after a comma, a
 * colon, a byline, a column headed by a post), beside the private persons of the same documents; and name-like
 * words that are no persons (shops named after their owners, brands, famous people, slogans, masked names).
 */
for (const w of ['雷锋', '李白', '杜甫', '范仲淹', '康师傅', '王老吉', '格力', '某', '富强']) used.add(w);

function deputiesReception(): void {
  const [rep, corr, vp, chair, v1, v2, v3, ed, rev] = [person(), person(), person(), person(), person(), person(true), person(), person(), person()];
  const village = pick(VILLAGES);
  const text = [
    '县人大代表联络站开展集中接待选民活动',
    `    本报讯（记者 ${rep} 通讯员 ${corr}）${date()}，县人大常委会副主任${vp}、${pick(TOWNS)}人大主席${chair}来到${village}代表联络站，接待选民来访。`,
    `    选民${v1}反映，卫国路的路灯损坏已久。${vp}当即联系县城管局，要求限期修复。`,
    `    ${village}村民${v2}说：“代表就在家门口，有事好商量。”${v2}的邻居${v3}也提出了灌溉渠维修的建议。`,
    `    ${chair}表示，将把收集到的意见建议梳理后交有关部门办理。${vp}副主任强调，代表要常回“家”看看。`,
    `编辑：${ed}　审核：${rev}`,
  ].join('\n');
  add('structures', text, [P(v1), P(v2), P(v3)], [rep, corr, vp, chair, ed, rev, '卫国路']);
}

function riverChiefs(): void {
  const [h1, h2, h3, cleaner, contact] = [person(), person(true), person(), person(), person()];
  const county = pick(COUNTIES);
  const text = [
    `${county}河长制公示牌`,
    '河流名称\t河长\t职务\t联系电话',
    `清水河\t${h1}\t副县长\t0553-52311${int(10, 99)}`,
    `柳溪\t${h2}\t镇党委书记\t0553-52312${int(10, 99)}`,
    `    村级河长${h3}、巡河保洁员${cleaner}每周巡河两次。接到群众举报后，${h3}当天组织清理了河道垃圾。`,
    `    监督电话：0553-5231102　联系人：${contact}（县河长办）`,
  ].join('\n');
  add('structures', text, [P(cleaner)], [h1, h2, h3, contact, '柳溪', '清水河']);
}

function foodSampling(): void {
  const [op1, op2, op3, ins1, ins2] = [person(), person(), person(true), person(), person()];
  const [s1, s2, s3] = ['曹', '邝', '鞠'];
  const county = pick(COUNTIES);
  const text = [
    `${county}市场监督管理局食品安全监督抽检结果公示`,
    '序号 | 被抽检单位 | 经营者 | 样品名称 | 结果',
    `1 | ${s1}记烧饼店 | ${op1} | 烧饼 | 合格`,
    `2 | 老${s2}家凉皮 | ${op2} | 凉皮 | 合格`,
    `3 | ${s3}家豆腐坊 | ${op3} | 豆腐 | 不合格`,
    `    不合格样品的经营者${op3}已被责令整改。抽检的康师傅方便面、王老吉凉茶和格力专卖店的桶装水均合格。`,
    `    执法人员${ins1}（执法证号：${digits(8)}）、${ins2}参与抽检。`,
  ].join('\n');
  add('structures', text, [P(op1), P(op2), P(op3)], [`${s1}记烧饼`, `老${s2}家凉皮`, `${s3}家豆腐坊`, '康师傅', '王老吉', '格力', ins1, ins2]);
}

function wageMediation(): void {
  const [a1, a2, boss, m1, m2, chief, deputy, cop, clerk] = [person(), person(true), person(), person(), person(), person(), person(true), person(), person()];
  const county = pick(COUNTIES);
  const text = [
    `${county}人力资源和社会保障局劳动保障监察调解书`,
    `申诉人：${a1}、${a2}`,
    `被申诉人：${county}恒远建筑劳务有限公司，法定代表人：${boss}`,
    `    经查，${a1}、${a2}在该公司承建的工地务工，被拖欠工资共计${int(20, 90)}000元。`,
    `    监察员：${m1}（执法证号：${digits(8)}）　书记员：${m2}`,
    `    ${deputy}（副局长）到场督办，要求该公司于十日内付清。${chief}，局长，在调解书上签字。`,
    `    派出所民警${cop}（警号：${digits(6)}）在场维持秩序。${cop}表示将依法处置恶意欠薪行为。`,
    `承办人：${clerk}　联系人：${clerk}，电话：0553-52${digits(5)}`,
  ].join('\n');
  add('structures', text, [P(a1), P(a2), P(boss)], [m1, m2, chief, deputy, cop, clerk]);
}

function volunteerDay(): void {
  const [vol1, vol2, poor] = [person(), person(), person()];
  const village = pick(VILLAGES);
  const text = [
    `${village}开展“学雷锋·树新风”志愿服务活动`,
    `    ${date()}，${village}新时代文明实践站组织志愿者${vol1}、${vol2}等20人在村文化广场开展活动。现场红旗招展，“富强、民主、文明、和谐”的标语格外醒目。`,
    `    志愿者为村民诵读李白、杜甫的诗，讲述范仲淹“先天下之忧而忧”的故事。低保户${poor}（男，${int(60, 85)}岁）的房屋经志愿者修缮一新。`,
    '    此前，王某某、李某因在文化广场乱搭乱建被责令拆除，赵**已主动拆除。驻村第一书记表示，此类活动将常态化开展。',
  ].join('\n');
  add('structures', text, [P(vol1), P(vol2), P(poor)], ['雷锋', '李白', '杜甫', '范仲淹', '富强', '王某某', '李某', '赵**', '驻村第一书记']);
}

deputiesReception();
riverChiefs();
foodSampling();
wageMediation();
volunteerDay();
/**
 * The twenty-first tuning's private check (addresses by a general grammar): documents of kinds no slice uses, written
 * before the grammar was built, with near variants (other headings, a traditional-script mirror, members after the
 * home column) and decoys (a company's and a stall's place, a body's office, a school, a felling site, a plot, a grave,
 * a bare village group with no one in it).
 */
function waterArrears(): void {
  const text = [
    '云岭县供水公司关于催缴欠费水费的公告',
    '    下列用户欠缴水费已超过三个月，请于2025年11月30日前到营业厅缴清。',
    '户名\t用水地址\t欠费金额（元）\t备注',
    '郑玉梅\t云岭县鹤鸣镇石桥村三组17号\t326.50\t',
    '冯建军\t云岭县鹤鸣镇东关街8号院2排5号\t188.00\t已停水',
    '云岭县鹤鸣镇宏发商贸有限公司\t云岭县鹤鸣镇东关街21号\t1250.00\t',
    '吕国庆\t云岭县鹤鸣镇农贸市场14号摊位\t96.00\t',
    '    营业厅地址：云岭县鹤鸣镇东关街3号。',
  ].join('\n');
  add('grammar', text, [P('郑玉梅'), A('云岭县鹤鸣镇石桥村三组17号'), P('冯建军'), A('云岭县鹤鸣镇东关街8号院2排5号'), P('吕国庆')], ['云岭县鹤鸣镇东关街21号', '云岭县鹤鸣镇农贸市场14号摊位', '云岭县鹤鸣镇东关街3号']);
}

function doctorVisits(): void {
  const text = [
    '家庭医生签约服务走进农家',
    '    11月12日，鹤鸣镇卫生院家庭医生团队走进云岭县鹤鸣镇柳溪村五组，为行动不便的老人梁桂芬上门体检。随后，医生又到村民蒋德福家中（云岭县鹤鸣镇柳溪村七组9号）为其换药。',
    '    村民韦秀珍搬到云岭县城关镇锦绣花园6栋1单元302室居住后，仍由原签约医生随访。',
    '    卫生院地址：云岭县鹤鸣镇正街45号。',
  ].join('\n');
  add('grammar', text, [A('云岭县鹤鸣镇柳溪村五组'), P('梁桂芬'), P('蒋德福'), A('云岭县鹤鸣镇柳溪村七组9号'), P('韦秀珍'), A('云岭县城关镇锦绣花园6栋1单元302室')], ['云岭县鹤鸣镇正街45号']);
}

function floodTransfer(): void {
  const text = [
    '關於汛期轉移安置群眾的情況通報',
    '    8月3日，受強降雨影響，鶴鳴鎮組織轉移群眾36人。其中，獨居老人譚玉蘭家住雲嶺縣鶴鳴鎮河口村二組33號，房屋後坡出現裂縫，已轉移至其女兒家中（雲嶺縣城關鎮新華路16號3單元201室）暫住。',
    '    村民龐建國租住在雲嶺縣鶴鳴鎮河口村六組12號之2，由村幹部護送至安置點。',
    '    安置點設在鶴鳴鎮中心學校（雲嶺縣鶴鳴鎮學府路2號），河口村三組的山體滑坡點已設立警示標誌。',
  ].join('\n');
  add('grammar', text, [P('譚玉蘭'), A('雲嶺縣鶴鳴鎮河口村二組33號'), A('雲嶺縣城關鎮新華路16號3單元201室'), P('龐建國'), A('雲嶺縣鶴鳴鎮河口村六組12號之2')], ['雲嶺縣鶴鳴鎮學府路2號', '河口村三組']);
}

function fellingPermits(): void {
  const text = [
    '林木采伐许可公示（第12期）',
    '    申请人：褚永昌，住云岭县鹤鸣镇松林村四组21号。',
    '    采伐地点：云岭县鹤鸣镇松林村四组后山；采伐树种：杉木；蓄积：18立方米。',
    '    申请人：鲍春燕，住所：云岭县鹤鸣镇松林村八组。',
    '    采伐地点：松林村八组自留山。',
    '    另，松林村二组3号地块为公益林，不得采伐；褚家祖坟位于松林村四组山脚，采伐时注意避让。',
  ].join('\n');
  add('grammar', text, [P('褚永昌'), A('云岭县鹤鸣镇松林村四组21号'), P('鲍春燕'), A('云岭县鹤鸣镇松林村八组')], ['云岭县鹤鸣镇松林村四组后山', '松林村八组自留山', '松林村二组3号地块', '松林村四组山脚']);
}

function householdVisits(): void {
  const text = [
    '青石社区第三网格入户走访登记表',
    '户主\t经常居住地址\t家庭成员',
    '彭德明\t云岭县城关镇青石社区翠竹苑2栋3单元601室\t彭德明 王秀芝 彭小雨',
    '卢志刚\t云岭县城关镇青石社区翠竹苑5栋1单元102室\t卢志刚 卢思远',
  ].join('\n');
  add('grammar', text, [P('彭德明'), A('云岭县城关镇青石社区翠竹苑2栋3单元601室'), P('王秀芝'), P('彭小雨'), P('卢志刚'), A('云岭县城关镇青石社区翠竹苑5栋1单元102室'), P('卢思远')]);
}


/**
 * The twenty-second tuning's private check (tables): lists of kinds no slice uses, written before the rules, whose person
 * column no heading list or suffix knows (选手, 托管户, 受獎者 …) or that have no heading row at all, in four layouts (tabs,
 * ` | `, aligned spaces, full-width spaces in traditional script), with weak cells (rare surnames, word-like given names,
 * a note in brackets, two members in one cell), a note naming a member again, and decoy columns (teams, co-operatives,
 * plots, bare villages, subjects, a total row).
 */
function chessPrizes(): void {
  const text = [
    '柘水县第五届农民运动会象棋比赛获奖名单',
    '名次\t选手\t代表队\t积分',
    '1\t撒金锁\t红旗村代表队\t9.5',
    '2\t董建业\t杏林镇代表队\t8',
    '3\t寸满仓\t红旗村代表队\t7.5',
    '4\t邝小勇\t石门乡代表队\t7',
    '5\t褚开山\t县供电公司代表队\t6.5',
    '    裁判长：梅志华（县体育运动中心）。',
  ].join('\n');
  add('tables', text, ['撒金锁', '董建业', '寸满仓', '邝小勇', '褚开山'].map(P), ['红旗村代表队', '杏林镇代表队', '梅志华', '县体育运动中心']);
}

function forestGuardPay(): void {
  const text = [
    '桐坪村2025年第三季度生态护林员劳务补助发放表',
    '    一组',
    '    柯金锁    92    1800',
    '    揭满仓    92    1800',
    '    蒿春妮    61    1200',
    '    三组',
    '    向秀兰    92    1800',
    '    麽铁柱    92    1800',
    '    邬国庆    30    600',
    '    合计            9000',
    '    说明：麽铁柱因病于8月住院，9月由其妻代为巡护；蒿春妮7月起聘用。',
  ].join('\n');
  add('tables', text, ['柯金锁', '揭满仓', '蒿春妮', '向秀兰', '麽铁柱', '邬国庆'].map(P), ['合计']);
}

function landTrusteeship(): void {
  const text = [
    '石门乡2025年土地托管服务补助公示',
    '序号 | 托管户 | 托管面积（亩） | 服务组织 | 地块位置',
    '1 | 钟石头（已故） | 12.5 | 石门乡丰禾农机专业合作社 | 杨庄村东洼',
    '2 | 蔺春生、蔺秋生 | 20 | 石门乡丰禾农机专业合作社 | 杨庄村后岭',
    '3 | 寸红梅 | 8 | 柘水县绿野农业服务有限公司 | 柳河村三组',
    '4 | 滕长根 | 15.2 | 柘水县绿野农业服务有限公司 | 柳河村西坡',
    '    说明：钟石头已于2025年3月去世，补助由其子钟国栋签约领取。',
  ].join('\n');
  add('tables', text, ['钟石头', '蔺春生', '蔺秋生', '寸红梅', '滕长根', '钟国栋'].map(P), ['石门乡丰禾农机专业合作社', '柘水县绿野农业服务有限公司', '杨庄村东洼', '杨庄村后岭', '柳河村西坡']);
}

function bravePrizes(): void {
  const text = [
    '柘水縣2025年見義勇為獎勵名單',
    '序號　受獎者　村別　住址　獎金（元）',
    '1　　撒國強　杏林村　柘水縣杏林鎮杏林村二組15號　5000',
    '2　　龐鳳芝　河口村　柘水縣杏林鎮河口村六組3號　3000',
    '3　　寸志剛　石門村　柘水縣石門鄉石門村四組27號　3000',
    '    撒國強在洪水中救起落水兒童二人，龐鳳芝、寸志剛協助轉移群眾。',
  ].join('\n');
  add('tables', text, [P('撒國強'), P('龐鳳芝'), P('寸志剛'), A('柘水縣杏林鎮杏林村二組15號'), A('柘水縣杏林鎮河口村六組3號'), A('柘水縣石門鄉石門村四組27號')], ['洪水']);
}

waterArrears();
doctorVisits();
floodTransfer();
fellingPermits();
householdVisits();
chessPrizes();
forestGuardPay();
landTrusteeship();
bravePrizes();

/**
 * The twenty-second tuning's private check (homes and precision), written before its rules: documents of kinds no
 * slice uses, with invented people and places, weighted towards decoys (bodies' doors, a shop's and a village
 * committee's premises, a co-operative's warehouse, a gas station, masked names, an exemplar).
 */
function dogRegister(): void {
  const text = [
    '檀山县农业农村局关于2025年度犬只狂犬病免疫登记情况的公示',
    '    按照《檀山县养犬管理办法》，现将苇塘镇第一批免疫登记情况公示如下：',
    '1、犬主严立秋，养犬地址：檀山县苇塘镇杏坞村二组14号（自家院内），中华田园犬1只，免疫证号：TS2025-0113。',
    '2、犬主甘守仁，饲养地点：檀山县苇塘镇杏坞村河湾组7号，土犬2只，免疫证号：TS2025-0114。',
    '3、檀山县宠爱宠物店（负责人：费金凤），饲养地点：檀山县苇塘镇榆钱街36号，犬只9只，免疫证号：TS2025-0115。',
    '4、檀山县苇塘镇杏坞村村民委员会，看护犬饲养地点：檀山县苇塘镇杏坞村二组1号（村委会院内），犬只1只。',
    '5、犬主滕小满，登记地址：檀山县城关镇蒲苑小区4栋2单元301室，泰迪犬1只。',
    '    免疫点地址：檀山县苇塘镇榆钱街8号（镇兽医站）。咨询电话：0561-3382706（联系人：褚德厚）。',
  ].join('\n');
  add('homesCheck', text, [P('严立秋'), A('檀山县苇塘镇杏坞村二组14号'), P('甘守仁'), A('檀山县苇塘镇杏坞村河湾组7号'), P('费金凤'), P('滕小满'), A('檀山县城关镇蒲苑小区4栋2单元301室')], ['檀山县宠爱宠物店', '檀山县苇塘镇榆钱街36号', '檀山县苇塘镇杏坞村二组1号', '檀山县苇塘镇榆钱街8号', '褚德厚']);
}

function enrolmentReview(): void {
  const text = [
    '柘川县教育局2025年秋季义务教育新生入学资格复核结果公告',
    '    经复核，下列新生的入学资格予以确认：',
    '    一、学生邹巧云，监护人卜长顺（父亲），户籍地：柘川县鹭洲乡石臼村五组22号，实际居住地址：柘川县城关镇檀溪路99号蒲苑小区6栋1单元502室，就读学校：柘川县第二实验小学。',
    '    二、学生闻雪琴，监护人尚丰年（外祖父），房屋坐落：柘川县城关镇乌梅巷17号，与外祖父共同居住。',
    '    三、学生阮大成，其父阮宝山现居住在柘川县鹭洲乡乌梅村三组8号，户籍与居住地一致。',
    '    柘川县第二实验小学地址：柘川县城关镇檀溪路120号；柘川县鹭洲乡中心学校地址：柘川县鹭洲乡石臼村一组1号。',
    '    如对复核结果有异议，请于公告之日起5日内向县教育局基础教育股反映（地址：柘川县城关镇府前街5号，联系人：寇建平）。',
  ].join('\n');
  add('homesCheck', text, [P('邹巧云'), P('卜长顺'), A('柘川县鹭洲乡石臼村五组22号'), A('柘川县城关镇檀溪路99号蒲苑小区6栋1单元502室'), P('闻雪琴'), P('尚丰年'), A('柘川县城关镇乌梅巷17号'), P('阮大成'), P('阮宝山'), A('柘川县鹭洲乡乌梅村三组8号')], ['柘川县城关镇檀溪路120号', '柘川县鹭洲乡石臼村一组1号', '柘川县城关镇府前街5号', '寇建平', '柘川县第二实验小学']);
}

function gasSafetyVisits(): void {
  const text = [
    '入户查隐患 温暖进万家',
    '    11月20日，檀山县住建局联合檀山县华润燃气有限公司开展冬季燃气安全入户检查。在苇塘镇杏坞村，检查组首先来到独居老人房玉珠（住檀山县苇塘镇杏坞村四组3号）家中，发现软管已老化，当即免费更换。',
    '    随后，检查组走访了住在檀山县城关镇蒲苑小区2栋1单元101室的居民郦桂兰。郦桂兰，79岁，住檀山县城关镇蒲苑小区2栋1单元101室，子女均在外地工作。',
    '    村民饶德胜和老伴冉秀芝住在檀山县苇塘镇杏坞村东组11号，家中仍使用液化气罐。检查人员还提醒现居住在檀山县苇塘镇榆钱街45号的配偶相如意注意通风。',
    '    据燃气公司负责人介绍，公司营业厅位于檀山县城关镇檀溪路66号，液化气供应站设在檀山县苇塘镇杏坞村二组19号（原粮站仓库）。“要像雷锋那样做好事”，检查组成员说。检查中发现的隐患已全部整改，张**家的灶具已停用。',
  ].join('\n');
  add('homesCheck', text, [P('房玉珠'), A('檀山县苇塘镇杏坞村四组3号'), P('郦桂兰'), A('檀山县城关镇蒲苑小区2栋1单元101室'), P('饶德胜'), P('冉秀芝'), A('檀山县苇塘镇杏坞村东组11号'), A('檀山县苇塘镇榆钱街45号'), P('相如意')], ['檀山县城关镇檀溪路66号', '檀山县苇塘镇杏坞村二组19号', '雷锋', '张**', '檀山县华润燃气有限公司']);
}

function firstRegistration(): void {
  const text = [
    '檀山縣不動產登記中心首次登記公告（2025第31號）',
    '    經初步審定，下列不動產擬辦理首次登記，現予公告：',
    '    權利人：甘秀蘭；不動產坐落：檀山縣葦塘鎮石臼村六組25號；用途：宅基地及住宅。',
    '    權利人：檀山縣興農種植專業合作社；坐落：檀山縣葦塘鎮石臼村六組40號；用途：倉儲。',
    '    權利人：嚴立春、卜秀英（夫妻）；坐落：檀山縣城關鎮榆錢街18號3單元201室；用途：住宅。',
    '    權利人：檀山縣葦塘鎮石臼村股份經濟合作社；坐落：檀山縣葦塘鎮石臼村一組2號；用途：辦公。',
    '    公告期15個工作日。異議受理地址：檀山縣城關鎮府前街9號，聯繫人：寇偉民。',
  ].join('\n');
  add('homesCheck', text, [P('甘秀蘭'), A('檀山縣葦塘鎮石臼村六組25號'), P('嚴立春'), P('卜秀英'), A('檀山縣城關鎮榆錢街18號3單元201室')], ['檀山縣葦塘鎮石臼村六組40號', '檀山縣葦塘鎮石臼村一組2號', '檀山縣城關鎮府前街9號', '寇偉民', '檀山縣興農種植專業合作社']);
}

function allowanceStopped(): void {
  const text = [
    '柘川县民政局关于停发部分高龄津贴的公告',
    '    经与殡葬管理信息比对，下列老人已去世，自次月起停发高龄津贴：',
    '    郦德旺，男，生前住柘川县鹭洲乡乌梅村七组30号，2025年6月去世，津贴由其儿媳严小荷代领至5月。',
    '    尚桂枝，女，生前居住于柘川县城关镇檀溪路12号院3排4号，2025年7月去世。',
    '    另，柘川县福寿养老院（柘川县城关镇檀溪路200号）代管的王某某津贴已于6月停发。',
    '    联系人：卜晓东（县民政局养老服务股），地址：柘川县城关镇府前街5号。',
  ].join('\n');
  add('homesCheck', text, [P('郦德旺'), A('柘川县鹭洲乡乌梅村七组30号'), P('严小荷'), P('尚桂枝'), A('柘川县城关镇檀溪路12号院3排4号')], ['柘川县城关镇檀溪路200号', '王某某', '卜晓东', '柘川县城关镇府前街5号', '柘川县福寿养老院']);
}

function licencesCancelled(): void {
  const text = [
    '檀山县市场监督管理局关于注销食品经营许可证的公告',
    '    下列食品经营者因停业已申请注销，现予公告：',
    '    一、檀山县老饶家面馆，经营者：饶宝林，经营场所：檀山县城关镇榆钱街28号一楼，住所：檀山县苇塘镇杏坞村五组16号。',
    '    二、檀山县时珍堂大药房有限公司，法定代表人：邝志远，住所：檀山县城关镇檀溪路9号，许可证编号：JY13408210041587。',
    '    三、檀山县苇塘镇杏坞村股份经济合作社，地址：檀山县苇塘镇杏坞村二组1号。',
    '    四、檀山县小芳水果店（经营者：程小芳），经营场所：檀山县苇塘镇农贸市场12号摊位，经营者住址：檀山县苇塘镇杏坞村六组3号。',
    '    该店曾代销“老干妈”“王老吉”等品牌商品，举报人刘**反映的问题已查处。李时珍纪念馆（檀山县城关镇檀溪路1号）不在此列。',
  ].join('\n');
  add('homesCheck', text, [P('饶宝林'), A('檀山县苇塘镇杏坞村五组16号'), P('邝志远'), P('程小芳'), A('檀山县苇塘镇杏坞村六组3号')], ['檀山县老饶家面馆', '檀山县城关镇榆钱街28号一楼', '檀山县城关镇檀溪路9号', '檀山县苇塘镇杏坞村二组1号', '檀山县苇塘镇农贸市场12号摊位', '老干妈', '王老吉', '刘**', '李时珍', '檀山县城关镇檀溪路1号', '檀山县小芳水果店']);
}

dogRegister();
enrolmentReview();
gasSafetyVisits();
firstRegistration();
allowanceStopped();
licencesCancelled();

/**
 * The twenty-second tuning's private checks (names in prose and the model), fixed texts with invented people of kinds no
 * slice uses. The first four were written before its rules (a fire brief, a lost-property commendation, a 高龄津贴 check,
 * a traditional-script 調解 item: names 10 of 22 on main, 22 after); the other four after the rules and not tuned on (a
 * flood transfer, a traffic accident, a student aid item, a traditional-script 尋親 notice: 12 of 21 on main, 18 of 21
 * before the last two rules, 21 after). Their figures are in the realistic README.
 */
function proseAndModel(): void {
  const docs: [string, string[], string[]][] = [
    ["关于沙河镇一起民房火灾的情况简报\n    11月6日19时许，沙河镇柳塘村一民房起火。租住人綦满仓下班回家时发现厨房冒烟，随即拨打119。房东慈秀英说，綦满仓已在此租住三年。\n    起火时屋内只有房东的外孙冒乐乐一人，邻居巨开山翻窗将其抱出。綦满仓事后表示，要当面感谢巨开山。\n    经勘查，起火原因系电动车违规充电。消防救援站提醒广大群众，不要在室内为电动车充电。", ["綦满仓", "慈秀英", "冒乐乐", "巨开山"], ["消防救援站", "柳塘村"]],
    ["拾金不昧好品德 归还失物暖人心\n    10月21日上午，在城关客运站打扫卫生的清洁工单铁蛋捡到一个黑色挎包，内有现金3200元和身份证等物品。\n    拾得人单铁蛋今年58岁，当即将挎包交到站务室。经核对身份，失主鲁建业于当天下午领回了挎包。鲁建业反映，包里的钱是给母亲看病用的。\n    客运站对单铁蛋给予通报表扬。", ["单铁蛋", "鲁建业"], ["城关客运站", "站务室"]],
    ["高龄津贴资格年度核查情况说明\n    本年度核查中，发现以下情况：\n    一、享受人甘五一，女，已于今年3月去世，其儿媳符秀兰代为办理了停发手续。\n    二、享受人蒯金榜长期随子女在外地居住，其孙女蒯婷婷代领了上半年津贴，已签订承诺书。\n    三、申领人宓国华今年83岁，新纳入发放范围。", ["甘五一", "符秀兰", "蒯金榜", "蒯婷婷", "宓国华"], ["高龄津贴"]],
    ["一場鄰里糾紛的化解\n    石門村村民隗秋收與鄰居者春梅因宅基地邊界發生爭執。見證人屈麥收說，兩家的界樁早年已經埋好。\n    調解員到場後，隗秋收表示願意退讓半米，者春梅也同意拆除新砌的圍牆。", ["隗秋收", "者春梅", "屈麥收"], ["石門村"]],
    ["汛期转移安置工作侧记\n    7月12日凌晨，青峰河水位暴涨。护堤员牛德厚发现堤脚渗水后，立即敲锣示警。养蜂人邰春旺连夜把二十箱蜂搬上山坡。\n    五保老人滕老栓腿脚不便，村干部背着他转移。留守妇女蒲小燕带着两个孩子住进了安置点，她说：“有吃有住，心里踏实。”\n    船工雍大海驾着小船来回六趟，接出被困群众十一人。", ["牛德厚", "邰春旺", "滕老栓", "蒲小燕", "雍大海"], ["青峰河"]],
    ["道路交通事故认定书（简易程序）摘要\n    2025年4月3日16时许，驾驶人濮文斌驾驶小型轿车行至208国道K36处，与行人祁桂香发生碰撞，致祁桂香受伤。乘车人濮思雨无碍。\n    濮文斌未按规定减速让行，承担此次事故全部责任；祁桂香无责任。", ["濮文斌", "祁桂香", "濮思雨"], ["208国道"]],
    ["爱心助学 圆梦大学\n    今年高考，贫困生郜晓峰以612分的成绩被省内一所大学录取。他的父亲郜长林常年卧病，母亲裘玉芬靠打零工维持家用。\n    县慈善会为郜晓峰送去助学金5000元。郜晓峰说，将来要回报家乡。同班同学阚思远也获得了资助。", ["郜晓峰", "郜长林", "裘玉芬", "阚思远"], ["县慈善会"]],
    ["尋親啟事\n    寄養人雷秀珍於1998年在石橋鎮收養一名男嬰，取名雷念祖，現年27歲。據雷秀珍回憶，男嬰被發現時包裹中有紙條一張。\n    雷念祖希望找到親生父母，知情者請與本人聯繫。", ["雷秀珍", "雷念祖"], ["石橋鎮"]],
  ];
  for (const [text, people, decoys] of docs) add('prose22', text, people.map(P), decoys);
}

proseAndModel();

for (const r of out) process.stdout.write(`${JSON.stringify(r)}\n`);
