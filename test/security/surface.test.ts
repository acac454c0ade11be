import type { AddressInfo } from 'node:net';
import { buildJsonFeed, renderRss, type FeedItem } from '../../channels/app/feed.js';
import { startHub } from '../../server/runtime.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  editor = await t.login('ed');
  reviewer = await t.login('rev');
});
afterAll(async () => t.stop());

describe('headers on every response', () => {
  test.each([
    ['GET', '/healthz'],
    ['GET', '/'],
    ['GET', '/feed.json'],
    ['GET', '/no-such-page'],
    ['POST', '/graphql'],
  ])('%s %s', async (method, path) => {
    const res = await fetch(`${t.url}${path}`, method === 'POST' ? { method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } : {});
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  test('HSTS only when a trusted proxy says the request came over https', async () => {
    const viaProxy = await fetch(`${t.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // Loopback is trusted by default; with no proxy trusted, a client cannot claim https for itself.
    const untrusting = await startHub({ ...t.config, port: 0, trustProxy: false }, { web: true, worker: false, name: 'untrusting' });
    try {
      const forged = await fetch(`${untrusting.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(forged.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await untrusting.stop();
    }
  });

  test('HOST chooses the listen address', async () => {
    const local = await startHub({ ...t.config, port: 0, host: '127.0.0.1' }, { web: true, worker: false, name: 'local-only' });
    try {
      expect((local.server!.address() as AddressInfo).address).toBe('127.0.0.1');
      expect((await fetch(`${local.url}/healthz`)).status).toBe(200);
    } finally {
      await local.stop();
    }
    expect((t.hub.server!.address() as AddressInfo).address).not.toBe('127.0.0.1');
  });
});

describe('titles and summaries in feeds are plain text', () => {
  const item: FeedItem = {
    id: 'c-1', url: 'https://www.example.gov.cn/articles/c-1', title: '<img src=x onerror=alert(1)>关于<b>冬季</b>供暖的通知',
    html: '<p>正文</p>', summary: '<script>alert(2)</script>供暖<i>时间</i>调整', publishedAt: new Date('2026-11-01T08:00:00Z'),
    updatedAt: null, unitName: '住建局', categoryName: '通知公告', categoryCode: 'tzgg', revision: 1,
  };
  const site = { siteName: '某县人民政府', baseUrl: 'https://www.example.gov.cn' };
  const page = { feedUrl: 'https://www.example.gov.cn/feed.json', nextUrl: null };

  test('JSON Feed', () => {
    const [out] = buildJsonFeed(site, [item], page).items;
    expect(out.title).toBe('关于冬季供暖的通知');
    expect(out.summary).toBe('供暖时间调整');
  });

  test('RSS', () => {
    const xml = renderRss(site, [item], { ...page, feedUrl: 'https://www.example.gov.cn/feed.xml' });
    const title = /<item>\s*<title>([^<]*)<\/title>/.exec(xml)?.[1];
    expect(title).toBe('关于冬季供暖的通知');
    expect(xml).not.toMatch(/onerror|&lt;img|&lt;script/);
  });
});

describe('publishContent with a time in the past', () => {
  const PUBLISH = 'mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status scheduledAt } }';
  async function approved(): Promise<string> {
    const created = await t.gql<{ createContent: { id: string } }>('mutation($i: ContentInput!){ createContent(input:$i){ id } }', { i: { title: '工作动态', body: '<p>本周召开常务会议。</p>', categoryCode: 'gzdt' } }, editor);
    const id = created.data!.createContent.id;
    await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
    const review = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
    expect(review.errors).toBeUndefined();
    return id;
  }

  test('is refused, and nothing is published', async () => {
    const id = await approved();
    const res = await t.gql(PUBLISH, { id, at: '2020-01-01T00:00:00+08:00' }, editor);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('at');
    const { rows } = await t.db.pool.query('SELECT status FROM contents WHERE id = $1', [id]);
    expect(rows[0].status).toBe('APPROVED');
  });

  test('within the clock-skew tolerance it publishes now', async () => {
    const id = await approved();
    const res = await t.gql<{ publishContent: { status: string } }>(PUBLISH, { id, at: new Date(Date.now() - 20_000).toISOString() }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishContent.status).toBe('PUBLISHED');
  });
});
