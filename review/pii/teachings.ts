/**
 * A figure whose teaching a text holds up (牢记陶行知先生“捧着一颗心来…”的教诲, 学习焦裕禄同志的精神): a historical or
 * exemplary person quoted as a source of sayings, whom the corpus labels a decoy, not a private person. Read by the
 * frame rather than a list of figures: after the name, an optional title and an optional quotation, 的 and a word for a
 * teaching. A private person's words are reported (X说, X表示), not held up as 教诲 or 名言.
 */
const TITLES = ['老先生', '先生', '同志', '老师'];
const TEACHINGS = ['教诲', '名言', '箴言', '遗训', '格言', '名句', '诗句', '教育思想', '精神'];
/** 精神 ends the phrase as a spirit held up (学习X同志的精神，); a word after it (精神状态, 精神面貌) is a person's state. */
const SPIRIT = '精神';
/** The longest quotation read between the name and 的: a saying, not a paragraph. */
const QUOTE_MAX = 40;

/**
 * True when the name ending at `e` is followed by the frame of a teaching held up. Reads at most QUOTE_MAX + 10 units.
 * Without a quotation the title's frame (同志的精神, 老师的教诲) also praises private people, so it holds only for a
 * `publicFigure`.
 */
export function teachingAfter(text: string, e: number, publicFigure = false): boolean {
  let p = e;
  const title = TITLES.find((t) => text.startsWith(t, p));
  if (title !== undefined) p += title.length;
  if (text[p] === '“' || text[p] === '"') {
    // Bounded: a quotation never closed must not send every candidate to the end of the text.
    const close = text.slice(p + 1, p + QUOTE_MAX + 1).indexOf(text[p] === '“' ? '”' : '"');
    if (close < 0) return false;
    p += close + 2;
  } else if (title === undefined || !publicFigure) return false; // 学习王建国同志的精神: a private hero, unless a known figure
  if (text[p] !== '的') return false;
  const word = TEACHINGS.find((w) => text.startsWith(w, p + 1));
  if (word === undefined) return false;
  const after = text.charCodeAt(p + 1 + word.length);
  return word !== SPIRIT || !(after >= 0x4e00 && after <= 0x9fff);
}
