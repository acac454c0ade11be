/**
 * An 11-digit number right after a certificate or staff number's label (执法证号：…, 编号 …, 工号 …) is that number,
 * not a mobile, even when its segment is a mobile's. Only the label directly before the number counts, so a
 * phone's own label (联系电话：) in the same clause is not overruled.
 */

/** Label endings of numbers issued to a person or a thing by a body (证号 covers 执法证号, 许可证号, 准考证号). */
const CERTIFICATE_LABEL_ENDINGS: readonly string[] = ['证号', '编号', '工号', '警号', '学号', '考号', '档案号'];

/** Characters that may sit between a label and its number. */
const LABEL_GAP = /[：:\s]/;

/** A bare 编号 after these heads numbers a contact, a user or a member, whose number is often their mobile. */
const CONTACT_HEADS: readonly string[] = ['联系', '用户', '会员', '客户'];
const BARE_NUMBER_LABEL = '编号';
/** A phone's word right after the number (…（手机号）, …手机) says which it is, whatever label stands before. */
const PHONE_WORDS_AFTER = /^[（(]?(?:手机|电话|联系电话|移动电话)/;

/**
 * True when the characters just before `start` (past a colon or spaces) end with a certificate label and no phone
 * word follows the number ending at `end`.
 */
export function followsCertificateLabel(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && start - p < 3 && LABEL_GAP.test(text[p - 1])) p--;
  const before = text.slice(Math.max(0, p - 3), p);
  const label = CERTIFICATE_LABEL_ENDINGS.find((l) => before.endsWith(l));
  if (label === undefined || PHONE_WORDS_AFTER.test(text.slice(end, end + 6))) return false;
  if (label !== BARE_NUMBER_LABEL) return true;
  const head = text.slice(Math.max(0, p - label.length - 2), p - label.length);
  return !CONTACT_HEADS.includes(head);
}
