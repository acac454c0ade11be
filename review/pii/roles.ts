/**
 * Role labels after which a disclosure document names a person. The set is what real 答复书, 处罚决定书,
 * 信访答复 and 公示 use; anything not on it (经办人, 承办人, an official's title) is the publishing body's
 * own staff acting in office and is not personal data of a member of the public.
 */

/** Roles of private individuals: their phone numbers in the same clause are personal too. */
export const PERSONAL_ROLES: readonly string[] = [
  '申请人', '复议申请人', '被申请人', '赔偿请求人', '复查请求人', '复核请求人', '当事人', '第三人', '户主', '房主', '业主', '权利人', '产权人', '继承人',
  '留言人', '举报人', '被举报人', '投诉人', '被投诉人', '信访人', '来信人', '来访人', '来电人', '反映人', '求助人', '申诉人',
  '被申诉人', '患者', '受害人', '被害人', '被侵害人', '被侵权人', '死者', '监护人', '委托代理人', '代理人', '被处罚人', '违法行为人', '违法嫌疑人', '犯罪嫌疑人',
  '被执行人', '失信被执行人', '买受人', '竞买人', '被惩戒人', '被征收人', '被调查人', '证人', '收件人', '承包人', '借款人', '经营者', '原告',
  '被告', '上诉人', '被上诉人', '救助对象', '低保对象', '补贴对象', '网民', '网友', '姓名', '车主', '驾驶人', '驾驶员', '纳税人',
  '缴款人', '持证人', '持卡人', '收款人', '领款人', '户名', '开户名', '伤者', '遇难者', '受伤人员', '当事人员', '涉事人员',
  // a 法律援助 case's client (受援人：X（女，79岁）, 受援人X，男，…)
  '受援人', '受助人', '被援助人',
  // housing and enforcement lists (申请执行人X, 共同申请人：A、B, 家庭成员：A（妻）、B（子）)
  '申请执行人', '共同申请人', '承租人', '家庭成员',
  // a household leasing out its contracted land (土地流转 合同 and 公示), as forms print the party (出租方（甲方）：X)
  // adoption, subsidy and aid forms: the adopters and the birth parent giving a child up, the buyer a subsidy goes to, who
  // collects a payment for a household (收养人X（男，…）, 购机者 | X, 代领人：X（其子）)
  '收养人', '送养人', '被收养人', '购机者', '购机人', '购买者', '经营户', '代领人', '领取人', '申领人',
  '出租方', '转出方', '流出方', '承包方', '出租方（甲方）', '甲方（出租方）', '出租方(甲方)', '甲方(出租方)', '承包方（甲方）', '甲方（承包方）',
];

/** Roles whose holders are named as representatives of an organisation (still a natural person's name). */
export const REPRESENTATIVE_ROLES: readonly string[] = ['法定代表人', '联系人'];

export const ALL_NAME_ROLES: readonly string[] = [...PERSONAL_ROLES, ...REPRESENTATIVE_ROLES];

/** Builds a regex alternation of literals, longest first so 失信被执行人 is not read as 被执行人. */
export function literalAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
