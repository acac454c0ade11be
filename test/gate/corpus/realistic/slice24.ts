/**
 * Held-out slice 24: whole documents written blind (without reading review/) by an independent examiner, of kinds slices
 * 1–23 do not use — a 撤销婚姻登记 公告 (a marriage registered under a stolen identity), a 拟任命人民陪审员 名单 公示, a 律师及
 * 基层法律服务工作者 执业变动 公告, a 退役士兵 安置 选岗 结果 公示 (Dai soldiers in a Yunnan county), a 机动车驾驶证 注销 公告, a
 * 监狱 提请减刑假释 公示, a 派出所 招领 公告, a 烟草专卖 零售许可 公示, a 经济困难失能老年人 护理补贴 名单 and a
 * traditional-script 残疾军人 残疾等级评定 公示 — as much for precision as recall. Names as documents have them: about four
 * in five are one of the hundred commonest surnames with an ordinary given name (建华, 丽娟, 子涵, 浩 …); the rest carry a rare
 * surname of pinyin A–L that no earlier slice draws (承, 揣, 贡, 归, 弘, 籍, 居, 良, 邴, 堵, 利, 过, 别 — several of them
 * ordinary words), a compound one (贺兰, 段干) or a given name that is a word (和平, 向前, 金山, 有福, 海棠, 白云). Its own
 * counties (澄岭县, 淇坪县, 勐溪县, 泓川县), towns, villages that read like a given name of the pool (建华村, 金山村) or carry
 * its surnames (良家店村, 邴庄村, 归家湾村, 过家桥镇), streets that read like names (振国路, 丽华街, 文斌路) and estates.
 */

import { seededRandom } from '../generate.js';
import { A, I, M, P, PL, col, recorder, toTrad, type AddRecord } from './blind.js';
import { sliceGenerators, type Sex } from './pools.js';

// The hundred commonest surnames, roughly in order of frequency.
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const RARE = '承揣贡归弘籍居良邴堵利过别';
const COMPOUND = ['贺兰', '段干'];
// Ordinary given names in about the proportion people bear them; the last few are words (和平, 金山, 海棠 …).
const MALE = [
  '建华', '国强', '建军', '志强', '伟', '浩', '磊', '军', '勇', '俊杰', '宇轩', '子豪', '海波', '永刚', '德明', '晓东', '明', '鹏', '立新', '卫国',
  '志勇', '建平', '红兵', '刚', '涛', '家乐', '建国', '国华', '文杰', '振华', '海涛', '志明', '建新', '国平', '晓明', '永强', '文博', '浩然',
  '子轩', '俊', '斌', '超', '洋', '亮', '峰', '辉', '和平', '向前', '金山', '有福', '光明', '铁柱',
];
const FEMALE = [
  '秀英', '丽娟', '子涵', '桂英', '玉兰', '海燕', '红霞', '春梅', '桂芳', '淑珍', '婷', '静', '敏', '欣怡', '雨桐', '晓燕', '秀兰', '凤英', '美华',
  '丽', '娟', '芳', '霞', '玉梅', '慧', '秀珍', '丽萍', '美玲', '小红', '玉珍', '秀芳', '丽君', '晓丽', '雪梅', '佳怡', '梓涵', '诗涵', '雨萱',
  '金凤', '翠兰', '艳', '燕', '琳', '颖', '洁', '玲', '海棠', '茉莉', '白云', '春花', '彩云',
];
// Dai names as a 傣族 village writes them: men 岩…, women 玉…, some with the Dai surname 刀.
const DAI_MEN = ['岩温', '岩罕', '岩应', '岩坎', '刀建新', '刀永明'];
const DAI_WOMEN = ['玉南', '玉罕', '玉腊', '玉儿香'];

const CODES: Record<string, { tel: string; region: string }> = {
  澄岭县: { tel: '0797', region: '360734' },
  淇坪县: { tel: '0392', region: '410624' },
  勐溪县: { tel: '0691', region: '532824' },
  泓川县: { tel: '0510', region: '320283' },
};
const TOWNS = ['槐树湾镇', '石佛寺乡', '白鹭洲镇', '过家桥镇'];
// 建华村 and 金山村 read like given names of the pool; 良家店村, 邴庄村 and 归家湾村 carry its surnames.
const VILLAGES = ['建华村', '金山村', '良家店村', '邴庄村', '归家湾村', '柳树沟村'];
const GROUPS = ['一组', '三组', '五组', '河东组', '大院组', '新屋组', '老井组'];
// 振国, 丽华, 文斌 read like given names: bodies' addresses (decoys) and some homes carry them.
const STREETS = ['振国路', '丽华街', '文斌路', '人民路'];
const ESTATES = ['和园小区', '翠湖苑', '金色家园', '御龙湾'];

const TRAD: Record<string, string> = {
  岭: '嶺', 湾: '灣', 鹭: '鷺', 桥: '橋', 沟: '溝', 残: '殘', 级: '級', 评: '評', 鉴: '鑒', 伤: '傷', 战: '戰', 调: '調', 务: '務', 厅: '廳',
  医: '醫', 疗: '療', 机: '機', 构: '構', 审: '審', 请: '請', 经: '經', 办: '辦', 现: '現', 执: '執', 训: '訓', 练: '練', 获: '獲', 联: '聯',
  系: '繫', 电: '電', 话: '話', 异: '異', 议: '議', 优: '優', 抚: '撫', 门: '門', 专: '專', 长: '長', 关: '關', 于: '於', 际: '際', 据: '據',
  乡: '鄉', 镇: '鎮', 对: '對', 为: '為', 时: '時', 间: '間', 队: '隊', 车: '車', 辆: '輛', 处: '處', 导: '導', 认: '認', 证: '證', 书: '書',
  国: '國', 强: '強', 华: '華', 军: '軍', 伟: '偉', 鹏: '鵬', 涛: '濤', 刚: '剛', 东: '東', 乐: '樂', 杰: '傑', 轩: '軒', 卫: '衛', 红: '紅',
  铁: '鐵', 兰: '蘭', 晓: '曉', 凤: '鳳', 丽: '麗', 静: '靜', 云: '雲', 贡: '貢', 归: '歸', 过: '過', 别: '別', 贺: '賀', 邓: '鄧', 冯: '馮',
  韩: '韓', 许: '許', 谢: '謝', 罗: '羅', 郑: '鄭', 马: '馬', 孙: '孫', 吴: '吳', 赵: '趙', 黄: '黃', 杨: '楊', 陈: '陳', 刘: '劉', 张: '張',
  蒋: '蔣', 叶: '葉', 苏: '蘇', 吕: '呂', 卢: '盧', 钟: '鍾', 谭: '譚', 陆: '陸', 贾: '賈', 韦: '韋', 邹: '鄒', 闫: '閆', 龙: '龍', 顾: '顧',
  龚: '龔', 万: '萬', 钱: '錢', 严: '嚴', 汤: '湯', 区: '區', 栋: '棟', 单: '單', 组: '組', 号: '號', 县: '縣', 树: '樹', 园: '園', 维: '維',
  护: '護', 稳: '穩', 边: '邊', 坠: '墜', 桩: '樁', 弹: '彈', 损: '損', 毁: '毀', 听: '聽', 觉: '覺', 碍: '礙', 视: '視', 网: '網', 员: '員',
  拟: '擬', 户: '戶', 钢: '鋼', 击: '擊', 发: '發', 侧: '側', 动: '動', 学: '學', 师: '師', 荣: '榮', 个: '個', 贝: '貝', 杂: '雜', 涂: '塗',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice24(addRecord: AddRecord, used: Set<string>): void {
  const random = seededRandom(24_2026_1202);
  const { pick, int, digits, chance } = random;
  const add = recorder('holdout24', addRecord);
  const { fresh, person, kin, landline, office, date, distinct, rural, flat, idFor } = sliceGenerators(random, used, {
    common: COMMON, rare: RARE, compound: COMPOUND, compoundChance: 0, rareChance: 0.08, male: MALE, female: FEMALE,
    codes: CODES, towns: TOWNS, villages: VILLAGES, groups: GROUPS, streets: STREETS, estates: ESTATES,
  });
  // Compound surnames are too rare to leave to the draw: two documents name one each, as real lists now and then do.
  const compound = (surname: string, sex: Sex): string => fresh(() => surname + pick(sex === '男' ? MALE : FEMALE));
  const dai = (sex: Sex): string => fresh(() => pick(sex === '男' ? DAI_MEN : DAI_WOMEN));
  /** Someone whose given name is `given` (the owner of a shop named after it). */
  const named = (given: string): string => fresh(() => (chance(0.9) ? pick([...COMMON]) : pick([...RARE])) + given);
  const born = (lo: number, hi: number): string => `${int(lo, hi)}年${int(1, 12)}月`;
  const maskedId = (c: string): string => `${CODES[c].region}********${digits(3)}${pick(['1', '5', '7', 'X'])}`;

  // 1. 撤销婚姻登记 公告, served by publication on the husband: the salutation `X：`, a woman whose lost ID card was used to
  //    marry him (her flat in another county), his 户籍地 at a village door, his mother who passed the notice on; the
  //    结婚证字号, the police's 认定书 number, the 婚姻登记处 contact and the bureau's seat on a name-like street as decoys.
  {
    const c = '澄岭县';
    const husband = person('男');
    const victim = person('女');
    const mother = kin(husband, '女');
    const hukou = rural(c, '槐树湾镇', '建华村');
    const home = flat('泓川县');
    const clerk = person('女');
    const seat = office(c);
    const certificate = `J${CODES[c].region}-2016-000${int(100, 999)}`;
    const finding = `澄公认字〔2025〕${int(10, 60)}号`;
    add(
      [
        `${c}民政局关于撤销婚姻登记的公告`,
        `澄民婚撤〔2025〕${int(2, 9)}号`,
        `${husband}：`,
        `    2016年9月${int(2, 28)}日，你与一名持“${victim}”居民身份证的女子在本局婚姻登记处办理了结婚登记（结婚证字号：${certificate}）。2025年3月，${victim}本人向本局申请撤销该婚姻登记，称其从未到过${c}，其居民身份证曾于2015年在外地遗失。`,
        `    经本局调查，并经${c}公安局出具《身份信息被冒用认定书》（${finding}）认定，与你办理结婚登记的女子并非${victim}本人，系冒用其身份证件，该女子的真实身份尚未查明。`,
        '    当事人基本情况：',
        `    男方：${husband}，男，汉族，${born(1982, 1988)}出生，户籍地：${hukou}。`,
        `    被冒用身份人：${victim}，女，汉族，${born(1992, 1996)}出生，现住${home}。`,
        `    本局于2025年5月向你户籍地邮寄《拟撤销婚姻登记告知书》，因无人签收被退回；经你母亲${mother}转告后，你亦未在规定期限内提出陈述、申辩。`,
        `    根据《婚姻登记条例》及民政部有关规定，本局决定：撤销${husband}与“${victim}”于2016年9月办理的结婚登记，收回并注销上述结婚证。`,
        `    因无法直接送达，现依法公告送达本决定，自公告发布之日起满30日即视为送达。如不服本决定，可在送达之日起60日内向${c}人民政府申请行政复议，也可在6个月内向${c}人民法院提起行政诉讼。`,
        `    联系人：${clerk}（婚姻登记处）　联系电话：${landline(c)}　地址：${seat}`,
        `${c}民政局`,
        date(),
      ].join('\n'),
      [P(husband), P(victim), P(mother), A(hukou), A(home)],
      [clerk, seat, certificate, finding, '婚姻登记处'],
    );
  }

  // 2. 拟任命人民陪审员 名单 公示 aligned with spaces: 姓名, 性别, 民族 (two 回族), 出生年月, 文化程度, 职业或工作单位, 产生方式 — the
  //    candidates labelled persons like appointees; a bare `…乡…村村民` is no home and no decoy; schools, the hospital, the
  //    司法局's contact and seat and the court's president acting in office as decoys.
  {
    const c = '淇坪县';
    const sexes = Array.from({ length: 12 }, (_, k): Sex => (k % 3 === 1 || k % 4 === 3 ? '女' : '男'));
    const jurors = sexes.map((s) => person(s));
    const jobs = ['淇坪县第一高级中学教师', '石佛寺乡金山村村民', '个体工商户', '淇坪县人民医院护士', '退休职工', '石佛寺乡邴庄村村民', '淇坪县第一高级中学教师', '快递员', '会计', '石佛寺乡柳树沟村村民', '退休教师', '自由职业'];
    const ways = ['随机抽选', '随机抽选', '个人申请', '随机抽选', '组织推荐', '随机抽选', '随机抽选', '随机抽选', '个人申请', '随机抽选', '组织推荐', '随机抽选'];
    const contact = person('女');
    const president = person('男');
    const seat = office(c);
    add(
      [
        `${c}拟任命人民陪审员名单公示`,
        `    根据《中华人民共和国人民陪审员法》《人民陪审员选任办法》，县司法局会同县人民法院、县公安局，从本县常住居民中随机抽选并经个人申请、组织推荐，对${int(180, 260)}名候选人进行了资格审查，确定拟任命人民陪审员${jurors.length}名，现予公示：`,
        `${col('序号', 6)}${col('姓名', 10)}${col('性别', 6)}${col('民族', 6)}${col('出生年月', 12)}${col('文化程度', 10)}${col('职业或工作单位', 28)}产生方式`,
        ...jurors.map((j, k) => `${col(String(k + 1), 6)}${col(j, 10)}${col(sexes[k], 6)}${col(k === 3 || k === 8 ? '回族' : '汉族', 6)}${col(born(1962, 1994), 12)}${col(pick(['高中', '大专', '本科', '中专']), 10)}${col(jobs[k], 28)}${ways[k]}`),
        `    公示期为7个工作日（自${date()}起）。公示期间，任何单位和个人对上述人选有异议的，可书面向县司法局反映（地址：${seat}，联系人：${contact}，电话：${landline(c)}）。`,
        `    公示期满无异议的，由县人民法院院长${president}提请县人民代表大会常务委员会任命。`,
      ].join('\n'),
      jurors.map(P),
      [contact, president, seat, '淇坪县第一高级中学', '淇坪县人民医院'],
    );
  }

  // 3. 律师及基层法律服务工作者 执业变动 公告 in numbered sections: new licence holders with their firm and 执业证号, one who
  //    changed firm, two cancelled (one at his request, one who died), two 基层法律服务工作者; the firms (one named like a
  //    person, 良邦), the town's 法律服务所 carrying a surname, the 执业证号, the 12348 site and the contact as decoys.
  {
    const c = '泓川县';
    const fresh4 = [person('女'), person('男'), person('男'), person('女')];
    const moved = person('男');
    const quit = person('女');
    const dead = compound('段干', '男');
    const workers = [person('男'), person('女')];
    const firms = ['江苏建华律师事务所', '江苏建华律师事务所', '江苏良邦律师事务所', '江苏丽泓律师事务所'];
    const licence = (): string => `1320220251${pick(['0', '1'])}${digits(6)}`;
    const numbers = fresh4.map(() => licence());
    const contact = person('男');
    add(
      [
        `${c}司法局关于2025年第三季度律师及基层法律服务工作者执业变动情况的公告`,
        '    根据《律师执业管理办法》《基层法律服务工作者管理办法》有关规定，现将本县2025年第三季度律师、基层法律服务工作者执业变动情况公告如下：',
        `    一、新颁发律师执业证书（${fresh4.length}人）`,
        ...fresh4.map((n, k) => `    ${k + 1}. ${n}，${k === 0 || k === 3 ? '女' : '男'}，执业机构：${firms[k]}，执业证号：${numbers[k]}${k === 3 ? '（兼职律师，泓川县职业教育中心教师）' : ''}`),
        '    二、变更执业机构（1人）',
        `    ${moved}，由江苏良邦律师事务所变更至泓川县法律援助中心，换发律师工作证。`,
        '    三、注销律师执业证书（2人）',
        `    ${quit}，本人申请注销，执业证号：${licence()}；`,
        `    ${dead}，因病于2025年7月去世，注销其律师执业证书。`,
        '    四、核准基层法律服务工作者执业（2人）',
        `    ${workers[0]}，执业机构：过家桥镇法律服务所；${workers[1]}，执业机构：白鹭洲镇法律服务所。`,
        '    以上人员执业信息可登录“12348中国法网”查询。',
        `    联系人：${contact}（县司法局律师公证工作股）　电话：${landline(c)}`,
      ].join('\n'),
      [...fresh4.map(P), P(moved), P(quit), P(dead), ...workers.map(P)],
      [contact, '江苏建华律师事务所', '江苏良邦律师事务所', '过家桥镇法律服务所', numbers[0], numbers[2], '12348中国法网'],
    );
  }

  // 4. 退役士兵 安置 选岗 结果 公示 as a tab table in a Yunnan county: Dai and Han soldiers with 民族, dates, scores and the post
  //    chosen; the top scorer named again in prose, one who gave up the post for 自主就业; the employers, the 纪检 组长 who
  //    watched and the 局长 presiding (both acting in office) and the contact as decoys.
  {
    const c = '勐溪县';
    const soldiers = [dai('男'), person('男'), dai('男'), person('男'), dai('女'), person('男'), person('男'), dai('男')];
    const nations = soldiers.map((s) => (DAI_MEN.includes(s) || DAI_WOMEN.includes(s) ? '傣族' : '汉族'));
    const posts = ['勐溪县供电局', '勐溪县自来水有限责任公司', '勐旺镇农业农村综合服务中心', '勐溪县公路养护段', '勐溪县人民医院', '勐溪县国有林场', '中国邮政集团有限公司勐溪县分公司', '勐溪县城市管理综合服务中心'];
    const scores = soldiers.map((_, k) => (98 - k * 3 - int(0, 2)).toFixed(1));
    const quitter = person('男');
    const watcher = person('女');
    const head = person('男');
    const contact = person('女');
    add(
      [
        `${c}2025年度退役士兵安排工作选岗结果公示`,
        `    根据《退役军人安置条例》和省、州有关规定，${date()}，县退役军人事务局组织符合安排工作条件的退役士兵，按服役表现量化评分从高到低依次公开选岗，现将结果公示如下：`,
        '序号\t姓名\t性别\t民族\t入伍时间\t退役时间\t量化评分\t选定岗位',
        ...soldiers.map((s, k) => `${k + 1}\t${s}\t${k === 4 ? '女' : '男'}\t${nations[k]}\t${2008 + (k % 4)}年9月\t2025年${pick(['3', '9'])}月\t${scores[k]}\t${posts[k]}`),
        `    其中，${soldiers[0]}服役期间荣立三等功一次，量化评分居全县首位，优先选岗。另有${quitter}经本人申请放弃安排工作，改为自主就业，按规定发给一次性经济补助。`,
        `    选岗过程由县纪委监委派驻纪检监察组组长${watcher}现场监督，县退役军人事务局局长${head}主持。公示期5个工作日，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [...soldiers.map(P), P(quitter)],
      [watcher, head, contact, '勐溪县供电局', '勐旺镇农业农村综合服务中心', '中国邮政集团有限公司勐溪县分公司'],
    );
  }

  // 5. 机动车驾驶证 注销 公告 aligned with spaces: drivers with their 驾驶证号 masked by the bureau (decoys), 准驾车型 and the
  //    reason; one driver whose licence was revoked for drunk driving named in prose with his home and the car's plate; the
  //    车管所's seat on a name-like street and the 交管12123 app as decoys.
  {
    const c = '淇坪县';
    const drivers = [person('男'), person('男'), person('女'), person('男'), person('男'), person('女'), person('男')];
    const ids = drivers.map(() => maskedId(c));
    const reasons = ['驾驶人死亡', '超过有效期一年以上未换证', '本人申请注销', '超过有效期一年以上未换证', '年满70周岁未提交身体条件证明', '身体条件不适合驾驶机动车', '驾驶人死亡'];
    const drunk = person('男');
    const home = rural(c, '石佛寺乡', '邴庄村');
    const plate = `豫F${pick(['A', 'C', 'D', 'H'])}${digits(4)}`;
    const seat = office(c);
    add(
      [
        `${c}公安局交通管理大队关于注销机动车驾驶证的公告`,
        '    依据《机动车驾驶证申领和使用规定》，下列机动车驾驶人的驾驶证已由车辆管理所注销，现予公告，原驾驶证作废，不得继续使用：',
        `${col('序号', 6)}${col('姓名', 10)}${col('驾驶证号', 22)}${col('准驾车型', 10)}注销原因`,
        ...drivers.map((d, k) => `${col(String(k + 1), 6)}${col(d, 10)}${col(ids[k], 22)}${col(pick(['C1', 'C2', 'B2', 'A2', 'C1E']), 10)}${reasons[k]}`),
        `    另，${drunk}（男，${int(1975, 1990)}年生，住${home}）于2025年6月${int(1, 28)}日醉酒驾驶${plate}号小型轿车，经检验血液酒精含量为${int(120, 210)}mg/100ml，依法被吊销机动车驾驶证，五年内不得重新取得。`,
        '    因超过有效期被注销未满两年的，可到车辆管理所参加科目一考试，合格后恢复驾驶资格。驾驶人可通过“交管12123”查询本人驾驶证状态。',
        `    咨询电话：${landline(c)}　地址：${seat}（车辆管理所）`,
      ].join('\n'),
      [...drivers.map(P), P(drunk), A(home), PL(plate)],
      [ids[0], ids[3], ids[5], seat, '交管12123'],
    );
  }

  // 6. 监狱 提请减刑、假释 罪犯 名单 公示 in numbered paragraphs: `罪犯X，男，…出生，…，户籍所在地…` (registered homes, labelled),
  //    crime, sentence, rewards, the proposal; a woman proposed for parole to live at her husband's flat (his name and the flat
  //    labelled); 罪犯编号, the sentencing courts, the 刑罚执行科科长 and the 驻监检察室 as decoys.
  {
    const c = '澄岭县';
    const convicts = [person('男'), person('男'), person('女'), person('男'), person('男')];
    const numbers = convicts.map(() => `36${digits(8)}`);
    const homes = [rural(c, '槐树湾镇', '良家店村'), rural('泓川县', '白鹭洲镇', '建华村'), flat('淇坪县'), rural(c, '槐树湾镇', '金山村'), rural('勐溪县', '勐旺镇', '曼岭村')];
    const husband = person('男');
    const parole = flat(c);
    const chief = person('男');
    const crimes = ['盗窃罪', '故意伤害罪', '诈骗罪', '非法采矿罪', '运输毒品罪'];
    const terms = ['有期徒刑六年', '有期徒刑十年', '有期徒刑四年六个月', '有期徒刑三年', '有期徒刑十五年'];
    const proposals = ['拟提请减刑七个月', '拟提请减刑九个月', '拟提请假释', '拟提请减刑五个月', '拟提请减刑六个月'];
    add(
      [
        `澄岭监狱2025年第四批提请减刑、假释罪犯名单公示`,
        '    根据《监狱提请减刑假释工作程序规定》，经监区集体评议、刑罚执行科审查、监狱提请减刑假释评审委员会评审，拟对下列罪犯提请减刑、假释，现予公示：',
        ...convicts.map((n, k) => {
          const sex = k === 2 ? '女' : '男';
          const court = k === 1 ? '泓川县人民法院' : k === 2 ? '淇坪县人民法院' : k === 4 ? '勐溪县人民法院' : `${c}人民法院`;
          const extra = k === 2 ? `假释后拟居住于其丈夫${husband}家中（${parole}），由当地司法所实施社区矫正。` : k === 4 ? '罚金尚未全部缴纳，从严掌握减刑幅度。' : `服刑期间共获表扬${int(3, 7)}次。`;
          return `    ${k + 1}．罪犯${n}（罪犯编号${numbers[k]}），${sex}，${born(1970, 1995)}出生，汉族，${pick(['初中', '小学', '高中'])}文化，户籍所在地${homes[k]}。因犯${crimes[k]}，于${int(2016, 2022)}年经${court}判处${terms[k]}。${extra}${proposals[k]}。`;
        }),
        `    公示期为7个工作日。对公示内容有异议的，可向监狱刑罚执行科（科长${chief}）或驻监检察室反映，监督电话：${landline(c)}。`,
      ].join('\n'),
      [...convicts.map(P), ...homes.map(A), P(husband), A(parole)],
      [chief, numbers[0], numbers[3], '泓川县人民法院', '驻监检察室'],
    );
  }

  // 7. 派出所 招领 公告 in numbered items: finders (a passer-by, a shop owner whose shop carries his surname, a street sweeper, a
  //    schoolgirl and her mother), an owner named on an ID card printed in full and the head of a household whose 户口簿 was
  //    found with its address; the shop, the brand, estates named alone, the bus stop and the officer on duty as decoys.
  {
    const c = '泓川县';
    const finder1 = person('男');
    const owner1 = person('女');
    const id = idFor(c, int(1985, 1998));
    const shopkeeper = fresh(() => `良${pick(MALE)}`);
    const sweeper = person('女');
    const household = person('男');
    const hukou = rural(c, '过家桥镇', '归家湾村');
    const girl = person('女');
    const mother = person('女');
    const officer = person('男');
    add(
      [
        `${c}公安局白鹭洲派出所招领公告`,
        '    近期，我所陆续收到群众拾得后送交的物品。请失主自公告之日起六个月内，持本人有效身份证件到我所认领：',
        `    1．2025年9月${int(1, 9)}日，市民${finder1}在振国路公交站台拾得黑色钱包一个，内有现金若干、居民身份证一张（姓名：${owner1}，公民身份号码：${id}）及银行卡两张。`,
        `    2．2025年9月${int(10, 19)}日，白鹭洲镇“良记烟酒店”店主${shopkeeper}在店门口拾得华为手机一部，屏幕有裂痕。`,
        `    3．2025年9月${int(20, 28)}日，环卫工人${sweeper}在翠湖苑小区南门外拾得户口簿一本，户主姓名${household}，户籍地址${hukou}。`,
        `    4．2025年10月${int(1, 9)}日，白鹭洲镇中心小学学生${girl}在和园小区附近拾得电动车钥匙一串，由其母亲${mother}陪同送至我所。`,
        '    5．雨伞、保温杯各一件，拾得人未留姓名。',
        `    感谢以上群众拾金不昧。认领咨询电话：${landline(c)}（值班民警：${officer}）`,
      ].join('\n'),
      [P(finder1), P(owner1), I(id), P(shopkeeper), P(sweeper), P(household), A(hukou), P(girl), P(mother)],
      [officer, '良记烟酒店', '华为', '翠湖苑小区', '和园小区', '振国路公交站台', '白鹭洲镇中心小学'],
    );
  }

  // 8. 烟草专卖 零售许可 办理结果 公示 as a tab table: 申请人 (people, and a chain company whose 法定代表人 is named), 字号 —
  //    shops named after their owner's given name (`丽华便利店` of X丽华, `建军副食店` of X建军) or a word (`有福便民店`) —,
  //    经营地址 (shops, decoys) and 许可证号; a refusal naming the applicant; the contact as a decoy.
  {
    const c = '泓川县';
    const lihua = named('丽华');
    const jianjun = named('建军');
    const others = [person('男'), person('女'), person('男')];
    const boss = person('男');
    const refused = person('女');
    const contact = person('女');
    const shops = [
      [lihua, '丽华便利店', '泓川县丽华街23号'],
      [others[0], '老过烟酒商行', '泓川县白鹭洲镇人民路116号'],
      [jianjun, '建军副食店', '泓川县过家桥镇老街菜市场东侧门面'],
      [others[1], '金山生活超市', '泓川县文斌路金色家园商铺8号'],
      [`泓川县惠佳连锁超市有限公司（法定代表人：${boss}）`, '惠佳超市振国路店', '泓川县振国路66号'],
      [others[2], '有福便民店', '泓川县过家桥镇归家湾村村部对面门面'],
    ];
    const licences = shops.map(() => `320283${digits(6)}`);
    add(
      [
        `${c}烟草专卖局2025年10月烟草专卖零售许可证办理结果公示`,
        '    根据《烟草专卖许可证管理办法》及本县烟草制品零售点合理布局规定，现将本月烟草专卖零售许可证办理结果公示如下：',
        '序号\t申请人\t字号名称\t经营地址\t办理类型\t许可证号',
        ...shops.map((s, k) => `${k + 1}\t${s[0]}\t${s[1]}\t${s[2]}\t${k === 5 ? '延续' : '新办'}\t${licences[k]}`),
        `    不予许可：申请人${refused}申请在白鹭洲镇中心小学东侧开设零售点，经实地核查，其经营场所距学校不足50米，依法不予许可。`,
        `    对公示内容有异议的，请于5个工作日内与县局专卖管理股联系，联系人：${contact}，电话：${landline(c)}。`,
      ].join('\n'),
      [P(lihua), P(jianjun), ...others.map(P), P(boss), P(refused)],
      [contact, '丽华便利店', '建军副食店', '老过烟酒商行', '有福便民店', '金山生活超市', '泓川县丽华街23号', '泓川县振国路66号', licences[0]],
    );
  }

  // 9. 经济困难失能老年人 护理补贴 新增对象 名单 aligned with spaces: 姓名, 性别, 年龄, 失能等级, 居住地址 without the county (village
  //    group and door, a flat in the town; labelled homes), 补贴, 备注 (`由其子X代领`, a mobile); the 民政办's contact, the
  //    卫生院's assessor and the 民政局 as decoys.
  {
    const c = '淇坪县';
    const sexes: Sex[] = ['女', '男', '女', '男', '女', '女', '男', '男'];
    const elders = sexes.map((s, k) => (k === 4 ? compound('贺兰', s) : person(s)));
    const homes = elders.map((_, k) =>
      distinct(() => (k === 5 ? `石佛寺乡政府街${pick(ESTATES)}${int(1, 9)}号楼${int(1, 3)}单元${int(1, 6)}0${int(1, 2)}室` : `石佛寺乡${pick(['金山村', '邴庄村', '柳树沟村', '建华村'])}${pick(GROUPS)}${int(1, 60)}号`)),
    );
    const son = kin(elders[3], '男');
    const phone = `1${pick(['36', '38', '52', '87'])}${digits(8)}`;
    const assessor = person('男');
    const contact = person('女');
    add(
      [
        `石佛寺乡2025年第三季度经济困难失能老年人护理补贴新增对象名单`,
        '    经本人申请、村（居）委会初审、乡卫生院入户评估、乡民政办审核，以下老年人符合护理补贴发放条件，自10月起按月发放，现予公示：',
        `${col('序号', 6)}${col('姓名', 10)}${col('性别', 6)}${col('年龄', 6)}${col('失能等级', 10)}${col('居住地址', 44)}${col('补贴（元/月）', 14)}备注`,
        ...elders.map((e, k) => {
          const grade = pick(['重度失能', '中度失能', '重度失能', '轻度失能']);
          const note = k === 3 ? `由其子${son}代领（${phone}）` : k === 6 ? '入住乡敬老院' : '';
          return `${col(String(k + 1), 6)}${col(e, 10)}${col(sexes[k], 6)}${col(String(int(68, 93)), 6)}${col(grade, 10)}${col(homes[k], 44)}${col(grade === '重度失能' ? '200' : grade === '中度失能' ? '120' : '60', 14)}${note}`;
        }),
        `    评估人员：乡卫生院${assessor}。公示期7天，如有异议请向乡民政办反映，联系人：${contact}，电话：${landline(c)}（${c}民政局监督电话同号转接）。`,
      ].join('\n'),
      [...elders.map(P), P(son), M(phone), ...homes.map(A)],
      [assessor, contact, `${c}民政局`, '乡敬老院'],
    );
  }

  // 10. A traditional-script 残疾军人 残疾等级评定 公示: veterans in numbered paragraphs with birth, 入伍/退役 dates and 户籍地 (homes,
  //     one a flat), one whose wife applied on his behalf (a person); the medical board's head acting in office, the hospital,
  //     the 優撫安置股 contact and the bureau's seat as decoys.
  {
    const c = '澄岭县';
    const vets = [person('男'), person('男'), person('男'), person('男')];
    const homes = [rural(c, '槐树湾镇', '金山村'), rural(c, '槐树湾镇', '柳树沟村'), flat(c), rural(c, '槐树湾镇', '良家店村')];
    const wife = person('女');
    const doctor = person('男');
    const contact = person('女');
    const seat = office(c);
    const causes = [
      ['1988年在某部施工中被坠落的钢管砸伤，致腰椎骨折', '因公八级'],
      ['1979年在边境作战中被弹片击伤左腿，原评定为因战十级，现因伤情加重申请调整', '因战九级'],
      ['2006年在训练中发生车辆侧翻，致右上肢功能障碍', '因公七级'],
      ['1992年在执行排爆任务时因爆炸致双耳听觉障碍', '因公六级'],
    ];
    add(
      trad(
        [
          `${c}退役军人事务局关于评定残疾等级的公示`,
          '    根据《伤残抚恤管理办法》，经本人申请、乡镇初审、省退役军人事务厅指定的医疗卫生机构鉴定，以下人员拟评定（调整）残疾等级，现予公示：',
          ...vets.map((v, k) => {
            const year = [1986, 1977, 2003, 1989][k];
            const by = k === 2 ? `因其本人行动不便，由其妻${wife}代为申请。` : '';
            return `    ${['一', '二', '三', '四'][k]}、${v}，男，汉族，${year - 19}年${int(1, 12)}月出生，${year}年${int(9, 12)}月入伍，${year + int(4, 12)}年${int(1, 12)}月退出现役，户籍地：${homes[k]}。${causes[k][0]}。${by}经鉴定，拟评定为${causes[k][1]}残疾。`;
          }),
          `    医学鉴定由省荣军医院鉴定专家组出具，专家组组长${doctor}主任医师。`,
          `    公示期10个工作日。如有异议，请向县退役军人事务局优抚安置股反映，联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
        ].join('\n'),
      ),
      [...vets.map((v) => P(trad(v))), P(trad(wife)), ...homes.map((h) => A(trad(h)))],
      [trad(doctor), trad(contact), trad(seat), trad('省荣军医院')],
    );
  }
}
