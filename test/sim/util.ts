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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The HTTP side every simulator shares: a loopback server that answers through `handle`, replies with
 * `crashReply` if a handler throws, and on close cuts its open connections (clients keep them alive).
 */
export class LoopbackServer {
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, crashReply: (req: IncomingMessage, err: unknown) => unknown) {
    this.server = http.createServer((req, res) => {
      handle(req, res).catch((err: unknown) => {
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
