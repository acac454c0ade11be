/**
 * WeChat Official Account (公众号) API client for one app (appId/appSecret): access-token cache, error
 * classification, and the calls the publishing flow needs. Replies are `unknown` until a guard has narrowed them.
 *
 * Platform facts relied on (developers.weixin.qq.com):
 * - stable_token: POST JSON {grant_type, appid, secret, force_refresh}; normal mode returns the still-valid token
 *   (so several processes share one token), force mode rotates it (20 a day, 30 s apart). Reply {access_token,
 *   expires_in}. The older GET /cgi-bin/token issues a new token on every call.
 * - Every business reply may carry {errcode, errmsg}; errcode 0 or no errcode means success.
 * - 40001 / 42001 / 40014: the token is stale, expired or garbled → fetch a token and try once more.
 * - -1: system busy, try again shortly. 45009 (daily quota) and 45011 (minute quota): frequency limits.
 */
import { ChannelError } from '../Channel.js';
import { isRecord, platformFetch, sleep, type PlatformRequest } from '../platformFetch.js';

export interface WechatApiOptions {
  /** Scheme and host, e.g. https://api.weixin.qq.com (WECHAT_API_BASE in tests and staging). */
  apiBase: string;
  appId: string;
  appSecret: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** Refresh this long before the platform's own expiry, so a token never dies between check and use. */
  tokenMarginMs: number;
  /** In-call retries of errcode -1 before giving up with a retryable error. */
  busyRetries: number;
  /** First pause after -1; doubles per retry. */
  busyBackoffMs: number;
  /** `stable_token` (default) can be shared by several processes; `token` rotates on every fetch. */
  tokenEndpoint: 'stable_token' | 'token';
  /** Suggested pause after 45009 (daily quota: resets at midnight or when an admin clears it). */
  dailyQuotaBackoffMs: number;
  /** Suggested pause after the per-minute limits. */
  minuteQuotaBackoffMs: number;
}

export const WECHAT_DEFAULTS = {
  apiBase: 'https://api.weixin.qq.com',
  timeoutMs: 15_000,
  tokenMarginMs: 5 * 60_000,
  busyRetries: 2,
  busyBackoffMs: 500,
  tokenEndpoint: 'stable_token',
  dailyQuotaBackoffMs: 30 * 60_000,
  minuteQuotaBackoffMs: 60_000,
} as const;

/** Errors that mean "the token you sent is not the current one" — refresh and retry once. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** Errors from the token endpoint that no retry can fix: the stored credentials are wrong or blocked. */
const CREDENTIAL_ERRORS = new Set([40002, 40013, 40125, 40164, 41002, 41004]);
const MINUTE_QUOTA_ERRORS = new Set([45011]);
const DAILY_QUOTA_ERRORS = new Set([45009]);

export interface PublishJob {
  publishId: string;
  /** 0 success, 1 publishing, 2 原创失败, 3 常规失败, 4 审核不通过, 5 用户删除, 6 系统封禁. */
  publishStatus: number;
  articleId: string | null;
  articleUrls: string[];
  failIdx: number[];
}

export interface DraftArticle {
  title: string;
  author?: string;
  digest?: string;
  content: string;
  content_source_url?: string;
  thumb_media_id: string;
  need_open_comment?: 0 | 1;
  only_fans_can_comment?: 0 | 1;
}

interface CallSpec {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  /** A factory, because a retried multipart body must be rebuilt (a consumed stream cannot be re-sent). */
  body?: () => { body: string | FormData; contentType?: string };
  /** Errcodes whose reply still carries what the caller needs (45065: the existing 群发's msg_id). */
  accept?: number[];
  /** A call that may publish: not sent after this instant (platformFetch's `sendBy`). */
  sendBy?: number;
}

export class WechatApi {
  private cached: { token: string; expiresAt: number } | null = null;
  private inflight: Promise<string> | null = null;

  constructor(private readonly opts: WechatApiOptions) {}

  get appId(): string {
    return this.opts.appId;
  }

  /**
   * The cached token, or a fresh one. Concurrent callers share one in-flight fetch, so a burst of publishes
   * after a restart costs one token request, not one each.
   */
  accessToken(): Promise<string> {
    if (this.cached && Date.now() < this.cached.expiresAt) return Promise.resolve(this.cached.token);
    return this.refresh(null);
  }

  /** A token request of its own, bypassing the cache: throws when the platform refuses the AppID/AppSecret. */
  async checkCredentials(): Promise<void> {
    await this.requestToken(false);
  }

  /**
   * Called with the token the platform just refused. If someone already replaced it, use theirs; if a refresh is
   * running, join it; otherwise start one.
   */
  private refresh(refused: string | null): Promise<string> {
    if (this.inflight) return this.inflight;
    if (refused !== null && this.cached && this.cached.token !== refused && Date.now() < this.cached.expiresAt) {
      return Promise.resolve(this.cached.token);
    }
    if (refused !== null && this.cached?.token === refused) this.cached = null;
    const run = this.fetchToken(refused).finally(() => {
      if (this.inflight === run) this.inflight = null;
    });
    this.inflight = run;
    return run;
  }

  private async fetchToken(refused: string | null): Promise<string> {
    let reply = await this.requestToken(false);
    // stable_token in normal mode keeps handing out the current token; if that is the one just refused, the
    // platform's copy is stale too and only a forced rotation helps.
    if (refused !== null && reply.token === refused && this.opts.tokenEndpoint === 'stable_token') {
      reply = await this.requestToken(true);
    }
    const lifetimeMs = reply.expiresIn * 1000;
    const margin = Math.min(this.opts.tokenMarginMs, lifetimeMs / 2);
    this.cached = { token: reply.token, expiresAt: Date.now() + lifetimeMs - margin };
    return reply.token;
  }

  private async requestToken(forceRefresh: boolean): Promise<{ token: string; expiresIn: number }> {
    for (let attempt = 0; ; attempt++) {
      const url =
        this.opts.tokenEndpoint === 'stable_token'
          ? `${this.opts.apiBase}/cgi-bin/stable_token`
          : `${this.opts.apiBase}/cgi-bin/token?${new URLSearchParams({
              grant_type: 'client_credential',
              appid: this.opts.appId,
              secret: this.opts.appSecret,
            })}`;
      const init: PlatformRequest =
        this.opts.tokenEndpoint === 'stable_token'
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                grant_type: 'client_credential',
                appid: this.opts.appId,
                secret: this.opts.appSecret,
                force_refresh: forceRefresh,
              }),
            }
          : { method: 'GET' };
      const reply = await platformFetch('WECHAT', url, init, this.opts.timeoutMs);
      const body = reply.json;
      if (!isRecord(body)) throw badReply('token', reply.status, reply.text);
      const errcode = errcodeOf(body);
      if (errcode === 0) {
        if (typeof body.access_token === 'string' && body.access_token.length > 0 && typeof body.expires_in === 'number') {
          return { token: body.access_token, expiresIn: body.expires_in };
        }
        throw badReply('token', reply.status, reply.text);
      }
      if (errcode === -1 && attempt < this.opts.busyRetries) {
        await sleep(this.opts.busyBackoffMs * 2 ** attempt);
        continue;
      }
      if (CREDENTIAL_ERRORS.has(errcode) || errcode === 40001) {
        // On the token endpoint 40001 means a wrong AppSecret, not a stale token.
        throw new ChannelError(
          `WeChat refused the account's AppID/AppSecret (errcode ${errcode}: ${errmsgOf(body)}); a channel admin must update the credentials`,
          false,
          `WECHAT_${errcode}`,
          true,
        );
      }
      throw this.classify(errcode, errmsgOf(body), 'token');
    }
  }

  /** One API call with the token-refresh and busy-retry rules; `guard` narrows the success reply. */
  private async call<T>(spec: CallSpec, guard: (body: Record<string, unknown>) => T | null): Promise<T> {
    let tokenRetried = false;
    let busyRetries = 0;
    for (;;) {
      const token = await this.accessToken();
      const query = new URLSearchParams({ ...spec.query, access_token: token });
      const built = spec.body?.();
      const headers: Record<string, string> = {};
      if (built?.contentType) headers['content-type'] = built.contentType;
      const reply = await platformFetch(
        'WECHAT',
        `${this.opts.apiBase}${spec.path}?${query}`,
        { method: spec.method, headers, body: built?.body },
        this.opts.timeoutMs,
        spec.sendBy,
      );
      const body = reply.json;
      if (!isRecord(body)) throw badReply(spec.path, reply.status, reply.text);
      const errcode = errcodeOf(body);
      if (errcode === 0 || spec.accept?.includes(errcode)) {
        const value = guard(body);
        if (value === null) throw badReply(spec.path, reply.status, reply.text);
        return value;
      }
      if (TOKEN_ERRORS.has(errcode) && !tokenRetried) {
        tokenRetried = true;
        await this.refresh(token);
        continue;
      }
      // -1 means the platform did not get round to the request, so repeating it cannot duplicate anything.
      if (errcode === -1 && busyRetries < this.opts.busyRetries) {
        await sleep(this.opts.busyBackoffMs * 2 ** busyRetries);
        busyRetries++;
        continue;
      }
      throw this.classify(errcode, errmsgOf(body), spec.path);
    }
  }

  private classify(errcode: number, errmsg: string, path: string): ChannelError {
    const where = path.replace(/^\/cgi-bin\//, '');
    const text = `WeChat ${where} failed: errcode ${errcode} ${errmsg}`;
    if (errcode === -1) return new ChannelError(`${text} (system busy)`, true, 'WECHAT_-1', false, this.opts.busyBackoffMs * 4);
    if (DAILY_QUOTA_ERRORS.has(errcode)) {
      return new ChannelError(`${text} (daily API quota used up)`, true, `WECHAT_${errcode}`, false, this.opts.dailyQuotaBackoffMs);
    }
    if (MINUTE_QUOTA_ERRORS.has(errcode)) {
      return new ChannelError(`${text} (frequency limit)`, true, `WECHAT_${errcode}`, false, this.opts.minuteQuotaBackoffMs);
    }
    if (errcode === 45028) {
      return new ChannelError(`${text} (群发次数已用完：订阅号每天 1 次，服务号每月 4 次；可改用“发布”或次日再群发)`, false, 'WECHAT_45028');
    }
    // A second token refusal right after a refresh: someone else rotated the token (another system using
    // /cgi-bin/token for this app). Worth another try later, not a verdict on the content.
    if (TOKEN_ERRORS.has(errcode)) return new ChannelError(text, true, `WECHAT_${errcode}`);
    if (CREDENTIAL_ERRORS.has(errcode)) return new ChannelError(text, false, `WECHAT_${errcode}`, true);
    // Content, permission and parameter errors (48001 api unauthorized, 53503, 45002 …): retrying sends the same
    // thing again, so the publication fails with the platform's own words for the channel admin.
    return new ChannelError(text, false, `WECHAT_${errcode}`);
  }

  /** media/uploadimg: an image for the article body; returns its mmbiz URL (jpg/png, < 1 MB). */
  uploadImage(bytes: Uint8Array, filename: string, contentType: string): Promise<string> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/media/uploadimg', body: () => multipart(bytes, filename, contentType) },
      (b) => (typeof b.url === 'string' && b.url.length > 0 ? b.url : null),
    );
  }

  /** material/add_material type=thumb: a permanent cover (JPEG ≤ 64 KB); returns its media_id. */
  addThumb(bytes: Uint8Array, filename: string): Promise<string> {
    return this.call(
      {
        method: 'POST',
        path: '/cgi-bin/material/add_material',
        query: { type: 'thumb' },
        body: () => multipart(bytes, filename, 'image/jpeg'),
      },
      (b) => (typeof b.media_id === 'string' && b.media_id.length > 0 ? b.media_id : null),
    );
  }

  /** material/add_material type=image: a permanent image (JPEG/PNG ≤ 10 MB) whose media_id draft/add takes as a cover. */
  addImageMaterial(bytes: Uint8Array, filename: string, contentType: string): Promise<string> {
    return this.call(
      {
        method: 'POST',
        path: '/cgi-bin/material/add_material',
        query: { type: 'image' },
        body: () => multipart(bytes, filename, contentType),
      },
      (b) => (typeof b.media_id === 'string' && b.media_id.length > 0 ? b.media_id : null),
    );
  }

  /** draft/add; returns the draft's media_id. */
  addDraft(articles: DraftArticle[]): Promise<string> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/draft/add', body: () => json({ articles }) },
      (b) => (typeof b.media_id === 'string' && b.media_id.length > 0 ? b.media_id : null),
    );
  }

  /** freepublish/submit; success only means the asynchronous publish job was accepted. */
  submit(mediaId: string, sendBy?: number): Promise<string> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/freepublish/submit', body: () => json({ media_id: mediaId }), sendBy },
      (b) => idString(b.publish_id),
    );
  }

  /** freepublish/get. */
  getPublish(publishId: string): Promise<PublishJob> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/freepublish/get', body: () => json({ publish_id: publishId }) },
      (b) => parsePublishJob(b),
    );
  }

  /**
   * freepublish/batchget: one page (≤ 20) of the account's published articles, newest first, without their
   * bodies. What a retry reads to learn whether an earlier, unanswered submit published.
   */
  batchGetPublished(offset: number, count = 20): Promise<PublishedPage> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/freepublish/batchget', body: () => json({ offset, count: Math.min(20, count), no_content: 1 }) },
      (b) => parsePublishedPage(b),
    );
  }

  /**
   * message/mass/sendall to every follower (群发): the draft's article as mpnews, `clientmsgid` (≤ 64 bytes) as
   * the platform's idempotency key — a repeat answers 45065 with the msg_id of the 群发 already made, which is
   * returned like a success.
   */
  massSendAll(mediaId: string, clientmsgid: string, sendBy?: number): Promise<string> {
    return this.call(
      {
        method: 'POST',
        path: '/cgi-bin/message/mass/sendall',
        body: () => json({ filter: { is_to_all: true }, mpnews: { media_id: mediaId }, msgtype: 'mpnews', send_ignore_reprint: 0, clientmsgid }),
        accept: [45065],
        sendBy,
      },
      (b) => idString(b.msg_id),
    );
  }

  /** message/mass/get: SEND_SUCCESS, SENDING, SEND_FAIL or DELETE. */
  massGet(msgId: string): Promise<string> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/message/mass/get', body: () => json({ msg_id: msgId }) },
      (b) => (typeof b.msg_status === 'string' ? b.msg_status : null),
    );
  }

  /** message/mass/delete; article_idx 0 removes every article of the 群发 from the followers' history. */
  massDelete(msgId: string): Promise<void> {
    return this.call({ method: 'POST', path: '/cgi-bin/message/mass/delete', body: () => json({ msg_id: msgId, article_idx: 0 }) }, () => undefined);
  }

  /** freepublish/delete; index 0 removes every article of the publish. Irreversible. */
  deletePublished(articleId: string, index = 0): Promise<void> {
    return this.call(
      { method: 'POST', path: '/cgi-bin/freepublish/delete', body: () => json({ article_id: articleId, index }) },
      () => undefined,
    );
  }
}

export interface PublishedArticle {
  articleId: string;
  /** Seconds since the epoch. */
  updateTime: number;
  items: Array<{ title: string; digest: string; contentSourceUrl: string; url: string; isDeleted: boolean }>;
}

export interface PublishedPage {
  totalCount: number;
  articles: PublishedArticle[];
}

function parsePublishedPage(b: Record<string, unknown>): PublishedPage | null {
  if (!Array.isArray(b.item)) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const articles = b.item.filter(isRecord).flatMap((item): PublishedArticle[] => {
    const articleId = idString(item.article_id);
    const content = isRecord(item.content) ? item.content : null;
    if (!articleId || !content || !Array.isArray(content.news_item)) return [];
    return [{
      articleId,
      updateTime: Number(item.update_time ?? content.update_time) || 0,
      items: content.news_item.filter(isRecord).map((n) => ({
        title: text(n.title), digest: text(n.digest), contentSourceUrl: text(n.content_source_url), url: text(n.url), isDeleted: n.is_deleted === true,
      })),
    }];
  });
  return { totalCount: Number(b.total_count) || 0, articles };
}

/** Shared by freepublish/get replies and the PUBLISHJOBFINISH event, which carry the same fields. */
export function parsePublishJob(b: Record<string, unknown>): PublishJob | null {
  const publishId = idString(b.publish_id);
  const status = typeof b.publish_status === 'number' ? b.publish_status : Number(b.publish_status);
  if (publishId === null || !Number.isInteger(status)) return null;
  const detail = isRecord(b.article_detail) ? b.article_detail : null;
  const items = detail && Array.isArray(detail.item) ? detail.item : [];
  const articleUrls = items
    .filter(isRecord)
    .map((item) => item.article_url)
    .filter((u): u is string => typeof u === 'string' && u.length > 0);
  const failIdx = Array.isArray(b.fail_idx) ? b.fail_idx.map(Number).filter(Number.isInteger) : [];
  return { publishId, publishStatus: status, articleId: idString(b.article_id), articleUrls, failIdx };
}

const PUBLISH_FAILURES: Record<number, string> = {
  2: '原创声明失败 (original-content claim rejected)',
  3: '常规失败 (publish failed)',
  4: '平台审核不通过 (rejected by platform review)',
  5: '成功后用户删除所有文章 (deleted on the platform after publishing)',
  6: '成功后系统封禁所有文章 (blocked by the platform after publishing)',
};

export function describePublishFailure(job: Pick<PublishJob, 'publishStatus' | 'failIdx'>): string {
  const what = PUBLISH_FAILURES[job.publishStatus] ?? `publish_status ${job.publishStatus}`;
  const which = job.failIdx.length > 0 ? `; fail_idx ${job.failIdx.join(',')}` : '';
  return `WeChat publish ended with status ${job.publishStatus}: ${what}${which}`;
}

function errcodeOf(body: Record<string, unknown>): number {
  if (body.errcode === undefined || body.errcode === null) return 0;
  const n = typeof body.errcode === 'number' ? body.errcode : Number(body.errcode);
  return Number.isFinite(n) ? n : 0;
}

function errmsgOf(body: Record<string, unknown>): string {
  return typeof body.errmsg === 'string' ? body.errmsg : '';
}

/** publish_id and article_id are documented as strings but observed as numbers too. */
function idString(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function badReply(path: string, status: number, text: string): ChannelError {
  const snippet = text.slice(0, 200);
  // A 5xx or an empty body is the gateway failing, not WeChat judging the request.
  const retryable = status >= 500 || text.length === 0;
  return new ChannelError(`WeChat ${path} gave an unexpected reply (HTTP ${status}): ${snippet}`, retryable, 'WECHAT_BAD_REPLY');
}

function json(value: unknown): { body: string; contentType: string } {
  return { body: JSON.stringify(value), contentType: 'application/json' };
}

function multipart(bytes: Uint8Array, filename: string, contentType: string): { body: FormData } {
  const form = new FormData();
  // Copied into a plain ArrayBuffer: a view over a SharedArrayBuffer is not a valid BlobPart.
  form.append('media', new Blob([Uint8Array.from(bytes).buffer], { type: contentType }), filename);
  return { body: form };
}
