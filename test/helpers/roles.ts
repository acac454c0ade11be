import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrl } from './db.js';

/**
 * A database set up the way the README asks an operator to (数据库角色): an owner role that owns the
 * database, and an application role with no privileges of its own yet. Roles are cluster-wide, so their
 * names are unique per call.
 */
export interface RoleDatabase {
  ownerUrl: string;
  appUrl: string;
  /** The superuser's connection to this database, for what only an attacker with more rights could do. */
  superuserUrl: string;
  appRole: string;
  drop(): Promise<void>;
}

export async function createRoleDatabase(): Promise<RoleDatabase> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set');
  const suffix = randomBytes(5).toString('hex');
  const [database, ownerRole, appRole] = [`r_${suffix}`, `owner_${suffix}`, `app_${suffix}`];
  const password = randomBytes(12).toString('hex');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE ROLE ${ownerRole} LOGIN PASSWORD '${password}'`);
  await client.query(`CREATE ROLE ${appRole} LOGIN PASSWORD '${password}'`);
  await client.query(`CREATE DATABASE ${database} OWNER ${ownerRole} ENCODING 'UTF8' TEMPLATE template0`);
  await client.query(`REVOKE CREATE ON DATABASE ${database} FROM PUBLIC`);
  await client.end();
  const as = (role: string): string => {
    const url = new URL(databaseUrl(admin, database));
    url.username = role;
    url.password = password;
    return url.href;
  };
  return {
    ownerUrl: as(ownerRole),
    appUrl: as(appRole),
    superuserUrl: databaseUrl(admin, database),
    appRole,
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${appRole}`);
      await c.query(`DROP ROLE IF EXISTS ${ownerRole}`);
      await c.end();
    },
  };
}
