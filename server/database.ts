import path from 'node:path';
import type { Config } from './config.js';
import { ConfigError } from './config.js';
import { ensureJobsSchema, markJobsSchemaReady } from '../jobs/agenda.js';
import { silentLogger, type Logger } from '../observe/logger.js';
import { createPool, type Pool } from '../store/db.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { migrate } from '../store/migrate.js';
import { currentRole, ensureEmbeddedRoles, grantAppRole } from '../store/roles.js';

export interface Database {
  url: string;
  pool: Pool;
  /** Whether this process started its own PostgreSQL (and so must stop it). */
  embedded: boolean;
  /** Whether the owner role prepared the schema (migrations, job table) and the application role is another. */
  separateOwner: boolean;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL of our own under DATA_DIR/pg, supervised (restarted
 * with backoff if its postmaster dies). Migrates either way, as the owner role (DATABASE_OWNER_URL, or the
 * embedded server's `tongfa_owner`), then grants the application role its privileges and connects as it.
 */
export async function openDatabase(config: Config, logger: Logger = silentLogger, poolMax = 30): Promise<Database> {
  let url = config.databaseUrl;
  let ownerUrl = config.databaseOwnerUrl;
  let stopServer: (() => Promise<void>) | null = null;
  if (!url) {
    const dir = path.join(config.dataDir, 'pg');
    const server = await startEmbedded({ dir, log: (line) => (/ERROR|FATAL|PANIC/.test(line) ? logger.warn({ postgres: line }, 'PostgreSQL 报告错误') : undefined),
      onSupervision: ({ kind, attempt, error }) => {
        if (kind === 'down') logger.error('内置 PostgreSQL 已停止运行，正在重启');
        else if (kind === 'restarted') logger.warn({ attempt }, '内置 PostgreSQL 已重启');
        else logger.error({ err: error, attempt }, '内置 PostgreSQL 重启失败，稍后再试');
      } });
    stopServer = () => server.stop();
    try {
      await ensureDatabase(server.adminUrl, 'tongfa');
      ({ ownerUrl, appUrl: url } = await ensureEmbeddedRoles(server.urlFor('tongfa'), 'tongfa', dir));
    } catch (error) {
      await stopServer();
      throw error;
    }
  }
  const pool = createPool(url, poolMax, (error) => logger.warn({ err: error }, '数据库空闲连接中断，连接池将重建连接'));
  try {
    await prepareSchema(ownerUrl, pool, logger);
    const role = await currentRole(pool);
    // A superuser can switch the audit triggers off and rewrite the trail: not for a production hub.
    if (config.production && role.superuser) {
      throw new ConfigError(`DATABASE_URL 以超级用户（superuser）${role.name} 连接：生产环境中本系统须以不拥有任何数据库对象的角色运行（见 README「数据库角色」）`);
    }
    if (role.privileged) logger.warn({ role: role.name }, '数据库角色权限过大（超级用户、CREATEROLE、CREATEDB、BYPASSRLS 或 REPLICATION），见 README「数据库角色」');
  } catch (error) {
    await pool.end();
    await stopServer?.();
    throw error;
  }
  return {
    url,
    pool,
    embedded: stopServer !== null,
    separateOwner: ownerUrl !== null,
    async close() {
      await pool.end();
      await stopServer?.();
    },
  };
}

/** Migrations and the job schema as the owner, then the application role's grants; one role does all without an owner URL. */
async function prepareSchema(ownerUrl: string | null, appPool: Pool, logger: Logger): Promise<void> {
  if (!ownerUrl) {
    await migrate(appPool);
    await ensureJobsSchema(appPool, logger);
    return;
  }
  const owner = createPool(ownerUrl, 2);
  try {
    await migrate(owner);
    await ensureJobsSchema(owner, logger);
    markJobsSchemaReady(appPool);
    await grantAppRole(owner, (await currentRole(appPool)).name);
  } finally {
    await owner.end();
  }
}
