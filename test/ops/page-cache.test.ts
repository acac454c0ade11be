import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { statementsDuring as countStatements } from '../helpers/statements.js';
import { publishItem } from '../oversight/publishing.js';

let t: TestHub;
let tokens: { editor: string; reviewer: string };
beforeAll(async () => {
  t = await startTestHub();
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  tokens = { editor: await t.login('ed'), reviewer: await t.login('rev') };
});
afterAll(async () => t.stop());

const statementsDuring = (work: () => Promise<unknown>) => countStatements(t.hub.deps.pool, work);

test('portal pages are served from the cache until a publish or retraction changes them', async () => {
  const home = async () => (await fetch(`${t.url}/`)).text();
  await home();
  expect(await statementsDuring(home)).toBe(0);

  const id = await publishItem(t, tokens, { title: '缓存失效测试一', body: '<p>正文。</p>' });
  await eventually(async () => (await home()).includes('缓存失效测试一'));

  const article = () => fetch(`${t.url}/articles/${id}`);
  const first = await article();
  expect(first.status).toBe(200);
  expect(first.headers.get('content-security-policy')).toBeTruthy();
  expect(await statementsDuring(async () => expect((await article()).status).toBe(200))).toBe(0);

  const res = await t.gql('mutation($id:ID!){ retractContent(id:$id, reason:"信息有误"){ status } }', { id }, tokens.editor);
  expect(res.errors).toBeUndefined();
  await eventually(async () => (await article()).status === 410, 5000);
  expect(await home()).not.toContain('缓存失效测试一');
});

test('an article in a sub-column shows the parent column in its breadcrumb', async () => {
  const id = await publishItem(t, tokens, { title: '规划动态子栏目文章', body: '<p>正文。</p>', categoryCode: 'ghdt' });
  const page = await (await fetch(`${t.url}/articles/${id}`)).text();
  const breadcrumb = /<nav class="breadcrumb[^"]*"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
  const labels = [...breadcrumb.matchAll(/<li[^>]*>(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]);
  expect(labels).toEqual(['首页', '法定主动公开内容', '规划动态', '正文']);
});
