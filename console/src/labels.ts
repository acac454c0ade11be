/** Everything the API says in enums and codes, as a civil servant reads it. Nothing here reaches the screen untranslated. */

export const STATUS: Record<string, string> = {
  DRAFT: '草稿', IN_REVIEW: '审核中', APPROVED: '已通过', REJECTED: '已驳回', SCHEDULED: '已排期',
  PUBLISHING: '发布中', PUBLISHED: '已发布', PARTIALLY_PUBLISHED: '部分发布', CORRECTING: '更正审核中', RETRACTED: '已撤回',
};

/** Solid tags in dark shades: white text on them keeps a contrast ratio above 4.5:1. */
export const TONE = { grey: '#595959', blue: '#0b57a4', green: '#237804', red: '#a8071a', orange: '#ad4e00', purple: '#531dab' } as const;

export const STATUS_COLOR: Record<string, string> = {
  DRAFT: TONE.grey, IN_REVIEW: TONE.blue, APPROVED: TONE.green, REJECTED: TONE.red, SCHEDULED: TONE.purple,
  PUBLISHING: TONE.blue, PUBLISHED: TONE.green, PARTIALLY_PUBLISHED: TONE.orange, CORRECTING: TONE.orange, RETRACTED: TONE.grey,
};

export const PUBLICATION_STATUS: Record<string, string> = {
  PENDING: '待发布', PUBLISHING: '发布中', PUBLISHED: '已发布', FAILED: '发布失败', RETRACTING: '撤回中',
  RETRACTED: '已撤回', RETRACT_FAILED: '撤回失败', CANCELLED: '已取消',
};

export const ROLE: Record<string, string> = {
  EDITOR: '编辑', REVIEWER: '审核员', CHANNEL_ADMIN: '渠道管理员', OVERSEER: '监督员', ADMIN: '系统管理员',
};

export const CHANNEL: Record<string, string> = { PORTAL: '门户网站', WECHAT: '微信', WEIBO: '微博', APP: '客户端' };

export const FINDING_TYPE: Record<string, string> = {
  id_card: '身份证号', mobile: '手机号', landline: '固定电话', email: '电子邮箱', bank_card: '银行卡号',
  passport: '护照号', plate: '车牌号', person_name: '姓名', address: '住址',
  classification_mark: '密级标志', internal_mark: '内部标志', not_public_mark: '不予公开标志', sensitive_word: '敏感词',
  typo: '错别字', outdated_term: '过期提法', leader_title: '领导姓名职务',
};

export const SEVERITY: Record<string, string> = { BLOCK: '阻断', WARN: '警示', INFO: '提示' };
export const VERDICT: Record<string, string> = { PASS: '通过', WARN: '有警示', BLOCK: '有阻断项' };
export const FIELD: Record<string, string> = { title: '标题', summary: '摘要', body: '正文', weibo_text: '微博文案', wechat_digest: '微信导语', wechat_author: '微信作者' };
export const DISCLOSURE: Record<string, string> = { PROACTIVE: '主动公开', ON_REQUEST: '依申请公开', NOT_PUBLIC: '不予公开' };

export const ACCOUNT_STATUS: Record<string, string> = {
  active: '正常', suspended: '已暂停', needs_reauth: '需重新授权', closed: '已关停',
};

export const INSPECTION_SEVERITY: Record<string, string> = { VETO: '单项否决', WARN: '警示', INFO: '提示' };
export const INSPECTION_RULE: Record<string, string> = {
  account_stale: '账号长期未更新', category_stale: '栏目长期未更新', category_empty: '空白栏目', category_empty_count: '空白栏目过多',
  account_needs_reauth: '账号需重新授权', account_suspended: '账号已暂停', publication_failed: '发布失败', publication_stuck: '发布滞留',
  review_overdue: '审核超时', service_change_late: '办事条件变更未及时发布', broken_link: '错链',
  publicity_overdue: '公示期满仍在发布', publicity_expiring: '公示期即将届满',
  application_overdue: '依申请公开逾期未答复', application_due_soon: '依申请公开临近答复期限',
  message_overdue: '网民留言逾期未答复', message_unanswered: '网民留言超过三个月未答复',
};

export const CATEGORY_KIND: Record<string, string> = {
  general: '一般', notice: '通知公告', policy: '政策文件', interpretation: '政策解读', penalty: '行政处罚', guide: '办事指南',
};

/** A label for any enum value: unknown values are shown as “其他” rather than as code. */
export const label = (table: Record<string, string>, value: string | null | undefined): string => (value ? table[value] ?? table[value.toUpperCase()] ?? table[value.toLowerCase()] ?? '其他' : '—');
