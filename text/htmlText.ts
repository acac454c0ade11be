/**
 * The text content of an HTML document, and rewriting it in place.
 *
 * Text content, precisely: the concatenation of all text nodes outside <script> and <style>, in document
 * order, with character references decoded (&amp; → &, &#x4e2d; → 中), and of the values of the attributes
 * that are read to the public — `alt` (shown when an image does not load, read by screen readers, and sent
 * to WeChat with the body) and `title` (shown on hover) — each set on a line of its own where it stands.
 * Comments, CDATA and other attribute values are not text. A line break inside a text node is white space
 * to a browser, so outside preformatted elements it reads as a space (机\n密★ shows as 机 密★). Because a document's structure carries meaning the gate depends on (a header
 * line, a table cell "申请人 | 王建国"), one separator is inserted where structure breaks the text:
 * "\n" at the boundary of a block element or <br>, "\t" between table cells — never two in a row, and
 * never at the very start. These separators are the only characters of the text content that come from
 * no text node; no pii finding can start or end inside one, and redaction never writes them back.
 *
 * Rewriting touches text nodes only: every byte of markup (tags, attributes, comments, script) is copied
 * unchanged, and a run of text that receives a replacement is written back entity-escaped, so the
 * result is exactly as well-formed as the input.
 */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface TextChunk {
  /** Where this chunk's decoded text sits in the text content. */
  textStart: number;
  textEnd: number;
  /** The source range it was decoded from (a plain run of text, or one character reference). */
  srcStart: number;
  srcEnd: number;
  /** An attribute value (the whole value, references decoded): rewritten with attribute escaping. */
  attribute?: boolean;
}

export interface HtmlText {
  text: string;
  chunks: TextChunk[];
}

export interface TextReplacement {
  start: number;
  end: number;
  replacement: string;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'title', 'body', 'html', 'head',
]);
const CELL = new Set(['td', 'th']);
const HIDDEN = new Set(['script', 'style']);
/** Elements whose line breaks are shown as such; elsewhere a source line break is a space. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const SOURCE_LINE_BREAK = /[\n\r\f]/g;
/** Attributes whose values the public reads (see above). */
const TEXT_ATTRIBUTES = new Set(['alt', 'title']);

/**
 * Built on htmlparser2's Tokenizer, not its Parser: the Parser keeps a stack of open elements and
 * searches it on every tag, which is quadratic on hostile input (a megabyte of "<b>"); the tokenizer
 * is a single linear pass and still knows that <script>/<style> contents are raw text.
 */
export function htmlTextContent(html: string): HtmlText {
  let text = '';
  const chunks: TextChunk[] = [];
  let pending = '';
  let hiddenUntil: string | null = null;
  let preformatted = 0;

  const add = (data: string, srcStart: number, srcEnd: number, attribute = false): void => {
    if (hiddenUntil !== null || data.length === 0) return;
    if (pending && text.length > 0 && !text.endsWith('\n') && !text.endsWith(pending)) text += pending;
    pending = '';
    const textStart = text.length;
    text += data;
    chunks.push(attribute ? { textStart, textEnd: text.length, srcStart, srcEnd, attribute } : { textStart, textEnd: text.length, srcStart, srcEnd });
  };
  // The attribute being read, when it is one of TEXT_ATTRIBUTES.
  let attrNameEnd = -1;
  let attrValue = '';
  const boundary = (name: string): void => {
    if (BLOCK.has(name)) pending = '\n';
    else if (CELL.has(name) && pending !== '\n') pending = '\t';
  };
  const noop = (): void => {};

  const callbacks: TokenizerCallbacks = {
    ontext(start, endIndex) {
      const data = html.slice(start, endIndex);
      // A line break in the source of a text node is white space on the page (机\n密★ shows on one line), except
      // in preformatted text; one unit for one, so offsets stay exact.
      add(preformatted === 0 ? data.replace(SOURCE_LINE_BREAK, ' ') : data, start, endIndex);
    },
    ontextentity(cp, endIndex) {
      // A character reference always begins with "&" and contains no other.
      add(String.fromCodePoint(cp), html.lastIndexOf('&', endIndex - 1), endIndex);
    },
    onopentagname(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase();
      if (hiddenUntil === null && HIDDEN.has(name)) hiddenUntil = name;
      if (PREFORMATTED.has(name)) preformatted++;
      boundary(name);
    },
    onclosetag(start, endIndex) {
      const name = html.slice(start, endIndex).toLowerCase();
      if (hiddenUntil === name) hiddenUntil = null;
      if (PREFORMATTED.has(name) && preformatted > 0) preformatted--;
      boundary(name);
    },
    onattribname(start, endIndex) {
      attrNameEnd = TEXT_ATTRIBUTES.has(html.slice(start, endIndex).toLowerCase()) ? endIndex : -1;
      attrValue = '';
    },
    onattribdata(start, endIndex) {
      if (attrNameEnd >= 0) attrValue += html.slice(start, endIndex);
    },
    onattribentity(cp) {
      if (attrNameEnd >= 0) attrValue += String.fromCodePoint(cp);
    },
    onattribend(quote, endIndex) {
      if (attrNameEnd < 0 || quote === QuoteType.NoValue || attrValue.trim() === '') return;
      // The tokenizer reports where the attribute ends; its value starts after `=`, spaces and the quote.
      let p = attrNameEnd;
      while (p < endIndex && html.charCodeAt(p) !== 0x3d) p++;
      p++;
      while (p < endIndex && /\s/.test(html[p])) p++;
      const quoted = quote === QuoteType.Double || quote === QuoteType.Single;
      if (quoted) p++;
      pending = '\n';
      add(attrValue, p, quoted ? endIndex - 1 : endIndex, true);
      pending = '\n';
      attrNameEnd = -1;
    },
    oncdata: noop,
    oncomment: noop,
    ondeclaration: noop,
    onend: noop,
    onopentagend: noop,
    onprocessinginstruction: noop,
    onselfclosingtag: noop,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { text, chunks };
}

/**
 * The source span that the text-content span [start, end) was decoded from: exact inside a plain run of
 * text, widened to the whole reference or attribute value where a unit came from one.
 */
export function sourceSpan(extracted: HtmlText, start: number, end: number): { start: number; end: number } {
  const at = (i: number, edge: 'start' | 'end'): number => {
    const c = extracted.chunks.find((k) => i >= k.textStart && i < k.textEnd) ?? extracted.chunks.find((k) => k.textStart >= i);
    if (!c) return extracted.chunks.length > 0 ? extracted.chunks[extracted.chunks.length - 1].srcEnd : 0;
    const plain = !c.attribute && c.srcEnd - c.srcStart === c.textEnd - c.textStart;
    if (plain && i >= c.textStart) return c.srcStart + (i - c.textStart) + (edge === 'end' ? 1 : 0);
    return edge === 'start' ? c.srcStart : c.srcEnd;
  };
  return { start: at(start, 'start'), end: at(Math.max(start, end - 1), 'end') };
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;', '"': '&quot;', "'": '&#39;' };

/** No-break spaces go back as &nbsp;, which is how editors write them and keeps them visible in source. */
export function escapeHtmlText(s: string): string {
  return s.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]);
}

/** An attribute value, safe inside either kind of quotes. */
function escapeHtmlAttribute(s: string): string {
  return s.replace(/[&<>"'\u00a0]/g, (c) => ESCAPES[c]);
}

/** Applies non-overlapping, sorted replacements (indices into the text content) to the HTML source. */
export function rewriteHtmlText(html: string, extracted: HtmlText, replacements: readonly TextReplacement[]): string {
  const { chunks, text } = extracted;
  const reps = [...replacements].sort((a, b) => a.start - b.start);
  let out = '';
  let srcPos = 0;
  let ri = 0;
  let prevTextEnd = 0;
  let i = 0;
  while (i < chunks.length) {
    // A run: chunks adjacent both in the source and in the text (one text node and its references).
    let j = i;
    // An attribute value is a run of its own: it is escaped differently from the text around it.
    while (!chunks[j].attribute && j + 1 < chunks.length && !chunks[j + 1].attribute && chunks[j + 1].srcStart === chunks[j].srcEnd && chunks[j + 1].textStart === chunks[j].textEnd) j++;
    const runTextStart = chunks[i].textStart;
    const runTextEnd = chunks[j].textEnd;
    const runSrcStart = chunks[i].srcStart;
    const runSrcEnd = chunks[j].srcEnd;
    out += html.slice(srcPos, runSrcStart);
    while (ri < reps.length && reps[ri].end <= prevTextEnd && reps[ri].start < prevTextEnd) ri++;
    let touched = false;
    for (let k = ri; k < reps.length && reps[k].start < runTextEnd; k++) {
      if (reps[k].end > runTextStart || reps[k].start >= prevTextEnd) touched = true;
    }
    if (!touched) {
      out += html.slice(runSrcStart, runSrcEnd);
    } else {
      let s = '';
      let cursor = runTextStart;
      for (let k = ri; k < reps.length && reps[k].start < runTextEnd; k++) {
        const r = reps[k];
        const rs = Math.max(r.start, runTextStart);
        const re = Math.min(Math.max(r.end, rs), runTextEnd);
        if (rs > cursor) s += text.slice(cursor, rs);
        // A replacement is written where it starts; runs it merely continues into only lose their part.
        if (r.start >= prevTextEnd) s += r.replacement;
        cursor = Math.max(cursor, re);
      }
      s += text.slice(cursor, runTextEnd);
      out += chunks[i].attribute ? escapeHtmlAttribute(s) : escapeHtmlText(s);
    }
    while (ri < reps.length && reps[ri].end <= runTextEnd) ri++;
    srcPos = runSrcEnd;
    prevTextEnd = runTextEnd;
    i = j + 1;
  }
  return out + html.slice(srcPos);
}
