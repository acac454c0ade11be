import sanitizeHtml from 'sanitize-html';
import { DomUtils, Parser, parseDocument } from 'htmlparser2';

/** domhandler's Element, named through htmlparser2 so we depend on one package, not its internals. */
type Element = Parameters<Parameters<typeof DomUtils.findAll>[0]>[0];

export interface SanitizeOptions {
  /**
   * Absolute URL that relative links and image sources are resolved against. Without it they are dropped:
   * the same HTML goes to WeChat and Weibo, where a relative URL points nowhere.
   */
  baseUrl?: string;
}

/**
 * Not an allowed tag, so sanitize-html unwraps it: the text stays, the tag goes. Renaming happens in
 * prepare() and never in sanitize-html's transformTags, because sanitize-html 2.17 forgets to clear its
 * rename bookkeeping when a transformed tag is discarded, and then closes the next sibling with the
 * wrong tag name.
 */
const UNWRAP = 'tongfa-unwrap';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['http:', 'https:'];

/**
 * Returns the URL in absolute form when its scheme is allowed, otherwise null. Parsing with the WHATWG URL
 * parser (rather than matching the string) sees through the tricks browsers accept: tabs or newlines inside
 * `java\tscript:`, leading control characters, backslashes for slashes, entity-encoded schemes (already
 * decoded by the parser before we get here).
 */
function allowedUrl(raw: string | undefined, schemes: readonly string[], baseUrl: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = raw.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    if (!baseUrl) return null;
    try {
      url = new URL(value, baseUrl);
    } catch {
      return null;
    }
  }
  if (!schemes.includes(url.protocol)) return null;
  return url.href;
}

/** Only plain pixel counts: `width="100%"` or `width="expression(...)"` have no business in a body. */
function dimension(value: string | undefined): string | undefined {
  return value !== undefined && /^\s*\d{1,4}\s*$/.test(value) ? value.trim() : undefined;
}

function span(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? String(n) : undefined;
}

function defined(attribs: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attribs)) if (v !== undefined) out[k] = v;
  return out;
}

const sanitizeOptions: sanitizeHtml.IOptions = (() => {
  const cell: sanitizeHtml.Transformer = (tagName, attribs) => ({
    tagName,
    attribs: defined({
      colspan: span(attribs.colspan),
      rowspan: span(attribs.rowspan),
      // scope is what lets a screen reader announce the header of a data cell.
      scope: tagName === 'th' && /^(row|col|rowgroup|colgroup)$/.test(attribs.scope ?? '') ? attribs.scope : undefined,
    }),
  });
  return {
    allowedTags: [
      'p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'blockquote',
      'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
      // Footnote marks and units (m², 10⁻³) appear in statistics and budgets.
      'sub', 'sup',
      'a', 'img',
    ],
    allowedAttributes: {
      a: ['href', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedClasses: {},
    allowedStyles: {},
    // Second line of defence behind allowedUrl: sanitize-html re-checks every href/src it emits.
    allowedSchemes: [],
    allowedSchemesByTag: { a: ['http', 'https', 'mailto'], img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    allowedIframeHostnames: [],
    disallowedTagsMode: 'discard',
    // Disallowed tags are unwrapped; for these the content is code or chrome, never article text.
    nonTextTags: [
      'script', 'style', 'textarea', 'option', 'select', 'noscript', 'template', 'title', 'head',
      'iframe', 'object', 'embed', 'xmp', 'noembed', 'noframes', 'button', 'svg', 'math',
    ],
    transformTags: {
      // The page owns the only h1; the body's headings start one level down.
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      // URLs were vetted and made absolute in prepare(); here only the attributes we emit are chosen.
      a: (tagName, attribs) => ({ tagName, attribs: defined({ href: attribs.href, rel: 'noopener noreferrer' }) }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: defined({
          src: attribs.src,
          alt: attribs.alt,
          width: dimension(attribs.width),
          height: dimension(attribs.height),
        }),
      }),
      th: cell,
      td: cell,
    },
  };
})();

const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center']);
const BLOCK_CONTENT = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'dl', 'hr',
  'figure', 'form', ...WRAPPERS,
]);

function hasBlockDescendant(el: Element): boolean {
  return DomUtils.findOne((e) => BLOCK_CONTENT.has(e.name), el.children, true) !== null;
}

/**
 * A DOM pass before sanitize-html, for the decisions that need more than one tag at a time.
 *
 * Editors paste from word processors and rich-text boxes that wrap every line in a `<div>`. Dropping the
 * wrappers would run the lines together; renaming them all to `<p>` would nest paragraphs. So a wrapper
 * that holds only inline content becomes a paragraph, and one that holds blocks is unwrapped.
 *
 * Links and images are resolved here too: a link with an unusable href keeps its text, an image with an
 * unusable src disappears.
 */
function prepare(html: string, baseUrl: string | undefined): string {
  const doc = parseDocument(html, { decodeEntities: true });
  for (const el of DomUtils.findAll((e) => WRAPPERS.has(e.name), doc.children)) {
    el.name = hasBlockDescendant(el) ? UNWRAP : 'p';
  }
  for (const el of DomUtils.findAll((e) => e.name === 'a', doc.children)) {
    const href = allowedUrl(el.attribs.href, LINK_SCHEMES, baseUrl);
    if (href) el.attribs = { href };
    else {
      el.name = UNWRAP;
      el.attribs = {};
    }
  }
  for (const el of DomUtils.findAll((e) => e.name === 'img', doc.children)) {
    const src = allowedUrl(el.attribs.src, IMAGE_SCHEMES, baseUrl);
    if (src) el.attribs.src = src;
    else DomUtils.removeElement(el);
  }
  return DomUtils.getOuterHTML(doc.children, { encodeEntities: 'utf8' });
}

/**
 * The body of a government article reduced to a strict allowlist: structure, emphasis, tables, links and
 * images over http(s) only. No styles, classes, ids, event handlers, scripts, frames or forms survive;
 * the content of `<script>`/`<style>` is dropped, not shown as text.
 */
export function sanitizeBody(html: string, options: SanitizeOptions = {}): string {
  return sanitizeHtml(prepare(html, options.baseUrl), sanitizeOptions)
    .replace(/<p>(?:\s|&nbsp;|<br \/>)*<\/p>/g, '')
    .trim();
}

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

/**
 * Collapses a line's whitespace. A source line break between two CJK characters is an artefact of how the
 * HTML was wrapped, not a word space, so it disappears (as CSS Text 3 does for segment breaks) instead of
 * turning "政府\n信息" into "政府 信息" and costing a Weibo character.
 */
function collapseLine(line: string): string {
  // U+202F is not collapsed: it binds a Mongolian case suffix to its word (ᠣᠨ ᠤ), and is part of the spelling.
  return line
    .replace(/[^\S\u202F]+/g, (ws, offset: number, whole: string) => {
      if (/[\n\r]/.test(ws)) {
        const before = whole[offset - 1] ?? '';
        const after = whole[offset + ws.length] ?? '';
        if (CJK.test(before) && CJK.test(after)) return '';
      }
      return ' ';
    })
    .trim();
}

/** Cuts to at most `maxLength` code points (never splitting a surrogate pair), ending with "…" when cut. */
export function truncateText(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  if (maxLength <= 0) return '';
  return chars.slice(0, maxLength - 1).join('').trimEnd() + '…';
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
