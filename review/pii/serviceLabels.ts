/**
 * Professionals named under the label of the service they render in the procedure a document records (授课教师：A（高级
 * 讲师）、B at the foot of a training list, 注册房地产估价师：A、B under a valuation report, 鉴定医师：X): the label is a
 * duty and a profession in 师, and they sign or teach for the school, the firm or the body, as 执法人员 and 承办人 act for
 * theirs (README, Labels). A profession alone (优秀教师：X, 拟聘教师：X) names winners or appointees, persons; so does a
 * lawyer's title (代理律师：X), whose client is a party. The walk back from a name crosses the list's earlier members and
 * their notes in brackets (A（高级讲师）、B), at most MAX_MEMBERS of them, to the colon that closes the label.
 */
import { isBlankCode, isHanCode } from './chars.js';

/**
 * The duties a professional renders for others: teaching a course, valuing, appraising, auditing, supervising works.
 * 注册 and 执业 are no duty but a licence (执业药师：X is the pharmacist a penalty names), so they are not here.
 */
const SERVICE_DUTIES = ['授课', '主讲', '讲课', '带教', '培训', '监考', '讲师', '估价', '评估', '鉴定', '检验', '检测', '勘测', '测绘', '审计', '监理'];
const PROFESSION_HEAD = 0x5e08; // 师
const COUNSEL = '律师';
const MAX_MEMBERS = 6;
const MAX_LABEL = 12;
const MAX_NOTE = 12;
const ENUM_COMMA = 0x3001; // 、

function isColon(code: number): boolean {
  return code === 0xff1a || code === 0x3a;
}

/** Words of a penalty or an order in the name's sentence: the professional is the party sanctioned, not staff. */
const PENALTY_WORDS = ['当事人', '违反', '违规', '未按规定', '责令', '处罚', '罚款', '警告'];
const MAX_SENTENCE = 60;

function penaltySentence(text: string, s: number): boolean {
  let e = s;
  while (e < text.length && e - s < MAX_SENTENCE && text[e] !== '。' && text[e] !== '\n') e++;
  const sentence = text.slice(s, e);
  return PENALTY_WORDS.some((w) => sentence.includes(w));
}

/** The bracket opening a note that `close` (at `q`) closes, at most MAX_NOTE characters back, or -1. */
function noteOpen(text: string, q: number, close: number): number {
  const open = close === 0x29 ? 0x28 : 0xff08;
  for (let i = q - 1; i >= 0 && q - i <= MAX_NOTE; i--) if (text.charCodeAt(i) === open) return i;
  return -1;
}

function isServiceLabel(label: string): boolean {
  if (label.charCodeAt(label.length - 1) !== PROFESSION_HEAD || label.endsWith(COUNSEL)) return false;
  return SERVICE_DUTIES.some((d) => label.includes(d));
}

/** True when the name at `s` stands in the list a service label opens (授课教师：A（高级讲师）、|B, 估价师A、|B). */
export function underServiceLabel(text: string, s: number): boolean {
  let p = s;
  for (let hop = 0; hop <= MAX_MEMBERS; hop++) {
    let q = p;
    let listed = false;
    while (q > 0 && p - q < 3 && (isBlankCode(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === ENUM_COMMA)) {
      listed = true;
      q--;
    }
    // The label closed by its colon (授课教师：A), or glued to the name as prose writes it (授课教师A讲解了…).
    const glued = !listed && text.charCodeAt(q - 1) === PROFESSION_HEAD;
    if (!listed && q > 0 && (isColon(text.charCodeAt(q - 1)) || glued)) {
      const end = glued ? q : q - 1;
      let t = end;
      while (t > 0 && end - t < MAX_LABEL && isHanCode(text.charCodeAt(t - 1))) t--;
      return t < end && isServiceLabel(text.slice(t, end)) && !penaltySentence(text, s);
    }
    if (!listed) return false;
    // An earlier member's note in brackets (高级讲师), then the member itself.
    const close = text.charCodeAt(q - 1);
    if (close === 0xff09 /* ） */ || close === 0x29 /* ) */) {
      // Bounded so that a run of closing brackets with no opening one costs no walk to the text's start.
      const open = noteOpen(text, q - 1, close);
      if (open < 0) return false;
      q = open;
    }
    let t = q;
    while (t > 0 && q - t <= 4 && isHanCode(text.charCodeAt(t - 1))) t--;
    if (q - t < 2 || q - t > 4) return false;
    p = t;
  }
  return false;
}
