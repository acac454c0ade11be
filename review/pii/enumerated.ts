/**
 * Homes given as an enumeration after one label (其余出租方住址分别为：A，…组77号；B，…组48号。, 三户的家庭住址依次是：
 * A：…号；B：…室): each member is a name, a comma or a colon, and the household's place. The trigger is the
 * enumerating word (分别, 依次) right after a residence label; at most MAX_ITEMS members within MAX_SPAN
 * characters are read. A body's seat (公司住所分别为…) and a bare 地址 (offices print their own) are not
 * residences, and a member must end in a group, a door or a room, so a list of towns gives nothing.
 */
import { addDisjoint, type Span } from './email.js';
import { ORGANISATION_SUFFIXES } from './bodies.js';
import { oneCharOfEach, triggerClass } from './present.js';

const ENUMERATORS = ['分别为', '分别是', '依次为', '依次是'];
/** 别 or 次: a text holding neither has no enumerating word, and the pass is not run. */
export const ENUMERATOR_CHARS = triggerClass(oneCharOfEach(ENUMERATORS, '别次'));
const LABELS = ['家庭住址', '现住址', '住址', '住所', '居住地', '户籍地', '家住'];
/** 公司住所, 单位住址: an organisation's seat, not a home. */
const ORGANISATIONS = [...ORGANISATION_SUFFIXES, '企业', '机构', '点'];
const MAX_ITEMS = 20;
const MAX_SPAN = 600;
/** A member's head before its comma or colon: a name, not a clause. */
const MAX_HEAD = 6;
const ITEM_ENDS = new Set('；;。\n\r'.split(''));
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
      if (!label) continue;
      const before = text.slice(Math.max(0, i - label.length - 4), i - label.length);
      if (ORGANISATIONS.some((o) => before.endsWith(o))) continue;
      let p = i + enumerator.length;
      if (text[p] === '：' || text[p] === ':') p++;
      const limit = Math.min(text.length, p + MAX_SPAN);
      for (let k = 0; k < MAX_ITEMS && p < limit; k++) {
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
