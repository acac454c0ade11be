import {
  buildJsonFeed,
  feedItemFromRendition,
  feedValidators,
  isNotModified,
  renderJsonFeed,
  renderRss,
  type FeedItem,
} from '../../channels/app/feed.js';
import type { SiteInfo } from '../../channels/portal/render.js';
import { byTag, child, parseXml, text, xmlProblems } from '../portal/dom.js';

const site: SiteInfo = { siteName: '某县人民政府', baseUrl: 'https://www.example.gov.cn' };
const base = 'https://www.example.gov.cn';

function item(n: number, overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    url: `${base}/articles/${n}`,
    title: `第${n}条 & <通知>`,
    html: `<p>正文${n}</p><p><a href="${base}/x">链接</a></p>`,
    summary: `摘要${n}`,
    publishedAt: new Date(Date.UTC(2024, 4, 10 - n, 2, 0, 0)),
    unitName: '县政府办公室',
    categoryName: '通知公告',
    categoryCode: 'tzgg',
    revision: 1,
    ...overrides,
  };
}

// Newest first, as the caller orders them.
const items = [item(1), item(2), item(3)];
const page = { feedUrl: `${base}/feed.json`, nextUrl: `${base}/feed.json?page=2` };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('JSON Feed 1.1', () => {
  test('parses and carries the 1.1 version, language, feed and next URLs', () => {
    const feed = JSON.parse(renderJsonFeed(site, items, page));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: '某县人民政府',
      home_page_url: `${base}/`,
      feed_url: `${base}/feed.json`,
      next_url: `${base}/feed.json?page=2`,
      language: 'zh-CN',
    });
  });

  test('omits next_url on the last page', () => {
    const feed = JSON.parse(renderJsonFeed(site, items, { feedUrl: page.feedUrl, nextUrl: null }));
    expect('next_url' in feed).toBe(false);
    expect(buildJsonFeed(site, [], { feedUrl: page.feedUrl }).items).toEqual([]);
  });

  test('items keep the given order and carry the required fields', () => {
    const feed = buildJsonFeed(site, items, page);
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const first = feed.items[0];
    expect(first).toMatchObject({
      url: `${base}/articles/1`,
      title: '第1条 & <通知>',
      summary: '摘要1',
      tags: ['通知公告'],
      authors: [{ name: '县政府办公室' }],
    });
    expect(first.content_html).toBe(`<p>正文1</p><p><a href="${base}/x" rel="noopener noreferrer">链接</a></p>`);
    expect(first.date_published).toMatch(RFC3339);
    expect(new Date(first.date_published).getTime()).toBe(items[0].publishedAt.getTime());
    expect(first.date_modified).toBe(first.date_published);
  });

  test('date_modified follows updatedAt; a missing summary is derived from the body', () => {
    const updatedAt = new Date(Date.UTC(2024, 5, 1));
    const [one] = buildJsonFeed(site, [item(1, { updatedAt, summary: null })], page).items;
    expect(new Date(one.date_modified).getTime()).toBe(updatedAt.getTime());
    expect(one.summary).toBe('正文1\n链接');
  });

  test('content_html never carries script, even from a bad stored row', () => {
    const [one] = buildJsonFeed(site, [item(1, { html: '<p onclick="x()">a<script>alert(1)</script></p>' })], page).items;
    expect(one.content_html).toBe('<p>a</p>');
  });

  test('builds from a Rendition', () => {
    const fi = feedItemFromRendition({
      contentId: 'c1', revision: 2, title: 't', html: '<p>b</p>', summary: 's', categoryCode: 'tzgg', categoryName: '通知公告',
      unitName: 'u', portalUrl: `${base}/articles/c1`, publishedAt: new Date(0),
    });
    expect(fi).toMatchObject({ id: 'c1', url: `${base}/articles/c1`, revision: 2, html: '<p>b</p>' });
  });
});

describe('RSS 2.0', () => {
  const rssPage = { feedUrl: `${base}/feed.xml`, nextUrl: `${base}/feed.xml?page=2` };

  test('is well-formed XML with channel metadata and atom self/next links', () => {
    const xml = renderRss(site, items, rssPage);
    expect(xmlProblems(xml)).toEqual([]);
    const doc = parseXml(xml);
    const rss = byTag(doc, 'rss')[0];
    expect(rss.attribs.version).toBe('2.0');
    const channel = byTag(rss, 'channel')[0];
    const field = (name: string) => text(child(channel, name)!);
    expect(field('title')).toBe('某县人民政府');
    expect(field('link')).toBe(`${base}/`);
    expect(field('language')).toBe('zh-cn');
    expect(field('lastBuildDate')).toBe(items[0].publishedAt.toUTCString());
    const links = byTag(channel, 'atom:link').map((l) => [l.attribs.rel, l.attribs.href]);
    expect(links).toEqual([['self', `${base}/feed.xml`], ['next', `${base}/feed.xml?page=2`]]);
  });

  test('items keep the given order with title, link, guid, RFC 822 pubDate, category and description', () => {
    const doc = parseXml(renderRss(site, items, rssPage));
    const rssItems = byTag(doc, 'item');
    expect(rssItems.map((i) => text(byTag(i, 'guid')[0]))).toEqual(items.map((i) => i.id));
    const first = rssItems[0];
    expect(text(byTag(first, 'title')[0])).toBe('第1条 & <通知>');
    expect(text(byTag(first, 'link')[0])).toBe(`${base}/articles/1`);
    expect(byTag(first, 'guid')[0].attribs.isPermaLink).toBe('false');
    const pubDate = text(byTag(first, 'pubDate')[0]);
    expect(pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(new Date(pubDate).getTime()).toBe(items[0].publishedAt.getTime());
    expect(text(byTag(first, 'category')[0])).toBe('通知公告');
    expect(text(byTag(first, 'description')[0])).toContain('<p>正文1</p>');
  });

  test('no next link on the last page; an empty page is still a valid feed', () => {
    const xml = renderRss(site, [], { feedUrl: rssPage.feedUrl });
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('rel="next"');
    expect(xml).not.toContain('lastBuildDate');
  });

  test('survives "]]>", XML-hostile characters and markup in every text field', () => {
    const hostile = item(1, {
      title: 'a]]>b <x> & \u0001\u0008 "q" \'s\'',
      html: '<p>x]]>y</p><![CDATA[z]]><p>&amp; \u000b</p>',
      categoryName: '<类&别>',
      unitName: ']]>',
      id: 'id&<>',
      url: `${base}/articles/1?a=1&b=2`,
    });
    const xml = renderRss(site, [hostile], rssPage);
    expect(xmlProblems(xml)).toEqual([]);
    const first = byTag(parseXml(xml), 'item')[0];
    // Titles are plain text (issue 8): a tag typed into one is markup and dropped, never passed to readers.
    expect(text(byTag(first, 'title')[0])).toBe('a]]>b & "q" \'s\'');
    expect(text(byTag(first, 'description')[0])).toContain('x]]&gt;y');
    expect(text(byTag(first, 'link')[0])).toBe(`${base}/articles/1?a=1&b=2`);
    expect(text(byTag(first, 'category')[0])).toBe('<类&别>');
  });

  test('the checker itself catches broken XML', () => {
    expect(xmlProblems('<rss><a></rss>')).not.toEqual([]);
    expect(xmlProblems('<rss>a & b</rss>')).not.toEqual([]);
    expect(xmlProblems('<rss><a/></b></rss>')).not.toEqual([]);
    expect(xmlProblems('<rss><a/></rss>')).toEqual([]);
  });
});

describe('feedValidators', () => {
  const v = feedValidators(items, 'json:1');

  test('a strong, quoted ETag that is stable for the same input', () => {
    expect(v.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(feedValidators(items.map((i) => ({ ...i })), 'json:1').etag).toBe(v.etag);
  });

  test('the ETag changes when an item changes, disappears, moves, or the page/format differs', () => {
    const changed = [
      [item(1, { updatedAt: new Date(Date.UTC(2024, 5, 1)) }), item(2), item(3)],
      [item(1, { revision: 2, title: '新标题' }), item(2), item(3)],
      [item(1), item(3)],
      [item(2), item(1), item(3)],
      [item(1), item(2), item(3, { categoryName: '工作动态' })],
    ];
    const etags = changed.map((c) => feedValidators(c, 'json:1').etag);
    for (const e of etags) expect(e).not.toBe(v.etag);
    expect(new Set(etags).size).toBe(etags.length);
    expect(feedValidators(items, 'json:2').etag).not.toBe(v.etag);
    expect(feedValidators(items, 'xml:1').etag).not.toBe(v.etag);
  });

  test('Last-Modified is the latest publication or update, or a later removal; null when empty', () => {
    expect(v.lastModified).toEqual(items[0].publishedAt);
    const updatedAt = new Date(Date.UTC(2024, 6, 1));
    expect(feedValidators([item(3, { updatedAt }), item(1)]).lastModified).toEqual(updatedAt);
    const removedAt = new Date(Date.UTC(2024, 7, 1));
    expect(feedValidators(items, '', removedAt).lastModified).toEqual(removedAt);
    expect(feedValidators([]).lastModified).toBeNull();
  });
});

describe('isNotModified', () => {
  const lastModified = new Date('2024-05-09T02:00:00.400Z');
  const v = { etag: '"abc123"', lastModified };
  const now = new Date('2024-06-01T00:00:00Z');

  test('If-None-Match: weak comparison over a list, or *', () => {
    expect(isNotModified({ ifNoneMatch: '"abc123"' }, v, now)).toBe(true);
    expect(isNotModified({ ifNoneMatch: 'W/"abc123"' }, v, now)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"zzz", W/"abc123" ' }, v, now)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '*' }, v, now)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"abc1234"' }, v, now)).toBe(false);
    expect(isNotModified({ ifNoneMatch: 'abc123' }, v, now)).toBe(false);
  });

  test('If-None-Match takes precedence over If-Modified-Since', () => {
    const ims = new Date('2024-05-20T00:00:00Z').toUTCString();
    expect(isNotModified({ ifNoneMatch: '"old"', ifModifiedSince: ims }, v, now)).toBe(false);
    expect(isNotModified({ ifNoneMatch: '"abc123"', ifModifiedSince: 'Mon, 01 Jan 2001 00:00:00 GMT' }, v, now)).toBe(true);
  });

  test('If-Modified-Since at one-second granularity', () => {
    // The header the server sent, which has lost the 400 ms.
    expect(isNotModified({ ifModifiedSince: lastModified.toUTCString() }, v, now)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Thu, 09 May 2024 02:00:01 GMT' }, v, now)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Thu, 09 May 2024 01:59:59 GMT' }, v, now)).toBe(false);
    // The obsolete HTTP-date forms are still dates.
    expect(isNotModified({ ifModifiedSince: 'Thursday, 09-May-24 02:00:00 GMT' }, v, now)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Thu May  9 02:00:00 2024' }, v, now)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Thu May  9 01:59:59 2024' }, v, now)).toBe(false);
  });

  test('invalid or future dates, and missing validators, never produce a 304', () => {
    expect(isNotModified({ ifModifiedSince: 'yesterday' }, v, now)).toBe(false);
    expect(isNotModified({ ifModifiedSince: '2024-05-10' }, v, now)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'Sat, 01 Jan 2099 00:00:00 GMT' }, v, now)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'Sat, 01 Jun 2024 00:00:00 GMT' }, { ...v, lastModified: null }, now)).toBe(false);
    expect(isNotModified({}, v, now)).toBe(false);
    expect(isNotModified({ ifNoneMatch: '' }, v, now)).toBe(false);
  });
});
