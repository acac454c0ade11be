/**
 * The four bounds of a plot in land-contract, forest-right and 宅基地 notices (四至：东至X家承包地，西至村道，
 * 南至Y家林地，北至…): a bound that is a neighbour's family land names that neighbour, a private person; a
 * bound that is a road, a ditch or a named field (詹家梁, 庞家洼) names no one, and `南至` itself is a direction,
 * not a person surnamed 南.
 */
import { nameScore, surnameAt } from './model/index.js';
import { triggerClass } from './present.js';

const DIRECTIONS = new Set('东南西北'.split(''));
/** What a neighbour's household holds, after X家 (东至滕振华家承包地, 北至晏秋实家林地). */
const HOLDINGS = ['承包地', '责任田', '自留地', '宅基地', '林地', '耕地', '草场', '草地', '田地', '果园', '院墙', '房屋', '住房', '地'];
const NEIGHBOUR_MIN_SCORE = 3;
const MAX_BOUNDS = 400;
/** 至, which every bound holds (present.ts): a text without it has no bound to read. */
export const BOUND_TO = triggerClass(['至']);

export interface BoundNeighbour {
  start: number;
  end: number;
  surname: string;
}

/** True when `s` opens a bound's direction (南至…): the direction is no surname there. */
export function directionAt(text: string, s: number): boolean {
  return DIRECTIONS.has(text[s]) && text[s + 1] === '至';
}

/** Where a bound's clause ends after a neighbour's 家 (东至X家，南至村道 / 東：X家；西：Y家). */
const CLAUSE_ENDS = new Set(['，', ',', '；', ';', '。', '、', '\n', '\r', '|', '｜', '\t', ' ', '\u3000']);
/** Holdings named right after the neighbour, with no 家 (北至X承包地); a bare 地 is too loose there. */
const BARE_HOLDINGS = HOLDINGS.filter((h) => h.length > 1);

/**
 * The neighbours named by bounds: each 至 after a direction (东至X家承包地, 东至X家，, 北至X承包地), and each colon after
 * a direction in a 四邻 cell (東：X家；西：Y家), is read once, over at most 4 characters.
 */
export function boundNeighbours(text: string): BoundNeighbour[] {
  const out: BoundNeighbour[] = [];
  for (const mark of ['至', '：', ':']) {
    for (let i = text.indexOf(mark), seen = 0; i > 0 && seen < MAX_BOUNDS; i = text.indexOf(mark, i + 1), seen++) {
      if (!DIRECTIONS.has(text[i - 1])) continue;
      const found = neighbourAt(text, i + 1, mark === '至');
      if (found) out.push(found);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function neighbourAt(text: string, s: number, afterZhi: boolean): BoundNeighbour | null {
  const surname = surnameAt(text, s);
  if (!surname) return null;
  for (const length of [surname.length + 2, surname.length + 1]) {
    const e = s + length;
    const household = text[e] === '家' && (HOLDINGS.some((h) => text.startsWith(h, e + 1)) || e + 1 >= text.length || CLAUSE_ENDS.has(text[e + 1]));
    const holding = afterZhi && BARE_HOLDINGS.some((h) => text.startsWith(h, e));
    if (!household && !holding) continue;
    if (nameScore(text.slice(s, e), surname) < NEIGHBOUR_MIN_SCORE) continue;
    return { start: s, end: e, surname };
  }
  return null;
}
