/** Plumbing shared by the platform simulators: body reading, multipart parsing, fault queues. */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Enough of RFC 7578 for what fetch's FormData and curl -F send. */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!m) return [];
  const boundary = Buffer.from(`--${(m[1] ?? m[2]).trim()}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(boundary, start);
    if (next === -1) break;
    const chunk = body.subarray(start + 2, next - 2); // strip CRLF after boundary and before the next one
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
      if (name !== undefined) {
        parts.push({ name, data: Buffer.from(chunk.subarray(headerEnd + 4)), ...(filename !== undefined ? { filename } : {}), ...(type ? { contentType: type } : {}) });
      }
    }
    pos = next;
  }
  return parts;
}

/**
 * Faults armed by a test: each applies to the next `remaining` requests whose path matches (all API paths
 * when no path was given), in the order they were armed.
 */
export interface Fault<K extends string> {
  kind: K;
  remaining: number;
  path?: string;
  code?: number;
  message?: string;
  ms?: number;
  /** For dropped connections: after the simulator acted on the request (reply lost) or before (request lost). */
  after?: boolean;
}

export class FaultQueue<K extends string> {
  private faults: Array<Fault<K>> = [];

  arm(fault: Fault<K>): void {
    if (fault.remaining > 0) this.faults.push(fault);
  }

  /** Takes one use of the first armed fault of `kind` that matches `path`. */
  take(kind: K, path: string): Fault<K> | null {
    const f = this.faults.find((x) => x.kind === kind && (x.path === undefined || x.path === path));
    if (!f) return null;
    if (--f.remaining <= 0) this.faults.splice(this.faults.indexOf(f), 1);
    return f;
  }

  clear(): void {
    this.faults = [];
  }
}

/** Unref'd: a reply held past the end of a test does not keep the test process alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * The HTTP side every simulator shares: a loopback server that answers through `handle`, replies with
 * `crashReply` if a handler throws, and on close cuts its open connections (clients keep them alive).
 * `latencyMs` holds every request that long before its handler sees it: a real platform answers in 50–300 ms,
 * a loopback handler in about one, and a bench that measures workers against ~1 ms answers measures CPU only.
 */
export class LoopbackServer {
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, crashReply: (req: IncomingMessage, err: unknown) => unknown, latencyMs = 0) {
    this.server = http.createServer((req, res) => {
      (latencyMs > 0 ? sleep(latencyMs).then(() => handle(req, res)) : handle(req, res)).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, crashReply(req, err));
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Listens on 127.0.0.1 and a free port; returns the base URL. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A small seeded generator (mulberry32), so a fault run can be replayed with the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a random fault does to one request. */
export type ChaosFault = 'busy' | 'http5xx' | 'dropBefore' | 'dropAfter' | 'holdAfter';

export interface ChaosOptions {
  /** Share of matching requests that meet a fault (0–1). */
  rate: number;
  /** Paths exposed to faults; all API paths when absent. */
  paths?: string[];
  kinds?: ChaosFault[];
  /** How long a held reply is withheld after the platform acted (the platform's own behaviour: ~40 s). */
  holdMs?: number;
  seed?: number;
}

/** Random faults for fault runs: each matching request meets one with probability `rate`. */
export class Chaos {
  readonly counts: Record<ChaosFault, number> = { busy: 0, http5xx: 0, dropBefore: 0, dropAfter: 0, holdAfter: 0 };
  private readonly random: () => number;
  private readonly kinds: ChaosFault[];

  constructor(private readonly opts: ChaosOptions) {
    this.random = seededRandom(opts.seed ?? 1);
    this.kinds = opts.kinds ?? ['busy', 'http5xx', 'dropBefore', 'dropAfter', 'holdAfter'];
  }

  get holdMs(): number {
    return this.opts.holdMs ?? 40_000;
  }

  pick(path: string): ChaosFault | null {
    if (this.opts.paths && !this.opts.paths.includes(path)) return null;
    if (this.random() >= this.opts.rate) return null;
    const kind = this.kinds[Math.floor(this.random() * this.kinds.length)];
    this.counts[kind]++;
    return kind;
  }
}

/** A gateway's error page, as a proxy in front of a platform sends it. */
export function sendGatewayError(res: ServerResponse, status = 502): void {
  if (res.destroyed) return;
  const text = `<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
