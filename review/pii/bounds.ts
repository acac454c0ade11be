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

/** The neighbours named by bounds (东至X家承包地): each 至 after a direction is read once, over at most 4 characters. */
export function boundNeighbours(text: string): BoundNeighbour[] {
  const out: BoundNeighbour[] = [];
  for (let i = text.indexOf('至'), seen = 0; i > 0 && seen < MAX_BOUNDS; i = text.indexOf('至', i + 1), seen++) {
    if (!DIRECTIONS.has(text[i - 1])) continue;
    const s = i + 1;
    const surname = surnameAt(text, s);
    if (!surname) continue;
    for (const length of [surname.length + 2, surname.length + 1]) {
      const e = s + length;
      if (text[e] !== '家' || !HOLDINGS.some((h) => text.startsWith(h, e + 1))) continue;
      if (nameScore(text.slice(s, e), surname) < NEIGHBOUR_MIN_SCORE) continue;
      out.push({ start: s, end: e, surname });
      break;
    }
  }
  return out;
}
