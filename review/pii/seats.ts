/**
 * A place in a table's row right after a cell naming a body (| 湄川县鑫达建材有限公司 | 湄川县青石镇工业集中区3号 |)
 * is that body's seat: a party column of a mediation or a court list holds a firm where others hold a person, and
 * the party's 住所 column beside it then holds the firm's address, not a home. So is the place in a row whose person
 * column holds a body (a post office's list of undelivered mail, a grant list).
 */
import { BODY_NAME_ENDS, FIRM_NOUNS, SHOP_NOUNS } from './bodies.js';

/**
 * Words that make a cell a body's wherever they stand in it: a firm's name often runs on past its kind
 * (…有限公司（法定代表人：X）, …砖厂(普通合伙)), so its end alone misses it.
 */
const BODY_CELL_WORDS = [...FIRM_NOUNS, '有限', ...SHOP_NOUNS, '厂（', '厂(', '中心', '医院', '学校'];
/** Shorter cells (王院, 李站) may be a person's name with a character that also ends a body's. */
const MIN_BODY_CELL = 4;

/**
 * The cell's text names a firm, a shop or a public body. By default its ends are the ones that close a body's name
 * and no place's: a village's group (赵家窑村一社) in the cell before a home must not make that home a seat. A
 * person column holds no place, so there a unit that also closes places (养殖场, 村委会, 车队) names a body:
 * address.ts passes ORGANISATION_SUFFIXES.
 */
export function isBodyCell(value: string, ends: readonly string[] = BODY_NAME_ENDS): boolean {
  const v = value.trim();
  if (BODY_CELL_WORDS.some((w) => v.includes(w))) return true;
  return v.length >= MIN_BODY_CELL && ends.some((w) => v.endsWith(w));
}
