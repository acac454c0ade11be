import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

const TOKEN = 'metrics-test-token-0123456789';
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ env: { METRICS_TOKEN: TOKEN } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
});
afterAll(async () => t.stop());

async function scrape(): Promise<string> {
  const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one series in the exposition text; 0 when the series does not exist yet. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

test('/metrics needs the token', async () => {
  expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
  expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
});

test('after a known sequence the counters say what happened', async () => {
  const before = await scrape();
  const editor = await t.login('ed');
  const reviewer = await t.login('rev');
  // One personal mobile number in the body: one finding of the gate, which runs once (on create).
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '指标测试', body: '<p>申请人联系电话：13812345678。</p>', categoryCode: 'gzdt' } }, editor);
  const id = created.data!.createContent.id;
  // Reviewing a draft is an invalid transition: one GraphQL operation with outcome error.
  expect((await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ status } }', { id }, editor);
  await eventually(async () => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [id])).rows[0].status === 'PUBLISHED');

  const after = await scrape();
  const delta = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);

  expect(delta('tongfa_gate_findings_total', { kind: 'pii', type: 'mobile', severity: 'warn' })).toBe(1);
  expect(delta('tongfa_gate_duration_seconds_count')).toBe(1);
  expect(delta('tongfa_graphql_operation_duration_seconds_count', { type: 'mutation', operation: 'createContent', outcome: 'ok' })).toBe(1);
  expect(delta('tongfa_graphql_operation_duration_seconds_count', { type: 'mutation', operation: 'reviewContent', outcome: 'error' })).toBe(1);
  expect(delta('tongfa_graphql_operation_duration_seconds_count', { type: 'mutation', operation: 'reviewContent', outcome: 'ok' })).toBe(1);
  expect(delta('tongfa_graphql_operation_duration_seconds_count', { type: 'mutation', operation: 'login', outcome: 'ok' })).toBe(2);
  // login ×2, create, review ×2, submit, publish: seven POSTs to /graphql answered 200.
  expect(delta('tongfa_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' })).toBe(7);
  for (const channel of ['PORTAL', 'APP']) {
    expect(delta('tongfa_delivery_runs_total', { job: 'delivery', channel, outcome: 'published' })).toBe(1);
    expect(delta('tongfa_delivery_attempts_count', { channel, outcome: 'published' })).toBe(1);
    expect(delta('tongfa_delivery_attempts_sum', { channel, outcome: 'published' })).toBe(1);
    expect(delta('tongfa_release_lateness_seconds_count', { channel })).toBe(1);
  }
  expect(value(after, 'tongfa_db_pool_connections', { pool: 'test-hub', state: 'total' })).toBeGreaterThanOrEqual(1);
  expect(after).toContain('# TYPE tongfa_job_queue_lag_seconds gauge');
});
