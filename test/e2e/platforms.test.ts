import { createHash } from 'node:crypto';
import { hubChannels } from '../../channels/registry.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink, type ReceivedMail } from '../helpers/smtp.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let t: TestHub;
let wechat: WechatSim;
let weibo: WeiboSim;
let smtp: { url: string; mails: ReceivedMail[]; close(): Promise<void> };
const tokens: Record<string, string> = {};
const accounts: Record<string, string> = {};
const WEIBO_TOKEN = 'weibo-account-token';
const CALLBACK_TOKEN = 'wechat-push-token';

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000a1', appSecret: 'app-secret-a1' });
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: WEIBO_TOKEN }, { accessToken: 'weibo-second-token' }] });
  smtp = await startSmtpSink();
  // Short platform backoffs keep retries within a test's patience; the adapters are otherwise as in production.
  const channels = {
    ...hubChannels(),
    WECHAT: new WechatChannel({ apiBase: wechat.baseUrl, minuteQuotaBackoffMs: 200, busyBackoffMs: 10, timeoutMs: 3000 }),
    WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: 'http://portal.test', rateLimitBackoffMs: 200, timeoutMs: 3000 }),
  };
  t = await startTestHub({ channels, env: { SMTP_URL: smtp.url } });
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'chan', role: 'channel_admin' },
  ]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  const wx = await t.gql<{ createChannelAccount: { id: string } }>(create, { i: { channel: 'WECHAT', name: '区政府公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret, callbackToken: CALLBACK_TOKEN } } }, tokens.chan);
  const wb = await t.gql<{ createChannelAccount: { id: string } }>(create, { i: { channel: 'WEIBO', name: '区政府微博', credentials: { accessToken: WEIBO_TOKEN } } }, tokens.chan);
  accounts.wechat = wx.data!.createChannelAccount.id;
  accounts.weibo = wb.data!.createChannelAccount.id;
});
afterAll(async () => {
  await t.stop();
  await Promise.all([wechat.close(), weibo.close(), smtp.close()]);
});

const FIELDS = 'id status publications { id channel status url externalId attempts lastError account { name status } }';

async function release(title: string, channels = ['PORTAL', 'APP', 'WECHAT', 'WEIBO']): Promise<string> {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title, body: `<p>${title}：现将有关事项公告如下。</p>`, summary: `${title}的摘要`, categoryCode: 'tzgg', channels },
  }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  expect((await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev)).errors).toBeUndefined();
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  return id;
}

async function contentOf(id: string) {
  const res = await t.gql<{ content: any }>(`query($id:ID!){ content(id:$id){ ${FIELDS} } }`, { id }, tokens.ed);
  return res.data!.content;
}
const settled = (id: string) => eventually(async () => {
  const c = await contentOf(id);
  return ['PUBLISHED', 'PARTIALLY_PUBLISHED'].includes(c.status) ? c : null;
}, 60_000);
const wechatPostsOf = (title: string) => wechat.published.filter((p) => p.title === title);
const weiboPostsOf = (title: string) => weibo.posted.filter((p) => p.text.includes(title));

test('one release reaches all four channels exactly once', async () => {
  const title = '关于开展冬季消防安全检查的公告';
  const id = await release(title);
  const done = await settled(id);
  expect(done.status).toBe('PUBLISHED');
  const byChannel = Object.fromEntries(done.publications.map((p: any) => [p.channel, p]));
  expect(Object.keys(byChannel).sort()).toEqual(['APP', 'PORTAL', 'WECHAT', 'WEIBO']);
  expect(wechatPostsOf(title)).toHaveLength(1);
  expect(byChannel.WECHAT.url).toBe(wechatPostsOf(title)[0].url);
  expect(weiboPostsOf(title)).toHaveLength(1);
  // Weibo posts carry the link to the portal article, inside the safe domain.
  expect(weiboPostsOf(title)[0].text).toMatch(/https?:\/\/(portal\.test|t\.cn)\//);
  expect(byChannel.WEIBO.externalId).toBe(weiboPostsOf(title)[0].idstr);
});

test('rate limits and busy replies are retried with backoff, then delivered once', async () => {
  weibo.rateLimitNext(1, 10023);
  wechat.busyNext(5, '/cgi-bin/draft/add');
  const title = '关于调整公交线路的通告';
  const id = await release(title);
  const done = await settled(id);
  expect(done.status).toBe('PUBLISHED');
  const wb = done.publications.find((p: any) => p.channel === 'WEIBO');
  expect(wb.attempts).toBe(2);
  expect(weiboPostsOf(title)).toHaveLength(1);
  expect(wechatPostsOf(title)).toHaveLength(1);
});

test('a content refusal fails that channel only, tells the channel admins, and can be retried from the API', async () => {
  wechat.contentErrorNext(48001, '/cgi-bin/draft/add', 'api unauthorized');
  const title = '关于征集民生实事项目的公告';
  const id = await release(title);
  const done = await settled(id);
  expect(done.status).toBe('PARTIALLY_PUBLISHED');
  const wx = done.publications.find((p: any) => p.channel === 'WECHAT');
  expect(wx.status).toBe('FAILED');
  expect(wx.lastError).toContain('48001');
  const mail = await eventually(async () => smtp.mails.find((m) => m.subject.includes('发布失败') && m.to.includes('chan@example.test')));
  expect(mail.subject).toContain(`《${title}》`);
  expect(mail.text).toContain(`/console/contents/${id}`);

  const retried = await t.gql<{ retryPublication: { status: string } }>('mutation($id:ID!){ retryPublication(id:$id){ status } }', { id: wx.id }, tokens.chan);
  expect(retried.data?.retryPublication.status).toBe('PENDING');
  const after = await settled(id);
  expect(after.status).toBe('PUBLISHED');
  expect(wechatPostsOf(title)).toHaveLength(1);
  expect((await t.gql('mutation($id:ID!){ retryPublication(id:$id){ status } }', { id: wx.id }, tokens.chan)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
});

test('a revoked Weibo token marks the account for re-authorisation and mails its admins', async () => {
  weibo.revokeToken(WEIBO_TOKEN);
  const title = '关于开展防汛演练的通知';
  const id = await release(title);
  const done = await settled(id);
  const wb = done.publications.find((p: any) => p.channel === 'WEIBO');
  expect(wb.status).toBe('FAILED');
  expect(wb.account.status).toBe('needs_reauth');
  await eventually(async () => smtp.mails.find((m) => m.subject.includes('重新授权')));
  // Until re-authorised, the account is not used: the next release cannot target Weibo.
  const next = await t.gql('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '下一条', body: '<p>正文</p>', categoryCode: 'tzgg', channels: ['WEIBO'] } }, tokens.ed);
  const nextId = (next.data as any).createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id: nextId }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id: nextId }, tokens.rev);
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id: nextId }, tokens.ed)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('retraction withdraws the item from every channel it reached', async () => {
  const title = '关于公布第一批示范社区名单的通知';
  const id = await release(title, ['PORTAL', 'APP', 'WECHAT']);
  await settled(id);
  const deletedBefore = wechat.deleted;
  const res = await t.gql<{ retractContent: any }>(`mutation($id:ID!){ retractContent(id:$id, reason:"名单有误"){ ${FIELDS} } }`, { id }, tokens.ed);
  expect(res.data?.retractContent.status).toBe('RETRACTED');
  await eventually(async () => (await contentOf(id)).publications.every((p: any) => p.status === 'RETRACTED'));
  expect(wechat.deleted).toBe(deletedBefore + 1);
  expect(wechatPostsOf(title)[0].deleted).toBe(true);
  expect((await fetch(`${t.url}/articles/${id}`)).status).toBe(410);
});

test("WeChat's PUBLISHJOBFINISH callback, signed with the account's token, finishes a publication", async () => {
  const url = `${t.url}/channels/wechat/${accounts.wechat}/callback`;
  const timestamp = '1700000000';
  const nonce = 'n0nce';
  const signature = createHash('sha1').update([CALLBACK_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  const handshake = await fetch(`${url}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=hello`);
  expect(await handshake.text()).toBe('hello');
  expect((await fetch(`${url}?signature=bad&timestamp=${timestamp}&nonce=${nonce}&echostr=hello`)).status).toBe(403);

  wechat.slowPublishNext(10_000);
  const title = '关于发布空气质量预警的通知';
  const id = await release(title, ['WECHAT']);
  const publication = await eventually(async () => {
    const c = await contentOf(id);
    return c.publications[0].externalId ? c.publications[0] : null;
  });
  expect((await contentOf(id)).status).toBe('PUBLISHING');
  wechat.finishAll();
  await wechat.sendPublishJobFinish(url, CALLBACK_TOKEN, publication.externalId);
  const done = await eventually(async () => ((await contentOf(id)).status === 'PUBLISHED' ? contentOf(id) : null), 10_000);
  expect(done.publications[0].url).toBe(wechatPostsOf(title)[0].url);
});

test('retracting while a platform post is still in flight takes the post down once it lands', async () => {
  weibo.delayNext(2000, '/2/statuses/share.json');
  const title = '关于发布临时交通管制的通告';
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  // The Weibo account was revoked by an earlier test: a fresh account for this one.
  await t.gql(create, { i: { channel: 'WEIBO', name: '区政府微博二', credentials: { accessToken: 'weibo-second-token' } } }, tokens.chan);
  const id = await release(title, ['PORTAL', 'WEIBO']);
  await eventually(async () => (await contentOf(id)).publications.some((p: any) => p.channel === 'WEIBO' && p.status === 'PUBLISHING'));
  const res = await t.gql<{ retractContent: any }>(`mutation($id:ID!){ retractContent(id:$id, reason:"发布有误"){ status } }`, { id }, tokens.ed);
  expect(res.data?.retractContent.status).toBe('RETRACTED');
  await eventually(async () => weiboPostsOf(title).length === 1, 10_000);
  const done = await eventually(async () => {
    const wb = (await contentOf(id)).publications.find((p: any) => p.channel === 'WEIBO');
    return wb.status === 'RETRACTED' && wb.externalId ? wb : null;
  }, 30_000);
  expect(done.externalId).toBe(weiboPostsOf(title)[0].idstr);
  expect(weiboPostsOf(title)[0].deleted).toBe(true);
});

test("a callback signed by one account cannot settle another account's publication", async () => {
  const url = `${t.url}/channels/wechat/${accounts.wechat}/callback`;
  const create = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }';
  const other = await t.gql<{ createChannelAccount: { id: string } }>(create, { i: { channel: 'WECHAT', name: '另一公众号', credentials: { appId: 'wx-other', appSecret: 'other-secret', callbackToken: 'other-token' } } }, tokens.chan);
  wechat.slowPublishNext(10_000);
  const title = '关于公布供暖价格的通知';
  const id = await release(title, ['WECHAT']);
  const publication = await eventually(async () => {
    const c = await contentOf(id);
    return c.publications.find((p: any) => p.account.name === '区政府公众号' && p.externalId) ?? null;
  });
  // The other account's URL and token, naming this account's publish_id.
  const otherUrl = `${t.url}/channels/wechat/${other.data!.createChannelAccount.id}/callback`;
  await wechat.sendPublishJobFinish(otherUrl, 'other-token', publication.externalId);
  await new Promise((r) => setTimeout(r, 500));
  expect((await contentOf(id)).publications.find((p: any) => p.id === publication.id).status).toBe('PUBLISHING');
  wechat.finishAll();
  await wechat.sendPublishJobFinish(url, CALLBACK_TOKEN, publication.externalId);
  await eventually(async () => (await contentOf(id)).publications.find((p: any) => p.id === publication.id).status === 'PUBLISHED', 10_000);
});
