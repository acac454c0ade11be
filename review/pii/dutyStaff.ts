/**
 * The staff a duty's …人员 heads, glued to it with no colon (检测人员X、Y, 验收人员X): the body's people at work, the
 * whole enumeration, as the listed 执法人员 or 检查人员 name theirs. personWords.ts decides which …人员 is a duty's; the
 * persons a duty is done to (受检人员, 涉案人员, 违法人员) are read apart.
 */
import { isHanCode, unitTable } from './chars.js';
import { dutyDoneToEndsAt, dutyStaffEndsAt } from './personWords.js';

/**
 * A preposition or a disposal verb opening a member (检测人员对王芳、…, 检查人员向X、Y): the names after it are the
 * persons the duty is done to, not the duty's staff.
 */
const OBJECT_MARKERS = unitTable('对向与和将把给为同跟'.split(''));
/** Earlier members of the enumeration: names of two to four characters, each closed by 、. */
const MEMBER_MIN = 2;
const MEMBER_MAX = 4;
/** Members read back at most: a longer run of 、 is a list of things. */
const MAX_MEMBERS = 8;

/** True when the name at `s` stands right after a duty's …人员, or later in the enumeration it heads. */
export function dutyStaffHeads(text: string, s: number): boolean {
  let q = s;
  for (let members = 0; members <= MAX_MEMBERS; members++) {
    if (dutyStaffEndsAt(text, q)) return !dutyDoneToEndsAt(text, q);
    if (text[q - 1] !== '、') return false;
    let p = q - 1;
    while (p > 0 && q - 1 - p < MEMBER_MAX && isHanCode(text.charCodeAt(p - 1))) p--;
    // The member before must be a whole name: the …人员 ends right where its run starts.
    const length = q - 1 - p;
    if (length < MEMBER_MIN) return false;
    let found = false;
    for (let start = q - 1 - MEMBER_MIN; start >= p; start--) {
      if (dutyStaffEndsAt(text, start) || text[start - 1] === '、') {
        if (OBJECT_MARKERS[text.charCodeAt(start)] === 1 && dutyStaffEndsAt(text, start)) return false;
        q = start;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return false;
}
