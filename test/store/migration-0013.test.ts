import { listMigrations, migrate } from '../../store/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
});
afterAll(async () => db.drop());

test('migration 0013 numbers the items that existed before it, per unit, category and year, in creation order', async () => {
  const all = listMigrations();
  await migrate(db.pool, all.filter((m) => m.version < 13));
  const unit = (await db.pool.query<{ id: string }>(`INSERT INTO units (code, name) VALUES ('old', '旧单位') RETURNING id`)).rows[0].id;
  const user = (await db.pool.query<{ id: string }>(`INSERT INTO users (username, display_name, password_hash, role, unit_id) VALUES ('ed', 'ed', 'x', 'editor', $1) RETURNING id`, [unit])).rows[0].id;
  const at = ['2025-03-01T10:00:00+08:00', '2025-12-31T23:30:00+08:00', '2026-01-01T00:30:00+08:00', '2025-06-01T10:00:00+08:00'];
  const codes = ['tzgg', 'tzgg', 'tzgg', 'gzdt'];
  const ids: string[] = [];
  for (let i = 0; i < at.length; i++) {
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO contents (unit_id, author_id, category_code, status, revision, channels, created_at) VALUES ($1, $2, $3, 'DRAFT', 1, '{PORTAL}', $4) RETURNING id`,
      [unit, user, codes[i], at[i]],
    );
    ids.push(rows[0].id);
  }
  await migrate(db.pool, all);
  const { rows } = await db.pool.query<{ id: string; n: string }>('SELECT content_id AS id, index_number AS n FROM content_info');
  const byId = Object.fromEntries(rows.map((r) => [r.id, r.n]));
  // 23:30 on 31 December in Beijing is still 2025; 00:30 on 1 January is 2026.
  expect(ids.map((id) => byId[id])).toEqual(['old/tzgg-2025-00001', 'old/tzgg-2025-00002', 'old/tzgg-2026-00001', 'old/gzdt-2025-00001']);
  // New items continue the sequence.
  const next = await db.pool.query<{ id: string }>(
    `INSERT INTO contents (unit_id, author_id, category_code, status, revision, channels, created_at) VALUES ($1, $2, 'tzgg', 'DRAFT', 1, '{PORTAL}', '2025-07-01T10:00:00+08:00') RETURNING id`,
    [unit, user],
  );
  const n = await db.pool.query<{ n: string }>('SELECT index_number AS n FROM content_info WHERE content_id = $1', [next.rows[0].id]);
  expect(n.rows[0].n).toBe('old/tzgg-2025-00003');
});
