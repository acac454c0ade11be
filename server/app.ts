import express, { type ErrorRequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../schema/resolvers.js';
import { ping } from '../store/db.js';
import type { Deps } from '../workflow/deps.js';
import type { Config } from './config.js';
import { annualReportRouter } from './annualReportRoutes.js';
import { auditExportRouter } from './auditExport.js';
import { consoleRouter, GRAPHQL_BROWSER_PAGE } from './console.js';
import { securityHeaders } from './securityHeaders.js';
import { createGraphqlMiddleware } from './graphql.js';
import { startPageCache } from './pageCache.js';
import { portalRouter } from './portal.js';
import { graphqlMetricsPlugin, httpMetrics, metricsRouter } from './metricsRoutes.js';
import { requestLogging } from './requestLog.js';
import { statsRouter } from './statsRoutes.js';
import { channelWebhooksRouter } from './channelWebhooks.js';

/** Large enough for a 1,000,000-character article body in JSON; anything bigger is refused unread. */
export const BODY_LIMIT = '4mb';

export interface App {
  app: express.Express;
  close(): Promise<void>;
}

export async function createApp(deps: Deps<Config>, options: { graphqlPlugins?: ApolloServerPlugin<Context>[] } = {}): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders(), requestLogging(deps.logger), httpMetrics(), metricsRouter(deps.config.metricsToken));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await ping(deps.pool);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const graphql = await createGraphqlMiddleware(deps, [graphqlMetricsPlugin<Context>(), ...(options.graphqlPlugins ?? [])]);
  app.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['json', 'html']) !== 'html') return next();
    res.set('Cache-Control', 'no-cache').type('html').send(GRAPHQL_BROWSER_PAGE);
  });
  app.use('/graphql', express.json({ limit: BODY_LIMIT }), graphql.handler);
  app.use(channelWebhooksRouter(deps));
  app.use(auditExportRouter(deps));
  app.use(statsRouter(deps));
  app.use(annualReportRouter(deps));
  app.use(consoleRouter());
  const pageCache = startPageCache(deps.pool, { onLost: (error) => deps.logger.warn({ err: error }, '门户缓存通知连接中断，正在重连') });
  app.use(portalRouter(deps, pageCache));

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    // Body-parser marks what the client got wrong with a 4xx status; anything else is ours.
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    const { code, message } = status === 413 ? { code: 'PAYLOAD_TOO_LARGE', message: `请求体超过 ${BODY_LIMIT}` }
      : status === 415 ? { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求编码或类型，请使用 application/json; charset=utf-8' }
      : status < 500 ? { code: 'BAD_REQUEST', message: '请求格式错误' }
      : { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误' };
    if (status >= 500) req.log.error({ err: error }, '请求处理出错');
    if (req.path.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code } }] });
    else res.status(status).type('text/plain; charset=utf-8').send(message);
  };
  app.use(onError);
  return { app, close: async () => { await graphql.stop(); await pageCache.stop(); } };
}
