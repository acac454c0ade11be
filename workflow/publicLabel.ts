/**
 * Short texts the public reads that no reviewer approves: the 信息索引 fields (editable after publication,
 * shown on the portal and in the feeds at once), attachment names and category names. A confidentiality
 * mark in one would reach the public unreviewed, so it is refused as bad input at the edge; the characters
 * that would make the page show something other than what was typed are removed (text/invisible.ts).
 */
import { scanField } from '../review/gate.js';
import type { Finding } from '../review/types.js';
import { stripHiddenControls } from '../text/index.js';
import { badInput } from './errors.js';

/** Finding types in the words reviewers use (the same as the console's). */
export const FINDING_TYPE_LABELS: Record<string, string> = {
  id_card: '身份证号', mobile: '手机号', landline: '固定电话', email: '电子邮箱', bank_card: '银行卡号', passport: '护照号', plate: '车牌号',
  person_name: '姓名', address: '住址', classification_mark: '密级标志', internal_mark: '内部标志', not_public_mark: '不予公开标志', sensitive_word: '敏感词',
};

const MARKS: ReadonlySet<Finding['type']> = new Set(['classification_mark', 'internal_mark', 'not_public_mark']);

/** The first confidentiality mark `value` shows the public, if any. */
export function markIn(value: string): Finding | undefined {
  return scanField(value).findings.find((f) => MARKS.has(f.type));
}

/** The message for a field that carries a mark: what was found, and what to do. */
export function markMessage(label: string, value: string, mark: Finding): string {
  return `${label}「${value}」含有${FINDING_TYPE_LABELS[mark.type]}「${mark.text}」。${label}会直接向公众展示，不能带密级、内部或不予公开标志，请修改`;
}

/** `value` without hidden controls; BAD_USER_INPUT on `field` when it carries a mark. */
export function publicLabel(value: string, label: string, field: string): string {
  const clean = stripHiddenControls(value);
  const mark = markIn(clean);
  if (mark) throw badInput(markMessage(label, clean, mark), { field });
  return clean;
}

