/**
 * A household's move named in prose (已迁至…村牧民定居点130号居住, 搬到…小区5号楼居住): the place between the
 * verb of moving and 居住 is where the person now lives. Each verb is read once over at most MAX_PLACE
 * characters; the place must carry a division and a village, group or door, so 迁至新址办公 stays nothing.
 * A visit to a door in a village (一行来到…村五组32号，将喜报送到…) goes to a household's home as well: a rural
 * door number is a family's house, a body sits at its 村委会 or on a street.
 */
import * as chars from './chars.js';
import { addDisjoint, type Span } from './email.js';
import { placeRunEndingAt } from './grammar.js';
import { oneCharOfEach, triggerClass } from './present.js';

const MOVE_VERBS = ['迁至', '迁到', '迁往', '搬至', '搬到', '搬往', '迁居', '搬迁至', '搬迁到'];
const DWELL_WORDS = ['居住', '定居', '安家', '生活'];
const DOORS = /(?:村|组|社|队|屯|嘎查|[0-9０-９]+(?:号|室|单元|栋|幢))/;
const MAX_PLACE = 40;
/** 定居点, 生活区: a place word, not the verb of dwelling. */
const PLACE_AFTER_DWELL = new Set('点区所费'.split(''));

function dwellsAt(text: string, e: number): boolean {
  return DWELL_WORDS.some((w) => text.startsWith(w, e) && !PLACE_AFTER_DWELL.has(text[e + w.length]));
}

export function movedResidences(text: string, out: Span[]): void {
  if (text.indexOf('迁') < 0 && text.indexOf('搬') < 0) return;
  for (const verb of MOVE_VERBS) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + verb.length)) {
      const s = i + verb.length;
      let e = s;
      while (e < text.length && e - s < MAX_PLACE && (chars.isHanCode(text.charCodeAt(e)) || chars.isDigitCode(text.charCodeAt(e)) || text[e] === '-' || text[e] === '－')) {
        if (dwellsAt(text, e)) break;
        e++;
      }
      if (!dwellsAt(text, e)) continue;
      // The address grammar reads the place back from 居住: it must be the whole of what the verb moved to
      // (…丽景苑12-3-1202, …村六组12号之2), carry a division and reach a village, its group or a door.
      const run = placeRunEndingAt(text, e, s);
      if (!run || run.start !== s || !run.division || !(run.door || run.village || DOORS.test(text.slice(s, e)))) continue;
      addDisjoint(out, s, e);
    }
  }
}

const VISIT_VERBS = ['来到', '走进', '前往', '赶到', '走访'];
/**
 * One character of every verb of moving or visiting (present.ts): a text without any runs neither rule, which
 * would otherwise search it once per verb.
 */
export const MOVE_OR_VISIT = triggerClass(oneCharOfEach([...MOVE_VERBS, ...VISIT_VERBS], '迁搬访往进赶'));
/** A door in a village or its group: …村12号, …五组32号. */
const VILLAGE_DOOR = /(?:村|组|社|队|屯|嘎查)[0-9０-９]+号$/;

export function visitedHomes(text: string, out: Span[]): void {
  for (const verb of VISIT_VERBS) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + verb.length)) {
      const s = i + verb.length;
      let e = s;
      while (e < text.length && e - s < MAX_PLACE && (chars.isHanCode(text.charCodeAt(e)) || chars.isDigitCode(text.charCodeAt(e)))) {
        e++;
        if (text[e - 1] === '号') break;
      }
      const value = text.slice(s, e);
      if (!VILLAGE_DOOR.test(value) || value.includes('委会')) continue;
      // The grammar reads the whole of it as one place under a division (…县…镇…村五组32号).
      const run = placeRunEndingAt(text, e, s);
      if (!run || run.start !== s || !run.division) continue;
      addDisjoint(out, s, e);
    }
  }
}
