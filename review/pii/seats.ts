/**
 * A place in a table's row right after a cell naming a body (| 湄川县鑫达建材有限公司 | 湄川县青石镇工业集中区3号 |)
 * is that body's seat: a party column of a mediation or a court list holds a firm where others hold a person, and
 * the party's 住所 column beside it then holds the firm's address, not a home.
 */
import { ESTABLISHMENT_ENDS, FIRM_NOUNS, PUBLIC_BODY_ENDS, SHOP_NOUNS } from './bodies.js';

const BODY_CELL_ENDS = [...new Set([...FIRM_NOUNS, ...ESTABLISHMENT_ENDS, ...SHOP_NOUNS, ...PUBLIC_BODY_ENDS])];
/** Shorter cells (王院, 李站) may be a person's name with a character that also ends a body's. */
const MIN_BODY_CELL = 4;

/** The cell's text names a firm, a shop or a public body. */
export function isBodyCell(value: string): boolean {
  const v = value.trim();
  return v.length >= MIN_BODY_CELL && BODY_CELL_ENDS.some((w) => v.endsWith(w));
}
