/**
 * Words that say a person stands next to a name, derived from their shape rather than listed (issue 9, the
 * twenty-second tuning). Before a name: a noun of role, trade or kinship ends in one of a handful of heads —
 * …人, …人员, …户, …主, …者, …工, …民, …手, …对象, …家庭, and the kinship characters 子 女 孙 妻 夫 父 母 侄 弟 妹 兄 姐 伴 媳 婿 —
 * so 退休人员, 待遇领取人, 辩护人, 冒领人, 畜主, 见证人, 其孙子, 之孙 introduce the name after them with no
 * table naming them. The people a person deals with for work and a roof (包工头, 老板, 房东, 租客, 工友, 邻居) end in
 * heads that end more words than people (头, 板, 东, 客, 友, 居), so these count only after their few prefixes.
 * After a name: what a person does or undergoes (PERSON_PREDICATES), read by prose.ts
 * as its telling words are.
 *
 * Officials are decided here only for …人员 after a duty (稽查人员, below); a post (offices.ts: 审判员, 村主任 …) or a
 * staff label right before the name (负责人, 经办人, 联系人) still makes it the body's, as prose.ts checks; the
 * 法定代表人 is a role label of its own (roles.ts). The exceptions below are the words with these heads that
 * name no person (账户, 民主, 或者, 施工, 日子 …).
 */
import { isDigitCode, isHanCode, unitTable } from './chars.js';

/** The last characters of a person noun: one read per position says whether a derived noun may end there. */
export const PERSON_HEAD_CHARS = '人员户主者工民手象庭子女孙妻夫父母侄弟妹兄姐伴媳婿头板东客友居汉娘哥孩长嫂爷妈叔姨伙娃妇安农门栋壁表兵选队';
const HEAD = unitTable(PERSON_HEAD_CHARS.split(''));

/** Words with a person head that name no person, or a pronoun the callers read on their own (本人, 他人). */
const NOT_PERSON_NOUNS = new Set(
  (
    '本人 他人 个人 别人 众人 有人 无人 等人 人人 成人 前人 后人 世人 夫人 法人 国人 旁人 外人 恩人 为人 ' +
    // 联系人 is a role of its own (roles.ts), the body's staff in its contact block (context.ts)
    '系人 ' +
    '账户 窗户 门户 开户 入户 落户 过户 销户 立户 分户 每户 全户 该户 本户 此户 各户 户户 用户 千户 万户 ' +
    '民主 自主 为主 天主 君主 公主 做主 作主 宗主 ' +
    '或者 再者 前者 后者 二者 两者 三者 笔者 ' +
    '施工 开工 完工 竣工 停工 复工 用工 加工 分工 人工 手工 做工 上工 下工 误工 怠工 罢工 招工 动工 化工 务工 打工 军工 理工 美工 ' +
    '陪伴 ' +
    // …手 names a hand at a trade (能手, 农机手, 选手) but ends as many verbs of the hand
    '入手 动手 联手 着手 出手 携手 双手 洗手 握手 伸手 插手 人手 亲手 随手 顺手 拍手 把手 扶手 接手 转手 到手 一手 徒手 空手 失手 下手 上手 放手 分手 首手 ' +
    // …民 names residents (选民, 灾民, 股民) but also the people at large and what is done for them
    '人民 全民 为民 便民 惠民 利民 爱民 亲民 扰民 军民 安民 国民 殖民 万民'
  ).split(' '),
);
/** The exceptions by their head's code unit, then the unit before it. */
const NOT_PERSON_BY_HEAD = new Map<number, Set<number>>();
for (const w of NOT_PERSON_NOUNS) {
  if (w.length !== 2) throw new Error(`personWords.ts: exception ${w} is not of two characters`);
  const head = w.charCodeAt(1);
  NOT_PERSON_BY_HEAD.set(head, (NOT_PERSON_BY_HEAD.get(head) ?? new Set<number>()).add(w.charCodeAt(0)));
}

/**
 * 子 女 夫 父 母 end many words that are no person (日子, 房子, 分子, 男女, 工夫, 字母): they head a person noun only
 * after a character of kinship, family or age (儿子, 其子, 之女, 孙女, 丈夫, 生父, 养母, 父母, 女子, 孩子). The heads of
 * work and lodging likewise: 头 ends 码头, 石头, 街头 but a person only as 工头 (包工头); 板 only as 老板; 东 (东家's
 * owner) as 房东, 股东; 客 as a lodger, passenger or customer (租客, 乘客, 顾客), not 做客, 请客; 友 as a companion (工友,
 * 病友, 狱友), not 交友; 居 as 邻居, not 定居; 汉 as 老汉, 醉汉; 娘 as 姑娘, 老板娘; 长 as 家长, not 村长 (a post) or 增长.
 */
const HEAD_PREFIXES: Readonly<Record<string, string>> = {
  子: '儿其之长次幼独养继孙侄外男女妻孩三四五二遗',
  女: '儿子其之长次幼独养继孙侄外妇少三二',
  夫: '丈其之前亡姐妹姑姨农渔船伙挑屠樵纤马轿',
  父: '其之生养继祖岳伯叔姑姨舅家亡',
  母: '父其之生养继祖岳伯叔姑姨舅家亡',
  头: '工',
  板: '老',
  东: '房股',
  客: '租房乘旅游顾住访食散',
  友: '工朋战室校病网好牌狱学票球',
  居: '邻',
  汉: '老醉',
  娘: '姑板',
  // the young and the old a news item names by their look or age (外卖小哥X, 男孩X, 家长X, 大爷X, 阿姨X, 小伙X)
  哥: '小大',
  孩: '男女小',
  // a private body's head is a person, as a company's 法定代表人 is (理事长, 董事长, 社长, 厂长, 店长, 班长); a public
  // body's (村长, 局长) is a post (offices.ts), whose unit characters (村, 局, 站 …) are not among these
  长: '家事社厂店班',
  嫂: '大',
  爷: '大',
  妈: '大',
  叔: '大',
  姨: '阿',
  伙: '小',
  娃: '男女',
  // women named by their state (儿媳妇X, 孕妇X, 寡妇X), not 夫妇 or 妇女's 妇; a guard hired by a business (保安X)
  妇: '媳孕产寡农村渔主',
  安: '保',
  // a grower named by his crop or age (老农X, 菜农X, 果农X), not 务农, 支农
  农: '老菜果茶花瓜棉蔗药烟蜂粮桑',
  // a neighbour named by where he lives from the speaker (对门X, 同栋X, 隔壁X), not 部门, 大门, 一栋, 墙壁
  门: '对',
  栋: '同',
  壁: '隔',
  // a soldier named by his service (退役士兵X, 新兵X, 老兵X), not 官兵 (a body's ranks) or 民兵's militia as a class
  兵: '士新老伤',
  // the person a list puts forward (推荐人选X, 拟任人选X), not 挑选, 评选, 入选 (acts)
  选: '人',
  // who leads a group outing or a folk team (领队X: a dance team's, a tour's), a private organiser, not 大队, 中队, 工作队
  // (a body's units) nor 队长, whose team is as often a body's (大队长, 驻村工作队队长)
  队: '领',
};
const HEAD_PREFIX_UNITS = new Map<number, Uint8Array>(Object.entries(HEAD_PREFIXES).map(([k, v]) => [k.charCodeAt(0), unitTable(v.split(''))]));
const JIA = 0x5bb6; // 家
const ZHANG = 0x957f; // 长
/**
 * 镇残联理事长, 县工商联理事长: a body a division names in a few characters (a federation, a people's organisation)
 * is public, and its head holds an office; 县双福农机专业合作社理事长 names a private body at length after its county.
 */
const DIVISION_UNITS = unitTable('省市县区旗镇乡街'.split(''));
const PUBLIC_BODY_SPAN = 4;

function publicBodyBefore(text: string, p: number): boolean {
  // p: the position of the character before 事长/社长 …: 理 of 理事长; the body ends right before it.
  const from = text.charCodeAt(p) === 0x7406 /* 理 */ || text.charCodeAt(p) === 0x8463 /* 董 */ ? p : p + 1;
  for (let k = from - 1; k >= 0 && from - k <= PUBLIC_BODY_SPAN; k--) {
    if (!isHanCode(text.charCodeAt(k))) return false;
    if (DIVISION_UNITS[text.charCodeAt(k)] === 1) return from - k >= 2;
  }
  return false;
}
const TING = 0x5ead; // 庭
const YUAN = 0x5458; // 员
const DETERMINERS = unitTable('该本此每各全个其这那一两三四五'.split(''));
const REN = 0x4eba; // 人
const HU = 0x62a4; // 护
const XIANG = 0x8c61; // 象
/**
 * …人员 after a duty names a body's staff at work (稽查人员, 巡查人员, 执勤人员, 管理人员, 监测人员, 公务人员), as the
 * listed OFFICIAL_LABELS (执法人员, 检查人员) do in prose.ts: not derived, so the name after it is not introduced as a
 * private person. 务工人员, 退休人员, 失业人员 stay derived (工, 休, 业 are no duty here).
 */
// 收 as the 验收人员 who accept a finished work for the body (and 征收人员, 接收人员 acting for it); 验 and 样 as the
// 检验人员, 查验人员 and 抽样人员, 采样人员 of a test.
const DUTY_BEFORE_STAFF = unitTable('查勤法理作班案守测控疫务卫警管监审检察巡督勘收验样'.split(''));
const YUAN_AFTER_REN = 0x5458; // 员

/**
 * True when a …人员 of a duty ends right at `q` (验收人员, 稽查人员, 评审人员): the body's staff at work, a label as
 * the listed 检查人员 is, so the names after it (验收人员：X、Y) are staff acting in office, whatever the duty.
 */
export function dutyStaffEndsAt(text: string, q: number): boolean {
  return q >= 3 && text.charCodeAt(q - 1) === YUAN_AFTER_REN && text.charCodeAt(q - 2) === 0x4eba /* 人 */ && DUTY_BEFORE_STAFF[text.charCodeAt(q - 3)] === 1;
}
/** The character before the duty that makes its …人员 the people the duty is done to, not its doers (受检, 涉案). */
const DONE_TO = unitTable('受被涉违送'.split(''));
/** 被检验人员, 受检验人员: 被 and 受 before a two-character duty, read over the whole duty word. */
const DONE_TO_BEFORE_DUTY = unitTable('受被'.split(''));

/** True when the duty's …人员 ending at `q` names the persons the duty is done to (受检人员, 被检验人员, 涉案人员). */
export function dutyDoneToEndsAt(text: string, q: number): boolean {
  return dutyStaffEndsAt(text, q) && (DONE_TO[text.charCodeAt(q - 4)] === 1 || DONE_TO_BEFORE_DUTY[text.charCodeAt(q - 5)] === 1);
}
const DUI = 0x5bf9; // 对
const BIAO = 0x8868; // 表
const DAI = 0x4ee3; // 代

/**
 * What a body does to the person it hires (聘用, 续聘, 解聘, 辞退) or what the hired does on leaving a post (卸任,
 * 离任): in a notice of such acts, a …员 of a program (滑坡点监测员, 网格员, 护林员) right before the name is the post
 * the person is appointed to or leaves, not staff acting in office. 上岗 and 接替 are staff at work (网格员X上岗巡查,
 * 检查员X接替Y负责…), no act of appointment.
 */
const APPOINTMENT_ACTS = ['聘用', '聘任', '聘为', '续聘', '解聘', '辞退', '卸任', '离任'];
/** The clause after the name is read this far at most. */
const APPOINTMENT_CLAUSE = 24;

/** True when the clause that opens at `s` (a name) states an appointment act of its own (X因…不再续聘，). */
export function appointedAt(text: string, s: number): boolean {
  let e = s;
  const limit = Math.min(text.length, s + APPOINTMENT_CLAUSE);
  // An age or a date inside the clause (X因年满65周岁不再续聘) does not end it.
  while (e < limit && (isHanCode(text.charCodeAt(e)) || isDigitCode(text.charCodeAt(e)))) e++;
  if (e - s < 4) return false;
  const clause = text.slice(s + 2, e);
  return APPOINTMENT_ACTS.some((w) => clause.includes(w));
}

/**
 * True when a derived person noun ends right before `s` (the position where a name would start): its head is
 * the character at `s - 1`, a Han character stands before it (a noun of two or more characters), and the word is
 * no exception. …员 counts only as …人员 and a ranger's 护…员, …家庭 only after a household's standing (军人家庭, 低保家庭). 现役军人家庭X户 reads 家庭 as a household's head; 家庭 alone (该家庭) is not.
 */
export function personNounEndsAt(text: string, s: number): boolean {
  if (s < 2) return false;
  const head = text.charCodeAt(s - 1);
  if (HEAD[head] !== 1) return false;
  const before = text.charCodeAt(s - 2);
  if (!isHanCode(before)) return false;
  // 军人家庭X户, 低保家庭X户: a household named by its standing; not 该家庭, 每个家庭.
  // 帮扶对象X, 调查对象X: …对象 is the person a measure is for; 象 ends nothing else here (形象, 现象 are no person).
  if (head === XIANG) return before === DUI;
  // 业主代表X, 股东代表X, 租户代表X: the representative of people named by a person noun is one of them; 人大代表 and
  // 法定代表 name no such noun before 代表.
  if (head === BIAO) return before === DAI && personNounEndsAt(text, s - 2);
  if (head === TING) return before === JIA && s >= 3 && isHanCode(text.charCodeAt(s - 3)) && DETERMINERS[text.charCodeAt(s - 3)] !== 1;
  // …员 alone names a body's staff as often as a person (调解员, 公证员, 管理员: offices.ts and the corpus read them as
  // acting in office); only …人员 (退休人员, 务工人员) is derived, and the staff's 人员 are OFFICIAL_LABELS in prose.ts.
  // The rangers of a public-welfare post are villagers hired to guard a thing (护林员, 护堤员, 护路员, 护草员).
  if (head === YUAN) return before === REN ? !(s >= 3 && DUTY_BEFORE_STAFF[text.charCodeAt(s - 3)] === 1) || dutyDoneToEndsAt(text, s) : (s >= 3 && text.charCodeAt(s - 3) === HU) || appointedAt(text, s);
  const kin = HEAD_PREFIX_UNITS.get(head);
  if (kin !== undefined && kin[before] !== 1) return false;
  if (head === ZHANG && before !== JIA && publicBodyBefore(text, s - 3)) return false;
  // The exceptions are all of two characters: two number lookups, no string made per candidate.
  return NOT_PERSON_BY_HEAD.get(head)?.has(before) !== true;
}

/**
 * What a person does or undergoes right after the name, beside prose.ts's telling words: loses a paper (遗失,
 * 丢失), is exempted (免于), is doing (正在), holds a paper to act (凭), finds something (捡到, 拾到, 发现), goes
 * home or off work (回家, 下班), acts at once or afterwards (当即, 随即, 事后), lives somewhere (住在: two characters, so
 * a place after it does not make the name the start of a place name as a bare 住 may), cannot be found (下落不明).
 * names.ts reads them also as the words that end a name glued to its role label (被告X下落不明).
 */
export const PERSON_PREDICATES: readonly string[] = [
  '遗失', '丢失', '免于', '正在', '凭', '捡到', '拾到', '发现', '回家', '下班', '当即', '随即', '事后', '享受', '生前', '住在', '下落不明',
  // perceiving, knowing and feeling (听说, 得知, 觉得, 希望, 记得)
  '听说', '看到', '得知', '觉得', '希望', '感到', '记得', '承认', '要求', '请求', '听到', '听见', '闻到', '看见', '发觉', '察觉',
  // being reached by a call, a letter or a notice (X接到电话后, X收到通知)
  '接到', '收到',
  // how a person acts and for how long (连忙, 赶紧, 立即, 每天, 常年, 至今, 仍然, 独自, 终于)
  '连忙', '赶紧', '立即', '马上', '每天', '常年', '至今', '仍然', '依然', '独自', '终于', '从小', '自幼',
  // holding, lying, moving in and arriving (拿着, 躺在, 搬进, 来到, 回到, 走进), calling for help (拨打, 报警)
  '拿着', '抱着', '背着', '站在', '坐在', '躺在', '住进', '搬进', '搬到', '来到', '回到', '走进', '拨打', '报警',
  // a household named by its members (X老两口, X母女)
  '老两口', '母女', '父女',
  // how a person goes (X驾车逃逸, X骑车摔伤, X跟着奶奶生活)
  '驾车', '骑车', '开车', '骑着', '步行', '乘坐', '跟着',
];

/**
 * A clause ending in 的 that can only describe a person: an age (刚满18岁的X, 今年72岁的X, 年过七旬的X, 年迈的X) or an
 * illness or injury (患病的X, 受伤的X).
 */
const PERSON_STATE = unitTable('岁病伤旬迈'.split(''));

/** True when `…岁的`, `…病的`, `…伤的`, `…旬的` or `…迈的` ends right before `s`. */
export function personStateClauseEndsAt(text: string, s: number): boolean {
  return s >= 3 && text.charCodeAt(s - 1) === 0x7684 /* 的 */ && PERSON_STATE[text.charCodeAt(s - 2)] === 1;
}

/**
 * Verbs whose object is a person, before the name (通知X到场, 帮助X申请, 护送X回家): they introduce a name as 对, 向 and
 * 慰问 do, and a telling word must still end it (prose.ts gives a verb no open right side).
 */
export const PERSON_OBJECT_VERBS: readonly string[] = [
  '通知', '告知', '告诉', '联系', '帮助', '劝说', '劝导', '询问', '约谈', '传唤', '护送', '搀扶', '救起', '救出', '安慰', '鼓励', '嘱咐', '提醒',
  '感谢', '邀请', '照顾', '照料', '探望', '拜访', '接回', '送回',
];

/** 同村的X, 同组的X, 邻村的X: a neighbour by the village, group or yard shared, as 隔壁的X is. */
const SHARED_PLACE = unitTable('村组屯乡镇院楼队厂社'.split(''));
const SAME = unitTable('同邻本'.split(''));

/** True when `同村的` (or 同组的, 邻村的 …) ends right before `s`. */
export function sharedPlaceClauseEndsAt(text: string, s: number): boolean {
  return s >= 3 && text.charCodeAt(s - 1) === 0x7684 /* 的 */ && SHARED_PLACE[text.charCodeAt(s - 2)] === 1 && SAME[text.charCodeAt(s - 3)] === 1;
}

/** What a dwelling clause opens with (家住, 住在, 现居住于, 租住): the person the clause ends on lives there. */
const DWELLING_BEFORE_ZHU = unitTable('家居现暂租借寄'.split(''));
const DWELLING_AFTER_ZHU = unitTable('在于'.split(''));
const ZHU = 0x4f4f; // 住
/** A dwelling clause is short: a home and its house number. The walk back stops at the clause's punctuation. */
const MAX_DWELLING_CLAUSE = 40;
const CLAUSE_ENDS = unitTable('，,。；;：:！？!?\n（()）'.split(''));

/**
 * True when a dwelling clause ending in 的 ends right before `s` (住在城关镇幸福路8号的X, 家住…村的X, 租住在…的X): the
 * clause can only describe a resident, whatever verb follows the name, as 82岁的X can only describe a person.
 * Reads back at most MAX_DWELLING_CLAUSE characters, and only where 的 stands before `s`.
 */
export function dwellingClauseEndsAt(text: string, s: number): boolean {
  if (s < 4 || text.charCodeAt(s - 1) !== 0x7684 /* 的 */) return false;
  const limit = Math.max(0, s - 1 - MAX_DWELLING_CLAUSE);
  for (let p = s - 2; p >= limit; p--) {
    const c = text.charCodeAt(p);
    if (CLAUSE_ENDS[c] === 1) return false;
    if (c === ZHU && ((p > 0 && DWELLING_BEFORE_ZHU[text.charCodeAt(p - 1)] === 1) || DWELLING_AFTER_ZHU[text.charCodeAt(p + 1)] === 1)) return true;
  }
  return false;
}

/** Words after which the next name is the one living there (屋里住着X老两口, 院里住的是X). */
export const DWELLER_OPENERS: readonly string[] = ['住着', '住的是'];
