import type { Request, Response } from 'express';
import { feedValidators, isNotModified, renderJsonFeed, renderRss, type FeedItem, type FeedPage } from '../channels/app/feed.js';
import type { SiteInfo } from '../channels/portal/render.js';

/**
 * One page of a client feed (Chinese or another language's): validators, a 304 when the reader has it, else
 * JSON Feed or RSS. `variant` names everything else that changes the bytes; `retractedAt` is when an item last
 * left the channel — a retraction changes no remaining item, so it must move Last-Modified too.
 */
export function sendFeed(
  req: Request, res: Response,
  feed: { format: 'json' | 'xml'; site: SiteInfo; items: FeedItem[]; page: FeedPage; variant: string; retractedAt: Date | null },
): void {
  const validators = feedValidators(feed.items, feed.variant, feed.retractedAt);
  res.set('ETag', validators.etag).set('Cache-Control', 'public, max-age=60');
  if (validators.lastModified) res.set('Last-Modified', validators.lastModified.toUTCString());
  const conditional = { ifNoneMatch: req.get('If-None-Match') ?? undefined, ifModifiedSince: req.get('If-Modified-Since') ?? undefined };
  if (isNotModified(conditional, validators)) {
    res.status(304).end();
    return;
  }
  if (feed.format === 'json') res.type('application/feed+json; charset=utf-8').send(renderJsonFeed(feed.site, feed.items, feed.page));
  else res.type('application/rss+xml; charset=utf-8').send(renderRss(feed.site, feed.items, feed.page));
}
