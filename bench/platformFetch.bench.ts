/**
 * `node --import tsx bench/platformFetch.bench.ts`: CPU per platform call of `platformFetch` (a pooled
 * `node:http` connection) against the `fetch` it replaced, in the same process, rounds alternating, 25 calls in
 * flight to a loopback server answering a small JSON reply (its CPU is in both figures). BENCH_CALLS per round (2000).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { platformFetch } from '../channels/platformFetch.js';
import { median, table } from './stats.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = 5;
const reply = JSON.stringify({ id: 4_000_000_001, idstr: '4000000001', created_at: 'Tue Dec 01 12:00:00 +0800 2026', text: '通知公告 '.repeat(20) });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(reply) }).end(reply));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2/statuses/share.json`;
const form = new URLSearchParams({ access_token: 'bench-token', status: '【通知公告】关于开展政务公开工作的通知 http://portal.bench/articles/1' }).toString();
const init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' }, body: form };

/** What platformFetch did before: fetch with an abort timeout, the text, then JSON. */
async function viaFetch(): Promise<void> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  JSON.parse(await res.text());
}
async function viaPlatformFetch(): Promise<void> {
  await platformFetch('WEIBO', url, init, 15_000);
}

/** CPU microseconds per call of `call`, CALLS calls with 25 in flight. */
async function cpuPerCall(call: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  let next = 0;
  await Promise.all(Array.from({ length: 25 }, async () => {
    while (next++ < CALLS) await call();
  }));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / CALLS;
}

await cpuPerCall(viaFetch);
await cpuPerCall(viaPlatformFetch);
const fetchUs: number[] = [];
const agentUs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  fetchUs.push(await cpuPerCall(viaFetch));
  agentUs.push(await cpuPerCall(viaPlatformFetch));
}
console.log(table(['measure', 'value', 'unit'], [
  ['fetch (before), CPU per call, median of rounds', median(fetchUs), 'µs'],
  ['platformFetch (keep-alive node:http), CPU per call', median(agentUs), 'µs'],
  ['platformFetch / fetch', `${(median(agentUs) / median(fetchUs)).toFixed(2)}×`, ''],
]));
server.close();
process.exit(0);
