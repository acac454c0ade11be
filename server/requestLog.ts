import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { withRequestId, type Logger } from '../observe/logger.js';

/** Probes and scrapes come every few seconds: logging each would bury the lines that matter. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** A proxy's id is kept when it looks like one (so a request can be followed across hops); otherwise a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * One line per request (method, path, status, time; never headers or bodies), an `X-Request-Id` on every
 * reply, and the request's id in every log line written while it is handled — including by jobs it arms.
 */
export function requestLogging(logger: Logger): RequestHandler[] {
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]!) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
  const context: RequestHandler = (req, _res, next) => withRequestId(String(req.id), () => next());
  return [http, context];
}
