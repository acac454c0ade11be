/**
 * 是石桥铺镇沐家庄村九组的退役军人, 系青山乡和平村3号的低保户: a person introduced as one of a place's people
 * (是/系 + a place down to a group, a door or a room + 的 + a noun of person) is introduced by their home, whatever
 * the noun (村民 is read by the resident pass; a veteran, a member, a pupil of the place are homes alike).
 */
import { NOT_HOME_WORDS } from './bodies.js';
import { isHanCode } from './chars.js';
import type { Span } from './email.js';
import { placeRunEndingAt } from './grammar.js';
import { PERSON_NOUNS } from './lexicon.js';

/** What a dwelling-level part ends in (…九组, …3号, …502室): the last character before the 的. */
const DWELLING_LAST = new Set('组队社屯号室户'.split(''));
/** Words that introduce the person as the place's (…是…的, …系…的). */
const INTRODUCERS = new Set(['是', '系']);
const MIN_PLACE = 5;

/** The noun at `at` ends its phrase (…的退役军人，): a word going on (党员活动室, 学生宿舍) is a thing, not a person. */
function nounClosesAt(text: string, noun: string, at: number): boolean {
  return text.startsWith(noun, at) && !isHanCode(text.charCodeAt(at + noun.length));
}

/** Homes of people introduced as a place's own (…是…村九组的退役军人). */
export function homesOfMembers(text: string): Span[] {
  const out: Span[] = [];
  for (let q = text.indexOf('的'); q > 0; q = text.indexOf('的', q + 1)) {
    if (!DWELLING_LAST.has(text[q - 1]) || !PERSON_NOUNS.some((w) => nounClosesAt(text, w, q + 1))) continue;
    const run = placeRunEndingAt(text, q);
    if (!run || !INTRODUCERS.has(text[run.start - 1]) || !(run.division || run.village)) continue;
    const value = text.slice(run.start, q);
    if (value.length < MIN_PLACE || NOT_HOME_WORDS.some((w) => value.includes(w))) continue;
    out.push({ start: run.start, end: q });
  }
  return out;
}
