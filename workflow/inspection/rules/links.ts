import { isUuid } from '../../../store/contents.js';
import { listPortalPages, publishedOnPortal } from '../../../store/inspection.js';
import { articleLinks } from '../../../text/links.js';
import type { Finding, Rule } from '../rule.js';

const PAGE = 200;

/** Reads the published portal pages a page at a time, so the memory used does not grow with the site. */
export const brokenLinks: Rule = async ({ db, publicBaseUrl }) => {
  const findings: Finding[] = [];
  let after: string | null = null;
  for (;;) {
    const pages = await listPortalPages(db, after, PAGE);
    const linked = pages.map((page) => ({ page, links: articleLinks(page.html, publicBaseUrl) }));
    const live = await publishedOnPortal(db, [...new Set(linked.flatMap((l) => l.links.map((x) => x.id)).filter(isUuid))]);
    for (const { page, links } of linked) {
      const seen = new Set<string>();
      for (const link of links) {
        if (live.has(link.id) || seen.has(link.href)) continue;
        seen.add(link.href);
        findings.push({
          rule: 'broken_link', severity: 'warn', unitId: page.unitId, unitCode: page.unitCode, targetType: 'content', targetId: page.contentId,
          message: `「${page.title}」中的链接 ${link.href} 指向的文章未发布或已撤回`, details: { href: link.href, linkedId: link.id },
        });
      }
    }
    if (pages.length < PAGE) break;
    after = pages[pages.length - 1].contentId;
  }
  return findings;
};
