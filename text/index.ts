/**
 * Text out of HTML — one module, because the hub needs several answers and each means something different:
 *
 * - `sanitizeBody`: the publishable HTML itself (allowlisted tags and URLs); everything below reads it.
 * - `htmlTextContent` / `rewriteHtmlText`: the gate's text. Every character keeps its source offset so a
 *   finding can be redacted in place; `alt`/`title` count (the public reads them); structure becomes one
 *   "\n" or "\t". Nothing is collapsed: offsets must stay exact.
 * - `htmlToPlainText`: readable text for people — summaries, feed items, text-only channels. Whitespace
 *   collapsed, no blank lines, no attributes.
 * - `visibleTextLength`: what WeChat counts against its body limit (text nodes, whitespace not counted).
 * - `articleLinks`: the portal articles a body links to (the inspection's broken-link rule).
 * - `truncateText` / `singleLine`: the one way the hub shortens text (code points, ending "…").
 * - `stripHiddenControls`: invisible and direction-changing characters out of what is published.
 *
 * The fifth reading lives in SQL, `search_html_text` (migration 0005): the search index is computed by
 * the database from the stored rendition, so it cannot call this module. Inline tags vanish, block tags
 * become a line break — the same segmentation as `htmlToPlainText`; test/oversight/search.test.ts covers
 * both cases.
 */
export { articleLinks } from './links.js';
export { escapeHtmlText, htmlTextContent, rewriteHtmlText, sourceSpan, type HtmlText, type TextChunk, type TextReplacement } from './htmlText.js';
export { stripHiddenControls } from './invisible.js';
export { htmlToPlainText, singleLine, truncateText, visibleTextLength, type PlainTextOptions } from './plain.js';
export { sanitizeBody, type SanitizeOptions } from './sanitize.js';
