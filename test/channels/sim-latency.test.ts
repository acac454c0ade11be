/**
 * The simulators' platform latency (`latencyMs`, the bench's BENCH_PLATFORM_LATENCY_MS): every request, token calls
 * included, reaches the simulated platform that long after it was sent, and is then acted on as usual.
 */
import { type AccountCredentials } from '../../channels/Channel.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { startWechatSim } from '../sim/wechat.js';
import { startWeiboSim } from '../sim/weibo.js';

const LATENCY_MS = 300;

async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await call();
  return { ms: performance.now() - started, value };
}

test('a Weibo post under latency takes at least the latency and is posted once', async () => {
  const sim = await startWeiboSim({ safeDomain: 'https://gov.example.cn', latencyMs: LATENCY_MS });
  try {
    const channel = new WeiboChannel({ apiBase: sim.baseUrl, timeoutMs: 5000, safeDomain: 'https://gov.example.cn' });
    const account: AccountCredentials = { accountId: 'acct-weibo-lat', name: '@测试县发布', credentials: { accessToken: 'weibo-sim-token' } };
    const { ms, value } = await timed(() => channel.publish({
      contentId: 'c-lat', revision: 1, title: '关于测试路段临时封闭的通告', html: '<p>正文</p>', summary: '测试路段3月2日封闭。',
      categoryCode: 'tzgg', categoryName: '通知公告', unitName: '测试县交通运输局', portalUrl: 'https://gov.example.cn/articles/c-lat', publishedAt: new Date('2025-03-01T02:00:00Z'),
    }, account, 'lat-1'));
    expect(ms).toBeGreaterThanOrEqual(LATENCY_MS - 5);
    expect(sim.posted).toHaveLength(1);
    expect(value.externalId).toBe(sim.posted[0].idstr);
  } finally {
    await sim.close();
  }
});

test('a WeChat token request under latency takes at least the latency and issues one token', async () => {
  const sim = await startWechatSim({ appId: 'wxlatency00000001', appSecret: 'latency-secret', latencyMs: LATENCY_MS });
  try {
    const channel = new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 5000 });
    const { ms } = await timed(() => channel.verifyCredentials({ accountId: 'acct-wechat-lat', name: '测试县发布', credentials: { appId: sim.appId, appSecret: sim.appSecret } }));
    expect(ms).toBeGreaterThanOrEqual(LATENCY_MS - 5);
    expect(sim.tokensIssued).toBe(1);
  } finally {
    await sim.close();
  }
});
