/**
 * A loopback stand-in for a government app's / 融媒体中心's push receiver, written from the push channel's
 * wire description (channels/push/index.ts), not from its code: it checks the HMAC itself.
 *
 *   POST /hook/items (Idempotency-Key) → 201 {id, url}; the same key again → 200 and the same id, no new item
 *   GET /hook/items/:id → {id, state, url};  DELETE /hook/items/:id → 204, 404 when unknown
 *   a missing or wrong signature, or a timestamp more than 300 s off → 401
 * Counters (`items`, `posts`, `rejectedSignatures`) record what the receiver really did.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultQueue, LoopbackServer, readBody, sendJson, sleep } from './util.js';

export interface PushItem {
  id: string;
  idempotencyKey: string;
  body: Record<string, unknown>;
  state: 'published' | 'retracted';
}

type FaultKind = 'status' | 'drop' | 'delay';

export class PushSim {
  baseUrl = '';
  /** The endpoint an account is configured with. */
  endpoint = '';
  readonly items: PushItem[] = [];
  /** POSTs that reached the handler with a valid signature. */
  posts = 0;
  rejectedSignatures = 0;
  readonly faults = new FaultQueue<FaultKind>();
  private readonly server: LoopbackServer;

  constructor(readonly secret: string, private readonly clock: () => number = () => Date.now()) {
    this.server = new LoopbackServer((req, res) => this.handle(req, res), (_req, err) => ({ message: `simulator crashed: ${String(err)}` }));
  }

  async listen(): Promise<this> {
    this.baseUrl = await this.server.listen();
    this.endpoint = `${this.baseUrl}/hook`;
    return this;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  get live(): PushItem[] {
    return this.items.filter((i) => i.state === 'published');
  }

  /** The next `times` requests answer with HTTP `code`. */
  failNext(code: number, times = 1, path?: string): void {
    this.faults.arm({ kind: 'status', remaining: times, code, path });
  }

  /** The next request's connection is cut: `after` the receiver acted (the reply is lost) or before. */
  dropNext(after: boolean, path?: string): void {
    this.faults.arm({ kind: 'drop', remaining: 1, after, path });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = (await readBody(req)).toString('utf8');
    const delay = this.faults.take('delay', url.pathname);
    if (delay) await sleep(delay.ms ?? 0);
    if (!this.signatureOk(req, url.pathname, body)) {
      this.rejectedSignatures++;
      sendJson(res, 401, { message: 'invalid signature' });
      return;
    }
    const forced = this.faults.take('status', url.pathname);
    if (forced) {
      sendJson(res, forced.code ?? 500, { message: 'forced failure', retryAfter: forced.code === 429 ? 2 : undefined });
      return;
    }
    const drop = this.faults.take('drop', url.pathname);
    if (drop && !drop.after) {
      req.socket.destroy();
      return;
    }
    const reply = this.route(req.method ?? 'GET', url.pathname, req.headers['idempotency-key'], body);
    if (drop) {
      req.socket.destroy();
      return;
    }
    if (reply.status === 204) {
      res.writeHead(204).end();
      return;
    }
    sendJson(res, reply.status, reply.body);
  }

  private route(method: string, path: string, key: string | string[] | undefined, body: string): { status: number; body?: unknown } {
    if (method === 'POST' && path === '/hook/items') {
      this.posts++;
      if (typeof key !== 'string' || !key) return { status: 400, body: { message: 'Idempotency-Key required' } };
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return { status: 400, body: { message: 'body must be JSON' } };
      }
      if (typeof parsed.title !== 'string' || typeof parsed.html !== 'string') return { status: 422, body: { message: 'title and html required' } };
      const existing = this.items.find((i) => i.idempotencyKey === key);
      if (existing) return { status: 200, body: this.view(existing) };
      const item: PushItem = { id: `item-${randomBytes(6).toString('hex')}`, idempotencyKey: key, body: parsed, state: 'published' };
      this.items.push(item);
      return { status: 201, body: this.view(item) };
    }
    const m = /^\/hook\/items\/([^/]+)$/.exec(path);
    const item = m ? this.items.find((i) => i.id === decodeURIComponent(m[1])) : undefined;
    if (!m || !item) return { status: 404, body: { message: 'no such item' } };
    if (method === 'GET') return { status: 200, body: this.view(item) };
    if (method === 'DELETE') {
      if (item.state === 'retracted') return { status: 404, body: { message: 'already retracted' } };
      item.state = 'retracted';
      return { status: 204 };
    }
    return { status: 405, body: { message: 'method not allowed' } };
  }

  private view(item: PushItem): Record<string, unknown> {
    return { id: item.id, state: item.state, url: `${this.baseUrl}/app/items/${item.id}` };
  }

  private signatureOk(req: IncomingMessage, path: string, body: string): boolean {
    const timestamp = String(req.headers['x-tongfa-timestamp'] ?? '');
    const given = String(req.headers['x-tongfa-signature'] ?? '');
    if (!/^\d+$/.test(timestamp) || Math.abs(this.clock() / 1000 - Number(timestamp)) > 300) return false;
    const expected = `sha256=${createHmac('sha256', this.secret).update(`${timestamp}\n${req.method} ${path}\n${body}`).digest('hex')}`;
    return expected.length === given.length && timingSafeEqual(Buffer.from(expected), Buffer.from(given));
  }
}

export function startPushSim(secret = 'push-sim-secret-0123456789', clock?: () => number): Promise<PushSim> {
  return new PushSim(secret, clock).listen();
}
