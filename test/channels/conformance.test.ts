/**
 * One suite every channel must pass against its platform's simulator: what its descriptor declares is what
 * the adapter does; a publish makes one item; a retry with the same idempotency key after a lost reply never
 * makes a second; status and retraction work where declared; transient and content errors are classed apart.
 * A new channel adds its harness here (its simulator's knobs); the expectations stay the same.
 */
import { ChannelError, type AccountCredentials, type Channel, type ChannelKind, type Rendition } from '../../channels/Channel.js';
import { CHANNEL_DESCRIPTORS } from '../../channels/plugins.js';
import { PushChannel } from '../../channels/push/index.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { startPushSim } from '../sim/push.js';
import { startWechatSim } from '../sim/wechat.js';
import { startWeiboSim } from '../sim/weibo.js';

interface Platform {
  channel: Channel;
  account: AccountCredentials;
  /** Items that exist on the platform, retracted ones included. */
  items(): number;
  isRetracted(externalId: string): boolean;
  /** The next publish's reply is lost after the platform acted. */
  dropReplyAfterPublish(): void;
  /** The platform is busy for the next several calls. */
  busy(): void;
  /** The next publish is refused for its content. */
  refuseContent(): void;
  close(): Promise<void>;
}

const harnesses: Partial<Record<ChannelKind, () => Promise<Platform>>> = {
  async WECHAT() {
    const sim = await startWechatSim({ appId: 'wx0000000000000c01', appSecret: 'conformance-secret' });
    return {
      channel: new WechatChannel({ apiBase: sim.baseUrl, busyBackoffMs: 1, minuteQuotaBackoffMs: 1, timeoutMs: 2000 }),
      account: { accountId: 'c-wx', name: '公众号', credentials: { appId: sim.appId, appSecret: sim.appSecret } },
      items: () => sim.submissions,
      isRetracted: (id) => sim.published.find((p) => p.publishId === id)?.deleted === true,
      dropReplyAfterPublish: () => sim.dropNextConnection('/cgi-bin/freepublish/submit', { after: true }),
      busy: () => sim.busyNext(20),
      refuseContent: () => sim.contentErrorNext(53503, '/cgi-bin/draft/add'),
      close: () => sim.close(),
    };
  },
  async WEIBO() {
    const sim = await startWeiboSim({ safeDomain: 'gov.example.cn', users: [{ accessToken: 'conformance-token' }] });
    return {
      channel: new WeiboChannel({ apiBase: sim.baseUrl, safeDomain: 'https://gov.example.cn', rateLimitBackoffMs: 1, timeoutMs: 2000 }),
      account: { accountId: 'c-wb', name: '微博', credentials: { accessToken: 'conformance-token' } },
      items: () => sim.posted.length,
      isRetracted: (id) => sim.posted.find((p) => p.idstr === id)?.deleted === true,
      dropReplyAfterPublish: () => sim.dropNextConnection('/2/statuses/share.json', { after: true }),
      busy: () => sim.busyNext(20),
      refuseContent: () => sim.contentErrorNext(20003),
      close: () => sim.close(),
    };
  },
  async PUSH() {
    const sim = await startPushSim('conformance-shared-secret');
    return {
      channel: new PushChannel({ timeoutMs: 2000, retryDelaysMs: [1, 1] }),
      account: { accountId: 'c-push', name: '融媒体中心', credentials: { endpoint: sim.endpoint, secret: 'conformance-shared-secret' } },
      items: () => sim.items.length,
      isRetracted: (id) => sim.items.find((i) => i.id === id)?.state === 'retracted',
      dropReplyAfterPublish: () => sim.dropNext(true, '/hook/items'),
      busy: () => sim.failNext(503, 20),
      refuseContent: () => sim.failNext(422, 1, '/hook/items'),
      close: () => sim.close(),
    };
  },
};

let serial = 0;
function rendition(): Rendition {
  const n = ++serial;
  return {
    contentId: `conf-${n}`, revision: 1, title: `一致性测试通知 ${n}`, html: `<p>一致性测试通知正文 ${n}。</p>`, summary: `一致性测试摘要 ${n}`,
    categoryCode: 'tzgg', categoryName: '通知公告', unitName: '测试局', portalUrl: `https://gov.example.cn/articles/conf-${n}`, publishedAt: new Date(),
  };
}

async function channelError(p: Promise<unknown>): Promise<ChannelError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

/** Publishes and, for asynchronous platforms, polls until the item is out. */
async function publishDone(p: Platform, r: Rendition, key: string): Promise<string> {
  const result = await p.channel.publish(r, p.account, key, { attempt: 1 });
  for (let polls = 0; result.pending && polls < 20; polls++) {
    const status = await p.channel.status!(result.externalId, p.account);
    if (status.state === 'published') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return result.externalId;
}

test('every account channel has a conformance harness, and every descriptor matches its adapter', () => {
  for (const d of CHANNEL_DESCRIPTORS) {
    const adapter = d.create({ env: Object.fromEntries(d.config.map((k) => [k.env, k.default])), publicBaseUrl: 'https://gov.example.cn' });
    expect(adapter.kind).toBe(d.kind);
    expect(typeof adapter.retract === 'function').toBe(d.capabilities.retract);
    if (d.capabilities.status) expect(typeof adapter.status).toBe('function');
    // A channel that can 群发 has the method and says which way a release goes when nobody chooses.
    expect(typeof (adapter as { massSend?: unknown }).massSend === 'function').toBe(d.capabilities.massSend);
    expect('defaultDeliveryMode' in d && d.defaultDeliveryMode !== undefined).toBe(d.capabilities.massSend);
    if (!d.hosted) expect(Object.keys(harnesses)).toContain(d.kind);
    expect(d.hosted || d.credentials !== undefined).toBe(true);
  }
});

describe.each(Object.keys(harnesses) as ChannelKind[])('%s', (kind) => {
  let p: Platform;
  beforeEach(async () => {
    p = await harnesses[kind]!();
  });
  afterEach(async () => p.close());

  test('a publish makes one item on the platform', async () => {
    await publishDone(p, rendition(), 'k-1');
    expect(p.items()).toBe(1);
  });

  test('a retry with the same key after a lost reply never makes a second item', async () => {
    const r = rendition();
    p.dropReplyAfterPublish();
    await p.channel.publish(r, p.account, 'k-1', { attempt: 1 }).catch(() => null);
    await p.channel.publish(r, p.account, 'k-1', { attempt: 2 }).catch(() => null);
    expect(p.items()).toBe(1);
  });

  test('status (where declared) and retraction', async () => {
    const descriptor = CHANNEL_DESCRIPTORS.find((d) => d.kind === kind)!;
    const id = await publishDone(p, rendition(), 'k-1');
    if (descriptor.capabilities.status) expect(await p.channel.status!(id, p.account)).toMatchObject({ state: 'published' });
    await p.channel.retract!(id, p.account);
    expect(p.isRetracted(id)).toBe(true);
  });

  test('error classes: a busy platform is retryable', async () => {
    p.busy();
    expect(await channelError(p.channel.publish(rendition(), p.account, 'k-busy', { attempt: 1 }))).toMatchObject({ retryable: true });
    expect(p.items()).toBe(0);
  });

  test('error classes: a refused content is not retryable', async () => {
    p.refuseContent();
    expect(await channelError(p.channel.publish(rendition(), p.account, 'k-refused', { attempt: 1 }))).toMatchObject({ retryable: false });
    expect(p.items()).toBe(0);
  });
});
