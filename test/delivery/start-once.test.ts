import { AgendaScheduler, createAgenda, DELIVER_JOB, ensureJobsSchema, stopAgenda } from '../../jobs/agenda.js';
import { createPool } from '../../store/db.js';
import { armJobs } from '../../store/jobs.js';
import { releaseLease, renewLease, saveHeldProgress } from '../../store/publications.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { statementsDuring } from '../helpers/statements.js';

/**
 * A worker's start prepares the job table once (openDatabase's ensureJobsSchema), not again in its scheduler;
 * and the delivery path's checkpoint, lease and arming statements are named, so a connection plans them once.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await ensureJobsSchema(db.pool);
});
afterAll(async () => db.drop());

test('a scheduler over a database openDatabase prepared sends nothing to get ready, and arms in one statement', async () => {
  const { agenda, backend } = createAgenda(db.pool, { name: 'start-once', ensureSchema: false });
  try {
    await agenda.ready;
    // ensureJobsSchema (as openDatabase runs it) prepared this pool's database: no scheduler of the pool does it again.
    const prepared = new AgendaScheduler(agenda, db.pool);
    expect(await statementsDuring(db.pool, () => prepared.ready())).toBe(0);
    expect(await statementsDuring(db.pool, () => new AgendaScheduler(agenda, db.pool).ready())).toBe(0);
    // A scheduler built alone over a pool nobody prepared does it itself — purges (on a client of its own, not
    // counted here) and looks both indexes up — and only the first scheduler of that pool.
    const alone = createPool(db.url, 2);
    try {
      expect(await statementsDuring(alone, () => new AgendaScheduler(agenda, alone).ready())).toBe(2);
      expect(await statementsDuring(alone, () => new AgendaScheduler(agenda, alone).ready())).toBe(0);
    } finally {
      await alone.end();
    }
    const id = '00000000-0000-4000-8000-000000000101';
    expect(await statementsDuring(db.pool, () => prepared.deliver([id], new Date()))).toBe(1);
    // Armed again: the unique index made by ensureJobsSchema keeps one job per publication.
    await prepared.deliver([id], new Date(Date.now() + 60_000));
    const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND data->>'publicationId' = $2`, [DELIVER_JOB, id]);
    expect(rows[0].n).toBe(1);
  } finally {
    await stopAgenda(agenda, backend);
  }
});

test('checkpoints, lease renewals and hand-backs and job arming are prepared statements on their connection', async () => {
  const client = await db.pool.connect();
  try {
    const id = '00000000-0000-4000-8000-000000000102';
    // No such publication: each statement changes nothing, but is prepared on this connection all the same.
    expect(await saveHeldProgress(client, id, 1, { step: 'draft' }, null)).toBe(false);
    expect(await renewLease(client, id, 1, new Date())).toBe(false);
    await releaseLease(client, id, 1);
    await armJobs(client, DELIVER_JOB, [{ publicationId: '00000000-0000-4000-8000-000000000103', at: new Date() }], 'test');
    const { rows } = await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
    const named = (start: string): number => rows.filter((r) => r.statement.replace(/\s+/g, ' ').trim().startsWith(start)).length;
    expect(named('UPDATE publications SET progress = progress ||')).toBe(1);
    expect(named('UPDATE publications SET lease_until = GREATEST(lease_until, $3)')).toBe(1);
    expect(named('UPDATE publications SET lease_until = NULL')).toBe(1);
    expect(named('INSERT INTO agenda_jobs')).toBe(1);
  } finally {
    client.release();
  }
});
