import { hubChannels } from '../../channels/registry.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { findPublication, upsertPublications } from '../../store/publications.js';
import { AppError } from '../../workflow/errors.js';
import { awaitMassSendConfirmation, checkWechatModes, UnbookedDeliveryError, wechatBooking } from '../../workflow/massSend.js';
import { withTransaction as withTx } from '../../store/db.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

let t: TestHub;
let wechat: WechatSim;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let accountId: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000d1', appSecret: 'mass-secret', accountType: 'service', massSendProtection: true });
  smtp = await startSmtpSink();
  t = await startTestHub({
    env: { WECHAT_API_BASE: wechat.baseUrl, SMTP_URL: smtp.url },
    channels: { ...hubChannels(), WECHAT: new WechatChannel({ apiBase: wechat.baseUrl, timeoutMs: 2000 }) },
  });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const res = await t.gql<{ createChannelAccount: { id: string } }>('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', {
    i: { channel: 'WECHAT', name: '市政府服务号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } },
  }, tokens.chan);
  accountId = res.data!.createChannelAccount.id;
});
afterAll(async () => {
  await t.stop();
  await Promise.all([wechat.close(), smtp.close()]);
});

const SETTINGS = 'mutation($id:ID!,$s:ChannelAccountSettingsInput!){ updateChannelAccountSettings(id:$id, input:$s){ settings { wechatMode wechatAccountType massSendProtection } } }';

async function approved(title: string): Promise<string> {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title, body: `<p>${title}。</p>`, summary: title, categoryCode: 'gzdt', channels: ['PORTAL', 'WECHAT'] },
  }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  return id;
}

const wechatPublication = async (id: string) =>
  (await t.gql<{ content: { publications: { channel: string; status: string; wechatMode: string | null }[] } }>(
    'query($id:ID!){ content(id:$id){ publications { channel status wechatMode } } }', { id }, tokens.ed,
  )).data!.content.publications.find((p) => p.channel === 'WECHAT')!;

test('an account set to 群发 with API群发保护: the release waits visibly, the admins are mailed, the confirmation publishes it', async () => {
  const set = await t.gql(SETTINGS, { id: accountId, s: { wechatMode: 'MASS_SEND', wechatAccountType: 'SERVICE', massSendProtection: true } }, tokens.chan);
  expect(set.data).toEqual({ updateChannelAccountSettings: { settings: { wechatMode: 'MASS_SEND', wechatAccountType: 'SERVICE', massSendProtection: true } } });

  const id = await approved('关于冬季供暖保障工作的通告');
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  await eventually(async () => (await wechatPublication(id)).status === 'AWAITING_CONFIRMATION', 20_000);
  expect(await wechatPublication(id)).toEqual({ channel: 'WECHAT', status: 'AWAITING_CONFIRMATION', wechatMode: 'MASS_SEND' });
  const mail = await eventually(async () => smtp.mails.find((m) => m.subject.includes('群发待确认')));
  expect(mail.text).toContain('30 分钟');
  expect(mail.subject).toContain('《关于冬季供暖保障工作的通告》');
  expect(mail.text).toContain(`http://portal.test/console/contents/${id}`);
  expect(wechat.massSends).toHaveLength(1);
  expect(wechat.submissions).toBe(0);

  wechat.confirmMassSend(wechat.massSends[0].msgId);
  await eventually(async () => (await wechatPublication(id)).status === 'PUBLISHED', 20_000);
  expect(wechat.massSends).toEqual([expect.objectContaining({ title: '关于冬季供暖保障工作的通告', status: 'SEND_SUCCESS' })]);
});

test('a release may choose 发布 instead; the quota (服务号 4 a month) refuses a fifth 群发 before booking it', async () => {
  const publishOnce = await approved('本周政务服务大厅开放时间调整');
  const res = await t.gql('mutation($id:ID!){ publishContent(id:$id, options: { wechatMode: PUBLISH }){ id } }', { id: publishOnce }, tokens.ed);
  expect(res.errors).toBeUndefined();
  await eventually(async () => (await wechatPublication(publishOnce)).status === 'PUBLISHED', 20_000);
  expect((await wechatPublication(publishOnce)).wechatMode).toBe('PUBLISH');
  expect(wechat.submissions).toBe(1);

  // Three more 群发 fill the month (one is already sent); protection off so they go straight out.
  await t.gql(SETTINGS, { id: accountId, s: { massSendProtection: false } }, tokens.chan);
  wechat.massSendProtection = false;
  for (const title of ['第二次群发', '第三次群发', '第四次群发']) {
    const id = await approved(title);
    expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  }
  const fifth = await approved('第五次群发');
  const refused = await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id: fifth }, tokens.ed);
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0].message).toContain('服务号每月 4 次');
  const { rows } = await t.db.pool.query(`SELECT status FROM contents WHERE id = $1`, [fifth]);
  expect(rows[0].status).toBe('APPROVED');
  // The same item can still go out as 发布.
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id, options: { wechatMode: PUBLISH }){ id } }', { id: fifth }, tokens.ed)).errors).toBeUndefined();
  await eventually(async () => wechat.massSends.length === 4 && wechat.massSends.every((m) => m.status === 'SEND_SUCCESS'), 20_000).catch(async (e) => {
    const { rows } = await t.db.pool.query(`SELECT channel, status, delivery_mode, last_error FROM publications WHERE channel = 'WECHAT'`);
    throw new Error(`${e}: ${JSON.stringify(wechat.massSends)} ${JSON.stringify(rows)}`);
  });
});

test('a worker that lost its lease after the 群发 marks nothing, audits nothing and mails nobody; the holder merges into the saved progress', async () => {
  await t.gql(SETTINGS, { id: accountId, s: { wechatMode: 'MASS_SEND', massSendProtection: true } }, tokens.chan);
  const id = await approved('关于租约接管后群发确认的测试通知');
  const { rows: [row] } = await t.db.pool.query<{ revision: number; unitId: string }>('SELECT revision, unit_id AS "unitId" FROM contents WHERE id = $1', [id]);
  // No job for it: the row is set up as a stalled worker (token 1) would find it after another worker took over (token 2).
  const [pending] = await upsertPublications(t.db.pool, id, row.revision, [{ channel: 'WECHAT', accountId }], new Date());
  await t.db.pool.query(
    `UPDATE publications SET status = 'PUBLISHING', lease_token = 2, lease_until = now() + interval '1 minute', progress = '{"clientmsgid":"taken-over"}' WHERE id = $1`,
    [pending.id],
  );
  const stale = { ...(await findPublication(t.db.pool, pending.id))!, leaseToken: 1, progress: {} };
  const mailsBefore = smtp.mails.length;
  const audited = async () => (await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'publication.awaiting_confirmation'`, [pending.id])).rows[0].n;

  expect(await awaitMassSendConfirmation(t.hub.deps, stale, row.unitId)).toBe(false);
  expect((await findPublication(t.db.pool, pending.id))!.progress).toEqual({ clientmsgid: 'taken-over' });
  expect(await audited()).toBe(0);
  expect(await wechatPublication(id)).toMatchObject({ status: 'PUBLISHING' });

  expect(await awaitMassSendConfirmation(t.hub.deps, { ...stale, leaseToken: 2 }, row.unitId)).toBe(true);
  expect((await findPublication(t.db.pool, pending.id))!.progress).toEqual({ clientmsgid: 'taken-over', massStage: 'awaiting_confirmation' });
  expect(await audited()).toBe(1);
  expect(await wechatPublication(id)).toMatchObject({ status: 'AWAITING_CONFIRMATION' });
  const confirmMails = () => smtp.mails.slice(mailsBefore).filter((m) => m.subject.includes('群发待确认') && m.subject.includes('关于租约接管后群发确认的测试通知'));
  await eventually(async () => confirmMails().length > 0);
  expect(confirmMails()).toHaveLength(1);
});

test('a 群发 whose account row is gone is refused with a typed error, not sent unbooked past the quota', async () => {
  const other = await t.gql<{ createChannelAccount: { id: string } }>('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', {
    i: { channel: 'WECHAT', name: '某区融媒体订阅号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } },
  }, tokens.chan);
  const goneAccount = other.data!.createChannelAccount.id;
  const id = await approved('关于账号缺失时群发登记的测试通知');
  const { rows: [row] } = await t.db.pool.query<{ revision: number }>('SELECT revision FROM contents WHERE id = $1', [id]);
  const target = [{ channel: 'WECHAT' as const, accountId: goneAccount }];
  const [pending] = await upsertPublications(t.db.pool, id, row.revision, target, new Date());
  expect(pending.deliveryMode).toBeNull();

  const client = await t.db.pool.connect();
  try {
    await client.query('BEGIN');
    // The foreign key keeps an account in use from being deleted; the row going missing is simulated past it.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query('DELETE FROM channel_accounts WHERE id = $1', [goneAccount]);
    const released = await upsertPublications(client, id, row.revision, target, new Date(), wechatBooking({ wechatMode: 'mass_send' }));
    expect(released).toMatchObject([{ id: pending.id, deliveryMode: null }]);
    const refused = await checkWechatModes(client, released, new Date()).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(UnbookedDeliveryError);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'NOT_FOUND', details: { publicationId: pending.id, accountId: goneAccount } });
    expect((refused as Error).message).toContain('公众号账号不存在');
    const { rows: [booked] } = await client.query('SELECT delivery_mode FROM publications WHERE id = $1', [pending.id]);
    expect(booked.delivery_mode).toBeNull();
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
  // Undone with the transaction: the account is back and the same publication books normally, in the upsert itself.
  const again = await withTx(t.db.pool, async (tx) => {
    const released = await upsertPublications(tx, id, row.revision, target, new Date(), wechatBooking({ wechatMode: 'publish' }));
    await checkWechatModes(tx, released, new Date());
    return released;
  });
  expect(again).toMatchObject([{ id: pending.id, deliveryMode: 'publish' }]);
  expect((await t.db.pool.query('SELECT delivery_mode FROM publications WHERE id = $1', [pending.id])).rows[0].delivery_mode).toBe('publish');
});
