/**
 * Dai names (model/dai.ts: 岩温, 玉香, 岩罕香) that open a line or a sentence of prose and speak there (岩温说，…,
 * 玉南告诉记者…): a report quotes the villagers it met so, and the Dai class, read nowhere else in open prose, is
 * safe where a speech verb closes the run at a clause's start. Work is one native search per prefix and a few lookups
 * at each prefix found.
 */
import { isHanCode, unitTable } from './chars.js';
import { DAI_PREFIXES, daiName } from './model/dai.js';
import type { NameCandidate } from './names.js';
import { SPEECH } from './wordNames.js';

const GAP = unitTable([' ', '\u3000', '\t']);
/** After a bare 说 a mark must follow (岩温说，/岩温说：): 说明, 说法 open words. */
const AFTER_SAY = new Set(['，', ',', '：', ':', '“']);
const SENTENCE_END = unitTable(['\n', '。', '！', '？']);

function speaksAt(text: string, p: number): boolean {
  for (const w of SPEECH) {
    if (!text.startsWith(w, p)) continue;
    return w !== '说' || AFTER_SAY.has(text[p + 1]);
  }
  return false;
}

function speakerAt(text: string, p: number): number {
  for (const len of [3, 2]) {
    let han = true;
    for (let k = p; k < p + len; k++) if (!isHanCode(text.charCodeAt(k))) han = false;
    if (han && daiName(text.slice(p, p + len)) && speaksAt(text, p + len)) return len;
  }
  return 0;
}

/** The Dai speakers opening a line or a sentence, at starts no name in `found` takes. */
export function daiSpeakers(text: string, found: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let taken: Set<number> | null = null;
  // Jump from prefix to prefix with the native search and look back for the sentence's start: a walk from every
  // sentence end cost 6 % of the gate on short items, where almost no sentence opens with a Dai prefix.
  for (const prefix of DAI_PREFIXES) {
    for (let p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) {
      let b = p;
      while (b > 0 && GAP[text.charCodeAt(b - 1)] === 1) b--;
      if (b > 0 && SENTENCE_END[text.charCodeAt(b - 1)] !== 1) continue;
      const len = speakerAt(text, p);
      if (len === 0) continue;
      taken ??= new Set(found.map((f) => f.start));
      if (taken.has(p)) continue;
      taken.add(p);
      out.push({ start: p, end: p + len, role: null, surname: '', name: text.slice(p, p + len) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
