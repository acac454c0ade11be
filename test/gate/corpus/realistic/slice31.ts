/**
 * Held-out slice 31: whole documents written blind by an independent examiner (who read neither review/ nor the rules'
 * tests), of kinds no earlier slice uses, leaning to 农业农村/卫健/民族宗教/残联/妇联/共青团 pages — a 高素质农民培育 结业学员
 * 名单, a 医师定期考核 结果 公示, a 防返贫监测对象 识别及风险消除 公示, a 残疾人辅助器具适配 名单, a 妇联 “两癌”救助金 发放
 * news item, a 巾帼 手工坊 news item, a 团县委 青年返乡创业 news item, a traditional-script 民族团结进步模范 推荐 公示, a 强制
 * 免疫“先打后补” 补助 公示 and a 农村土地承包经营纠纷 仲裁裁决书 copied from a PDF (paragraphs hard-wrapped at 30–36
 * characters, so a wrap can fall inside a name or an address: such spans are labelled as printed, `\n` included). As much for
 * precision as for recall. Its own seed and pools: about four in five names a common surname with an ordinary given name,
 * the rest a rare surname of pinyin M–Z no earlier slice draws (璩, 郓, 仵, 闪, 妥, 芈, 袭, 玄, 弋, 昭), a compound one (乐正,
 * 颛孙, 宰父) or a given name that is an ordinary word (向阳, 春风, 朝阳, 晨光, 春花, 红梅); Hui, Dongxiang and Tibetan names
 * in the 民族团结 county; counties 泾坪县, 澴源县, 洮岭县, 浍川县, villages 志强村 and 春风村 reading like names, 璩家湾村 and
 * 闪家庄村 carrying surnames of the pool, streets 向阳路, 丽华街 and 建国路 in bodies' addresses.
 */

import { seededRandom } from '../generate.js';
import { A, P, col, recorder, toTrad, type AddRecord } from './blind.js';
import { decoysAsPrinted, labelsAsPrinted, wrapLikePdf } from './pdfWrap.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '璩郓仵闪妥芈袭玄弋昭';
const COMPOUND = ['乐正', '颛孙', '宰父'];
// Ordinary given names in about the proportion people bear them; the last few are words (向阳, 春风, 春花 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '军', '勇', '海波', '永刚', '德明', '晓东', '鹏', '卫国', '志勇', '建平', '红兵', '刚', '涛', '建国',
  '国华', '文杰', '振华', '海涛', '志明', '永强', '斌', '超', '亮', '辉', '福林', '学军', '建新', '向阳', '春风', '朝阳', '晨光',
];
const FEMALE = [
  '秀英', '丽娟', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '静', '敏', '晓燕', '秀兰', '凤英', '美华', '丽', '娟', '芳', '霞',
  '玉梅', '秀珍', '丽萍', '小红', '秀芳', '雪梅', '金凤', '翠兰', '艳', '燕', '彩霞', '春花', '红梅',
];
// What parents chose in the last twenty years (the young returnees, the children).
const BOYS = ['浩', '子豪', '宇轩', '浩然', '俊杰', '博文', '一鸣', '皓轩', '家乐'];
const GIRLS = ['子涵', '欣怡', '梦瑶', '雨桐', '佳琪', '思彤', '诗琪'];
// The 民族团结 county: Hui and Dongxiang names (马, 闪, 妥, 丁 with 尕, 麦, 海 …), Tibetan names.
const HUI_MEN = ['马海福', '马尕西', '马福祥', '闪国林', '妥海成', '马麦乃'];
const HUI_WOMEN = ['闪麦燕', '妥玉兰', '丁尕奴', '马秀兰'];
const TIBETAN_MEN = ['扎西东智', '更登加措'];
const TIBETAN_WOMEN = ['才让卓玛', '拉毛草'];

const CODES = {
  泾坪县: { tel: '0933', region: '620823' },
  澴源县: { tel: '0712', region: '420922' },
  洮岭县: { tel: '0930', region: '622925' },
  浍川县: { tel: '0357', region: '141032' },
};
type County = keyof typeof CODES;
const TOWNS = ['柳林铺镇', '石牌坊乡', '双河口镇', '红崖乡', '新店子镇'];
// 志强村 and 春风村 read like names of the pool; 璩家湾村 and 闪家庄村 carry its surnames.
const VILLAGES = ['志强村', '春风村', '璩家湾村', '闪家庄村', '杏树洼村', '黄土岭村', '大槐树村'];
const GROUPS = ['上湾组', '庙前组', '井沟组', '三组', '五组', '七组', '十组'];
// 向阳, 丽华 and 建国 read like given names: bodies' addresses (decoys) carry them.
const STREETS = ['向阳路', '丽华街', '建国路', '文昌路'];
const ESTATES = ['金桂苑', '润泽小区', '福景园'];

// Traditional forms for the mirror (characters of its text that blind.ts's table lacks).
const TRAD: Record<string, string> = {
  尕: '尕', 燕: '燕', 让: '讓', 卓: '卓', 玛: '瑪', 鸣: '鳴', 智: '智', 更: '更', 登: '登', 措: '措', 毛: '毛', 草: '草', 岭: '嶺', 洮: '洮',
  进: '進', 步: '步', 模: '模', 范: '範', 个: '個', 体: '體', 荐: '薦', 选: '選', 单: '單', 经: '經', 济: '濟', 发: '發', 展: '展', 带: '帶',
  动: '動', 养: '養', 殖: '殖', 户: '戶', 协: '協', 调: '調', 纠: '糾', 纷: '紛', 学: '學', 师: '師', 资: '資', 助: '助', 贫: '貧', 困: '困',
  观: '觀', 众: '眾', 议: '議', 联: '聯', 系: '繫', 电: '電', 话: '話', 统: '統', 战: '戰', 部: '部', 务: '務', 宗: '宗', 教: '教', 局: '局',
  县: '縣', 乡: '鄉', 镇: '鎮', 组: '組', 为: '為', 级: '級', 产: '產', 业: '業', 对: '對', 员: '員', 会: '會', 审: '審', 结: '結',
  将: '將', 间: '間', 异: '異', 请: '請', 于: '於', 与: '與', 这: '這', 们: '們', 长: '長', 风: '風', 岁: '歲', 帮: '幫', 医: '醫', 诊: '診',
  疗: '療', 卫: '衛', 生: '生', 馆: '館', 东: '東', 关: '關', 寺: '寺', 线: '線', 兰: '蘭', 汉: '漢', 义: '義', 帐: '帳', 兴: '興',
  办: '辦', 农: '農', 亩: '畝', 种: '種', 植: '植', 马: '馬', 铃: '鈴', 薯: '薯', 牛: '牛', 羊: '羊', 车: '車', 运: '運', 输: '輸', 书: '書',
  记: '記', 语: '語', 双: '雙', 译: '譯', 讲: '講', 课: '課', 实: '實', 际: '際', 导: '導', 监: '監', 督: '督', 举: '舉', 报: '報', 邮: '郵',
  边: '邊', 灾: '災', 费: '費', 织: '織', 铺: '鋪', 闪: '閃', 麦: '麥', 袭: '襲',
  寄: '寄', 址: '址', 号: '號', 路: '路', 公: '公', 示: '示', 时: '時', 几: '幾', 从: '從', 开: '開', 过: '過', 说: '說', 还: '還',
  坚: '堅', 持: '持', 头: '頭', 热: '熱', 心: '心', 邻: '鄰', 里: '里', 积: '積', 极: '極', 参: '參', 加: '加', 当: '當', 地: '地',
  顺: '順', 访: '訪', 问: '問', 温: '溫', 暖: '暖', 节: '節', 庆: '慶', 饭: '飯', 馍: '饃', 团: '團', 圆: '圓', 杂: '雜', 碎: '碎',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice31(addRecord: AddRecord, used: Set<string>): void {
  const r = seededRandom(31_2026_1202);
  const { pick, int, digits, pad, chance } = r;
  const g = sliceGenerators(r, used, {
    common: COMMON,
    rare: RARE,
    compound: COMPOUND,
    compoundChance: 0.04,
    rareChance: 0.13,
    male: MALE,
    female: FEMALE,
    codes: CODES,
    towns: TOWNS,
    villages: VILLAGES,
    groups: GROUPS,
    streets: STREETS,
    estates: ESTATES,
  });
  const { fresh, person, kin, landline, office, date, distinct, rural } = g;
  const add = recorder('holdout31', addRecord);
  const young = (sex: Sex): string => fresh(() => (chance(0.9) ? pick([...COMMON.slice(0, 40)]) : pick([...RARE])) + pick(sex === '男' ? BOYS : GIRLS));
  const group = (c: County, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const villageGroup = (village = pick(VILLAGES)): string => distinct(() => `${village}${pick(GROUPS)}`);
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;
  const mobile = (): string => `1${pick(['35', '38', '39', '51', '58', '77', '87', '99'])}${digits(8)}`;

  // 1. 高素质农民培育 结业学员名单 as a tab table (`序号 姓名 性别 年龄 所在村 培训专业 考核结果`): the trainees as persons, a bare
  //    village column neither labelled nor listed; one trainee refused the certificate for absence and named again; the
  //    training school, the class's 班主任 and the 科教股 contact as decoys, and a family farm named after a given name.
  {
    const c: County = '泾坪县';
    const sexes: Sex[] = ['男', '男', '女', '男', '女', '男', '男', '女'];
    const trainees = sexes.map((s) => person(s));
    const absent = person('男');
    const head = person('女');
    const contact = person('男');
    const school = '泾坪县职业技术教育中心';
    const farm = '泾坪县向阳家庭农场';
    add(
      [
        `泾坪县2025年高素质农民培育项目（种植业经营主体带头人班）结业学员名单公示`,
        `    根据县农业农村局《2025年高素质农民培育项目实施方案》，${school}承办的种植业经营主体带头人培训班已完成集中授课、田间实训和参观考察，经考核，现将拟结业学员名单公示如下：`,
        '序号\t姓名\t性别\t年龄\t所在村\t培训专业\t考核结果',
        ...trainees.map((t, k) => `${k + 1}\t${t}\t${sexes[k]}\t${int(24, 55)}\t${pick(VILLAGES)}\t${pick(['马铃薯种植', '中药材种植', '设施蔬菜', '苹果栽培'])}\t${pick(['优秀', '合格', '合格'])}`),
        `    另，学员${absent}因外出务工缺课累计超过总课时三分之一，不予结业，可申请参加下一期培训。实训基地设在${farm}。`,
        `    公示期为5个工作日。如有异议，请向班主任${head}或县农业农村局科教股反映（联系人：${contact}，电话：${landline(c)}，地址：${office(c)}）。`,
      ].join('\n'),
      [...trainees.map(P), P(absent)],
      [school, farm, head, contact, '科教股'],
    );
  }

  // 2. 医师定期考核 结果 公示 as a ` | ` table (`姓名 | 执业类别 | 执业范围 | 执业机构 | 考核结果`): the doctors as persons, like a
  //    licence list; one 暂缓 and one 不合格 named again in prose; hospitals and clinics (one named after 孙思邈, one after a
  //    given name), the 医政医管股 contact and the 卫健局's seat on a name-like street as decoys.
  {
    const c: County = '澴源县';
    const docs = [person('男'), person('女'), person('男'), person('女'), person('男'), person('男'), person('女'), person('男')];
    const places = ['澴源县人民医院', '澴源县中医医院', '双河口镇中心卫生院', '澴源思邈中医诊所', '石牌坊乡卫生院', '澴源县人民医院', '澴源县妇幼保健院', '澴源建华口腔诊所'];
    const kinds = ['临床', '中医', '临床', '中医', '临床', '口腔', '临床', '口腔'];
    const scopes = ['内科专业', '中医专业', '全科医学专业', '中医专业', '外科专业', '口腔专业', '妇产科专业', '口腔专业'];
    const results = ['合格', '合格', '合格', '合格', '暂缓', '合格', '合格', '不合格'];
    const contact = person('女');
    const seat = office(c);
    add(
      [
        '澴源县2025年度医师定期考核结果公示',
        '    根据《医师定期考核管理办法》，县卫生健康局组织对本周期应考核的执业医师进行了工作成绩、职业道德和业务水平考核，现将结果公示如下：',
        '序号 | 姓名 | 执业类别 | 执业范围 | 执业机构 | 考核结果',
        ...docs.map((d, k) => `${k + 1} | ${d} | ${kinds[k]} | ${scopes[k]} | ${places[k]} | ${results[k]}`),
        `    说明：${docs[4]}医师因考核周期内脱岗进修超过六个月，按规定暂缓考核；${docs[7]}医师业务水平测评未达要求，考核不合格，责令暂停执业活动三个月并接受培训，期满后再次考核。`,
        `    公示期间，对结果有异议的可向县卫生健康局医政医管股反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      docs.map(P),
      ['澴源县人民医院', '澴源县中医医院', '澴源思邈中医诊所', '澴源建华口腔诊所', '双河口镇中心卫生院', contact, seat, '医政医管股'],
    );
  }

  // 3. 防返贫监测对象 识别 及 风险消除 公示 aligned with spaces (`户主姓名 家庭人口 所在村组 监测类型 主要风险`): the 村组 cells
  //    (village and group) labelled homes, as the older 村组 lists; then households whose risk was removed in prose `X户
  //    （…组）`; the 驻村工作队 队长 by title, the town's 乡村振兴办 and its landline as decoys.
  {
    const c: County = '浍川县';
    const heads = [person('男'), person('女'), person('男'), person('男'), person('男')];
    const homes = heads.map(() => villageGroup(pick(['杏树洼村', '黄土岭村', '璩家湾村'])));
    const types = ['突发严重困难户', '边缘易致贫户', '脱贫不稳定户', '突发严重困难户', '边缘易致贫户'];
    const risks = ['因病', '因残', '因学', '因意外事故', '缺劳力'];
    const out = [person('男'), person('女'), person('男')];
    const outHomes = out.map(() => villageGroup('大槐树村'));
    add(
      [
        '新店子镇2025年第三季度防止返贫监测对象识别及风险消除公示',
        '    经农户申请、村级评议、镇级审核，现将本季度新识别监测对象及拟风险消除户公示如下（不含身份证号、银行账号等信息）：',
        '一、新识别监测对象',
        col('户主姓名', 12) + col('家庭人口', 10) + col('所在村组', 18) + col('监测类型', 18) + '主要风险',
        ...heads.map((h, k) => col(h, 12) + col(`${int(1, 6)}`, 10) + col(homes[k], 18) + col(types[k], 18) + risks[k]),
        '二、拟风险消除户',
        `    ${out[0]}户（${outHomes[0]}）家庭成员已稳定就业，人均纯收入持续超过监测范围；${out[1]}户（${outHomes[1]}）大病医疗费用经医保报销后自付部分已还清；${out[2]}户（${outHomes[2]}）危房已改造入住。以上3户拟标注风险消除，继续跟踪监测。`,
        `    公示期为5天。如有异议，请向镇乡村振兴办或驻村工作队队长反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...heads.map(P), ...homes.map(A), ...out.map(P), ...outHomes.map(A)],
      ['驻村工作队队长', '镇乡村振兴办'],
    );
  }

  // 4. 残疾人辅助器具适配 名单 in numbered lines (`1．X，男，…岁，肢体二级，住…号，适配…`): homes down to the door labelled,
  //    `由其女儿X代领`, a child with a young name and `其母X`; the brands (鱼跃, 互邦), the 辅具服务中心's 评估师 and the 残联's
  //    seat as decoys.
  {
    const c: County = '泾坪县';
    const ppl = [person('男'), person('女'), person('男'), person('女'), person('男')];
    const homes = ppl.map(() => rural(c, pick(['柳林铺镇', '红崖乡']), pick(['志强村', '春风村', '杏树洼村'])));
    const child = young('男');
    const childHome = rural(c, '柳林铺镇', '黄土岭村');
    const mother = person('女');
    const daughter = person('女'); // a married daughter: her father's surname, not her mother's
    const assessor = person('男');
    const seat = office(c);
    add(
      [
        '泾坪县残联2025年第二批残疾人辅助器具适配名单',
        '    经本人申请、乡镇残联初审、县辅具服务中心上门评估，现将第二批辅助器具适配名单公布如下：',
        `1．${ppl[0]}，男，${int(55, 78)}岁，肢体残疾二级，住${homes[0]}，适配手动轮椅（互邦）1台；`,
        `2．${ppl[1]}，女，${int(60, 82)}岁，视力残疾一级，住${homes[1]}，适配盲杖1根、语音血压计1台；`,
        `3．${ppl[2]}，男，${int(40, 66)}岁，听力残疾三级，住${homes[2]}，适配助听器1对；`,
        `4．${ppl[3]}，女，${int(70, 88)}岁，肢体残疾一级，住${homes[3]}，适配护理床（鱼跃）1张、防压疮床垫1张，由其女儿${daughter}代领；`,
        `5．${ppl[4]}，男，${int(45, 70)}岁，肢体残疾三级，住${homes[4]}，适配四脚拐杖1副；`,
        `6．${child}，男，${int(5, 9)}岁，脑瘫（肢体二级），住${childHome}，适配儿童坐姿椅1台，其母${mother}已接受使用培训。`,
        `    辅具由县辅具服务中心评估师${assessor}送达并指导使用。如有疑问请到县残联（${seat}）咨询，电话：${landline(c)}。`,
      ].join('\n'),
      [...ppl.map(P), ...homes.map(A), P(child), A(childHome), P(mother), P(daughter)],
      [assessor, seat, '互邦', '鱼跃', '县辅具服务中心'],
    );
  }

  // 5. 妇联 “两癌”救助金 发放 news: the recipients masked by the publisher (`X*芳`, `X女士`), one who spoke named in full
  //    with her group as home and her husband; the 妇联主席, the 卫健局 副局长, the hospital and the 通讯员 as decoys.
  {
    const c: County = '澴源县';
    const chair = person('女');
    const deputy = person('男');
    const speaker = person('女');
    const home = group(c, '双河口镇', '闪家庄村');
    const husbandName = person('男');
    const writer = person('女');
    const masked = [`${pick([...COMMON.slice(0, 20)])}*芳`, `${pick([...COMMON.slice(20, 40)])}*英`, `${pick([...COMMON.slice(40, 60)])}*梅`];
    const lady = `${pick([...COMMON.slice(60, 80)])}女士`;
    add(
      [
        `澴源县妇联为${int(12, 19)}名低收入“两癌”患病妇女发放救助金`,
        `    ${date()}，澴源县低收入妇女“两癌”救助金发放仪式在县妇女儿童活动中心举行。县妇联主席${chair}、县卫生健康局副局长${deputy}出席并为受助妇女代表${masked[0]}、${masked[1]}、${masked[2]}等人送上每人1万元的救助金。`,
        `    来自${home}的${speaker}去年在县人民医院确诊乳腺癌，手术和化疗花去十多万元。“丈夫${husbandName}在外打零工，两个孩子还在上学，这笔钱真是雪中送炭。”${speaker}说。另一名受助的${lady}表示，出院后会按时复查。`,
        '    县妇联还联合医院专家开展了“两癌”防治知识讲座，为在场妇女提供免费乳腺检查。（通讯员 ' + writer + '）',
      ].join('\n'),
      [P(speaker), A(home), P(husbandName)],
      [chair, deputy, writer, ...masked, lady, '县人民医院'],
    );
  }

  // 6. 巾帼 手工坊 news: the founder and the women she employs in an enumeration (`A、B、C等`), `婆婆X`, a widow `X家就在工坊
  //    隔壁（…号）`; the 县妇联 and 镇妇联 officials, the workshop named after a word (`巧手春花编织坊` carries 春花, a given name of
  //    the pool, with no surname), a buyer company and the reporter as decoys.
  {
    const c: County = '洮岭县';
    const founder = person('女');
    const founderHome = rural(c, '红崖乡', '春风村');
    const women = [person('女'), person('女'), person('女'), person('女')];
    const mil = person('女'); // the husband's mother keeps her own surname
    const widow = person('女');
    const widowHome = rural(c, '红崖乡', '春风村');
    const chief = person('女');
    const town = person('女');
    const reporter = person('男');
    const shop = '巧手春花编织坊';
    add(
      [
        '小小编织坊织出巾帼致富路',
        `    走进红崖乡春风村的${shop}，十几名妇女正忙着编织草编收纳篮。坊主${founder}今年42岁，2019年从外地返乡后，在自家院子（${founderHome}）里办起了这个手工坊。`,
        `    “刚开始只有我和婆婆${mil}两个人，现在${women[0]}、${women[1]}、${women[2]}、${women[3]}等二十多个姐妹都来了。”${founder}说，订单主要来自义乌一家工艺品公司，计件付酬，每人每月能挣两千多元。`,
        `    丈夫去世后独自照顾两个孩子的${widow}家就在工坊隔壁（${widowHome}），她说：“不用出远门，孩子放学回家我就在旁边。”`,
        `    县妇联主席${chief}、红崖乡妇联主席${town}近日到坊里调研，鼓励她们申请巾帼创业贷款、扩大规模。（记者 ${reporter}）`,
      ].join('\n'),
      [P(founder), A(founderHome), ...women.map(P), P(mil), P(widow), A(widowHome)],
      [chief, town, reporter, shop, '义乌'],
    );
  }

  // 7. 团县委 青年返乡创业 news in running prose: the returnee (a young name), his partner, his father, a villager he hired
  //    (`X老人说`); the 团县委书记 and 副书记 acting in office, the orchard brand `晨光` (a word given name of the pool), the
  //    `青创贷` product, the bank and the reporter as decoys.
  {
    const c: County = '浍川县';
    const founder = young('男');
    const partner = young('女');
    const father = kin(founder, '男');
    const hired = person('男');
    const hiredHome = rural(c, '新店子镇', '璩家湾村');
    const secretary = person('男');
    const deputy = person('女');
    const reporter = person('女');
    add(
      [
        '90后返乡青年把苹果卖上了直播间',
        `    “家人们，这就是我们璩家湾的苹果，脆甜多汁！”${date()}傍晚，${founder}站在果园里对着手机镜头介绍。这个1996年出生的小伙子大学毕业后在西安做电商运营，2021年回到新店子镇，和同学${partner}一起注册了“晨光果园”品牌。`,
        `    创业之初缺资金，团县委帮他对接了县农商银行的“青创贷”，贷款20万元。父亲${father}起初并不支持：“种了一辈子地，没见过在手机上卖苹果的。”如今，合作社带动周边${int(30, 60)}户果农，年销售额突破三百万元。`,
        `    今年68岁的${hired}住在${hiredHome}，在果园里负责分拣装箱。“离家近，一天能挣一百二。”${hired}说。`,
        `    团县委书记${secretary}介绍，全县已建立青年创业联络站${int(5, 12)}个。团县委副书记${deputy}表示，将继续为返乡青年提供培训和金融支持。（记者 ${reporter}）`,
      ].join('\n'),
      [P(founder), P(partner), P(father), P(hired), A(hiredHome)],
      [secretary, deputy, reporter, '晨光果园', '青创贷', '县农商银行'],
    );
  }

  // 8. A traditional-script mirror of a 民族团结进步 模范个人 推荐 公示 in a Hui and Tibetan county: each candidate at a line's
  //    start (`X，男，回族，…年…月生，…村村民。` with a deed), award candidates as persons even when they hold a village post;
  //    the mosque `東關清真寺`, the 统战部 contact, the 民宗局's seat and `馬某某` as decoys.
  {
    const c: County = '洮岭县';
    const hui = [fresh(() => pick(HUI_MEN)), fresh(() => pick(HUI_MEN)), fresh(() => pick(HUI_WOMEN))];
    const tib = [fresh(() => pick(TIBETAN_WOMEN)), fresh(() => pick(TIBETAN_MEN))];
    const han = person('女');
    const pupil = young('男');
    const contact = person('男');
    const seat = office(c);
    const lines = [
      '洮嶺縣第五次民族團結進步表彰模範個人推薦人選公示',
      '    經基層推薦、縣民族團結進步創建工作領導小組辦公室審核，擬推薦以下同志為全縣民族團結進步模範個人，現予公示：',
      trad(`${hui[0]}，男，回族，1968年3月生，红崖乡闪家庄村村民。二十年来义务调解邻里纠纷一百余起，带动周边农户发展牛羊养殖。`),
      trad(`${tib[0]}，女，藏族，1985年9月生，石牌坊乡卫生院医生。坚持用藏汉双语为牧民讲解医疗政策，常年上门诊疗。`),
      trad(`${han}，女，汉族，1979年6月生，柳林铺镇中心小学教师。资助回族学生${pupil}等七名贫困学生完成学业。`),
      trad(`${hui[1]}，男，东乡族，1990年1月生，新店子镇个体运输户。雪灾时免费运送救灾物资，开车往返四百多公里。`),
      trad(`${tib[1]}，男，藏族，1972年11月生，红崖乡春风村村民委员会主任。组织各族群众成立马铃薯种植合作社。`),
      trad(`${hui[2]}，女，回族，1988年5月生，县城个体饭馆经营者。每逢节庆为各族孤寡老人送上油香和馓子。`),
      trad(`    公示期七天。对公示对象有异议的，请向县委统战部或县民族宗教事务局反映（联系人：${contact}，电话：${landline(c)}，地址：${seat}）。对马某某等人的匿名举报不予受理。`),
      trad('    另：東關清真寺民主管理委員會被推薦為模範集體，另行公示。'),
    ];
    const text = lines.join('\n');
    add(text, [...hui, ...tib, han, pupil].map((n) => P(trad(n))), [trad(contact), trad(seat), '東關清真寺', trad('马某某')]);
  }

  // 9. 强制免疫“先打后补” 补助 公示 as a tab table (`养殖场（户）名称 负责人 养殖地址 畜种 免疫数量 补助金额`): households
  //    named by their head with the yard at home labelled, a company whose 负责人 is a person (its site a decoy), a co-operative
  //    named after a word; the 村级防疫员 acting in office and the 畜牧兽医站 as decoys.
  {
    const c: County = '浍川县';
    const hh = [person('男'), person('男'), person('女'), person('男')];
    const yards = hh.map(() => rural(c, pick(['新店子镇', '双河口镇']), pick(['大槐树村', '杏树洼村', '志强村'])));
    const boss = person('男');
    const coopHead = person('男');
    const firm = '浍川县牧丰养殖有限公司';
    const site = '新店子镇工业园区';
    const coop = '浍川县春风肉牛养殖专业合作社';
    const vet = person('男');
    add(
      [
        '浍川县2025年上半年动物疫病强制免疫“先打后补”补助资金公示',
        '    经养殖场户申报、乡镇畜牧兽医站核查免疫记录和抗体检测结果，县农业农村局审核，现将补助情况公示如下：',
        '序号\t养殖场（户）名称\t负责人\t养殖地址\t畜种\t免疫数量\t补助金额（元）',
        `1\t${firm}\t${boss}\t${site}\t生猪\t${int(2000, 6000)}\t${money(3000, 9000)}`,
        `2\t${coop}\t${coopHead}\t双河口镇春风村北滩\t肉牛\t${int(200, 600)}\t${money(400, 1200)}`,
        ...hh.map((h, k) => `${k + 3}\t${h}\t${h}\t${yards[k]}\t${pick(['羊', '肉牛', '生猪'])}\t${int(60, 400)}\t${money(80, 600)}`),
        `    各村级防疫员负责核对免疫档案，新店子镇防疫员${vet}负责大槐树村、杏树洼村。补助资金直接拨付至养殖场户账户。`,
        `    公示期7天，如有异议请向县畜牧兽医站反映，电话：${landline(c)}。`,
      ].join('\n'),
      [...hh.map(P), ...yards.map(A), P(boss), P(coopHead)],
      [firm, site, coop, vet, '双河口镇春风村北滩', '县畜牧兽医站'],
    );
  }

  // 10. A 农村土地承包经营纠纷 仲裁裁决书 copied from a PDF: hard-wrapped at 30–36 characters (a break may fall inside a name,
  //     an address or a number: each labelled as printed). The applicant with her ID, home and mobile, her husband as 委托代理人,
  //     the respondent (her brother-in-law) and his home, the field's neighbours `东至X家承包地`; the 首席仲裁员, 仲裁员, 书记员,
  //     the village's 村委会 as 第三人 (its 主任 acting in office) and the commission's seat as decoys.
  {
    const c: County = '澴源县';
    const applicant = person('女');
    const appHome = rural(c, '石牌坊乡', '闪家庄村');
    const id = g.idFor(c, int(1975, 1985));
    const phone = mobile();
    const husband = person('男');
    const respondent = kin(husband, '男');
    const respHome = rural(c, '石牌坊乡', '闪家庄村');
    const fatherInLaw = kin(husband, '男');
    const east = person('男');
    const west = person('女');
    const chiefArb = person('男');
    const arb = person('女');
    const clerk = person('女');
    const director = person('男');
    const seat = office(c);
    const paras = [
      '澴源县农村土地承包经营纠纷仲裁委员会',
      '裁　决　书',
      `澴农仲裁〔2025〕${int(3, 19)}号`,
      `申请人：${applicant}，女，汉族，公民身份号码${id}，住${appHome}，联系电话${phone}。`,
      `委托代理人：${husband}，男，系申请人之夫。`,
      `被申请人：${respondent}，男，汉族，住${respHome}。`,
      `第三人：澴源县石牌坊乡闪家庄村村民委员会，负责人：${director}，村委会主任。`,
      `申请人${applicant}与被申请人${respondent}土地承包经营权纠纷一案，本委于${date()}受理后依法组成仲裁庭，公开开庭进行了审理。申请人及其委托代理人${husband}、被申请人、第三人负责人到庭参加仲裁。`,
      `申请人称：其与${husband}于2003年结婚，婚后户口迁入闪家庄村，二轮延包时在公公${fatherInLaw}户内分得承包地1.6亩。该地位于村南坡，东至${east}家承包地，西至${west}家承包地。${fatherInLaw}去世后，被申请人占用该地种植至今，拒不返还。`,
      `被申请人辩称：该地系其父生前交其耕种，申请人一家长期在外，未尽耕种义务。`,
      '本委认为，申请人作为承包方家庭成员，依法享有该地的承包经营权。裁决如下：被申请人于本裁决生效之日起三十日内将上述1.6亩承包地返还申请人经营。',
      `首席仲裁员　${chiefArb}`,
      `仲　裁　员　${arb}`,
      `书　记　员　${clerk}`,
      `（本会地址：${seat}）`,
    ];
    // Where a paragraph holds a name or a home, a break inside one is preferred.
    const spans = [applicant, husband, respondent, fatherInLaw, east, west, appHome, respHome];
    const text = wrapLikePdf(paras, spans, 30, 36, int);
    const labels = labelsAsPrinted(text, [
      ['person_name', applicant], ['person_name', husband], ['person_name', respondent], ['person_name', fatherInLaw],
      ['person_name', east], ['person_name', west], ['address', appHome], ['address', respHome], ['id_card', id], ['mobile', phone],
    ]);
    const decoys = decoysAsPrinted(text, [chiefArb, arb, clerk, director, seat]);
    add(text, labels, decoys);
  }
}
