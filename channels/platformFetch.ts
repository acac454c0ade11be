/**
 * The one place where WeChat and Weibo calls leave the process. Every failure that happens before the
 * platform has answered (refused connection, reset socket, timeout) becomes a retryable ChannelError, because
 * from here we cannot tell whether the platform acted on the request; the job layer decides what a retry means.
 */
import { ChannelError } from './Channel.js';

export interface PlatformReply {
  status: number;
  /** Parsed JSON body, or `undefined` when the body was not JSON (a proxy's error page, an empty reply). */
  json: unknown;
  text: string;
}

export async function platformFetch(
  platform: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  /**
   * For a call that may publish: the instant (epoch ms) after which it must not leave the process, because the
   * delivery's lease only covers a call sent by then. Checked synchronously right before the request is handed
   * to the network, so a process stalled since its lease check does not send late.
   */
  sendBy?: number,
): Promise<PlatformReply> {
  if (sendBy !== undefined && Date.now() > sendBy) {
    throw new ChannelError(`${platform} 请求未发出：距发布租约核验已超过允许的发送时限（进程可能曾被挂起），稍后重试`, true, `${platform}_NOT_SENT`);
  }
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await res.text();
  } catch (err) {
    throw networkError(platform, url, err, timeoutMs);
  }
  let json: unknown;
  try {
    json = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

function networkError(platform: string, url: string, err: unknown, timeoutMs: number): ChannelError {
  const path = safePath(url);
  // Duck-typed: the abort reason is a DOMException, which is not an `Error` of every realm (jest's VM).
  const name = field(err, 'name');
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ChannelError(`${platform} did not answer ${path} within ${timeoutMs} ms`, true, `${platform}_TIMEOUT`);
  }
  const causeMessage = field(isRecord(err) ? err.cause : undefined, 'message');
  const cause = causeMessage ? `: ${causeMessage}` : '';
  const message = field(err, 'message') ?? String(err);
  return new ChannelError(`${platform} unreachable at ${path} (${message}${cause})`, true, `${platform}_NETWORK`);
}

function field(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v: unknown = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** Query strings carry access tokens; error messages end up in the database and in mails. */
function safePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '<invalid url>';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
