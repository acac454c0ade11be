import { createHash } from 'node:crypto';
import { beijingDate, beijingDateTime } from '../../time/beijing.js';
import { sanitizeBody, truncateText } from '../../text/index.js';
import { html, trustedHtml, type HtmlValue, type SafeHtml } from './html.js';

/*
 * Portal (一网) pages: plain server-rendered HTML that works without JavaScript, web fonts, images or any
 * other request. Every page has the same skeleton — skip link, <header>/<nav>, <main id="main">, <footer> —
 * and exactly one <h1>, which is what screen-reader users jump to first.
 *
 * Internal links are root-relative so that a page works on whatever host serves it; article links use the
 * publication's own `url`, which the caller builds from PUBLIC_BASE_URL.
 */

export interface SiteInfo {
  siteName: string;
  /** Absolute origin (and optional path) of the portal, for canonical links. */
  baseUrl: string;
  /** Top-level categories for the main navigation; without them the navigation holds home and search. */
  navCategories?: readonly CategoryView[];
  /** The site's identity for the footer (主办单位, 网站标识码 …); labels are shown even when values are unset. */
  identity?: SiteIdentityView;
  /** 长辈版 (elder-friendly mode) is on for this visitor. */
  elder?: boolean;
  /** Path and query of the page being rendered: where the 长辈版 toggle comes back to. */
  requestPath?: string;
  /** Where the ᠮᠣᠩᠭᠣᠯ switch leads: the item's Mongolian page when it has one, else the Mongolian home /mn/. */
  mongolianHref?: string;
}

/** What a government site's footer must carry (国办发〔2017〕47号 政府网站发展指引). */
export interface SiteIdentityView {
  sponsor: string;
  organizer: string;
  siteCode: string;
  icpNumber: string;
  psbNumber: string;
  psbLink: string | null;
}

/** 信息索引 as the article page and the feeds show it. Dates are YYYY-MM-DD (Beijing). */
export interface InfoBoxView {
  indexNumber: string;
  issuingBody: string;
  documentNumber: string | null;
  writtenOn: string | null;
  topic: string | null;
  validity: 'valid' | 'expired' | 'repealed';
  validityDate: string | null;
}

export interface AttachmentView {
  name: string;
  url: string;
  /** Short type label, e.g. PDF, DOCX. */
  type: string;
  size: number;
}

/** 更正说明 of an item corrected in place after publication. */
export interface CorrectionView {
  note: string;
  at: Date;
}

export const VALIDITY_TEXT = { valid: '有效', expired: '失效', repealed: '废止' } as const;

/** The prominent sentence above a document that is no longer in force (also on its Mongolian page); null while valid. */
export function validityNotice(info: Pick<InfoBoxView, 'validity' | 'validityDate'>): string | null {
  if (info.validity === 'valid') return null;
  const word = VALIDITY_TEXT[info.validity];
  return `本文件已${word}${info.validityDate ? `（${word}日期：${info.validityDate}）` : ''}，仅供查阅参考。`;
}

export interface CategoryView {
  code: string;
  name: string;
  parentCode?: string | null;
  description?: string | null;
}

/** A line in a list of articles (home, category, search). */
export interface ArticleSummary {
  id: string;
  title: string;
  url: string;
  publishedAt: Date;
  unitName?: string;
  categoryCode?: string;
  categoryName?: string;
  summary?: string | null;
}

export interface LinkView {
  title: string;
  url: string;
}

export interface ArticleView {
  id: string;
  title: string;
  /** Sanitized, de-identified HTML of the published revision. */
  html: string;
  publishedAt: Date;
  /** When the published text last changed, if after publication. */
  updatedAt?: Date | null;
  unitName: string;
  categoryCode: string;
  categoryName: string;
  url: string;
  revision: number;
  /** The 政策解读 of this policy, shown beside it as the disclosure rules ask. */
  interpretation?: LinkView | null;
  /** For an interpretation: the policy it explains. */
  interprets?: LinkView | null;
  /** Ancestors of the article's category, root first, for the breadcrumb. */
  categoryAncestors?: readonly CategoryView[];
  /** 信息索引; without it the short meta line is shown instead. */
  infoIndex?: InfoBoxView | null;
  attachments?: readonly AttachmentView[];
  /** Corrections made in place, oldest first. */
  corrections?: readonly CorrectionView[];
}

export interface HomeSection {
  category: CategoryView;
  items: readonly ArticleSummary[];
}

export interface PageInfo {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  /** The total is an estimate (a search for a very common word): shown rounded, as 约. */
  estimated?: boolean;
}

/** 共 128 条, or for an estimate 约 45000 rounded to two significant figures: more digits would be false precision. */
function totalText(page: PageInfo): string {
  if (!page.estimated || page.total < 100) return `${page.total}`;
  const unit = 10 ** (Math.floor(Math.log10(page.total)) - 1);
  return `约 ${Math.round(page.total / unit) * unit}`;
}

export const portalPaths = {
  home: '/',
  category: (code: string, page = 1): string => withPage(`/categories/${encodeURIComponent(code)}`, page),
  search: (query: string, page = 1): string =>
    query ? withPage(`/search?q=${encodeURIComponent(query)}`, page) : '/search',
  jsonFeed: '/feed.json',
  rssFeed: '/feed.xml',
  siteMap: '/sitemap',
  contact: '/contact',
  apply: '/apply',
  applyTrack: '/apply/track',
  messages: '/messages',
  newMessage: '/messages/new',
  messageTrack: '/messages/track',
  attachment: (id: string, name: string): string => `/attachments/${id}/${encodeURIComponent(name)}`,
  /** Sets or clears the 长辈版 cookie and comes back to `back` (a local path). */
  elderMode: (on: boolean, back: string): string => `/elder-mode?on=${on ? 1 : 0}&back=${encodeURIComponent(back)}`,
} as const;

function withPage(path: string, page: number): string {
  if (page <= 1) return path;
  return `${path}${path.includes('?') ? '&' : '?'}page=${page}`;
}

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1f1f1f;background:#fff;font:1rem/1.75 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
a{color:#0b4f9c;text-underline-offset:.15em}
a:visited{color:#5a2d8c}
a:hover{color:#07335f}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px;border-radius:2px}
a:focus-visible,button:focus-visible,input:focus-visible{box-shadow:0 0 0 5px #fff}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
.skip-link{position:absolute;left:.5rem;top:-10rem;z-index:10;padding:.5rem 1rem;background:#fff;color:#0b4f9c;font-weight:700;border:2px solid #0b4f9c}
.skip-link:focus{top:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.site-header{border-top:4px solid #b31b1b;border-bottom:1px solid #d6d6d6}
.site-header>.wrap{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem}
.site-name{font-size:1.375rem;font-weight:700;color:#8c1515;text-decoration:none}
.site-name:visited{color:#8c1515}
.site-nav{background:#f4f4f4;border-bottom:1px solid #d6d6d6}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0 auto;padding:.5rem 1rem}
.site-nav li{white-space:nowrap}
.mode-switch{font-weight:600}
.lang-switch{font-weight:600;font-family:"Noto Sans Mongolian","Mongolian Baiti","Menk Qagan Tig",sans-serif}
@media (max-width:40rem){.site-nav ul{flex-wrap:nowrap;overflow-x:auto;gap:1rem}.site-header>.wrap{justify-content:flex-start}form.search input[type=search]{min-width:0;flex:1}form.search{width:100%}}
.site-nav a{display:inline-block;padding:.125rem 0;color:#1f1f1f;text-decoration:none;font-weight:600}
.site-nav a[aria-current]{color:#8c1515;text-decoration:underline;text-decoration-thickness:3px}
.site-nav a:hover{text-decoration:underline}
form.search{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
input[type=search]{font:inherit;padding:.3rem .5rem;border:1px solid #6b6b6b;border-radius:2px;min-width:12rem}
button{font:inherit;padding:.3rem 1rem;border:1px solid #0b4f9c;border-radius:2px;background:#0b4f9c;color:#fff;cursor:pointer}
.breadcrumb ol{display:flex;flex-wrap:wrap;list-style:none;margin:.75rem 0 0;padding:0;font-size:.9rem;color:#4a4a4a}
.breadcrumb li+li::before{content:"›";padding:0 .5rem;color:#6b6b6b}
main{display:block;padding-top:1rem;padding-bottom:2.5rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.4;margin:.5rem 0 1rem}
h2{font-size:1.3rem;line-height:1.4;margin:1.75rem 0 .75rem}
h3{font-size:1.1rem}
.lead{color:#4a4a4a}
.sections{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:0 2rem}
.items{list-style:none;margin:0;padding:0}
.items li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;padding:.4rem 0;border-bottom:1px dashed #d6d6d6}
.items .meta{color:#4a4a4a;font-size:.9rem;white-space:nowrap}
.items .summary{flex-basis:100%;margin:.25rem 0 0;color:#4a4a4a;font-size:.95rem}
.more{margin:.5rem 0 0;text-align:right}
.article-meta{display:flex;flex-wrap:wrap;gap:.25rem 2rem;margin:0 0 1.5rem;padding:.75rem 1rem;background:#f7f7f7;border:1px solid #e3e3e3}
.article-meta div{display:flex;gap:.5rem}
.article-meta dt{color:#4a4a4a}
.article-meta dd{margin:0}
.article-body{overflow-x:auto;font-size:1.0625rem}
.article-body img{max-width:100%;height:auto}
.article-body table{border-collapse:collapse;margin:1rem 0}
.article-body th,.article-body td{border:1px solid #8a8a8a;padding:.25rem .5rem;vertical-align:top}
.article-body blockquote{margin:1rem 0;padding:0 1rem;border-left:4px solid #d6d6d6}
.related{margin-top:2rem;padding:0 1rem 1rem;border:1px solid #e3e3e3}
.pagination{margin-top:1.5rem}
.pagination ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.pagination a,.pagination span{display:inline-block;min-width:2.5rem;padding:.25rem .6rem;text-align:center;border:1px solid #d6d6d6}
.pagination [aria-current]{background:#0b4f9c;border-color:#0b4f9c;color:#fff;font-weight:700}
.pagination .gap{border-color:transparent}
mark{background:#fff1a8;color:inherit}
.form{max-width:40rem}.form .field{margin:0 0 1rem}.form label{display:block;font-weight:600;margin-bottom:.25rem}
.form input:not([type=search]),.form select,.form textarea{font:inherit;width:100%;padding:.4rem .5rem;border:1px solid #6b6b6b;border-radius:2px}
.form .hint{color:#4a4a4a;font-size:.9rem;margin:.25rem 0 0}.form-error{border:2px solid #b31b1b;padding:.5rem 1rem;color:#8c1515}
.receipt{border:2px solid #0b6b2f;padding:.5rem 1rem}.receipt dd,.record dd{margin:0 0 .5rem;font-weight:600}
.record{border-bottom:1px solid #d6d6d6;padding-bottom:1rem}
.site-footer{border-top:1px solid #d6d6d6;background:#f4f4f4;color:#4a4a4a;font-size:.9rem;padding:1rem 0 2rem}
.site-footer ul{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;margin:0;padding:0}
.site-footer a{color:#0b4f9c}
.identity{display:flex;flex-wrap:wrap;gap:0 1.5rem;margin:.75rem 0 0}
.identity div{display:flex;gap:.25rem}
.identity dd{margin:0}
.info-box{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.25rem 2rem;margin:0 0 1.5rem;padding:.75rem 1rem;background:#f7f7f7;border:1px solid #c9c9c9}
.info-box div{display:flex;gap:.5rem}
.info-box dt{color:#4a4a4a;min-width:4.5em}
.info-box dd{margin:0;word-break:break-all}
.validity-notice{margin:0 0 1rem;padding:.75rem 1rem;border:2px solid #a30000;background:#fff0f0;color:#8a0000;font-weight:700;font-size:1.125rem}
.correction{margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid #8a5a00;background:#fff8e6}
.attachments{margin-top:2rem}
.attachments ul{padding-left:1.25rem}
.attachments .meta{color:#4a4a4a;font-size:.9rem}
html.elder{font-size:137.5%}
.elder body{color:#000;line-height:1.9}
.elder a{color:#00307a;text-decoration:underline;text-decoration-thickness:2px}
.elder a:visited{color:#4b1a7a}
.elder .site-name,.elder .site-name:visited{color:#7a0000}
.elder .site-nav{background:#fff;border-bottom:3px solid #000}
.elder .site-nav a{color:#000}
.elder .site-nav ul{flex-wrap:wrap;overflow-x:visible}
.elder .sections{display:block}
.elder .items li{display:block;padding:.75rem 0;border-bottom:1px solid #000}
.elder .items .meta,.elder .lead,.elder .breadcrumb ol,.elder .info-box dt,.elder .attachments .meta{color:#000}
.elder .items .meta{white-space:normal;display:block}
.elder .items .summary{display:none}
.elder .site-footer{background:#fff;color:#000;border-top:3px solid #000}
.elder .site-footer a{color:#00307a}
.elder .info-box{background:#fff;border:2px solid #000;grid-template-columns:1fr}
.elder :focus-visible{outline:4px solid #000}
.elder button{padding:.5rem 1.25rem;background:#00307a;border-color:#00307a}
@media print{.skip-link,.site-nav,form.search,.pagination,.site-footer{display:none}a{color:inherit}}
`.trim();

/**
 * CSP source for the inline stylesheet. The server can send `style-src 'sha256-…'` instead of
 * `'unsafe-inline'`, so that injected style attributes or tags are refused as well as scripts.
 */
export const PORTAL_STYLE_CSP_SOURCE = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;

/**
 * A ready-made policy for portal pages: no scripts at all, only our stylesheet, images from the hub
 * itself or over https (a plain-http image on a government page is mixed content, and lets anyone on the
 * path swap it).
 */
export const PORTAL_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${PORTAL_STYLE_CSP_SOURCE}`,
  "img-src 'self' https:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface Crumb {
  label: string;
  href?: string;
}

interface LayoutOptions {
  /** The <title> before the site name; also the h1 unless the body brings its own. */
  title: string;
  main: SafeHtml;
  path?: string;
  /** Overrides the canonical URL derived from `path` (articles have their own published URL). */
  canonical?: string;
  breadcrumb?: readonly Crumb[];
  /** Navigation entry to mark with aria-current. */
  current?: string;
  /** The search page has its own form; a second one in the header would only repeat it. */
  headerSearch?: boolean;
  noindex?: boolean;
  prev?: string | null;
  next?: string | null;
}

function absolute(site: SiteInfo, path: string): string {
  return site.baseUrl.replace(/\/+$/, '') + path;
}

/** The article's own URL made absolute, or null when neither it nor the site's base URL parse. */
function articleUrl(site: SiteInfo, url: string): URL | null {
  try {
    return new URL(url, absolute(site, '/'));
  } catch {
    try {
      return new URL(url);
    } catch {
      return null;
    }
  }
}

function breadcrumbNav(crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="breadcrumb wrap" aria-label="当前位置"><ol>${crumbs.map((c, i) =>
    i === crumbs.length - 1
      ? html`<li aria-current="page">${c.label}</li>`
      : html`<li>${c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label}</li>`,
  )}</ol></nav>`;
}

function searchForm(id: string, query: string, visibleLabel: boolean): SafeHtml {
  return html`<form class="search" role="search" action="/search" method="get">
<label for="${id}"${visibleLabel ? '' : trustedHtml(' class="visually-hidden"')}>搜索关键词</label>
<input type="search" id="${id}" name="q" value="${query}" maxlength="100" autocomplete="off">
<button type="submit">搜索</button>
</form>`;
}

function layout(site: SiteInfo, opts: LayoutOptions): string {
  const nav: { label: string; href: string }[] = [
    { label: '首页', href: portalPaths.home },
    ...(site.navCategories ?? [])
      .filter((c) => !c.parentCode)
      .map((c) => ({ label: c.name, href: portalPaths.category(c.code) })),
    { label: '站内搜索', href: portalPaths.search('') },
  ];
  const canonical = opts.canonical ?? (opts.path ? absolute(site, opts.path) : null);
  const back = site.requestPath ?? opts.path ?? portalPaths.home;
  const page = html`<!DOCTYPE html>
<html lang="zh-CN"${site.elder ? trustedHtml(' class="elder"') : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title === site.siteName ? site.siteName : `${opts.title} - ${site.siteName}`}</title>
${opts.noindex ? html`<meta name="robots" content="noindex">` : null}
${canonical ? html`<link rel="canonical" href="${canonical}">` : null}
${opts.prev ? html`<link rel="prev" href="${opts.prev}">` : null}
${opts.next ? html`<link rel="next" href="${opts.next}">` : null}
<link rel="alternate" type="application/rss+xml" title="${site.siteName} RSS" href="${portalPaths.rssFeed}">
<link rel="alternate" type="application/feed+json" title="${site.siteName} JSON Feed" href="${portalPaths.jsonFeed}">
<style>${trustedHtml(CSS)}</style>
</head>
<body>
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
<div class="wrap">
<a class="site-name" href="${portalPaths.home}">${site.siteName}</a>
<a class="mode-switch" href="${portalPaths.elderMode(!site.elder, back)}">${site.elder ? '退出长辈版' : '长辈版'}</a>
<a class="lang-switch" href="${site.mongolianHref ?? '/mn/'}" lang="mn-Mong" hreflang="mn-Mong">ᠮᠣᠩᠭᠣᠯ</a>
${opts.headerSearch === false ? null : searchForm('site-search-q', '', false)}
</div>
<nav class="site-nav" aria-label="主导航"><ul class="wrap">${nav.map(
    (n) => html`<li><a href="${n.href}"${opts.current === n.href ? trustedHtml(' aria-current="page"') : ''}>${n.label}</a></li>`,
  )}</ul></nav>
</header>
${opts.breadcrumb && opts.breadcrumb.length > 0 ? breadcrumbNav(opts.breadcrumb) : null}
<main id="main" class="wrap" tabindex="-1">
${opts.main}
</main>
${portalFooter(site, back)}
</body>
</html>
`;
  return page.value;
}

/** The footer a government site must carry: service links, then the site's identity and registrations. */
export function portalFooter(site: SiteInfo, back: string): SafeHtml {
  const id = site.identity;
  const value = (v: string | undefined) => (v ? v : '未设置');
  return html`<footer class="site-footer">
<div class="wrap">
<nav aria-label="网站服务"><ul>
<li><a href="${portalPaths.siteMap}">网站地图</a></li>
<li><a href="${portalPaths.contact}">联系我们</a></li>
<li><a href="${portalPaths.elderMode(true, back)}"${site.elder ? trustedHtml(' aria-current="true"') : ''}>长辈版</a></li>
${site.elder ? html`<li><a href="${portalPaths.elderMode(false, back)}">标准版</a></li>` : null}
<li><a href="${portalPaths.apply}">依申请公开</a></li>
<li><a href="${portalPaths.messages}">网民留言</a></li>
<li><a href="${portalPaths.rssFeed}">RSS 订阅</a></li>
<li><a href="${portalPaths.jsonFeed}">JSON Feed 订阅</a></li>
</ul></nav>
<dl class="identity">
<div><dt>网站名称：</dt><dd>${site.siteName}</dd></div>
<div><dt>主办单位：</dt><dd>${value(id?.sponsor)}</dd></div>
${id?.organizer ? html`<div><dt>承办单位：</dt><dd>${id.organizer}</dd></div>` : null}
<div><dt>网站标识码：</dt><dd>${value(id?.siteCode)}</dd></div>
<div><dt>ICP备案号：</dt><dd>${id?.icpNumber ? html`<a href="https://beian.miit.gov.cn/">${id.icpNumber}</a>` : '未设置'}</dd></div>
<div><dt>公安机关备案号：</dt><dd>${id?.psbNumber ? (id.psbLink ? html`<a href="${id.psbLink}">${id.psbNumber}</a>` : id.psbNumber) : '未设置'}</dd></div>
</dl>
</div>
</footer>`;
}

function dateTime(date: Date): SafeHtml {
  return html`<time datetime="${beijingDateTime(date)}">${beijingDate(date)}</time>`;
}

/** Wraps each case-insensitive occurrence of `query` in <mark>, escaping everything else. */
function highlight(text: string, query: string): SafeHtml {
  const needle = query.trim().toLowerCase();
  if (!needle) return html`${text}`;
  const haystack = text.toLowerCase();
  // Lower-casing can change string length for a few scripts; then highlighting would misalign.
  if (haystack.length !== text.length) return html`${text}`;
  const parts: HtmlValue[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    parts.push(text.slice(from, at), html`<mark>${text.slice(at, at + needle.length)}</mark>`);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return html`${parts}`;
}

interface ListOptions {
  /** Label each item with its category, except items of this one (the page's own category). */
  showCategory?: boolean;
  pageCategoryCode?: string;
  showSummary?: boolean;
  query?: string;
}

function itemList(items: readonly ArticleSummary[], opts: ListOptions = {}): SafeHtml {
  const q = opts.query ?? '';
  return html`<ul class="items">${items.map((item) => {
    const showCategory = opts.showCategory && item.categoryName && item.categoryCode !== opts.pageCategoryCode;
    const summary = opts.showSummary && item.summary ? truncateText(item.summary, 120) : null;
    return html`<li><a href="${item.url}">${highlight(item.title, q)}</a><span class="meta">${
      showCategory ? html`[${item.categoryName}] ` : null
    }${item.unitName ? html`${item.unitName} ` : null}${dateTime(item.publishedAt)}</span>${
      summary ? html`<p class="summary">${highlight(summary, q)}</p>` : null
    }</li>`;
  })}</ul>`;
}

function totalPages(page: PageInfo): number {
  return Math.max(1, Math.ceil(page.total / Math.max(1, page.pageSize)));
}

/** 1 … 4 5 [6] 7 8 … 20: first, last and two either side, so any page is two steps away. */
function pageNumbers(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= last) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

function pagination(page: PageInfo, href: (page: number) => string): SafeHtml | null {
  const last = totalPages(page);
  if (last <= 1) return null;
  const current = Math.min(Math.max(1, page.page), last);
  return html`<nav class="pagination" aria-label="分页">
<p>共 ${totalText(page)} 条，第 ${current} / ${last} 页</p>
<ul>
${current > 1 ? html`<li><a href="${href(current - 1)}" rel="prev">上一页</a></li>` : null}
${pageNumbers(current, last).map((p) =>
    p === null
      ? html`<li><span class="gap" aria-hidden="true">…</span></li>`
      : p === current
        ? html`<li><a href="${href(p)}" aria-current="page"><span class="visually-hidden">第</span>${p}<span class="visually-hidden">页</span></a></li>`
        : html`<li><a href="${href(p)}"><span class="visually-hidden">第</span>${p}<span class="visually-hidden">页</span></a></li>`,
  )}
${current < last ? html`<li><a href="${href(current + 1)}" rel="next">下一页</a></li>` : null}
</ul>
</nav>`;
}

function neighbours(page: PageInfo, href: (page: number) => string): { prev: string | null; next: string | null } {
  const last = totalPages(page);
  return {
    prev: page.page > 1 && page.page <= last ? href(page.page - 1) : null,
    next: page.page < last ? href(page.page + 1) : null,
  };
}

/** Home (首页): the latest items of each category that has any. */
export function renderHome(site: SiteInfo, sections: readonly HomeSection[]): string {
  const main = html`<h1>${site.siteName}</h1>
${
  sections.length === 0
    ? html`<p>暂无已发布的信息。</p>`
    : html`<div class="sections">${sections.map(
        (s, i) => html`<section aria-labelledby="section-${i}">
<h2 id="section-${i}"><a href="${portalPaths.category(s.category.code)}">${s.category.name}</a></h2>
${s.items.length > 0 ? itemList(s.items) : html`<p>本栏目暂无信息。</p>`}
<p class="more"><a href="${portalPaths.category(s.category.code)}">更多<span class="visually-hidden">“${s.category.name}”栏目的</span>信息</a></p>
</section>`,
      )}</div>`
}`;
  return layout(site, { title: site.siteName, main, path: portalPaths.home, current: portalPaths.home });
}

/** A category (栏目) page: its items newest first, paginated, with links to its subcategories. */
export function renderCategory(
  site: SiteInfo,
  category: CategoryView,
  items: readonly ArticleSummary[],
  page: PageInfo,
  children: readonly CategoryView[] = [],
  /** Ancestors of `category`, root first, for the breadcrumb. */
  ancestors: readonly CategoryView[] = [],
): string {
  const href = (p: number) => portalPaths.category(category.code, p);
  const last = totalPages(page);
  const beyond = page.page > last && page.total > 0;
  const main = html`<h1>${category.name}</h1>
${category.description ? html`<p class="lead">${category.description}</p>` : null}
${
  children.length > 0
    ? html`<nav aria-labelledby="subcategories"><h2 id="subcategories">子栏目</h2><ul>${children.map(
        (c) => html`<li><a href="${portalPaths.category(c.code)}">${c.name}</a></li>`,
      )}</ul></nav>`
    : null
}
<h2>信息列表</h2>
${
  items.length > 0
    ? itemList(items, { showCategory: true, pageCategoryCode: category.code })
    : beyond
      ? html`<p>本页没有信息。<a href="${href(1)}">返回第一页</a></p>`
      : html`<p>本栏目暂无信息。</p>`
}
${pagination(page, href)}`;
  const topLevel = ancestors[0]?.code ?? (category.parentCode ? null : category.code);
  return layout(site, {
    title: page.page > 1 ? `${category.name}（第${page.page}页）` : category.name,
    main,
    path: href(page.page),
    current: topLevel ? portalPaths.category(topLevel) : undefined,
    breadcrumb: [
      { label: '首页', href: portalPaths.home },
      ...ancestors.map((a) => ({ label: a.name, href: portalPaths.category(a.code) })),
      { label: category.name },
    ],
    ...neighbours(page, href),
  });
}

/** An article page (正文): title, publishing unit, date and category, then the sanitized body. */
export function renderArticle(site: SiteInfo, article: ArticleView): string {
  // The body is sanitized when the rendition is made; sanitizing again here is cheap and means a row
  // written by some other path (a migration, a manual fix) still cannot put script on a public page.
  const base = articleUrl(site, article.url);
  const body = trustedHtml(sanitizeBody(article.html, base ? { baseUrl: base.href } : {}));
  const updated =
    article.updatedAt && beijingDate(article.updatedAt) !== beijingDate(article.publishedAt)
      ? article.updatedAt
      : null;
  const related: { label: string; link: LinkView }[] = [];
  if (article.interpretation) related.push({ label: '政策解读', link: article.interpretation });
  if (article.interprets) related.push({ label: '相关政策', link: article.interprets });
  const info = article.infoIndex;
  const attachments = article.attachments ?? [];
  const main = html`<article data-revision="${article.revision}">
<h1>${article.title}</h1>
${info && validityNotice(info) ? html`<p class="validity-notice" role="note">${validityNotice(info)}</p>` : null}
${(article.corrections ?? []).map((c) => html`<p class="correction" role="note"><strong>更正说明</strong>（${dateTime(c.at)}）：${c.note}</p>`)}
${info ? infoBox(info, article, updated) : html`<dl class="article-meta">
<div><dt>发布机构</dt><dd>${article.unitName}</dd></div>
<div><dt>发布日期</dt><dd>${dateTime(article.publishedAt)}</dd></div>
${updated ? html`<div><dt>更新日期</dt><dd>${dateTime(updated)}</dd></div>` : null}
<div><dt>所属栏目</dt><dd><a href="${portalPaths.category(article.categoryCode)}">${article.categoryName}</a></dd></div>
</dl>`}
<div class="article-body">
${body}
</div>
${attachments.length > 0 ? html`<section class="attachments" aria-labelledby="attachments-heading"><h2 id="attachments-heading">附件</h2><ul>${attachments.map(
    (a) => html`<li><a href="${a.url}">${a.name}</a> <span class="meta">（${a.type}，${formatSize(a.size)}）</span></li>`,
  )}</ul></section>` : null}
${
  related.length > 0
    ? html`<aside class="related" aria-labelledby="related-heading"><h2 id="related-heading">相关信息</h2><ul>${related.map(
        (r) => html`<li>${r.label}：<a href="${r.link.url}">${r.link.title}</a></li>`,
      )}</ul></aside>`
    : null
}
</article>`;
  const ancestors = article.categoryAncestors ?? [];
  return layout(site, {
    title: article.title,
    main,
    canonical: base?.href,
    current: portalPaths.category(ancestors[0]?.code ?? article.categoryCode),
    breadcrumb: [
      { label: '首页', href: portalPaths.home },
      ...ancestors.map((a) => ({ label: a.name, href: portalPaths.category(a.code) })),
      { label: article.categoryName, href: portalPaths.category(article.categoryCode) },
      { label: '正文' },
    ],
  });
}

/** The standard information box (信息索引) with its seven labels; unset fields show a dash, not nothing. */
function infoBox(info: InfoBoxView, article: ArticleView, updated: Date | null): SafeHtml {
  const row = (label: string, value: HtmlValue) => html`<div><dt>${label}</dt><dd>${value === null || value === undefined || value === '' ? '—' : value}</dd></div>`;
  return html`<dl class="info-box" aria-label="信息索引">
${row('索引号', info.indexNumber)}
${row('发布机构', info.issuingBody)}
${row('文号', info.documentNumber)}
${row('成文日期', info.writtenOn)}
${row('发布日期', dateTime(article.publishedAt))}
${updated ? row('更新日期', dateTime(updated)) : null}
${row('主题分类', info.topic)}
${row('有效性', info.validity === 'valid' ? '有效' : html`<strong>${VALIDITY_TEXT[info.validity]}</strong>${info.validityDate ? `（${info.validityDate}）` : ''}`)}
${row('所属栏目', html`<a href="${portalPaths.category(article.categoryCode)}">${article.categoryName}</a>`)}
</dl>`;
}

/** 1.2 MB, 350 KB, 900 B: what a visitor needs to decide whether to download. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function errorPage(site: SiteInfo, heading: string, message: string | undefined): string {
  const main = html`<h1>${heading}</h1>
${message && message !== heading ? html`<p>${message}</p>` : null}
<p><a href="${portalPaths.home}">返回首页</a></p>
<h2>查找信息</h2>
${searchForm('error-search-q', '', true)}`;
  return layout(site, { title: heading, main, noindex: true, headerSearch: false });
}

/** A page in the portal's frame around `main`, for pages composed elsewhere (the public forms). */
export function renderPortalPage(site: SiteInfo, opts: { title: string; main: SafeHtml; path?: string; noindex?: boolean; breadcrumb?: readonly Crumb[] }): string {
  return layout(site, opts);
}

/** Body of a 404 response. */
export function renderNotFound(site: SiteInfo, message = '您访问的页面不存在或已被移除，请检查网址是否正确。'): string {
  return errorPage(site, '页面不存在', message);
}

/** Body of a 410 response for a retracted item: say so rather than pretend it never existed. */
export function renderGone(site: SiteInfo, message = '该信息已由发布机关撤回，不再公开。'): string {
  return errorPage(site, '该信息已撤回', message);
}

/** Search (站内搜索): the form, and for a non-empty query its results, paginated. */
export function renderSearch(
  site: SiteInfo,
  query: string,
  results: readonly ArticleSummary[],
  page: PageInfo,
): string {
  const q = query.trim();
  const href = (p: number) => portalPaths.search(q, p);
  const main = html`<h1>站内搜索</h1>
${searchForm('search-q', q, true)}
${
  q
    ? html`<h2>搜索结果</h2>
<p role="status">${
        page.total > 0
          ? html`共找到 ${totalText(page)} 条与“${q}”相关的信息${page.estimated ? '，按发布时间由新到旧排列' : ''}。`
          : html`未找到与“${q}”相关的信息，请尝试其他关键词。`
      }</p>
${results.length > 0 ? itemList(results, { showSummary: true, query: q, showCategory: true }) : null}
${pagination(page, href)}`
    : null
}`;
  return layout(site, {
    title: q ? `“${q}”的搜索结果` : '站内搜索',
    main,
    current: portalPaths.search(''),
    headerSearch: false,
    noindex: true,
    ...(q ? neighbours(page, href) : {}),
  });
}

/** 网站地图: every column of the catalogue, nested, and the site's service pages. */
export function renderSiteMap(site: SiteInfo, categories: readonly CategoryView[]): string {
  const children = (parent: string | null): readonly CategoryView[] => categories.filter((c) => (c.parentCode ?? null) === parent);
  const tree = (parent: string | null): SafeHtml | null => {
    const list = children(parent);
    return list.length === 0 ? null : html`<ul>${list.map((c) => html`<li><a href="${portalPaths.category(c.code)}">${c.name}</a>${tree(c.code)}</li>`)}</ul>`;
  };
  const main = html`<h1>网站地图</h1>
<section class="sitemap" aria-labelledby="sitemap-columns"><h2 id="sitemap-columns">信息公开栏目</h2>${tree(null) ?? html`<p>暂无栏目。</p>`}</section>
<section class="sitemap" aria-labelledby="sitemap-services"><h2 id="sitemap-services">网站服务</h2><ul>
<li><a href="${portalPaths.home}">首页</a></li>
<li><a href="${portalPaths.search('')}">站内搜索</a></li>
<li><a href="${portalPaths.apply}">依申请公开</a></li>
<li><a href="${portalPaths.messages}">网民留言</a></li>
<li><a href="${portalPaths.contact}">联系我们</a></li>
<li><a href="${portalPaths.rssFeed}">RSS 订阅</a></li>
</ul></section>`;
  return layout(site, { title: '网站地图', main, path: portalPaths.siteMap, breadcrumb: [{ label: '首页', href: portalPaths.home }, { label: '网站地图' }] });
}

export interface ContactView {
  address: string;
  postcode: string;
  phone: string;
  email: string;
  hours: string;
}

/** 联系我们: the body's public contact details (office data, not personal data). */
export function renderContact(site: SiteInfo, contact: ContactView): string {
  const rows: [string, string][] = [['主办单位', site.identity?.sponsor ?? ''], ['通讯地址', contact.address], ['邮政编码', contact.postcode], ['联系电话', contact.phone], ['电子邮箱', contact.email], ['办公时间', contact.hours]];
  const main = html`<h1>联系我们</h1>
<dl class="info-box">${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value || '—'}</dd></div>`)}</dl>`;
  return layout(site, { title: '联系我们', main, path: portalPaths.contact, breadcrumb: [{ label: '首页', href: portalPaths.home }, { label: '联系我们' }] });
}

