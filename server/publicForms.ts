/**
 * HTTP for the public forms on the portal: 依申请公开 (/apply, /apply/track) and 网民留言 (/messages,
 * /messages/new, /messages/track). Plain HTML forms posted as application/x-www-form-urlencoded; every
 * refusal re-renders the form with what was typed and a Chinese sentence saying what to fix.
 */
import express, { Router, type Request, type Response } from 'express';
import { PORTAL_CONTENT_SECURITY_POLICY, type SiteInfo } from '../channels/portal/render.js';
import {
  renderApplyForm, renderApplyReceipt, renderMessageForm, renderMessageList, renderMessageReceipt, renderTrack, type FormValues, type TrackView,
} from '../channels/portal/forms.js';
import { APPLICATION_STATUS_LABELS, REPLY_GROUNDS, REPLY_TYPE_LABELS, registerApplication, trackApplication } from '../workflow/disclosure/applications.js';
import { MESSAGE_STATUS_LABELS, publicMessages, submitMessage, trackMessage } from '../workflow/disclosure/messages.js';
import { checkChallenge, createChallenge, formGuard, FormRejected } from '../workflow/disclosure/publicForm.js';
import { localDate } from '../workflow/calendar.js';
import type { Deps } from '../workflow/deps.js';
import { publicUnits } from '../workflow/portalReads.js';
import { AppError } from '../workflow/errors.js';

const HEADERS = { 'Content-Security-Policy': PORTAL_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
const PAGE_SIZE = 20;

function send(res: Response, status: number, page: string): void {
  res.status(status).set(HEADERS).type('text/html; charset=utf-8').send(page);
}

/** Only string fields, each cut to a sane length: the form is the edge, zod in the workflow does the rest. */
function formValues(req: Request): FormValues {
  const out: FormValues = {};
  const body = (req.body ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') out[key] = value.slice(0, 10_000);
  return out;
}

const address = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** A refusal the person can act on, with its HTTP status; anything else is a fault and goes on to the error handler. */
function refusal(error: unknown): { status: number; message: string } | null {
  if (error instanceof FormRejected) return { status: error.status, message: error.message };
  if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return { status: 400, message: error.message };
  return null;
}

export function publicFormsRouter(deps: Deps, siteInfo: (req: Request) => Promise<SiteInfo>): Router {
  const router = Router();
  const guard = formGuard(deps.pool);
  const form = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 50 });
  const challenge = () => createChallenge(deps.config.appSecret, deps.now());
  const unitOptions = async () => (await publicUnits(deps)).map((u) => ({ value: u.code, label: u.name }));

  /** Abuse control first, then the challenge; the nonce is spent only by a correct answer. */
  async function admit(req: Request, kind: 'apply' | 'message', values: FormValues): Promise<void> {
    await guard.submission(kind, address(req));
    const nonce = checkChallenge(deps.config.appSecret, values.challenge ?? '', values.answer ?? '', deps.now());
    await guard.spendNonce(nonce);
  }

  router.get('/apply', async (req, res) => {
    send(res, 200, renderApplyForm(await siteInfo(req), { challenge: challenge(), units: await unitOptions() }));
  });

  router.post('/apply', form, async (req, res) => {
    const values = formValues(req);
    try {
      await admit(req, 'apply', values);
      const { application, accessCode } = await registerApplication(deps, null, values);
      send(res, 201, renderApplyReceipt(await siteInfo(req), { regNo: application.regNo, accessCode, dueOn: application.dueOn, unitName: application.unitName }));
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      send(res, refused.status, renderApplyForm(await siteInfo(req), { challenge: challenge(), units: await unitOptions(), values, error: refused.message }));
    }
  });

  const track = (kind: 'apply' | 'message') => async (req: Request, res: Response) => {
    const values = formValues(req);
    try {
      await guard.lookup(address(req));
      const result = kind === 'apply' ? await trackedApplication(values) : await trackedMessage(values);
      if (!result) return send(res, 404, renderTrack(await siteInfo(req), { kind, values, error: '登记号或查询码不正确，请核对后重新输入' }));
      send(res, 200, renderTrack(await siteInfo(req), { kind, values, result }));
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      send(res, refused.status, renderTrack(await siteInfo(req), { kind, values, error: refused.message }));
    }
  };

  async function trackedApplication(values: FormValues): Promise<TrackView | null> {
    const a = await trackApplication(deps, values.regNo ?? '', values.accessCode ?? '');
    if (!a) return null;
    return {
      regNo: a.regNo, status: APPLICATION_STATUS_LABELS[a.status], unitName: a.unitName, receivedOn: a.receivedOn, dueOn: a.dueOn, correctionNote: a.status === 'CORRECTION_REQUESTED' ? a.correctionNote : null,
      reply: a.replyType && a.repliedAt ? {
        type: REPLY_TYPE_LABELS[a.replyType], ground: a.replyGround ? (REPLY_GROUNDS[a.replyType][a.replyGround] ?? null) : null, text: a.replyText ?? '', repliedOn: localDate(a.repliedAt),
      } : null,
    };
  }

  async function trackedMessage(values: FormValues): Promise<TrackView | null> {
    const m = await trackMessage(deps, values.regNo ?? '', values.accessCode ?? '');
    if (!m) return null;
    return {
      regNo: m.regNo, status: MESSAGE_STATUS_LABELS[m.status], unitName: m.unitName ?? '待分办', receivedOn: localDate(m.receivedAt), dueOn: m.status === 'ACCEPTED' ? m.dueOn : null,
      correctionNote: m.status === 'REJECTED' ? m.rejectReason : null,
      reply: m.status === 'REPLIED' && m.repliedOn ? { type: '已答复', ground: null, text: m.publicReply ?? '', repliedOn: m.repliedOn } : null,
    };
  }

  router.get('/apply/track', async (req, res) => send(res, 200, renderTrack(await siteInfo(req), { kind: 'apply' })));
  router.post('/apply/track', form, track('apply'));
  router.get('/messages/track', async (req, res) => send(res, 200, renderTrack(await siteInfo(req), { kind: 'message' })));
  router.post('/messages/track', form, track('message'));

  router.get('/messages', async (req, res) => {
    const page = Number(req.query.page ?? 1);
    if (!Number.isInteger(page) || page < 1 || page > 10_000) return send(res, 400, renderMessageList(await siteInfo(req), { items: [], page: 1, hasNext: false }));
    const rows = await publicMessages(deps, page, PAGE_SIZE + 1);
    const items = rows.slice(0, PAGE_SIZE).map((m) => ({
      regNo: m.regNo, subject: m.publicSubject, body: m.publicBody, acceptedOn: m.acceptedOn ?? '', repliedOn: m.repliedOn ?? '', replyUnit: m.replyUnitName ?? '', reply: m.publicReply ?? '',
    }));
    send(res, 200, renderMessageList(await siteInfo(req), { items, page, hasNext: rows.length > PAGE_SIZE }));
  });

  router.get('/messages/new', async (req, res) => send(res, 200, renderMessageForm(await siteInfo(req), { challenge: challenge() })));

  router.post('/messages', form, async (req, res) => {
    const values = formValues(req);
    try {
      await admit(req, 'message', values);
      const { message, accessCode } = await submitMessage(deps, values);
      send(res, 201, renderMessageReceipt(await siteInfo(req), { regNo: message.regNo, accessCode }));
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      send(res, refused.status, renderMessageForm(await siteInfo(req), { challenge: challenge(), values, error: refused.message }));
    }
  });

  return router;
}
