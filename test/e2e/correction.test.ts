import { hubChannels } from '../../channels/registry.js';
import { WeiboChannel } from '../../channels/weibo/index.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

/** 更正 end to end: publish → correct → review → the same portal URL and feed item show the corrected text. */
let t: TestHub;
let weibo: WeiboSim;
const tokens: Record<string, string> = {};
const WEIBO_TOKEN = 'weibo-correction-token';

beforeAll(async () => {
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: WEIBO_TOKEN }] });
  const channels = { ...hubChannels(), WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: 'http://portal.test', rateLimitBackoffMs: 200, timeoutMs: 3000 }) };
  t = await startTestHub({ channels });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }, { username: 'over', role: 'overseer' }]);
  for (const name of ['ed', 'rev', 'chan', 'over']) tokens[name] = await t.login(name);
  const account = await t.gql('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', { i: { channel: 'WEIBO', name: '区政府微博', credentials: { accessToken: WEIBO_TOKEN } } }, tokens.chan);
  expect(account.errors).toBeUndefined();
});
afterAll(async () => {
  await t.stop();
  await weibo.close();
});

const TITLE = '关于冬季供暖开栓时间的通知';
const ORIGINAL = '<p>全区集中供暖定于11月15日开栓试水。</p>';
const CORRECTED = '<p>全区集中供暖定于11月13日开栓试水。</p>';
const NOTE = '原文开栓日期“11月15日”有误，更正为“11月13日”。';
const CORRECT = 'mutation($id:ID!,$i:ContentInput!,$n:String!){ correctContent(id:$id, input:$i, note:$n){ status revision approvedRevision } }';
const item = (body: string) => ({ title: TITLE, body, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WEIBO'] });

async function statusOf(id: string): Promise<string> {
  const res = await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.ed);
  return res.data!.content.status;
}
async function portal(id: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${t.url}/articles/${id}`);
  return { status: res.status, html: await res.text() };
}
async function feedItem(id: string): Promise<{ id: string; content_html: string; date_modified: string; date_published: string }[]> {
  const feed = (await (await fetch(`${t.url}/feed.json`)).json()) as { items: { id: string; content_html: string; date_modified: string; date_published: string }[] };
  return feed.items.filter((i) => i.id === id);
}

test('a correction is reviewed while the published text stays live, then replaces it in place with its 更正说明', async () => {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: item(ORIGINAL) }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed);
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 30_000);
  expect(weibo.shared.filter((s) => s.submittedText.includes(TITLE))).toHaveLength(1);
  const before = await portal(id);
  expect(before.html).toContain('11月15日');
  const [feedBefore] = await feedItem(id);

  // The 更正说明 is required: the public is told what changed.
  const noNote = await t.gql(CORRECT, { id, i: item(CORRECTED), n: '  ' }, tokens.ed);
  expect(noNote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const corrected = await t.gql<{ correctContent: { status: string; revision: number; approvedRevision: number } }>(CORRECT, { id, i: item(CORRECTED), n: NOTE }, tokens.ed);
  expect(corrected.data?.correctContent).toEqual({ status: 'CORRECTING', revision: 2, approvedRevision: 1 });

  // Under review: the published page is unchanged, and the reviewer sees a correction against revision 1.
  const during = await portal(id);
  expect(during.status).toBe(200);
  expect(during.html).toContain('11月15日');
  expect(during.html).not.toContain('更正说明');
  const queue = await t.gql<{ reviewQueue: { edges: { node: { id: string } }[] } }>('{ reviewQueue(first: 50){ edges { node { id } } } }', {}, tokens.rev);
  expect(queue.data!.reviewQueue.edges.map((e) => e.node.id)).toContain(id);
  const review = await t.gql<{ content: { correction: { note: string; baseRevision: number; status: string; base: { body: string } } } }>(
    'query($id:ID!){ content(id:$id){ correction { note baseRevision status base { body } } } }', { id }, tokens.rev);
  expect(review.data!.content.correction).toEqual({ note: NOTE, baseRevision: 1, status: 'IN_REVIEW', base: { body: ORIGINAL } });

  const approved = await t.gql<{ reviewContent: { status: string; approvedRevision: number } }>('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status approvedRevision } }', { id }, tokens.rev);
  expect(approved.data?.reviewContent).toEqual({ status: 'PUBLISHED', approvedRevision: 2 });

  // Same URL, corrected text, the note and its date; the old text is gone from the page.
  const after = await portal(id);
  expect(after.status).toBe(200);
  expect(after.html).toContain('11月13日');
  expect(after.html).not.toContain('11月15日开栓试水');
  expect(after.html).toMatch(/<strong>更正说明<\/strong>（<time datetime="\d{4}-\d{2}-\d{2}T[^"]+">\d{4}-\d{2}-\d{2}<\/time>）：原文开栓日期“11月15日”有误/);
  expect(after.html).toContain('data-revision="2"');

  // The feed item keeps its id and publication date, carries the corrected text and note, and is modified later.
  const items = await feedItem(id);
  expect(items).toHaveLength(1);
  expect(items[0].content_html).toContain('11月13日');
  expect(items[0].content_html).toContain('更正说明');
  expect(items[0].date_published).toBe(feedBefore.date_published);
  expect(items[0].content_html).not.toContain('11月15日开栓');

  // Weibo has no edit API: its post stays (it links to the corrected page); nothing was posted again.
  expect(weibo.shared.filter((s) => s.submittedText.includes(TITLE))).toHaveLength(1);

  // Every version is in the audit, with revision numbers.
  const audit = await t.gql<{ auditEvents: { edges: { node: { action: string; revision: number | null } }[] } }>(
    'query($id:ID!){ auditEvents(targetId:$id, first: 50){ edges { node { action revision } } } }', { id }, tokens.over);
  const events = audit.data!.auditEvents.edges.map((e) => `${e.node.action}@${e.node.revision}`);
  expect(events).toEqual(expect.arrayContaining(['content.create@1', 'content.approve@1', 'content.release@1', 'content.correct@2', 'content.correction.approve@2']));
  const corrections = await t.gql<{ content: { corrections: { note: string; revision: number; status: string }[] } }>(
    'query($id:ID!){ content(id:$id){ corrections { note revision status } } }', { id }, tokens.ed);
  expect(corrections.data!.content.corrections).toEqual([{ note: NOTE, revision: 2, status: 'APPLIED' }]);
});

test('a rejected correction leaves the published text and its history as they were', async () => {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { ...item(ORIGINAL), channels: ['PORTAL'] } }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed);
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 30_000);
  await t.gql(CORRECT, { id, i: { ...item(CORRECTED), channels: ['PORTAL'] }, n: NOTE }, tokens.ed);
  const rejected = await t.gql<{ reviewContent: { status: string; approvedRevision: number } }>(
    'mutation($id:ID!){ reviewContent(id:$id, decision: REJECT, comment: "日期与供热公司通知不符"){ status approvedRevision } }', { id }, tokens.rev);
  expect(rejected.data?.reviewContent).toEqual({ status: 'PUBLISHED', approvedRevision: 1 });
  const page = await portal(id);
  expect(page.html).toContain('11月15日');
  expect(page.html).not.toContain('更正说明');
  const res = await t.gql<{ content: { corrections: unknown[]; correction: { status: string } } }>('query($id:ID!){ content(id:$id){ corrections { note } correction { status } } }', { id }, tokens.ed);
  expect(res.data!.content).toEqual({ corrections: [], correction: { status: 'REJECTED' } });
});
