/**
 * Weibo open API client for one account's OAuth2 access token.
 *
 * Platform facts relied on (open.weibo.com/wiki/2/statuses/share, Error_code):
 * - 2/statuses/share.json: POST, form-encoded `access_token`, `status` (≤ 140 汉字, must contain a link under the
 *   app's 安全域名, no "#话题#"), optional `rip` (the operating user's real IP). Reply: the status object
 *   {created_at, id, idstr, mid, text, user, …}; `idstr` is the id to keep, `id` can exceed 2^53.
 * - 2/statuses/destroy.json: POST `access_token`, `id`; reply: the deleted status.
 * - Errors are JSON {error, error_code, request}; error_code is sometimes a string.
 *   10022/10023/10024 frequency limits; 10001/10002/10009 platform trouble; 20019 identical content already
 *   posted; 21327 expired_token, 21332 invalid access_token (and 21314–21317, 21319 for revoked grants).
 */
import { ChannelError } from '../Channel.js';
import { isRecord, platformFetch } from '../platformFetch.js';

export interface WeiboApiOptions {
  apiBase: string;
  accessToken: string;
  timeoutMs: number;
  /** Reported as `rip`; the platform asks for the operating user's address. */
  rip?: string;
  rateLimitBackoffMs: number;
}

export const WEIBO_DEFAULTS = {
  apiBase: 'https://api.weibo.com',
  timeoutMs: 15_000,
  /** The frequency limits are counted per hour. */
  rateLimitBackoffMs: 10 * 60_000,
} as const;

export interface WeiboStatus {
  idstr: string;
  text: string;
  createdAt: string | null;
  userIdstr: string | null;
}

const RATE_LIMITS = new Set([10022, 10023, 10024, 20016]);
/** Platform-side trouble, including 20032 "update success, while server slow": a retry meets 20019 then. */
const TRANSIENT = new Set([10001, 10002, 10003, 10009, 10010, 10011, 20032]);
const TOKEN_DEAD = new Set([21301, 21314, 21315, 21316, 21317, 21319, 21327, 21332]);

export class WeiboApi {
  constructor(private readonly opts: WeiboApiOptions) {}

  /** `sendBy`: not sent after this instant (platformFetch's). */
  share(status: string, sendBy?: number): Promise<WeiboStatus> {
    const form: Record<string, string> = { access_token: this.opts.accessToken, status };
    if (this.opts.rip) form.rip = this.opts.rip;
    return this.post('/2/statuses/share.json', form, parseStatus, sendBy);
  }

  destroy(id: string): Promise<WeiboStatus> {
    return this.post('/2/statuses/destroy.json', { access_token: this.opts.accessToken, id }, parseStatus);
  }

  /**
   * One page of the authorised user's own statuses, newest first (the only timeline the v2 API still serves
   * third parties). `count` is capped at 100 by the platform.
   */
  async userTimeline(count = 20, page = 1): Promise<WeiboStatus[]> {
    const query = new URLSearchParams({ access_token: this.opts.accessToken, count: String(Math.min(100, count)), page: String(page) });
    return this.get('/2/statuses/user_timeline.json', query, (b) => {
      if (!Array.isArray(b.statuses)) return null;
      return b.statuses.filter(isRecord).map(parseStatus).filter((s): s is WeiboStatus => s !== null);
    });
  }

  /** statuses/show.json: one status by id (20101 when it no longer exists). */
  show(id: string): Promise<WeiboStatus> {
    return this.get('/2/statuses/show.json', new URLSearchParams({ access_token: this.opts.accessToken, id }), parseStatus);
  }

  /**
   * short_url/expand.json: the long URLs behind t.cn links (Weibo rewrites every link of a status), at most 20
   * per call. Returns short → long for the links the platform could expand.
   */
  async expandShortUrls(shortUrls: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < shortUrls.length; i += 20) {
      const query = new URLSearchParams({ access_token: this.opts.accessToken });
      for (const u of shortUrls.slice(i, i + 20)) query.append('url_short', u);
      const pairs = await this.get('/2/short_url/expand.json', query, (b) => {
        if (!Array.isArray(b.urls)) return null;
        return b.urls.filter(isRecord).flatMap((u) => (typeof u.url_short === 'string' && typeof u.url_long === 'string' ? [[u.url_short, u.url_long] as const] : []));
      });
      for (const [short, long] of pairs) out.set(short, long);
    }
    return out;
  }

  /** account/get_uid.json: the uid the token belongs to; the cheapest proof that a token works. */
  getUid(): Promise<string> {
    return this.get('/2/account/get_uid.json', new URLSearchParams({ access_token: this.opts.accessToken }), (b) =>
      typeof b.uid === 'number' || typeof b.uid === 'string' ? String(b.uid) : null,
    );
  }

  private async get<T>(path: string, query: URLSearchParams, guard: (b: Record<string, unknown>) => T | null): Promise<T> {
    const reply = await platformFetch('WEIBO', `${this.opts.apiBase}${path}?${query}`, { method: 'GET' }, this.opts.timeoutMs);
    return this.interpret(path, reply, guard);
  }

  private async post<T>(path: string, form: Record<string, string>, guard: (b: Record<string, unknown>) => T | null, sendBy?: number): Promise<T> {
    const reply = await platformFetch(
      'WEIBO',
      `${this.opts.apiBase}${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: new URLSearchParams(form).toString(),
      },
      this.opts.timeoutMs,
      sendBy,
    );
    return this.interpret(path, reply, guard);
  }

  private interpret<T>(
    path: string,
    reply: { status: number; json: unknown; text: string },
    guard: (b: Record<string, unknown>) => T | null,
  ): T {
    const body = reply.json;
    if (!isRecord(body)) {
      throw new ChannelError(
        `Weibo ${path} gave an unexpected reply (HTTP ${reply.status}): ${reply.text.slice(0, 200)}`,
        reply.status >= 500 || reply.text.length === 0,
        'WEIBO_BAD_REPLY',
      );
    }
    if (body.error_code !== undefined || body.error !== undefined) {
      const code = Number(body.error_code);
      const error = typeof body.error === 'string' ? body.error : '';
      throw this.classify(Number.isFinite(code) ? code : 0, error, path);
    }
    const value = guard(body);
    if (value === null) {
      throw new ChannelError(`Weibo ${path} gave an unexpected reply (HTTP ${reply.status}): ${reply.text.slice(0, 200)}`, false, 'WEIBO_BAD_REPLY');
    }
    return value;
  }

  private classify(code: number, error: string, path: string): ChannelError {
    const text = `Weibo ${path.replace(/^\/2\//, '')} failed: error_code ${code} ${error}`;
    if (RATE_LIMITS.has(code)) return new ChannelError(`${text} (frequency limit)`, true, `WEIBO_${code}`, false, this.opts.rateLimitBackoffMs);
    if (TRANSIENT.has(code)) return new ChannelError(text, true, `WEIBO_${code}`);
    if (TOKEN_DEAD.has(code)) {
      return new ChannelError(`${text} (the account's authorisation has expired or was revoked; a channel admin must re-authorise it)`, false, `WEIBO_${code}`, true);
    }
    return new ChannelError(text, false, `WEIBO_${code}`);
  }
}

function parseStatus(b: Record<string, unknown>): WeiboStatus | null {
  // idstr, never id: JSON numbers above 2^53 lose digits.
  const idstr = typeof b.idstr === 'string' && b.idstr.length > 0 ? b.idstr : typeof b.mid === 'string' && b.mid.length > 0 ? b.mid : null;
  if (!idstr) return null;
  const user = isRecord(b.user) ? b.user : null;
  const userIdstr = user ? (typeof user.idstr === 'string' ? user.idstr : typeof user.id === 'number' ? String(user.id) : null) : null;
  return {
    idstr,
    text: typeof b.text === 'string' ? b.text : '',
    createdAt: typeof b.created_at === 'string' ? b.created_at : null,
    userIdstr,
  };
}
