import { type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { expectChannelError } from '../helpers/release.js';
import { composeWeiboText, publicationMarker, WEIBO_MAX_LENGTH, WeiboChannel, weiboLength } from '../../channels/weibo/index.js';
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


test('happy path: one status with title, summary and the portal link', async () => {
  const result = await channel().publish(rendition(), account, 'k1');
  expect(sim.posted).toHaveLength(1);
  expect(sim.shareCalls).toBe(1);
  const [status] = sim.posted;
  expect(result).toEqual({ externalId: status.idstr, url: `https://m.weibo.cn/status/${status.idstr}` });
  // The link carries the publication's marker, by which a retry finds this post again.
  expect(status.submittedText).toBe(`【关于调整城区部分公交线路的通告】为方便市民出行，自3月1日起调整12路、35路公交线路走向。 https://gov.example.cn/articles/c-9?s=${publicationMarker('k1')}`);
  expect(publicationMarker('k1')).not.toBe(publicationMarker('k2'));
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

/** What the job layer keeps between attempts: the adapter's checkpoint. */
function journal() {
  const saved: Record<string, string> = {};
  return {
    saved,
    context: (attempt: number) => ({ attempt, resume: { ...saved }, checkpoint: async (p: Record<string, string>) => void Object.assign(saved, p) }),
  };
}

test('a post stored but its reply lost: the retry finds it on the timeline by its marker and posts nothing', async () => {
  const ch = channel();
  const j = journal();
  sim.dropNextConnection('/2/statuses/share.json', { after: true });
  const lost = await expectChannelError(ch.publish(rendition(), account, 'pub-1', j.context(1)));
  expect(lost).toMatchObject({ retryable: true, code: 'WEIBO_NETWORK' });
  expect(j.saved.weiboSentAt).toBeDefined();
  expect(sim.posted).toHaveLength(1);
  // The account's other traffic in between, and the duplicate window long gone: 20019 would not save us.
  for (let i = 0; i < 130; i++) sim.postElsewhere(`今日天气提示第${i}条`);

  const result = await ch.publish(rendition(), account, 'pub-1', j.context(2));
  expect(result).toEqual({ externalId: sim.shared[0].idstr, url: `https://m.weibo.cn/status/${sim.shared[0].idstr}` });
  expect(sim.shared).toHaveLength(1);
  expect(sim.shareCalls).toBe(1);
  expect(sim.requests.filter((r) => r.path === '/2/statuses/user_timeline.json').length).toBe(2);
});

test('a reply held after the post was stored: the timed-out attempt is found, not repeated', async () => {
  const ch = channel({ timeoutMs: 300 });
  const j = journal();
  sim.holdReplyNext(1500, '/2/statuses/share.json');
  const slow = await expectChannelError(ch.publish(rendition(), account, 'pub-h', j.context(1)));
  expect(slow).toMatchObject({ retryable: true, code: 'WEIBO_TIMEOUT' });
  const result = await ch.publish(rendition(), account, 'pub-h', j.context(2));
  expect(result.externalId).toBe(sim.shared[0].idstr);
  expect(sim.shared).toHaveLength(1);
});

test('same words, another publication: the marker tells them apart, so the earlier post is not taken for ours', async () => {
  const ch = channel();
  await ch.publish(rendition(), account, 'first-publication');
  const j = journal();
  sim.dropNextConnection('/2/statuses/share.json');
  await expectChannelError(ch.publish(rendition(), account, 'second-publication', j.context(1)));
  expect(sim.shared).toHaveLength(1);
  const second = await ch.publish(rendition(), account, 'second-publication', j.context(2));
  expect(sim.shared).toHaveLength(2);
  expect(second.externalId).toBe(sim.shared[1].idstr);
});

test('a timeline that cannot be read is retried later, never answered by posting again', async () => {
  const ch = channel();
  const j = journal();
  sim.dropNextConnection('/2/statuses/share.json', { after: true });
  await expectChannelError(ch.publish(rendition(), account, 'pub-t', j.context(1)));
  sim.serverErrorNext(1, '/2/statuses/user_timeline.json');
  const err = await expectChannelError(ch.publish(rendition(), account, 'pub-t', j.context(2)));
  expect(err).toMatchObject({ retryable: true, code: 'WEIBO_BAD_REPLY' });
  expect(sim.shareCalls).toBe(1);
  const result = await ch.publish(rendition(), account, 'pub-t', j.context(3));
  expect(result.externalId).toBe(sim.shared[0].idstr);
  expect(sim.shareCalls).toBe(1);
});

test('the search pages back through a busy timeline to the attempt time', async () => {
  const ch = channel();
  const j = journal();
  sim.dropNextConnection('/2/statuses/share.json', { after: true });
  await expectChannelError(ch.publish(rendition(), account, 'pub-p', j.context(1)));
  for (let i = 0; i < 250; i++) sim.postElsewhere(`便民服务信息第${i}条`);
  const result = await ch.publish(rendition(), account, 'pub-p', j.context(2));
  expect(result.externalId).toBe(sim.shared[0].idstr);
  expect(sim.requests.filter((r) => r.path === '/2/statuses/user_timeline.json').length).toBe(3);
  expect(sim.requests.filter((r) => r.path === '/2/short_url/expand.json').length).toBe(1);
});

test('20019 for our own recent post (reply lost, retried at once) is resolved from the timeline', async () => {
  const ch = channel();
  sim.dropNextConnection('/2/statuses/share.json', { after: true });
  await expectChannelError(ch.publish(rendition(), account, 'dup'));
  // No checkpoint and a first attempt as far as the adapter knows: it posts, meets 20019, and looks.
  const result = await ch.publish(rendition(), account, 'dup');
  expect(result.externalId).toBe(sim.posted[0].idstr);
  expect(sim.posted).toHaveLength(1);
  expect(sim.requests.map((r) => r.errorCode)).toContain(20019);
});

test('20019 with no post of ours on the timeline is an error for the channel admin', async () => {
  await channel().publish(rendition(), account, 'a');
  sim.contentErrorNext(20019, 'Repeat conetnt!', '/2/statuses/share.json');
  const err = await expectChannelError(channel().publish(rendition(), account, 'a-other'));
  expect(err).toMatchObject({ retryable: false, code: 'WEIBO_20019' });
  expect(err.message).toContain('Repeat conetnt');
  expect(sim.posted).toHaveLength(1);
});

test('retract still resolves a dup: id left by earlier versions through the timeline', async () => {
  const ch = channel();
  await ch.publish(rendition(), account, 'x');
  const hash = await legacyDupId(sim.posted[0].text);
  await ch.retract(hash, account);
  expect(sim.destroyed).toBe(1);
  expect(sim.live).toHaveLength(0);
  const gone = await expectChannelError(ch.retract(hash, account));
  expect(gone).toMatchObject({ retryable: false, code: 'WEIBO_RETRACT_NOT_FOUND' });
});

async function legacyDupId(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return `dup:${createHash('sha1').update(text.replace(/https?:\/\/\S+/g, '').replace(/\s+/g, '')).digest('hex').slice(0, 20)}`;
}

test('verifyCredentials asks account/get_uid.json and reports a dead token as such', async () => {
  await channel().verifyCredentials(account);
  const dead = await expectChannelError(channel().verifyCredentials({ ...account, credentials: { accessToken: 'forged' } }));
  expect(dead).toMatchObject({ retryable: false, accountNeedsReauth: true, code: 'WEIBO_21332' });
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
