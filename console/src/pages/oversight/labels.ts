/**
 * The audit trail's vocabulary as an overseer reads it: every action the hub appends (test/console/audit-labels
 * checks the list against the code that appends them), the kinds of object they concern, and the areas the
 * action filter groups them by. Kept free of imports so that test can read it.
 */

export const AUDIT_AREA: Record<string, string> = {
  content: '内容', publication: '渠道发布', account: '渠道账号', attachment: '附件', audit: '审计', auth: '登录',
  user: '用户', unit: '单位', category: '栏目', calendar: '工作日历', inspection: '巡查', site: '网站设置', translation: '蒙古文版本',
  settings: '安全设置', search: '站内检索', annual_report: '年度报告', application: '依申请公开', message: '网民留言', wording: '用语库',
};

export const AUDIT_ACTION: Record<string, string> = {
  'content.create': '新建内容', 'content.update': '修改内容', 'content.submit': '提交审核',
  'content.approve.first': '一审通过（待二审）', 'content.approve': '审核通过', 'content.reject': '审核驳回',
  'content.schedule': '定时发布', 'content.reschedule': '修改定时发布时间', 'content.schedule.cancel': '取消定时发布',
  'content.release': '开始发布', 'content.published': '发布完成', 'content.partially_published': '部分渠道发布成功', 'content.publishing': '继续发布',
  'content.retract': '撤回内容', 'content.correct': '提交更正', 'content.correction.approve': '更正通过',
  'content.correction.approve.first': '更正一审通过', 'content.correction.reject': '更正驳回', 'content.info_index': '修改信息索引', 'content.interpretation.link': '关联政策解读',

  'publication.submitted': '已提交平台', 'publication.awaiting_confirmation': '等待平台确认群发',
  'publication.published': '渠道发布成功', 'publication.retry': '渠道发布失败，待重试', 'publication.failed': '渠道发布失败',
  'publication.retry_requested': '申请重新发布', 'publication.cancelled': '取消渠道发布', 'publication.retracted': '渠道已撤回',
  'publication.retract_retry': '渠道撤回失败，待重试', 'publication.retract_failed': '渠道撤回失败',
  'publication.arrived_after_retraction': '撤回后平台仍发出',

  'account.create': '新建渠道账号', 'account.rotate': '轮换凭据', 'account.suspend': '暂停账号', 'account.resume': '恢复账号',
  'account.close': '关停账号', 'account.tested': '检测凭据', 'account.settings': '修改账号设置', 'account.needs_reauth': '账号需重新授权',

  'translation.save': '保存蒙古文版本', 'translation.approve': '蒙古文版本审核通过', 'translation.reject': '蒙古文版本退回',

  'attachment.upload': '上传附件', 'attachment.remove': '删除附件',
  'audit.export': '导出审计记录', 'audit.checkpoint': '签发审计检查点',
  'auth.login': '登录', 'auth.login_failed': '登录失败', 'auth.lockout': '账号锁定', 'auth.logout': '退出登录',
  'user.create': '新建用户', 'user.update': '修改用户', 'user.password_change': '修改密码', 'user.password_reset': '重置密码',
  'user.disable': '停用用户', 'user.enable': '启用用户', 'unit.create': '新建单位',
  'category.create': '新建栏目', 'category.update': '修改栏目', 'category.publicity': '修改公示期限',
  'category.requires_interpretation': '设置须配政策解读', 'category.move': '调整栏目顺序', 'category.deactivate': '停用栏目',
  'category.reactivate': '启用栏目', 'category.translate': '修改栏目蒙古文名称', 'unit.rename': '单位更名',
  'calendar.set': '设置节假日或调休', 'calendar.remove': '取消节假日或调休',
  'inspection.run': '网上巡查', 'inspection.settings.update': '修改巡查设置',
  'site.settings': '修改网站设置', 'settings.image_sources': '修改图片来源白名单', 'search.synonyms': '修改检索同义词',
  'annual_report.save': '保存年度报告', 'annual_report.draft': '生成年度报告稿',

  'application.register': '登记申请', 'application.accept': '开始办理申请', 'application.request_correction': '要求补正',
  'application.receive_correction': '登记补正材料', 'application.consult': '征求第三方意见', 'application.end_consultation': '结束征求意见',
  'application.extend': '延长答复期限', 'application.transfer': '转办申请', 'application.reply': '答复申请',
  'application.mark_delivered': '登记送达', 'application.convert': '申请转为主动公开',

  'message.submit': '收到网民留言', 'message.accept': '受理留言', 'message.transfer': '转办留言', 'message.reject': '不予受理留言',
  'message.reply': '答复留言',

  'wording.typo.seed': '初始化错别字库', 'wording.typo.save': '保存错别字条目', 'wording.typo.enable': '启用错别字条目',
  'wording.typo.disable': '停用错别字条目', 'wording.outdated.seed': '初始化过期提法库', 'wording.outdated.save': '保存过期提法条目',
  'wording.outdated.enable': '启用过期提法条目', 'wording.outdated.disable': '停用过期提法条目',
  'wording.roster.save': '保存领导名单', 'wording.roster.enable': '启用领导名单条目', 'wording.roster.disable': '停用领导名单条目',
};

/** An action added after this list was written still reads as Chinese: its area, then 其他操作. */
export const actionLabel = (action: string): string =>
  AUDIT_ACTION[action] ?? `${AUDIT_AREA[action.split('.')[0]] ?? '其他'}（其他操作）`;

export const TARGET_TYPE: Record<string, string> = {
  content: '内容', publication: '渠道发布', channel_account: '渠道账号', user: '用户', unit: '单位', category: '栏目',
  calendar_day: '工作日历', inspection_report: '巡查报告', inspection_settings: '巡查设置', audit_checkpoint: '审计检查点',
  settings: '安全设置', site: '网站设置', translation: '蒙古文版本', search: '站内检索', annual_report: '年度报告', application: '依申请公开申请',
  message: '网民留言', wording_typo: '错别字库', wording_outdated: '过期提法库', wording_roster: '领导名单',
};

/** The hub's own processes (`system:<job>`, workflow/actor.ts) by what they do. */
const SYSTEM_ACTOR: Record<string, string> = {
  'system:deliver': '系统（发布任务）', 'system:retract': '系统（撤回任务）', 'system:audit.checkpoint': '系统（定时检查点）',
  'system:inspection': '系统（每日巡查）', 'system:publicity': '系统（公示期管理）', 'system:cli': '命令行',
  'system:migrate': '系统（升级）', 'system:wording-seed': '系统（初始化用语库）',
};

/** Who did it: people by user name; the hub's own processes and the public by what they are. */
export function actorLabel(actor: string): string {
  if (actor === 'anonymous') return '未登录用户';
  if (actor === 'public') return '公众';
  if (actor === 'system' || actor.startsWith('system:')) return SYSTEM_ACTOR[actor] ?? '系统';
  return actor;
}

/** Checkpoint problems (AuditCheckpointProblem, MissingAuditCheckpoint.problem) as what they mean. */
export const CHECKPOINT_PROBLEM: Record<string, string> = {
  BAD_SIGNATURE: '签名无效：检查点被改动或伪造',
  UNTRUSTED_KEY: '签名密钥不在受信名单中',
  HEAD_MISMATCH: '链头不符：此前的审计记录被改写',
  BEYOND_CHAIN: '审计链比检查点短：末尾的记录被删除',
  CHAIN_BROKEN: '审计链在检查点之前已断裂',
  CHECKPOINT_MISSING: '检查点被删除',
  CHECKPOINT_ALTERED: '检查点被改动',
};

export const INSPECTION_TRIGGER: Record<string, string> = { SCHEDULE: '每日定时', MANUAL: '手动' };
