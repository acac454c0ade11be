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

test('a text is folded only where it holds traditional characters, whatever it mixes', async () => {
  const table = new Map(TRAD_SIMP.split(/\s+/).filter(Boolean).map((p) => [...p] as [string, string]));
  const fold = (text: string) => [...text].map((c) => table.get(c) ?? c).join('');
  const cases = [
    '关于做好2026年度冬季供暖工作的通知', // simplified only: returned as it came
    '關於做好2026年度冬季供暖工作的通知', // one traditional character among simplified ones
    '各區縣人民政府，市政府各部門：現將《辦法》印發給你們，請認真貫徹執行。', // mostly traditional, repeats
    'abc ＡＢＣ 123', // no Chinese at all
    '',
  ];
  const { rows } = await t.db.pool.query<{ folded: string }>('SELECT search_fold_script(x) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i', [cases]);
  expect(rows.map((r) => r.folded)).toEqual(cases.map(fold));
  expect(rows[2].folded).toBe('各区县人民政府，市政府各部门：现将《办法》印发给你们，请认真贯彻执行。');
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

test('synonyms: admins keep the list; either word finds both, in documents published before and after', async () => {
  const gql = async (query: string, variables: Record<string, unknown>, token: string) => (await t.gql(query, variables, token));
  const before = await publishItem(t, { editor: tok.ed, reviewer: tok.rev }, { title: '城区集中供暖开始时间公告', body: '<p>今年集中供暖将于11月1日开始。</p>', categoryCode: 'tzgg' });
  const found = async (q: string) => (await (await fetch(`${t.url}/search?q=${encodeURIComponent(q)}`)).text());
  expect(await found('暖气')).not.toContain(`/articles/${before}`);

  const SET = 'mutation($g:[[String!]!]!){ setSearchSynonyms(groups:$g) }';
  expect((await gql(SET, { g: [['供暖', '暖气']] }, tok.ed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await gql(SET, { g: [['供暖']] }, tok.adm)).errors?.[0].message).toBe('每组同义词至少两个词');
  expect((await gql(SET, { g: [['供暖', '暖气'], ['暖气', '采暖']] }, tok.adm)).errors?.[0].message).toBe('「暖气」出现在多个同义词组中');
  const set = await gql(SET, { g: [['供暖', '暖气', '采暖']] }, tok.adm);
  expect(set.data).toEqual({ setSearchSynonyms: [['供暖', '暖气', '采暖']] });

  const after = await publishItem(t, { editor: tok.ed, reviewer: tok.rev }, { title: '关于暖气费缴纳的提示', body: '<p>请按时缴纳暖气费。</p>', categoryCode: 'tzgg' });
  for (const q of ['暖气', '供暖', '采暖', '暖氣']) {
    const html = await found(q);
    expect({ q, before: html.includes(`/articles/${before}`), after: html.includes(`/articles/${after}`) }).toEqual({ q, before: true, after: true });
  }
  await gql(SET, { g: [] }, tok.adm);
  expect(await found('暖气')).not.toContain(`/articles/${before}`);
});
