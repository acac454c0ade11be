/**
 * A place noted as the person's own house (…村后湾组57号（自有住房）, …12号（自住房）): the note says a household lives
 * there, so the place is a home wherever it stands, in a list of traders (whose other rows keep their shops) or in
 * prose. The place must read down to a door (grammar.ts). Work: one look per bracket holding a note word, and per 家中 or
 * 家里 in prose (…12号站长X家中).
 */
import { BODY_NAME_ENDS, BODY_PLACE_WORDS, ESTABLISHMENT_ENDS } from './bodies.js';
import { isHanCode } from './chars.js';
import type { Span } from './email.js';
import { placeRunEndingAt } from './grammar.js';

/** Notes that call the place the person's own dwelling. */
export const OWN_HOUSE_NOTES: readonly string[] = ['自有住房', '自有房屋', '自住房', '自家住房', '自建住房', '自有住宅', '本人住房', '本人住宅'];
const MAX_NOTE = 8;

/**
 * A firm's or a body's premises keep their note a fact about the building (…（自有房屋），法定代表人…; 卫生室设在
 * …（自有住房）): a firm's mark in the sentence, or a body's word in the place's clause or in the place itself. A sole
 * trader's premises (经营场所为…（自有住房）) stay a home: the trader lives there.
 */
const FIRM_MARKS = ['法定代表人', '有限', '信用代码', '企业', '公司', '合作社', '集团'];
const SENTENCE_ENDS = new Set(['。', '；', ';', '\n']);
const SENTENCE_MAX = 80;
const PREMISES_WORDS = [...BODY_PLACE_WORDS, ...ESTABLISHMENT_ENDS, '卫生室', '诊所', '门市', '商行', '超市', '厂房', '车间'];
const CLAUSE_MARKS = new Set(['，', ',', '。', '；', ';', '\n', '、']);
const CLAUSE_BACK = 30;

function premisesAt(text: string, start: number, end: number): boolean {
  if (PREMISES_WORDS.some((w) => text.slice(start, end).includes(w))) return true;
  let k = start;
  while (k > 0 && start - k < CLAUSE_BACK && !CLAUSE_MARKS.has(text[k - 1])) k--;
  const clause = text.slice(k, start);
  if (PREMISES_WORDS.some((w) => clause.includes(w))) return true;
  let a = start;
  while (a > 0 && start - a < SENTENCE_MAX && !SENTENCE_ENDS.has(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < SENTENCE_MAX && !SENTENCE_ENDS.has(text[b])) b++;
  const sentence = text.slice(a, b);
  return FIRM_MARKS.some((w) => sentence.includes(w));
}

/** Homes closed by a bracketed note of the person's own house. */
export function ownHouseHomes(text: string, out: Span[]): void {
  for (const note of OWN_HOUSE_NOTES) {
    for (let at = text.indexOf(note); at >= 0; at = text.indexOf(note, at + note.length)) {
      // The note opens its bracket (（自有住房）) or closes a short one (（系自有住房）).
      let open = at - 1;
      while (open >= 0 && at - open <= MAX_NOTE - note.length && text[open] !== '（' && text[open] !== '(') open--;
      if (open < 0 || (text[open] !== '（' && text[open] !== '(')) continue;
      const run = placeRunEndingAt(text, open);
      if (!run || !run.door || !(run.village || run.division) || premisesAt(text, run.start, open)) continue;
      if (!out.some((s) => s.start <= run.start && open <= s.end)) out.push({ start: run.start, end: open });
    }
  }
  dwellerNotes(text, out);
}

/**
 * …设在…组63号站长X家中, …12号村民X家里: a point set up at a door, then whose house it is, in prose with no bracket. The
 * words between the door and 家中 (who lives there) are a few Han characters and no body's. Reads MAX_OWNER back per 家中.
 */
const HOUSE_WORDS = ['家中', '家里'];
const MAX_OWNER = 8;

export function housesNamedAfter(text: string, out: Span[]): void {
  for (const word of HOUSE_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      let q = at;
      while (q > 0 && at - q < MAX_OWNER && text[q - 1] !== '号' && text[q - 1] !== '室' && isHanCode(text.charCodeAt(q - 1))) q--;
      if (q === at || (text[q - 1] !== '号' && text[q - 1] !== '室')) continue;
      const owner = text.slice(q, at);
      if (BODY_PLACE_WORDS.some((w) => owner.includes(w)) || BODY_NAME_ENDS.some((w) => owner.endsWith(w))) continue;
      const run = placeRunEndingAt(text, q);
      if (!run || !run.door || !(run.village || run.division) || BODY_PLACE_WORDS.some((w) => text.slice(run.start, q).includes(w))) continue;
      if (!out.some((s) => s.start <= run.start && q <= s.end)) out.push({ start: run.start, end: q });
    }
  }
}

/**
 * …47号（经营者住所）, …8号（户主住宅）: a short note closing its bracket that calls the place someone's dwelling, as a
 * trader's premises that are also the trader's home. Only a note that ends its bracket: （住所：…） opens a label.
 * A service point kept in someone's house says so the same way (…组63号（站长家中）, …12号（代办员家里）): the station
 * is a body's, the house it stands in a household's.
 */
const DWELLING_NOTE_ENDS = ['住所）', '住宅）', '住所)', '住宅)', '家中）', '家中)', '家里）', '家里)', '住处）', '住处)'];
/** Every word the two passes look for: a text holding none of their characters runs neither. */
export const OWN_HOUSE_WORDS: readonly string[] = [...OWN_HOUSE_NOTES, ...DWELLING_NOTE_ENDS.map((w) => w.slice(0, 2))];

function dwellerNotes(text: string, out: Span[]): void {
  for (const close of DWELLING_NOTE_ENDS) {
    for (let at = text.indexOf(close); at >= 0; at = text.indexOf(close, at + close.length)) {
      let open = at - 1;
      while (open >= 0 && at - open <= MAX_NOTE && text[open] !== '（' && text[open] !== '(') open--;
      if (open < 0 || (text[open] !== '（' && text[open] !== '(')) continue;
      const run = placeRunEndingAt(text, open);
      if (!run || !run.door || !(run.village || run.division)) continue;
      if (!out.some((s) => s.start <= run.start && open <= s.end)) out.push({ start: run.start, end: open });
    }
  }
}
