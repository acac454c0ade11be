/**
 * An 11-digit number right after a certificate or staff number's label (执法证号：…, 编号 …, 工号 …) is that number,
 * not a mobile, even when its segment is a mobile's. Only the label directly before the number counts, so a
 * phone's own label (联系电话：) in the same clause is not overruled.
 */

/** Label endings of numbers issued to a person or a thing by a body (证号 covers 执法证号, 许可证号, 准考证号). */
const CERTIFICATE_LABEL_ENDINGS: readonly string[] = ['证号', '编号', '工号', '警号', '学号', '考号', '档案号'];

/** Characters that may sit between a label and its number. */
const LABEL_GAP = /[：:\s]/;

/** True when the characters just before `start` (past a colon or spaces) end with a certificate label. */
export function followsCertificateLabel(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && start - p < 3 && LABEL_GAP.test(text[p - 1])) p--;
  const before = text.slice(Math.max(0, p - 3), p);
  return CERTIFICATE_LABEL_ENDINGS.some((l) => before.endsWith(l));
}
