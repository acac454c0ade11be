import path from 'node:path';
import type { Config } from './config.js';
import { silentLogger, type Logger } from './logger.js';
import { createPool, type Pool } from '../store/db.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { migrate } from '../store/migrate.js';

export interface Database {
  url: string;
  pool: Pool;
  /** Whether this process started its own PostgreSQL (and so must stop it). */
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL of our own under DATA_DIR/pg. Migrates either way. */
export async function openDatabase(config: Config, logger: Logger = silentLogger): Promise<Database> {
  let url = config.databaseUrl;
  let stopServer: (() => Promise<void>) | null = null;
  if (!url) {
    const server = await startEmbedded({ dir: path.join(config.dataDir, 'pg'), log: (line) => (/ERROR|FATAL|PANIC/.test(line) ? logger.warn({ postgres: line }, 'PostgreSQL 报告错误') : undefined),
      onSupervision: ({ kind, attempt, error }) => {
        if (kind === 'down') logger.error('内置 PostgreSQL 已停止运行，正在重启');
        else if (kind === 'restarted') logger.warn({ attempt }, '内置 PostgreSQL 已重启');
        else logger.error({ err: error, attempt }, '内置 PostgreSQL 重启失败，稍后再试');
      } });
    await ensureDatabase(server.adminUrl, 'tongfa');
    url = server.urlFor('tongfa');
    stopServer = () => server.stop();
  }
  const pool = createPool(url, 30, (error) => logger.warn({ err: error }, '数据库空闲连接中断，连接池将重建连接'));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    await stopServer?.();
    throw error;
  }
  return {
    url,
    pool,
    embedded: stopServer !== null,
    async close() {
      await pool.end();
      await stopServer?.();
    },
  };
}
