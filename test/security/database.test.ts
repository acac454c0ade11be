import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/database.js';
import { createPool, type Pool } from '../../store/db.js';
import { SYSTEM } from '../../workflow/actor.js';
import { createCheckpoint, verifyStoredCheckpoints } from '../../workflow/checkpoints.js';
import { createUser } from '../../workflow/users.js';
import { createTestDatabase } from '../helpers/db.js';
import { passwordOf, startTestHub, type TestHub } from '../helpers/hub.js';
import { createRoleDatabase, type RoleDatabase } from '../helpers/roles.js';
import { withTriggersOff } from '../oversight/tamper.js';

/** The hub on an external server set up as the README says: migrations as the owner, the app as a role that owns nothing. */
let roles: RoleDatabase;
let t: TestHub;
let app: Pool;
let superuser: Pool;

beforeAll(async () => {
  roles = await createRoleDatabase();
  t = await startTestHub({ worker: false, env: { DATABASE_URL: roles.appUrl, DATABASE_OWNER_URL: roles.ownerUrl } });
  app = createPool(roles.appUrl, 2);
  superuser = createPool(roles.superuserUrl, 2);
  for (const [username, role] of [['over', 'overseer'], ['ed', 'editor']]) {
    await createUser(t.hub.deps.pool, SYSTEM, { username, password: passwordOf(username), role });
  }
});
afterAll(async () => {
  await app.end();
  await superuser.end();
  await t.stop();
  await roles.drop();
});

const refused = async (sql: string, pattern: RegExp): Promise<void> => {
  await expect(app.query(sql)).rejects.toThrow(pattern);
};

describe('the application role', () => {
  test('is the hub\'s connection, no superuser, and owns nothing', async () => {
    const { rows } = await t.hub.deps.pool.query<{ name: string; superuser: boolean }>('SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]).toEqual({ name: roles.appRole, superuser: false });
    const owned = await superuser.query("SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = $1", [roles.appRole]);
    expect(owned.rows[0].n).toBe(0);
  });

  test('works: logins, content and checkpoints append to the trail', async () => {
    const token = await t.login('ed');
    const res = await t.gql<{ createContent: { id: string } }>('mutation($i: ContentInput!){ createContent(input:$i){ id } }', { i: { title: '工作动态', body: '<p>会议。</p>', categoryCode: 'gzdt' } }, token);
    expect(res.errors).toBeUndefined();
    const checkpoint = await createCheckpoint(t.hub.deps, SYSTEM);
    expect(checkpoint!.length).toBeGreaterThan(1);
    // Agenda's table was made by the owner; the app uses it.
    const jobs = await superuser.query("SELECT pg_get_userbyid(c.relowner) AS owner FROM pg_class c WHERE relname = 'agenda_jobs'");
    expect(jobs.rows[0].owner).not.toBe(roles.appRole);
    await app.query('SELECT count(*) FROM agenda_jobs');
  });

  test.each([
    ['switch the triggers off for the session', 'SET session_replication_role = replica', /permission denied/],
    ['rewrite an audit event', "UPDATE audit_events SET actor = 'nobody' WHERE seq = 1", /permission denied for table audit_events/],
    ['delete audit events', 'DELETE FROM audit_events', /permission denied for table audit_events/],
    ['truncate the trail', 'TRUNCATE audit_events', /permission denied for table audit_events/],
    ['delete checkpoints', 'DELETE FROM audit_checkpoints', /permission denied for table audit_checkpoints/],
    ['disable the append-only trigger', 'ALTER TABLE audit_events DISABLE TRIGGER USER', /must be owner/],
    ['drop the trigger', 'DROP TRIGGER audit_events_no_update_delete ON audit_events', /must be owner/],
    ['replace the trigger function', "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$", /must be owner|permission denied/],
    ['forge the migration record', 'DELETE FROM schema_migrations', /permission denied for table schema_migrations/],
    ['create tables', 'CREATE TABLE evil (x int)', /permission denied for schema public/],
  ])('cannot %s', async (_, sql, pattern) => {
    await refused(sql, pattern);
  });
});

describe('verify cross-checks the checkpoints the chain records', () => {
  test('a deleted checkpoint is detected, though the chain and the remaining checkpoints hold', async () => {
    const first = (await createCheckpoint(t.hub.deps, SYSTEM))!;
    const second = (await createCheckpoint(t.hub.deps, SYSTEM))!;
    expect((await verifyStoredCheckpoints(t.hub.deps, SYSTEM)).ok).toBe(true);
    await withTriggersOff(superuser, 'audit_checkpoints', async (tx) => { await tx.query('DELETE FROM audit_checkpoints WHERE id = $1', [first.id]); });

    const result = await verifyStoredCheckpoints(t.hub.deps, SYSTEM);
    expect(result.chain.ok).toBe(true);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual([expect.objectContaining({ checkpointId: first.id, length: first.length, headHash: first.headHash, problem: 'CHECKPOINT_MISSING' })]);
    expect(result.missing.map((m) => m.checkpointId)).not.toContain(second.id);

    const over = await t.login('over');
    const gql = await t.gql<{ verifyAuditCheckpoints: { ok: boolean; missing: { checkpointId: string; problem: string }[] } }>('{ verifyAuditCheckpoints { ok missing { checkpointId problem message } } }', {}, over);
    expect(gql.data!.verifyAuditCheckpoints).toMatchObject({ ok: false, missing: [{ checkpointId: first.id, problem: 'CHECKPOINT_MISSING' }] });
  });

  test('a replaced checkpoint is detected', async () => {
    const made = (await createCheckpoint(t.hub.deps, SYSTEM))!;
    await withTriggersOff(superuser, 'audit_checkpoints', async (tx) => { await tx.query('UPDATE audit_checkpoints SET length = length - 1 WHERE id = $1', [made.id]); });
    const result = await verifyStoredCheckpoints(t.hub.deps, SYSTEM);
    expect(result.missing).toContainEqual(expect.objectContaining({ checkpointId: made.id, problem: 'CHECKPOINT_ALTERED' }));
  });
});

test('in production the hub refuses to connect as a superuser', async () => {
  const db = await createTestDatabase({ migrate: false });
  try {
    const config = loadConfig({ NODE_ENV: 'production', APP_SECRET: 'a-production-secret-of-forty-bytes-long!', DATABASE_URL: db.url });
    await expect(openDatabase(config)).rejects.toThrow(/superuser/);
  } finally {
    await db.drop();
  }
});

test('the embedded server creates the owner and application roles itself', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-roles-'));
  const db = await openDatabase(loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' }));
  try {
    const { rows } = await db.pool.query<{ name: string; superuser: boolean }>('SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]).toEqual({ name: 'tongfa_app', superuser: false });
    const owners = await db.pool.query<{ owner: string }>("SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'");
    expect(owners.rows.map((r) => r.owner)).toEqual(['tongfa_owner']);
    await expect(db.pool.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
    expect(fs.statSync(path.join(dataDir, 'pg.tongfa_app.credentials')).mode & 0o077).toBe(0);
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
