import express, { Router, type Request, type Response } from 'express';
import { mediaStoreOf, uploadAttachment } from '../workflow/attachments.js';
import { MAX_UPLOAD_BYTES } from '../workflow/attachmentFiles.js';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import { isUuid } from '../workflow/ids.js';
import { publishedAttachment } from '../workflow/portalReads.js';
import { AppError, badInput, type ErrorCode } from '../workflow/errors.js';
import { HTTP_STATUS as PLAIN_HTTP_STATUS } from './httpStatus.js';

// An attachment of an item in the wrong state is a conflict; the rest as every plain route maps them.
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { ...PLAIN_HTTP_STATUS, INVALID_TRANSITION: 409 };

function sendError(res: Response, error: unknown): void {
  const status = error instanceof AppError ? HTTP_STATUS[error.code] : undefined;
  if (!status || !(error instanceof AppError)) throw error;
  if (status === 401) res.set('WWW-Authenticate', 'Bearer');
  res.status(status).json({ error: { code: error.code, message: error.message, ...(error.details ?? {}) } });
}

/**
 * `POST /media?contentId=<id>&filename=<name>[&replaces=<attachment id>]` with the file as the raw request
 * body and `Authorization: Bearer <token>`: uploads an attachment, or replaces one (GraphQL multipart would
 * need another dependency and a CSRF exemption). The console sends the same bearer token it sends to
 * /graphql, from its session storage: a header a cross-site page cannot make a browser add, so there is
 * no ambient credential to forge and no cookie to protect. `GET /attachments/<id>/<name>`: the file, only while its item is
 * published on the portal.
 */
export function mediaRouter(deps: Deps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES });
  router.post('/media', async (req: Request, res: Response, next) => {
    // Authenticate before reading a 20 MB body from anyone.
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const session = await authenticate(deps, token).catch(() => null);
    if (!session) return sendError(res, new AppError('UNAUTHENTICATED', '请先登录'));
    raw(req, res, async (error?: unknown) => {
      if (error) {
        const tooLarge = (error as { status?: number }).status === 413;
        if (tooLarge) return void res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` } });
        return next(error);
      }
      try {
        const contentId = typeof req.query.contentId === 'string' ? req.query.contentId : '';
        const name = typeof req.query.filename === 'string' ? req.query.filename : '';
        if (!isUuid(contentId)) throw badInput('须指定内容 contentId', { field: 'contentId' });
        if (!name.trim()) throw badInput('须指定文件名 filename', { field: 'filename' });
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const replaces = typeof req.query.replaces === 'string' && req.query.replaces ? req.query.replaces : null;
        const a = await uploadAttachment(deps, session.actor, contentId, name, body, { replaces });
        res.status(201).json({ id: a.id, fileName: a.fileName, type: a.typeLabel, size: a.sizeBytes, verdict: a.verdict, findings: a.findings });
      } catch (e) {
        try {
          sendError(res, e);
        } catch (unexpected) {
          next(unexpected);
        }
      }
    });
  });

  router.get('/attachments/:id/:name', async (req, res) => {
    const id = req.params.id;
    const attachment = await publishedAttachment(deps, id);
    const data = attachment ? await mediaStoreOf(deps).get(attachment.sha256) : null;
    if (!attachment || !data) return res.status(404).type('text/plain; charset=utf-8').send('附件不存在或未公开');
    res.set({
      'Content-Type': attachment.mediaType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=300',
      ETag: `"${attachment.sha256}"`,
    }).send(data);
  });
  return router;
}
