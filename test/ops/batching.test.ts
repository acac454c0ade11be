import { createContent } from '../../workflow/content.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { statementsDuring } from '../helpers/statements.js';
import { actorNamed } from '../oversight/fixtures.js';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }]);
});
afterAll(async () => t.stop());

test('contents(first: 20) with titles and categories reads each kind of row in one statement', async () => {
  const editor = await actorNamed(t.hub.deps, 'ed');
  const categories = ['gzdt', 'tzgg'];
  for (let i = 0; i < 20; i++) await createContent(t.hub.deps, editor, { title: `批量读取第${i}条`, body: '<p>正文。</p>', categoryCode: categories[i % 2] });
  const token = await t.login('ed');

  // Count what the request sends through the hub's pool.
  const statements = await statementsDuring(t.hub.deps.pool, async () => {
    const res = await t.gql<{ contents: { edges: { node: { title: string; category: { code: string } } }[] } }>(
      '{ contents(first: 20) { edges { node { id title category { code name } } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.contents.edges.map((e) => e.node);
    expect(nodes).toHaveLength(20);
    expect(new Set(nodes.map((n) => n.title))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `批量读取第${i}条`)));
    for (const n of nodes) expect(n.category.code).toBe(categories[Number(/第(\d+)条/.exec(n.title)![1]) % 2]);
  });
  // The session, the page, its revisions, its categories: 42 statements before batching.
  expect(statements).toBeLessThanOrEqual(5);
});
