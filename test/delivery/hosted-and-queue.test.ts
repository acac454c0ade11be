import type { Channel } from '../../channels/Channel.js';
import { hubChannels } from '../../channels/registry.js';
import { deliverPublication } from '../../workflow/delivery/index.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';

let t: TestHub;
let ed: string;
let rev: string;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  [ed, rev] = [await t.login('ed'), await t.login('rev')];
});
afterAll(async () => {
  await t.stop();
});

const DAY = 24 * 3600 * 1000;
/** Deps whose clock is past the schedules of `scheduled`: the release's time has come. */
const dayAfter = () => ({ ...t.hub.deps, now: () => new Date(Date.now() + 2 * DAY) });

/**
 * An approved item on the hub's own channels, released for tomorrow: a scheduled release leaves its hosted
 * publications to their delivery jobs (one released now publishes them in its own transaction, see below).
 */
async function scheduled(title: string): Promise<{ contentId: string; publications: Map<string, string> }> {
  const contentId = await approveItem(t, { ed, rev }, { title, channels: ['PORTAL', 'APP'] });
  const res = await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id: contentId, at: new Date(Date.now() + DAY).toISOString() }, ed);
  expect(res.data).toEqual({ publishContent: { status: 'SCHEDULED' } });
  const { rows } = await t.db.pool.query<{ id: string; channel: string }>('SELECT id, channel FROM publications WHERE content_id = $1', [contentId]);
  return { contentId, publications: new Map(rows.map((r) => [r.channel, r.id])) };
}

/**
 * Counts the transactions that write publications, committed while `work` runs (the audit chainer and the
 * outbox of the same process commit their own, which are not the delivery's).
 */
async function commitsDuring<T>(work: () => Promise<T>): Promise<{ result: T; commits: number }> {
  let commits = 0;
  const wrapped = new WeakSet<object>();
  const onAcquire = (client: { query: (...args: unknown[]) => unknown }) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query;
    let writesPublications = false;
    client.query = function counted(this: unknown, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
      if (text === 'BEGIN') writesPublications = false;
      // The update may be one part of a statement (the recording writes its row and event together).
      if (/\bUPDATE publications\b/.test(text)) writesPublications = true;
      if (text === 'COMMIT' && writesPublications) commits++;
      return query.apply(this, args);
    };
  };
  const pool = t.hub.deps.pool as unknown as NodeJS.EventEmitter;
  pool.on('acquire', onAcquire);
  try {
    return { result: await work(), commits };
  } finally {
    pool.off('acquire', onAcquire);
  }
}

test('a scheduled hub-hosted publication is claimed, published and settled in one transaction', async () => {
  const { contentId, publications } = await scheduled('门户一次事务发布');
  const channels = hubChannels();
  const portal = await commitsDuring(() => deliverPublication(dayAfter(), channels, publications.get('PORTAL')!, { leaseMs: 5000 }));
  expect(portal.result).toMatchObject({ kind: 'published' });
  expect(portal.commits).toBe(1);
  const app = await commitsDuring(() => deliverPublication(dayAfter(), channels, publications.get('APP')!, { leaseMs: 5000 }));
  expect(app.commits).toBe(1);

  const { rows } = await t.db.pool.query<{ status: string; attempts: number; lease: Date | null }>('SELECT status, attempts, lease_until AS lease FROM publications WHERE content_id = $1', [contentId]);
  expect(rows).toEqual([{ status: 'PUBLISHED', attempts: 1, lease: null }, { status: 'PUBLISHED', attempts: 1, lease: null }]);
  const content = await t.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [contentId]);
  expect(content.rows[0].status).toBe('PUBLISHED');
  const events = await t.db.pool.query<{ action: string }>(`SELECT action FROM audit_events WHERE target_id = ANY($1) ORDER BY seq`, [[contentId, ...publications.values()]]);
  expect(events.rows.map((e) => e.action).filter((a) => a.startsWith('publication.') || a === 'content.published')).toEqual(['publication.published', 'publication.published', 'content.published']);
});

test('a hosted publish that throws is recorded as a failure of that attempt, not lost with its transaction', async () => {
  const { publications } = await scheduled('门户发布出错');
  const { PORTAL } = hubChannels();
  const broken: Channel = Object.assign(Object.create(PORTAL!) as Channel, {
    async publish() {
      throw new Error('门户存储暂不可用');
    },
  });
  const outcome = await deliverPublication(dayAfter(), { ...hubChannels(), PORTAL: broken }, publications.get('PORTAL')!, { leaseMs: 5000 });
  expect(outcome).toMatchObject({ kind: 'retry', error: '门户存储暂不可用' });
  const { rows } = await t.db.pool.query<{ status: string; attempts: number; last_error: string; lease: Date | null }>('SELECT status, attempts, last_error, lease_until AS lease FROM publications WHERE id = $1', [publications.get('PORTAL')]);
  expect(rows[0]).toEqual({ status: 'PENDING', attempts: 1, last_error: '门户存储暂不可用', lease: null });
});

test('a delivery job that finished is gone from the job table, as is one that found nothing to deliver', async () => {
  const worker = await startTestHub({ worker: true });
  try {
    await worker.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
    const editor = await worker.login('ed');
    const contentId = await approveItem(worker, { ed: editor, rev: await worker.login('rev') }, { title: '作业完成即删除', channels: ['PORTAL'] });
    // Scheduled (two seconds ahead), so that the hosted publication goes out through its delivery job.
    const soon = new Date(Date.now() + 2000).toISOString();
    expect((await worker.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id: contentId, at: soon }, editor)).errors).toBeUndefined();
    const { rows } = await worker.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1', [contentId]);
    await eventually(async () => (await worker.db.pool.query<{ status: string }>('SELECT status FROM contents WHERE id = $1', [contentId])).rows[0].status === 'PUBLISHED');
    await eventually(async () => (await worker.db.pool.query(`SELECT 1 FROM agenda_jobs WHERE data->>'publicationId' = $1`, [rows[0].id])).rowCount === 0);

    const stray = '00000000-0000-4000-8000-000000000000';
    await worker.db.pool.query(`INSERT INTO agenda_jobs (name, data, next_run_at, type, priority) VALUES ('publication.deliver', jsonb_build_object('publicationId', $1::text), now(), 'normal', 0)`, [stray]);
    await eventually(async () => (await worker.db.pool.query(`SELECT 1 FROM agenda_jobs WHERE data->>'publicationId' = $1`, [stray])).rowCount === 0);
  } finally {
    await worker.stop();
  }
});
