/**
 * The callback side of WeChat publishing: the platform POSTs a PUBLISHJOBFINISH event (XML, plain mode) to the
 * developer URL when a freepublish job ends, with `signature`, `timestamp` and `nonce` in the query string.
 * signature = sha1 of the three strings token/timestamp/nonce sorted lexicographically and concatenated, where
 * token is the one configured for the server URL (not the access token).
 *
 * Encrypted ("safe") mode messages carry an <Encrypt> element instead and are not handled here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ExternalStatus } from '../Channel.js';
import { describePublishFailure, type PublishJob } from './api.js';

export function signWechatRequest(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export function verifyWechatSignature(token: string, timestamp: string, nonce: string, signature: string): boolean {
  if (!token || !timestamp || !nonce || typeof signature !== 'string') return false;
  const expected = Buffer.from(signWechatRequest(token, timestamp, nonce), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface PublishJobFinish {
  publishId: string;
  /** Same codes as freepublish/get: 0 success, 2+ failure. */
  status: number;
  articleId?: string;
  /** First article's permanent link (our drafts hold one article). */
  articleUrl?: string;
  articleUrls: string[];
  failIdx: number[];
  /** The account's original id (gh_…), to route the event to the right channel account. */
  toUserName?: string;
  createTime?: number;
}

/** Null when the body is not a PUBLISHJOBFINISH event (other events and messages share the callback URL). */
export function parsePublishJobFinish(xml: string): PublishJobFinish | null {
  if (typeof xml !== 'string') return null;
  if (first(xml, 'MsgType') !== 'event' || first(xml, 'Event') !== 'PUBLISHJOBFINISH') return null;
  const info = block(xml, 'PublishEventInfo') ?? xml;
  const publishId = compact(first(info, 'publish_id'));
  const statusText = first(info, 'publish_status');
  const status = statusText === null ? NaN : Number(statusText);
  if (!publishId || !Number.isInteger(status)) return null;
  const articleId = compact(first(info, 'article_id'));
  const articleUrls = all(info, 'article_url').filter((u) => u.length > 0);
  const failIdx = all(info, 'fail_idx').map(Number).filter(Number.isInteger);
  const createTime = Number(first(xml, 'CreateTime'));
  const toUserName = first(xml, 'ToUserName');
  return {
    publishId,
    status,
    ...(articleId ? { articleId } : {}),
    ...(articleUrls[0] ? { articleUrl: articleUrls[0] } : {}),
    articleUrls,
    failIdx,
    ...(toUserName ? { toUserName } : {}),
    ...(Number.isFinite(createTime) ? { createTime } : {}),
  };
}

/** The same verdict `WechatChannel.status` would give for this job, so a callback and a poll agree. */
export function publishJobStatus(job: Pick<PublishJob, 'publishStatus' | 'articleUrls' | 'failIdx'>): ExternalStatus {
  if (job.publishStatus === 0) return { state: 'published', url: job.articleUrls[0] ?? null };
  if (job.publishStatus === 1) return { state: 'publishing' };
  return { state: 'failed', message: describePublishFailure(job) };
}

export function publishJobFinishStatus(event: PublishJobFinish): ExternalStatus {
  return publishJobStatus({ publishStatus: event.status, articleUrls: event.articleUrls, failIdx: event.failIdx });
}

export type WechatCallbackOutcome =
  /** Signature missing or wrong: answer 403 and ignore the body. */
  | { kind: 'rejected' }
  /** The GET handshake WeChat sends when the server URL is configured: answer `echostr` as plain text. */
  | { kind: 'handshake'; echostr: string }
  /** A publish job ended: record `status` for the publication whose externalId is `event.publishId`; answer "success". */
  | { kind: 'publishJobFinish'; event: PublishJobFinish; status: ExternalStatus }
  /** Any other verified message or event: answer "success" so WeChat does not retry it. */
  | { kind: 'ignored' };

/**
 * The whole callback decision for an HTTP route, so the route stays a translation layer:
 * `handleWechatCallback({ method, query: url.searchParams, body, token })`.
 */
export function handleWechatCallback(input: {
  method: string;
  query: URLSearchParams;
  body: string;
  /** The token configured for the server URL in the WeChat console (per account). */
  token: string;
}): WechatCallbackOutcome {
  const q = input.query;
  const ok = verifyWechatSignature(input.token, q.get('timestamp') ?? '', q.get('nonce') ?? '', q.get('signature') ?? '');
  if (!ok) return { kind: 'rejected' };
  if (input.method.toUpperCase() === 'GET') return { kind: 'handshake', echostr: q.get('echostr') ?? '' };
  const event = parsePublishJobFinish(input.body);
  if (event) return { kind: 'publishJobFinish', event, status: publishJobFinishStatus(event) };
  const mass = parseMassSendJobFinish(input.body);
  return mass ? { kind: 'publishJobFinish', event: mass, status: mass.massStatus } : { kind: 'ignored' };
}

/**
 * MASSSENDJOBFINISH (a 群发 ended), in the shape of a publish job so one route records both: the publication's
 * external id is `mass:<MsgId>`. Status "send success" publishes; "send fail" and "err(n)" (platform review:
 * 10001 广告, 20001 政治, 20002 色情, 20004 社会, 20006 违法犯罪, 20008 欺诈, 20013 版权, 21000 其他, 22000 互推) fail.
 */
export function parseMassSendJobFinish(xml: string): (PublishJobFinish & { massStatus: ExternalStatus }) | null {
  if (typeof xml !== 'string') return null;
  if (first(xml, 'MsgType') !== 'event' || first(xml, 'Event') !== 'MASSSENDJOBFINISH') return null;
  const msgId = compact(first(xml, 'MsgID') ?? first(xml, 'MsgId'));
  const status = first(xml, 'Status');
  if (!msgId || status === null) return null;
  const massStatus: ExternalStatus =
    status === 'send success' ? { state: 'published', url: null } : { state: 'failed', message: `群发失败（${status}）：未确认、被拒绝或平台审核未通过` };
  const toUserName = first(xml, 'ToUserName');
  return { publishId: `mass:${msgId}`, status: status === 'send success' ? 0 : 3, articleUrls: [], failIdx: [], massStatus, ...(toUserName ? { toUserName } : {}) };
}

const VALUE = '\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*?))\\s*';

function first(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}>${VALUE}</${name}>`).exec(xml);
  return m ? (m[1] ?? m[2] ?? '').trim() : null;
}

function all(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>${VALUE}</${name}>`, 'g'))].map((m) => (m[1] ?? m[2] ?? '').trim());
}

function block(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1] : null;
}

/** Ids never contain whitespace; the documentation's own sample wraps one across lines. */
function compact(value: string | null): string | null {
  if (value === null) return null;
  const v = value.replace(/\s+/g, '');
  return v.length > 0 ? v : null;
}
