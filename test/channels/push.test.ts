import { ChannelError, type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { PushChannel } from '../../channels/push/index.js';
import { startPushSim, type PushSim } from '../sim/push.js';

let sim: PushSim;
const SECRET = 'a-shared-secret-of-the-media-centre';

beforeEach(async () => {
  sim = await startPushSim(SECRET);
});
afterEach(async () => {
  await sim.close();
});

const account = (secret = SECRET): AccountCredentials => ({ accountId: 'acct-push-1', name: '融媒体中心', credentials: { endpoint: sim.endpoint, secret } });
const channel = (opts: ConstructorParameters<typeof PushChannel>[0] = {}) => new PushChannel({ timeoutMs: 2000, retryDelaysMs: [10, 10], ...opts });

function rendition(overrides: Partial<Rendition> = {}): Rendition {
  return {
    contentId: 'c-1', revision: 2, title: '关于春季植树活动的通知', html: '<p>各社区：现将植树活动安排通知如下。</p>', summary: '植树活动安排',
    categoryCode: 'tzgg', categoryName: '通知公告', unitName: '市林业局', portalUrl: 'https://gov.example.cn/articles/c-1',
    publishedAt: new Date('2026-03-01T01:00:00Z'), ...overrides,
  };
}

async function channelError(p: Promise<unknown>): Promise<ChannelError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

test('a publish is a signed POST of the rendition that the receiver accepts', async () => {
  const result = await channel().publish(rendition(), account(), 'key-1');
  expect(sim.items).toHaveLength(1);
  const [item] = sim.items;
  expect(result).toEqual({ externalId: item.id, url: `${sim.baseUrl}/app/items/${item.id}` });
  expect(item.idempotencyKey).toBe('key-1');
  expect(item.body).toMatchObject({ title: '关于春季植树活动的通知', revision: 2, category: { code: 'tzgg', name: '通知公告' }, url: 'https://gov.example.cn/articles/c-1' });
  expect(sim.rejectedSignatures).toBe(0);
});

test('a wrong secret is refused by the receiver and marks the account for re-authorisation', async () => {
  const error = await channelError(channel().publish(rendition(), account('not-the-secret-at-all'), 'key-1'));
  expect(error).toMatchObject({ code: 'PUSH_UNAUTHORIZED', retryable: false, accountNeedsReauth: true });
  expect(sim.rejectedSignatures).toBe(1);
  expect(sim.items).toHaveLength(0);
});

test('a clock more than five minutes off makes the signature stale', async () => {
  const late = channel({ now: () => new Date(Date.now() - 10 * 60_000) });
  await channelError(late.publish(rendition(), account(), 'key-1'));
  expect(sim.rejectedSignatures).toBe(1);
});

test('a repeat with the same idempotency key is the same item, not a second one', async () => {
  const first = await channel().publish(rendition(), account(), 'key-1');
  const again = await channel().publish(rendition({ publishedAt: new Date() }), account(), 'key-1');
  expect(again.externalId).toBe(first.externalId);
  expect(sim.posts).toBe(2);
  expect(sim.items).toHaveLength(1);
  await channel().publish(rendition(), account(), 'key-2');
  expect(sim.items).toHaveLength(2);
});

test('a reply lost after the receiver acted is retried with the same key: one item', async () => {
  sim.dropNext(true, '/hook/items');
  const result = await channel().publish(rendition(), account(), 'key-1');
  expect(sim.posts).toBe(2);
  expect(sim.items).toHaveLength(1);
  expect(result.externalId).toBe(sim.items[0].id);
});

test('transient 5xx are retried within the call; a lasting outage is left to the job layer as retryable', async () => {
  sim.failNext(503, 2, '/hook/items');
  await channel().publish(rendition(), account(), 'key-1');
  expect(sim.items).toHaveLength(1);
  sim.failNext(502, 3, '/hook/items');
  const error = await channelError(channel().publish(rendition(), account(), 'key-2'));
  expect(error).toMatchObject({ code: 'PUSH_UNAVAILABLE', retryable: true, accountNeedsReauth: false });
  expect(sim.items).toHaveLength(1);
});

test('error classes: a refused item fails at once, a rate limit carries its wait', async () => {
  sim.failNext(422, 1, '/hook/items');
  expect(await channelError(channel().publish(rendition(), account(), 'key-1'))).toMatchObject({ code: 'PUSH_REJECTED', retryable: false });
  sim.failNext(429, 1, '/hook/items');
  expect(await channelError(channel().publish(rendition(), account(), 'key-1'))).toMatchObject({ code: 'PUSH_RATE_LIMITED', retryable: true, retryAfterMs: 2000 });
  const closed = await startPushSim(SECRET);
  await closed.close();
  const unreachable = { ...account(), credentials: { endpoint: closed.endpoint, secret: SECRET } };
  expect(await channelError(channel().publish(rendition(), unreachable, 'key-1'))).toMatchObject({ code: 'PUSH_NETWORK', retryable: true });
});

test('status reads the item; retraction is a signed DELETE and is idempotent', async () => {
  const { externalId } = await channel().publish(rendition(), account(), 'key-1');
  expect(await channel().status(externalId, account())).toEqual({ state: 'published', url: `${sim.baseUrl}/app/items/${externalId}` });
  await channel().retract(externalId, account());
  expect(sim.items[0].state).toBe('retracted');
  await channel().retract(externalId, account());
  expect(await channel().status(externalId, account())).toMatchObject({ state: 'failed' });
  await channelError(channel().retract(externalId, account('not-the-secret-at-all')));
  expect(sim.rejectedSignatures).toBe(1);
});
