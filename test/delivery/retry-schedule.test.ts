import { WeiboChannel } from '../../channels/weibo/index.js';
import { hubChannels } from '../../channels/registry.js';
import { backoffDelay, deliverPublication, type DeliveryOutcome } from '../../workflow/delivery/index.js';
import type { Deps } from '../../workflow/deps.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { releaseItem } from '../helpers/release.js';
import { startWeiboSim, type WeiboSim } from '../sim/weibo.js';

let t: TestHub;
let weibo: WeiboSim;
const tokens: Record<string, string> = {};
const HOUR = 3600_000;

beforeAll(async () => {
  weibo = await startWeiboSim({ safeDomain: 'portal.test', users: [{ accessToken: 'retry-token' }] });
  t = await startTestHub({ worker: false, channels: { ...hubChannels(), WEIBO: new WeiboChannel({ apiBase: weibo.baseUrl, safeDomain: 'http://portal.test', timeoutMs: 2000 }) } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const res = await t.gql('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', { i: { channel: 'WEIBO', name: '微博', credentials: { accessToken: 'retry-token' } } }, tokens.chan);
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await t.stop();
  await weibo.close();
});

/** An item released to Weibo only; returns its Weibo publication's id. */
async function releaseToWeibo(title: string): Promise<string> {
  const id = await releaseItem(t, tokens as { ed: string; rev: string }, { title, channels: ['WEIBO'] });
  const { rows } = await t.db.pool.query<{ id: string }>(`SELECT id FROM publications WHERE content_id = $1 AND channel = 'WEIBO'`, [id]);
  return rows[0].id;
}

/** Runs the delivery on a controlled clock, stepping the clock to each retry, until it settles. */
async function runUntilSettled(publicationId: string, start: Date): Promise<{ outcomes: DeliveryOutcome[]; clock: Date }> {
  let clock = start;
  const deps: Deps = { ...t.hub.deps, now: () => clock };
  const outcomes: DeliveryOutcome[] = [];
  for (let i = 0; i < 500; i++) {
    const outcome = await deliverPublication(deps, t.hub.channels, publicationId);
    outcomes.push(outcome);
    if (outcome.kind === 'retry') clock = outcome.at;
    else if (outcome.kind === 'wait') clock = outcome.until;
    else break;
  }
  return { outcomes, clock };
}

test('a platform down for hours is retried with backoff until the deadline (6 h by default), then fails', async () => {
  expect(t.config.deliveryGiveUpAfterMs).toBe(6 * HOUR);
  const publicationId = await releaseToWeibo('平台长时间故障时的重试');
  weibo.serverErrorNext(10_000, '/2/statuses/share.json');
  const start = new Date(Date.now() + 1000);
  const { outcomes, clock } = await runUntilSettled(publicationId, start);
  weibo.clearFaults();
  const last = outcomes[outcomes.length - 1];
  expect(last.kind).toBe('failed');
  // Many more than the old six attempts, spread over the whole deadline, never beyond it.
  const retries = outcomes.filter((o): o is Extract<DeliveryOutcome, { kind: 'retry' }> => o.kind === 'retry');
  expect(retries.length).toBeGreaterThan(20);
  const elapsed = clock.getTime() - start.getTime();
  expect(elapsed).toBeGreaterThanOrEqual(6 * HOUR);
  expect(elapsed).toBeLessThan(6 * HOUR + 60_000);
  expect(Math.max(...retries.map((r, i) => r.at.getTime() - (i === 0 ? start.getTime() : retries[i - 1].at.getTime())))).toBeLessThanOrEqual(10 * 60_000);
  const { rows } = await t.db.pool.query(`SELECT status, first_attempt_at FROM publications WHERE id = $1`, [publicationId]);
  expect(rows[0]).toEqual({ status: 'FAILED', first_attempt_at: null });
  expect(weibo.shared.filter((s) => s.text.includes('平台长时间故障时的重试'))).toHaveLength(0);
});

test('a transient outage shorter than the deadline ends in exactly one post', async () => {
  const publicationId = await releaseToWeibo('短时故障后恢复');
  weibo.serverErrorNext(12, '/2/statuses/share.json');
  const { outcomes } = await runUntilSettled(publicationId, new Date(Date.now() + 1000));
  expect(outcomes[outcomes.length - 1].kind).toBe('published');
  expect(outcomes.filter((o) => o.kind === 'retry')).toHaveLength(12);
  expect(weibo.shared.filter((s) => s.text.includes('短时故障后恢复'))).toHaveLength(1);
});

test('a content refusal fails at once, without waiting for the deadline', async () => {
  const publicationId = await releaseToWeibo('平台拒绝的内容');
  weibo.contentErrorNext(20021, undefined, '/2/statuses/share.json');
  const { outcomes } = await runUntilSettled(publicationId, new Date(Date.now() + 1000));
  expect(outcomes.map((o) => o.kind)).toEqual(['failed']);
});

test('backoff is full jitter: a uniform pick between zero and the exponential ceiling, capped', () => {
  expect(backoffDelay(1, 2000, 600_000, () => 0)).toBe(0);
  expect(backoffDelay(1, 2000, 600_000, () => 0.5)).toBe(1000);
  expect(backoffDelay(4, 2000, 600_000, () => 0.999999)).toBe(16_000);
  expect(backoffDelay(30, 2000, 600_000, () => 0.999999)).toBe(Math.round(0.999999 * 600_000));
});
