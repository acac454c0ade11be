/**
 * A house's site in a 农村村民建房 notice (建设地点：…村三组55号, 建房地点：…, 拟建地点：…): where the family will
 * live, an address. A project's site (建设地点：…镇…村, …工业园区) names no household: only a site down to a door in
 * a village (…村…号, …组…号) counts. Anchored on the label, read over at most MAX_SITE characters.
 */
import { addDisjoint, type Span } from './email.js';
import { NOT_HOME_WORDS } from './bodies.js';
import { bracketNoteAt } from './notes.js';
import { oneCharOfEach, triggerClass } from './present.js';

const SITE_LABELS = ['建设地点', '建房地点', '拟建地点', '建房位置', '宅基地位置', '宅基地坐落'];
/** One character of each label (点, 房, 宅): a text holding none has no site label, and the pass is not run. */
export const SITE_LABEL_CHARS = triggerClass(oneCharOfEach(SITE_LABELS, '点宅房'));
const MAX_SITE = 40;
const SITE_ENDS = new Set('，,。；;（(）)　 \t\n\r|｜'.split(''));
/** A door in a village: 丰年村下湾组55号, 何家坝村12号. */
const VILLAGE_DOOR = /村[\u4e00-\u9fff0-9０-９]{0,8}?[0-9０-９]+号$/;
/** Bodies' and projects' sites, never a household's. */
const NOT_HOUSEHOLD = ['村委会', '委员会', '园区', '学校', '公司', '厂', '站', '中心', '广场', '公园'];

/** A bracket after the site that says whose it is: a body's or the collective's (（村集体仓库）, （原村小学旧址）). */
const BODY_NOTES = [...NOT_HOUSEHOLD, ...NOT_HOME_WORDS, '集体', '仓库', '旧址', '村部', '活动室', '厂房', '校舍'];

function bodysNote(text: string, e: number): boolean {
  const note = bracketNoteAt(text, e);
  return note !== null && BODY_NOTES.some((w) => note.includes(w));
}

/** A project's record names its unit (建设单位：…合作社, 申请单位：…); a household's names its applicant. */
const PROJECT_LABELS = ['建设单位', '申请单位', '项目名称', '项目单位', '实施单位'];
const RECORD_REACH = 80;

function projectRecord(text: string, labelAt: number, e: number): boolean {
  let r = labelAt;
  while (r > 0 && labelAt - r < RECORD_REACH && text[r - 1] !== '\n' && text[r - 1] !== '。') r--;
  let q = e;
  while (q < text.length && q - e < RECORD_REACH && text[q] !== '\n' && text[q] !== '。') q++;
  const record = text.slice(r, q);
  return PROJECT_LABELS.some((w) => record.includes(w));
}

export function houseSites(text: string, out: Span[]): void {
  if (text.indexOf('地点') < 0 && text.indexOf('宅基地') < 0 && text.indexOf('建房位置') < 0) return;
  for (const label of SITE_LABELS) {
    for (let i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + label.length)) {
      let s = i + label.length;
      if (text[s] === '：' || text[s] === ':') s++;
      else if (text[s] !== ' ' && text[s] !== '\u3000') continue;
      while (text[s] === ' ' || text[s] === '\u3000') s++;
      let e = s;
      while (e < text.length && e - s <= MAX_SITE && !SITE_ENDS.has(text[e])) e++;
      if (e - s > MAX_SITE || e - s < 4) continue;
      const value = text.slice(s, e);
      if (!VILLAGE_DOOR.test(value) || NOT_HOUSEHOLD.some((w) => value.includes(w))) continue;
      if (bodysNote(text, e) || projectRecord(text, i, e)) continue;
      addDisjoint(out, s, e);
    }
  }
}
