import express, { type ErrorRequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../schema/resolvers.js';
import type { Deps } from '../workflow/deps.js';
import { auditExportRouter } from './auditExport.js';
import { createGraphqlMiddleware } from './graphql.js';
import { startPageCache } from './pageCache.js';
import { portalRouter } from './portal.js';
import { graphqlMetricsPlugin, httpMetrics, metricsRouter } from './metricsRoutes.js';
import { requestLogging } from './requestLog.js';
import { statsRouter } from './statsRoutes.js';
import { wechatCallbackRouter } from './wechatCallback.js';

/** Large enough for a 1,000,000-character article body in JSON; anything bigger is refused unread. */
export const BODY_LIMIT = '4mb';

export interface App {
  app: express.Express;
  close(): Promise<void>;
}

export async function createApp(deps: Deps, options: { graphqlPlugins?: ApolloServerPlugin<Context>[] } = {}): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogging(deps.logger), httpMetrics(), metricsRouter(deps.config.metricsToken));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.pool.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const graphql = await createGraphqlMiddleware(deps, [graphqlMetricsPlugin<Context>(), ...(options.graphqlPlugins ?? [])]);
  app.use('/graphql', express.json({ limit: BODY_LIMIT }), graphql.handler);
  app.use(wechatCallbackRouter(deps));
  app.use(auditExportRouter(deps));
  app.use(statsRouter(deps));
  const pageCache = startPageCache(deps.pool, { onLost: (error) => deps.logger.warn({ err: error }, '门户缓存通知连接中断，正在重连') });
  app.use(portalRouter(deps, pageCache));

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 400 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) req.log.error({ err: error }, '请求处理出错');
    const message = status === 413 ? `请求体超过 ${BODY_LIMIT}` : status === 400 ? '请求格式错误' : '服务器内部错误';
    if (req.path.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code } }] });
    else res.status(status).type('text/plain; charset=utf-8').send(message);
  };
  app.use(onError);
  return { app, close: async () => { await graphql.stop(); await pageCache.stop(); } };
}
