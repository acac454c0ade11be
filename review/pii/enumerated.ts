/**
 * Homes given as an enumeration after one label (其余出租方住址分别为：A，…组77号；B，…组48号。, 三户的家庭住址依次是：
 * A：…号；B：…室): each member is a name, a comma or a colon, and the household's place. The trigger is the
 * enumerating word (分别, 依次) right after a residence label; at most MAX_ITEMS members within MAX_SPAN
 * characters are read. A body's seat (公司住所分别为…) and a bare 地址 (offices print their own) are not
 * residences, and a member must end in a group, a door or a room, so a list of towns gives nothing.
 * A declaration that the places are homes stands for the label (…的经营地址为本人住宅，分别为A、B、C): a business
 * registered at its keepers' dwellings names the dwellings. Members may be bare places, set off by 、 or ，.
 */
import { addDisjoint, type Span } from './email.js';
import { ORGANISATION_SUFFIXES } from './bodies.js';
import { oneCharOfEach, triggerClass } from './present.js';
import { isHanCode } from './chars.js';

const ENUMERATORS = ['分别为', '分别是', '依次为', '依次是'];
/** 别 or 次: a text holding neither has no enumerating word, and the pass is not run. */
export const ENUMERATOR_CHARS = triggerClass(oneCharOfEach(ENUMERATORS, '别次'));
const LABELS = ['家庭住址', '现住址', '住址', '住所', '居住地', '户籍地', '家住'];
/** …为本人住宅，分别为: the place (whatever its label) declared the persons' own dwelling, a comma before the enumerator. */
const DECLARING_VERBS = ['为', '系', '是', '在'];
/** The owner between the verb and the dwelling (本人, 其, 各自, 理事长): a few characters, no body. */
const MAX_OWNER = 5;
const DWELLINGS = ['住宅', '住所', '住房', '家中', '家里', '居所', '住处'];
/** 公司住所, 单位住址: an organisation's seat, not a home. */
const ORGANISATIONS = [...ORGANISATION_SUFFIXES, '企业', '机构', '点'];
const MAX_ITEMS = 20;
const MAX_SPAN = 600;
/** A member's head before its comma or colon: a name, not a clause. */
const MAX_HEAD = 6;
const ITEM_ENDS = new Set('；;。\n\r'.split(''));
/** Between bare places: 、 or a comma (a member with a head keeps its comma as the head's end). */
const BARE_ENDS = new Set('、，,；;。\n\r'.split(''));
const HEAD_ENDS = new Set('，,：:'.split(''));
/** A household's place down to its group, door or room. */
const PLACE = /^[\u4e00-\u9fff0-9０-９\-－]{4,50}(?:组|队|社|号|室)$/;
const DIVISION = /[省市县区旗镇乡村街路巷苏木嘎查]/;

export function enumeratedHomes(text: string, out: Span[]): void {
  for (const word of ['分别', '依次']) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      const enumerator = ENUMERATORS.find((w) => text.startsWith(w, i));
      if (!enumerator) continue;
      const label = LABELS.find((l) => text.startsWith(l, i - l.length));
      if (label) {
        const before = text.slice(Math.max(0, i - label.length - 4), i - label.length);
        if (ORGANISATIONS.some((o) => before.endsWith(o))) continue;
      } else if (!declaredHome(text, i)) continue;
      let p = i + enumerator.length;
      if (text[p] === '：' || text[p] === ':') p++;
      const limit = Math.min(text.length, p + MAX_SPAN);
      for (let k = 0; k < MAX_ITEMS && p < limit; k++) {
        // A bare place (…分别为A村三组15号、B村二组8号): the member is the place itself.
        let b = p;
        while (b < limit && !BARE_ENDS.has(text[b])) b++;
        const bare = text.slice(p, b);
        if (PLACE.test(bare) && DIVISION.test(bare)) {
          addDisjoint(out, p, b);
          if (b >= limit || (ITEM_ENDS.has(text[b]) && text[b] !== '；' && text[b] !== ';')) break;
          p = b + 1;
          continue;
        }
        let e = p;
        while (e < limit && !ITEM_ENDS.has(text[e])) e++;
        let s = p;
        while (s < e && s - p <= MAX_HEAD && !HEAD_ENDS.has(text[s])) s++;
        // A member headed by a body (甲公司，…号) gives its seat.
        if (s < e && s - p <= MAX_HEAD && s > p && !ORGANISATIONS.some((o) => text.startsWith(o, s - o.length))) {
          const value = text.slice(s + 1, e);
          if (PLACE.test(value) && DIVISION.test(value)) addDisjoint(out, s + 1, e);
        }
        if (text[e] !== '；' && text[e] !== ';') break;
        p = e + 1;
      }
    }
  }
}

/** …为本人住宅，(分别为) ending at `i`: a verb, an owner and a dwelling, an optional comma between it and the enumerator. */
function declaredHome(text: string, i: number): boolean {
  let e = i;
  if (text[e - 1] === '，' || text[e - 1] === ',') e--;
  const dwelling = DWELLINGS.find((d) => text.startsWith(d, e - d.length));
  if (!dwelling) return false;
  e -= dwelling.length;
  for (let v = e - 1; v >= 0 && e - v <= MAX_OWNER + 1; v--) {
    if (DECLARING_VERBS.includes(text[v])) return !ORGANISATIONS.some((o) => text.slice(v + 1, e).endsWith(o));
    if (!isHanCode(text.charCodeAt(v))) return false;
  }
  return false;
}
