import { createHash } from 'node:crypto';
import type { Rendition } from '../Channel.js';
import { beijingDateTime } from '../../time/beijing.js';
import { htmlToPlainText, sanitizeBody, singleLine, truncateText } from '../../text/index.js';
import { VALIDITY_TEXT, type CorrectionView, type InfoBoxView, type SiteInfo } from '../portal/render.js';
import { escapeHtml } from '../portal/html.js';

/*
 * Client feeds (一端): JSON Feed 1.1 and RSS 2.0 of what is published, in the order the caller gives
 * (newest first). Both are pure functions of their inputs so that the ETag computed from the same inputs
 * is a faithful, strong validator.
 */

export interface FeedItem {
  /** Stable id of the content item: feed readers key on it, so it must survive edits and re-publication. */
  id: string;
  /** Absolute URL of the portal article. */
  url: string;
  title: string;
  /** Sanitized, de-identified HTML of the published revision. */
  html: string;
  /** Plain-text summary; derived from `html` when absent. */
  summary?: string | null;
  publishedAt: Date;
  /** When the published text last changed; `publishedAt` when absent. */
  updatedAt?: Date | null;
  unitName: string;
  categoryName: string;
  categoryCode?: string;
  revision?: number;
  /** 信息索引, carried as the `_info_index` extension (JSON Feed) and Dublin Core elements (RSS). */
  infoIndex?: InfoBoxView | null;
  /** Corrections made in place (更正说明 and when), oldest first: shown above the text, as on the portal. */
  corrections?: readonly CorrectionView[];
}

export interface FeedPage {
  /** Absolute URL of this feed document (rel=self). */
  feedUrl: string;
  /** Absolute URL of the next (older) page; absent or null on the last page. */
  nextUrl?: string | null;
  /** A feed in another language (the Mongolian portal's): its tag, home page and description. Default: Chinese. */
  language?: FeedLanguage;
}

export interface FeedLanguage {
  /** BCP 47, e.g. mn-Mong. */
  tag: string;
  homePageUrl: string;
  description: string;
}

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  authors: JsonFeedAuthor[];
  /** JSON Feed extension (keys starting with "_" are for publishers' own data). */
  _info_index?: JsonFeedInfoIndex;
}

export interface JsonFeedInfoIndex {
  index_number: string;
  issuing_body: string;
  document_number: string | null;
  written_on: string | null;
  topic: string | null;
  validity: '有效' | '失效' | '废止';
  validity_date: string | null;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  next_url?: string;
  description: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/** Summaries longer than this are cut; readers show them in a list, not as the article. */
const SUMMARY_MAX = 200;

/**
 * Bumped whenever the rendered output changes shape for the same items, so that clients holding an
 * ETag from an older deployment fetch the new representation instead of getting a 304.
 */
const RENDERER_VERSION = '2';

export function feedItemFromRendition(rendition: Rendition, updatedAt?: Date | null): FeedItem {
  return {
    id: rendition.contentId,
    url: rendition.portalUrl,
    title: rendition.title,
    html: rendition.html,
    summary: rendition.summary,
    publishedAt: rendition.publishedAt,
    updatedAt: updatedAt ?? null,
    unitName: rendition.unitName,
    categoryName: rendition.categoryName,
    categoryCode: rendition.categoryCode,
    revision: rendition.revision,
  };
}

function modifiedAt(item: FeedItem): Date {
  return item.updatedAt && item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt;
}

function homePage(site: SiteInfo): string {
  return site.baseUrl.replace(/\/+$/, '') + '/';
}

function description(site: SiteInfo): string {
  return `${site.siteName}最新发布的政府信息`;
}

/**
 * The body goes out to third-party readers that render it as they like; re-sanitizing costs little and
 * keeps a bad stored row from becoming script in someone's feed reader.
 */
function contentHtml(item: FeedItem): string {
  const notes = (item.corrections ?? []).map((c) => `<p>更正说明（${beijingDateTime(c.at)}）：${escapeHtml(c.note)}</p>`).join('');
  return sanitizeBody(notes + item.html, { baseUrl: item.url });
}

/**
 * Titles and summaries are plain text in both formats (JSON Feed says so; RSS readers often render the
 * title as HTML): markup typed into them is reduced to its text, never passed on.
 */
function titleOf(item: FeedItem): string {
  return singleLine(htmlToPlainText(item.title));
}

function summaryOf(item: FeedItem): string {
  const given = item.summary ? singleLine(htmlToPlainText(item.summary)) : '';
  return given ? truncateText(given, SUMMARY_MAX) : htmlToPlainText(item.html, { maxLength: SUMMARY_MAX });
}

/** JSON Feed 1.1 as an object, for callers that want to inspect or extend it. */
export function buildJsonFeed(site: SiteInfo, items: readonly FeedItem[], page: FeedPage): JsonFeed {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.siteName,
    home_page_url: page.language?.homePageUrl ?? homePage(site),
    feed_url: page.feedUrl,
    description: page.language?.description ?? description(site),
    language: page.language?.tag ?? 'zh-CN',
    authors: [{ name: site.siteName }],
    items: items.map((item) => {
      const summary = summaryOf(item);
      return {
        id: item.id,
        url: item.url,
        title: titleOf(item),
        content_html: contentHtml(item),
        ...(summary ? { summary } : {}),
        date_published: beijingDateTime(item.publishedAt),
        date_modified: beijingDateTime(modifiedAt(item)),
        tags: [item.categoryName],
        authors: [{ name: item.unitName }],
        ...(item.infoIndex ? { _info_index: jsonInfoIndex(item.infoIndex) } : {}),
      };
    }),
  };
  // The spec reads a missing next_url as "last page"; an empty or null one is not valid.
  if (page.nextUrl) feed.next_url = page.nextUrl;
  return feed;
}

function jsonInfoIndex(info: InfoBoxView): JsonFeedInfoIndex {
  return {
    index_number: info.indexNumber, issuing_body: info.issuingBody, document_number: info.documentNumber, written_on: info.writtenOn, topic: info.topic,
    validity: VALIDITY_TEXT[info.validity], validity_date: info.validityDate,
  };
}

/** 索引号 as dc:identifier, 发布机构 as dc:publisher, 主题分类 as dc:subject, 文号 and 有效性 as categories with a domain. */
function rssInfoIndex(info: InfoBoxView | null | undefined): string[] {
  if (!info) return [];
  return [
    `<dc:identifier>${escapeXml(info.indexNumber)}</dc:identifier>`,
    `<dc:publisher>${escapeXml(info.issuingBody)}</dc:publisher>`,
    ...(info.topic ? [`<dc:subject>${escapeXml(info.topic)}</dc:subject>`] : []),
    ...(info.documentNumber ? [`<category domain="文号">${escapeXml(info.documentNumber)}</category>`] : []),
    `<category domain="有效性">${VALIDITY_TEXT[info.validity]}</category>`,
  ];
}

/** JSON Feed 1.1 document (serve as `application/feed+json`). */
export function renderJsonFeed(site: SiteInfo, items: readonly FeedItem[], page: FeedPage): string {
  return JSON.stringify(buildJsonFeed(site, items, page));
}

/** Characters XML 1.0 forbids outright; one stray control character would make the whole feed unparseable. */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** A CDATA section that stays one even when the text contains "]]>", which would otherwise end it early. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_INVALID, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function latest(dates: readonly Date[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (!max || d > max) max = d;
  return max;
}

/** RSS 2.0 document (serve as `application/rss+xml`), with Atom links for self and the next page. */
export function renderRss(site: SiteInfo, items: readonly FeedItem[], page: FeedPage): string {
  const built = latest(items.map(modifiedAt));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(site.siteName)}</title>`,
    `<link>${escapeXml(page.language?.homePageUrl ?? homePage(site))}</link>`,
    `<description>${escapeXml(page.language?.description ?? description(site))}</description>`,
    `<language>${escapeXml((page.language?.tag ?? 'zh-CN').toLowerCase())}</language>`,
    // RSS 2.0 wants RFC 822 dates; toUTCString writes exactly their GMT form.
    ...(built ? [`<lastBuildDate>${built.toUTCString()}</lastBuildDate>`] : []),
    '<generator>Tongfa</generator>',
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(page.feedUrl)}"/>`,
    ...(page.nextUrl ? [`<atom:link rel="next" type="application/rss+xml" href="${escapeXml(page.nextUrl)}"/>`] : []),
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      `<title>${escapeXml(titleOf(item))}</title>`,
      `<link>${escapeXml(item.url)}</link>`,
      `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
      `<pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
      `<description>${cdata(contentHtml(item))}</description>`,
      `<category>${escapeXml(item.categoryName)}</category>`,
      `<dc:creator>${escapeXml(item.unitName)}</dc:creator>`,
      ...rssInfoIndex(item.infoIndex),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}

export interface FeedValidators {
  /** Strong entity tag, quoted, ready for the ETag header. */
  etag: string;
  /** For Last-Modified; null for an empty page, which has no meaningful date. */
  lastModified: Date | null;
}

/**
 * Validators for one feed page. `variant` must distinguish everything else that changes the bytes —
 * format, page number, total — because a strong ETag promises byte-identical bodies.
 *
 * `removedAt` is the time of the latest change that took items away (a retraction): the remaining items
 * cannot show it, and without it a client that only sends If-Modified-Since would keep the retracted item.
 */
export function feedValidators(items: readonly FeedItem[], variant = '', removedAt?: Date | null): FeedValidators {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([RENDERER_VERSION, variant]));
  // Every field that reaches the output, not just ids and dates: a renamed category or unit changes the
  // feed without touching an item's revision.
  for (const item of items) {
    hash.update('\n');
    hash.update(
      JSON.stringify([
        item.id, item.url, item.title, item.html, item.summary ?? null, item.publishedAt.getTime(),
        item.updatedAt?.getTime() ?? null, item.unitName, item.categoryName, item.revision ?? null, item.infoIndex ?? null,
      ]),
    );
  }
  const etag = `"${hash.digest('base64url').slice(0, 32)}"`;
  const lastModified = latest([...items.map(modifiedAt), ...(removedAt ? [removedAt] : [])]);
  return { etag, lastModified };
}

export interface ConditionalHeaders {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

/** Opaque tag with any weak prefix removed: weak comparison (RFC 9110 §8.8.3.2) ignores it on both sides. */
function opaque(tag: string): string {
  const t = tag.trim();
  return t.startsWith('W/') ? t.slice(2) : t;
}

/** IMF-fixdate, RFC 850 and asctime, the three forms of HTTP-date (RFC 9110 §5.6.7). */
const HTTP_DATE = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

function parseHttpDate(value: string): number | null {
  const v = value.trim();
  if (!HTTP_DATE.some((re) => re.test(v))) return null;
  // asctime carries no zone but is defined as UTC; Date.parse would read it as local time.
  const ms = Date.parse(HTTP_DATE[2].test(v) ? `${v} GMT` : v);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Conditional GET (RFC 9110 §13.2.2): true when a 304 is the right answer.
 * If-None-Match, when present, decides alone (weak comparison, `*` matches an existing feed);
 * otherwise If-Modified-Since is compared at the one-second granularity of HTTP dates and ignored
 * when it is not a valid date or lies in the future.
 */
export function isNotModified(headers: ConditionalHeaders, validators: FeedValidators, now: Date = new Date()): boolean {
  const inm = headers.ifNoneMatch?.trim();
  if (inm) {
    if (inm === '*') return true;
    const ours = opaque(validators.etag);
    // Our tags hold no commas, so a plain split cannot produce a false match even when another
    // server's quoted tag contains one.
    return inm.split(',').some((tag) => opaque(tag) === ours);
  }
  if (headers.ifModifiedSince && validators.lastModified) {
    const since = parseHttpDate(headers.ifModifiedSince);
    if (since === null || since > now.getTime()) return false;
    return Math.floor(validators.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}
