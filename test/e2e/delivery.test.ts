import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { WorkerProcesses } from '../helpers/workers.js';

let t: TestHub;
let editor: string;
let reviewer: string;
let workers: WorkerProcesses;

beforeAll(async () => {
  // The API process runs no worker: delivery happens only in the worker processes this test starts and kills.
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  editor = await t.login('ed');
  reviewer = await t.login('rev');
  workers = new WorkerProcesses({ DATABASE_URL: t.db.url, DATA_DIR: t.config.dataDir, PUBLIC_BASE_URL: t.config.publicBaseUrl });
});
afterAll(async () => {
  await workers.killAll();
  await t.stop();
});
const startWorker = (_name: string) => workers.start();
const kill = (child: ReturnType<typeof startWorker>) => workers.kill(child);

async function approvedItem(title: string): Promise<string> {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title, body: '<p>正文内容。</p>', categoryCode: 'gzdt' } }, editor);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
  const review = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
  expect(review.errors).toBeUndefined();
  return id;
}

/**
 * Releases the item a few seconds ahead: its channels are the hub's own, which a release due now publishes in its
 * own transaction, so a scheduled release is what gives the workers here delivery jobs to run.
 */
async function releaseSoon(id: string): Promise<void> {
  const at = new Date(Date.now() + 2500).toISOString();
  expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at }, editor)).data).toEqual({ publishContent: { status: 'SCHEDULED' } });
}

const statusOf = async (id: string): Promise<string> => (await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [id])).rows[0].status;

/** Deliveries recorded per publication of these items: exactly-once means every count is 1. */
async function deliveries(ids: string[]): Promise<number[]> {
  const { rows } = await t.db.pool.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM audit_events e WHERE e.action = 'publication.published' AND e.target_id = p.id::text) AS n
     FROM publications p WHERE p.content_id = ANY($1) ORDER BY p.id`,
    [ids],
  );
  return rows.map((r) => r.n);
}

test('a release due while no worker runs is delivered once a worker starts', async () => {
  const id = await approvedItem('无人值守时批准的内容');
  await releaseSoon(id);
  await new Promise((r) => setTimeout(r, 3500));
  expect(await statusOf(id)).toBe('SCHEDULED');
  const worker = startWorker('w1');
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 60_000);
  expect(await deliveries([id])).toEqual([1, 1]);
  await kill(worker);
});

test('a worker killed (SIGKILL) before a scheduled release, restarted after it: published exactly once', async () => {
  const worker = startWorker('w2');
  const id = await approvedItem('定时发布的内容');
  const at = new Date(Date.now() + 4000).toISOString();
  expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at }, editor)).data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  await new Promise((r) => setTimeout(r, 1000));
  await kill(worker);
  await new Promise((r) => setTimeout(r, 4000));
  expect(await statusOf(id)).toBe('SCHEDULED');
  const restarted = startWorker('w3');
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 60_000);
  expect(await deliveries([id])).toEqual([1, 1]);
  await kill(restarted);
});

test('a delivery interrupted after its claim is finished by the next worker, once', async () => {
  const id = await approvedItem('投递中断的内容');
  await releaseSoon(id);
  // What a worker killed between its claim and its result leaves behind: the item released, the publication claimed, the job still locked.
  await t.db.pool.query(`UPDATE contents SET status = 'PUBLISHING' WHERE id = $1`, [id]);
  await t.db.pool.query(`UPDATE publications SET status = 'PUBLISHING', attempts = 1 WHERE content_id = $1`, [id]);
  await t.db.pool.query(`UPDATE agenda_jobs SET locked_at = now() WHERE data->>'publicationId' IN (SELECT id::text FROM publications WHERE content_id = $1)`, [id]);
  const worker = startWorker('w4');
  await eventually(async () => (await statusOf(id)) === 'PUBLISHED', 60_000);
  expect(await deliveries([id])).toEqual([1, 1]);
  await kill(worker);
});

test('two workers at once deliver every publication exactly once', async () => {
  const a = startWorker('w5');
  const b = startWorker('w6');
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push(await approvedItem(`并发投递 ${i}`));
  await Promise.all(ids.map((id) => releaseSoon(id)));
  await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === 'PUBLISHED'), 60_000);
  expect(await deliveries(ids)).toEqual(new Array(ids.length * 2).fill(1));
  await Promise.all([kill(a), kill(b)]);
});
