/**
 * Held-out slice 22: whole documents written blind (without reading review/) by an independent examiner, of kinds slices 1–21
 * do not use — a 劳动人事争议 仲裁裁决书, a 拖欠农民工工资 失信 联合惩戒 名单, a 村“两委”换届 候选人初步人选 公示, a 法律援助 news item,
 * a 水库移民 后期扶持 直补人口 核定 公示, a 惠民殡葬 补贴 发放 公示, a 事实无人抚养儿童 新纳入保障 公示, a 退耕还林 补助 兑现 名单,
 * a 居民楼 火灾 救人 news item and a traditional-script mirror of the 法律援助 news — weighted as much towards precision as
 * recall. Its own seed and pools: common surnames mixed with rare ones whose pinyin starts A–L and that no earlier slice
 * draws (斛, 暨, 酆, 邸, 钭, 菅), compound 公羊/谷梁, given names that are words or numbers (四海, 五一, 九斤, 向党, 致富, 芒种,
 * 百灵, 菊花, 葵花, 腊月, 七月) or doubled (丁丁, 楠楠, 蕾蕾), 畲族 candidates in the 换届 公示; counties 霁川县, 涧口县, 碣阳县,
 * 固岭县, villages that carry its surnames (斛家湾村, 邸家庄村) or read like a given name (国柱村, 鸡鸣村), streets that read
 * like names (家乐路, 建功路, 嘉禾路) and estates of its own.
 */

import { seededRandom, uniqueName } from '../generate.js';
import { A, M, P, PL, col, distinctValues, recorder, toTrad, type AddRecord } from './blind.js';

const COMMON = '王李张刘陈杨黄赵周吴徐孙胡朱郭何高林罗梁宋郑谢韩唐冯';
const RARE = '斛暨酆邸钭菅';
const COMPOUND = ['公羊', '谷梁'];
const MALE = ['四海', '五一', '九斤', '向党', '致富', '国柱', '跃龙', '芒种', '丁丁', '文举', '保田', '德旺', '春生', '金锁', '宏', '斌'];
const FEMALE = ['百灵', '菊花', '葵花', '兰芝', '鸣凤', '腊月', '七月', '楠楠', '蕾蕾', '桂芝', '秀英', '玉霞', '丽', '娟'];
// 畲族 names as a 畲族 village writes them: surnames 蓝, 雷, 钟 with ordinary given names.
const SHE_MALE = ['蓝振发', '钟水生', '雷德才'];
const SHE_FEMALE = ['雷秀娥', '蓝春娇', '钟银娣'];

const CODES: Record<string, { tel: string; region: string }> = {
  霁川县: { tel: '0793', region: '361127' },
  涧口县: { tel: '0578', region: '331123' },
  碣阳县: { tel: '0738', region: '431321' },
  固岭县: { tel: '0877', region: '530424' },
};
const TOWNS = ['黄泥塘镇', '高枧乡', '古楼镇', '金竹镇'];
// 国柱村 and 鸡鸣村 read like a given name and a phrase; 斛家湾村 and 邸家庄村 carry the pool's surnames.
const VILLAGES = ['斛家湾村', '邸家庄村', '国柱村', '鸡鸣村', '枫树坳村', '荷叶塘村'];
const GROUPS = ['一组', '二组', '四组', '六组', '八组', '老屋组', '坳上组'];
// 家乐, 建功, 嘉禾 read like given names: they carry offices' addresses (decoys) and some homes.
const STREETS = ['家乐路', '建功路', '嘉禾路', '金桂街'];
const ESTATES = ['锦绣华庭', '翡翠城', '龙泽苑', '金竹花园'];

const TRAD: Record<string, string> = {
  霁: '霽', 涧: '澗', 碣: '碣', 岭: '嶺', 黄: '黃', 泥: '泥', 塘: '塘', 枧: '梘', 楼: '樓', 竹: '竹', 斛: '斛', 湾: '灣', 邸: '邸', 庄: '莊',
  柱: '柱', 鸡: '雞', 鸣: '鳴', 枫: '楓', 坳: '坳', 荷: '荷', 叶: '葉', 组: '組', 屋: '屋', 乐: '樂', 功: '功', 禾: '禾', 桂: '桂', 绣: '繡',
  华: '華', 庭: '庭', 翡: '翡', 翠: '翠', 龙: '龍', 泽: '澤', 苑: '苑', 园: '園', 暨: '暨', 酆: '酆', 钭: '鈄', 菅: '菅', 谷: '谷', 梁: '梁',
  羊: '羊', 四: '四', 海: '海', 斤: '斤', 党: '黨', 致: '致', 富: '富', 跃: '躍', 芒: '芒', 种: '種', 丁: '丁', 举: '舉', 保: '保', 田: '田',
  德: '德', 旺: '旺', 锁: '鎖', 宏: '宏', 斌: '斌', 灵: '靈', 菊: '菊', 葵: '葵', 芝: '芝', 凤: '鳳', 腊: '臘', 楠: '楠', 蕾: '蕾', 秀: '秀',
  英: '英', 霞: '霞', 丽: '麗', 娟: '娟', 号: '號', 县: '縣', 乡: '鄉', 镇: '鎮', 栋: '棟', 单: '單', 元: '元', 室: '室', 门: '門',
};
const trad = (s: string): string => toTrad([...s].map((c) => TRAD[c] ?? c).join(''));

export function slice22(addRecord: AddRecord, used: Set<string>): void {
  const { pick, int, digits, pad, chance } = seededRandom(22_2026_1201);
  const add = recorder('holdout22', addRecord);
  const fresh = (make: () => string): string => uniqueName(used, make, 2000);
  const surname = (): string => (chance(0.07) ? pick(COMPOUND) : chance(0.25) ? pick([...RARE]) : pick([...COMMON]));
  const person = (sex?: '男' | '女'): string => {
    const s = sex ?? (chance(0.5) ? '男' : '女');
    return fresh(() => surname() + pick(s === '男' ? MALE : FEMALE));
  };
  const familyOf = (name: string): string => COMPOUND.find((c) => name.startsWith(c)) ?? name[0];
  const kin = (of: string, sex: '男' | '女' = '男'): string => fresh(() => familyOf(of) + pick(sex === '男' ? MALE : FEMALE));
  const she = (sex: '男' | '女'): string => fresh(() => pick(sex === '男' ? SHE_MALE : SHE_FEMALE));
  const landline = (c: string): string => `${CODES[c].tel}-${int(3, 8)}${digits(6)}`;
  const office = (c: string): string => `${c}${pick(STREETS)}${int(2, 199)}号`;
  const date = (): string => `2025年${int(1, 11)}月${int(1, 28)}日`;
  const distinct = distinctValues();
  const rural = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}${int(1, 96)}号`);
  const group = (c: string, town = pick(TOWNS), village = pick(VILLAGES)): string => distinct(() => `${c}${town}${village}${pick(GROUPS)}`);
  const flat = (c: string): string => distinct(() => `${c}${pick(STREETS)}${pick(ESTATES)}${int(1, 22)}栋${int(1, 3)}单元${int(2, 26)}0${int(1, 4)}室`);
  const maskedId = (c: string): string => `${CODES[c].region}********${digits(3)}${pick(['1', '2', '5', 'X'])}`;
  const money = (lo: number, hi: number): string => `${int(lo, hi)}.${pad(int(0, 99), 2)}`;

  // 1. 劳动人事争议 仲裁裁决书: the worker as 申请人 with 住址 and a mobile, his brother as 委托代理人 (`系申请人之兄`, a person, his own
  //    home), the company as 被申请人 with its 住所 (a decoy) and 法定代表人 (a person), its lawyer (a person, as slices 19–20 do);
  //    a 工友 witness; 仲裁员 and 书记员 and the tribunal's seat as decoys; the worker later `申请人X` glued.
  {
    const c = '霁川县';
    const worker = person('男');
    const workerHome = rural(c, '黄泥塘镇');
    const mobile = `1${pick(['35', '58', '87', '99'])}${digits(8)}`;
    const brother = kin(worker, '男');
    const brotherHome = flat(c);
    const firm = `${c}嘉禾建材有限公司`;
    const firmSeat = `${c}工业园区建功路${int(10, 99)}号`;
    const boss = person('男');
    const lawyer = person('女');
    const mate = person('男');
    const [chief, member1, member2, clerk] = [person('男'), person('女'), person('男'), person('女')];
    const no = int(101, 260);
    const owed = money(18000, 26000);
    const m = int(3, 7);
    add(
      [
        `${c}劳动人事争议仲裁委员会`,
        '仲 裁 裁 决 书',
        `霁劳人仲案字〔2025〕第${no}号`,
        `申请人：${worker}，男，汉族，${int(1968, 1990)}年${int(1, 12)}月${int(1, 28)}日出生，住${workerHome}，联系电话：${mobile}。`,
        `委托代理人：${brother}，男，住${brotherHome}，系申请人之兄。`,
        `被申请人：${firm}，住所：${firmSeat}。`,
        `法定代表人：${boss}，该公司执行董事。`,
        `委托代理人：${lawyer}，${c}嘉禾律师事务所律师。`,
        `    申请人${worker}与被申请人${firm}劳动争议一案，本委于2025年${m}月${int(1, 28)}日立案受理，依法组成仲裁庭，于2025年${m + 1}月${int(1, 28)}日公开开庭进行了审理。申请人及其委托代理人、被申请人的委托代理人到庭参加庭审。本案现已审理终结。`,
        `    申请人称：其自2022年3月起在被申请人处从事搅拌站操作工作，月工资${int(52, 68)}00元，被申请人未与其签订书面劳动合同，2024年10月至2025年1月的工资共计${owed}元至今未付。`,
        `    被申请人辩称：申请人系临时用工，工资已通过班组长统一结算。`,
        `    经审理查明：申请人提交的考勤表、微信转账记录及证人${mate}（申请人工友）的证言相互印证，可以认定双方存在劳动关系。被申请人主张工资已由班组长结算，未提交证据证明。`,
        '    裁决如下：',
        `    一、被申请人于本裁决生效之日起十日内支付申请人${worker}2024年10月至2025年1月工资${owed}元；`,
        `    二、被申请人支付申请人未签订书面劳动合同的二倍工资差额${money(30000, 52000)}元。`,
        '    本裁决为终局裁决。用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向中级人民法院申请撤销。',
        `首席仲裁员　${chief}`,
        `仲　裁　员　${member1}`,
        `仲　裁　员　${member2}`,
        `2025年${m + 2}月${int(1, 28)}日`,
        `书　记　员　${clerk}`,
        `（本委地址：${c}家乐路${int(2, 88)}号劳动人事争议仲裁院三楼）`,
      ].join('\n'),
      [P(worker), A(workerHome), M(mobile), P(brother), A(brotherHome), P(boss), P(lawyer), P(mate)],
      [firm, firmSeat, chief, member1, member2, clerk, `${c}嘉禾律师事务所`, '劳动人事争议仲裁院三楼'],
    );
  }

  // 2. 拖欠农民工工资 失信联合惩戒对象 名单 as a ` | ` table: companies (decoys, their seats decoys, their 法定代表人 persons) and
  //    individual 包工头 with IDs masked by the bureau (decoys) and their 住所 (homes); a 工程项目 named after a village; the
  //    bureau's 联系人 and its address on a name-like street.
  {
    const c = '涧口县';
    const firms = [`${c}鸣凤建筑劳务有限公司`, `${c}四海装饰工程有限公司`, `${c}金竹市政园林有限公司`];
    const firmSeats = [office(c), office(c), `${c}金竹镇工业集中区${int(2, 40)}号`];
    const reps = [person('男'), person('女'), person('男')];
    const foremen = [person('男'), person('男'), person('女')];
    const homes = [rural(c, '高枧乡'), flat(c), rural(c, '古楼镇')];
    const ids = foremen.map(() => maskedId(c));
    const contact = person('女');
    const seat = office(c);
    add(
      [
        `${c}人力资源和社会保障局关于公布2025年第二批拖欠农民工工资失信联合惩戒对象名单的公告`,
        '    根据《保障农民工工资支付条例》和《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》，经调查核实、告知、听取陈述申辩，我局决定将下列用人单位和个人列入拖欠农民工工资失信联合惩戒对象名单，期限三年，现予公布：',
        '序号 | 失信主体名称（姓名） | 统一社会信用代码（身份证号） | 法定代表人（负责人） | 住所 | 拖欠人数 | 拖欠金额（元） | 涉及项目',
        `1 | ${firms[0]} | 91331123MA${digits(7)}X | ${reps[0]} | ${firmSeats[0]} | ${int(12, 40)} | ${money(180000, 560000)} | 鸡鸣村安置小区二期`,
        `2 | ${foremen[0]} | ${ids[0]} | — | ${homes[0]} | ${int(6, 20)} | ${money(60000, 180000)} | 县第二中学运动场改造`,
        `3 | ${firms[1]} | 91331123MA${digits(7)}K | ${reps[1]} | ${firmSeats[1]} | ${int(8, 30)} | ${money(90000, 300000)} | 翡翠城三期精装修`,
        `4 | ${foremen[1]} | ${ids[1]} | — | ${homes[1]} | ${int(5, 15)} | ${money(40000, 120000)} | 嘉禾路雨污分流工程`,
        `5 | ${firms[2]} | 91331123MA${digits(7)}Y | ${reps[2]} | ${firmSeats[2]} | ${int(10, 25)} | ${money(100000, 260000)} | 国道改线绿化工程`,
        `6 | ${foremen[2]} | ${ids[2]} | — | ${homes[2]} | ${int(4, 12)} | ${money(30000, 90000)} | 古楼镇农贸市场改造`,
        `    其中，${foremen[0]}系${firms[0]}违法转包工程的实际施工人（俗称“包工头”），收到工程款后未支付农民工工资即离开本县。`,
        `    列入名单的个人，在政府资金支持、政府采购、招投标、融资贷款、市场准入、评优评先等方面依法依规予以限制，并限制乘坐飞机、高铁一等座以上座位等高消费行为。失信主体对列入名单有异议的，可在公布之日起七日内向本局劳动保障监察大队书面提出。`,
        `    联系人：${contact}　电话：${landline(c)}　地址：${seat}`,
      ].join('\n'),
      [...reps.map(P), ...foremen.map(P), ...homes.map(A)],
      [...firms, ...firmSeats, ...ids, contact, seat, '鸡鸣村安置小区二期', '嘉禾路雨污分流工程'],
    );
  }

  // 3. 村“两委”换届 候选人初步人选 公示: bios at line start (`X，男，畲族，…出生，…现住…村…组…号，现任…`) — candidates are named on
  //    purpose, labelled persons like appointees; the village group + door after 现住 labelled a home (no county: as printed);
  //    畲族 names; the 选举委员会's 联系电话 and the town's 纪委 hotline as decoys, the 镇党委 title-only.
  {
    const v = '鸡鸣村';
    const sexes: ('男' | '女')[] = ['男', '男', '女', '男', '女', '男', '男'];
    const cands = sexes.map((s, k) => (k === 1 || k === 4 ? she(s) : person(s)));
    const ethnic = cands.map((_, k) => (k === 1 || k === 4 ? '畲族' : '汉族'));
    const homes = cands.map(() => distinct(() => `${v}${pick(GROUPS)}${int(1, 96)}号`));
    const roles = ['村党支部书记、村委会主任', '村党支部委员、村委会副主任', '村党支部委员、妇联主席', '村委会委员、村务监督委员会主任', '村委会委员', '村党支部委员', '村委会委员'];
    const now = ['现任鸡鸣村党支部书记、村委会主任', '现任鸡鸣村村委会副主任', '现任鸡鸣村妇联主席', '现任鸡鸣村一组组长', '现任村卫生室乡村医生', '现任金竹镇农民专业合作社理事长', '返乡创业，经营竹木加工厂'];
    const hotline = landline('固岭县');
    add(
      [
        '固岭县金竹镇鸡鸣村“两委”换届候选人初步人选公示',
        '    根据村“两委”换届选举工作安排，经个人自荐、群众推荐、党员推荐和镇党委联审，现将鸡鸣村“两委”候选人初步人选公示如下：',
        ...cands.map(
          (n, k) =>
            `    ${n}，${sexes[k]}，${ethnic[k]}，${int(1968, 1995)}年${int(1, 12)}月出生，${pick(['高中', '大专', '中专', '初中'])}文化，${k === 6 ? '群众' : '中共党员'}，现住${homes[k]}，${now[k]}。拟推荐为${roles[k]}候选人初步人选。`,
        ),
        `    公示期为5个工作日。如对上述人选有异议，请以书面、电话或来访形式向金竹镇纪委反映，反映情况要实事求是，提倡署实名。监督电话：${hotline}。`,
        '    中共固岭县金竹镇委员会',
        `    ${date()}`,
      ].join('\n'),
      [...cands.map(P), ...homes.map(A)],
      [hotline, '中共固岭县金竹镇委员会', '镇党委联审', '金竹镇农民专业合作社'],
    );
  }

  // 4. 法律援助 news item in prose: workers named in full and in an enumeration, one with `家住…号`, a 包工头 named (`X某` later,
  //    the publisher's shortening: a decoy); the 法律援助中心, its 指派 lawyer acting in office, the 司法局 and the reporter and
  //    correspondent as decoys; `王某` a masked fellow worker.
  {
    const c = '碣阳县';
    const lead = person('男');
    const leadHome = rural(c, '高枧乡');
    const others = [person('男'), person('女'), person('男')];
    const foreman = person('男');
    const foremanShort = `${familyOf(foreman)}某`;
    const lawyer = person('女');
    const reporter = person('男');
    const corr = person('女');
    add(
      [
        '法援接力两年 九名农民工讨回血汗钱',
        `    本报讯（记者 ${reporter} 通讯员 ${corr}）${date()}，家住${leadHome}的农民工${lead}带着一面写有“法援为民 情暖人心”的锦旗，和工友${others.join('、')}一起来到${c}法律援助中心，向承办律师${lawyer}表示感谢。`,
        `    2023年春，${lead}等9人跟随包工头${foreman}在外县一处厂房工地干活，完工后${foremanShort}以发包方未结算为由，拖欠工资${int(8, 16)}万余元。多次讨要无果后，${lead}来到县法律援助中心求助。`,
        `    中心开通农民工欠薪案件“绿色通道”，免于经济困难审查，当天受理，指派律师${lawyer}承办。由于没有书面合同，${lawyer}带着受援人走访工地、调取转账记录，又找到曾在工地记工的王某作证。案件经仲裁、一审、二审，法院最终判决发包方在欠付工程款范围内承担连带责任。`,
        `    “钱拿到手，心里才踏实。”${others[1]}说，这笔钱要用来给孩子交学费。该案卷宗编号为碣法援〔2024〕${int(30, 90)}号（${lead}等9人）。县司法局有关负责人介绍，今年以来，${c}法律援助中心已办理农民工讨薪案件${int(60, 140)}件。`,
      ].join('\n'),
      [P(lead), A(leadHome), ...others.map(P), P(foreman)],
      [reporter, corr, lawyer, `${foremanShort}以发包方`, '记工的王某作证', `${c}法律援助中心`, '县司法局'],
    );
  }

  // 5. 水库移民 后期扶持 直补人口 核定 公示 as a tab table by household (`户主	姓名	与户主关系	移民村组	…	变动情况`): the head repeated on
  //    its own row (`户主` / `本人`), members, a `新增` newborn and a `核减` dead member; the 移民村组 cells (town + village + group)
  //    labelled homes; the reservoir (名叫 葵花水库, a given name of the pool), the 移民管理局's 联系人 and its address as decoys.
  {
    const c = '碣阳县';
    const heads = [person('男'), person('男'), person('女'), person('男')];
    const places = heads.map(() => group(c, '古楼镇', pick(['斛家湾村', '荷叶塘村', '枫树坳村'])));
    const wife0 = person('女');
    const son0 = kin(heads[0], '男');
    const grandchild = kin(heads[0], '女');
    const dead = kin(heads[1], '男');
    const daughter3 = kin(heads[3], '女');
    const contact = person('男');
    const seat = office(c);
    const rows: [string, string, string, string, string][] = [
      [heads[0], heads[0], '户主', places[0], '原有'],
      [heads[0], wife0, '配偶', places[0], '原有'],
      [heads[0], son0, '子', places[0], '原有'],
      [heads[0], grandchild, '孙女', places[0], '新增（2025年出生）'],
      [heads[1], heads[1], '户主', places[1], '原有'],
      [heads[1], dead, '子', places[1], '核减（已死亡）'],
      [heads[2], heads[2], '户主', places[2], '原有'],
      [heads[3], heads[3], '户主', places[3], '原有'],
      [heads[3], daughter3, '女', places[3], '核减（迁出）'],
    ];
    add(
      [
        `${c}古楼镇2025年度大中型水库移民后期扶持直补人口核定结果公示`,
        `    根据《大中型水库移民后期扶持人口核定登记办法》，经村组初审、镇核查，现将葵花水库移民后期扶持直补人口增减变动情况公示如下（扶持标准每人每年600元）：`,
        '户主\t姓名\t与户主关系\t移民村组\t变动情况',
        ...rows.map((r) => r.join('\t')),
        `    公示期7天。对公示内容有异议的，请向镇水库移民工作站或县移民管理局反映。联系人：${contact}，电话：${landline(c)}，地址：${seat}。`,
      ].join('\n'),
      [...heads.map(P), ...places.map(A), P(wife0), P(son0), P(grandchild), P(dead), P(daughter3)],
      ['葵花水库', contact, seat, '镇水库移民工作站'],
    );
  }

  // 6. 惠民殡葬 基本服务费用 补贴 发放 公示 aligned with spaces: 逝者姓名, 户籍地址 (the dead's home, labelled as slice 20 labels
  //    `生前住…`), 治丧人 and 与逝者关系 (persons), 火化日期, 补贴金额; the 殡仪馆, the 青龙山公墓 and the 民政局's 经办人 as decoys.
  {
    const c = '涧口县';
    const dead = [person('男'), person('女'), person('男'), person('女'), person('男'), person('女')];
    const homes = dead.map((_, k) => (k % 3 === 1 ? flat(c) : rural(c)));
    const rel = ['长子', '女儿', '配偶', '次子', '侄子', '孙子'];
    const mourners = dead.map((d, k) => (k === 1 ? kin(d, '女') : k === 2 ? person('女') : kin(d, '男')));
    const clerk = person('女');
    add(
      [
        `${c}民政局2025年第三季度惠民殡葬基本服务费用补贴发放公示`,
        '    根据《涧口县减免基本殡葬服务费用实施办法》，对本县户籍居民死亡后在县殡仪馆火化的，免除遗体接运、存放、火化和骨灰寄存四项基本服务费用，补贴标准每具不超过1280元。本季度经审核的补贴对象如下：',
        `${col('序号', 6)}${col('逝者姓名', 12)}${col('户籍地址', 52)}${col('治丧人', 12)}${col('与逝者关系', 12)}补贴金额（元）`,
        ...dead.map((d, k) => `${col(String(k + 1), 6)}${col(d, 12)}${col(homes[k], 52)}${col(mourners[k], 12)}${col(rel[k], 12)}${int(9, 12)}${pick(['80', '60', '00'])}`),
        `    以上补贴由县殡仪馆在结算时直接减免，骨灰安放于青龙山公墓的另享受生态安葬奖补。经办人：${clerk}，电话：${landline(c)}。`,
      ].join('\n'),
      [...dead.map(P), ...homes.map(A), ...mourners.map(P)],
      [clerk, '县殡仪馆', '青龙山公墓', '涧口县减免基本殡葬服务费用实施办法'],
    );
  }

  // 7. 事实无人抚养儿童 新纳入保障 公示 as a ` | ` table: the children masked by the bureau (`邸*楠`, `张**`: decoys), the 监护人 in
  //    full (persons) with 与儿童关系 and 监护人住址 (homes); the parents' situation (服刑, 重残) without names; the 儿童督导员 and
  //    the 民政办 as decoys.
  {
    const c = '固岭县';
    const guardians = [person('女'), person('男'), person('女'), person('男'), person('女')];
    const kids = guardians.map((g) => `${familyOf(g)}*${pick(['楠', '蕾', '丁', '斤', '灵'])}`);
    kids[2] = `${familyOf(guardians[2])}**`;
    const rel = ['祖母', '祖父', '外祖母', '伯父', '姑母'];
    const why = ['父亲服刑在押，母亲失联', '父亲死亡，母亲重残', '父母双方重病', '父亲失联，母亲死亡', '父亲服刑在押，母亲重残'];
    const homes = guardians.map((_, k) => (k === 3 ? flat(c) : rural(c, '金竹镇')));
    const supervisor = person('女');
    add(
      [
        `${c}金竹镇2025年第四批事实无人抚养儿童纳入保障对象公示`,
        '序号 | 儿童姓名 | 性别 | 年龄 | 认定情形 | 监护人 | 与儿童关系 | 监护人住址 | 基本生活补贴（元/月）',
        ...guardians.map((g, k) => `${k + 1} | ${kids[k]} | ${pick(['男', '女'])} | ${int(3, 16)} | ${why[k]} | ${g} | ${rel[k]} | ${homes[k]} | 1180`),
        `    公示期间如有异议，请与镇民政办或镇儿童督导员${supervisor}联系，电话：${landline(c)}。为保护未成年人隐私，儿童姓名已作部分隐去处理。`,
      ].join('\n'),
      [...guardians.map(P), ...homes.map(A)],
      [...new Set(kids), supervisor, '镇民政办'],
    );
  }

  // 8. 退耕还林 补助 兑现 名单 aligned with spaces by 组: 户主 (persons), a bare `组别` column (no address), 小地名 of the plots
  //    (`斛家坟`, `国柱岭`: decoys), 面积, 金额; a note `户主X已迁居…室，由其女Y代领` (the flat a home); the 林业站 站长 and 制表人 as decoys.
  {
    const c = '霁川县';
    const owners = Array.from({ length: 7 }, () => person(chance(0.8) ? '男' : '女'));
    const groups = ['一组', '一组', '二组', '四组', '四组', '六组', '老屋组'];
    const spots = ['斛家坟', '国柱岭', '鸡公嘴', '大坳背', '斛家坟', '枫树坪', '老屋后山'];
    const moved = flat(c);
    const daughter = kin(owners[5], '女');
    const [chief, maker] = [person('男'), person('女')];
    add(
      [
        `${c}金竹镇邸家庄村2025年度新一轮退耕还林补助资金兑现名单（第二次补助，每亩300元）`,
        `${col('序号', 6)}${col('组别', 8)}${col('户主', 10)}${col('小地名', 12)}${col('面积（亩）', 12)}兑现金额（元）`,
        ...owners.map((o, k) => {
          const tenths = int(8, 96);
          return `${col(String(k + 1), 6)}${col(groups[k], 8)}${col(o, 10)}${col(spots[k], 12)}${col(`${Math.floor(tenths / 10)}.${tenths % 10}`, 12)}${tenths * 30}.00`;
        }),
        `    备注：户主${owners[5]}已迁居${moved}，补助资金由其女${daughter}凭委托书代领。补助资金通过“一卡通”直接发放到户。`,
        `    镇林业站站长：${chief}　　制表人：${maker}`,
      ].join('\n'),
      [...owners.map(P), A(moved), P(daughter)],
      [chief, maker, '斛家坟', '国柱岭', '鸡公嘴'],
    );
  }

  // 9. 居民楼 火灾 救人 news: the neighbour who broke in and the old man rescued named in prose with their flats (`住在…室的X`),
  //    `X的老伴Y`, a car parked in the fire lane with its plate; the 消防救援站 站长, the 社区 secretary, the reporter, the street
  //    `建功路` alone and `家乐超市` as decoys; `老斛` a nickname (decoy), `葵花籽油` and `海尔` brand words.
  {
    const c = '霁川县';
    const hero = person('男');
    const heroHome = flat(c);
    const elder = person('男');
    const elderHome = flat(c);
    const wife = person('女');
    const owner = person('男');
    const plate = `赣E${pick(['', 'D', 'F'])}${digits(5)}`.slice(0, 7);
    const captain = person('男');
    const secretary = person('女');
    const reporter = person('女');
    const nick = `老${familyOf(hero)}`;
    add(
      [
        '浓烟中 他撞开邻居家的门',
        `    本报讯（记者 ${reporter}）${date()}傍晚，${c}建功路一居民楼内冒出浓烟。住在${heroHome}的${hero}闻到焦糊味，循着烟味下楼，发现楼下${elderHome}门缝里正往外冒烟。`,
        `    “屋里住着${elder}老两口，腿脚都不好。”${hero}一边喊人报警，一边用肩膀撞开房门，把82岁的${elder}背下楼。${elder}的老伴${wife}当天在女儿家，躲过一劫。起火原因初步查明为厨房里一锅葵花籽油干烧后引燃橱柜。`,
        `    消防车赶到时，小区消防通道被一辆车牌号为${plate}的轿车堵住，车主${owner}接到电话后十分钟才赶来挪车。县消防救援大队城区站站长${captain}说，占用消防通道耽误的每一分钟都可能是生命。`,
        `    社区党委书记${secretary}介绍，街坊们都管${hero}叫“${nick}”，他平时就爱帮邻居修海尔洗衣机、换家乐超市买来的灯泡，这次社区将为他申报见义勇为。`,
      ].join('\n'),
      [P(hero), A(heroHome), P(elder), A(elderHome), P(wife), P(owner), PL(plate)],
      [reporter, captain, secretary, `“${nick}”`, '葵花籽油', '海尔洗衣机', '家乐超市', `${c}建功路一居民楼`],
    );
  }

  // 10. A traditional-script mirror of a 法律援助 news item: a widow and her son helped after a work death (`死者X之妻Y`, `其子Z`,
  //     `家住…號`), the employer's 法定代表人 (a person), the 援助律師 and the 中心 as decoys, `（記者 X）` as a decoy.
  {
    const c = '固岭县';
    const deadWorker = person('男');
    const widow = person('女');
    const son = kin(deadWorker, '男');
    const home = rural(c, '古楼镇');
    const boss = person('男');
    const lawyer = person('男');
    const reporter = person('女');
    const firm = `${c}跃龙石料有限公司`;
    add(
      trad(
        [
          '工亡賠償金到賬 法援律師幫孤兒寡母撐腰',
          `    （記者 ${reporter}）家住${home}的${widow}，丈夫${deadWorker}去年在${firm}採石場作業時被落石砸中身亡。公司法定代表人${boss}以“臨時工”為由只願意支付兩萬元。`,
          `    ${widow}和兒子${son}來到${c}法律援助中心申請援助。中心指派律師${lawyer}承辦，先申請工傷認定，再申請勞動仲裁，最終為母子二人爭取到一次性工亡補助金等共計${int(92, 118)}萬餘元。`,
          `    “沒有法援，我們不知道該找誰。”${son}說。`,
        ].join('\n'),
      ),
      [P(trad(deadWorker)), P(trad(widow)), P(trad(son)), A(trad(home)), P(trad(boss))],
      [trad(reporter), trad(lawyer), trad(firm), trad(`${c}法律援助中心`)],
    );
  }
}
