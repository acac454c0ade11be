import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createPool } from '../../store/db.js';
import { migrate, listMigrations } from '../../store/migrate.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
});
afterAll(async () => db.drop());

test('two processes migrating at once apply each migration exactly once', async () => {
  const other = createPool(db.url, 2);
  const [a, b] = await Promise.all([migrate(db.pool), migrate(other)]);
  await other.end();
  const all = listMigrations().map((m) => m.version);
  expect([...a, ...b].sort((x, y) => x - y)).toEqual(all);
  const { rows } = await db.pool.query('SELECT version FROM schema_migrations ORDER BY version');
  expect(rows.map((r) => r.version)).toEqual(all);
  expect(await migrate(db.pool)).toEqual([]);
});
