import { withIdCheck } from '../gate/fixtures.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
let editor: string;
let reviewer: string;

const ID = withIdCheck('15010219800101123');
const MOBILE = '13812345678';

const CONTENT_FIELDS = 'id status revision approvedRevision verdict findings { id kind type severity text replacement field } publications { channel status url attempts }';

beforeAll(async () => {
  t = await startTestHub();
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
  ]);
  editor = await t.login('ed');
  reviewer = await t.login('rev');
});
afterAll(async () => t.stop());

async function create(input: Record<string, unknown>, token = editor) {
  const res = await t.gql<{ createContent: any }>(`mutation($i: ContentInput!){ createContent(input:$i){ ${CONTENT_FIELDS} } }`, { i: input }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createContent;
}

test('draft in → gate → review → publish → portal page and feeds out, de-identified and sanitized', async () => {
  const body = `<p>申请人：李明，身份证号码：${ID}，联系电话：${MOBILE}。</p><script>alert("x")</script><p onclick="steal()">供暖补贴已于十一月发放。</p>`;
  const created = await create({ title: '供暖补贴发放情况答复', body, categoryCode: 'tzgg', channels: ['PORTAL', 'APP'] });
  expect(created.status).toBe('DRAFT');
  const types = created.findings.map((f: { type: string }) => f.type);
  expect(types).toEqual(expect.arrayContaining(['id_card', 'mobile']));

  const submitted = await t.gql<{ submitContent: any }>('mutation($id:ID!){ submitContent(id:$id){ status } }', { id: created.id }, editor);
  expect(submitted.data?.submitContent.status).toBe('IN_REVIEW');

  const queue = await t.gql<{ reviewQueue: any }>('{ reviewQueue(first: 10){ edges { node { id } } } }', {}, reviewer);
  expect(queue.data?.reviewQueue.edges.map((e: any) => e.node.id)).toContain(created.id);

  const approved = await t.gql<{ reviewContent: any }>('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status approvedRevision } }', { id: created.id }, reviewer);
  expect(approved.data?.reviewContent).toEqual({ status: 'APPROVED', approvedRevision: 1 });

  const published = await t.gql<{ publishContent: any }>('mutation($id:ID!){ publishContent(id:$id){ status } }', { id: created.id }, editor);
  // The hub's own channels are published by the release itself.
  expect(published.data?.publishContent.status).toBe('PUBLISHED');

  const done = await eventually(async () => {
    const res = await t.gql<{ content: any }>(`query($id:ID!){ content(id:$id){ ${CONTENT_FIELDS} publishedAt } }`, { id: created.id }, editor);
    return res.data?.content.status === 'PUBLISHED' ? res.data.content : null;
  });
  expect(done.publications.map((p: any) => [p.channel, p.status]).sort()).toEqual([['APP', 'PUBLISHED'], ['PORTAL', 'PUBLISHED']]);

  const page = await fetch(`${t.url}/articles/${created.id}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('供暖补贴发放情况答复');
  expect(html).toContain('供暖补贴已于十一月发放');
  expect(html).not.toContain(ID);
  expect(html).not.toContain(MOBILE);
  expect(html).not.toContain('李明');
  expect(html).not.toMatch(/<script|alert\(|onclick|steal\(\)/);
  expect(html).toContain(`${ID.slice(0, 6)}********${ID.slice(-4)}`);

  for (const path of ['/feed.json', '/feed.xml']) {
    const feed = await (await fetch(`${t.url}${path}`)).text();
    expect(feed).toContain(created.id);
    expect(feed).not.toContain(ID);
    expect(feed).not.toContain(MOBILE);
    expect(feed).not.toMatch(/<script/i);
  }
  const json = (await (await fetch(`${t.url}/feed.json`)).json()) as { version: string; items: { id: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');

  const home = await (await fetch(`${t.url}/`)).text();
  expect(home).toContain('供暖补贴发放情况答复');
  const category = await (await fetch(`${t.url}/categories/tzgg`)).text();
  expect(category).toContain(`/articles/${created.id}`);
});

test('feeds answer conditional requests with 304 and change their validator when an item is retracted', async () => {
  const first = await fetch(`${t.url}/feed.json`);
  const etag = first.headers.get('etag');
  expect(etag).toBeTruthy();
  const again = await fetch(`${t.url}/feed.json`, { headers: { 'If-None-Match': etag! } });
  expect(again.status).toBe(304);

  const items = ((await first.json()) as { items: { id: string }[] }).items;
  const target = items[0].id;
  const retracted = await t.gql<{ retractContent: any }>('mutation($id:ID!){ retractContent(id:$id, reason:"信息有误"){ status publications { channel status } } }', { id: target }, editor);
  expect(retracted.data?.retractContent.status).toBe('RETRACTED');
  expect(retracted.data?.retractContent.publications.every((p: any) => p.status === 'RETRACTED')).toBe(true);

  const after = await fetch(`${t.url}/feed.json`, { headers: { 'If-None-Match': etag! } });
  expect(after.status).toBe(200);
  expect(((await after.json()) as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(target);
  expect(await (await fetch(`${t.url}/feed.xml`)).text()).not.toContain(target);
  const gone = await fetch(`${t.url}/articles/${target}`);
  expect(gone.status).toBe(410);
  expect(await gone.text()).toContain('信息有误');
});

test('an unknown page is a real 404 page', async () => {
  const res = await fetch(`${t.url}/articles/00000000-0000-4000-8000-000000000000`);
  expect(res.status).toBe(404);
  expect(await res.text()).toMatch(/<h1[^>]*>/);
  expect((await fetch(`${t.url}/no/such/page`)).status).toBe(404);
});

test('health and readiness', async () => {
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  const ready = await fetch(`${t.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});
