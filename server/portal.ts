import { Router, type Request, type Response } from 'express';
import { articlePath } from '../channels/hub.js';
import { faviconIco } from '../channels/portal/favicon.js';
import {
  PORTAL_CONTENT_SECURITY_POLICY, portalPaths, renderArticle, renderCategory, renderContact, renderGone, renderHome, renderNotFound, renderSearch, renderSiteMap,
  type SiteInfo,
} from '../channels/portal/render.js';
import type { FeedItem } from '../channels/app/feed.js';
import { sendFeed } from './feedResponse.js';
import type { Category } from '../store/categories.js';
import type { PortalLink } from '../store/interpretations.js';
import type { PublishedItem } from '../store/portal.js';
import { mnPortalRouter } from './mnPortal.js';
import { mnPaths } from '../channels/portal/mongolian.js';
import { hasMongolianVersion } from '../workflow/translations.js';
import type { Deps } from '../workflow/deps.js';
import { AppError } from '../workflow/errors.js';
import { articleExtras, findPublished, lastRetraction, latestPublished, listPublished, portalCategories, retraction } from '../workflow/portalReads.js';
import { isCleanText } from '../workflow/text.js';
import { MAX_QUERY_LENGTH, searchPublished as searchPortal } from '../workflow/search.js';
import { publicFormsRouter } from './publicForms.js';
import { getSiteSettings, psbLinkOf } from '../workflow/siteSettings.js';
import { keepRendered, type PageCache } from './pageCache.js';
import { mediaRouter } from './mediaRoutes.js';
import { attachmentViews, infoBoxOf } from './articleInfo.js';

const PAGE_SIZE = 20;
const FEED_PAGE_SIZE = 20;

// The portal serves no script: a strict policy (only the pages' own stylesheet, by hash) stops injected markup from running.
const PAGE_HEADERS = {
  'Content-Security-Policy': PORTAL_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

function pageNumber(req: Request): number | null {
  const raw = req.query.page;
  if (raw === undefined) return 1;
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : null;
}

function sendHtml(res: Response, status: number, html: string): void {
  // Pages differ with the 长辈版 cookie: a shared cache must keep the two apart.
  res.status(status).set(PAGE_HEADERS).set('Vary', 'Cookie').type('text/html; charset=utf-8').send(html);
  keepRendered(res, status, html);
}

const ELDER_COOKIE = 'tf_elder';
const isElder = (req: Request): boolean => new RegExp(`(?:^|;\\s*)${ELDER_COOKIE}=1(?:;|$)`).test(req.headers.cookie ?? '');

/** Only a local path may be the way back: `//host` or `https://…` would make the toggle an open redirect. */
function localPath(raw: unknown): string {
  return typeof raw === 'string' && /^\/(?![/\\])/.test(raw) && raw.length <= 2000 ? raw : '/';
}

const FAVICON = faviconIco();

/** Portal (一网) and client feeds (一端): public, read-only views of what was published. */
const categoryView = (c: Category) => ({ code: c.code, name: c.name, parentCode: c.parentCode });

export function portalRouter(deps: Deps, pageCache?: PageCache): Router {
  const router = Router();
  router.use(mediaRouter(deps));
  // Published pages change only on publish, retract or correction: the cache serves them in between.
  // The 长辈版 is another rendering of the same page: cached apart.
  if (pageCache) router.get(['/', '/categories/:code', '/articles/:id'], pageCache.middleware(sendHtml, (req) => (isElder(req) ? 'elder' : '')));
  /** The site frame; pages that read the catalogue anyway pass it in rather than reading it twice. */
  const siteInfo = async (req: Request, categories?: Category[]): Promise<SiteInfo> => {
    const [settings, all] = await Promise.all([getSiteSettings(deps), categories ?? portalCategories(deps)]);
    return {
      siteName: settings.siteName,
      baseUrl: deps.config.publicBaseUrl,
      navCategories: all.filter((c) => !c.parentCode).map(categoryView),
      identity: { sponsor: settings.sponsor, organizer: settings.organizer, siteCode: settings.siteCode, icpNumber: settings.icpNumber, psbNumber: settings.psbNumber, psbLink: psbLinkOf(settings) },
      elder: isElder(req),
      requestPath: localPath(req.originalUrl),
    };
  };
  const articleView = (item: PublishedItem) => ({
    id: item.contentId, title: item.title, html: item.html, summary: item.summary, publishedAt: item.publishedAt, unitName: item.unitName,
    categoryCode: item.categoryCode, categoryName: item.categoryName, url: `${deps.config.publicBaseUrl}${articlePath(item.contentId)}`, revision: item.revision,
    updatedAt: item.updatedAt, infoIndex: infoBoxOf(item), corrections: item.corrections.map((c) => ({ note: c.note, at: new Date(c.at) })),
  });

  router.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').type('image/x-icon').send(FAVICON);
  });

  /** 长辈版 without JavaScript: a link sets (or clears) the cookie here and comes back to the page. */
  router.get('/elder-mode', (req, res) => {
    const on = req.query.on === '1';
    res.cookie(ELDER_COOKIE, on ? '1' : '0', { path: '/', httpOnly: true, sameSite: 'lax', maxAge: on ? 365 * 24 * 3600 * 1000 : 0 });
    res.redirect(303, localPath(req.query.back));
  });

  router.get(portalPaths.siteMap, async (req, res) => {
    const categories = (await portalCategories(deps)).filter((c) => c.active);
    sendHtml(res, 200, renderSiteMap(await siteInfo(req, categories), categories.map(categoryView)));
  });

  router.get(portalPaths.contact, async (req, res) => {
    const [site, s] = await Promise.all([siteInfo(req), getSiteSettings(deps)]);
    sendHtml(res, 200, renderContact(site, { address: s.contactAddress, postcode: s.contactPostcode, phone: s.contactPhone, email: s.contactEmail, hours: s.contactHours }));
  });

  router.use(publicFormsRouter(deps, (req) => siteInfo(req)));
  router.use(mnPortalRouter(deps, siteInfo, pageCache));

  router.get('/', async (_req, res) => {
    const [categories, items] = await Promise.all([portalCategories(deps), latestPublished(deps, 'PORTAL', 5)]);
    const site = await siteInfo(_req, categories);
    const sections = categories
      .map((category) => ({ category: categoryView(category), items: items.filter((i) => i.categoryCode === category.code).map(articleView) }))
      .filter((s) => s.items.length > 0);
    sendHtml(res, 200, renderHome(site, sections));
  });

  router.get('/categories/:code', async (req, res) => {
    const page = pageNumber(req);
    const categories = await portalCategories(deps);
    const site = await siteInfo(req, categories);
    const category = categories.find((c) => c.code === req.params.code);
    if (!category || page === null) return sendHtml(res, 404, renderNotFound(site));
    site.mongolianHref = mnPaths.category(category.code);
    const children = categories.filter((c) => c.parentCode === category.code);
    const { items, total } = await listPublished(deps, 'PORTAL', { categoryCodes: [category.code, ...children.map((c) => c.code)], offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    sendHtml(res, 200, renderCategory(site, categoryView(category), items.map(articleView), { page, pageSize: PAGE_SIZE, total }, children.map(categoryView)));
  });

  router.get('/articles/:id', async (req, res) => {
    const categories = await portalCategories(deps);
    const site = await siteInfo(req, categories);
    const id = req.params.id;
    const item = await findPublished(deps, 'PORTAL', id);
    if (item) {
      // ᠮᠣᠩᠭᠣᠯ leads to this item's Mongolian page when it has one, else to the Mongolian home.
      if (await hasMongolianVersion(deps, id)) site.mongolianHref = mnPaths.article(id);
      const { interpretation, interprets, attachments: files } = await articleExtras(deps, id);
      const link = (l: PortalLink | null) => l && { title: l.title, url: `${deps.config.publicBaseUrl}${articlePath(l.contentId)}` };
      return sendHtml(res, 200, renderArticle(site, { ...articleView(item), categoryAncestors: ancestorsOf(categories, item.categoryCode), interpretation: link(interpretation), interprets: link(interprets), attachments: attachmentViews(files) }));
    }
    const retracted = await retraction(deps, 'PORTAL', id);
    if (retracted) return sendHtml(res, 410, renderGone(site, retracted.reason ? `该信息已撤回：${retracted.reason}` : '该信息已撤回'));
    sendHtml(res, 404, renderNotFound(site));
  });

  router.get('/search', async (req, res) => {
    const site = await siteInfo(req);
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, MAX_QUERY_LENGTH).trim() : '';
    site.mongolianHref = mnPaths.search(isCleanText(q) ? q : '');
    const page = pageNumber(req) ?? 1;
    // NUL or a broken surrogate is not a search anyone typed: say so, rather than search for nothing.
    if (!isCleanText(q)) return sendHtml(res, 400, renderSearch(site, '', [], { page: 1, pageSize: PAGE_SIZE, total: 0 }));
    const { items, total, estimated } = q ? await searchPortal(deps, q, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).catch(noResultsOnBadQuery) : { items: [], total: 0, estimated: false };
    sendHtml(res, 200, renderSearch(site, q, items.map(articleView), { page, pageSize: PAGE_SIZE, total, estimated }));
  });

  const feed = (format: 'json' | 'xml') => async (req: Request, res: Response) => {
    const site = await siteInfo(req);
    const page = pageNumber(req);
    if (page === null) return res.status(400).type('text/plain').send('invalid page');
    const { items, total } = await listPublished(deps, 'APP', { offset: (page - 1) * FEED_PAGE_SIZE, limit: FEED_PAGE_SIZE });
    const feedItems: FeedItem[] = items.map(articleView);
    const path = `/feed.${format}`;
    const nextUrl = page * FEED_PAGE_SIZE < total ? `${deps.config.publicBaseUrl}${path}?page=${page + 1}` : null;
    const feedUrl = `${deps.config.publicBaseUrl}${path}${page > 1 ? `?page=${page}` : ''}`;
    sendFeed(req, res, { format, site, items: feedItems, page: { nextUrl, feedUrl }, variant: `${format}:${page}:${total}`, retractedAt: await lastRetraction(deps, 'APP') });
  };
  router.get('/feed.json', feed('json'));
  router.get('/feed.xml', feed('xml'));
  // 依申请公开 and 网民留言 are linked from every footer; until their own pages are mounted (before this
  // router), these say the service is being built rather than answering 404.
  router.use(async (req, res) => sendHtml(res, 404, renderNotFound(await siteInfo(req))));
  return router;
}

/** The columns above a category, outermost first: the breadcrumb of an article in a sub-column. */
function ancestorsOf(categories: Category[], code: string): ReturnType<typeof categoryView>[] {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const chain: ReturnType<typeof categoryView>[] = [];
  for (let parent = byCode.get(code)?.parentCode; parent && chain.length < categories.length; parent = byCode.get(parent)?.parentCode) {
    const category = byCode.get(parent);
    if (!category) break;
    chain.unshift(categoryView(category));
  }
  return chain;
}

/** A query the search refuses (too many terms) is, to a visitor, simply one that finds nothing. */
function noResultsOnBadQuery(error: unknown): { items: PublishedItem[]; total: number; estimated: boolean } {
  if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return { items: [], total: 0, estimated: false };
  throw error;
}
