import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChannelError, type Channel } from '../../channels/Channel.js';
import { loadConfig } from '../../server/config.js';
import { silentLogger } from '../../observe/logger.js';
import { credentialVault } from '../../server/secrets.js';
import { startHub } from '../../server/runtime.js';
import { listPublications } from '../../store/publications.js';
import { SYSTEM } from '../../workflow/actor.js';
import { createChannelAccount } from '../../workflow/accounts.js';
import { createContent, submitContent } from '../../workflow/content.js';
import { dispatchOutbox, queueMail } from '../../workflow/outbox.js';
import { MAX_RETRACT_ATTEMPTS, retractPublication } from '../../workflow/delivery/index.js';
import type { Deps, Scheduler } from '../../workflow/deps.js';
import { retractContent } from '../../workflow/publish.js';
import { createUser } from '../../workflow/users.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { acceptingPlatform, actorNamed, approvedContent, platforms, release, withClock } from '../oversight/fixtures.js';

const pendingMails = async (db: TestDatabase): Promise<{ subject: string }[]> =>
  (await db.pool.query<{ subject: string }>("SELECT payload->>'subject' AS subject FROM outbox WHERE kind = 'mail' AND done_at IS NULL")).rows;

test('a process that dies between the commit and the mail loses no mail: the next process sends it, once', async () => {
  const db = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-outbox-'));
  const smtp = await startSmtpSink();
  try {
    await createUser(db.pool, SYSTEM, { username: 'ed', password: 'ed-password', role: 'editor', unitCode: 'qh', email: 'ed@example.test' });
    await createUser(db.pool, SYSTEM, { username: 'rev', password: 'rev-password', role: 'reviewer', unitCode: 'qh', email: 'rev@example.test' });
    // The first process: its mail server is never reached (the process is gone right after the commit).
    const idle: Scheduler = { deliver: async () => {}, cancel: async () => {}, retract: async () => {} };
    const dying: Deps = {
      pool: db.pool, config: loadConfig({ DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test' }), scheduler: idle, now: () => new Date(), logger: silentLogger,
      credentials: credentialVault('未用于本测试'),
      mailer: { send: async () => { throw new Error('process killed'); } },
    };
    const editor = await actorNamed(dying, 'ed');
    const content = await createContent(dying, editor, { title: '发件箱测试', body: '<p>正文。</p>', categoryCode: 'gzdt' });
    await submitContent(dying, editor, content.id);
    expect(await pendingMails(db)).toEqual([{ subject: '【统发】待审核：《发件箱测试》' }]);

    // The next process on the same database delivers what the first one committed.
    const hub = await startHub(loadConfig({ DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test', PORT: '0', SMTP_URL: smtp.url }), { web: false, worker: false, name: 'next' });
    try {
      await eventually(async () => (await pendingMails(db)).length === 0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.mails.filter((m) => m.subject.includes('待审核')).map((m) => m.to)).toEqual([['rev@example.test']]);
    } finally {
      await hub.stop();
    }
  } finally {
    await smtp.close();
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a dispatcher holds no database connection while it sends, and no other dispatcher takes the row meanwhile', async () => {
  const db = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-outbox-'));
  try {
    await queueMail(db.pool, { to: ['clerk@example.test'], subject: '【统发】租约测试', text: '正文' });
    const seen: { checkedOut: number; rival: number }[] = [];
    let failFirst = true;
    const deps: Deps = {
      pool: db.pool, config: loadConfig({ DATABASE_URL: db.url, DATA_DIR: dataDir, NODE_ENV: 'test' }),
      scheduler: { deliver: async () => {}, cancel: async () => {}, retract: async () => {} }, now: () => new Date(), logger: silentLogger,
      credentials: credentialVault('未用于本测试'),
      mailer: {
        send: async () => {
          // Mid-send: what this dispatcher holds of the pool, and what a second dispatcher would take.
          const checkedOut = db.pool.totalCount - db.pool.idleCount;
          seen.push({ checkedOut, rival: await dispatchOutbox({ ...deps, mailer: { send: async () => { throw new Error('rival must not send'); } } }) });
          if (failFirst) {
            failFirst = false;
            throw new Error('邮件服务器暂不可用');
          }
        },
      },
    };
    expect(await dispatchOutbox(deps)).toBe(1);
    const [row] = (await db.pool.query<{ attempts: number; done: boolean; error: string | null; waitMs: number }>(
      `SELECT attempts, done_at IS NOT NULL AS done, last_error AS error, (EXTRACT(EPOCH FROM next_attempt_at - now()) * 1000)::float8 AS "waitMs" FROM outbox`)).rows;
    // The failure is a retry in 2 s, not the claim's lease.
    expect(row).toMatchObject({ attempts: 1, done: false, error: '邮件服务器暂不可用' });
    expect(row.waitMs).toBeLessThanOrEqual(2000);
    await db.pool.query('UPDATE outbox SET next_attempt_at = now()');
    expect(await dispatchOutbox(deps)).toBe(1);
    expect(seen).toEqual([{ checkedOut: 0, rival: 0 }, { checkedOut: 0, rival: 0 }]);
    expect((await db.pool.query('SELECT attempts, done_at IS NOT NULL AS done, last_error AS error FROM outbox')).rows).toEqual([{ attempts: 2, done: true, error: null }]);
    expect(await dispatchOutbox(deps)).toBe(0);
  } finally {
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('retraction that keeps failing', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ worker: false });
    await t.users([{ username: 'ed', role: 'editor', unit: 'qh' }, { username: 'rev', role: 'reviewer', unit: 'qh' }, { username: 'chan', role: 'channel_admin', unit: 'qh' }]);
  });
  afterAll(async () => t.stop());

  test('is retried with the deliveries’ backoff, then RETRACT_FAILED with a mail to the channel admins', async () => {
    let clock = new Date('2026-03-02T02:00:00Z');
    const deps = withClock(t.hub.deps, () => clock);
    const [editor, reviewer, chan] = await Promise.all(['ed', 'rev', 'chan'].map((u) => actorNamed(deps, u)));
    await createChannelAccount(deps, chan, { channel: 'WECHAT', name: '测试公众号', credentials: { appId: 'wx-test', appSecret: 'secret' } });
    const id = await approvedContent(deps, editor, reviewer, { channels: ['WECHAT'] });
    await release(deps, editor, id, platforms({ WECHAT: acceptingPlatform('WECHAT') }));
    await retractContent(deps, editor, id, '信息有误');
    const [publication] = await listPublications(deps.pool, id);
    expect(publication.status).toBe('RETRACTING');

    const busy: Channel = { ...acceptingPlatform('WECHAT'), retract: async () => { throw new ChannelError('平台繁忙', true, 'BUSY'); } };
    const delays: number[] = [];
    for (let run = 1; run < MAX_RETRACT_ATTEMPTS; run++) {
      const outcome = await retractPublication(deps, { WECHAT: busy }, publication.id);
      if (outcome.kind !== 'retry') throw new Error(`run ${run}: ${outcome.kind}`);
      delays.push(outcome.at.getTime() - clock.getTime());
      clock = outcome.at;
    }
    // Full jitter, as deliveries: attempt n waits somewhere up to 2 s × 2^(n-1).
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(2000 * 2 ** i);
    });
    expect(await retractPublication(deps, { WECHAT: busy }, publication.id)).toEqual({ kind: 'failed', error: '平台繁忙' });
    expect((await listPublications(deps.pool, id))[0].status).toBe('RETRACT_FAILED');
    const mails = (await t.db.pool.query<{ to: string[]; subject: string }>("SELECT payload->'to' AS to, payload->>'subject' AS subject FROM outbox WHERE kind = 'mail' AND payload->>'subject' LIKE '%撤回失败%'")).rows;
    expect(mails).toEqual([{ to: ['chan@example.test'], subject: '【统发】撤回失败：《关于开展冬季供暖检查的通知》（微信「测试公众号」）' }]);
  });
});
