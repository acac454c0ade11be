/** The disclosure enums in the words of the 条例 and the forms; the server words statuses itself. */
export const APPLICATION_STATUS: Record<string, string> = {
  RECEIVED: '已登记，待办理', IN_PROGRESS: '办理中', CORRECTION_REQUESTED: '待申请人补正', CONSULTING: '征求意见中',
  REPLIED: '已答复', ABANDONED: '视为放弃申请', WITHDRAWN: '申请人已撤回',
};
export const SOURCE: Record<string, string> = { ONLINE: '网上申请', POST: '信函', IN_PERSON: '当面提出', FAX: '传真', EMAIL: '电子邮件' };
export const DELIVERY: Record<string, string> = { EMAIL: '电子邮件', POST: '邮寄', PICKUP: '自行领取', ONLINE: '在线查询' };
export const REPLY_TYPE: Record<string, string> = {
  PUBLIC: '予以公开', PARTIAL: '部分公开', NOT_PUBLIC: '不予公开', UNAVAILABLE: '无法提供', NOT_PROCESSED: '不予处理', OTHER: '其他处理',
};
export const APPLICANT_TYPE: Record<string, string> = {
  natural_person: '自然人', business: '商业企业', research: '科研机构', social_org: '社会公益组织', legal_service: '法律服务机构', other: '其他',
};
export const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证', '统一社会信用代码', '其他'];
export const MESSAGE_STATUS: Record<string, string> = { RECEIVED: '待受理', ACCEPTED: '已受理，办理中', REPLIED: '已答复', REJECTED: '不予受理' };
export const CARD: Record<string, string> = { YELLOW: '黄牌', RED: '红牌', VETO: '单项否决' };

export const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));
