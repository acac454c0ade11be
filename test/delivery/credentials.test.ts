import { checkCredentials } from '../../workflow/credentialCheck.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let chan: string;

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000c1', appSecret: 'right-secret' });
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: 'good-token' }, { accessToken: 'other-token' }] });
  t = await startTestHub({ worker: false, env: { WECHAT_API_BASE: wechat.baseUrl, WEIBO_API_BASE: weibo.baseUrl } });
  await t.users([{ username: 'chan', role: 'channel_admin' }]);
  chan = await t.login('chan');
});
afterAll(async () => {
  await t.stop();
  await Promise.all([wechat.close(), weibo.close()]);
});

const CREATE = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id status lastCheck { ok reachable code message } } }';
const create = (channel: string, name: string, credentials: Record<string, string>) => t.gql<{ createChannelAccount: { id: string; status: string; lastCheck: { ok: boolean } } }>(CREATE, { i: { channel, name, credentials } }, chan);
const accounts = async () => (await t.db.pool.query<{ name: string }>('SELECT name FROM channel_accounts ORDER BY name')).rows.map((r) => r.name);

test.each([
  ['a wrong AppSecret', { appId: 'wx00000000000000c1', appSecret: 'forged' }, 'WECHAT_40125', 'AppSecret'],
  ['an unknown AppID', { appId: 'wx0000000000000bad', appSecret: 'right-secret' }, 'WECHAT_40013', 'AppID'],
])('WeChat with %s is refused at the door with a message saying what to fix', async (_, credentials, code, field) => {
  const res = await create('WECHAT', `假公众号${code}`, credentials);
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'CHANNEL_CREDENTIALS_INVALID', platformCode: code });
  expect(res.errors?.[0].message).toContain(field);
  expect(res.errors?.[0].message).toMatch(/^微信公众号凭据验证未通过/);
  expect(await accounts()).not.toContain(`假公众号${code}`);
});

test('Weibo with a fake token is refused (account/get_uid.json)', async () => {
  const res = await create('WEIBO', '假微博', { accessToken: 'forged-token' });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'CHANNEL_CREDENTIALS_INVALID', platformCode: 'WEIBO_21332' });
  expect(res.errors?.[0].message).toContain('accessToken');
  expect(await accounts()).not.toContain('假微博');
  expect(weibo.requests.some((r) => r.path === '/2/account/get_uid.json' && r.errorCode === 21332)).toBe(true);
});

test('valid credentials open an active account with a passed check; rotation to bad ones is refused and changes nothing', async () => {
  const res = await create('WEIBO', '市政府微博', { accessToken: 'good-token' });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createChannelAccount).toMatchObject({ status: 'active', lastCheck: { ok: true, reachable: true, code: null } });
  const id = res.data!.createChannelAccount.id;

  const rotate = 'mutation($id:ID!,$c:JSON!){ rotateChannelCredentials(id:$id, credentials:$c){ id } }';
  const refused = await t.gql(rotate, { id, c: { accessToken: 'forged-token' } }, chan);
  expect(refused.errors?.[0].extensions?.code).toBe('CHANNEL_CREDENTIALS_INVALID');
  const test = 'mutation($id:ID!){ testChannelAccount(id:$id){ ok reachable code message } }';
  expect((await t.gql(test, { id }, chan)).data).toEqual({ testChannelAccount: { ok: true, reachable: true, code: null, message: '微博连接正常，凭据有效' } });

  // The grant is revoked on the platform: 测试连接 says so, and keeps the verdict on the account.
  weibo.revokeToken('good-token');
  const tested = await t.gql<{ testChannelAccount: { ok: boolean; code: string; message: string } }>(test, { id }, chan);
  expect(tested.data!.testChannelAccount).toMatchObject({ ok: false, code: 'WEIBO_21332' });
  expect(tested.data!.testChannelAccount.message).toContain('重新授权');
  const listed = await t.gql<{ channelAccounts: { id: string; lastCheck: { ok: boolean; code: string } }[] }>('{ channelAccounts { id lastCheck { ok code } } }', {}, chan);
  expect(listed.data!.channelAccounts.find((a) => a.id === id)!.lastCheck).toEqual({ ok: false, code: 'WEIBO_21332' });
  const { rows } = await t.db.pool.query(`SELECT details->>'ok' AS ok FROM audit_events WHERE action = 'account.tested' AND target_id = $1 ORDER BY seq`, [id]);
  expect(rows).toEqual([{ ok: 'true' }, { ok: 'false' }]);

  // Rotating to a working token re-activates nothing it should not, and passes.
  expect((await t.gql(rotate, { id, c: { accessToken: 'other-token' } }, chan)).errors).toBeUndefined();
});

test('a platform that cannot be reached is reported as inconclusive, not as refused', async () => {
  const check = await checkCredentials({ config: { ...t.config, channelEnv: { ...t.config.channelEnv, WEIBO_API_BASE: 'http://127.0.0.1:9' } }, now: () => new Date() }, 'WEIBO', { accountId: '', name: 'x', credentials: { accessToken: 'good-token' } });
  expect(check).toMatchObject({ ok: false, reachable: false, code: 'WEIBO_NETWORK' });
  expect(check.message).toContain('暂时无法连接微博平台');
});
