/**
 * A loopback stand-in for api.weibo.com: 2/statuses/share.json, destroy.json, user_timeline.json (paged with
 * count ≤ 100 and page), show.json, 2/short_url/expand.json and 2/account/get_uid.json with the documented
 * shapes — form-encoded requests, status objects with id/idstr/mid/created_at/text/user, errors as
 * {error, error_code, request}.
 *
 * Behaviour modelled on the documentation:
 * - share.json needs a link under the app's safe domain (10017 "appkey not bind domain!" otherwise, the reply
 *   developers report), at most 140 汉字 (ASCII counts ½; 20012), and no "#话题#".
 * - identical text from the same user is refused with 20019 — but only against recent posts: the user's latest
 *   `duplicateWindow` statuses of the last `duplicateWindowMs` (assumption; the platform documents no window,
 *   and repeats 18–30 s apart were observed to go through). Other traffic of the account (`postElsewhere`)
 *   pushes our posts out of that window.
 * - links in a posted text come back rewritten to http://t.cn/… as Weibo does; expand.json maps them back.
 * - faults: frequency limits, busy (10001/10009), 5xx gateway pages, connections dropped before or after the
 *   post is stored, replies held after the post is stored (`holdReplyNext`), and random faults (`chaos`).
 * Counters (`posted`, `destroyed`) record what the simulator really did.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Chaos, FaultQueue, LoopbackServer, readBody, sendGatewayError, sendJson, sleep, type ChaosOptions } from './util.js';

export interface WeiboSimOptions {
  /** Host (or URL) of the app's 安全域名; links must point there. */
  safeDomain?: string;
  /** Valid access tokens and the users they belong to. Default: one token, 'weibo-sim-token'. */
  users?: Array<{ accessToken: string; uid?: string; screenName?: string }>;
  /** How many of a user's latest statuses the duplicate check compares against. */
  duplicateWindow?: number;
  /** How old a status may be and still cause 20019. */
  duplicateWindowMs?: number;
  /** How long every request takes to reach the platform (`LoopbackServer`). Default 0. */
  latencyMs?: number;
}

export interface SimStatus {
  idstr: string;
  uid: string;
  /** As submitted. */
  submittedText: string;
  /** As Weibo shows it (links shortened). */
  text: string;
  createdAt: string;
  createdMs: number;
  deleted: boolean;
  /** Posted by another client of the account, not through this app's share.json. */
  elsewhere?: boolean;
}

type FaultKind = 'rateLimit' | 'busy' | 'content' | 'drop' | 'delay' | 'hold' | 'http5xx';

export class WeiboSim {
  baseUrl = '';
  readonly safeDomain: string;
  /** share.json calls received (accepted or not). */
  shareCalls = 0;
  /** Statuses really created, in order (still listed after deletion, with deleted = true). */
  readonly posted: SimStatus[] = [];
  destroyed = 0;
  readonly requests: Array<{ path: string; errorCode: number }> = [];
  /** Requests as they arrive, before any delay or fault, with the client's port (a test finds who sent one). */
  readonly arrivals: Array<{ path: string; port: number }> = [];

  /** Paths of requests as they arrive (a test waits for a call to be in flight). */
  get arrived(): string[] {
    return this.arrivals.map((a) => a.path);
  }

  private readonly server: LoopbackServer;
  private readonly users = new Map<string, { uid: string; screenName: string; state: 'ok' | 'expired' | 'revoked' }>();
  private readonly faults = new FaultQueue<FaultKind>();
  private readonly duplicateWindow: number;
  private readonly duplicateWindowMs: number;
  private readonly shortLinks = new Map<string, string>();
  private chaosFaults: Chaos | null = null;
  private seq = 0;

  constructor(opts: WeiboSimOptions = {}) {
    this.safeDomain = hostOf(opts.safeDomain ?? 'gov.example.cn');
    this.duplicateWindow = opts.duplicateWindow ?? 20;
    this.duplicateWindowMs = opts.duplicateWindowMs ?? 10_000;
    const users = opts.users ?? [{ accessToken: 'weibo-sim-token' }];
    users.forEach((u, i) => {
      this.users.set(u.accessToken, { uid: u.uid ?? String(5_000_000_001 + i), screenName: u.screenName ?? `政务账号${i + 1}`, state: 'ok' });
    });
    this.server = new LoopbackServer((req, res) => this.handle(req, res), (req, err) => ({ error: `simulator crashed: ${String(err)}`, error_code: 10001, request: req.url ?? '' }), opts.latencyMs);
  }

  async listen(): Promise<this> {
    this.baseUrl = await this.server.listen();
    return this;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  /** Statuses that still exist. */
  get live(): SimStatus[] {
    return this.posted.filter((s) => !s.deleted);
  }

  /** Statuses this app created through share.json (not the account's other traffic). */
  get shared(): SimStatus[] {
    return this.posted.filter((s) => !s.elsewhere);
  }

  /** The account posts from another client (the web, a phone): traffic that is not ours. */
  postElsewhere(text: string, accessToken = this.firstToken()): SimStatus {
    const user = this.users.get(accessToken);
    if (!user) throw new Error('unknown token');
    return this.store(user.uid, text, true);
  }

  // ---- switches -------------------------------------------------------------------------------------------

  /** 10022 IP, 10023 user, 10024 user-per-interface frequency limits (HTTP 403). */
  rateLimitNext(n = 1, code: 10022 | 10023 | 10024 = 10023, path?: string): void {
    this.faults.arm({ kind: 'rateLimit', remaining: n, code, path });
  }

  /** 10001 system error (or 10009 too many pending tasks). */
  busyNext(n = 1, code: 10001 | 10002 | 10009 = 10001, path?: string): void {
    this.faults.arm({ kind: 'busy', remaining: n, code, path });
  }

  contentErrorNext(code: number, error?: string, path?: string): void {
    this.faults.arm({ kind: 'content', remaining: 1, code, message: error ?? ERRORS[code] ?? 'sim content error', path });
  }

  /** From now on the token answers 21327 expired_token. */
  expireToken(accessToken = this.firstToken()): void {
    const u = this.users.get(accessToken);
    if (u) u.state = 'expired';
  }

  /** From now on the token answers 21332 invalid_access_token (authorisation revoked). */
  revokeToken(accessToken = this.firstToken()): void {
    const u = this.users.get(accessToken);
    if (u) u.state = 'revoked';
  }

  dropNextConnection(path?: string, opts: { after?: boolean } = {}): void {
    this.faults.arm({ kind: 'drop', remaining: 1, path, after: opts.after ?? false });
  }

  delayNext(ms: number, path?: string): void {
    this.faults.arm({ kind: 'delay', remaining: 1, ms, path });
  }

  /** The next matching call is acted on (the post stored), then its reply is withheld for `ms` (40 s by default). */
  holdReplyNext(ms = 40_000, path?: string): void {
    this.faults.arm({ kind: 'hold', remaining: 1, ms, path });
  }

  /** The next `n` matching calls meet a gateway error page (HTTP 502) before reaching the platform. */
  serverErrorNext(n = 1, path?: string): void {
    this.faults.arm({ kind: 'http5xx', remaining: n, path });
  }

  /** Disarms every fault armed and not yet used, and the random ones. */
  clearFaults(): void {
    this.faults.clear();
    this.chaosFaults = null;
  }

  /** Random faults on every matching request from now on (null switches them off). */
  chaos(opts: ChaosOptions | null): Chaos | null {
    this.chaosFaults = opts ? new Chaos(opts) : null;
    return this.chaosFaults;
  }

  // ---- HTTP -----------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const path = url.pathname;
    const raw = await readBody(req);
    this.arrivals.push({ path, port: req.socket.remotePort ?? 0 });
    const random = this.chaosFaults?.pick(path) ?? null;
    const drop = this.faults.take('drop', path) ?? (random === 'dropBefore' || random === 'dropAfter' ? { after: random === 'dropAfter' } : null);
    if (drop && !drop.after) {
      req.socket.destroy();
      return;
    }
    if (this.faults.take('http5xx', path) || random === 'http5xx') {
      this.requests.push({ path, errorCode: 502 });
      sendGatewayError(res);
      return;
    }
    const delay = this.faults.take('delay', path);
    if (delay?.ms) await sleep(delay.ms);
    const params = new URLSearchParams(req.method === 'POST' ? raw.toString('utf8') : url.search);
    if (req.method === 'POST') for (const [k, v] of url.searchParams) if (!params.has(k)) params.set(k, v);
    const [status, body] = random === 'busy' ? fail(500, 10001, 'system error!', path) : this.route(req.method ?? 'GET', path, params);
    if (drop?.after) {
      req.socket.destroy();
      return;
    }
    const hold = this.faults.take('hold', path) ?? (random === 'holdAfter' ? { ms: this.chaosFaults?.holdMs } : null);
    if (hold?.ms) await sleep(hold.ms);
    this.requests.push({ path, errorCode: typeof body.error_code === 'number' ? body.error_code : 0 });
    sendJson(res, status, body);
  }

  private route(method: string, path: string, params: URLSearchParams): [number, Record<string, unknown>] {
    const known = ['/2/statuses/share.json', '/2/statuses/destroy.json', ...GET_PATHS];
    if (!known.includes(path)) return fail(404, 10020, 'Request Api not found!', path);
    if (path === '/2/statuses/share.json') this.shareCalls++;
    const wantPost = !GET_PATHS.includes(path);
    if ((method === 'POST') !== wantPost) return fail(405, 10021, 'HTTP method is not suported for this request!', path);

    const token = params.get('access_token');
    if (!token) return fail(403, 21301, 'auth faild!', path);
    const user = this.users.get(token);
    if (!user || user.state === 'revoked') return fail(401, 21332, 'invalid_access_token', path);
    if (user.state === 'expired') return fail(401, 21327, 'expired_token', path);

    const rate = this.faults.take('rateLimit', path);
    if (rate) {
      const error = rate.code === 10022 ? 'IP requests out of rate limit!' : rate.code === 10024 ? `User requests for (${path}) out of rate limit!` : 'User requests out of rate limit!';
      return fail(403, rate.code ?? 10023, error, path);
    }
    const busy = this.faults.take('busy', path);
    if (busy) return fail(500, busy.code ?? 10001, busy.code === 10009 ? 'Too many pending tasks, system is busy!' : 'system error!', path);
    const content = this.faults.take('content', path);
    if (content) return fail(400, content.code ?? 20021, content.message ?? 'Content is illegal!', path);

    if (path === '/2/statuses/share.json') return this.share(user, params, path);
    if (path === '/2/statuses/destroy.json') return this.destroy(user, params, path);
    if (path === '/2/account/get_uid.json') return [200, { uid: Number(user.uid) }];
    if (path === '/2/short_url/expand.json') {
      const urls = params.getAll('url_short').slice(0, 20);
      return [200, { urls: urls.map((u) => ({ url_short: u, url_long: this.shortLinks.get(u) ?? '', type: 0, result: this.shortLinks.has(u) })) }];
    }
    if (path === '/2/statuses/show.json') {
      const status = this.posted.find((s) => s.idstr === params.get('id') && !s.deleted);
      return status ? [200, this.json(status, user)] : fail(400, 20101, 'Target weibo does not exist!', path);
    }
    const count = Math.min(100, Math.max(1, Number(params.get('count') ?? 20) || 20));
    const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
    const mine = this.posted.filter((s) => s.uid === user.uid && !s.deleted).reverse();
    return [200, { statuses: mine.slice((page - 1) * count, page * count).map((s) => this.json(s, user)), total_number: mine.length }];
  }

  private share(user: { uid: string; screenName: string }, params: URLSearchParams, path: string): [number, Record<string, unknown>] {
    const text = params.get('status');
    if (!text) return fail(400, 10016, 'Miss required parameter (status) , see doc for more info!', path);
    if (weiboLength(text) > 140) return fail(400, 20012, 'Text too long, please input text less than 140 characters!', path);
    if (/#[^#\s][^#]*#/.test(text)) return fail(400, 20021, 'Content is illegal!', path);
    const links = [...text.matchAll(/https?:\/\/[^\s]+/g)].map((m) => m[0]);
    if (!links.some((l) => underHost(l, this.safeDomain))) return fail(400, 10017, 'appkey not bind domain!', path);
    const now = Date.now();
    if (this.latestOf(user.uid, this.duplicateWindow).some((s) => s.submittedText === text && now - s.createdMs <= this.duplicateWindowMs)) return fail(400, 20019, 'Repeat conetnt!', path);
    return [200, this.json(this.store(user.uid, text, false), user)];
  }

  /**
   * The user's `n` newest live statuses, walked back from the end of the log: the same set as filtering the whole
   * log and keeping its tail, without a pass over every status ever posted on each share (the simulators run on
   * the cores they are measured against).
   */
  private latestOf(uid: string, n: number): SimStatus[] {
    const found: SimStatus[] = [];
    for (let i = this.posted.length - 1; i >= 0 && found.length < n; i--) {
      const s = this.posted[i];
      if (s.uid === uid && !s.deleted) found.push(s);
    }
    return found;
  }

  private store(uid: string, text: string, elsewhere: boolean): SimStatus {
    const status: SimStatus = {
      idstr: String(4_987_000_000_000_000 + ++this.seq * 7919),
      uid,
      submittedText: text,
      text: text.replace(/https?:\/\/[^\s]+/g, (link) => {
        const short = `http://t.cn/A6${randomBytes(4).toString('base64url')}`;
        this.shortLinks.set(short, link);
        return short;
      }),
      createdAt: weiboDate(new Date()),
      createdMs: Date.now(),
      deleted: false,
      ...(elsewhere ? { elsewhere } : {}),
    };
    this.posted.push(status);
    return status;
  }

  private destroy(user: { uid: string; screenName: string }, params: URLSearchParams, path: string): [number, Record<string, unknown>] {
    const id = params.get('id');
    if (!id) return fail(400, 10016, 'Miss required parameter (id) , see doc for more info!', path);
    const status = this.posted.find((s) => s.idstr === id && !s.deleted);
    if (!status) return fail(400, 20101, 'Target weibo does not exist!', path);
    if (status.uid !== user.uid) return fail(403, 20102, 'Not your own weibo!', path);
    status.deleted = true;
    this.destroyed++;
    return [200, this.json(status, user)];
  }

  private json(s: SimStatus, user: { uid: string; screenName: string }): Record<string, unknown> {
    return {
      created_at: s.createdAt,
      id: Number(s.idstr),
      idstr: s.idstr,
      mid: s.idstr,
      text: s.text,
      source: '<a href="http://app.weibo.com/t/feed/sim" rel="nofollow">统发</a>',
      favorited: false,
      truncated: false,
      in_reply_to_status_id: '',
      in_reply_to_user_id: '',
      in_reply_to_screen_name: '',
      geo: null,
      reposts_count: 0,
      comments_count: 0,
      attitudes_count: 0,
      user: { id: Number(user.uid), idstr: user.uid, screen_name: user.screenName, name: user.screenName },
    };
  }

  private firstToken(): string {
    return this.users.keys().next().value ?? '';
  }
}

export async function startWeiboSim(opts: WeiboSimOptions = {}): Promise<WeiboSim> {
  return new WeiboSim(opts).listen();
}

const GET_PATHS = ['/2/statuses/user_timeline.json', '/2/statuses/show.json', '/2/short_url/expand.json', '/2/account/get_uid.json'];

const ERRORS: Record<number, string> = {
  20018: 'Contain illegal website!',
  20020: 'Contain advertising!',
  20021: 'Content is illegal!',
};

function fail(status: number, code: number, error: string, request: string): [number, Record<string, unknown>] {
  return [status, { error, error_code: code, request }];
}

function weiboLength(text: string): number {
  let halves = 0;
  for (const ch of text) halves += (ch.codePointAt(0) ?? 0) <= 0x7f ? 1 : 2;
  return Math.ceil(halves / 2);
}

function hostOf(domainOrUrl: string): string {
  try {
    return new URL(domainOrUrl).hostname;
  } catch {
    return domainOrUrl.trim().toLowerCase();
  }
}

function underHost(link: string, safe: string): boolean {
  try {
    const h = new URL(link).hostname.toLowerCase();
    return h === safe || h.endsWith(`.${safe}`);
  } catch {
    return false;
  }
}

/** "Wed Oct 24 23:49:17 +0800 2012", in Beijing time like the platform. */
function weiboDate(d: Date): string {
  const bj = new Date(d.getTime() + 8 * 3600_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[bj.getUTCDay()]} ${months[bj.getUTCMonth()]} ${p(bj.getUTCDate())} ${p(bj.getUTCHours())}:${p(bj.getUTCMinutes())}:${p(bj.getUTCSeconds())} +0800 ${bj.getUTCFullYear()}`;
}
