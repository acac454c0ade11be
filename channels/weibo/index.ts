/**
 * Weibo channel: a short text — 【title】summary + the portal link — posted with 2/statuses/share.json, which
 * only accepts statuses that link into the app's 安全域名 (our PUBLIC_BASE_URL host).
 *
 * Exactly once. share.json has no idempotency key, but Weibo refuses identical text from the same account with
 * 20019, and our text for a given rendition is always the same. So:
 * - first attempt (context.attempt 1 or absent): 20019 means somebody already posted these exact words — an
 *   error for the channel admin, not a success we can claim;
 * - a retry (context.attempt > 1): 20019 means our earlier attempt got through but its reply was lost. The
 *   adapter looks the status up in the account's own timeline (matching the text with links removed, since Weibo
 *   rewrites links to t.cn) and returns its real id; if the timeline does not show it, it returns
 *   `dup:<hash of the text>` with url null, which retract() resolves the same way later.
 * The job layer must therefore pass `attempt` and reuse the same rendition (same text) on retries.
 */
import { createHash } from 'node:crypto';
import {
  ChannelError,
  type AccountCredentials,
  type Channel,
  type PublishContext,
  type PublishResult,
  type Rendition,
} from '../Channel.js';
import { WEIBO_DEFAULTS, WeiboApi, type WeiboStatus } from './api.js';

export { WeiboApi } from './api.js';
export type { WeiboStatus } from './api.js';

/** share.json: "内容不超过140个汉字". */
export const WEIBO_MAX_LENGTH = 140;

export interface WeiboChannelOptions {
  apiBase?: string;
  timeoutMs?: number;
  /** PUBLIC_BASE_URL (or its host): the safe domain the portal link must belong to. */
  safeDomain?: string;
  /** Sent as `rip`. */
  rip?: string;
  rateLimitBackoffMs?: number;
  /** How many of the account's latest statuses to search when recovering from 20019. */
  timelineSearchCount?: number;
}

export class WeiboChannel implements Channel {
  readonly kind = 'WEIBO' as const;
  private readonly apiBase: string;
  private readonly timeoutMs: number;
  private readonly safeHost: string | null;
  private readonly rip?: string;
  private readonly rateLimitBackoffMs: number;
  private readonly timelineSearchCount: number;

  constructor(options: WeiboChannelOptions = {}) {
    this.apiBase = (options.apiBase ?? WEIBO_DEFAULTS.apiBase).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? WEIBO_DEFAULTS.timeoutMs;
    this.safeHost = options.safeDomain ? hostOf(options.safeDomain) : null;
    this.rip = options.rip;
    this.rateLimitBackoffMs = options.rateLimitBackoffMs ?? WEIBO_DEFAULTS.rateLimitBackoffMs;
    this.timelineSearchCount = options.timelineSearchCount ?? 50;
  }

  validate(rendition: Rendition, account: AccountCredentials | null): string[] {
    const problems: string[] = [];
    if (!account) problems.push('微博发布需要一个微博账号');
    else if (!account.credentials.accessToken?.trim()) problems.push(`微博账号「${account.name}」缺少 accessToken，需要重新授权`);
    if (!rendition.title.trim()) problems.push('标题为空');
    const url = parseHttpUrl(rendition.portalUrl);
    if (!url) {
      problems.push('微博必须附带门户文章的完整链接（http/https 绝对地址）');
    } else {
      if (this.safeHost && !underHost(url.hostname, this.safeHost)) {
        problems.push(`门户链接 ${url.hostname} 不在微博应用的安全域名 ${this.safeHost} 下，微博会拒绝发布`);
      }
      if (weiboLength(` ${rendition.portalUrl}`) > WEIBO_MAX_LENGTH - 10) {
        problems.push('门户链接过长，微博正文放不下标题');
      }
    }
    return problems;
  }

  async publish(
    rendition: Rendition,
    account: AccountCredentials | null,
    _idempotencyKey: string,
    context?: PublishContext,
  ): Promise<PublishResult> {
    const api = this.client(account);
    const text = composeWeiboText(rendition);
    try {
      const status = await api.share(text);
      return { externalId: status.idstr, url: statusUrl(status) };
    } catch (err) {
      if (!(err instanceof ChannelError) || err.code !== 'WEIBO_20019') throw err;
      if ((context?.attempt ?? 1) <= 1) {
        throw new ChannelError(
          `${err.message} — 该账号已发布过完全相同的微博，未重复发布；如确需再次发布，请修改标题或摘要`,
          false,
          err.code,
        );
      }
      const found = await this.findOurs(api, text).catch(() => null);
      return found ? { externalId: found.idstr, url: statusUrl(found) } : { externalId: `dup:${textHash(text)}`, url: null };
    }
  }

  /** Idempotent: a status that no longer exists (20101) counts as retracted. */
  async retract(externalId: string, account: AccountCredentials | null): Promise<void> {
    const api = this.client(account);
    let id = externalId;
    if (externalId.startsWith('dup:')) {
      const hash = externalId.slice(4);
      const statuses = await api.userTimeline(this.timelineSearchCount);
      const match = statuses.find((s) => textHash(s.text) === hash);
      if (!match) {
        throw new ChannelError(
          '无法在该微博账号最近的微博中找到这条内容（发布时平台未返回编号），请频道管理员在微博上手动删除',
          false,
          'WEIBO_RETRACT_NOT_FOUND',
        );
      }
      id = match.idstr;
    }
    try {
      await api.destroy(id);
    } catch (err) {
      if (err instanceof ChannelError && err.code === 'WEIBO_20101') return;
      throw err;
    }
  }

  private client(account: AccountCredentials | null): WeiboApi {
    const accessToken = account?.credentials.accessToken?.trim();
    if (!account || !accessToken) {
      throw new ChannelError(
        account ? `微博账号「${account.name}」缺少 accessToken，需要重新授权` : '微博发布需要一个微博账号',
        false,
        'WEIBO_NO_CREDENTIALS',
        account !== null,
      );
    }
    return new WeiboApi({
      apiBase: this.apiBase,
      accessToken,
      timeoutMs: this.timeoutMs,
      rateLimitBackoffMs: this.rateLimitBackoffMs,
      ...(this.rip ? { rip: this.rip } : {}),
    });
  }

  private async findOurs(api: WeiboApi, text: string): Promise<WeiboStatus | null> {
    const hash = textHash(text);
    const statuses = await api.userTimeline(this.timelineSearchCount);
    return statuses.find((s) => textHash(s.text) === hash) ?? null;
  }
}

/**
 * Weibo's count: a CJK (or any non-ASCII) character is 1, an ASCII character ½, rounded up. Links are counted
 * at full length although Weibo shortens them to t.cn, so the text never ends up over the limit.
 */
export function weiboLength(text: string): number {
  let halves = 0;
  for (const ch of text) halves += (ch.codePointAt(0) ?? 0) <= 0x7f ? 1 : 2;
  return Math.ceil(halves / 2);
}

/** 【title】summary… link — summary first, then title shortened until it fits. */
export function composeWeiboText(rendition: Pick<Rendition, 'title' | 'summary' | 'portalUrl'>, max = WEIBO_MAX_LENGTH): string {
  const link = ` ${rendition.portalUrl.trim()}`;
  const budget = max - weiboLength(link);
  // share.json rejects "#话题#"; a full-width sign reads the same.
  const clean = (s: string) => s.replace(/#/g, '＃').replace(/\s+/g, ' ').trim();
  const title = clean(rendition.title);
  const summary = clean(rendition.summary);
  const head = (t: string) => `【${t}】`;
  if (weiboLength(head(title) + summary) <= budget) return head(title) + summary + link;
  const room = budget - weiboLength(head(title));
  if (room >= 6) return head(title) + fit(summary, room) + link;
  return head(fit(title, budget - 2)) + link;
}

function fit(text: string, max: number): string {
  if (weiboLength(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (weiboLength(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

/** Identity of a status's words, ignoring links (Weibo replaces them with t.cn short links) and spacing. */
function textHash(text: string): string {
  const normal = text.replace(/https?:\/\/\S+/g, '').replace(/\s+/g, '');
  return createHash('sha1').update(normal).digest('hex').slice(0, 20);
}

function statusUrl(status: WeiboStatus): string {
  return `https://m.weibo.cn/status/${status.idstr}`;
}

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function hostOf(domainOrUrl: string): string {
  return parseHttpUrl(domainOrUrl)?.hostname ?? domainOrUrl.trim().toLowerCase();
}

function underHost(host: string, safe: string): boolean {
  const h = host.toLowerCase();
  return h === safe || h.endsWith(`.${safe}`);
}
