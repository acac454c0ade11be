/**
 * Context around a match, read on the original text in windows of bounded size so that the whole
 * wording pass stays linear: no check looks further than WINDOW units from its match.
 */
import { isBlank } from '../pii/chars.js';
import type { OutdatedEntry, TypoContext } from './types.js';

const WINDOW = 30;

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '\r']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '、', '：', ':', '）', ')']);

/** Index of the first non-blank unit at or after `i` (text.length when none within the window). */
function skipBlanksForward(text: string, i: number): number {
  const stop = Math.min(text.length, i + WINDOW);
  while (i < stop && isBlank(text[i])) i++;
  return i;
}

function skipBlanksBack(text: string, i: number): number {
  const stop = Math.max(0, i - WINDOW);
  while (i > stop && isBlank(text[i - 1])) i--;
  return i;
}

/** Up to `n` units before `at`, cut at the nearest clause end (context never reaches into another clause). */
function clauseBefore(text: string, at: number, n: number): string {
  let a = at;
  while (a > 0 && at - a < n && !CLAUSE_END.has(text[a - 1])) a--;
  return text.slice(a, at);
}

function clauseAfter(text: string, at: number, n: number): string {
  let b = at;
  while (b < text.length && b - at < n && !CLAUSE_END.has(text[b])) b++;
  return text.slice(at, b);
}

/** The sentence around [start, end), clipped to WINDOW units either side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const lo = Math.max(0, start - WINDOW);
  while (a > lo && !SENTENCE_END.has(text[a - 1])) a--;
  let b = end;
  const hi = Math.min(text.length, end + WINDOW);
  while (b < hi && !SENTENCE_END.has(text[b])) b++;
  return text.slice(a, b);
}

const DATE_START = /^(?:[0-9０-９〇零一二三四五六七八九十两]|目前|今年|今天|今日|本月|本年|本周|本季|当前|上年|上月|去年|年底|年末|月底|发稿|当日|当天|昨日|昨天|日前|此前)/;
const CLAUSE_END_NOUN = /^(?:日期|时间|期限)/;
const ONLINE = /网站|系统|账号|帐号|平台|网址|官网|客户端|用户名|密码|邮箱|网页|页面|小程序|app|门户|公众号|网上/i;
const RESOLVE = /^(?:允许|姑息|手软|退缩|让步|放过|动摇|回头)/;

/** Whether a typo entry with context rule `rule` applies to the match [start, end) of `text`. */
export function typoApplies(rule: TypoContext | null, text: string, start: number, end: number, quoted: boolean): boolean {
  switch (rule) {
    case null:
      return true;
    case 'date_follows':
      return DATE_START.test(text.slice(skipBlanksForward(text, end), end + WINDOW));
    case 'clause_end': {
      const next = skipBlanksForward(text, end);
      return next >= text.length || CLAUSE_END.has(text[next]) || CLAUSE_END_NOUN.test(text.slice(next, next + 2));
    }
    case 'online':
      return ONLINE.test(clauseBefore(text, start, 8)) || ONLINE.test(clauseAfter(text, end, 8));
    case 'style':
      return !quoted;
    case 'resolve':
      return RESOLVE.test(text.slice(skipBlanksForward(text, end), end + 4));
  }
}

/** Just before an old name, these say the text is about the past (原国土资源部, 前身为…). */
const HISTORY_PREFIX = /(?:原|曾|前身|前身为|前身是|原来的|原为|曾为|曾任|改革前的|原属|时任)[“"「]?$/;
/** In the same sentence, these describe the reform itself rather than use the old name as current. */
const HISTORY_CUES = /更名|改为|组建|撤销|不再保留|整合|划入|并入|合并|改革前|机构改革|挂牌|转制/;
const YEAR = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?/g;
/** A generic word that merely contains a short ministry name: 农业部门, 建设部分, 人事部署. */
const NOT_A_NAME_AFTER = new Set(['门', '分', '署', '位', '件', '落', '队', '属', '首']);

/**
 * Whether an old name at [start, end) is used as current: false when it is cited as history (inside
 * a 《》 title, after 原/曾/前身, in a sentence about the reform, or with a year before it ceased), or
 * when it is only part of a generic word.
 */
export function usedAsCurrent(entry: OutdatedEntry, text: string, start: number, end: number, inTitle: boolean): boolean {
  if (inTitle) return false;
  if (entry.term.endsWith('部') && NOT_A_NAME_AFTER.has(text[end] ?? '')) return false;
  if (entry.term.length <= 3 && /企业|集团|公司$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  const before = text.slice(Math.max(0, skipBlanksBack(text, start) - 6), skipBlanksBack(text, start));
  if (HISTORY_PREFIX.test(before)) return false;
  const sentence = sentenceAround(text, start, end);
  return !HISTORY_CUES.test(sentence) && !datesBefore(sentence, entry.ceasedOn);
}

/** Whether `sentence` names a year (and month) before `day` (YYYY-MM-DD): then it tells of that time. */
function datesBefore(sentence: string, day: string): boolean {
  const [cy, cm] = day.split('-').map(Number);
  for (const m of sentence.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y < cy || (y === cy && m[2] !== undefined && Number(m[2]) < cm)) return true;
  }
  return false;
}

/** Before a former leader's title: 时任副市长, 原副市长, 前任局长 tell of the past. */
const FORMER_PREFIX = /(?:时任|原任|原|曾任|前任|前)$/;

/**
 * Whether a former leader's title at [titleStart, end) is written as if still held: not after 时任/原/曾任,
 * and with no date in the sentence from before they left (`leftOn`, their last day).
 */
export function heldAsCurrent(text: string, titleStart: number, end: number, leftOn: string): boolean {
  if (FORMER_PREFIX.test(text.slice(Math.max(0, titleStart - 2), titleStart))) return false;
  return !datesBefore(sentenceAround(text, titleStart, end), leftOn);
}

/**
 * Tracks, for increasing positions, whether a position is inside 《…》 or inside quotation marks.
 * One forward pass in total over all queries of a scan.
 */
export class QuoteTracker {
  private title = 0;
  private quote = 0;
  /** Index of the next mark not yet applied (text.length when none): each mark is searched for once. */
  private next = -1;
  /** Jumps from mark to mark (a native regex search) instead of visiting every unit in between. */
  private readonly marks = /[《》〈〉“”「」『』\n]/g;
  constructor(private readonly text: string) {}

  private seek(from: number): void {
    this.marks.lastIndex = from;
    const m = this.marks.exec(this.text);
    this.next = m === null ? this.text.length : m.index;
  }

  /** Advances to `at` (must not decrease between calls). */
  at(at: number): { inTitle: boolean; quoted: boolean } {
    if (this.next < 0) this.seek(0);
    while (this.next < at) {
      const c = this.text[this.next];
      if (c === '《' || c === '〈') this.title++;
      else if ((c === '》' || c === '〉') && this.title > 0) this.title--;
      else if (c === '“' || c === '「' || c === '『') this.quote++;
      else if ((c === '”' || c === '」' || c === '』') && this.quote > 0) this.quote--;
      else if (c === '\n') this.title = this.quote = 0; // an unclosed mark does not run past its paragraph
      this.seek(this.next + 1);
    }
    return { inTitle: this.title > 0, quoted: this.title > 0 || this.quote > 0 };
  }
}
