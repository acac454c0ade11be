/**
 * Rendition HTML → WeChat article HTML. The WeChat editor keeps only inline `style` attributes (no classes, no
 * stylesheets, no scripts), filters <img> whose src is not an mmbiz URL from media/uploadimg, and makes links
 * outside mp.weixin.qq.com unclickable; so every element gets its look inline, images are swapped for their
 * re-hosted URLs, and foreign links become styled text (the portal link goes in "阅读原文" instead).
 *
 * Walks the parsed tree ourselves rather than using sanitize-html's transformTags, which mishandles renamed
 * tags that are later discarded (see channels/rendition/sanitize.ts).
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type DomNode = ReturnType<typeof parseDocument>['children'][number];

const BODY = 'font-size:16px;line-height:1.75;color:#333333;letter-spacing:0.5px;';

const STYLES: Record<string, string> = {
  p: `margin:0 0 1em 0;${BODY}text-align:justify;`,
  h1: 'margin:1.2em 0 0.8em 0;font-size:22px;font-weight:bold;line-height:1.4;color:#b22222;text-align:center;',
  h2: 'margin:1.2em 0 0.6em 0;font-size:19px;font-weight:bold;line-height:1.4;color:#b22222;',
  h3: 'margin:1em 0 0.5em 0;font-size:17px;font-weight:bold;line-height:1.5;color:#333333;',
  h4: 'margin:1em 0 0.5em 0;font-size:16px;font-weight:bold;line-height:1.5;color:#333333;',
  h5: 'margin:0.8em 0 0.4em 0;font-size:16px;font-weight:bold;color:#333333;',
  h6: 'margin:0.8em 0 0.4em 0;font-size:15px;font-weight:bold;color:#555555;',
  blockquote: `margin:1em 0;padding:0.6em 1em;border-left:4px solid #b22222;background-color:#f7f7f7;${BODY}`,
  ul: `margin:0 0 1em 0;padding-left:1.5em;${BODY}`,
  ol: `margin:0 0 1em 0;padding-left:1.5em;${BODY}`,
  li: 'margin:0 0 0.4em 0;',
  table: 'width:100%;margin:0 0 1em 0;border-collapse:collapse;font-size:14px;line-height:1.6;color:#333333;',
  thead: '',
  tbody: '',
  tr: '',
  th: 'padding:6px 8px;border:1px solid #cccccc;background-color:#f2f2f2;font-weight:bold;text-align:center;',
  td: 'padding:6px 8px;border:1px solid #cccccc;',
  strong: 'font-weight:bold;',
  b: 'font-weight:bold;',
  em: 'font-style:italic;',
  i: 'font-style:italic;',
  u: 'text-decoration:underline;',
  sub: '',
  sup: '',
  br: '',
  hr: 'margin:1.5em 0;border:0;border-top:1px solid #dddddd;',
  pre: 'margin:0 0 1em 0;padding:0.8em;background-color:#f7f7f7;font-size:14px;line-height:1.6;white-space:pre-wrap;word-break:break-all;',
  code: 'font-family:Menlo,Consolas,monospace;font-size:14px;',
  span: '',
  section: '',
  figure: 'margin:1em 0;',
  figcaption: 'margin:0.4em 0 0 0;font-size:14px;color:#888888;text-align:center;',
  img: 'display:block;max-width:100%;height:auto;margin:0.8em auto;',
  a: 'color:#576b95;',
};

/** Container-ish tags WeChat has no use for: the children stay, the tag goes. */
const RENAME: Record<string, string> = { div: 'section', article: 'section', main: 'section', header: 'section', footer: 'section' };
const VOID = new Set(['br', 'hr', 'img']);
const DROP = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'noscript', 'template', 'svg', 'video', 'audio', 'head', 'title', 'meta', 'link']);
const ALIGN = /text-align\s*:\s*(left|right|center|justify)/i;

/** Image sources in document order, each once. */
export function collectImageSources(html: string): string[] {
  const doc = parseDocument(html);
  const out: string[] = [];
  for (const el of DomUtils.findAll((e) => e.name === 'img', doc.children)) {
    const src = el.attribs.src?.trim();
    if (src && !out.includes(src)) out.push(src);
  }
  return out;
}

/**
 * @param imageUrl maps an original src to its mmbiz URL; null drops the image (used when only measuring).
 */
export function renderWechatHtml(html: string, imageUrl: (src: string) => string | null): string {
  const doc = parseDocument(html);
  return doc.children.map((n) => renderNode(n, imageUrl)).join('');
}

function renderNode(node: DomNode, imageUrl: (src: string) => string | null): string {
  if (DomUtils.isText(node)) return escapeText(node.data);
  if (!DomUtils.isTag(node)) return '';
  const name = node.name.toLowerCase();
  if (DROP.has(name)) return '';
  const children = () => node.children.map((c) => renderNode(c as DomNode, imageUrl)).join('');
  const tag = RENAME[name] ?? name;
  if (!(tag in STYLES)) return children();

  const attrs: Array<[string, string]> = [];
  let style = STYLES[tag];
  const align = ALIGN.exec(node.attribs.style ?? '') ?? (node.attribs.align ? ALIGN.exec(`text-align:${node.attribs.align}`) : null);
  if (align && tag !== 'img') style += `text-align:${align[1].toLowerCase()};`;

  if (tag === 'img') {
    const src = node.attribs.src?.trim();
    const hosted = src ? imageUrl(src) : null;
    if (!hosted) return '';
    attrs.push(['src', hosted]);
    if (node.attribs.alt) attrs.push(['alt', node.attribs.alt]);
  } else if (tag === 'a') {
    const href = node.attribs.href ?? '';
    // Only links to other WeChat articles stay clickable inside an article.
    if (!isWechatArticleLink(href)) return `<span style="${STYLES.a}">${children()}</span>`;
    attrs.push(['href', href]);
  } else if (tag === 'td' || tag === 'th') {
    for (const span of ['colspan', 'rowspan']) {
      const v = node.attribs[span];
      if (v && /^\d{1,3}$/.test(v)) attrs.push([span, v]);
    }
  }
  if (style) attrs.push(['style', style]);
  const open = `<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`;
  if (VOID.has(tag)) return open;
  return `${open}${children()}</${tag}>`;
}

function isWechatArticleLink(href: string): boolean {
  try {
    const u = new URL(href);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname === 'mp.weixin.qq.com';
  } catch {
    return false;
  }
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
