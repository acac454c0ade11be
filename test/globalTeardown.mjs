import fs from 'node:fs';

export default async function globalTeardown() {
  const started = globalThis.__TONGFA_PG__;
  if (!started) return;
  await started.server.stop();
  fs.rmSync(started.dir, { recursive: true, force: true });
}
