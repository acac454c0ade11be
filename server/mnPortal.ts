import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import type { FeedItem } from '../channels/app/feed.js';
import { sendFeed } from './feedResponse.js';
import {
  MN_CONTENT_SECURITY_POLICY, mnPaths, renderMnArticle, renderMnCategory, renderMnGone, renderMnHome, renderMnNotFound, renderMnSearch,
  type MnArticleSummary, type MnCategoryView, type MnSiteInfo,
} from '../channels/portal/mongolian.js';
import { MN_FONT_LICENSE_PATH, MN_FONT_PATH } from '../channels/portal/mongolianFont.js';
import type { SiteInfo } from '../channels/portal/render.js';
import type { Category } from '../store/categories.js';
import type { TranslatedItem } from '../store/translations.js';
import { isUuid } from '../workflow/ids.js';
import { articleExtras, lastRetraction, portalCategories, retraction } from '../workflow/portalReads.js';
import { attachmentViews, infoBoxOf } from './articleInfo.js';
import type { Deps } from '../workflow/deps.js';
import { MONGOLIAN, publishedTranslation, publishedTranslations, searchTranslated } from '../workflow/translations.js';
import { isCleanText } from '../workflow/text.js';
import { MAX_QUERY_LENGTH } from '../workflow/search.js';
import { keepRendered, type PageCache } from './pageCache.js';

const PAGE_SIZE = 20;
const FEED_PAGE_SIZE = 20;
const YEAR_SECONDS = 365 * 24 * 3600;

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('@fontsource/noto-sans-mongolian/LICENSE'));
const FONT = fs.readFileSync(path.join(FONT_DIR, 'files', 'noto-sans-mongolian-mongolian-400-normal.woff2'));
const FONT_LICENSE = fs.readFileSync(path.join(FONT_DIR, 'LICENSE'), 'utf8');

function sendMnHtml(res: Response, status: number, html: string): void {
  res.status(status).set({
    'Content-Security-Policy': MN_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'Content-Language': 'mn-Mong',
  }).type('text/html; charset=utf-8').send(html);
  keepRendered(res, status, html);
}

function pageNumber(req: Request): number | null {
  if (req.query.page === undefined) return 1;
  const page = Number(req.query.page);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : null;
}

const mnCategory = (c: Category): MnCategoryView => ({ code: c.code, name: c.nameMn ?? c.name, nameLang: c.nameMn ? 'mn-Mong' : 'zh-CN', parentCode: c.parentCode });

/**
 * The Mongolian portal under /mn/: items whose Mongolian version was approved, while the item itself is
 * published (a retraction takes both down). Cached like the Chinese pages, keyed by URL.
 */
export function mnPortalRouter(deps: Deps, siteInfo: (req: Request, categories?: Category[]) => Promise<SiteInfo>, pageCache?: PageCache): Router {
  const router = Router();
  const base = () => deps.config.publicBaseUrl.replace(/\/+$/, '');
  const summary = (item: TranslatedItem): MnArticleSummary => ({ id: item.contentId, title: item.title, url: `${base()}${mnPaths.article(item.contentId)}`, publishedAt: item.publishedAt, summary: item.summary });
  const frame = async (req: Request, chineseHref: string, categories?: Category[]): Promise<{ info: MnSiteInfo; categories: Category[] }> => {
    const all = categories ?? (await portalCategories(deps));
    return { info: { site: await siteInfo(req, all), nav: all.map(mnCategory), chineseHref }, categories: all };
  };

  router.get(MN_FONT_PATH, (_req, res) => {
    res.set('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`).set('Access-Control-Allow-Origin', '*').type('font/woff2').send(FONT);
  });
  router.get(MN_FONT_LICENSE_PATH, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').type('text/plain; charset=utf-8').send(FONT_LICENSE);
  });
  // Routing is not strict: '/mn' also matches '/mn/', which is the page itself.
  router.get('/mn', (req, res, next) => (req.originalUrl.split('?')[0] === '/mn' ? res.redirect(301, mnPaths.home) : next()));

  if (pageCache) router.get(['/mn/', '/mn/categories/:code', '/mn/articles/:id'], pageCache.middleware(sendMnHtml));

  router.get('/mn/', async (req, res) => {
    const { info, categories } = await frame(req, '/');
    const { items } = await publishedTranslations(deps, 'PORTAL', { offset: 0, limit: 100 });
    const sections = categories
      .map((category) => ({ category: mnCategory(category), items: items.filter((i) => i.categoryCode === category.code).slice(0, 5).map(summary) }))
      .filter((s) => s.items.length > 0);
    sendMnHtml(res, 200, renderMnHome(info, sections));
  });

  router.get('/mn/categories/:code', async (req, res) => {
    const code = req.params.code;
    const { info, categories } = await frame(req, `/categories/${encodeURIComponent(code)}`);
    const category = categories.find((c) => c.code === code);
    const page = pageNumber(req);
    if (!category || page === null) return sendMnHtml(res, 404, renderMnNotFound({ ...info, chineseHref: '/' }));
    const children = categories.filter((c) => c.parentCode === category.code);
    const { items, total } = await publishedTranslations(deps, 'PORTAL', { categoryCodes: [category.code, ...children.map((c) => c.code)], offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    sendMnHtml(res, 200, renderMnCategory(info, mnCategory(category), items.map(summary), { page, pageSize: PAGE_SIZE, total }, children.map(mnCategory)));
  });

  router.get('/mn/articles/:id', async (req, res) => {
    const id = req.params.id;
    const { info, categories } = await frame(req, isUuid(id) ? `/articles/${id}` : '/');
    const item = await publishedTranslation(deps, 'PORTAL', id);
    if (item) {
      const category = categories.find((c) => c.code === item.categoryCode);
      const { attachments } = await articleExtras(deps, id);
      return sendMnHtml(res, 200, renderMnArticle(info, {
        ...summary(item), html: item.html, unitName: item.unitName, revision: item.revision, infoIndex: infoBoxOf(item), attachments: attachmentViews(attachments),
        category: category ? mnCategory(category) : { code: item.categoryCode, name: item.categoryName, nameLang: 'zh-CN', parentCode: null },
      }));
    }
    if (isUuid(id) && (await retraction(deps, 'PORTAL', id))) return sendMnHtml(res, 410, renderMnGone({ ...info, chineseHref: `/articles/${id}` }));
    sendMnHtml(res, 404, renderMnNotFound({ ...info, chineseHref: '/' }));
  });

  router.get('/mn/search', async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, MAX_QUERY_LENGTH).trim() : '';
    const { info } = await frame(req, q ? `/search?q=${encodeURIComponent(q)}` : '/search');
    const page = pageNumber(req) ?? 1;
    if (!isCleanText(q)) return sendMnHtml(res, 400, renderMnSearch(info, '', [], { page: 1, pageSize: PAGE_SIZE, total: 0 }));
    const { items, total } = q ? await searchTranslated(deps, q, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }) : { items: [], total: 0 };
    sendMnHtml(res, 200, renderMnSearch(info, q, items.map(summary), { page, pageSize: PAGE_SIZE, total }));
  });

  /** The Mongolian client feeds: items published to the client channel (一端) that have an approved Mongolian version. */
  const feed = (format: 'json' | 'xml') => async (req: Request, res: Response) => {
    const page = pageNumber(req);
    if (page === null) return res.status(400).type('text/plain').send('invalid page');
    const site = await siteInfo(req);
    const { items, total } = await publishedTranslations(deps, 'APP', { offset: (page - 1) * FEED_PAGE_SIZE, limit: FEED_PAGE_SIZE });
    const feedItems: FeedItem[] = items.map((item) => ({
      id: `${item.contentId}#mn-Mong`, title: item.title, html: item.html, summary: item.summary, publishedAt: item.publishedAt, updatedAt: item.updatedAt,
      unitName: item.unitName, categoryCode: item.categoryCode, categoryName: item.categoryNameTranslated ?? item.categoryName, revision: item.revision,
      url: `${base()}${mnPaths.article(item.contentId)}`,
    }));
    const path = format === 'json' ? mnPaths.jsonFeed : mnPaths.rssFeed;
    const nextUrl = page * FEED_PAGE_SIZE < total ? `${base()}${path}?page=${page + 1}` : null;
    const feedUrl = `${base()}${path}${page > 1 ? `?page=${page}` : ''}`;
    const language = { tag: MONGOLIAN, homePageUrl: `${base()}${mnPaths.home}`, description: `${site.siteName} — ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ\u202Fᠪᠡᠷ` };
    sendFeed(req, res, { format, site, items: feedItems, page: { nextUrl, feedUrl, language }, variant: `mn:${format}:${page}:${total}`, retractedAt: await lastRetraction(deps, 'APP') });
  };
  router.get(mnPaths.jsonFeed, feed('json'));
  router.get(mnPaths.rssFeed, feed('xml'));

  router.use('/mn', async (req, res) => sendMnHtml(res, 404, renderMnNotFound((await frame(req, '/')).info)));
  return router;
}

