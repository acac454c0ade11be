import type { TestHub } from '../helpers/hub.js';
import { TRAD_SIMP } from '../../review/tradSimp.js';
import { hubWithUsers, publishItem } from '../oversight/publishing.js';
import { STAFF } from './staff.js';

let t: TestHub;
let tok: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers(STAFF));
});
afterAll(async () => t.stop());

test('the search folding table in the database is the gate\'s traditional → simplified table', async () => {
  const pairs = TRAD_SIMP.split(/\s+/).filter(Boolean).map((p) => [...p]);
  const { rows } = await t.db.pool.query<{ folded: string }>('SELECT search_fold_script($1) AS folded', [pairs.map((p) => p[0]).join('')]);
  // Where a traditional form appears twice in the table the first pair wins, as in the gate.
  const first = new Map<string, string>();
  for (const [trad, simp] of pairs) if (!first.has(trad)) first.set(trad, simp);
  expect(rows[0].folded).toBe(pairs.map((p) => first.get(p[0])).join(''));
});

test('traditional script and full-width forms find the simplified text', async () => {
  const id = await publishItem(t, { editor: tok.ed, reviewer: tok.rev }, { title: '关于发放2026年度供暖补贴的通知', body: '<p>符合条件的居民可申请供暖补贴。</p>', categoryCode: 'tzgg' });
  for (const q of ['補貼', '供暖補貼', '２０２６年度', '發放']) {
    const html = await (await fetch(`${t.url}/search?q=${encodeURIComponent(q)}`)).text();
    expect({ q, found: html.includes(`/articles/${id}`) }).toEqual({ q, found: true });
  }
  const none = await (await fetch(`${t.url}/search?q=${encodeURIComponent('暖氣費')}`)).text();
  expect(none).not.toContain(`/articles/${id}`);
});
