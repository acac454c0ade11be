import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { exportFormats, type ExportFormat } from '../audit/export.js';
import { auditSearchFromText, exportAuditEvents } from '../workflow/audit.js';
import { HTTP_STATUS } from './httpStatus.js';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import { AppError, badInput } from '../workflow/errors.js';

const PARAMS = ['actor', 'action', 'unit', 'target', 'targetType', 'from', 'to'] as const;

function textParams(query: Request['query']): Partial<Record<(typeof PARAMS)[number], string>> {
  const params: Partial<Record<(typeof PARAMS)[number], string>> = {};
  for (const name of PARAMS) {
    const value = query[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw badInput(`查询参数 ${name} 只能出现一次`, { field: name });
    params[name] = value;
  }
  return params;
}

/**
 * `GET /audit/export.csv` and `GET /audit/export.jsonl`: the audit trail, filtered like
 * `searchAuditEvents`, for overseers with a bearer token. Streamed page by page with back-pressure, so
 * a slow client holds one page in memory, and a client that goes away stops the reading.
 */
export function auditExportRouter(deps: Deps): Router {
  const router = Router();
  const handle = (format: ExportFormat) => async (req: Request, res: Response): Promise<void> => {
    let chunks: AsyncGenerator<string>;
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const session = await authenticate(deps, token);
      chunks = await exportAuditEvents(deps, session?.actor ?? null, auditSearchFromText(textParams(req.query)), format);
    } catch (error) {
      if (!(error instanceof AppError) || !HTTP_STATUS[error.code]) throw error;
      if (error.code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
      res.status(HTTP_STATUS[error.code]!).json({ error: { code: error.code, message: error.message, ...(error.details ?? {}) } });
      return;
    }
    const stamp = deps.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    res.status(200).set({
      'Content-Type': exportFormats[format].contentType,
      'Content-Disposition': `attachment; filename="audit-${stamp}.${format}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      await pipeline(Readable.from(chunks), res);
    } catch (error) {
      // Headers are gone: a client that hung up needs nothing more; anything else cuts the response short
      // so the client sees an incomplete download rather than a silently truncated one.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') process.stderr.write(`audit export: ${String(error)}\n`);
      res.destroy();
    }
  };
  router.get('/audit/export.csv', handle('csv'));
  router.get('/audit/export.jsonl', handle('jsonl'));
  return router;
}
