import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelError, type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { fetchImage, type ImageFetchPolicy } from '../../channels/safeFetch.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { imageSourcePolicy } from '../../workflow/imageSources.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

/**
 * The "internal" server an attacker points an image at. In these tests it is on 127.0.0.1 like every
 * test server, which is exactly what must be refused unless the operator allowed that address.
 */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
let server: http.Server;
let base: string;
const hits: Record<string, number> = {};
const aborted: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/ok.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (path === '/secret-internal.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (path === '/to-other-host') return void res.writeHead(302, { location: `http://localhost:${port()}/secret-internal.png` }).end();
    if (path === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/huge') {
      // No Content-Length: only counting the stream can stop it.
      res.writeHead(200, { 'content-type': 'image/png' });
      let sent = 0;
      res.on('close', () => { if (!res.writableFinished) aborted.push(path); });
      const pump = (): void => {
        while (sent < 600 * 1024 * 1024) {
          sent += 64 * 1024;
          if (!res.write(Buffer.alloc(64 * 1024))) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (path === '/declared-huge') return void res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(600 * 1024 * 1024) }).end();
    if (path === '/hang') return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
const port = () => (server.address() as AddressInfo).port;

const policy = (over: Partial<ImageFetchPolicy> = {}): ImageFetchPolicy => ({ allowedHosts: ['127.0.0.1'], allowAddresses: ['127.0.0.1'], maxBytes: 1024 * 1024, timeoutMs: 2000, ...over });

async function refusal(p: Promise<unknown>): Promise<ChannelError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(ChannelError);
    return error as ChannelError;
  }
  throw new Error('expected the fetch to be refused');
}

describe('fetchImage', () => {
  test('an allowlisted host on an address the operator allowed is fetched', async () => {
    const image = await fetchImage(`${base}/ok.png`, policy());
    expect(Buffer.from(image.bytes).equals(PNG)).toBe(true);
    expect(image.contentType).toBe('image/png');
  });

  test('a host not on the allowlist is refused without a connection', async () => {
    const before = hits['/secret-internal.png'] ?? 0;
    const error = await refusal(fetchImage(`${base}/secret-internal.png`, policy({ allowedHosts: ['www.gov.cn'] })));
    expect(error).toMatchObject({ code: 'IMAGE_REFUSED', retryable: false });
    expect(hits['/secret-internal.png'] ?? 0).toBe(before);
  });

  test.each([
    ['an IP literal', (p: number) => `http://127.0.0.1:${p}/secret-internal.png`, ['127.0.0.1']],
    ['a name that resolves to loopback', (p: number) => `http://localhost:${p}/secret-internal.png`, ['localhost']],
  ])('loopback is refused even when allowlisted: %s', async (_, url, hosts) => {
    const before = hits['/secret-internal.png'] ?? 0;
    const error = await refusal(fetchImage(url(port()), policy({ allowedHosts: hosts, allowAddresses: [] })));
    expect(error).toMatchObject({ code: 'IMAGE_REFUSED', retryable: false });
    expect(hits['/secret-internal.png'] ?? 0).toBe(before);
  });

  test('a redirect to a host not on the allowlist is refused, and the target never asked', async () => {
    const before = hits['/secret-internal.png'] ?? 0;
    const error = await refusal(fetchImage(`${base}/to-other-host`, policy()));
    expect(error.code).toBe('IMAGE_REFUSED');
    expect(hits['/secret-internal.png'] ?? 0).toBe(before);
  });

  test('a redirect to the cloud metadata address is refused even when that host is allowlisted', async () => {
    const error = await refusal(fetchImage(`${base}/to-metadata`, policy({ allowedHosts: ['127.0.0.1', '169.254.169.254'] })));
    expect(error).toMatchObject({ code: 'IMAGE_REFUSED', retryable: false });
    expect(error.message).toMatch(/内部网络/);
  });

  test('a stream beyond the cap is abandoned, not read into memory', async () => {
    const error = await refusal(fetchImage(`${base}/huge`, policy()));
    expect(error).toMatchObject({ code: 'IMAGE_REFUSED', retryable: false });
    expect(error.message).toMatch(/上限/);
    await new Promise((r) => setTimeout(r, 100));
    expect(aborted).toContain('/huge');
    expect(hits['/declared-huge'] ?? 0).toBe(0);
    expect((await refusal(fetchImage(`${base}/declared-huge`, policy()))).code).toBe('IMAGE_REFUSED');
  });

  test('a server that never answers times out', async () => {
    const started = Date.now();
    const error = await refusal(fetchImage(`${base}/hang`, policy({ timeoutMs: 300 })));
    expect(error).toMatchObject({ code: 'IMAGE_FETCH', retryable: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test.each(['file:///etc/passwd', 'ftp://127.0.0.1/x.png', 'gopher://127.0.0.1:6379/_x', 'http://user:pw@127.0.0.1/x.png'])('%s is refused', async (url) => {
    expect((await refusal(fetchImage(url, policy()))).code).toBe('IMAGE_REFUSED');
  });
});

describe('the WeChat adapter uses it', () => {
  let sim: WechatSim;
  beforeAll(async () => { sim = await startWechatSim(); });
  afterAll(async () => sim.close());

  const account = (): AccountCredentials => ({ accountId: 'acct-1', name: '公众号', credentials: { appId: sim.appId, appSecret: sim.appSecret } });
  const rendition = (html: string): Rendition => ({
    contentId: 'c-ssrf', revision: 1, title: '通知', html, summary: '摘要', categoryCode: 'tzgg', categoryName: '通知公告',
    unitName: '市政府办公室', portalUrl: 'https://gov.example.cn/articles/c-ssrf', publishedAt: new Date('2026-01-15T08:00:00Z'),
  });

  test.each([
    ['default (no allowlist)', undefined],
    ['allowlisted but loopback', async () => ({ allowedHosts: ['127.0.0.1'] })],
  ])('an internal image in an approved body is never fetched nor uploaded: %s', async (_, imageSources) => {
    const before = hits['/secret-internal.png'] ?? 0;
    const channel = new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 2000, busyBackoffMs: 1, imageSources });
    const error = await refusal(channel.publish(rendition(`<p>正文</p><p><img src="${base}/secret-internal.png"></p>`), account(), `k-${Math.random()}`));
    expect(error.retryable).toBe(false);
    expect(hits['/secret-internal.png'] ?? 0).toBe(before);
    expect(sim.imagesUploaded).toBe(0);
  });
});

describe('the admin allowlist', () => {
  let t: TestHub;
  let admin: string;
  let editor: string;
  beforeAll(async () => {
    t = await startTestHub({ worker: false });
    await t.users([{ username: 'boss', role: 'admin' }, { username: 'ed', role: 'editor' }]);
    admin = await t.login('boss');
    editor = await t.login('ed');
  });
  afterAll(async () => t.stop());
  const SET = 'mutation($h:[String!]!){ setImageSourceHosts(hosts:$h) }';

  test('admins set it (audited), others cannot, bad entries are refused', async () => {
    expect((await t.gql(SET, { h: ['WWW.Gov.CN', '*.example.cn', 'www.gov.cn'] }, admin)).data).toEqual({ setImageSourceHosts: ['*.example.cn', 'www.gov.cn'] });
    expect((await t.gql(SET, { h: ['evil.test'] }, editor)).errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const bad of ['http://www.gov.cn', 'www.gov.cn/path', 'a b', '*.']) expect((await t.gql(SET, { h: [bad] }, admin)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ imageSourceHosts }', {}, admin)).data).toEqual({ imageSourceHosts: ['*.example.cn', 'www.gov.cn'] });
    const { rows } = await t.db.pool.query("SELECT details FROM audit_events WHERE action = 'settings.image_sources'");
    expect(rows).toEqual([{ details: { before: [], after: ['*.example.cn', 'www.gov.cn'] } }]);
    // What the adapters get: the hub's own host, then the list; no internal address unless configured.
    expect(await imageSourcePolicy(t.hub.deps)()).toEqual({ allowedHosts: ['portal.test', '*.example.cn', 'www.gov.cn'], allowAddresses: [] });
  });

  test('the portal CSP does not allow plain-http images', async () => {
    const csp = (await fetch(`${t.url}/`)).headers.get('content-security-policy') ?? '';
    const img = /img-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(img).toContain("'self'");
    expect(img.split(/\s+/)).not.toContain('http:');
  });
});
