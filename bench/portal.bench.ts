/**
 * `npm run bench:portal`: a published article page served by the hub (page cache warm) beside a bare Express
 * route sending static HTML of the same size, in the same process, under the same closed-loop load. The ratio
 * is what matters (goal ≥ 0.7×). BENCH_CONNECTIONS (10), BENCH_SECONDS (5).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { hubChannels } from '../channels/registry.js';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { findUserByUsername } from '../store/organisation.js';
import { actorOf, SYSTEM } from '../workflow/actor.js';
import { createContent, submitContent } from '../workflow/content.js';
import { publishContent } from '../workflow/publish.js';
import { reviewContent } from '../workflow/review.js';
import { createUser } from '../workflow/users.js';
import { load } from './http.js';
import { table } from './stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-bench-'));
const pg = await startEmbedded({ dir: path.join(dir, 'pg'), ephemeral: true });
await ensureDatabase(pg.adminUrl, 'bench');
const config = loadConfig({ DATABASE_URL: pg.urlFor('bench'), PORT: '0', DATA_DIR: dir, JOBS_POLL_MS: '250', NODE_ENV: 'test' });
const hub = await startHub(config, { web: true, worker: true, name: 'bench', channels: hubChannels() });
const { deps } = hub;
for (const [username, role] of [['ed', 'editor'], ['rev', 'reviewer']] as const) await createUser(deps.pool, SYSTEM, { username, password: `${username}-password`, role });
const editor = actorOf((await findUserByUsername(deps.pool, 'ed'))!);
const reviewer = actorOf((await findUserByUsername(deps.pool, 'rev'))!);
const paragraph = '<p>各有关单位要认真贯彻落实政务公开工作要点，及时回应社会关切，提升政务服务水平。</p>';
const content = await createContent(deps, editor, { title: '关于做好政务公开工作的通知', body: paragraph.repeat(40), categoryCode: 'tzgg', channels: ['PORTAL'] });
await submitContent(deps, editor, content.id);
await reviewContent(deps, reviewer, content.id, { decision: 'APPROVE' });
await publishContent(deps, editor, content.id);
const articleUrl = `${hub.url}/articles/${content.id}`;
for (let i = 0; i < 200 && (await fetch(articleUrl)).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
const page = await (await fetch(articleUrl)).text();

const staticApp = express();
staticApp.get('/static', (_req, res) => { res.type('text/html; charset=utf-8').send(page); });
const staticServer = await new Promise<Server>((resolve) => { const s = staticApp.listen(0, '127.0.0.1', () => resolve(s)); });
const staticUrl = `http://127.0.0.1:${(staticServer.address() as { port: number }).port}/static`;

const get = (url: string) => () => fetch(url);
await load(get(staticUrl), CONNECTIONS, 1000); // warm-up
await load(get(articleUrl), CONNECTIONS, 1000);
const baseline = await load(get(staticUrl), CONNECTIONS, DURATION_MS);
const measured = await load(get(articleUrl), CONNECTIONS, DURATION_MS);

console.log(`\nPortal article page (${Buffer.byteLength(page)} bytes) vs a bare Express route sending the same HTML, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each\n`);
console.log(table(['subject', 'req/s', 'p50 ms', 'p99 ms'], [
  ['bare Express, static HTML', baseline.requestsPerSecond, baseline.p50, baseline.p99],
  ['hub /articles/:id', measured.requestsPerSecond, measured.p50, measured.p99],
]));
console.log(`\nratio: ${(measured.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× (goal ≥ 0.7×)`);

await new Promise<void>((resolve) => staticServer.close(() => resolve()));
await hub.stop();
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
