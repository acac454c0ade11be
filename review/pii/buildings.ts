/**
 * A run glued to a building's number (桂香园4栋1单元, 金帆苑2号楼, 翠湖居3幢) names an estate, a compound or a block,
 * whatever its characters read as: people are not numbered by building, so a name the character model reads there
 * (桂香园 as 桂 + 香园) is the estate's. Reads at most MAX_DIGITS digits and the unit after them.
 */
import { isDigitCode } from './chars.js';

const MAX_DIGITS = 4;
const BUILDING_UNITS = ['栋', '幢', '号楼', '单元'];
/** 座, 号院 and 区 follow a person's name too (拆迁户X2号院房屋): they mark a building only after an estate's last character. */
const ESTATE_UNITS = ['座', '号院', '区'];
const ESTATE_ENDS = '园苑居庭城府';

export function buildingAfter(text: string, e: number): boolean {
  let q = e;
  while (q < text.length && q - e < MAX_DIGITS && isDigitCode(text.charCodeAt(q))) q++;
  if (q === e) return false;
  if (BUILDING_UNITS.some((u) => text.startsWith(u, q))) return true;
  return ESTATE_ENDS.includes(text[e - 1]) && ESTATE_UNITS.some((u) => text.startsWith(u, q));
}
