import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import express, { type RequestHandler, type Router } from 'express';
import type { OperationDefinitionNode } from 'graphql';
import { graphqlDuration, httpDuration, registry } from '../observe/metrics.js';

/**
 * The route pattern, not the path: `/articles/:id` is one series, not one per article. Middleware mounted
 * with `app.use` (GraphQL) has no route; its mount point stands in, anything else is `(other)`.
 */
function routeOf(req: express.Request): string {
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  return req.originalUrl.startsWith('/graphql') ? '/graphql' : '(other)';
}

export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    const stop = httpDuration.startTimer();
    res.once('finish', () => stop({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}

/** The operation's root fields, sorted: bounded by the schema, unlike client-chosen operation names. */
function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return '(invalid)';
  const fields = operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : '…'));
  return [...new Set(fields)].sort().join(',') || '(empty)';
}

export function graphqlMetricsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const stop = graphqlDuration.startTimer();
      return {
        async willSendResponse(context) {
          const body = context.response.body;
          const failed = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : false;
          stop({ type: context.operation?.operation ?? '(invalid)', operation: operationLabel(context.operation), outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function sendMetrics(res: express.Response | http.ServerResponse): Promise<void> {
  const text = await registry.metrics();
  res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
  res.end(text);
}

/**
 * `GET /metrics` on the main port, for a scraper holding METRICS_TOKEN. Without a token configured the
 * route does not exist there (use METRICS_PORT): operational detail is not for the public.
 */
export function metricsRouter(token: string | null): Router {
  const router = express.Router();
  router.get('/metrics', async (req, res, next) => {
    if (!token) return next();
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) {
      res.set('WWW-Authenticate', 'Bearer').status(401).type('text/plain; charset=utf-8').send('需要 METRICS_TOKEN');
      return;
    }
    await sendMetrics(res);
  });
  return router;
}

/** METRICS_PORT: `/metrics` alone, on loopback, for a worker (which has no HTTP server) or a side-car scraper. */
export async function startMetricsServer(port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      sendMetrics(res).catch(() => res.destroy());
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
