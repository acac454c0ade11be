/**
 * Signed push to the government's own app or 融媒体中心: the rendition as JSON, POSTed to the receiver the
 * account names, signed with the account's shared secret (see sign.ts).
 *
 *   POST   {endpoint}/items        Idempotency-Key: <publication key>  → 201 { id, url? } (a repeat: 200, same id)
 *   GET    {endpoint}/items/{id}                                        → { id, state: published | retracted, url? }
 *   DELETE {endpoint}/items/{id}                                        → 204 (404: already gone)
 *
 * Exactly once rests on the receiver honouring the idempotency key, so a retry after a lost reply is safe.
 * Transient failures (network, 5xx) are retried a few times within one call, then left to the job layer.
 */
import { ChannelError, type AccountCredentials, type Channel, type ExternalStatus, type PublishResult, type Rendition } from '../Channel.js';
import { isRecord, platformFetch, sleep, type PlatformReply } from '../platformFetch.js';
import { IDEMPOTENCY_HEADER, pushSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './sign.js';

export interface PushChannelOptions {
  timeoutMs?: number;
  /** Pauses between the tries of one call; their count + 1 is the number of tries. */
  retryDelaysMs?: readonly number[];
  /** Injectable clock for the signature timestamp. */
  now?: () => Date;
}

const PLATFORM = 'PUSH';

export class PushChannel implements Channel {
  readonly kind = 'PUSH' as const;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => Date;

  constructor(options: PushChannelOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [200, 800];
    this.now = options.now ?? (() => new Date());
  }

  validate(rendition: Rendition, account: AccountCredentials | null): string[] {
    const problems: string[] = [];
    if (!account) problems.push('客户端推送需要一个推送账号');
    else if (!account.credentials.endpoint || !account.credentials.secret) problems.push(`推送账号「${account.name}」缺少接收地址或密钥`);
    if (!rendition.title.trim()) problems.push('标题为空');
    if (!rendition.html.trim()) problems.push('正文为空');
    return problems;
  }

  async publish(rendition: Rendition, account: AccountCredentials | null, idempotencyKey: string): Promise<PublishResult> {
    const body = JSON.stringify({
      idempotencyKey,
      contentId: rendition.contentId,
      revision: rendition.revision,
      title: rendition.title,
      html: rendition.html,
      summary: rendition.summary,
      category: { code: rendition.categoryCode, name: rendition.categoryName },
      unit: rendition.unitName,
      url: rendition.portalUrl,
      publishedAt: rendition.publishedAt.toISOString(),
    });
    const reply = await this.call(requireAccount(account), 'POST', '/items', body, { [IDEMPOTENCY_HEADER]: idempotencyKey });
    const id = isRecord(reply.json) ? reply.json.id : undefined;
    if (typeof id !== 'string' || !id) throw new ChannelError('推送接收方未返回条目编号', true, 'PUSH_BAD_REPLY');
    const url = isRecord(reply.json) && typeof reply.json.url === 'string' ? reply.json.url : rendition.portalUrl;
    return { externalId: id, url };
  }

  async status(externalId: string, account: AccountCredentials | null): Promise<ExternalStatus> {
    const reply = await this.call(requireAccount(account), 'GET', itemPath(externalId), '');
    const json = isRecord(reply.json) ? reply.json : {};
    if (json.state === 'published') return { state: 'published', url: typeof json.url === 'string' ? json.url : null };
    return { state: 'failed', message: `推送接收方报告条目状态为 ${String(json.state ?? '未知')}` };
  }

  async retract(externalId: string, account: AccountCredentials | null): Promise<void> {
    await this.call(requireAccount(account), 'DELETE', itemPath(externalId), '', {}, [404]);
  }

  /** One signed request, re-signed and retried on transient failures; a non-2xx reply becomes a ChannelError. */
  private async call(account: AccountCredentials, method: string, path: string, body: string, headers: Record<string, string> = {}, alsoOk: number[] = []): Promise<PlatformReply> {
    const base = new URL(account.credentials.endpoint);
    const url = `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
    const signedPath = new URL(url).pathname;
    for (let attempt = 0; ; attempt++) {
      const timestamp = String(Math.floor(this.now().getTime() / 1000));
      try {
        const reply = await platformFetch(PLATFORM, url, {
          method,
          headers: {
            ...headers,
            ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
            [TIMESTAMP_HEADER]: timestamp,
            [SIGNATURE_HEADER]: pushSignature(account.credentials.secret, { timestamp, method, path: signedPath, body }),
          },
          ...(body ? { body } : {}),
        }, this.timeoutMs);
        if ((reply.status >= 200 && reply.status < 300) || alsoOk.includes(reply.status)) return reply;
        throw replyError(reply, account);
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        if (!(error instanceof ChannelError) || !error.retryable || error.retryAfterMs !== undefined || delay === undefined) throw error;
        await sleep(delay);
      }
    }
  }
}

const itemPath = (externalId: string): string => `/items/${encodeURIComponent(externalId)}`;

function requireAccount(account: AccountCredentials | null): AccountCredentials {
  if (!account?.credentials.endpoint || !account.credentials.secret) throw new ChannelError('推送账号缺少接收地址或密钥', false, 'PUSH_NO_CREDENTIALS', true);
  return account;
}

/** Error classes: a refused signature needs an admin; a refused item is the content's; the rest is transient. */
function replyError(reply: PlatformReply, account: AccountCredentials): ChannelError {
  const said = isRecord(reply.json) && typeof reply.json.message === 'string' ? `：${reply.json.message.slice(0, 200)}` : '';
  if (reply.status === 401 || reply.status === 403) {
    return new ChannelError(`推送接收方拒绝了账号「${account.name}」的签名（HTTP ${reply.status}），请核对密钥${said}`, false, 'PUSH_UNAUTHORIZED', true);
  }
  if (reply.status === 429) {
    const seconds = Number(isRecord(reply.json) ? reply.json.retryAfter : undefined);
    return new ChannelError(`推送接收方限流（HTTP 429）${said}`, true, 'PUSH_RATE_LIMITED', false, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000);
  }
  if (reply.status >= 500) return new ChannelError(`推送接收方暂时不可用（HTTP ${reply.status}）${said}`, true, 'PUSH_UNAVAILABLE');
  return new ChannelError(`推送接收方拒收（HTTP ${reply.status}）${said}`, false, 'PUSH_REJECTED');
}
