import fs from 'node:fs';
import { README, diagramBlock } from '../../server/docsStates.js';
import { deliverPublication } from '../../workflow/delivery/index.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

/**
 * The state machine through the API: an item is brought into each status the way people do it, then every
 * person-facing operation is tried on it. The expected outcomes are written out here by hand (not read from
 * workflow/transitions.ts), so a wrong row in the table fails this test.
 */
let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  for (const name of ['ed', 'rev']) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

type Status = 'DRAFT' | 'IN_REVIEW' | 'REJECTED' | 'APPROVED' | 'SCHEDULED' | 'PUBLISHING' | 'PUBLISHED' | 'CORRECTING' | 'RETRACTED';
type Op = 'edit' | 'submit' | 'approve' | 'reject' | 'publish' | 'schedule' | 'cancelSchedule' | 'retract' | 'correct';
const X = 'INVALID_TRANSITION';

/** status → operation → resulting status, or INVALID_TRANSITION. */
const EXPECTED: Record<Status, Record<Op, Status | typeof X>> = {
  DRAFT: { edit: 'DRAFT', submit: 'IN_REVIEW', approve: X, reject: X, publish: X, schedule: X, cancelSchedule: X, retract: X, correct: X },
  IN_REVIEW: { edit: 'IN_REVIEW', submit: X, approve: 'APPROVED', reject: 'REJECTED', publish: X, schedule: X, cancelSchedule: X, retract: X, correct: X },
  REJECTED: { edit: 'DRAFT', submit: 'IN_REVIEW', approve: X, reject: X, publish: X, schedule: X, cancelSchedule: X, retract: X, correct: X },
  // The items go to the hub's own channels only, which a release publishes in its own transaction.
  APPROVED: { edit: 'IN_REVIEW', submit: X, approve: X, reject: X, publish: 'PUBLISHED', schedule: 'SCHEDULED', cancelSchedule: X, retract: X, correct: X },
  SCHEDULED: { edit: 'IN_REVIEW', submit: X, approve: X, reject: X, publish: 'PUBLISHED', schedule: 'SCHEDULED', cancelSchedule: 'APPROVED', retract: X, correct: X },
  PUBLISHING: { edit: X, submit: X, approve: X, reject: X, publish: X, schedule: X, cancelSchedule: X, retract: 'RETRACTED', correct: X },
  PUBLISHED: { edit: X, submit: X, approve: X, reject: X, publish: X, schedule: X, cancelSchedule: X, retract: 'RETRACTED', correct: 'CORRECTING' },
  CORRECTING: { edit: 'CORRECTING', submit: X, approve: 'PUBLISHED', reject: 'PUBLISHED', publish: X, schedule: X, cancelSchedule: X, retract: 'RETRACTED', correct: X },
  RETRACTED: { edit: X, submit: X, approve: X, reject: X, publish: X, schedule: X, cancelSchedule: X, retract: X, correct: X },
};

const input = (title = '冬季供暖工作安排') => ({ title, body: `<p>${title}：各单位按时完成供暖设施检修。</p>`, categoryCode: 'gzdt', channels: ['PORTAL', 'APP'] });
const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString();

const OPS: Record<Op, { who: 'ed' | 'rev'; query: string; vars: () => Record<string, unknown> }> = {
  edit: { who: 'ed', query: 'mutation($id:ID!,$i:ContentInput!){ r: updateContent(id:$id, input:$i){ status } }', vars: () => ({ i: input('冬季供暖工作安排（修改）') }) },
  submit: { who: 'ed', query: 'mutation($id:ID!){ r: submitContent(id:$id){ status } }', vars: () => ({}) },
  approve: { who: 'rev', query: 'mutation($id:ID!){ r: reviewContent(id:$id, decision: APPROVE){ status } }', vars: () => ({}) },
  reject: { who: 'rev', query: 'mutation($id:ID!){ r: reviewContent(id:$id, decision: REJECT, comment: "请补充时间"){ status } }', vars: () => ({}) },
  publish: { who: 'ed', query: 'mutation($id:ID!){ r: publishContent(id:$id){ status } }', vars: () => ({}) },
  schedule: { who: 'ed', query: 'mutation($id:ID!,$at:DateTime){ r: publishContent(id:$id, at:$at){ status } }', vars: () => ({ at: tomorrow() }) },
  cancelSchedule: { who: 'ed', query: 'mutation($id:ID!){ r: cancelSchedule(id:$id){ status } }', vars: () => ({}) },
  retract: { who: 'ed', query: 'mutation($id:ID!){ r: retractContent(id:$id, reason: "信息有误"){ status } }', vars: () => ({}) },
  correct: { who: 'ed', query: 'mutation($id:ID!,$i:ContentInput!){ r: correctContent(id:$id, input:$i, note: "更正了检修时间"){ status } }', vars: () => ({ i: input('冬季供暖工作安排（更正）') }) },
};

async function run(op: Op, id: string): Promise<{ status?: Status; code?: string }> {
  const spec = OPS[op];
  const res = await t.gql<{ r: { status: Status } }>(spec.query, { id, ...spec.vars() }, tokens[spec.who]);
  if (res.errors) {
    const { message, extensions } = res.errors[0];
    // What the person reads names the status in Chinese, never by its enum (RETRACTED).
    if (extensions?.code === X) expect(message).toMatch(/^当前状态为「[\u4e00-\u9fa5]+」，不能执行「[^」]+」/);
    return { code: extensions?.code as string | undefined };
  }
  return { status: res.data!.r.status };
}

async function must(op: Op, id: string, status: Status): Promise<void> {
  expect(await run(op, id)).toEqual({ status });
}

/**
 * A scheduled item whose time has come, with one of its two channels delivered by its job and the other not yet:
 * how an item is seen PUBLISHING (a release now publishes the hub's own channels at once).
 */
async function releasedHalfway(id: string): Promise<void> {
  const { rows } = await t.db.pool.query<{ id: string }>(`SELECT id FROM publications WHERE content_id = $1 AND channel = 'PORTAL' AND status = 'PENDING'`, [id]);
  const dayAfter = new Date(Date.now() + 48 * 3600 * 1000);
  expect((await deliverPublication({ ...t.hub.deps, now: () => dayAfter }, t.hub.channels, rows[0].id)).kind).toBe('published');
}

/** A new item in `status`, reached through the API. */
async function itemIn(status: Status): Promise<string> {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: input() }, tokens.ed);
  const id = created.data!.createContent.id;
  if (status === 'DRAFT') return id;
  await must('submit', id, 'IN_REVIEW');
  if (status === 'IN_REVIEW') return id;
  if (status === 'REJECTED') return must('reject', id, 'REJECTED').then(() => id);
  await must('approve', id, 'APPROVED');
  if (status === 'APPROVED') return id;
  if (status === 'SCHEDULED') return must('schedule', id, 'SCHEDULED').then(() => id);
  if (status === 'PUBLISHING') {
    await must('schedule', id, 'SCHEDULED');
    await releasedHalfway(id);
    const { data } = await t.gql<{ content: { status: Status } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.ed);
    expect(data!.content.status).toBe('PUBLISHING');
    return id;
  }
  await must('publish', id, 'PUBLISHED');
  const { data } = await t.gql<{ content: { status: Status } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.ed);
  expect(data!.content.status).toBe('PUBLISHED');
  if (status === 'PUBLISHED') return id;
  if (status === 'CORRECTING') return must('correct', id, 'CORRECTING').then(() => id);
  await must('retract', id, 'RETRACTED');
  return id;
}

const cells = (Object.keys(EXPECTED) as Status[]).flatMap((status) => (Object.keys(EXPECTED[status]) as Op[]).map((op) => [status, op, EXPECTED[status][op]] as const));

test.each(cells)('%s × %s → %s', async (status, op, expected) => {
  const id = await itemIn(status);
  const outcome = await run(op, id);
  expect(outcome).toEqual(expected === X ? { code: X } : { status: expected });
  if (expected === X) {
    // A refused move changes nothing.
    const { data } = await t.gql<{ content: { status: Status } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.ed);
    expect(data!.content.status).toBe(status);
  }
});

test("README's state diagram is the table's rendering (npm run docs:states)", () => {
  expect(fs.readFileSync(README, 'utf8')).toContain(diagramBlock());
});
