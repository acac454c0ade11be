import type { TestHub } from '../helpers/hub.js';
import { hubWithUsers, publishItem } from '../oversight/publishing.js';

/**
 * Migration 0035: a refresh computes the item's search document once. Before, the planner wrote the title and body
 * expressions out twice (once for their columns, once inside search_tokens): synonyms applied 4 times, the item's
 * information text read twice per refresh.
 */
let t: TestHub;
let id: string;
beforeAll(async () => {
  const hub = await hubWithUsers([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  t = hub.t;
  id = await publishItem(t, { editor: hub.tokens.ed, reviewer: hub.tokens.rev }, { title: '关于发放供暖补贴的通知', body: '<p>供暖<strong>补贴</strong>统一发放。</p><p>请各街道按时完成。</p>' });
});
afterAll(async () => t.stop());

test('a forced refresh applies synonyms twice and reads the information text once, and writes the same document', async () => {
  const client = await t.db.pool.connect();
  try {
    await client.query('BEGIN');
    // The test database's role is a superuser: function statistics for this transaction only.
    await client.query(`SET LOCAL track_functions = 'all'`);
    const { rows: [expected] } = await client.query<{ title: string; body: string; tokens: string[] }>(
      `SELECT x.title, x.body, search_tokens(x.title || E'\\n' || x.body) AS tokens FROM (
         SELECT search_synonyms_apply(search_normalize(r.title)) AS title,
                search_synonyms_apply(search_document_text(r.html) || E'\\n' || search_info_text(p.content_id)) AS body
           FROM publications p JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
          WHERE p.content_id = $1 AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED' OFFSET 0) x`, [id]);
    const calls = async (): Promise<Record<string, number>> => Object.fromEntries((await client.query<{ name: string; calls: number }>(
      `SELECT funcname AS name, calls::int AS calls FROM pg_stat_xact_user_functions WHERE funcname LIKE 'search%'`)).rows.map((r) => [r.name, r.calls]));
    const before = await calls();
    await client.query('SELECT search_refresh($1, true)', [id]);
    const after = await calls();
    const ran = (name: string): number => (after[name] ?? 0) - (before[name] ?? 0);
    expect(ran('search_refresh')).toBe(1);
    expect(ran('search_synonyms_apply')).toBe(2);
    expect(ran('search_info_text')).toBe(1);
    expect(ran('search_tokens')).toBe(1);
    const { rows: [doc] } = await client.query<{ title: string; body: string; tokens: string[] }>('SELECT title, body, tokens FROM search_documents WHERE content_id = $1', [id]);
    expect(doc).toEqual(expected);
    expect(doc.body).toContain('补贴');
    await client.query('ROLLBACK');
  } finally {
    client.release();
  }
});
