// Plain ESM: jest loads global setup outside its module mapper, so the TypeScript store module is
// imported through tsx, the same loader `bin/tongfa.js` uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * One real PostgreSQL for the whole run; each suite makes its own database in it. With
 * TEST_DATABASE_URL set (a server's maintenance database), that server is used instead.
 */
export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const { startEmbedded } = await tsImport('../store/embedded.ts', import.meta.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-test-pg-'));
  const server = await startEmbedded({ dir: path.join(dir, 'pg'), ephemeral: true });
  globalThis.__TONGFA_PG__ = { server, dir };
  process.env.TEST_DATABASE_URL = server.adminUrl;
}
