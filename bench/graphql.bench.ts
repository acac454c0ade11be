/**
 * `npm run bench:graphql`: `contents(first: 20)` with titles and categories through the real hub, beside a
 * bare Apollo Server answering `{ hello }` on Express in the same process, under the same closed-loop load.
 * The ratio is what matters (goal ≥ 0.25×); absolute figures depend on the machine and its load.
 * BENCH_CONNECTIONS (10), BENCH_SECONDS (5).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../server/config.js';
import { startHub } from '../server/runtime.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { findUserByUsername } from '../store/organisation.js';
import { actorOf, SYSTEM } from '../workflow/actor.js';
import { createContent } from '../workflow/content.js';
import { createUser } from '../workflow/users.js';
import { load } from './http.js';
import { table } from './stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-bench-'));
const pg = await startEmbedded({ dir: path.join(dir, 'pg'), ephemeral: true });
await ensureDatabase(pg.adminUrl, 'bench');
const config = loadConfig({ DATABASE_URL: pg.urlFor('bench'), PORT: '0', DATA_DIR: dir, NODE_ENV: 'test' });
const hub = await startHub(config, { web: true, worker: false, name: 'bench' });
await createUser(hub.deps.pool, SYSTEM, { username: 'ed', password: 'ed-password', role: 'editor' });
const editor = actorOf((await findUserByUsername(hub.deps.pool, 'ed'))!);
for (let i = 0; i < 20; i++) await createContent(hub.deps, editor, { title: `基准测试内容第${i}条`, body: '<p>各有关单位要认真做好政务公开工作。</p>', categoryCode: i % 2 ? 'gzdt' : 'tzgg' });
const login = await fetch(`${hub.url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { login(username: "ed", password: "ed-password") { token } }' }),
});
const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;

const bare = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
await bare.start();
const bareApp = express();
bareApp.use('/graphql', express.json(), expressMiddleware(bare));
const bareServer = await new Promise<Server>((resolve) => { const s = bareApp.listen(0, '127.0.0.1', () => resolve(s)); });
const bareUrl = `http://127.0.0.1:${(bareServer.address() as { port: number }).port}/graphql`;

const post = (url: string, query: string, auth?: string) => () =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify({ query }) });
const hello = post(bareUrl, '{ hello }');
const contents = post(`${hub.url}/graphql`, '{ contents(first: 20) { edges { node { id title category { code name } } } } }', token);

await load(hello, CONNECTIONS, 1000); // warm-up
await load(contents, CONNECTIONS, 1000);
const baseline = await load(hello, CONNECTIONS, DURATION_MS);
const measured = await load(contents, CONNECTIONS, DURATION_MS);

console.log(`\nGraphQL: contents(first: 20) with titles and categories vs a bare Apollo hello, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each\n`);
console.log(table(['subject', 'req/s', 'p50 ms', 'p99 ms'], [
  ['bare Apollo { hello }', baseline.requestsPerSecond, baseline.p50, baseline.p99],
  ['contents(first: 20) { title category }', measured.requestsPerSecond, measured.p50, measured.p99],
]));
console.log(`\nratio: ${(measured.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× (goal ≥ 0.25×)`);

await new Promise<void>((resolve) => bareServer.close(() => resolve()));
await bare.stop();
await hub.stop();
await pg.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
