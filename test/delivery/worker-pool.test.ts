/**
 * A worker process keeps a small pool: under a burst of deliveries (25 in flight) it holds at most 12 connections,
 * where it used to grow to 30 backends of its own, and every post still reaches each platform once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchEnv, seedAuthors, simulatedChannels, startSimulators, type Simulators } from '../../bench/pipelineRig.js';
import { loadConfig } from '../../server/config.js';
import { startHub, type Hub } from '../../server/runtime.js';
import { createContent, submitContent } from '../../workflow/content.js';
import { publishContent } from '../../workflow/publish.js';
import { reviewContent } from '../../workflow/review.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
let sims: Simulators;
let author: Hub;
let worker: Hub;

beforeAll(async () => {
  db = await createTestDatabase();
  sims = await startSimulators();
  const config = loadConfig(benchEnv(db.url, fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-pool-')), sims));
  author = await startHub(config, { web: false, worker: false, name: 'pool-author', channels: simulatedChannels(config, sims) });
  worker = await startHub(config, { web: false, worker: true, name: 'pool-worker', processEvery: 250, lockLifetimeMs: 10_000, channels: simulatedChannels(config, sims) });
});

afterAll(async () => {
  await worker?.stop();
  await author?.stop();
  await Promise.all([sims?.wechat.close(), sims?.weibo.close()]);
  await db?.drop();
});

test('a burst of 40 items to four channels is delivered once each through at most 12 worker connections', async () => {
  const { editor, reviewer } = await seedAuthors(author.deps, sims);
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const title = `连接池 ${i}`;
    const c = await createContent(author.deps, editor, { title, body: `<p>${title}。</p>`, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });
    await submitContent(author.deps, editor, c.id);
    await reviewContent(author.deps, reviewer, c.id, { decision: 'APPROVE' });
    ids.push(c.id);
  }
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, worker.db.pool.totalCount); }, 5);
  try {
    await Promise.all(ids.map((id) => publishContent(author.deps, editor, id)));
    for (;;) {
      const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM contents WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
      if (rows[0].n === ids.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    clearInterval(sampler);
  }
  expect(peak).toBeGreaterThan(2);
  expect(peak).toBeLessThanOrEqual(12);
  expect(sims.wechat.published).toHaveLength(40);
  expect(sims.weibo.posted).toHaveLength(40);
});
