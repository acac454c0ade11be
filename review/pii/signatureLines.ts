/**
 * A line of `title：name` pairs and nothing else at a document's foot (裁判长：X　　副裁判长：Y　　编排记录：Z;
 * 村党支部书记：X　　评星理事会会长：Y) is the officials signing for the event or the body that issues it: when one
 * title on the line is an office or an event's official, every name on it acts in that capacity. A line of parties
 * (甲方：X　　乙方：Y) or of a co-operative's own heads (理事长：X　　监事长：Y) holds no such title and stays.
 */
import { postEndingAt } from './offices.js';
import { PERSONAL_ROLES } from './roles.js';

/** Lines longer than this are prose, not a signature line; it also bounds the work per name. */
const MAX_LINE = 120;
/** One pair: the title, its colon, a name (spaced out or not), then the next title or the line's end. */
const PAIR_RE = /([\u4e00-\u9fff（）()]{1,14})[：:][ \u3000]*([\u4e00-\u9fff·][\u4e00-\u9fff· \u3000]{0,9}?)(?=[ \u3000\t]+[\u4e00-\u9fff（）()]{1,14}[：:]|[ \u3000\t]*$)/y;
/** An event's officials by the duty they sign for: judges, jurors, hosts, recorders, scorers. */
const EVENT_DUTIES = ['裁判', '仲裁', '评委', '评审', '主持', '编排', '记录', '计分', '计时', '检录', '监督'];
const PERSONAL = new Set(PERSONAL_ROLES);

function officialTitle(label: string): boolean {
  return postEndingAt(label, label.length) > 0 || EVENT_DUTIES.some((d) => label.includes(d));
}

function lineAround(text: string, s: number): [number, number] {
  let b = s;
  while (b > 0 && text[b - 1] !== '\n' && s - b <= MAX_LINE) b--;
  let e = s;
  while (e < text.length && text[e] !== '\n' && e - b <= MAX_LINE) e++;
  return [b, e];
}

/** True when the name at `s` stands on a signature line of two or more pairs, one of them an official's title. */
export function onOfficialsSignatureLine(text: string, s: number): boolean {
  const [b, e] = lineAround(text, s);
  if (e - b > MAX_LINE) return false;
  const line = text.slice(b, e).replace(/^[ \u3000\t]+|[ \u3000\t]+$/g, '');
  let pairs = 0;
  let official = false;
  let at = 0;
  while (at < line.length) {
    PAIR_RE.lastIndex = at;
    const m = PAIR_RE.exec(line);
    if (m === null) return false;
    const label = m[1];
    if (PERSONAL.has(label)) return false;
    if (officialTitle(label)) official = true;
    pairs++;
    at = PAIR_RE.lastIndex;
    while (at < line.length && (line[at] === ' ' || line[at] === '\u3000' || line[at] === '\t')) at++;
  }
  return pairs >= 2 && official;
}
