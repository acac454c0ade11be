import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { ChannelError } from './Channel.js';

/**
 * The one way the hub fetches an image from elsewhere to re-host it on a platform (SSRF guard). A URL
 * is fetched only when its host is on the admin's allowlist; the connection is refused when the name
 * resolves to a private, loopback, link-local or otherwise internal address (checked on the resolved
 * address, so DNS tricks do not help) — and both checks run again on every redirect. The body is read
 * as a stream and abandoned at `maxBytes`; the whole exchange has a deadline.
 */
export interface ImageFetchPolicy {
  /** Host names (lowercase, exact, optionally with `*.` for subdomains) images may come from. */
  allowedHosts: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /**
   * Internal addresses the operator explicitly trusts (an intranet image server by IP). Empty by default:
   * nothing internal is reachable.
   */
  allowAddresses?: readonly string[];
}

export interface FetchedImage {
  bytes: Uint8Array;
  contentType: string;
}

const refused = (message: string): ChannelError => new ChannelError(message, false, 'IMAGE_REFUSED');

export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return allowed.some((entry) => {
    const rule = entry.toLowerCase();
    return rule.startsWith('*.') ? name.endsWith(rule.slice(1)) && name.length > rule.length - 1 : name === rule;
  });
}

function checkUrl(raw: string, policy: ImageFetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(`图片地址无效：${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(`图片地址只能是 http(s)：${url.protocol}`);
  if (url.username || url.password) throw refused('图片地址不能包含用户名或密码');
  if (!hostAllowed(url.hostname, policy.allowedHosts)) {
    throw refused(`图片来源 ${url.hostname} 不在允许列表中：请上传到本系统，或由管理员把该网站加入图片来源白名单`);
  }
  return url;
}

export async function fetchImage(raw: string, policy: ImageFetchPolicy): Promise<FetchedImage> {
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  let url = checkUrl(raw, policy);
  for (let hop = 0; ; hop++) {
    const res = await request(url, policy, deadline);
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      res.resume();
      if (hop >= (policy.maxRedirects ?? 3)) throw refused(`图片 ${raw.slice(0, 200)} 重定向次数过多`);
      url = checkUrl(new URL(res.headers.location, url).href, policy);
      continue;
    }
    if (res.statusCode !== 200) {
      res.resume();
      throw new ChannelError(`无法读取图片 ${url.href}：HTTP ${res.statusCode}`, (res.statusCode ?? 500) >= 500, 'IMAGE_FETCH');
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > policy.maxBytes) {
      res.destroy();
      throw refused(`图片 ${url.href} 超过 ${policy.maxBytes} 字节上限`);
    }
    return { bytes: await readCapped(res, policy.maxBytes, url.href), contentType: res.headers['content-type'] ?? 'application/octet-stream' };
  }
}

function request(url: URL, policy: ImageFetchPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const filter = { allowPrivateIPAddress: false, allowMetaIPAddress: false, allowIPAddressList: [...(policy.allowAddresses ?? [])], denyIPAddressList: [] };
  // A fresh agent per request: no pooled socket can carry a connection past the address check.
  const agent = url.protocol === 'https:' ? new RequestFilteringHttpsAgent({ ...filter, keepAlive: false }) : new RequestFilteringHttpAgent({ ...filter, keepAlive: false });
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, signal, headers: { accept: 'image/jpeg, image/png, image/*;q=0.8' } }, resolve);
    req.on('error', (error) => reject(classify(error, url, signal)));
  });
}

function classify(error: Error, url: URL, signal: AbortSignal): ChannelError {
  if (signal.aborted) return new ChannelError(`读取图片 ${url.href} 超时`, true, 'IMAGE_FETCH');
  // request-filtering-agent's refusal: the name resolved to an internal address.
  if (/is not allowed/i.test(error.message)) return refused(`图片来源 ${url.hostname} 指向内部网络地址，已拒绝`);
  return new ChannelError(`无法读取图片 ${url.href}：${error.message}`, true, 'IMAGE_FETCH');
}

async function readCapped(res: http.IncomingMessage, maxBytes: number, href: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of res) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        res.destroy();
        throw refused(`图片 ${href} 超过 ${maxBytes} 字节上限`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof ChannelError) throw error;
    throw new ChannelError(`读取图片 ${href} 中断：${(error as Error).message}`, true, 'IMAGE_FETCH');
  }
  return new Uint8Array(Buffer.concat(chunks));
}
