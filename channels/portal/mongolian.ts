import { createHash } from 'node:crypto';
import { sanitizeBody } from '../../text/index.js';
import { beijingDate, beijingDateTime } from '../../time/beijing.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { MN_FONT_FACE, MN_FONT_LICENSE_PATH } from './mongolianFont.js';
import { formatSize, portalFooter, validityNotice, type AttachmentView, type InfoBoxView, type PageInfo, type SiteInfo } from './render.js';

/*
 * The Mongolian portal (蒙古文门户, /mn/): the same published items in traditional Mongolian script, laid out
 * as Mongolian is read — vertical lines, columns from left to right (`writing-mode: vertical-lr` on the
 * root, so the page scrolls sideways on any screen and lines never run longer than the window is high).
 * `lang="mn-Mong"` on <html> tells screen readers and fonts the language and script; Chinese parts (the
 * site's name, the units, the footer that every portal page carries) say `lang="zh-CN"`.
 *
 * The wording below is the hub's own demo translation (for the unit's translator to confirm), written with
 * U+202F before case suffixes and U+180E where a vowel separator belongs, as Mongolian orthography wants.
 */

/** Interface text in Mongolian. */
export const MN_TEXT = {
  siteSubtitle: 'ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ\u202Fᠪᠡᠷ',
  home: 'ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ',
  search: 'ᠬᠠᠶᠢᠬᠤ',
  searchWord: 'ᠬᠠᠶᠢᠬᠤ ᠦᠭᠡ',
  skip: 'ᠭᠣᠣᠯ ᠠᠭᠤᠯᠭ\u180Eᠠ\u202Fᠳᠤ ᠣᠷᠤᠬᠤ',
  mainNav: 'ᠭᠣᠣᠯ ᠬᠣᠯᠪᠤᠭᠠ',
  here: 'ᠪᠠᠶᠢᠬᠤ ᠭᠠᠵᠠᠷ',
  more: 'ᠳᠡᠯᠭᠡᠷᠡᠩᠭᠦᠢ',
  none: 'ᠮᠡᠳᠡᠭᠡ ᠠᠯᠭ\u180Eᠠ',
  published: 'ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ',
  issuer: 'ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ\u180Eᠠ',
  category: 'ᠠᠩᠭᠢᠯᠠᠯ',
  notFound: 'ᠨᠢᠭᠤᠷ ᠣᠯᠳᠠᠬᠤ ᠦᠭᠡᠢ',
  gone: 'ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ\u202Fᠶᠢ ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠴᠢ ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ\u180Eᠠ ᠲᠠᠲᠠᠨ ᠠᠪᠤᠪᠠ',
  results: 'ᠬᠠᠶᠢᠯᠲᠠᠨ\u202Fᠤ ᠦᠷ\u180Eᠡ ᠳᠦᠩ',
  found: 'ᠮᠡᠳᠡᠭᠡ ᠣᠯᠳᠠᠪᠠ',
  foundNone: 'ᠮᠡᠳᠡᠭᠡ ᠣᠯᠳᠠᠬᠤ ᠦᠭᠡᠢ',
  prev: 'ᠡᠮᠦᠨᠡᠬᠢ ᠨᠢᠭᠤᠷ',
  next: 'ᠳᠠᠷᠠᠬᠢ ᠨᠢᠭᠤᠷ',
  pages: 'ᠨᠢᠭᠤᠷ',
  list: 'ᠮᠡᠳᠡᠭᠡ\u202Fᠶᠢᠨ ᠵᠠᠭᠰᠠᠭᠠᠯᠲ\u180Eᠠ',
  subcategories: 'ᠳᠣᠲᠤᠭᠠᠳᠤ ᠠᠩᠭᠢᠯᠠᠯ',
  backHome: 'ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ\u202Fᠲᠦ ᠪᠤᠴᠠᠬᠤ',
  year: 'ᠣᠨ\u202Fᠤ',
  month: 'ᠰᠠᠷ\u180Eᠠ\u202Fᠶᠢᠨ',
  day: 'ᠡᠳᠦᠷ',
  // 信息索引 (the box every disclosure item carries), its labels in the order of the Chinese page.
  infoIndex: 'ᠮᠡᠳᠡᠭᠡᠯᠡᠯ\u202Fᠦᠨ ᠡᠷᠢᠯᠲᠡ',
  indexNumber: 'ᠡᠷᠢᠯᠲᠡ\u202Fᠶᠢᠨ ᠳ\u180Bᠤᠭᠠᠷ',
  documentNumber: 'ᠪᠢᠴᠢᠭ\u202Fᠦᠨ ᠳ\u180Bᠤᠭᠠᠷ',
  writtenOn: 'ᠪᠢᠴᠢᠭᠰᠡᠨ ᠡᠳᠦᠷ',
  topic: 'ᠰᠡᠳᠦᠪ\u202Fᠦᠨ ᠠᠩᠭᠢᠯᠠᠯ',
  validity: 'ᠬᠦᠴᠦᠨ\u202Fᠲᠡᠢ ᠡᠰᠡᠬᠦ',
  valid: 'ᠬᠦᠴᠦᠨ\u202Fᠲᠡᠢ',
  expired: 'ᠬᠦᠴᠦᠨ ᠠᠯᠳᠠᠭᠰᠠᠨ',
  repealed: 'ᠬᠠᠰᠤᠭᠳᠠᠭᠰᠠᠨ',
  /** "This document … ; kept for reference only." around the validity word. */
  noticeStart: 'ᠡᠨᠡ ᠪᠢᠴᠢᠭ',
  noticeEnd: 'ᠵᠥᠪᠬᠡᠨ ᠯᠠᠪᠯᠠᠬᠤ\u202Fᠳᠤ ᠵᠣᠷᠢᠭᠤᠯᠪᠠ᠃',
  attachments: 'ᠬᠠᠪᠰᠤᠷᠭ\u180Eᠠ',
} as const;

/** The language switch's name, as the contract has it: 中文 on Mongolian pages, ᠮᠣᠩᠭᠣᠯ on Chinese ones. */
export const TO_CHINESE = '中文';
export const TO_MONGOLIAN = 'ᠮᠣᠩᠭᠣᠯ';


export const mnPaths = {
  home: '/mn/',
  category: (code: string, page = 1): string => withPage(`/mn/categories/${encodeURIComponent(code)}`, page),
  article: (id: string): string => `/mn/articles/${id}`,
  search: (query: string, page = 1): string => (query ? withPage(`/mn/search?q=${encodeURIComponent(query)}`, page) : '/mn/search'),
  jsonFeed: '/mn/feed.json',
  rssFeed: '/mn/feed.xml',
} as const;

function withPage(path: string, page: number): string {
  return page <= 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${page}`;
}

/**
 * A date as the region's Mongolian government pages write it: Western digits with the genitive words
 * between them, "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 1 ᠡᠳᠦᠷ" (year-of 12 month-of 1 day), in Beijing time. Digits
 * stay Western as they do on those sites; in vertical lines they turn sideways with the text.
 */
export function formatMongolianDate(date: Date): string {
  const [y, m, d] = beijingDate(date).split('-').map(Number);
  return `${y} ${MN_TEXT.year} ${m} ${MN_TEXT.month} ${d} ${MN_TEXT.day}`;
}

const CSS = `
${MN_FONT_FACE}
*,*::before,*::after{box-sizing:border-box}
html{writing-mode:vertical-lr;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1f1f1f;background:#fff;font:1.0625rem/1.9 "Noto Sans Mongolian","Mongolian Baiti",system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
[lang|=zh]{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
a{color:#0b4f9c;text-underline-offset:.2em}
a:visited{color:#5a2d8c}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.skip-link{position:absolute;top:.5rem;left:-10rem;z-index:10;padding:1rem .5rem;background:#fff;color:#0b4f9c;font-weight:700;border:2px solid #0b4f9c}
.skip-link:focus{left:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.mn-header{border-inline-start:4px solid #b31b1b;border-block-end:1px solid #d6d6d6;padding:1rem .75rem;display:flex;flex-direction:column;gap:1rem}
.site-name{font-size:1.375rem;font-weight:700;color:#8c1515;text-decoration:none}
.site-name:visited{color:#8c1515}
.lang-switch{font-weight:700}
.mn-nav ul,.items,.pagination ul,.sub ul{list-style:none;margin:0;padding:0}
.mn-nav ul{display:flex;flex-direction:column;gap:0 .75rem;flex-wrap:wrap;max-block-size:100%}
.mn-nav a{color:#1f1f1f;text-decoration:none;font-weight:600}
.mn-nav a[aria-current]{color:#8c1515;text-decoration:underline;text-decoration-thickness:3px}
form.search{display:flex;flex-direction:column;gap:.5rem;align-items:flex-start}
input[type=search]{font:inherit;padding:.5rem .3rem;border:1px solid #6b6b6b;border-radius:2px;inline-size:12rem}
button{font:inherit;padding:1rem .3rem;border:1px solid #0b4f9c;border-radius:2px;background:#0b4f9c;color:#fff;cursor:pointer}
.breadcrumb ol{list-style:none;margin:0;padding:.75rem .5rem;display:flex;flex-direction:column;gap:.5rem;font-size:.9rem;color:#4a4a4a}
main{display:block;padding:1rem 1rem;max-inline-size:48rem}
main:focus{outline:none}
h1{font-size:1.6rem;line-height:1.6;margin:0 1rem 0 0}
h2{font-size:1.25rem;line-height:1.6;margin:0 .75rem 0 1.5rem}
section{display:block}
.sections{display:flex;flex-direction:column;flex-wrap:wrap}
.items li{padding:0 .4rem;border-inline-end:0;border-block-end:1px dashed #d6d6d6}
.items .meta{display:block;color:#4a4a4a;font-size:.9rem}
.article-meta{margin:0 1rem 0 0;padding:1rem .75rem;background:#f7f7f7;border:1px solid #e3e3e3}
.article-meta dt{color:#4a4a4a}
.article-meta dd{margin:0 .5rem 0 0}
.info-box{margin:0 1rem 0 0;padding:1rem .75rem;background:#f7f7f7;border:1px solid #c9c9c9}
.info-box div{display:flex;flex-wrap:wrap;gap:.5rem;padding-block:.25rem;border-block-end:1px solid #e3e3e3}
.info-box div:last-child{border-block-end:0}
.info-box dt{font-weight:700;color:#3a3a3a}
.info-box dd{margin:0}
.validity-notice{margin:0 1rem 0 0;padding:1rem .75rem;border:2px solid #a30000;background:#fff0f0;color:#8a0000;font-weight:700;font-size:1.125rem}
.attachments{margin-inline-start:1.5rem}
.attachments ul{list-style:none;margin:0;padding:0}
.attachments li{padding-block:.25rem}
.attachments .meta{color:#4a4a4a;font-size:.9rem}
.article-body{font-size:1.125rem;line-height:2}
.article-body p{margin:0 .75rem 0 0}
.article-body img{max-block-size:100%;inline-size:auto}
.pagination{margin-inline-start:1.5rem}
.pagination ul{display:flex;flex-direction:column;gap:.5rem}
.pagination [aria-current]{font-weight:700;color:#8c1515}
.site-footer{border-inline-start:1px solid #d6d6d6;background:#f4f4f4;color:#4a4a4a;font-size:.9rem;padding:1rem .75rem}
.site-footer ul{list-style:none;margin:0;padding:0}
.site-footer a{color:#0b4f9c}
.identity{margin:0}
.identity div{display:flex;gap:.25rem}
.identity dd{margin:0}
.licence{font-size:.8rem}
@media print{.skip-link,.mn-nav,form.search,.pagination{display:none}}
`.trim();

/** The Mongolian pages' own policy: like the Chinese portal's (no script at all), plus the hub's font. */
export const MN_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  "font-src 'self'",
  "img-src 'self' https:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface MnCategoryView {
  code: string;
  /** The Mongolian name, or the Chinese one when the catalogue has none (then `nameLang` is zh-CN). */
  name: string;
  nameLang: 'mn-Mong' | 'zh-CN';
  parentCode: string | null;
}

export interface MnSiteInfo {
  site: SiteInfo;
  nav: readonly MnCategoryView[];
  /** Where 中文 leads from this page: the same item, category or search on the Chinese portal. */
  chineseHref: string;
}

export interface MnArticleSummary {
  id: string;
  title: string;
  url: string;
  publishedAt: Date;
  summary?: string | null;
}

export interface MnArticleView extends MnArticleSummary {
  html: string;
  unitName: string;
  category: MnCategoryView;
  revision: number;
  /** The item's 信息索引, as on its Chinese page; without it the short meta list is shown. */
  infoIndex?: InfoBoxView | null;
  attachments?: readonly AttachmentView[];
}

interface LayoutOptions {
  title: string;
  main: SafeHtml;
  current?: string;
  canonical?: string;
  noindex?: boolean;
  breadcrumb?: readonly { label: SafeHtml | string; href?: string }[];
  headerSearch?: boolean;
}

/** A name in its own language: Mongolian as it is, a Chinese fallback marked so readers switch voice. */
function named(c: Pick<MnCategoryView, 'name' | 'nameLang'>): SafeHtml {
  return c.nameLang === 'mn-Mong' ? html`${c.name}` : html`<span lang="zh-CN">${c.name}</span>`;
}

function dateOf(date: Date): SafeHtml {
  return html`<time datetime="${beijingDateTime(date)}">${formatMongolianDate(date)}</time>`;
}

function searchForm(id: string, query: string, visibleLabel: boolean): SafeHtml {
  return html`<form class="search" role="search" action="${mnPaths.search('')}" method="get">
<label for="${id}"${visibleLabel ? '' : trustedHtml(' class="visually-hidden"')}>${MN_TEXT.searchWord}</label>
<input type="search" id="${id}" name="q" value="${query}" maxlength="100" autocomplete="off">
<button type="submit">${MN_TEXT.search}</button>
</form>`;
}

function layout(info: MnSiteInfo, opts: LayoutOptions): string {
  const { site } = info;
  const base = site.baseUrl.replace(/\/+$/, '');
  const nav = [{ label: html`${MN_TEXT.home}`, href: mnPaths.home }, ...info.nav.filter((c) => !c.parentCode).map((c) => ({ label: named(c), href: mnPaths.category(c.code) })), { label: html`${MN_TEXT.search}`, href: mnPaths.search('') }];
  return html`<!DOCTYPE html>
<html lang="mn-Mong" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} - ${site.siteName}</title>
${opts.noindex ? html`<meta name="robots" content="noindex">` : null}
${opts.canonical ? html`<link rel="canonical" href="${opts.canonical}">` : null}
<link rel="alternate" hreflang="zh-CN" href="${base}${info.chineseHref}">
<link rel="alternate" type="application/rss+xml" title="${site.siteName} RSS (mn-Mong)" href="${mnPaths.rssFeed}">
<link rel="alternate" type="application/feed+json" title="${site.siteName} JSON Feed (mn-Mong)" href="${mnPaths.jsonFeed}">
<style>${trustedHtml(CSS)}</style>
</head>
<body>
<a class="skip-link" href="#main">${MN_TEXT.skip}</a>
<header class="mn-header">
<a class="site-name" href="${mnPaths.home}"><span lang="zh-CN">${site.siteName}</span> ${MN_TEXT.siteSubtitle}</a>
<a class="lang-switch" href="${info.chineseHref}" lang="zh-CN" hreflang="zh-CN">${TO_CHINESE}</a>
${opts.headerSearch === false ? null : searchForm('mn-site-search-q', '', false)}
<nav class="mn-nav" aria-label="${MN_TEXT.mainNav}"><ul>${nav.map(
    (n) => html`<li><a href="${n.href}"${opts.current === n.href ? trustedHtml(' aria-current="page"') : ''}>${n.label}</a></li>`,
  )}</ul></nav>
</header>
${opts.breadcrumb?.length ? html`<nav class="breadcrumb" aria-label="${MN_TEXT.here}"><ol>${opts.breadcrumb.map((c, i) =>
    i === opts.breadcrumb!.length - 1 ? html`<li aria-current="page">${c.label}</li>` : html`<li>${c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label}</li>`,
  )}</ol></nav>` : null}
<main id="main" tabindex="-1">
${opts.main}
</main>
<div lang="zh-CN">${portalFooter(site, site.requestPath ?? mnPaths.home)}
<aside class="licence" aria-label="字体许可"><a href="${MN_FONT_LICENSE_PATH}">蒙古文字体：Noto Sans Mongolian（SIL 开放字体许可 1.1）</a></aside></div>
</body>
</html>
`.value;
}

function itemList(items: readonly MnArticleSummary[]): SafeHtml {
  return html`<ul class="items">${items.map((item) => html`<li><a href="${item.url}">${item.title}</a><span class="meta">${dateOf(item.publishedAt)}</span></li>`)}</ul>`;
}

function pagination(page: PageInfo, href: (page: number) => string): SafeHtml | null {
  const last = Math.max(1, Math.ceil(page.total / Math.max(1, page.pageSize)));
  if (last <= 1) return null;
  const current = Math.min(Math.max(1, page.page), last);
  return html`<nav class="pagination" aria-label="${MN_TEXT.pages}"><ul>
${current > 1 ? html`<li><a href="${href(current - 1)}" rel="prev">${MN_TEXT.prev}</a></li>` : null}
<li><span aria-current="page">${current} / ${last}</span></li>
${current < last ? html`<li><a href="${href(current + 1)}" rel="next">${MN_TEXT.next}</a></li>` : null}
</ul></nav>`;
}

export interface MnHomeSection {
  category: MnCategoryView;
  items: readonly MnArticleSummary[];
}

export function renderMnHome(info: MnSiteInfo, sections: readonly MnHomeSection[]): string {
  const main = html`<h1>${MN_TEXT.home}</h1>
${sections.length === 0 ? html`<p>${MN_TEXT.none}</p>` : html`<div class="sections">${sections.map(
    (s, i) => html`<section aria-labelledby="mn-section-${i}"><h2 id="mn-section-${i}"><a href="${mnPaths.category(s.category.code)}">${named(s.category)}</a></h2>${itemList(s.items)}</section>`,
  )}</div>`}`;
  return layout(info, { title: MN_TEXT.home, main, current: mnPaths.home, canonical: `${info.site.baseUrl.replace(/\/+$/, '')}${mnPaths.home}` });
}

export function renderMnCategory(info: MnSiteInfo, category: MnCategoryView, items: readonly MnArticleSummary[], page: PageInfo, children: readonly MnCategoryView[]): string {
  const href = (p: number) => mnPaths.category(category.code, p);
  const main = html`<h1>${named(category)}</h1>
${children.length ? html`<nav class="sub" aria-labelledby="mn-sub"><h2 id="mn-sub">${MN_TEXT.subcategories}</h2><ul>${children.map((c) => html`<li><a href="${mnPaths.category(c.code)}">${named(c)}</a></li>`)}</ul></nav>` : null}
<h2>${MN_TEXT.list}</h2>
${items.length ? itemList(items) : html`<p>${MN_TEXT.none}</p>`}
${pagination(page, href)}`;
  return layout(info, {
    title: category.name, main, current: category.parentCode ? undefined : mnPaths.category(category.code),
    breadcrumb: [{ label: MN_TEXT.home, href: mnPaths.home }, { label: named(category) }],
  });
}

export function renderMnArticle(info: MnSiteInfo, article: MnArticleView): string {
  const body = trustedHtml(sanitizeBody(article.html, { baseUrl: article.url }));
  const index = article.infoIndex;
  const attachments = article.attachments ?? [];
  const categoryLink = html`<a href="${mnPaths.category(article.category.code)}">${named(article.category)}</a>`;
  const main = html`<article data-revision="${article.revision}">
<h1>${article.title}</h1>
${index ? mnValidityNotice(index) : null}
${index ? mnInfoBox(index, article, categoryLink) : html`<dl class="article-meta">
<dt>${MN_TEXT.published}</dt><dd>${dateOf(article.publishedAt)}</dd>
<dt>${MN_TEXT.issuer}</dt><dd lang="zh-CN">${article.unitName}</dd>
<dt>${MN_TEXT.category}</dt><dd>${categoryLink}</dd>
</dl>`}
<div class="article-body">
${body}
</div>
${attachments.length ? html`<section class="attachments" aria-labelledby="mn-attachments"><h2 id="mn-attachments">${MN_TEXT.attachments}</h2><ul>${attachments.map(
    (a) => html`<li><a href="${a.url}" lang="zh-CN">${a.name}</a> <span class="meta">${a.type} ${formatSize(a.size)}</span></li>`,
  )}</ul></section>` : null}
</article>`;
  return layout(info, {
    title: article.title, main, canonical: article.url, current: mnPaths.category(article.category.parentCode ?? article.category.code),
    breadcrumb: [{ label: MN_TEXT.home, href: mnPaths.home }, { label: named(article.category), href: mnPaths.category(article.category.code) }, { label: article.title }],
  });
}

const VALIDITY_MN = { valid: MN_TEXT.valid, expired: MN_TEXT.expired, repealed: MN_TEXT.repealed } as const;

/** A calendar day (YYYY-MM-DD, Beijing) written as the Mongolian pages write dates. */
function dayOf(day: string): SafeHtml {
  return html`<time datetime="${day}">${formatMongolianDate(new Date(`${day}T00:00:00+08:00`))}</time>`;
}

/** 失效/废止 said as prominently as on the Chinese page: in Mongolian, then the Chinese sentence itself. */
function mnValidityNotice(index: InfoBoxView): SafeHtml | null {
  const chinese = validityNotice(index);
  if (!chinese) return null;
  return html`<p class="validity-notice" role="note">${MN_TEXT.noticeStart} ${VALIDITY_MN[index.validity]}${index.validityDate ? html` (${dayOf(index.validityDate)})` : null}᠂ ${MN_TEXT.noticeEnd} <span lang="zh-CN">${chinese}</span></p>`;
}

/**
 * The Chinese page's 信息索引 with Mongolian labels. Each row is one vertical line, label then value, and the
 * rows stand left to right; Chinese values (机构, 文号, 主题) say so for screen readers.
 */
function mnInfoBox(index: InfoBoxView, article: MnArticleView, categoryLink: SafeHtml): SafeHtml {
  const zh = (value: string | null) => (value ? html`<span lang="zh-CN">${value}</span>` : null);
  const row = (label: string, value: SafeHtml | string | null) => html`<div><dt>${label}</dt><dd>${value ?? '—'}</dd></div>`;
  const validity = index.validity === 'valid'
    ? html`${MN_TEXT.valid}`
    : html`<strong>${VALIDITY_MN[index.validity]}</strong>${index.validityDate ? html` (${dayOf(index.validityDate)})` : null}`;
  return html`<dl class="info-box" aria-label="${MN_TEXT.infoIndex}">
${row(MN_TEXT.indexNumber, index.indexNumber)}
${row(MN_TEXT.issuer, zh(index.issuingBody))}
${row(MN_TEXT.documentNumber, zh(index.documentNumber))}
${row(MN_TEXT.writtenOn, index.writtenOn ? dayOf(index.writtenOn) : null)}
${row(MN_TEXT.published, dateOf(article.publishedAt))}
${row(MN_TEXT.topic, zh(index.topic))}
${row(MN_TEXT.validity, validity)}
${row(MN_TEXT.category, categoryLink)}
</dl>`;
}

export function renderMnSearch(info: MnSiteInfo, query: string, results: readonly MnArticleSummary[], page: PageInfo): string {
  const main = html`<h1>${MN_TEXT.search}</h1>
${searchForm('mn-search-q', query, true)}
${query ? html`<h2>${MN_TEXT.results}</h2>
<p role="status">${page.total > 0 ? html`${page.total} ${MN_TEXT.found}` : MN_TEXT.foundNone}</p>
${results.length ? itemList(results) : null}
${pagination(page, (p) => mnPaths.search(query, p))}` : null}`;
  return layout(info, { title: MN_TEXT.search, main, current: mnPaths.search(''), noindex: true, headerSearch: false });
}

function errorPage(info: MnSiteInfo, heading: string, message: string | null): string {
  const main = html`<h1>${heading}</h1>
${message ? html`<p>${message}</p>` : null}
<p><a href="${mnPaths.home}">${MN_TEXT.backHome}</a></p>`;
  return layout(info, { title: heading, main, noindex: true });
}

export function renderMnNotFound(info: MnSiteInfo): string {
  return errorPage(info, MN_TEXT.notFound, null);
}

/** A retracted item: say it was withdrawn, in Mongolian, with the reason as the publisher gave it (Chinese). */
export function renderMnGone(info: MnSiteInfo): string {
  return errorPage(info, MN_TEXT.gone, null);
}
