/**
 * A loopback stand-in for api.weixin.qq.com that reproduces the documented publishing flow — stable_token /
 * token, media/uploadimg, material/add_material (thumb), draft/add, freepublish/submit|get|delete and the
 * PUBLISHJOBFINISH push — with the documented request and reply shapes (errcode/errmsg, access_token/expires_in,
 * media_id, url, publish_id, publish_status, article_id, article_detail.item[].article_url, fail_idx).
 *
 * Counters record what the simulator really acted on: a draft added twice counts twice, a submit whose reply
 * was dropped still counts. Tests prove exactly-once against them.
 *
 * Faults (rate limit, busy, content errors, dropped connections, delays) apply to API calls, never to the token
 * endpoints, so token counters stay exact; pass a path such as '/cgi-bin/freepublish/submit' to aim one.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Chaos, FaultQueue, LoopbackServer, parseMultipart, readBody, sendGatewayError, sendJson, sleep, type ChaosOptions } from './util.js';

/** How long a 群发's clientmsgid refuses a repeat (45065): 24 hours, as documented for message/mass/sendall. */
const MASS_DEDUP_WINDOW_MS = 24 * 3600_000;

export interface WechatSimOptions {
  appId?: string;
  appSecret?: string;
  /** expires_in of issued tokens, in seconds (the platform's is 7200). */
  tokenTtlSeconds?: number;
  /** How many freepublish/get polls a publish job answers "publishing" (1) before its outcome. */
  publishPolls?: number;
  /**
   * A job nobody polls still finishes, as on the platform: after this long it shows in freepublish/batchget.
   * Default 300 ms.
   */
  publishAfterMs?: number;
  /** 订阅号: one 群发 a day; 服务号: four a month (45028 beyond). Default subscription. */
  accountType?: 'subscription' | 'service';
  /** API群发保护: every 群发 waits (SENDING) until `confirmMassSend` or `rejectMassSend` (or 30 minutes). */
  massSendProtection?: boolean;
  /** When set, every job that finishes is pushed here as a PUBLISHJOBFINISH event. */
  eventCallback?: { url: string; token: string };
  /** How long every request, token calls included, takes to reach the platform (`LoopbackServer`). Default 0. */
  latencyMs?: number;
}

export interface SimDraftArticle {
  title: string;
  author?: string;
  digest?: string;
  content: string;
  content_source_url?: string;
  thumb_media_id: string;
}

export interface SimPublished {
  publishId: string;
  articleId: string;
  url: string;
  title: string;
  content: string;
  contentSourceUrl?: string;
  digest?: string;
  author?: string;
  /** The cover: a permanent material's media_id (see materialBytes). */
  thumbMediaId?: string;
  /** Seconds since the epoch. */
  updateTime: number;
  deleted: boolean;
}

interface Token {
  value: string;
  expiresAt: number;
  /** Rotated away by a forced refresh → 40001. */
  invalid: boolean;
  /** Expired → 42001. */
  expired: boolean;
  /** Successful calls left before it expires; null = until expiresAt. */
  callsLeft: number | null;
}

interface Job {
  publishId: string;
  draft: SimDraftArticle;
  pollsLeft: number;
  outcome: number;
  failIdx: number[];
  finished: boolean;
  submittedMs: number;
  published?: SimPublished;
}

export interface SimMassSend {
  msgId: string;
  clientmsgid: string;
  title: string;
  /** The cover the sent article carries (draft/add's thumb_media_id). */
  thumbMediaId: string;
  status: 'SENDING' | 'SEND_SUCCESS' | 'SEND_FAIL' | 'DELETE';
  at: number;
}

type FaultKind = 'rateLimit' | 'busy' | 'content' | 'drop' | 'delay';

const TOKEN_PATHS = new Set(['/cgi-bin/stable_token', '/cgi-bin/token']);

export class WechatSim {
  readonly appId: string;
  readonly appSecret: string;
  baseUrl = '';

  /** New access tokens the simulator created (a stable_token call answered with the current token is not one). */
  tokensIssued = 0;
  /** Calls to either token endpoint. */
  tokenRequests = 0;
  imagesUploaded = 0;
  /** The bytes of each body image uploaded (media/uploadimg), by the URL it was given. */
  readonly bodyImages = new Map<string, Buffer>();
  thumbsUploaded = 0;
  imageMaterialsUploaded = 0;
  /** draft/add calls the simulator acted on. */
  drafts = 0;
  /** freepublish/submit calls the simulator acted on (each one starts a publish job). */
  submissions = 0;
  /** freepublish/delete calls that removed an article. */
  deleted = 0;
  /** freepublish/batchget calls answered. */
  batchgetCalls = 0;
  /** 群发 the platform accepted (each reaches the followers once sent), in order. */
  readonly massSends: SimMassSend[] = [];
  massSendProtection: boolean;
  private readonly accountType: 'subscription' | 'service';
  /** <img> the platform would have filtered because their src was not an mmbiz URL it issued. */
  filteredImages = 0;
  readonly draftLog: SimDraftArticle[] = [];
  readonly requests: Array<{ path: string; errcode: number }> = [];
  /** Requests as they arrive, before any delay or fault, with the client's port (a test finds who sent one). */
  readonly arrivals: Array<{ path: string; port: number }> = [];

  /** Paths of requests as they arrive (a test waits for a call to be in flight). */
  get arrived(): string[] {
    return this.arrivals.map((a) => a.path);
  }
  readonly callbackErrors: string[] = [];

  private readonly server: LoopbackServer;
  private readonly tokens = new Map<string, Token>();
  private stableToken: string | null = null;
  private latestToken: string | null = null;
  private readonly faults = new FaultQueue<FaultKind>();
  private readonly images = new Set<string>();
  private readonly thumbs = new Map<string, Buffer>();
  private readonly pendingDrafts = new Map<string, SimDraftArticle>();
  private readonly jobs = new Map<string, Job>();
  private readonly articles = new Map<string, SimPublished>();
  private readonly publishedList: SimPublished[] = [];
  private nextPublishOverrides: Array<{ polls?: number; outcome?: number; failIdx?: number[] }> = [];
  private seq = 0;
  private chaosFaults: Chaos | null = null;
  private readonly tokenTtl: number;
  private readonly publishPolls: number;
  private readonly publishAfterMs: number;
  private readonly eventCallback?: { url: string; token: string };

  constructor(opts: WechatSimOptions = {}) {
    this.appId = opts.appId ?? 'wx1234567890abcdef';
    this.appSecret = opts.appSecret ?? 'sim-app-secret-0123456789abcdef';
    this.tokenTtl = opts.tokenTtlSeconds ?? 7200;
    this.publishPolls = opts.publishPolls ?? 1;
    this.publishAfterMs = opts.publishAfterMs ?? 300;
    this.accountType = opts.accountType ?? 'subscription';
    this.massSendProtection = opts.massSendProtection ?? false;
    this.eventCallback = opts.eventCallback;
    this.server = new LoopbackServer((req, res) => this.handle(req, res), (_req, err) => ({ errcode: -1, errmsg: `simulator crashed: ${String(err)}` }), opts.latencyMs);
  }

  async listen(): Promise<this> {
    this.baseUrl = await this.server.listen();
    return this;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  /** Articles that reached publish_status 0 (still listed after deletion, with deleted = true). */
  get published(): SimPublished[] {
    return this.publishedList;
  }

  /** The bytes of a permanent material (thumb or image) by its media_id, e.g. an article's cover. */
  materialBytes(mediaId: string): Buffer | undefined {
    return this.thumbs.get(mediaId);
  }

  // ---- switches -------------------------------------------------------------------------------------------

  /** The current token answers n more API calls, then 42001. */
  expireTokenAfter(n: number): void {
    const t = this.latestToken ? this.tokens.get(this.latestToken) : undefined;
    if (t) t.callsLeft = n;
  }

  /** Every token issued so far answers 42001 from now on. */
  expireAllTokens(): void {
    for (const t of this.tokens.values()) t.expired = true;
  }

  rateLimitNext(n = 1, path?: string, code = 45009): void {
    this.faults.arm({ kind: 'rateLimit', remaining: n, path, code });
  }

  busyNext(n = 1, path?: string): void {
    this.faults.arm({ kind: 'busy', remaining: n, path });
  }

  /** The next matching call fails with a content or permission errcode (48001, 53503, 45002 …). */
  contentErrorNext(code: number, path?: string, errmsg?: string): void {
    this.faults.arm({ kind: 'content', remaining: 1, path, code, message: errmsg ?? ERRMSG[code] ?? 'sim content error' });
  }

  /**
   * The next matching call's connection is destroyed: before the simulator acts on it (request lost), or with
   * `{ after: true }` once it has acted (reply lost — the dangerous case for exactly-once).
   */
  dropNextConnection(path?: string, opts: { after?: boolean } = {}): void {
    this.faults.arm({ kind: 'drop', remaining: 1, path, after: opts.after ?? false });
  }

  /** Moves every 群发 `ms` into the past, as if that much time had gone by (the 24-hour clientmsgid window). */
  ageMassSends(ms: number): void {
    for (const m of this.massSends) m.at -= ms;
  }

  /** The next matching call is answered only after `ms` (the simulator still acts on it). */
  delayNext(ms: number, path?: string): void {
    this.faults.arm({ kind: 'delay', remaining: 1, path, ms });
  }

  /** Random faults on every matching API call from now on (null switches them off); token endpoints are spared. */
  chaos(opts: ChaosOptions | null): Chaos | null {
    this.chaosFaults = opts ? new Chaos(opts) : null;
    return this.chaosFaults;
  }

  /** The administrator confirms a protected 群发 on the phone: it goes out. */
  confirmMassSend(msgId: string): void {
    const m = this.massSends.find((x) => x.msgId === msgId);
    if (m?.status === 'SENDING') m.status = 'SEND_SUCCESS';
  }

  /** The administrator refuses (or lets 30 minutes pass): the 群发 fails. */
  rejectMassSend(msgId: string): void {
    const m = this.massSends.find((x) => x.msgId === msgId);
    if (m?.status === 'SENDING') m.status = 'SEND_FAIL';
  }

  /** The next submitted job answers "publishing" for `polls` polls. */
  slowPublishNext(polls: number): void {
    this.nextPublishOverrides.push({ polls });
  }

  /** The next submitted job ends with `publishStatus` (2 原创失败, 3 常规失败, 4 审核不通过) for articles `failIdx`. */
  failNextPublish(failIdx: number[] = [1], publishStatus = 3, polls?: number): void {
    this.nextPublishOverrides.push({ outcome: publishStatus, failIdx, ...(polls !== undefined ? { polls } : {}) });
  }

  /** Ends every running job now (as the platform eventually does without being polled). */
  finishAll(): void {
    for (const job of this.jobs.values()) if (!job.finished) this.finish(job);
  }

  /** publish_status the platform would report for a job, without consuming a poll. */
  jobStatus(publishId: string): number | null {
    const job = this.jobs.get(publishId);
    if (!job) return null;
    if (!job.finished) return 1;
    return job.published?.deleted ? 5 : job.outcome;
  }

  /**
   * Finishes the job if it is still running and POSTs its PUBLISHJOBFINISH event to `callbackUrl`, signed with
   * `token` as the platform signs pushes (signature, timestamp, nonce in the query string).
   */
  async sendPublishJobFinish(callbackUrl: string, token: string, publishId: string): Promise<{ status: number; body: string }> {
    const job = this.jobs.get(publishId);
    if (!job) throw new Error(`no publish job ${publishId}`);
    if (!job.finished) this.finish(job, false);
    return this.push(callbackUrl, token, job);
  }

  // ---- HTTP -----------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const path = url.pathname;
    const body = await readBody(req);
    this.arrivals.push({ path, port: req.socket.remotePort ?? 0 });
    if (TOKEN_PATHS.has(path)) return this.reply(res, path, this.tokenEndpoint(req, path, url, body));

    const random = this.chaosFaults?.pick(path) ?? null;
    const drop = this.faults.take('drop', path) ?? (random === 'dropBefore' || random === 'dropAfter' ? { after: random === 'dropAfter' } : null);
    if (drop && !drop.after) {
      req.socket.destroy();
      return;
    }
    if (random === 'http5xx') {
      this.requests.push({ path, errcode: 502 });
      sendGatewayError(res);
      return;
    }
    const delay = this.faults.take('delay', path);
    if (delay?.ms) await sleep(delay.ms);

    const reply = random === 'busy' ? err(-1, 'system error') : this.api(req, path, url, body);
    if (drop?.after) {
      req.socket.destroy();
      return;
    }
    if (random === 'holdAfter' && this.chaosFaults) await sleep(this.chaosFaults.holdMs);
    this.reply(res, path, reply);
  }

  private reply(res: ServerResponse, path: string, body: Record<string, unknown>): void {
    this.requests.push({ path, errcode: typeof body.errcode === 'number' ? body.errcode : 0 });
    sendJson(res, 200, body);
  }

  private tokenEndpoint(req: IncomingMessage, path: string, url: URL, body: Buffer): Record<string, unknown> {
    this.tokenRequests++;
    let params: Record<string, unknown>;
    if (path === '/cgi-bin/stable_token') {
      if (req.method !== 'POST') return err(43002, 'require POST method');
      const parsed = parseJson(body);
      if (!parsed) return err(47001, 'data format error');
      params = parsed;
    } else {
      params = Object.fromEntries(url.searchParams);
    }
    if (params.grant_type !== 'client_credential') return err(40002, 'invalid grant_type');
    if (!params.appid) return err(41002, 'appid missing');
    if (!params.secret) return err(41004, 'appsecret missing');
    if (params.appid !== this.appId) return err(40013, 'invalid appid');
    if (params.secret !== this.appSecret) return err(40125, 'invalid appsecret');

    const now = Date.now();
    if (path === '/cgi-bin/stable_token' && params.force_refresh !== true) {
      const current = this.stableToken ? this.tokens.get(this.stableToken) : undefined;
      if (current && usable(current, now)) {
        return { access_token: current.value, expires_in: Math.max(1, Math.floor((current.expiresAt - now) / 1000)) };
      }
    }
    if (path === '/cgi-bin/stable_token' && params.force_refresh === true && this.stableToken) {
      const old = this.tokens.get(this.stableToken);
      if (old) old.invalid = true;
    }
    const token: Token = {
      value: `SIM_${randomBytes(24).toString('base64url')}`,
      expiresAt: now + this.tokenTtl * 1000,
      invalid: false,
      expired: false,
      callsLeft: null,
    };
    this.tokens.set(token.value, token);
    this.tokensIssued++;
    this.latestToken = token.value;
    if (path === '/cgi-bin/stable_token') this.stableToken = token.value;
    return { access_token: token.value, expires_in: this.tokenTtl };
  }

  private api(req: IncomingMessage, path: string, url: URL, body: Buffer): Record<string, unknown> {
    const accessToken = url.searchParams.get('access_token');
    if (!accessToken) return err(41001, 'access_token missing');
    const token = this.tokens.get(accessToken);
    if (!token) return err(40014, 'invalid access_token');
    if (token.invalid) return err(40001, 'invalid credential, access_token is invalid or not latest');
    if (token.expired || Date.now() >= token.expiresAt) return err(42001, 'access_token expired');
    if (token.callsLeft !== null) {
      if (--token.callsLeft <= 0) token.expired = true;
    }

    const rate = this.faults.take('rateLimit', path);
    if (rate) return err(rate.code ?? 45009, rate.code === 45011 ? 'api minute-quota reach limit' : 'reach max api daily quota limit');
    if (this.faults.take('busy', path)) return err(-1, 'system error');
    const content = this.faults.take('content', path);
    if (content) return err(content.code ?? 48001, content.message ?? 'api unauthorized');
    if (req.method !== 'POST') return err(43002, 'require POST method');

    switch (path) {
      case '/cgi-bin/media/uploadimg':
        return this.uploadImg(req, body);
      case '/cgi-bin/material/add_material':
        return this.addMaterial(req, url, body);
      case '/cgi-bin/draft/add':
        return this.draftAdd(body);
      case '/cgi-bin/freepublish/submit':
        return this.submit(body);
      case '/cgi-bin/freepublish/get':
        return this.get(body);
      case '/cgi-bin/freepublish/delete':
        return this.delete(body);
      case '/cgi-bin/freepublish/batchget':
        return this.batchget(body);
      case '/cgi-bin/message/mass/sendall':
        return this.massSendAll(body);
      case '/cgi-bin/message/mass/get':
        return this.massGet(body);
      case '/cgi-bin/message/mass/delete':
        return this.massDelete(body);
      default:
        return err(40066, 'invalid url');
    }
  }

  private uploadImg(req: IncomingMessage, body: Buffer): Record<string, unknown> {
    const media = parseMultipart(body, req.headers['content-type']).find((p) => p.name === 'media');
    if (!media) return err(41005, 'media data missing');
    if (!isJpeg(media.data) && !isPng(media.data)) return err(40005, 'invalid file type');
    if (media.data.length >= 1024 * 1024) return err(40009, 'invalid image size');
    this.imagesUploaded++;
    const url = `http://mmbiz.qpic.cn/sim_${isPng(media.data) ? 'png' : 'jpg'}/${this.nextId()}${randomBytes(8).toString('hex')}/0`;
    this.images.add(url);
    this.bodyImages.set(url, media.data);
    return { url, errcode: 0, errmsg: 'ok' };
  }

  private addMaterial(req: IncomingMessage, url: URL, body: Buffer): Record<string, unknown> {
    const type = url.searchParams.get('type');
    if (type !== 'thumb' && type !== 'image') return err(40004, 'invalid media type');
    const media = parseMultipart(body, req.headers['content-type']).find((p) => p.name === 'media');
    if (!media) return err(41005, 'media data missing');
    if (type === 'image') {
      // Permanent image material: JPG/PNG up to 10 MB; its media_id serves as a draft's thumb_media_id.
      if (!isJpeg(media.data) && !isPng(media.data)) return err(40005, 'invalid file type');
      if (media.data.length > 10 * 1024 * 1024) return err(40009, 'invalid image size');
      this.imageMaterialsUploaded++;
      const mediaId = `IMAGE_${this.nextId()}_${randomBytes(6).toString('hex')}`;
      this.thumbs.set(mediaId, media.data);
      return { media_id: mediaId, url: `http://mmbiz.qpic.cn/sim_image/${mediaId}/0` };
    }
    if (!isJpeg(media.data)) return err(40005, 'invalid file type');
    if (media.data.length > 64 * 1024) return err(40012, 'invalid thumb size');
    this.thumbsUploaded++;
    const mediaId = `THUMB_${this.nextId()}_${randomBytes(6).toString('hex')}`;
    this.thumbs.set(mediaId, media.data);
    return { media_id: mediaId, url: `http://mmbiz.qpic.cn/sim_thumb/${mediaId}/0` };
  }

  private draftAdd(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const articles = parsed && Array.isArray(parsed.articles) ? parsed.articles : null;
    if (!articles || articles.length === 0) return err(47001, 'data format error');
    const checked: SimDraftArticle[] = [];
    for (const a of articles) {
      if (typeof a !== 'object' || a === null) return err(47001, 'data format error');
      const r = a as Record<string, unknown>;
      const title = typeof r.title === 'string' ? r.title : '';
      const content = typeof r.content === 'string' ? r.content : '';
      if (!title) return err(44003, 'empty news data');
      if ([...title].length > 32) return err(45003, 'title size out of limit');
      if (typeof r.author === 'string' && [...r.author].length > 16) return err(45110, 'author size out of limit');
      if (typeof r.digest === 'string' && [...r.digest].length > 128) return err(45004, 'description size out of limit');
      if (!content) return err(44003, 'empty news data');
      const visible = [...content.replace(/<[^>]*>/g, '').replace(/\s+/g, '')].length;
      if (visible >= 20_000 || Buffer.byteLength(content) >= 1024 * 1024) return err(45002, 'content size out of limit');
      if (typeof r.content_source_url === 'string' && Buffer.byteLength(r.content_source_url) > 1024) return err(45005, 'linkfield size out of limit');
      if (typeof r.thumb_media_id !== 'string' || !this.thumbs.has(r.thumb_media_id)) return err(40007, 'invalid media_id');
      // The platform silently drops <img> that do not point at an image it hosts.
      const filtered = content.replace(/<img\b[^>]*>/gi, (tag) => {
        const src = /\bsrc="([^"]*)"/i.exec(tag)?.[1];
        if (src && this.images.has(src)) return tag;
        this.filteredImages++;
        return '';
      });
      checked.push({
        title,
        content: filtered,
        thumb_media_id: r.thumb_media_id,
        ...(typeof r.author === 'string' ? { author: r.author } : {}),
        ...(typeof r.digest === 'string' ? { digest: r.digest } : {}),
        ...(typeof r.content_source_url === 'string' ? { content_source_url: r.content_source_url } : {}),
      });
    }
    this.drafts++;
    this.draftLog.push(...checked);
    const mediaId = `DRAFT_${this.nextId()}_${randomBytes(6).toString('hex')}`;
    this.pendingDrafts.set(mediaId, checked[0]);
    return { media_id: mediaId, item: checked.map((_, index) => ({ index, ad_count: 0 })) };
  }

  private submit(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const mediaId = parsed && typeof parsed.media_id === 'string' ? parsed.media_id : null;
    // A submitted draft leaves the draft box, so a second submit of the same media_id is refused.
    const draft = mediaId ? this.pendingDrafts.get(mediaId) : undefined;
    if (!mediaId || !draft) return err(40007, 'invalid media_id');
    this.pendingDrafts.delete(mediaId);
    this.submissions++;
    const override = this.nextPublishOverrides.shift() ?? {};
    const publishId = String(2247483650 + this.nextId());
    const job: Job = {
      publishId,
      draft,
      pollsLeft: override.polls ?? this.publishPolls,
      outcome: override.outcome ?? 0,
      failIdx: override.failIdx ?? [],
      finished: false,
      submittedMs: Date.now(),
    };
    this.jobs.set(publishId, job);
    if (job.pollsLeft <= 0) this.finish(job);
    return { errcode: 0, errmsg: 'ok', publish_id: publishId, msg_data_id: String(2247483000 + this.seq) };
  }

  private get(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const publishId = parsed ? String(parsed.publish_id ?? '') : '';
    const job = this.jobs.get(publishId);
    if (!job) return err(40007, 'invalid media_id');
    if (!job.finished) {
      if (job.pollsLeft > 0) {
        job.pollsLeft--;
        return { publish_id: publishId, publish_status: 1, fail_idx: [] };
      }
      this.finish(job);
    }
    if (job.published?.deleted) return { publish_id: publishId, publish_status: 5, fail_idx: [] };
    if (job.outcome !== 0) return { publish_id: publishId, publish_status: job.outcome, fail_idx: job.failIdx };
    const p = job.published;
    if (!p) return err(-1, 'system error');
    return {
      publish_id: publishId,
      publish_status: 0,
      article_id: p.articleId,
      article_detail: { count: 1, item: [{ idx: 1, article_url: p.url }] },
      fail_idx: [],
    };
  }

  /** freepublish/batchget: published articles newest first, `count` 1–20, bodies left out with no_content 1. */
  private batchget(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const offset = Number(parsed?.offset);
    const count = Number(parsed?.count);
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(count) || count < 1 || count > 20) return err(40097, 'invalid args');
    const now = Date.now();
    for (const job of this.jobs.values()) if (!job.finished && now - job.submittedMs >= this.publishAfterMs) this.finish(job);
    this.batchgetCalls++;
    const live = this.publishedList.filter((p) => !p.deleted).reverse();
    const noContent = parsed?.no_content === 1;
    return {
      total_count: live.length,
      item_count: Math.max(0, Math.min(count, live.length - offset)),
      item: live.slice(offset, offset + count).map((p) => ({
        article_id: p.articleId,
        content: {
          news_item: [{
            title: p.title, author: '', digest: p.digest ?? '', ...(noContent ? {} : { content: p.content }), content_source_url: p.contentSourceUrl ?? '',
            thumb_media_id: '', url: p.url, is_deleted: false,
          }],
          create_time: p.updateTime, update_time: p.updateTime,
        },
        update_time: p.updateTime,
      })),
    };
  }

  /**
   * message/mass/sendall (mpnews to all): 45067 for a clientmsgid over 64 bytes, 45065 with the existing msg_id
   * for a clientmsgid used by a 群发 of the last 24 hours (the documented window: the platform checks "24 小时内的群发
   * 记录"; an older one does not protect), 45028 past the quota (订阅号 1 a day, 服务号 4 a month, Beijing time).
   */
  private massSendAll(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const mpnews = parsed && typeof parsed.mpnews === 'object' && parsed.mpnews !== null ? (parsed.mpnews as Record<string, unknown>) : null;
    const filter = parsed && typeof parsed.filter === 'object' && parsed.filter !== null ? (parsed.filter as Record<string, unknown>) : null;
    if (!parsed || parsed.msgtype !== 'mpnews' || !mpnews || !filter) return err(47001, 'data format error');
    const clientmsgid = typeof parsed.clientmsgid === 'string' ? parsed.clientmsgid : '';
    if (Buffer.byteLength(clientmsgid) > 64) return err(45067, 'clientmsgid size out of limit');
    const existing = clientmsgid ? this.massSends.find((m) => m.clientmsgid === clientmsgid && Date.now() - m.at < MASS_DEDUP_WINDOW_MS) : undefined;
    if (existing) return { ...err(45065, 'clientmsgid exist'), msg_id: Number(existing.msgId) };
    const draft = typeof mpnews.media_id === 'string' ? this.pendingDrafts.get(mpnews.media_id) : undefined;
    if (!draft) return err(40007, 'invalid media_id');
    const day = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, this.accountType === 'subscription' ? 10 : 7);
    const now = Date.now();
    const used = this.massSends.filter((m) => m.status !== 'SEND_FAIL' && day(m.at) === day(now)).length;
    if (used >= (this.accountType === 'subscription' ? 1 : 4)) return err(45028, 'has no masssend quota');
    const msgId = String(1000010000 + this.nextId());
    this.massSends.push({ msgId, clientmsgid, title: draft.title, thumbMediaId: draft.thumb_media_id, status: this.massSendProtection ? 'SENDING' : 'SEND_SUCCESS', at: now });
    return { errcode: 0, errmsg: 'send job submission success', msg_id: Number(msgId), msg_data_id: 2247490000 + this.seq };
  }

  private massGet(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const m = this.massSends.find((x) => x.msgId === String(parsed?.msg_id ?? ''));
    if (!m) return err(40007, 'invalid media_id');
    return { msg_id: Number(m.msgId), msg_status: m.status };
  }

  private massDelete(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const m = this.massSends.find((x) => x.msgId === String(parsed?.msg_id ?? ''));
    if (!m || m.status === 'DELETE') return err(40007, 'invalid media_id');
    m.status = 'DELETE';
    return { errcode: 0, errmsg: 'ok' };
  }

  private delete(body: Buffer): Record<string, unknown> {
    const parsed = parseJson(body);
    const articleId = parsed && typeof parsed.article_id === 'string' ? parsed.article_id : null;
    const article = articleId ? this.articles.get(articleId) : undefined;
    if (!article || article.deleted) return err(40007, 'invalid media_id');
    article.deleted = true;
    this.deleted++;
    return { errcode: 0, errmsg: 'ok' };
  }

  private finish(job: Job, push = true): void {
    job.finished = true;
    job.pollsLeft = 0;
    if (job.outcome === 0) {
      const articleId = `${randomBytes(15).toString('base64url')}-${this.nextId()}`;
      const published: SimPublished = {
        publishId: job.publishId,
        articleId,
        url: `https://mp.weixin.qq.com/s/${articleId}`,
        title: job.draft.title,
        content: job.draft.content,
        ...(job.draft.content_source_url ? { contentSourceUrl: job.draft.content_source_url } : {}),
        ...(job.draft.digest ? { digest: job.draft.digest } : {}),
        ...(job.draft.author ? { author: job.draft.author } : {}),
        thumbMediaId: job.draft.thumb_media_id,
        updateTime: Math.floor(Date.now() / 1000),
        deleted: false,
      };
      job.published = published;
      this.articles.set(articleId, published);
      this.publishedList.push(published);
    }
    if (push && this.eventCallback) {
      const { url, token } = this.eventCallback;
      this.push(url, token, job).catch((e: unknown) => this.callbackErrors.push(String(e)));
    }
  }

  private async push(callbackUrl: string, token: string, job: Job): Promise<{ status: number; body: string }> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
    const info =
      job.outcome === 0 && job.published
        ? `<publish_id>${job.publishId}</publish_id>\n<publish_status>0</publish_status>\n` +
          `<article_id><![CDATA[${job.published.articleId}]]></article_id>\n` +
          `<article_detail>\n<count>1</count>\n<item>\n<idx>1</idx>\n<article_url><![CDATA[${job.published.url}]]></article_url>\n</item>\n</article_detail>`
        : `<publish_id>${job.publishId}</publish_id>\n<publish_status>${job.outcome}</publish_status>\n` +
          job.failIdx.map((i) => `<fail_idx>${i}</fail_idx>`).join('\n');
    const xml =
      `<xml>\n<ToUserName><![CDATA[gh_${this.appId.slice(2, 14)}]]></ToUserName>\n` +
      `<FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>\n` +
      `<CreateTime>${timestamp}</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n` +
      `<Event><![CDATA[PUBLISHJOBFINISH]]></Event>\n<PublishEventInfo>\n${info}\n</PublishEventInfo>\n</xml>`;
    const target = new URL(callbackUrl);
    target.searchParams.set('signature', signature);
    target.searchParams.set('timestamp', timestamp);
    target.searchParams.set('nonce', nonce);
    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: xml });
    return { status: res.status, body: await res.text() };
  }

  private nextId(): number {
    return ++this.seq;
  }
}

export async function startWechatSim(opts: WechatSimOptions = {}): Promise<WechatSim> {
  return new WechatSim(opts).listen();
}

const ERRMSG: Record<number, string> = {
  48001: 'api unauthorized',
  53503: 'this draft cannot be published: it failed the publish check',
  45002: 'content size out of limit',
  45166: 'invalid content',
  50002: 'user limited',
};

function err(errcode: number, errmsg: string): Record<string, unknown> {
  return { errcode, errmsg: `${errmsg} rid: ${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}` };
}

function usable(t: Token, now: number): boolean {
  return !t.invalid && !t.expired && now < t.expiresAt;
}

function parseJson(body: Buffer): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isJpeg(b: Buffer): boolean {
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

function isPng(b: Buffer): boolean {
  return b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}
