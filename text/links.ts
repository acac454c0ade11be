import { DomUtils, parseDocument } from 'htmlparser2';

/** Links in an article body that point at a portal article: absolute under PUBLIC_BASE_URL, or relative. */
export function articleLinks(html: string, publicBaseUrl: string): { href: string; id: string }[] {
  const base = new URL(`${publicBaseUrl}/`);
  const prefixes = [...new Set([`${base.pathname}articles/`, '/articles/'])];
  const links: { href: string; id: string }[] = [];
  for (const a of DomUtils.findAll((e) => e.name === 'a' && typeof e.attribs.href === 'string', parseDocument(html).children)) {
    const href = a.attribs.href.trim();
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue;
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    if (!prefix) continue;
    const id = decodeURIComponent(url.pathname.slice(prefix.length)).replace(/\/$/, '');
    if (id && !id.includes('/')) links.push({ href, id });
  }
  return links;
}
