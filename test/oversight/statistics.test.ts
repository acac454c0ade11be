import type { Pool } from '../../store/db.js';
import type { TestHub } from '../helpers/hub.js';
import { gqlData, hubWithUsers, publishItem } from './publishing.js';

/*
 * Fixtures with controlled timestamps, written in SQL: the workflow stamps everything with the present,
 * and the report is about the past. Audit events are appended as the hub appends them, so the chainer
 * seals them and the chain stays intact for whatever else reads it.
 */

let t: TestHub;
let tok: Record<string, string>;
const ids: Record<string, string> = {};

async function appendAuditAt(pool: Pool, at: string, action: string, targetId: string, details: Record<string, string> = {}, targetType = 'content'): Promise<void> {
  // Appended as the hub appends (a sequence number, no hash); the chainer seals it like any other event.
  await pool.query(
    `INSERT INTO audit_events (seq, at, actor, action, target_type, target_id, revision, unit_code, details) VALUES (nextval('audit_events_seq'), $1, 'fixture', $2, $3, $4, 1, NULL, $5)`,
    [new Date(at), action, targetType, targetId, JSON.stringify(details)],
  );
}

/** A content with one approved revision and the given publications; returns its id. */
async function item(pool: Pool, spec: { unit: string; category: string; publications: [string, string | null][]; retractedAt?: string }): Promise<string> {
  const author = (await pool.query<{ id: string; unit_id: string }>(`SELECT u.id, u.unit_id FROM users u JOIN units n ON n.id = u.unit_id WHERE n.code = $1 AND u.role = 'editor'`, [spec.unit])).rows[0];
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO contents (unit_id, author_id, category_code, status, revision, approved_revision, channels, retracted_at)
     VALUES ($1, $2, $3, $4, 1, 1, $5, $6) RETURNING id`,
    [author.unit_id, author.id, spec.category, spec.retractedAt ? 'RETRACTED' : 'PUBLISHED', spec.publications.map(([channel]) => channel), spec.retractedAt ?? null],
  );
  const id = rows[0].id;
  await pool.query(`INSERT INTO content_revisions (content_id, revision, title, body_html, content_hash, created_by) VALUES ($1, 1, '统计样本', '<p>统计样本</p>', 'h', $2)`, [id, author.id]);
  await pool.query(`INSERT INTO renditions (content_id, revision, title, html, summary) VALUES ($1, 1, '统计样本', '<p>统计样本</p>', '')`, [id]);
  for (const [channel, publishedAt] of spec.publications) {
    await pool.query(
      `INSERT INTO publications (content_id, revision, channel, idempotency_key, status, not_before, published_at)
       VALUES ($1, 1, $2, $3, $4, now(), $5)`,
      [id, channel, `${id}:1:${channel}:hub`, publishedAt ? (spec.retractedAt ? 'RETRACTED' : 'PUBLISHED') : 'FAILED', publishedAt],
    );
  }
  return id;
}

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([
    { username: 'ed-city', role: 'editor', unit: 'city' },
    { username: 'rev-city', role: 'reviewer', unit: 'city' },
    { username: 'cadm-city', role: 'channel_admin', unit: 'city' },
    { username: 'ed-county', role: 'editor', unit: 'county' },
    { username: 'ovs', role: 'overseer' },
  ]));
  const pool = t.db.pool;
  // Times with +08:00 are Shanghai wall-clock times: the year's edges are where time zones bite.
  ids.i1 = await item(pool, { unit: 'city', category: 'tzgg', publications: [['PORTAL', '2025-01-10T10:00:00+08:00'], ['APP', '2025-01-10T10:00:00+08:00']] });
  ids.i2 = await item(pool, { unit: 'city', category: 'zcwj', publications: [['PORTAL', '2025-03-05T09:00:00+08:00'], ['WECHAT', '2025-03-06T09:00:00+08:00']], retractedAt: '2025-04-01T09:00:00+08:00' });
  ids.i3 = await item(pool, { unit: 'county', category: 'tzgg', publications: [['PORTAL', '2025-03-20T09:00:00+08:00']] });
  ids.i4 = await item(pool, { unit: 'city', category: 'tzgg', publications: [['PORTAL', '2024-12-31T23:30:00+08:00']] });
  ids.i5 = await item(pool, { unit: 'city', category: 'gzdt', publications: [['PORTAL', '2025-12-31T23:30:00+08:00']] });
  ids.i6 = await item(pool, { unit: 'county', category: 'tzgg', publications: [['PORTAL', '2025-01-01T00:10:00+08:00']] });
  ids.i7 = await item(pool, { unit: 'city', category: 'tzgg', publications: [['WECHAT', null]] });

  await appendAuditAt(pool, '2025-01-08T02:00:00Z', 'content.submit', ids.i1);
  await appendAuditAt(pool, '2025-01-08T04:00:00Z', 'content.approve', ids.i1); // 2 h
  await appendAuditAt(pool, '2025-02-01T00:00:00Z', 'content.submit', ids.i2);
  await appendAuditAt(pool, '2025-02-01T10:00:00Z', 'content.reject', ids.i2); // 10 h
  await appendAuditAt(pool, '2025-02-02T00:00:00Z', 'content.submit', ids.i2);
  await appendAuditAt(pool, '2025-02-02T05:00:00Z', 'content.update', ids.i2, { from: 'IN_REVIEW', to: 'IN_REVIEW' }); // does not restart the clock
  await appendAuditAt(pool, '2025-02-02T12:00:00Z', 'content.approve.first', ids.i2); // not a final decision
  await appendAuditAt(pool, '2025-02-03T00:00:00Z', 'content.approve', ids.i2); // 24 h
  await appendAuditAt(pool, '2025-03-19T00:00:00Z', 'content.submit', ids.i3);
  await appendAuditAt(pool, '2025-03-19T06:00:00Z', 'content.approve', ids.i3); // 6 h, county
  await appendAuditAt(pool, '2024-12-30T00:00:00Z', 'content.submit', ids.i4);
  await appendAuditAt(pool, '2024-12-30T01:00:00Z', 'content.approve', ids.i4); // 2024
  await appendAuditAt(pool, '2025-05-05T00:00:00Z', 'publication.failed', ids.i7, { contentId: ids.i7, channel: 'WECHAT' }, 'publication');
  await appendAuditAt(pool, '2024-06-01T00:00:00Z', 'publication.failed', ids.i4, { contentId: ids.i4, channel: 'PORTAL' }, 'publication');
});
afterAll(async () => t.stop());

const STATS = `query($year: Int, $from: String, $to: String, $unit: String) {
  disclosureStatistics(year: $year, from: $from, to: $to, unitCode: $unit) {
    from to unitCode published
    byCategory { key label count } byChannel { key label count } byUnit { key label count } byMonth { key count }
    reviews { approved rejected medianReviewSeconds medianReviewHours }
    publicationFailures failuresByChannel { key count } retractions
  }
}`;

const stats = async (token: string, variables: Record<string, unknown>) => (await gqlData<{ disclosureStatistics: any }>(t, STATS, variables, token)).disclosureStatistics;

test('a year for all units: disclosure by category, channel, unit and month, reviews, failures, retractions', async () => {
  const s = await stats(tok.ovs, { year: 2025 });
  expect(s).toMatchObject({ from: '2025-01-01', to: '2025-12-31', unitCode: null, published: 5, retractions: 1, publicationFailures: 1 });
  expect(s.byCategory).toEqual([
    { key: 'tzgg', label: '通知公告', count: 3 },
    { key: 'gzdt', label: '工作动态', count: 1 },
    { key: 'zcwj', label: '政策文件', count: 1 },
  ]);
  expect(s.byChannel).toEqual([
    { key: 'PORTAL', label: '政府网站', count: 5 },
    { key: 'APP', label: '政务客户端', count: 1 },
    { key: 'WECHAT', label: '政务微信', count: 1 },
  ]);
  expect(s.byUnit).toEqual([{ key: 'city', label: 'city', count: 3 }, { key: 'county', label: 'county', count: 2 }]);
  expect(s.byMonth).toHaveLength(12);
  expect(s.byMonth.filter((m: { count: number }) => m.count > 0)).toEqual([{ key: '2025-01', count: 2 }, { key: '2025-03', count: 2 }, { key: '2025-12', count: 1 }]);
  // Review times 2 h, 10 h, 24 h, 6 h → median 8 h.
  expect(s.reviews).toEqual({ approved: 3, rejected: 1, medianReviewSeconds: 8 * 3600, medianReviewHours: 8 });
  expect(s.failuresByChannel).toEqual([{ key: 'WECHAT', count: 1 }]);
});

test('any range; an overseer may narrow to one unit, unit roles always get their own', async () => {
  const q1 = await stats(tok.ovs, { from: '2025-01-01', to: '2025-03-31', unit: 'county' });
  expect(q1).toMatchObject({ unitCode: 'county', published: 2, retractions: 0, publicationFailures: 0 });
  expect(q1.byMonth.map((m: { key: string }) => m.key)).toEqual(['2025-01', '2025-02', '2025-03']);
  expect(q1.reviews).toEqual({ approved: 1, rejected: 0, medianReviewSeconds: 6 * 3600, medianReviewHours: 6 });

  for (const name of ['ed-city', 'rev-city', 'cadm-city']) {
    const own = await stats(tok[name], { year: 2025 });
    expect(own).toMatchObject({ unitCode: 'city', published: 3, retractions: 1, publicationFailures: 1 });
    expect(own.reviews).toMatchObject({ approved: 2, rejected: 1, medianReviewSeconds: 10 * 3600 });
  }
  const lastDay = await stats(tok.ovs, { from: '2024-12-31', to: '2024-12-31' });
  expect(lastDay.published).toBe(1);
  expect(lastDay.byMonth).toEqual([{ key: '2024-12', count: 1 }]);
});

test('RBAC and input checks on the query', async () => {
  const code = async (variables: Record<string, unknown>, token: string | null) => (await t.gql(STATS, variables, token)).errors?.[0].extensions?.code;
  expect(await code({ year: 2025 }, null)).toBe('UNAUTHENTICATED');
  expect(await code({ year: 2025, unit: 'county' }, tok['ed-city'])).toBe('FORBIDDEN');
  expect(await code({ year: 2025, unit: 'county' }, tok['cadm-city'])).toBe('FORBIDDEN');
  expect(await code({ year: 2025, unit: 'nowhere' }, tok.ovs)).toBe('BAD_USER_INPUT');
  expect(await code({ from: '2025-01-01' }, tok.ovs)).toBe('BAD_USER_INPUT');
  expect(await code({ from: '2025-02-30', to: '2025-03-01' }, tok.ovs)).toBe('BAD_USER_INPUT');
  expect(await code({ from: '2025-03-01', to: '2025-02-01' }, tok.ovs)).toBe('BAD_USER_INPUT');
  expect(await code({ year: 2025, from: '2025-01-01', to: '2025-02-01' }, tok.ovs)).toBe('BAD_USER_INPUT');
  expect(await code({ from: '2000-01-01', to: '2025-01-01' }, tok.ovs)).toBe('BAD_USER_INPUT');
});

test('CSV export with a bearer token, the same figures and the same rules', async () => {
  const get = (query: string, token?: string) => fetch(`${t.url}/stats/disclosure.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const anonymous = await get('from=2025-01-01&to=2025-12-31');
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  expect((await get('year=2025&unit=county', tok['ed-city'])).status).toBe(403);
  expect((await get('from=2025-13-01&to=2025-12-31', tok.ovs)).status).toBe(400);
  expect((await get('from=2025-01-01&from=2025-02-01&to=2025-12-31', tok.ovs)).status).toBe(400);

  const res = await get('from=2025-01-01&to=2025-12-31', tok.ovs);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.headers.get('content-disposition')).toContain('disclosure-2025-01-01-2025-12-31.csv');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
  expect(lines[0]).toBe('section,key,label,value');
  expect(lines).toEqual(expect.arrayContaining([
    'summary,published,主动公开信息数,5',
    'category,tzgg,通知公告,3',
    'channel,WECHAT,政务微信,1',
    'unit,county,county,2',
    'month,2025-02,2025-02,0',
    'review,approved,审核通过,3',
    'review,rejected,审核退回,1',
    'review,median_hours,审核用时中位数（小时）,8.00',
    'failures,total,发布失败,1',
    'retractions,total,撤回,1',
  ]));
  expect(lines.filter((l) => l.startsWith('month,'))).toHaveLength(12);
  const own = await (await get('year=2025', tok['rev-city'])).text();
  expect(own).toContain('range,unit,单位,city');
  expect(own).toContain('summary,published,主动公开信息数,3');
});

test('what the workflow records today is counted today', async () => {
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const before = await stats(tok['ed-city'], { from: today, to: today });
  await publishItem(t, { editor: tok['ed-city'], reviewer: tok['rev-city'] }, { title: '今日工作动态', body: '<p>今日工作动态。</p>', categoryCode: 'gzdt', channels: ['PORTAL', 'APP'] });
  const after = await stats(tok['ed-city'], { from: today, to: today });
  expect(after.published).toBe(before.published + 1);
  expect(after.reviews.approved).toBe(before.reviews.approved + 1);
  expect(after.reviews.medianReviewSeconds).toBeGreaterThanOrEqual(0);
  expect(after.byChannel.find((c: { key: string }) => c.key === 'APP')?.count).toBe(1);
});
