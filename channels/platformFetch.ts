/**
 * The one place where WeChat and Weibo calls leave the process. Every failure that happens before the
 * platform has answered (refused connection, reset socket, timeout) becomes a retryable ChannelError, because
 * from here we cannot tell whether the platform acted on the request; the job layer decides what a retry means.
 */
import http from 'node:http';
import https from 'node:https';
import { ChannelError } from './Channel.js';

export interface PlatformReply {
  status: number;
  /** Parsed JSON body, or `undefined` when the body was not JSON (a proxy's error page, an empty reply). */
  json: unknown;
  text: string;
}

/** What the adapters send: a text body (JSON, a form) goes over a pooled connection; a multipart upload through fetch. */
export interface PlatformRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string | FormData;
}

/**
 * An idle connection is closed a little before the platforms' usual 5 s keep-alive, so a reused socket is rarely
 * one the server is closing (a request lost on it would look like a dropped connection).
 */
const IDLE_MS = 4_000;

/**
 * One keep-alive agent per platform and protocol. A call on a pooled connection through `node:http` costs a
 * fraction of what `fetch` costs in CPU (its web streams, abort signals and header objects per request), and a
 * worker makes a few calls per publication, so the platforms' calls were much of a worker's CPU.
 */
const agents = new Map<string, http.Agent>();
function agentFor(platform: string, protocol: string): http.Agent {
  const key = `${platform} ${protocol}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: true, timeout: IDLE_MS, scheduling: 'lifo' as const };
    agent = protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

export async function platformFetch(
  platform: string,
  url: string,
  init: PlatformRequest,
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
  let reply: { status: number; text: string };
  try {
    reply = typeof init.body === 'object' ? await viaFetch(url, init, timeoutMs) : await viaAgent(platform, url, init, timeoutMs);
  } catch (err) {
    throw networkError(platform, url, err, timeoutMs);
  }
  let json: unknown;
  try {
    json = reply.text.length > 0 ? JSON.parse(reply.text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: reply.status, json, text: reply.text };
}

/** A multipart upload (images: rare, a few per article at most) keeps fetch's FormData encoding. */
async function viaFetch(url: string, init: PlatformRequest, timeoutMs: number): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: init.method, headers: init.headers, body: init.body, signal: AbortSignal.timeout(timeoutMs) });
  return { status: res.status, text: await res.text() };
}

/** The whole exchange, reply body included, within `timeoutMs`; a connection cut mid-reply is an error. */
function viaAgent(platform: string, url: string, init: PlatformRequest, timeoutMs: number): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  const body = typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : undefined;
  const headers = body ? { ...init.headers, 'content-length': String(body.length) } : init.headers;
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(target, { method: init.method, headers, agent: agentFor(platform, target.protocol) });
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(Object.assign(new Error(`timed out after ${timeoutMs} ms`), { name: 'TimeoutError' })), timeoutMs);
    request.on('error', fail);
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // fetch's text() drops a byte-order mark; so does this.
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
      });
      // Cut before the end of the reply: `end` never comes.
      res.on('close', () => { if (!res.complete) fail(new Error('connection closed before the reply ended')); });
    });
    request.end(body);
  });
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
