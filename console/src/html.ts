/**
 * Showing HTML from the API. The rendition is sanitized by the hub; what an editor wrote is not, so it is
 * rebuilt here from an allowlist (text is kept, everything else dropped) before a reviewer sees it.
 */
const ALLOWED = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'U', 'S', 'A', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'SPAN', 'DIV', 'SUB', 'SUP', 'HR', 'CODE', 'PRE']);
const DROP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT']);

function clean(source: Node, into: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) into.appendChild(doc.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element) {
      if (DROP.has(child.tagName)) continue;
      if (ALLOWED.has(child.tagName)) {
        const copy = doc.createElement(child.tagName);
        const hrefValue = child.getAttribute('href');
        if (child.tagName === 'A' && hrefValue && /^(https?:|\/|#)/i.test(hrefValue)) copy.setAttribute('href', hrefValue);
        clean(child, copy, doc);
        into.appendChild(copy);
      } else clean(child, into, doc);
    }
  }
}

export interface Needle { text: string; className: string; title: string }

/** Wraps every occurrence of each needle in the text nodes in a <mark>. */
function mark(root: Element, needles: Needle[], doc: Document): void {
  const wanted = needles.filter((n) => n.text.length > 0).sort((a, b) => b.text.length - a.text.length);
  if (!wanted.length) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const node of texts) {
    const value = node.data;
    const parts: (string | Needle)[] = [];
    let i = 0;
    let last = 0;
    while (i < value.length) {
      const hit = wanted.find((n) => value.startsWith(n.text, i));
      if (hit) {
        if (i > last) parts.push(value.slice(last, i));
        parts.push(hit);
        i += hit.text.length;
        last = i;
      } else i++;
    }
    if (!parts.some((p) => typeof p !== 'string')) continue;
    if (last < value.length) parts.push(value.slice(last));
    const fragment = doc.createDocumentFragment();
    for (const part of parts) {
      if (typeof part === 'string') fragment.appendChild(doc.createTextNode(part));
      else {
        const m = doc.createElement('mark');
        m.className = `finding ${part.className}`;
        m.title = part.title;
        m.textContent = part.text;
        fragment.appendChild(m);
      }
    }
    node.replaceWith(fragment);
  }
}

export function safeHtml(html: string, needles: Needle[] = []): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = doc.createElement('div');
  clean(doc.body, out, doc);
  mark(out, needles, doc);
  return out.innerHTML;
}

export function plainText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const block of Array.from(doc.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, br, div, tr'))) block.append('\n');
  return (doc.body.textContent ?? '').replace(/\n{2,}/g, '\n').trim();
}
