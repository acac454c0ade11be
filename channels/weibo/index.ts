/**
 * Weibo channel: a short text — 【title】summary + the portal link — posted with 2/statuses/share.json, which
 * only accepts statuses that link into the app's 安全域名 (our PUBLIC_BASE_URL host).
 *
 * Exactly once, by construction. share.json has no idempotency key, and a post whose reply was lost (reset
 * connection, timeout, a killed worker) may exist. So every post carries a marker unique to its publication —
 * `?s=<token>` on the portal link, derived from the idempotency key — and the time of the attempt is saved
 * (`checkpoint`) before share.json is called. Before any attempt whose predecessor's outcome is unknown (a saved
 * attempt time, or `context.attempt` > 1) the adapter reads the account's own timeline back to that time, expands
 * the t.cn links of statuses with our words (short_url/expand.json) and, if one carries our marker, returns that
 * status instead of posting again. A timeline that cannot be read is a retryable error, never a reason to post.
 * 20019 (identical text) is not relied upon: Weibo only answers it against recent posts; when it comes, the
 * timeline decides whether the post is ours. The look is made only after the previous share.json has certainly
 * landed or died (`sendSettledBy`, saved by the delivery layer when it fenced that send), or a post still in
 * flight from a stalled worker would land after the look and be posted twice.
 */
import { createHash } from 'node:crypto';
import {
  ChannelError,
  SEND_SETTLED_BY,
  sendDeadline,
  type AccountCredentials,
  type Channel,
  type PublishContext,
  type PublishResult,
  type Rendition,
} from '../Channel.js';
import { carriesMarker, markedLink, publicationMarker } from '../marker.js';
import { WEIBO_DEFAULTS, WeiboApi, type WeiboStatus } from './api.js';

export { publicationMarker } from '../marker.js';

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
  /** How many of the account's latest statuses to search for a `dup:` id (left by earlier versions) on retract. */
  timelineSearchCount?: number;
  /** How many timeline pages of 100 to search for an earlier attempt's post when its time is unknown or far back. */
  timelineSearchPages?: number;
}

export class WeiboChannel implements Channel {
  readonly kind = 'WEIBO' as const;
  private readonly apiBase: string;
  private readonly timeoutMs: number;
  private readonly safeHost: string | null;
  private readonly rip?: string;
  private readonly rateLimitBackoffMs: number;
  private readonly timelineSearchCount: number;
  private readonly timelineSearchPages: number;

  constructor(options: WeiboChannelOptions = {}) {
    this.apiBase = (options.apiBase ?? WEIBO_DEFAULTS.apiBase).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? WEIBO_DEFAULTS.timeoutMs;
    this.safeHost = options.safeDomain ? hostOf(options.safeDomain) : null;
    this.rip = options.rip;
    this.rateLimitBackoffMs = options.rateLimitBackoffMs ?? WEIBO_DEFAULTS.rateLimitBackoffMs;
    this.timelineSearchCount = options.timelineSearchCount ?? 50;
    this.timelineSearchPages = options.timelineSearchPages ?? 20;
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
      if (weiboLength(` ${markedLink(rendition.portalUrl, 'x'.repeat(12))}`) > WEIBO_MAX_LENGTH - 10) {
        problems.push('门户链接过长，微博正文放不下标题');
      }
      const own = rendition.variants?.weiboText;
      if (own && !weiboTextFits(own, markedLink(rendition.portalUrl, 'x'.repeat(12)))) problems.push(`微博文案加上门户链接超过 ${WEIBO_MAX_LENGTH} 字`);
    }
    return problems;
  }

  async publish(
    rendition: Rendition,
    account: AccountCredentials | null,
    idempotencyKey: string,
    context?: PublishContext,
  ): Promise<PublishResult> {
    const api = this.client(account);
    const marker = publicationMarker(idempotencyKey);
    const link = markedLink(rendition.portalUrl, marker);
    const own = rendition.variants?.weiboText;
    const text = own ? weiboVariantText(own, link) : composeWeiboText({ ...rendition, portalUrl: link });
    const sentAt = context?.resume?.weiboSentAt;
    // An earlier share.json may still be on its way (a stalled or killed holder's): the timeline is only read once
    // it has certainly landed or died, or a post that lands after the look would be posted a second time.
    const settledBy = Date.parse(context?.resume?.[SEND_SETTLED_BY] ?? '');
    if (Number.isFinite(settledBy) && Date.now() < settledBy) {
      throw new ChannelError('上次发送微博的结果尚未落定，稍后核对账号时间线后再决定是否发布，不会重复发布', true, 'WEIBO_SEND_SETTLING', false, settledBy - Date.now());
    }
    if (sentAt !== undefined || (context?.attempt ?? 1) > 1) {
      const earlier = await this.findByMarker(api, text, marker, sentAt ? new Date(sentAt) : null);
      if (earlier) return { externalId: earlier.idstr, url: statusUrl(earlier) };
    }
    // The first attempt's time bounds every later search; it is saved before the call that may post, and only
    // while this delivery still holds the publication (a stalled worker that lost it stops here).
    const sendBy = await sendDeadline(context, { weiboSentAt: sentAt ?? new Date().toISOString() }, this.timeoutMs);
    try {
      const status = await api.share(text, sendBy);
      return { externalId: status.idstr, url: statusUrl(status) };
    } catch (err) {
      // The call came back (a refusal, a gateway's page, a lost connection, our own timeout): it is over, and the next
      // attempt need not wait for it. Only a holder that never came back (frozen, killed) leaves the wait in place.
      await context?.checkpoint?.({ [SEND_SETTLED_BY]: '' }).catch(() => undefined);
      if (!(err instanceof ChannelError) || err.code !== 'WEIBO_20019') throw err;
      const ours = await this.findByMarker(api, text, marker, null);
      if (ours) return { externalId: ours.idstr, url: statusUrl(ours) };
      throw new ChannelError(
        `${err.message} — 该账号近期已发布过文字完全相同的微博（不是本次发布），未重复发布；如确需再次发布，请修改标题或摘要`,
        false,
        err.code,
      );
    }
  }

  /** Verifies the account's token (account/get_uid.json); throws the platform's verdict as a ChannelError. */
  async verifyCredentials(account: AccountCredentials): Promise<void> {
    await this.client(account).getUid();
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

  /**
   * The account's status that carries `marker`, searched page by page (newest first) back to a minute before
   * `since`, or through `timelineSearchPages` pages when no time is known. Only statuses with our words are
   * candidates; their t.cn links are expanded to find the marker.
   */
  private async findByMarker(api: WeiboApi, text: string, marker: string, since: Date | null): Promise<WeiboStatus | null> {
    const words = textHash(text);
    const floor = since ? since.getTime() - 60_000 : null;
    for (let page = 1; page <= this.timelineSearchPages; page++) {
      const statuses = await api.userTimeline(TIMELINE_PAGE, page);
      const candidates = statuses.filter((s) => textHash(s.text) === words);
      const links = [...new Set(candidates.flatMap((s) => linksOf(s.text)))];
      const shortened = links.filter(isShortLink);
      const expanded = shortened.length > 0 ? await api.expandShortUrls(shortened) : new Map<string, string>();
      const ours = candidates.find((s) => linksOf(s.text).some((l) => carriesMarker(expanded.get(l) ?? l, marker)));
      if (ours) return ours;
      if (statuses.length < TIMELINE_PAGE) return null;
      const oldest = Date.parse(statuses[statuses.length - 1].createdAt ?? '');
      if (floor !== null && Number.isFinite(oldest) && oldest < floor) return null;
    }
    return null;
  }
}

const TIMELINE_PAGE = 100;

function linksOf(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s]+/g)].map((m) => m[0]);
}

function isShortLink(link: string): boolean {
  try {
    return new URL(link).hostname === 't.cn';
  } catch {
    return false;
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

// share.json rejects "#话题#"; a full-width sign reads the same.
const cleanWeibo = (s: string): string => s.replace(/#/g, '＃').replace(/\s+/g, ' ').trim();

/** The editor's own Weibo text with the portal link appended. */
export function weiboVariantText(text: string, link: string): string {
  return `${cleanWeibo(text)} ${link.trim()}`;
}

/** Whether the editor's Weibo text and the link fit in one post, counted as Weibo counts (two ASCII = one). */
export function weiboTextFits(text: string, link: string, max = WEIBO_MAX_LENGTH): boolean {
  return weiboLength(weiboVariantText(text, link)) <= max;
}

/** 【title】summary… link — summary first, then title shortened until it fits. */
export function composeWeiboText(rendition: Pick<Rendition, 'title' | 'summary' | 'portalUrl'>, max = WEIBO_MAX_LENGTH): string {
  const link = ` ${rendition.portalUrl.trim()}`;
  const budget = max - weiboLength(link);
  const clean = cleanWeibo;
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
