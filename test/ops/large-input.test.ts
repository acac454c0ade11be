import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
});
afterAll(async () => t.stop());

/**
 * The hub runs in this process, so the event loop's longest stall while `work` runs is exactly how long a
 * /healthz request (or any other user's) would have waited.
 */
async function longestStallDuring(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}

/** Creates, submits and approves one 1,000,000-character article; returns the longest stall of each mutation. */
async function createAndApprove(editor: string, reviewer: string, title: string): Promise<{ id: string; create: number; approve: number }> {
  const sentence = '各有关单位要认真做好政务公开工作，及时回应社会关切。';
  const body = `<p>${sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000 - 7)}</p>`;
  let id = '';
  const create = await longestStallDuring(async () => {
    const res = await t.gql<{ createContent: { id: string; verdict: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id verdict } }', { i: { title, body, categoryCode: 'gzdt' } }, editor);
    expect(res.errors).toBeUndefined();
    id = res.data!.createContent.id;
  });
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
  const approve = await longestStallDuring(async () => {
    const res = await t.gql<{ reviewContent: { status: string } }>('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
    expect(res.data?.reviewContent.status).toBe('APPROVED');
  });
  return { id, create, approve };
}

test('a 1,000,000-character article is created and approved while /healthz keeps answering', async () => {
  const editor = await t.login('ed');
  const reviewer = await t.login('rev');
  // Twice, and the lesser stall of each step is held to the bound. The gate and the rendering take most of a
  // second each on this input (seconds on a loaded machine): done on the event loop they stall it that long
  // EVERY time, so both runs would exceed the bound. A single stall of a second or more does also come, rarely,
  // from a full garbage collection of the test process under a loaded machine (seen once in a CI run beside
  // other suites); it does not come twice in a row on the same step.
  const first = await createAndApprove(editor, reviewer, '长文测试一');
  const second = await createAndApprove(editor, reviewer, '长文测试二');
  console.log(JSON.stringify({ first, second }));
  expect(Math.min(first.create, second.create)).toBeLessThan(500);
  expect(Math.min(first.approve, second.approve)).toBeLessThan(500);
  const rendition = await t.db.pool.query<{ n: number }>('SELECT length(html)::int AS n FROM renditions WHERE content_id = $1', [second.id]);
  expect(rendition.rows[0].n).toBeGreaterThan(990_000);
});
