import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AccountCredentials, type Rendition } from '../../channels/Channel.js';
import { expectChannelError } from '../helpers/release.js';
import { isJpeg, PLACEHOLDER_COVER_JPEG } from '../../channels/wechat/cover.js';
import {
  handleWechatCallback,
  parsePublishJobFinish,
  publishJobFinishStatus,
  signWechatRequest,
  verifyWechatSignature,
  WechatChannel,
} from '../../channels/wechat/index.js';
import { publicationMarker } from '../../channels/marker.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';
import { tinyPng } from '../helpers/images.js';

let sim: WechatSim;

beforeEach(async () => {
  sim = await startWechatSim();
});
afterEach(async () => {
  await sim.close();
});

function account(overrides: Partial<Record<string, string>> = {}): AccountCredentials {
  return {
    accountId: 'acct-wechat-1',
    name: '市政府办公室公众号',
    credentials: { appId: sim.appId, appSecret: sim.appSecret, ...overrides } as Record<string, string>,
  };
}

function channel(opts: ConstructorParameters<typeof WechatChannel>[0] = {}): WechatChannel {
  return new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 2000, busyBackoffMs: 1, ...opts });
}

const PNG_SRC = `data:image/png;base64,${tinyPng().toString('base64')}`;

function rendition(overrides: Partial<Rendition> = {}): Rendition {
  return {
    contentId: 'c-1',
    revision: 3,
    title: '关于2024年度政府信息公开工作年度报告的公告',
    html:
      '<h2 style="text-align:center">一、总体情况</h2>' +
      '<p class="lead">本机关依法<strong>主动公开</strong>政府信息。<a href="https://gov.example.cn/x">详见门户</a></p>' +
      `<p><img src="${PNG_SRC}" alt="统计图"></p>` +
      '<table><tr><th>类别</th><th>数量</th></tr><tr><td>主动公开</td><td>128</td></tr></table>' +
      '<script>alert(1)</script>',
    summary: '本报告由市政府办公室编制，包括总体情况、主动公开政府信息情况等内容。',
    categoryCode: 'ndbg',
    categoryName: '年度报告',
    unitName: '市政府办公室',
    portalUrl: 'https://gov.example.cn/articles/c-1',
    publishedAt: new Date('2025-01-15T08:00:00Z'),
    ...overrides,
  };
}


describe('publishing', () => {
  test('happy path: images re-hosted, inline-styled draft, one submit, polled to published', async () => {
    const ch = channel();
    const result = await ch.publish(rendition(), account(), 'pub-1');
    expect(result).toMatchObject({ pending: true, url: null });
    expect(result.externalId).toMatch(/^\d+$/);

    expect(sim.tokensIssued).toBe(1);
    expect(sim.imagesUploaded).toBe(1);
    expect(sim.thumbsUploaded).toBe(1);
    expect(sim.drafts).toBe(1);
    expect(sim.submissions).toBe(1);
    expect(sim.filteredImages).toBe(0);

    const [draft] = sim.draftLog;
    expect(draft.title).toBe(rendition().title);
    expect(draft.author).toBe('市政府办公室');
    // 阅读原文 leads to the portal; the parameter is the publication's marker, by which a retry finds the article.
    expect(draft.content_source_url).toBe(`https://gov.example.cn/articles/c-1?s=${publicationMarker('pub-1')}`);
    expect(draft.content).toMatch(/<img src="http:\/\/mmbiz\.qpic\.cn\/[^"]+"/);
    expect(draft.content).not.toContain('data:');
    expect(draft.content).not.toMatch(/\sclass=|<script|alert\(1\)/);
    expect(draft.content).toMatch(/<h2 style="[^"]*text-align:center;"/);
    expect(draft.content).toMatch(/<td style="[^"]*border:1px solid/);
    // Foreign links are not clickable in an article; their text stays.
    expect(draft.content).not.toContain('href=');
    expect(draft.content).toContain('详见门户');

    expect(await ch.status(result.externalId, account())).toEqual({ state: 'publishing' });
    const done = await ch.status(result.externalId, account());
    expect(done).toEqual({ state: 'published', url: sim.published[0].url });
    expect(sim.published).toHaveLength(1);
    expect(sim.tokensIssued).toBe(1);
  });

  test('without images the generated JPEG becomes the cover, uploaded once per account', async () => {
    expect(isJpeg(PLACEHOLDER_COVER_JPEG)).toBe(true);
    expect(PLACEHOLDER_COVER_JPEG.length).toBeLessThan(64 * 1024);
    const ch = channel();
    const plain = rendition({ html: '<p>正文</p>' });
    await ch.publish(plain, account(), 'a');
    await ch.publish({ ...plain, contentId: 'c-2', title: '第二篇' }, account(), 'b');
    expect(sim.thumbsUploaded).toBe(1);
    expect(sim.imagesUploaded).toBe(0);
    expect(sim.drafts).toBe(2);
    expect(sim.submissions).toBe(2);
  });

  test('a small JPEG in the body doubles as the cover', async () => {
    const ch = channel();
    const jpegSrc = `data:image/jpeg;base64,${Buffer.from(PLACEHOLDER_COVER_JPEG).toString('base64')}`;
    await ch.publish(rendition({ html: `<p><img src="${jpegSrc}"></p>` }), account(), 'jpeg');
    expect(sim.imagesUploaded).toBe(1);
    expect(sim.thumbsUploaded).toBe(1);
    expect(sim.submissions).toBe(1);
  });
});

describe('access token', () => {
  test('token expiring mid-flow is refreshed once and only the refused step is repeated', async () => {
    const ch = channel();
    await ch.client(account()).accessToken();
    sim.expireTokenAfter(2); // uploadimg and add_material succeed, draft/add meets 42001
    const result = await ch.publish(rendition(), account(), 'expiry');
    expect(result.pending).toBe(true);
    expect(sim.tokensIssued).toBe(2);
    expect(sim.requests.filter((r) => r.errcode === 42001)).toEqual([{ path: '/cgi-bin/draft/add', errcode: 42001 }]);
    expect(sim.imagesUploaded).toBe(1);
    expect(sim.thumbsUploaded).toBe(1);
    expect(sim.drafts).toBe(1);
    expect(sim.submissions).toBe(1);
  });

  test('ten concurrent callers share one token fetch, and one refresh after expiry', async () => {
    const ch = channel();
    const { externalId } = await channel().publish(rendition({ html: '<p>x</p>' }), account(), 'k');
    const before = sim.tokenRequests;
    const fresh = channel();
    await Promise.all(Array.from({ length: 10 }, () => fresh.status(externalId, account())));
    expect(sim.tokenRequests - before).toBe(1);

    sim.expireAllTokens();
    const issued = sim.tokensIssued;
    const states = await Promise.all(Array.from({ length: 10 }, () => fresh.status(externalId, account())));
    expect(states.every((s) => s.state === 'published')).toBe(true);
    expect(sim.tokensIssued - issued).toBe(1);
    expect(sim.tokenRequests - before).toBe(2);
    void ch;
  });

  test('a token refused although the platform still hands it out is force-refreshed; a second refusal is retryable', async () => {
    const ch = channel();
    await ch.client(account()).accessToken();
    sim.contentErrorNext(40001, '/cgi-bin/freepublish/get', 'invalid credential, access_token is invalid or not latest');
    sim.contentErrorNext(40001, '/cgi-bin/freepublish/get', 'invalid credential, access_token is invalid or not latest');
    const err = await expectChannelError(ch.status('2247483651', account()));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_40001' });
    expect(sim.tokensIssued).toBe(2); // normal mode returned the refused token, force_refresh rotated it
  });

  test('wrong AppSecret or AppID: not retryable, the account needs an admin', async () => {
    const bad = await expectChannelError(channel().publish(rendition(), account({ appSecret: 'wrong' }), 'x'));
    expect(bad).toMatchObject({ retryable: false, accountNeedsReauth: true, code: 'WECHAT_40125' });
    expect(bad.message).toContain('invalid appsecret');
    const badId = await expectChannelError(channel().publish(rendition(), account({ appId: 'wxnope' }), 'x'));
    expect(badId).toMatchObject({ retryable: false, accountNeedsReauth: true, code: 'WECHAT_40013' });
    expect(sim.drafts).toBe(0);
  });
});

describe('platform errors', () => {
  test('45009 is retryable with a suggested backoff; the retry reuses what was already uploaded', async () => {
    const ch = channel();
    sim.rateLimitNext(1, '/cgi-bin/draft/add');
    const err = await expectChannelError(ch.publish(rendition(), account(), 'rl'));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_45009' });
    expect(err.retryAfterMs).toBeGreaterThan(0);
    expect(sim.drafts).toBe(0);

    await ch.publish(rendition(), account(), 'rl');
    expect(sim.imagesUploaded).toBe(1);
    expect(sim.thumbsUploaded).toBe(1);
    expect(sim.drafts).toBe(1);
    expect(sim.submissions).toBe(1);
  });

  test('minute quota 45011 is retryable too', async () => {
    sim.rateLimitNext(1, '/cgi-bin/freepublish/submit', 45011);
    const err = await expectChannelError(channel().publish(rendition(), account(), 'rl2'));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_45011' });
    expect(sim.submissions).toBe(0);
  });

  test('-1 system busy is retried within the call', async () => {
    sim.busyNext(2, '/cgi-bin/freepublish/submit');
    await channel().publish(rendition(), account(), 'busy');
    expect(sim.submissions).toBe(1);
    expect(sim.requests.filter((r) => r.errcode === -1)).toHaveLength(2);
  });

  test('-1 that outlasts the in-call retries becomes a retryable error', async () => {
    sim.busyNext(3, '/cgi-bin/draft/add');
    const err = await expectChannelError(channel({ busyRetries: 2 }).publish(rendition(), account(), 'busy2'));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_-1' });
    expect(sim.drafts).toBe(0);
  });

  test('content and permission errors fail for good, carrying the platform message', async () => {
    sim.contentErrorNext(53503, '/cgi-bin/freepublish/submit');
    const err = await expectChannelError(channel().publish(rendition(), account(), 'c'));
    expect(err).toMatchObject({ retryable: false, accountNeedsReauth: false, code: 'WECHAT_53503' });
    expect(err.message).toContain('failed the publish check');
    expect(sim.submissions).toBe(0);

    sim.contentErrorNext(48001, '/cgi-bin/draft/add');
    const perm = await expectChannelError(channel().publish(rendition(), account(), 'd'));
    expect(perm).toMatchObject({ retryable: false, code: 'WECHAT_48001' });
    expect(perm.message).toContain('api unauthorized');
  });

  test('an asynchronous publish that fails is reported as failed with fail_idx', async () => {
    const ch = channel();
    sim.failNextPublish([1], 4, 2);
    const { externalId } = await ch.publish(rendition(), account(), 'f');
    expect(await ch.status(externalId, account())).toEqual({ state: 'publishing' });
    expect(await ch.status(externalId, account())).toEqual({ state: 'publishing' });
    const status = await ch.status(externalId, account());
    expect(status.state).toBe('failed');
    expect(status.state === 'failed' && status.message).toMatch(/status 4.*审核不通过.*fail_idx 1/);
    expect(sim.published).toHaveLength(0);
  });

  test('a dropped connection is retryable and nothing was posted', async () => {
    sim.dropNextConnection('/cgi-bin/draft/add');
    const err = await expectChannelError(channel().publish(rendition(), account(), 'drop'));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_NETWORK' });
    expect(sim.drafts).toBe(0);
    expect(sim.submissions).toBe(0);
  });

  test('a timeout is retryable', async () => {
    const ch = channel({ timeoutMs: 150 });
    const { externalId } = await ch.publish(rendition(), account(), 't');
    sim.delayNext(600, '/cgi-bin/freepublish/get');
    const err = await expectChannelError(ch.status(externalId, account()));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_TIMEOUT' });
  });

  test('a submit whose reply was lost is found in the 发表记录 by the retry and recorded, never submitted twice', async () => {
    const ch = channel();
    sim.dropNextConnection('/cgi-bin/freepublish/submit', { after: true });
    const lost = await expectChannelError(ch.publish(rendition(), account(), 'lost'));
    expect(lost.retryable).toBe(true);
    expect(sim.submissions).toBe(1); // the platform did act
    await new Promise((r) => setTimeout(r, 350)); // the platform finishes the job on its own

    const retry = await ch.publish(rendition(), account(), 'lost');
    expect(retry).toEqual({ externalId: `article:${sim.published[0].articleId}`, url: sim.published[0].url });
    expect(sim.drafts).toBe(1);
    expect(sim.submissions).toBe(1);
    expect(sim.published).toHaveLength(1);
    expect(await ch.status(retry.externalId, account())).toEqual({ state: 'published', url: null });
    await ch.retract(retry.externalId, account());
    expect(sim.published[0].deleted).toBe(true);
  });

  test('after a crash: a fresh process resumes the saved draft and finds the article among other traffic (paged)', async () => {
    const saved: Record<string, string> = {};
    const ctx = () => ({ attempt: 2, resume: { ...saved }, checkpoint: async (p: Record<string, string>) => void Object.assign(saved, p) });
    sim.dropNextConnection('/cgi-bin/freepublish/submit', { after: true });
    await expectChannelError(channel().publish(rendition(), account(), 'crash', ctx()));
    expect(saved.draftMediaId).toBeDefined();
    expect(saved.submitAt).toBeDefined();
    // The account publishes 45 other articles meanwhile, with the same title even: only the marker tells ours.
    const other = channel();
    for (let i = 0; i < 45; i++) await other.publish(rendition({ summary: i % 2 ? rendition().summary : `其他摘要${i}` }), account(), `other-${i}`);
    sim.finishAll();

    const found = await channel().publish(rendition(), account(), 'crash', ctx());
    expect(found.externalId).toBe(`article:${sim.published[0].articleId}`);
    expect(sim.submissions).toBe(46);
    expect(sim.batchgetCalls).toBe(3);
  });

  test('a consumed draft whose article is genuinely absent waits for the platform, then goes out once from a fresh draft', async () => {
    const saved: Record<string, string> = {};
    const ctx = () => ({ attempt: 2, resume: { ...saved }, checkpoint: async (p: Record<string, string>) => void Object.assign(saved, p) });
    sim.failNextPublish([1], 3, 0);
    sim.dropNextConnection('/cgi-bin/freepublish/submit', { after: true });
    await expectChannelError(channel().publish(rendition(), account(), 'absent', ctx()));
    const settling = await expectChannelError(channel().publish(rendition(), account(), 'absent', ctx()));
    expect(settling).toMatchObject({ retryable: true, code: 'WECHAT_SUBMIT_SETTLING' });
    expect(settling.retryAfterMs).toBeLessThanOrEqual(15_000);
    expect(sim.submissions).toBe(1);

    const result = await channel({ submitSettleMs: 0 }).publish(rendition(), account(), 'absent', ctx());
    expect(result.pending).toBe(true);
    expect(sim.drafts).toBe(2);
    expect(sim.submissions).toBe(2);
    sim.finishAll();
    expect(sim.published).toHaveLength(1);
  });
});

describe('retraction', () => {
  test('retract deletes the published article once and is idempotent', async () => {
    const ch = channel();
    sim.slowPublishNext(0);
    const { externalId } = await ch.publish(rendition(), account(), 'r');
    await ch.retract(externalId, account());
    expect(sim.deleted).toBe(1);
    expect(sim.published[0].deleted).toBe(true);
    await ch.retract(externalId, account());
    expect(sim.deleted).toBe(1);
    const after = await ch.status(externalId, account());
    expect(after.state).toBe('failed');
  });

  test('retract while still publishing asks to be retried', async () => {
    const ch = channel();
    sim.slowPublishNext(5);
    const { externalId } = await ch.publish(rendition(), account(), 'r2');
    const err = await expectChannelError(ch.retract(externalId, account()));
    expect(err).toMatchObject({ retryable: true, code: 'WECHAT_STILL_PUBLISHING' });
    expect(sim.deleted).toBe(0);
  });

  test('retracting a publish that failed is a no-op', async () => {
    const ch = channel();
    sim.failNextPublish([1], 3, 0);
    const { externalId } = await ch.publish(rendition(), account(), 'r3');
    await ch.retract(externalId, account());
    expect(sim.deleted).toBe(0);
  });
});

describe('validate', () => {
  test('accepts a fitting rendition', () => {
    expect(channel().validate(rendition(), account())).toEqual([]);
  });

  test('names each problem', () => {
    const problems = channel().validate(
      rendition({ title: '长'.repeat(33), html: '<p>x</p><img src="https://gov.example.cn/a.gif">' }),
      { accountId: 'a', name: '空账号', credentials: {} },
    );
    expect(problems).toEqual([
      expect.stringContaining('缺少 appId 或 appSecret'),
      expect.stringContaining('不能超过 32 个字'),
      expect.stringContaining('GIF'),
    ]);
    expect(channel().validate(rendition({ html: `<p>${'字'.repeat(20_000)}</p>` }), account())).toEqual([
      expect.stringContaining('少于 20000 字'),
    ]);
  });
});

describe('callback', () => {
  test('signature: sha1 of sorted token, timestamp, nonce', () => {
    const sig = signWechatRequest('tongfa', '1700000000', '42');
    expect(sig).toMatch(/^[0-9a-f]{40}$/);
    expect(verifyWechatSignature('tongfa', '1700000000', '42', sig)).toBe(true);
    expect(verifyWechatSignature('tongfa', '1700000000', '42', sig.toUpperCase())).toBe(true);
    expect(verifyWechatSignature('tongfa', '1700000001', '42', sig)).toBe(false);
    expect(verifyWechatSignature('other', '1700000000', '42', sig)).toBe(false);
    expect(verifyWechatSignature('tongfa', '1700000000', '42', '')).toBe(false);
    expect(verifyWechatSignature('tongfa', '1700000000', '42', 'x'.repeat(40))).toBe(false);
  });

  test('PUBLISHJOBFINISH pushed by the simulator verifies and parses', async () => {
    const received: Array<{ ok: boolean; body: string }> = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const q = new URL(req.url ?? '/', 'http://x').searchParams;
        const ok = verifyWechatSignature('cb-token', q.get('timestamp') ?? '', q.get('nonce') ?? '', q.get('signature') ?? '');
        received.push({ ok, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(ok ? 200 : 403).end(ok ? 'success' : '');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat/callback`;
    try {
      const ch = channel();
      sim.slowPublishNext(3);
      const { externalId } = await ch.publish(rendition(), account(), 'cb');
      const reply = await sim.sendPublishJobFinish(url, 'cb-token', externalId);
      expect(reply).toEqual({ status: 200, body: 'success' });
      expect(received).toHaveLength(1);
      const event = parsePublishJobFinish(received[0].body);
      expect(event).toMatchObject({ publishId: externalId, status: 0, articleId: sim.published[0].articleId, articleUrl: sim.published[0].url, failIdx: [] });
      expect(publishJobFinishStatus(event!)).toEqual(await ch.status(externalId, account()));

      const wrong = await sim.sendPublishJobFinish(url, 'not-the-token', externalId);
      expect(wrong.status).toBe(403);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  test('handleWechatCallback: handshake, rejection, events pushed by the simulator on its own', async () => {
    const q = (o: Record<string, string>) => new URLSearchParams(o);
    const sig = signWechatRequest('t', '1', '2');
    expect(handleWechatCallback({ method: 'GET', query: q({ signature: sig, timestamp: '1', nonce: '2', echostr: 'hello' }), body: '', token: 't' })).toEqual({ kind: 'handshake', echostr: 'hello' });
    expect(handleWechatCallback({ method: 'GET', query: q({ signature: sig, timestamp: '1', nonce: '3', echostr: 'hello' }), body: '', token: 't' })).toEqual({ kind: 'rejected' });
    expect(handleWechatCallback({ method: 'POST', query: q({ signature: sig, timestamp: '1', nonce: '2' }), body: '<xml><MsgType><![CDATA[text]]></MsgType></xml>', token: 't' })).toEqual({ kind: 'ignored' });

    const outcomes: string[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const outcome = handleWechatCallback({
          method: req.method ?? 'POST',
          query: new URL(req.url ?? '/', 'http://x').searchParams,
          body: Buffer.concat(chunks).toString('utf8'),
          token: 'auto-token',
        });
        outcomes.push(outcome.kind === 'publishJobFinish' ? `${outcome.event.publishId}:${outcome.status.state}` : outcome.kind);
        res.writeHead(outcome.kind === 'rejected' ? 403 : 200).end('success');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
    const pushing = await startWechatSim({ publishPolls: 0, eventCallback: { url, token: 'auto-token' } });
    try {
      const ch = new WechatChannel({ apiBase: pushing.baseUrl, timeoutMs: 2000 });
      const creds = { accountId: 'a', name: 'n', credentials: { appId: pushing.appId, appSecret: pushing.appSecret } };
      const { externalId } = await ch.publish(rendition({ html: '<p>x</p>' }), creds, 'auto');
      for (let i = 0; i < 50 && outcomes.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(outcomes).toEqual([`${externalId}:published`]);
      expect(pushing.callbackErrors).toEqual([]);
    } finally {
      await pushing.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  test('parses the documented samples and ignores other messages', () => {
    const success = `<xml>
<ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName>
<FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>
<CreateTime>1481013459</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[PUBLISHJOBFINISH]]></Event>
<PublishEventInfo>
<publish_id>2247503051</publish_id>
<publish_status>0</publish_status>
<article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvy
WP4Hq4]]></article_id>
<article_detail>
<count>1</count>
<item>
<idx>1</idx>
<article_url><![CDATA[ARTICLE_URL]]></article_url>
</item>
</article_detail>
</PublishEventInfo>
</xml>`;
    expect(parsePublishJobFinish(success)).toEqual({
      publishId: '2247503051',
      status: 0,
      articleId: 'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
      articleUrl: 'ARTICLE_URL',
      articleUrls: ['ARTICLE_URL'],
      failIdx: [],
      toUserName: 'gh_4d00ed8d6399',
      createTime: 1481013459,
    });
    const failed = success
      .replace('<publish_status>0</publish_status>', '<publish_status>2</publish_status>')
      .replace(/<article_id>[\s\S]*<\/article_detail>/, '<fail_idx>1</fail_idx>\n<fail_idx>2</fail_idx>');
    const event = parsePublishJobFinish(failed);
    expect(event).toMatchObject({ status: 2, failIdx: [1, 2] });
    expect(event?.articleId).toBeUndefined();
    expect(publishJobFinishStatus(event!)).toEqual({ state: 'failed', message: expect.stringMatching(/原创声明失败.*fail_idx 1,2/) });

    expect(parsePublishJobFinish(success.replace('PUBLISHJOBFINISH', 'subscribe'))).toBeNull();
    expect(parsePublishJobFinish('<xml><MsgType><![CDATA[text]]></MsgType></xml>')).toBeNull();
    expect(parsePublishJobFinish('not xml')).toBeNull();
  });
});
