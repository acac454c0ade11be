import express, { Router } from 'express';
import type { WebhookHooks } from '../descriptor.js';
import { handleWechatCallback } from './events.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The server URL configured in each account's WeChat console: `/channels/wechat/<accountId>/callback`.
 * WeChat signs every call with the account's message-push token; PUBLISHJOBFINISH finishes the
 * publication whose publish_id it names without waiting for the next poll.
 */
export function wechatWebhook(hooks: WebhookHooks): Router {
  const router = Router();
  const handle = async (req: express.Request, res: express.Response): Promise<void> => {
    const accountId = String(req.params.accountId);
    const credentials = UUID.test(accountId) ? await hooks.credentials(accountId).catch((error: unknown) => (req.log.warn({ err: error, accountId }, '微信回调：读取账号凭据失败'), null)) : null;
    const token = credentials?.callbackToken;
    if (!token) {
      res.status(404).type('text/plain').send('unknown account');
      return;
    }
    const query = new URLSearchParams(Object.entries(req.query).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
    const outcome = handleWechatCallback({ method: req.method, query, body: typeof req.body === 'string' ? req.body : '', token });
    switch (outcome.kind) {
      case 'rejected':
        res.status(403).type('text/plain').send('bad signature');
        return;
      case 'handshake':
        res.type('text/plain').send(outcome.echostr);
        return;
      case 'publishJobFinish':
        await hooks.applyStatus(accountId, outcome.event.publishId, outcome.status);
        res.type('text/plain').send('success');
        return;
      default:
        // WeChat expects "success" (or an empty reply) for events it need not resend.
        res.type('text/plain').send('success');
    }
  };
  const xml = express.text({ type: ['text/xml', 'application/xml', 'text/plain'], limit: '64kb' });
  router.get('/:accountId/callback', handle);
  router.post('/:accountId/callback', xml, handle);
  return router;
}
