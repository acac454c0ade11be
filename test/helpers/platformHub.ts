import { hubChannels } from '../../channels/registry.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';
import { startTestHub, type TestHub } from './hub.js';

export interface PlatformHub {
  t: TestHub;
  wechat: WechatSim;
  weibo: WeiboSim;
  /** Bearer tokens of the users, by username. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A hub whose WeChat and Weibo channels talk to loopback simulators (short backoffs, otherwise as in
 * production), one active account on each, and the given users logged in. A `chan` channel admin is
 * created when the list has none, since someone has to create the accounts.
 */
export async function startPlatformHub(options: { appId: string; appSecret: string; weiboToken: string; users: { username: string; role: string }[] }): Promise<PlatformHub> {
  const wechat = await startWechatSim({ appId: options.appId, appSecret: options.appSecret });
  const weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: options.weiboToken }] });
  const channels = {
    ...hubChannels(),
    WECHAT: new WechatChannel({ apiBase: wechat.baseUrl, minuteQuotaBackoffMs: 200, busyBackoffMs: 10, timeoutMs: 3000 }),
    WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: 'http://portal.test', rateLimitBackoffMs: 200, timeoutMs: 3000 }),
  };
  const t = await startTestHub({ channels });
  const users = options.users.some((u) => u.role === 'channel_admin') ? options.users : [...options.users, { username: 'chan', role: 'channel_admin' }];
  await t.users(users);
  const tokens: Record<string, string> = {};
  for (const u of users) tokens[u.username] = await t.login(u.username);
  const admin = users.find((u) => u.role === 'channel_admin')!.username;
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  for (const i of [
    { channel: 'WECHAT', name: '区政府公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } },
    { channel: 'WEIBO', name: '区政府微博', credentials: { accessToken: options.weiboToken } },
  ]) {
    const res = await t.gql(create, { i }, tokens[admin]);
    if (res.errors) throw new Error(`createChannelAccount: ${JSON.stringify(res.errors)}`);
  }
  return {
    t, wechat, weibo, tokens,
    async stop() {
      await t.stop();
      await Promise.all([wechat.close(), weibo.close()]);
    },
  };
}
