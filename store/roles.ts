import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import type { Queryable } from './db.js';

/**
 * Two database roles (等保: least privilege, separation of duties): the owner runs migrations and owns
 * every table; the application connects as a role that owns nothing, is no superuser, and may only read
 * and append to the evidence tables. So the application's credentials cannot switch triggers off
 * (`session_replication_role` needs a superuser, `ALTER TABLE … DISABLE TRIGGER` the owner), rewrite
 * or delete audit events, or delete checkpoints.
 */

/**
 * Evidence tables are found by name, so a table added later (a second table the chain's hashes go to,
 * say) is append-only for the application from the start: every `audit_*` table but the chain's tip,
 * which each append moves (a forged tip only breaks the chain at that point, which verify reports).
 */
const AUDIT_TABLE = /^audit_/;
const AUDIT_MUTABLE = new Set(['audit_head']);

/** Grants the application role what it needs and nothing more; idempotent, run after every migration. */
export async function grantAppRole(owner: Queryable, appRole: string): Promise<void> {
  const role = pg.escapeIdentifier(appRole);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  const { rows } = await owner.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  for (const { name } of rows) {
    const table = `public.${pg.escapeIdentifier(name)}`;
    if (name === 'schema_migrations') await owner.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${table} FROM ${role}`);
    else if (AUDIT_TABLE.test(name) && !AUDIT_MUTABLE.has(name)) await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM ${role}`);
  }
}

export interface RoleInfo {
  name: string;
  superuser: boolean;
  /** Holds privileges a normal application role must not: create roles or databases, bypass row security, replicate. */
  privileged: boolean;
}

export async function currentRole(db: Queryable): Promise<RoleInfo> {
  const { rows } = await db.query<{ name: string; superuser: boolean; privileged: boolean }>(
    `SELECT rolname AS name, rolsuper AS superuser, (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication) AS privileged
     FROM pg_roles WHERE rolname = current_user`,
  );
  return rows[0];
}

/** A password kept beside the embedded cluster (owner-readable only), created on first use. */
function rolePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export const EMBEDDED_OWNER = 'tongfa_owner';
export const EMBEDDED_APP = 'tongfa_app';

/**
 * On the embedded server: creates the owner and application roles (logins with generated passwords),
 * gives the database and everything in it to the owner (older data directories had the superuser own
 * them), and returns the connection strings of both. `clusterDir` is where the cluster keeps its files.
 */
export async function ensureEmbeddedRoles(superuserUrl: string, database: string, clusterDir: string): Promise<{ ownerUrl: string; appUrl: string }> {
  const passwords: Record<string, string> = { [EMBEDDED_OWNER]: rolePassword(`${clusterDir}.${EMBEDDED_OWNER}.credentials`), [EMBEDDED_APP]: rolePassword(`${clusterDir}.${EMBEDDED_APP}.credentials`) };
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const [role, password] of Object.entries(passwords)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = rowCount ? 'ALTER' : 'CREATE';
      await client.query(`${verb} ROLE ${pg.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`);
    }
    const owner = pg.escapeIdentifier(EMBEDDED_OWNER);
    await client.query(`ALTER DATABASE ${pg.escapeIdentifier(database)} OWNER TO ${owner}`);
    await client.query(`GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(database)} TO ${pg.escapeIdentifier(EMBEDDED_APP)}`);
    await client.query(`REVOKE CREATE ON DATABASE ${pg.escapeIdentifier(database)} FROM PUBLIC`);
  } finally {
    await client.end();
  }
  const inDatabase = new URL(superuserUrl);
  inDatabase.pathname = `/${encodeURIComponent(database)}`;
  await transferOwnership(inDatabase.href, EMBEDDED_OWNER);
  const urlAs = (role: string): string => {
    const url = new URL(inDatabase.href);
    url.username = role;
    url.password = passwords[role];
    return url.href;
  };
  return { ownerUrl: urlAs(EMBEDDED_OWNER), appUrl: urlAs(EMBEDDED_APP) };
}

/** Gives the schema and every table, sequence and function in it to `owner` (as the superuser). */
async function transferOwnership(superuserDatabaseUrl: string, owner: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserDatabaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7261023002)');
    const to = pg.escapeIdentifier(owner);
    await client.query(`ALTER SCHEMA public OWNER TO ${to}`);
    // Tables first: sequences owned by a column follow their table.
    const { rows: relations } = await client.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> $1
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
       ORDER BY c.relkind = 'S'`,
      [owner],
    );
    for (const r of relations) await client.query(`ALTER ${r.kind === 'S' ? 'SEQUENCE' : r.kind === 'v' ? 'VIEW' : r.kind === 'm' ? 'MATERIALIZED VIEW' : 'TABLE'} public.${pg.escapeIdentifier(r.name)} OWNER TO ${to}`);
    const { rows: functions } = await client.query<{ sig: string }>(
      `SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1`,
      [owner],
    );
    for (const f of functions) await client.query(`ALTER FUNCTION ${f.sig} OWNER TO ${to}`);
  } finally {
    await client.end();
  }
}
