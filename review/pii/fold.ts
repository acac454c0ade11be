/**
 * Folding for personal data: traditional characters to simplified (當事人陳建斌 → 当事人陈建斌), and the
 * variant province character of plates (陜 → 陕), one UTF-16 unit for one, so every offset found in the
 * folded text is an offset into the original. Built from the gate's shared table (../tradSimp.ts), which
 * leaves out characters whose folding would merge unrelated simplified words.
 */
import { TRAD_SIMP } from '../tradSimp.js';

/** Folded code unit per code unit, 0 where the character stays: one array read per character. */
const FOLD = new Uint16Array(0x10000);
for (const token of TRAD_SIMP.split(/\s+/)) {
  if (token.length === 2) FOLD[token.charCodeAt(0)] = token.charCodeAt(1);
}
/** Variant forms seen on plates and in names that the shared table does not carry. */
// 樓 and 衚衕 are left out of the shared table too (marks have no use for them); a traditional address needs them.
for (const [from, to] of [['陜', '陕'], ['甯', '宁'], ['塚', '冢'], ['樓', '楼'], ['衚', '胡'], ['衕', '同']] as const) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
/**
 * Traditional forms of given-name characters and surnames the shared table leaves out: it was built for the marks
 * and the dictionary's vocabulary, so a name in a traditional mirror (程鈞, 仉銀河's 銀 is there, 鈞 was not) kept a
 * character the name model had never seen. Each traditional form here is no live simplified character of its own.
 */
const NAME_VARIANTS = `
鈞钧 鈺钰 銘铭 鋒锋 銳锐 錚铮 鉉铉 鐸铎 銓铨 鍇锴 鍔锷 鏞镛 釗钊 釧钏 鏢镖 鑲镶 缽钵 鎰镒 鐳镭 鎬镐 釵钗 鈐钤 鉞钺 鑾銮 欽钦 闐阗
閔闵 鵬鹏 鶯莺 鷺鹭 鸞鸾 鵠鹄 鷗鸥 鶚鹗 鵑鹃 驥骥 驊骅 駒驹 騫骞 驄骢 驤骧 鰲鳌 峽峡 竇窦 綱纲 綸纶 纓缨 簫箫 籟籁 諫谏 譚谭 貽贻
穎颖 潁颍 艷艳 豔艳 蔭荫 霽霁 韞韫 詔诏 賢贤 鄴邺 蓀荪 瑩莹 訶诃 詒诒 詡诩 賁贲 頊顼 愷恺 曄晔 煒炜 燁烨 燾焘 瑋玮 璉琏 瓚瓒 禎祯
祿禄 萇苌 謨谟 葦苇 紈纨 綬绶 綠绿 嬋婵 婭娅 嬪嫔 灃沣 瀟潇 瀅滢 灝灏
閆闫 鄔邬 欒栾 鄺邝 龔龚 鮑鲍 諶谌 藺蔺 郟郏 鈄钭 緱缑 酈郦 薊蓟 厙厍 闞阚 繆缪 譙谯`;
for (const token of NAME_VARIANTS.split(/\s+/)) if (token.length === 2 && FOLD[token.charCodeAt(0)] === 0) FOLD[token.charCodeAt(0)] = token.charCodeAt(1);

/** The unit `code` folds to (itself when it stays). */
export function foldedCode(code: number): number {
  return FOLD[code] === 0 ? code : FOLD[code];
}

/** `text` with traditional and variant characters folded; the same length as `text`. */
export function foldForPii(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (FOLD[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const parts: string[] = [text.slice(0, first)];
  let from = first;
  for (let i = first; i < text.length; i++) {
    const to = FOLD[text.charCodeAt(i)];
    if (to === 0) continue;
    parts.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
