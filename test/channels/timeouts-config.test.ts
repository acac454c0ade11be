/**
 * WECHAT_TIMEOUT_MS and WEIBO_TIMEOUT_MS: the platforms' HTTP timeouts come from the environment, are checked when
 * the hub starts (a clear Chinese message naming the variable) and keep their 15-second default when unset.
 */
import type { AccountCredentials, Rendition } from '../../channels/Channel.js';
import { allChannels } from '../../channels/registry.js';
import type { WechatChannel } from '../../channels/wechat/index.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import { eventually } from '../helpers/hub.js';
import { expectChannelError } from '../helpers/release.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let wechat: WechatSim;
let weibo: WeiboSim;
beforeAll(async () => {
  wechat = await startWechatSim({ accountType: 'service' });
  weibo = await startWeiboSim({ safeDomain: 'https://gov.example.cn' });
});
afterAll(async () => {
  await Promise.all([wechat.close(), weibo.close()]);
});

const rendition = (title: string): Rendition => ({
  contentId: 'c-t', revision: 1, title, html: '<p>各有关单位：现将有关事项通知如下。</p>', summary: `${title}的有关事项`, categoryCode: 'tzgg', categoryName: '通知公告',
  unitName: '市政府办公室', portalUrl: 'https://gov.example.cn/articles/c-t', publishedAt: new Date('2025-03-01T02:00:00Z'),
});

function configuredChannels(env: Record<string, string>) {
  const config = loadConfig({ WECHAT_API_BASE: wechat.baseUrl, WEIBO_API_BASE: weibo.baseUrl, PUBLIC_BASE_URL: 'https://gov.example.cn', ...env });
  return allChannels(config);
}

test('unset, both timeouts stay 15 seconds; set, they are what the adapters use', async () => {
  expect(loadConfig({}).channelEnv).toMatchObject({ WECHAT_TIMEOUT_MS: '15000', WEIBO_TIMEOUT_MS: '15000' });

  const channels = configuredChannels({ WECHAT_TIMEOUT_MS: '1000', WEIBO_TIMEOUT_MS: '1000' });
  const wechatAccount: AccountCredentials = { accountId: 'acct-wx', name: '市政府服务号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } };
  const weiboAccount: AccountCredentials = { accountId: 'acct-wb', name: '@市政府发布', credentials: { accessToken: 'weibo-sim-token' } };

  wechat.delayNext(2_500, '/cgi-bin/message/mass/sendall');
  const wechatLate = await expectChannelError((channels.WECHAT as WechatChannel).massSend(rendition('超时的群发'), wechatAccount, 'k-timeout-wx'));
  expect(wechatLate).toMatchObject({ code: 'WECHAT_TIMEOUT', retryable: true });
  expect(wechatLate.message).toContain('1000 ms');

  weibo.delayNext(2_500, '/2/statuses/share.json');
  const weiboLate = await expectChannelError(channels.WEIBO!.publish(rendition('超时的微博'), weiboAccount, 'k-timeout-wb'));
  expect(weiboLate).toMatchObject({ code: 'WEIBO_TIMEOUT', retryable: true });

  // Timed out is not refused: both calls reach their platform after all (why a send's lease covers its timeout).
  // Waiting for them also lets the simulators' delays end before they close.
  await eventually(async () => wechat.massSends.some((m) => m.title === '超时的群发') && weibo.posted.some((s) => s.text.includes('超时的微博')));

  // A longer setting lets the same slow reply through.
  const patient = configuredChannels({ WEIBO_TIMEOUT_MS: '5000' });
  weibo.delayNext(1_500, '/2/statuses/share.json');
  const result = await patient.WEIBO!.publish(rendition('耐心等待的微博'), weiboAccount, 'k-patient-wb');
  expect(result.externalId).toBe(weibo.posted.find((s) => s.text.includes('耐心等待的微博'))?.idstr);
});

test.each([
  ['WECHAT_TIMEOUT_MS', 'abc', '须为整数毫秒数'],
  ['WEIBO_TIMEOUT_MS', '15s', '须为整数毫秒数'],
  ['WECHAT_TIMEOUT_MS', '-5', '须为整数毫秒数'],
  ['WEIBO_TIMEOUT_MS', '10', '须在 1000 至 600000 毫秒之间'],
  ['WECHAT_TIMEOUT_MS', '3600000', '须在 1000 至 600000 毫秒之间'],
])('%s=%s stops the start with a message naming the variable', (name, value, reason) => {
  let error: unknown;
  try {
    loadConfig({ [name]: value });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).message).toContain(`环境变量 ${name}`);
  expect((error as Error).message).toContain(reason);
  expect((error as Error).message).toContain(`当前为「${value}」`);
});

test('an API base that is not an http(s) address is refused in Chinese too', () => {
  expect(() => loadConfig({ WEIBO_API_BASE: 'ftp://api.example' })).toThrow('环境变量 WEIBO_API_BASE（微博开放平台接口地址）须为 http(s) 地址，当前为「ftp://api.example」');
});
