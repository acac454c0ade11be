import { type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { expectChannelError } from '../helpers/release.js';
import { massClientMsgId, WechatChannel } from '../../channels/wechat/index.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

let sim: WechatSim;
afterEach(async () => {
  await sim.close();
});

const account = (): AccountCredentials => ({ accountId: 'acct-mass', name: '市政府公众号', credentials: { appId: sim.appId, appSecret: sim.appSecret } });
const channel = () => new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 1000, busyBackoffMs: 1 });
const rendition = (title = '关于开展安全生产大检查的通知'): Rendition => ({
  contentId: 'c-m', revision: 1, title, html: '<p>各有关单位：现就开展检查有关事项通知如下。</p>', summary: '开展安全生产大检查', categoryCode: 'tzgg', categoryName: '通知公告',
  unitName: '市应急管理局', portalUrl: 'https://gov.example.cn/articles/c-m', publishedAt: new Date('2025-03-01T02:00:00Z'),
});


test('群发 goes to followers through message/mass/sendall, is polled with mass/get, and retracted with mass/delete', async () => {
  sim = await startWechatSim();
  const ch = channel();
  const result = await ch.massSend(rendition(), account(), 'pub-m1');
  expect(result).toEqual({ externalId: `mass:${sim.massSends[0].msgId}`, url: null, pending: true });
  expect(sim.massSends).toEqual([expect.objectContaining({ title: rendition().title, clientmsgid: massClientMsgId('pub-m1'), status: 'SEND_SUCCESS' })]);
  expect(sim.submissions).toBe(0); // not 发布
  expect(await ch.status(result.externalId, account())).toEqual({ state: 'published', url: null });
  await ch.retract(result.externalId, account());
  expect(sim.massSends[0].status).toBe('DELETE');
  expect(await ch.status(result.externalId, account())).toMatchObject({ state: 'failed' });
});

test('a 群发 whose reply was lost is not sent twice: the retry meets 45065 and takes the first msg_id', async () => {
  sim = await startWechatSim({ accountType: 'service' });
  const ch = channel();
  sim.dropNextConnection('/cgi-bin/message/mass/sendall', { after: true });
  const lost = await expectChannelError(ch.massSend(rendition(), account(), 'pub-m2'));
  expect(lost.retryable).toBe(true);
  expect(sim.massSends).toHaveLength(1);
  const retry = await ch.massSend(rendition(), account(), 'pub-m2');
  expect(retry.externalId).toBe(`mass:${sim.massSends[0].msgId}`);
  expect(sim.massSends).toHaveLength(1);
  expect(sim.requests.filter((r) => r.path === '/cgi-bin/message/mass/sendall').map((r) => r.errcode)).toEqual([45065]);
});

test('quota: a subscription account has one 群发 a day; the second is refused for good with 45028', async () => {
  sim = await startWechatSim({ accountType: 'subscription' });
  await channel().massSend(rendition('第一条'), account(), 'q1');
  const refused = await expectChannelError(channel().massSend(rendition('第二条'), account(), 'q2'));
  expect(refused).toMatchObject({ retryable: false, code: 'WECHAT_45028' });
  expect(refused.message).toContain('群发次数已用完');
  expect(sim.massSends).toHaveLength(1);
});

test('API群发保护: the 群发 waits for the administrator; confirmed it is published, refused it fails', async () => {
  sim = await startWechatSim({ accountType: 'service', massSendProtection: true });
  const ch = channel();
  const a = await ch.massSend(rendition('待确认一'), account(), 'p1');
  const b = await ch.massSend(rendition('待确认二'), account(), 'p2');
  expect(await ch.status(a.externalId, account())).toEqual({ state: 'publishing' });
  sim.confirmMassSend(sim.massSends[0].msgId);
  sim.rejectMassSend(sim.massSends[1].msgId);
  expect(await ch.status(a.externalId, account())).toEqual({ state: 'published', url: null });
  expect(await ch.status(b.externalId, account())).toMatchObject({ state: 'failed', message: expect.stringContaining('30 分钟') });
});

test('MASSSENDJOBFINISH is read as the verdict of the 群发 it names', async () => {
  sim = await startWechatSim();
  const { handleWechatCallback, signWechatRequest } = await import('../../channels/wechat/index.js');
  const event = (status: string) =>
    `<xml><ToUserName><![CDATA[gh_0000000000]]></ToUserName><FromUserName><![CDATA[oFollower]]></FromUserName><CreateTime>1700000000</CreateTime>` +
    `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>1000010001</MsgID><Status><![CDATA[${status}]]></Status>` +
    `<TotalCount>100</TotalCount><FilterCount>80</FilterCount><SentCount>75</SentCount><ErrorCount>5</ErrorCount></xml>`;
  const query = new URLSearchParams({ timestamp: '1700000000', nonce: '42', signature: signWechatRequest('cb-token', '1700000000', '42') });
  const ok = handleWechatCallback({ method: 'POST', query, body: event('send success'), token: 'cb-token' });
  expect(ok).toMatchObject({ kind: 'publishJobFinish', event: { publishId: 'mass:1000010001' }, status: { state: 'published' } });
  const refused = handleWechatCallback({ method: 'POST', query, body: event('err(20013)'), token: 'cb-token' });
  expect(refused).toMatchObject({ status: { state: 'failed', message: expect.stringContaining('err(20013)') } });
});
