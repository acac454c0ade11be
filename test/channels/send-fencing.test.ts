/**
 * The adapters' side of fencing (issue 11): a publishing call is made only after the delivery layer's
 * `beforeSend` said this worker still holds the publication, and only before the send deadline it gave; a
 * Weibo retry does not read the timeline while an earlier share.json may still land; WeChat's clientmsgid
 * protects a repeated 群发 for the documented 24 hours only.
 */
import { leaseLost, SEND_SETTLED_BY, type AccountCredentials, type PublishContext, type Rendition } from '../../channels/Channel.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { expectChannelError } from '../helpers/release.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let wechat: WechatSim;
let weibo: WeiboSim;
beforeEach(async () => {
  wechat = await startWechatSim({ accountType: 'service' });
  weibo = await startWeiboSim({ safeDomain: 'https://gov.example.cn' });
});
afterEach(async () => {
  await Promise.all([wechat.close(), weibo.close()]);
});

const wechatAccount = (): AccountCredentials => ({ accountId: 'acct-wx', name: '市政府公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } });
const weiboAccount: AccountCredentials = { accountId: 'acct-wb', name: '@市政府发布', credentials: { accessToken: 'weibo-sim-token' } };
const wechatChannel = () => new WechatChannel({ apiBase: wechat.baseUrl, timeoutMs: 1000, busyBackoffMs: 1 });
const weiboChannel = () => new WeiboChannel({ apiBase: weibo.baseUrl, timeoutMs: 1000, safeDomain: 'https://gov.example.cn' });
const rendition = (title: string): Rendition => ({
  contentId: 'c-f', revision: 1, title, html: '<p>各有关单位：现将有关事项通知如下。</p>', summary: `${title}的有关事项`, categoryCode: 'tzgg', categoryName: '通知公告',
  unitName: '市政府办公室', portalUrl: 'https://gov.example.cn/articles/c-f', publishedAt: new Date('2025-03-01T02:00:00Z'),
});

/** A delivery layer that answers `beforeSend` with the given window, or refuses (lease lost); records what was saved. */
function fenced(window: { sendBy: number; settledBy: number } | 'lost', resume: Record<string, string> = {}) {
  const saved: Record<string, string>[] = [];
  const context: PublishContext = {
    attempt: 1,
    resume,
    checkpoint: async (p) => void saved.push(p),
    beforeSend: async (p) => {
      if (window === 'lost') throw leaseLost();
      saved.push(p);
      return window;
    },
  };
  return { context, saved };
}

test('a worker that lost its lease sends nothing: no submit, no 群发, no Weibo post', async () => {
  const lost = fenced('lost');
  expect(await expectChannelError(wechatChannel().publish(rendition('租约失效的发布'), wechatAccount(), 'k-lost-1', lost.context))).toMatchObject({ code: 'LEASE_LOST', retryable: true });
  expect(await expectChannelError(wechatChannel().massSend(rendition('租约失效的群发'), wechatAccount(), 'k-lost-2', lost.context))).toMatchObject({ code: 'LEASE_LOST' });
  expect(await expectChannelError(weiboChannel().publish(rendition('租约失效的微博'), weiboAccount, 'k-lost-3', lost.context))).toMatchObject({ code: 'LEASE_LOST' });
  expect(wechat.submissions).toBe(0);
  expect(wechat.massSends).toHaveLength(0);
  expect(weibo.shareCalls).toBe(0);
});

test('a send deadline already past (the process stalled after its lease check) keeps the request in the process', async () => {
  const late = fenced({ sendBy: Date.now() - 1, settledBy: Date.now() + 5000 });
  expect(await expectChannelError(wechatChannel().publish(rendition('超时未发出的发布'), wechatAccount(), 'k-late-1', late.context))).toMatchObject({ code: 'WECHAT_NOT_SENT', retryable: true });
  expect(await expectChannelError(weiboChannel().publish(rendition('超时未发出的微博'), weiboAccount, 'k-late-2', late.context))).toMatchObject({ code: 'WEIBO_NOT_SENT', retryable: true });
  expect(wechat.arrived).not.toContain('/cgi-bin/freepublish/submit');
  expect(weibo.arrived).not.toContain('/2/statuses/share.json');
  // What a retry needs was saved before the (unsent) call: the draft to submit again, the attempt's time; and as
  // the Weibo call certainly never left, its retry has nothing to wait for.
  expect(late.saved).toEqual([
    { draftMediaId: expect.any(String), submitAt: expect.any(String), firstSubmitAt: expect.any(String) },
    { weiboSentAt: expect.any(String) },
    { [SEND_SETTLED_BY]: '' },
  ]);
});

test('within the deadline the call goes out once', async () => {
  const open = fenced({ sendBy: Date.now() + 5000, settledBy: Date.now() + 10_000 });
  const result = await weiboChannel().publish(rendition('按时发出的微博'), weiboAccount, 'k-open', open.context);
  expect(weibo.shared.map((s) => s.idstr)).toEqual([result.externalId]);
});

test('Weibo: while an earlier share.json may still land, a retry neither reads the timeline nor posts', async () => {
  const settledBy = Date.now() + 8000;
  const retry = fenced({ sendBy: Date.now() + 5000, settledBy: Date.now() + 10_000 }, { weiboSentAt: new Date().toISOString(), [SEND_SETTLED_BY]: new Date(settledBy).toISOString() });
  const err = await expectChannelError(weiboChannel().publish(rendition('等待落定的微博'), weiboAccount, 'k-settle', { ...retry.context, attempt: 2 }));
  expect(err).toMatchObject({ code: 'WEIBO_SEND_SETTLING', retryable: true });
  expect(err.retryAfterMs).toBeGreaterThan(6000);
  expect(err.retryAfterMs).toBeLessThanOrEqual(8000);
  expect(weibo.arrived).toEqual([]);

  // Once settled, the retry looks first and finds the earlier post instead of posting again.
  const first = await weiboChannel().publish(rendition('等待落定的微博'), weiboAccount, 'k-settle');
  const settled = fenced({ sendBy: Date.now() + 5000, settledBy: Date.now() + 10_000 }, { weiboSentAt: new Date(Date.now() - 1000).toISOString(), [SEND_SETTLED_BY]: new Date(Date.now() - 1).toISOString() });
  const again = await weiboChannel().publish(rendition('等待落定的微博'), weiboAccount, 'k-settle', { ...settled.context, attempt: 2 });
  expect(again.externalId).toBe(first.externalId);
  expect(weibo.shareCalls).toBe(1);
});

test('WeChat 群发: the same clientmsgid is refused with the first msg_id within 24 hours, as documented — not after', async () => {
  const first = await wechatChannel().massSend(rendition('二十四小时内的群发'), wechatAccount(), 'k-mass');
  const repeat = await wechatChannel().massSend(rendition('二十四小时内的群发'), wechatAccount(), 'k-mass');
  expect(repeat.externalId).toBe(first.externalId);
  expect(wechat.massSends).toHaveLength(1);
  wechat.ageMassSends(24 * 3600_000 + 1000);
  const later = await wechatChannel().massSend(rendition('二十四小时内的群发'), wechatAccount(), 'k-mass');
  expect(later.externalId).not.toBe(first.externalId);
  expect(wechat.massSends).toHaveLength(2);
});
