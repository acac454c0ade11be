import { createPool } from '../../store/db.js';
import { searchPublishedItems } from '../../store/search.js';
import { estimateDocumentsWith } from '../../store/searchEstimate.js';
import type { TestHub } from '../helpers/hub.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishItem } from './publishing.js';

let t: TestHub;
let tokens: { editor: string; reviewer: string };
const ids: Record<string, string> = {};

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  searchPublished(query: $q, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title url titleHits bodyHits categoryName unitName } }
  }
}`;

interface Hit { id: string; title: string; url: string; titleHits: number; bodyHits: number }
interface SearchResult { searchPublished: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Hit }[] } }

async function search(q: string, first?: number, after?: string | null): Promise<SearchResult['searchPublished']> {
  return (await gqlData<SearchResult>(t, SEARCH, { q, first, after }, tokens.editor)).searchPublished;
}
const titles = async (q: string) => (await search(q, 50)).edges.map((e) => e.node.title);

beforeAll(async () => {
  const hub = await hubWithUsers([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  t = hub.t;
  tokens = { editor: hub.tokens.ed, reviewer: hub.tokens.rev };
  const publish = async (key: string, title: string, body: string) => { ids[key] = await publishItem(t, tokens, { title, body }); };
  // Published in this order, so that recency breaks ties the other way round from creation.
  await publish('bodyOnce', '冬季工作安排', '<p>今年的补贴标准不变。</p>');
  await publish('bodyThrice', '城区集中供热情况说明', '<p>供暖补贴、采暖补贴和燃气补贴统一发放。</p>');
  await publish('titleOnce', '关于发放供暖补贴的通知', '<p>请各街道按时完成发放工作。</p>');
  await publish('titleAndBody', '老年人补贴申领指南', '<p>补贴对象：年满80周岁的老年人。补贴标准见附件。</p>');
  await publish('inline', '社区服务公告', '<p>本周起恢复集中<strong>供</strong>暖，请居民留意。</p>');
  await publish('paragraphs', '办事指南汇编', '<p>住房公积金</p><p>补充说明见下文。</p>');
  await publish('fullwidth', '空气质量通报', '<p>本月ＰＭ２．５平均浓度下降。</p>');
  await publish('retracted', '补贴资金拨付公示（有误）', '<p>补贴资金已拨付。</p>');
  await gqlData(t, 'mutation($id:ID!){ retractContent(id:$id, reason:"数据有误"){ status } }', { id: ids.retracted }, tokens.editor);
  // Never public: a draft, an item in review and an approved item not released.
  await gqlData(t, 'mutation($i: ContentInput!){ createContent(input:$i){ id } }', { i: { title: '补贴草稿', body: '<p>补贴</p>', categoryCode: 'tzgg', channels: ['PORTAL'] } }, tokens.editor);
  await createAndSubmit(t, tokens.editor, { title: '补贴待审稿件', body: '<p>补贴</p>' });
  await approve(t, tokens.reviewer, await createAndSubmit(t, tokens.editor, { title: '补贴已审未发', body: '<p>补贴</p>' }));
});
afterAll(async () => t.stop());

test('a two-character word is found in titles and bodies, title hits first, then by number of hits, then newest', async () => {
  expect(await titles('补贴')).toEqual([
    '老年人补贴申领指南', // title 1 + body 2
    '关于发放供暖补贴的通知', // title 1
    '城区集中供热情况说明', // body 3
    '冬季工作安排', // body 1
  ]);
  const hits = (await search('补贴')).edges.map((e) => e.node);
  expect(hits[0]).toMatchObject({ titleHits: 1, bodyHits: 2, url: `http://portal.test/articles/${ids.titleAndBody}` });
  expect(hits[2]).toMatchObject({ titleHits: 0, bodyHits: 3 });
  expect(await titles('供暖')).toEqual(['关于发放供暖补贴的通知', '社区服务公告', '城区集中供热情况说明']);
});

test('drafts, items in review, approved but unreleased and retracted items are never found', async () => {
  const all = await titles('补贴');
  for (const title of ['补贴草稿', '补贴待审稿件', '补贴已审未发', '补贴资金拨付公示（有误）']) expect(all).not.toContain(title);
  expect((await search('拨付')).totalCount).toBe(0);
});

test('longer words match only as a whole; several terms must all match; markup and width do not hide a word', async () => {
  expect(await titles('供暖补贴')).toEqual(['关于发放供暖补贴的通知', '城区集中供热情况说明']);
  expect(await titles('采暖')).toEqual(['城区集中供热情况说明']);
  expect(await titles('补贴 老年人')).toEqual(['老年人补贴申领指南']);
  expect(await titles('补贴　通知')).toEqual(['关于发放供暖补贴的通知']); // ideographic space
  expect(await titles('金补')).toEqual([]); // 公积金 | 补充 are separate paragraphs
  expect(await titles('pm2.5')).toEqual(['空气质量通报']);
  expect(await titles('暖')).toEqual(['关于发放供暖补贴的通知', '城区集中供热情况说明', '社区服务公告']); // 供暖 + 采暖 = 2 hits
  expect(await titles('不存在的词')).toEqual([]);
});

test('pagination walks the ranking without repeats and knows the total', async () => {
  const first = await search('补贴', 3);
  expect(first.totalCount).toBe(4);
  expect(first.edges).toHaveLength(3);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = await search('补贴', 3, first.pageInfo.endCursor);
  expect(second.edges.map((e) => e.node.title)).toEqual(['冬季工作安排']);
  expect(second.pageInfo.hasNextPage).toBe(false);
  expect(second.totalCount).toBe(4);
});

test('the API search wants a signed-in user and a sane query', async () => {
  const anonymous = await t.gql(SEARCH, { q: '补贴' });
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  for (const [q, extra] of [['  ', {}], ['补'.repeat(101), {}], ['补贴', { first: 0 }], ['补贴', { after: 'not-a-cursor' }]] as const) {
    const res = await t.gql(SEARCH, { q, ...extra }, tokens.editor);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  }
});

test('the portal search page shows the ranked results, paginated, and never the retracted item', async () => {
  const html = await (await fetch(`${t.url}/search?q=${encodeURIComponent('补贴')}`)).text();
  expect(html).toContain('共找到 4 条');
  const order = ['老年人补贴申领指南', '关于发放供暖补贴的通知', '城区集中供热情况说明', '冬季工作安排'].map((title) => html.indexOf(title.replace('补贴', '<mark>补贴</mark>')));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(html).not.toContain('拨付公示');
  const tooMany = await fetch(`${t.url}/search?q=${encodeURIComponent('a b c d e f g h i')}`);
  expect(tooMany.status).toBe(200);
  expect(await tooMany.text()).toContain('未找到');
});

test('past the exact-ranking threshold: newest first, an estimated total, still only published matches', async () => {
  // Three published items hold 供暖; a threshold of one candidate sends them down the common-word path.
  const common = await searchPublishedItems(t.db.pool, ['供暖'], { offset: 0, limit: 20 }, 1);
  expect(common.estimated).toBe(true);
  // Published in the order bodyThrice, titleOnce, inline: newest first, whatever the title says.
  expect(common.items.map((i) => i.contentId)).toEqual([ids.inline, ids.titleOnce, ids.bodyThrice]);
  expect(common.items[1]).toMatchObject({ titleHits: 1, bodyHits: 0 });
  expect(common.items[2]).toMatchObject({ titleHits: 0, bodyHits: 1 });
  // The estimate comes from the token statistics, never below the candidates the probe counted.
  expect(common.total).toBeGreaterThanOrEqual(2);
  const second = await searchPublishedItems(t.db.pool, ['供暖'], { offset: 1, limit: 1 }, 1);
  expect(second.items.map((i) => i.contentId)).toEqual([ids.titleOnce]);
  // Retracted and never-published items stay out on this path too.
  const subsidy = (await searchPublishedItems(t.db.pool, ['补贴'], { offset: 0, limit: 20 }, 0)).items.map((i) => i.contentId);
  expect(subsidy).toEqual([ids.titleAndBody, ids.titleOnce, ids.bodyThrice, ids.bodyOnce]);
  // A term whose n-grams are all there but not the term itself is no match.
  expect((await searchPublishedItems(t.db.pool, ['补贴供暖'], { offset: 0, limit: 20 }, 0)).items).toEqual([]);
  // Under the threshold the same search is ranked (title first) and counted exactly.
  const exact = await searchPublishedItems(t.db.pool, ['供暖'], { offset: 0, limit: 20 });
  expect({ estimated: exact.estimated, total: exact.total }).toEqual({ estimated: false, total: 3 });
  expect(exact.items.map((i) => i.contentId)).toEqual([ids.titleOnce, ids.inline, ids.bodyThrice]);
});

test('the estimate is read from the token statistics: a common token gets its share of the rows, a rare one none', async () => {
  await t.db.pool.query('ANALYZE search_documents');
  // A pool of its own: the hub's pool may hold a copy read before this ANALYZE for up to a minute.
  const fresh = createPool(t.db.url, 1);
  try {
    const counted = async (tokens: string[]) =>
      (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM search_documents WHERE tokens @> $1::text[]', [tokens])).rows[0].n;
    // ANALYZE reads every row of so small a table, so the shares are exact.
    expect(await estimateDocumentsWith(fresh, ['补贴'])).toBe(await counted(['补贴']));
    expect(await counted(['补贴'])).toBe(4);
    // Two tokens: taken as independent, as the planner does (4 and 3 of the documents).
    const docs = (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM search_documents')).rows[0].n;
    expect(await estimateDocumentsWith(fresh, ['补贴', '供暖'])).toBe(Math.round((4 / docs) * (3 / docs) * docs));
    expect(await estimateDocumentsWith(fresh, ['量子'])).toBeNull();
  } finally {
    await fresh.end();
  }
});

test('search_rank takes a word the estimate puts far past the cap as common without counting; otherwise it counts', async () => {
  const rank = async (estimate: number | null) =>
    (await t.db.pool.query<{ total: number; estimated: boolean }>(`SELECT total, estimated FROM search_rank(ARRAY['供暖'], ARRAY['供暖'], 0, 20, 2, $1)`, [estimate])).rows;
  // Three documents hold 供暖. An estimate of 5 is past twice the cap of 2: listed newest first, total as estimated.
  const common = await rank(5);
  expect(common.map((r) => r.total)).toEqual([5, 5, 5]);
  expect(common.every((r) => r.estimated)).toBe(true);
  // An estimate within twice the cap (or none) is checked by counting: 3 candidates pass the cap of 2, so the
  // capped path, with the counted total where it is the larger.
  expect((await rank(4)).map((r) => [r.total, r.estimated])).toEqual([[4, true], [4, true], [4, true]]);
  expect((await rank(null)).map((r) => [r.total, r.estimated])).toEqual([[3, true], [3, true], [3, true]]);
  const exact = await t.db.pool.query<{ total: number; estimated: boolean }>(`SELECT total, estimated FROM search_rank(ARRAY['供暖'], ARRAY['供暖'], 0, 20, 3, 6)`);
  expect(exact.rows.map((r) => [r.total, r.estimated])).toEqual([[3, false], [3, false], [3, false]]);
});

test('the index follows the rendition and the publications, and the planner can use it', async () => {
  const pool = t.db.pool;
  await pool.query(`UPDATE renditions SET title = '冬季供暖安排' WHERE content_id = $1`, [ids.bodyOnce]);
  expect(await titles('供暖')).toContain('冬季供暖安排');
  await pool.query(`UPDATE publications SET status = 'FAILED' WHERE content_id = $1`, [ids.inline]);
  expect(await titles('供暖')).not.toContain('社区服务公告');
  await pool.query(`UPDATE publications SET status = 'PUBLISHED' WHERE content_id = $1`, [ids.inline]);
  expect(await titles('供暖')).toContain('社区服务公告');

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Eight rows are a seq scan's job; with that option off, the plan shows the index is usable at all.
    await client.query('SET LOCAL enable_seqscan = off');
    const plan = await client.query(`EXPLAIN SELECT content_id FROM search_documents WHERE tokens @> ARRAY['补贴']`);
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('search_documents_tokens_idx');
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});
