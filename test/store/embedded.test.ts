import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDatabase, startEmbedded } from '../../store/embedded.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let base: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-embedded-'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM marks')).rows[0].n;
  } finally {
    await client.end();
  }
}

/** Starts the cluster in a child process that prints its URL and then waits to be killed. */
function childOwner(dir: string): Promise<{ url: string; kill: () => Promise<void>; pid: number }> {
  const script = `
    const { startEmbedded, ensureDatabase } = await import(${JSON.stringify(path.join(ROOT, 'store/embedded.ts'))});
    const server = await startEmbedded({ dir: ${JSON.stringify(dir)} });
    await ensureDatabase(server.adminUrl, 'app');
    console.log('URL ' + server.urlFor('app'));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /URL (\S+)/.exec(out);
      if (m) resolve({ url: m[1], pid: child.pid!, kill: () => new Promise((r) => { child.once('exit', () => r()); child.kill('SIGKILL'); }) });
    });
    child.once('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

test('a cluster survives its owner being SIGKILLed: the orphaned server is stopped and the data is kept', async () => {
  const dir = path.join(base, 'orphan', 'pg');
  const owner = await childOwner(dir);
  const client = new pg.Client({ connectionString: owner.url });
  await client.connect();
  await client.query('CREATE TABLE marks (n int)');
  await client.query('INSERT INTO marks VALUES (1), (2)');
  await client.end();

  // While the owner lives, another process shares its server instead of taking the cluster over.
  const shared = await startEmbedded({ dir });
  await ensureDatabase(shared.adminUrl, 'app');
  expect(await count(shared.urlFor('app'))).toBe(2);
  await shared.stop();
  expect(await count(owner.url)).toBe(2);

  await owner.kill();
  const orphanPid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(() => process.kill(orphanPid, 0)).not.toThrow();

  const server = await startEmbedded({ dir });
  try {
    expect(await count(server.urlFor('app'))).toBe(2);
    expect(() => process.kill(orphanPid, 0)).toThrow();
  } finally {
    await server.stop();
  }
});

test('a stale postmaster.pid naming a dead process does not stop the start', async () => {
  const dir = path.join(base, 'stale', 'pg');
  const first = await startEmbedded({ dir });
  await ensureDatabase(first.adminUrl, 'app');
  const client = new pg.Client({ connectionString: first.urlFor('app') });
  await client.connect();
  await client.query('CREATE TABLE marks (n int)');
  await client.query('INSERT INTO marks VALUES (7)');
  await client.end();
  await first.stop();
  // A pid file as a crash leaves it, naming a process that no longer exists.
  fs.writeFileSync(path.join(dir, 'postmaster.pid'), `999999\n${dir}\n0\n5432\n\n127.0.0.1\n`);
  const second = await startEmbedded({ dir });
  try {
    expect(await count(second.urlFor('app'))).toBe(1);
    if (os.userInfo().uid === 0) {
      // As root, PostgreSQL runs as `postgres`, which must own its data directory.
      expect(fs.statSync(dir).uid).not.toBe(0);
    }
  } finally {
    await second.stop();
  }
});
