/**
 * What the pipeline benches share: the platform simulators, the environment a worker process gets, the channel
 * registry pointed at the simulators, and the people and accounts of a release.
 */
import { hubChannels, type ChannelRegistry } from '../channels/registry.js';
import { WechatChannel } from '../channels/wechat/index.js';
import { WeiboChannel } from '../channels/weibo/index.js';
import type { Config } from '../server/config.js';
import { findUserByUsername } from '../store/organisation.js';
import { startWechatSim, type WechatSim } from '../test/sim/wechat.js';
import { startWeiboSim, type WeiboSim } from '../test/sim/weibo.js';
import { actorOf, SYSTEM, type Actor } from '../workflow/actor.js';
import { createChannelAccount } from '../workflow/accounts.js';
import type { Deps } from '../workflow/deps.js';
import { createUser } from '../workflow/users.js';
import { createContent, submitContent } from '../workflow/content.js';
import { reviewContent } from '../workflow/review.js';

export interface Simulators {
  wechat: WechatSim;
  weibo: WeiboSim;
}

/**
 * BENCH_PLATFORM_LATENCY_MS (0): how long each request takes to reach a simulated platform. Real platforms answer in
 * 50–300 ms; at the loopback's ~1 ms a delivery never waits and the workers measure CPU only. With 100 ms the
 * workers' throughput shows whether anything but CPU serialises them (it should grow with workers until CPU binds).
 */
export const PLATFORM_LATENCY_MS = Number(process.env.BENCH_PLATFORM_LATENCY_MS ?? 0);

export async function startSimulators(latencyMs = PLATFORM_LATENCY_MS): Promise<Simulators> {
  const wechat = await startWechatSim({ appId: 'wxbench000000000001', appSecret: 'bench-secret', latencyMs });
  const weibo = await startWeiboSim({ safeDomain: 'portal.bench', users: [{ accessToken: 'bench-token' }], duplicateWindow: 5, latencyMs });
  return { wechat, weibo };
}

/** The environment of the bench's hub and of the `tongfa worker` processes it starts. */
export function benchEnv(databaseUrl: string, dataDir: string, sims: Simulators): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl, PORT: '0', DATA_DIR: dataDir, PUBLIC_BASE_URL: 'http://portal.bench', JOBS_POLL_MS: '250', NODE_ENV: 'test',
    WECHAT_API_BASE: sims.wechat.baseUrl, WEIBO_API_BASE: sims.weibo.baseUrl,
  };
}

export function simulatedChannels(config: Config, sims: Simulators): ChannelRegistry & { WECHAT: WechatChannel; WEIBO: WeiboChannel } {
  return {
    ...hubChannels(),
    WECHAT: new WechatChannel({ apiBase: sims.wechat.baseUrl }),
    WEIBO: new WeiboChannel({ apiBase: sims.weibo.baseUrl, safeDomain: config.publicBaseUrl }),
  };
}

/** An editor, a reviewer and a channel admin, and the WeChat and Weibo accounts on the simulators. */
export async function seedAuthors(deps: Deps, sims: Simulators): Promise<{ editor: Actor; reviewer: Actor; admin: Actor }> {
  for (const [username, role] of [['ed', 'editor'], ['rev', 'reviewer'], ['chan', 'channel_admin']] as const) {
    await createUser(deps.pool, SYSTEM, { username, password: `${username}-password`, role });
  }
  const actor = async (u: string): Promise<Actor> => actorOf((await findUserByUsername(deps.pool, u))!);
  const [editor, reviewer, admin] = [await actor('ed'), await actor('rev'), await actor('chan')];
  await createChannelAccount(deps, admin, { channel: 'WECHAT', name: '公众号', credentials: { appId: sims.wechat.appId, appSecret: sims.wechat.appSecret } });
  await createChannelAccount(deps, admin, { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'bench-token' } });
  return { editor, reviewer, admin };
}

let itemCounter = 0;

/**
 * `n` approved items to all four channels, ready to release: made four at a time, outside every measured window.
 * Titles are `prefix` and a number unique in this process.
 */
export async function approvedItems(deps: Deps, people: { editor: Actor; reviewer: Actor }, prefix: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < n) {
      const title = `${prefix} ${itemCounter++}`;
      next++;
      const c = await createContent(deps, people.editor, { title, body: `<p>${title}。联系人：王建国，电话13812345678。</p>`, categoryCode: 'tzgg', channels: ['PORTAL', 'APP', 'WECHAT', 'WEIBO'] });
      await submitContent(deps, people.editor, c.id);
      await reviewContent(deps, people.reviewer, c.id, { decision: 'APPROVE' });
      ids.push(c.id);
    }
  }));
  return ids;
}

/** Resolves once every item of `ids` is PUBLISHED (checked every 50 ms); throws past `timeoutMs`. */
export async function waitPublished(deps: Pick<Deps, 'pool'>, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await deps.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM contents WHERE id = ANY($1) AND status = 'PUBLISHED'`, [ids]);
    if (rows[0].n === ids.length) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${ids.length} published in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
