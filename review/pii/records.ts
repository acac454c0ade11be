/**
 * A person's record line in a list (`4. X，男，1950年生，骆家圩村北头组`, `X，女，汉族，1948年出生，…村三组`): after
 * the sex clause, a clause that is nothing but a village and its group is the household's place. The trigger
 * is the sex clause itself, not the name, so a name the model misses still gives its place. At most
 * MAX_CLAUSES clauses of at most MAX_CLAUSE characters are read per trigger. A bare village (所在村) names
 * no household, and an origin (`…县人`) or a labelled place (`原住…`, handled by the labels) is left alone.
 */
import { addDisjoint, type Span } from './email.js';
import { triggerClass } from './present.js';

const MAX_CLAUSES = 4;
const MAX_CLAUSE = 20;
/** The clause right after the sex: opened by a comma or a bracket, closed by a comma. */
export const SEX_CLAUSES = ['，男，', '，女，', '（男，', '（女，', '(男，', '(女，'];
/** The sex of every clause (present.ts): a text naming neither runs no search. */
export const SEX_CHARS = triggerClass(SEX_CLAUSES.map((c) => c[1]));
const CLAUSE_ENDS = new Set('，,。；;）)\n\r'.split(''));
/** A village and its group, nothing else: 桑园村十一组, 新合村南场组, 东岗村七队. */
const VILLAGE_GROUP = /^[\u4e00-\u9fff]{1,8}?村[\u4e00-\u9fff0-9０-９]{1,4}(?:组|队|社)$/;
/** Labels and bodies the other rules own: 原住…组, 户籍…, 村委会…, 村民小组. */
const NOT_PLACE = ['住', '址', '籍', '委会', '村民', '小组'];

export function recordHomes(text: string, out: Span[]): void {
  if (text.indexOf('男，') < 0 && text.indexOf('女，') < 0) return;
  for (const sex of SEX_CLAUSES) {
    for (let i = text.indexOf(sex); i >= 0; i = text.indexOf(sex, i + sex.length)) {
      let s = i + sex.length;
      for (let k = 0; k < MAX_CLAUSES && s < text.length; k++) {
        let e = s;
        while (e < text.length && e - s <= MAX_CLAUSE && !CLAUSE_ENDS.has(text[e])) e++;
        if (e - s > MAX_CLAUSE) break;
        const value = text.slice(s, e);
        if (VILLAGE_GROUP.test(value) && !NOT_PLACE.some((w) => value.includes(w))) {
          addDisjoint(out, s, e);
          break;
        }
        // The record ends with its line or its bracket.
        if (text[e] !== '，' && text[e] !== ',') break;
        s = e + 1;
      }
    }
  }
}
