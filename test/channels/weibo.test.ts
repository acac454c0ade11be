import { ChannelError, type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { composeWeiboText, WEIBO_MAX_LENGTH, WeiboChannel, weiboLength } from '../../channels/weibo/index.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let sim: WeiboSim;

beforeEach(async () => {
  sim = await startWeiboSim({ safeDomain: 'https://gov.example.cn' });
});
afterEach(async () => {
  await sim.close();
});

const account: AccountCredentials = { accountId: 'acct-weibo-1', name: '@市政府发布', credentials: { accessToken: 'weibo-sim-token' } };

function channel(opts: ConstructorParameters<typeof WeiboChannel>[0] = {}): WeiboChannel {
  return new WeiboChannel({ apiBase: sim.baseUrl, timeoutMs: 2000, safeDomain: 'https://gov.example.cn', ...opts });
}

function rendition(overrides: Partial<Rendition> = {}): Rendition {
  return {
    contentId: 'c-9',
    revision: 1,
    title: '关于调整城区部分公交线路的通告',
    html: '<p>正文</p>',
    summary: '为方便市民出行，自3月1日起调整12路、35路公交线路走向。',
    categoryCode: 'tzgg',
    categoryName: '通知公告',
    unitName: '市交通运输局',
    portalUrl: 'https://gov.example.cn/articles/c-9',
    publishedAt: new Date('2025-02-20T02:00:00Z'),
    ...overrides,
  };
}

async function expectChannelError(p: Promise<unknown>): Promise<ChannelError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ChannelError);
    return err as ChannelError;
  }
  throw new Error('expected a ChannelError');
}

test('happy path: one status with title, summary and the portal link', async () => {
  const result = await channel().publish(rendition(), account, 'k1');
  expect(sim.posted).toHaveLength(1);
  expect(sim.shareCalls).toBe(1);
  const [status] = sim.posted;
  expect(result).toEqual({ externalId: status.idstr, url: `https://m.weibo.cn/status/${status.idstr}` });
  expect(status.submittedText).toBe('【关于调整城区部分公交线路的通告】为方便市民出行，自3月1日起调整12路、35路公交线路走向。 https://gov.example.cn/articles/c-9');
});

test('long texts are cut to 140 and still carry the whole link', async () => {
  const long = rendition({ title: '关于'.repeat(30) + '的通知', summary: '内容'.repeat(200) });
  const text = composeWeiboText(long);
  expect(weiboLength(text)).toBeLessThanOrEqual(WEIBO_MAX_LENGTH);
  expect(text.endsWith(' https://gov.example.cn/articles/c-9')).toBe(true);
  expect(text).toContain('…');
  await channel().publish(long, account, 'long');
  expect(sim.posted).toHaveLength(1);
  // ASCII counts half: 20 ASCII letters weigh 10.
  expect(weiboLength('a'.repeat(20))).toBe(10);
  expect(composeWeiboText({ title: '#话题#标题', summary: '', portalUrl: 'https://gov.example.cn/a' })).toBe('【＃话题＃标题】 https://gov.example.cn/a');
});

test('the portal link is required and must be in the safe domain', async () => {
  expect(channel().validate(rendition(), account)).toEqual([]);
  expect(channel().validate(rendition({ portalUrl: '/articles/c-9' }), account)).toEqual([expect.stringContaining('完整链接')]);
  expect(channel().validate(rendition({ portalUrl: 'https://elsewhere.example.com/a' }), account)).toEqual([
    expect.stringContaining('安全域名'),
  ]);
  expect(channel().validate(rendition(), { ...account, credentials: {} })).toEqual([expect.stringContaining('accessToken')]);

  // The platform itself refuses a link outside the safe domain.
  const err = await expectChannelError(channel({ safeDomain: undefined }).publish(rendition({ portalUrl: 'https://elsewhere.example.com/a' }), account, 'k'));
  expect(err).toMatchObject({ retryable: false, code: 'WEIBO_10017' });
  expect(sim.posted).toHaveLength(0);
});

test.each([10022, 10023, 10024] as const)('frequency limit %i is retryable with a backoff', async (code) => {
  sim.rateLimitNext(1, code);
  const err = await expectChannelError(channel().publish(rendition(), account, 'rl'));
  expect(err).toMatchObject({ retryable: true, code: `WEIBO_${code}`, accountNeedsReauth: false });
  expect(err.retryAfterMs).toBeGreaterThan(0);
  expect(sim.posted).toHaveLength(0);
  await channel().publish(rendition(), account, 'rl', { attempt: 2 });
  expect(sim.posted).toHaveLength(1);
});

test('system busy is retryable', async () => {
  sim.busyNext(1, 10001);
  const err = await expectChannelError(channel().publish(rendition(), account, 'b'));
  expect(err).toMatchObject({ retryable: true, code: 'WEIBO_10001' });
});

test('20019 after a retry is the earlier attempt: found in the timeline, not posted again', async () => {
  const ch = channel();
  sim.dropNextConnection('/2/statuses/share.json', { after: true });
  const lost = await expectChannelError(ch.publish(rendition(), account, 'dup'));
  expect(lost).toMatchObject({ retryable: true, code: 'WEIBO_NETWORK' });
  expect(sim.posted).toHaveLength(1);

  const result = await ch.publish(rendition(), account, 'dup', { attempt: 2 });
  expect(result).toEqual({ externalId: sim.posted[0].idstr, url: `https://m.weibo.cn/status/${sim.posted[0].idstr}` });
  expect(sim.posted).toHaveLength(1);
  expect(sim.requests.map((r) => r.errorCode)).toContain(20019);
});

test('20019 on a first attempt is an error: somebody else posted these words', async () => {
  await channel().publish(rendition(), account, 'a');
  const err = await expectChannelError(channel().publish(rendition(), account, 'b'));
  expect(err).toMatchObject({ retryable: false, code: 'WEIBO_20019' });
  expect(err.message).toContain('Repeat conetnt');
  expect(sim.posted).toHaveLength(1);
});

test('20019 after a retry without a usable timeline yields a dup id that retract still resolves', async () => {
  const ch = channel();
  await ch.publish(rendition(), account, 'x');
  sim.busyNext(1, 10001, '/2/statuses/user_timeline.json');
  const result = await ch.publish(rendition(), account, 'x', { attempt: 3 });
  expect(result.externalId).toMatch(/^dup:[0-9a-f]{20}$/);
  expect(result.url).toBeNull();
  expect(sim.posted).toHaveLength(1);

  await ch.retract(result.externalId, account);
  expect(sim.destroyed).toBe(1);
  expect(sim.live).toHaveLength(0);
  const gone = await expectChannelError(ch.retract(result.externalId, account));
  expect(gone).toMatchObject({ retryable: false, code: 'WEIBO_RETRACT_NOT_FOUND' });
});

test.each([
  ['expired', 21327],
  ['revoked', 21332],
] as const)('%s token (%i) marks the account for re-authorisation', async (kind, code) => {
  if (kind === 'expired') sim.expireToken();
  else sim.revokeToken();
  const err = await expectChannelError(channel().publish(rendition(), account, 't'));
  expect(err).toMatchObject({ retryable: false, accountNeedsReauth: true, code: `WEIBO_${code}` });
  expect(sim.posted).toHaveLength(0);
});

test('retract destroys the status, and a second retract is a no-op', async () => {
  const ch = channel();
  const { externalId } = await ch.publish(rendition(), account, 'r');
  await ch.retract(externalId, account);
  expect(sim.destroyed).toBe(1);
  expect(sim.live).toHaveLength(0);
  await ch.retract(externalId, account);
  expect(sim.destroyed).toBe(1);
});

test('dropped connections and timeouts are retryable', async () => {
  sim.dropNextConnection('/2/statuses/share.json');
  const dropped = await expectChannelError(channel().publish(rendition(), account, 'd'));
  expect(dropped).toMatchObject({ retryable: true, code: 'WEIBO_NETWORK' });
  expect(sim.posted).toHaveLength(0);

  sim.delayNext(500, '/2/statuses/share.json');
  const slow = await expectChannelError(channel({ timeoutMs: 100 }).publish(rendition(), account, 'd'));
  expect(slow).toMatchObject({ retryable: true, code: 'WEIBO_TIMEOUT' });
});

test('content refused by the platform fails with its message', async () => {
  sim.contentErrorNext(20021);
  const err = await expectChannelError(channel().publish(rendition(), account, 'c'));
  expect(err).toMatchObject({ retryable: false, accountNeedsReauth: false, code: 'WEIBO_20021' });
  expect(err.message).toContain('Content is illegal');
});
