import type { Request, RequestHandler, Response } from 'express';
import type { Pool } from '../store/db.js';
import { listen, type Listening } from '../store/listen.js';

/** The channel the database's triggers notify when what the portal shows changes (migration 0012). */
export const PORTAL_CHANNEL = 'tongfa_portal';

interface Entry {
  status: number;
  html: string;
  at: number;
}

type Send = (res: Response, status: number, html: string) => void;

export interface PageCache {
  /**
   * Route middleware: serves a cached page through `send`, or lets the route render and keeps what it
   * sends (the route calls `keep`, which `send` does for it: see `keepRendered`).
   */
  middleware(send: Send, variant?: (req: Request) => string): RequestHandler;
  clear(): void;
  stop(): Promise<void>;
}

/** Called by the portal's one HTML sender: keeps the page if the request went through the cache's middleware. */
export function keepRendered(res: Response, status: number, html: string): void {
  (res.locals.keepPage as Send | undefined)?.(res, status, html);
}

/**
 * Rendered portal pages, per process. Published pages change only when something is published,
 * retracted or corrected (or the catalogue changes): the database notifies every process, which drops
 * its cache. `ttlMs` bounds staleness should a notification be missed while the connection was down
 * (the subscription also clears the cache each time it starts). A page rendered while a change landed
 * is not kept: the generation it started in is gone.
 */
export function startPageCache(pool: Pool, options: { maxEntries?: number; ttlMs?: number; onLost?: (error: Error) => void } = {}): PageCache {
  const maxEntries = options.maxEntries ?? 2000;
  const ttlMs = options.ttlMs ?? 60_000;
  const pages = new Map<string, Entry>();
  let generation = 0;
  const clear = (): void => {
    generation++;
    pages.clear();
  };
  const listening: Listening = listen(pool, PORTAL_CHANNEL, clear, options.onLost);

  return {
    middleware(send, variant) {
      return (req, res, next) => {
        // A variant (the 长辈版 cookie) renders the same URL differently, so it is part of the key.
        const key = `${variant?.(req) ?? ''}|${req.originalUrl}`;
        const hit = pages.get(key);
        if (hit && Date.now() - hit.at < ttlMs) return send(res, hit.status, hit.html);
        const startedIn = generation;
        res.locals.keepPage = ((_res, status, html) => {
          if (startedIn !== generation || (status !== 200 && status !== 404 && status !== 410)) return;
          if (pages.size >= maxEntries) pages.delete(pages.keys().next().value!);
          pages.set(key, { status, html, at: Date.now() });
        }) satisfies Send;
        next();
      };
    },
    clear,
    stop: () => listening.stop(),
  };
}
