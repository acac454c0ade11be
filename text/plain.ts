import { DomUtils, Parser, parseDocument } from 'htmlparser2';

/*
 * Readable text of HTML, for people: summaries, feeds, text-only channels and platform length limits.
 * (The gate's text, where every character keeps its source offset, is htmlText.ts.)
 */

export interface PlainTextOptions {
  /** Cut to at most this many characters (code points), ending with "…" when cut. */
  maxLength?: number;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'figure', 'figcaption', 'hr', 'address', 'form', 'fieldset',
]);
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'head', 'iframe', 'object', 'embed', 'svg', 'math',
  'textarea', 'select', 'option', 'button',
]);
const CELL_TAGS = new Set(['td', 'th']);

/** Han, kana, Hangul and full-width punctuation: scripts written without spaces between words. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/u;

/** Runs of whitespace, except the narrow no-break space (U+202F) that attaches a Mongolian case suffix to its word. */
const WHITESPACE_RUN = /[^\S\u202F]+/g;

/**
 * Collapses a line's whitespace. A source line break between two CJK characters is an artefact of how the
 * HTML was wrapped, not a word space, so it disappears (as CSS Text 3 does for segment breaks) instead of
 * turning "政府\n信息" into "政府 信息" and costing a Weibo character.
 */
function collapseLine(line: string): string {
  // U+202F is not collapsed: it binds a Mongolian case suffix to its word (ᠣᠨ ᠤ), and is part of the spelling.
  return line
    .replace(WHITESPACE_RUN, (ws, offset: number, whole: string) => {
      if (/[\n\r]/.test(ws)) {
        const before = whole[offset - 1] ?? '';
        const after = whole[offset + ws.length] ?? '';
        if (CJK.test(before) && CJK.test(after)) return '';
      }
      return ' ';
    })
    .trim();
}

/**
 * Cuts to at most `maxLength` code points (never splitting a surrogate pair), ending with "…" when cut.
 * The one truncation of the hub: summaries, feed items and the WeChat digest all count code points.
 */
export function truncateText(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  if (maxLength <= 0) return '';
  return chars.slice(0, maxLength - 1).join('').trimEnd() + '…';
}

/** All whitespace runs, line breaks included, as one space: a one-line summary or digest. */
export function singleLine(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Text of an HTML fragment for summaries and text-only channels: entities decoded, scripts and styles
 * ignored, block elements and `<br>` as line breaks, whitespace collapsed, no blank lines.
 */
export function htmlToPlainText(html: string, options: PlainTextOptions = {}): string {
  // Segments are separated by "\u0000" (a hard break) so collapsing can still see source newlines.
  let out = '';
  let skipDepth = 0;
  const hardBreak = () => {
    out += '\u0000';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || SKIP_TAGS.has(name)) {
          // Void elements never reach onclosetag in a way that matters here: none of SKIP_TAGS is void.
          skipDepth++;
          return;
        }
        if (name === 'br' || BLOCK_TAGS.has(name)) hardBreak();
        else if (CELL_TAGS.has(name)) out += ' ';
      },
      ontext(text) {
        if (skipDepth === 0) out += text;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (BLOCK_TAGS.has(name)) hardBreak();
        else if (CELL_TAGS.has(name)) out += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .split('\u0000')
    .map(collapseLine)
    .filter((line) => line.length > 0)
    .join('\n');
  return options.maxLength !== undefined ? truncateText(text, options.maxLength) : text;
}

/**
 * What WeChat's "少于2万字符" counts, as far as its editor shows: every text node of the body, whitespace
 * not counted, in code points.
 */
export function visibleTextLength(html: string): number {
  return [...DomUtils.textContent(parseDocument(html).children).replace(/\s+/g, '')].length;
}
