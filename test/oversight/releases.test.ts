import { stalenessOf } from '../../workflow/accountActivity.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approveItem } from '../helpers/release.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

let t: TestHub;
let wechat: WechatSim;
let accountId: string;
const tokens: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000e1', appSecret: 'calendar-secret' });
  t = await startTestHub({ env: { WECHAT_API_BASE: wechat.baseUrl } });
  await t.users([
    { username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' },
    { username: 'elsewhere', role: 'editor', unit: 'xian' }, { username: 'boss', role: 'admin' },
  ]);
  for (const name of ['ed', 'rev', 'chan', 'elsewhere', 'boss']) tokens[name] = await t.login(name);
  const res = await t.gql<{ createChannelAccount: { id: string } }>('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', {
    i: { channel: 'WECHAT', name: '市政府订阅号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } },
  }, tokens.chan);
  accountId = res.data!.createChannelAccount.id;
});
afterAll(async () => {
  await t?.stop();
  await wechat?.close();
});

const approved = (title: string, channels: string[]): Promise<string> => approveItem(t, { ed: tokens.ed, rev: tokens.rev }, { title, summary: title, channels });

const CALENDAR = `query($from: DateTime!, $to: DateTime!, $channel: ChannelKind) { releaseCalendar(from: $from, to: $to, channel: $channel) {
  contentId title channel accountName status wechatMode at massSendQuota { period used limit rule } } }`;
type Entry = { contentId: string; title: string; channel: string; accountName: string | null; status: string; wechatMode: string | null; at: string; massSendQuota: { period: string; used: number; limit: number; rule: string } | null };
const calendar = async (token: string, from: Date, to: Date, channel?: string) =>
  t.gql<{ releaseCalendar: Entry[] }>(CALENDAR, { from: from.toISOString(), to: to.toISOString(), channel }, token);

test('a scheduled release is on its unit’s calendar at its time, moves when rescheduled and leaves when cancelled', async () => {
  const title = '关于调整公交线路的通告';
  const id = await approved(title, ['PORTAL']);
  const at = new Date(Date.now() + 3 * DAY);
  expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: at.toISOString() }, tokens.ed)).data).toEqual({ publishContent: { status: 'SCHEDULED' } });

  const week = [new Date(Date.now() - DAY), new Date(Date.now() + 6 * DAY)] as const;
  const mine = (await calendar(tokens.ed, ...week)).data!.releaseCalendar.filter((e) => e.contentId === id);
  expect(mine).toEqual([{ contentId: id, title, channel: 'PORTAL', accountName: null, status: 'PENDING', wechatMode: null, at: at.toISOString(), massSendQuota: null }]);
  // Another unit's editor does not see it; an admin does.
  expect((await calendar(tokens.elsewhere, ...week)).data!.releaseCalendar.map((e) => e.contentId)).not.toContain(id);
  expect((await calendar(tokens.boss, ...week)).data!.releaseCalendar.map((e) => e.contentId)).toContain(id);
  // Filtered to another channel, it is not there.
  expect((await calendar(tokens.ed, ...week, 'WECHAT')).data!.releaseCalendar.map((e) => e.contentId)).not.toContain(id);

  const later = new Date(Date.now() + 5 * DAY);
  expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: later.toISOString() }, tokens.ed)).errors).toBeUndefined();
  expect((await calendar(tokens.ed, ...week)).data!.releaseCalendar.filter((e) => e.contentId === id).map((e) => e.at)).toEqual([later.toISOString()]);
  const { rows } = await t.db.pool.query(`SELECT action FROM audit_events WHERE target_id = $1 AND action LIKE 'content.%schedule%' ORDER BY seq`, [id]);
  expect(rows.map((r) => r.action)).toEqual(['content.schedule', 'content.reschedule']);

  expect((await t.gql('mutation($id:ID!){ cancelSchedule(id:$id){ status } }', { id }, tokens.ed)).data).toEqual({ cancelSchedule: { status: 'APPROVED' } });
  expect((await calendar(tokens.ed, ...week)).data!.releaseCalendar.map((e) => e.contentId)).not.toContain(id);
});

test('the calendar refuses a reversed or too long range with a sentence, not a server error', async () => {
  const now = new Date();
  const reversed = await calendar(tokens.ed, now, new Date(now.getTime() - DAY));
  expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const long = await calendar(tokens.ed, now, new Date(now.getTime() + 90 * DAY));
  expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('62 天') });
  expect((await calendar('', now, new Date(now.getTime() + DAY))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('a scheduled WeChat 群发 shows its account’s quota use for that day', async () => {
  const set = await t.gql('mutation($id:ID!){ updateChannelAccountSettings(id:$id, input:{ wechatMode: MASS_SEND, wechatAccountType: SUBSCRIPTION }){ id } }', { id: accountId }, tokens.chan);
  expect(set.errors).toBeUndefined();
  try {
    const id = await approved('关于开展冬季安全用电宣传的通知', ['WECHAT']);
    const at = new Date(Date.now() + 2 * DAY);
    expect((await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at: at.toISOString() }, tokens.ed)).errors).toBeUndefined();
    const entry = (await calendar(tokens.chan, new Date(), new Date(Date.now() + 7 * DAY), 'WECHAT')).data!.releaseCalendar.find((e) => e.contentId === id);
    expect(entry).toMatchObject({ channel: 'WECHAT', accountName: '市政府订阅号', wechatMode: 'MASS_SEND', massSendQuota: { period: 'DAY', used: 1, limit: 1, rule: '订阅号每天 1 次' } });
    await t.gql('mutation($id:ID!){ cancelSchedule(id:$id){ id } }', { id }, tokens.ed);
  } finally {
    await t.gql('mutation($id:ID!){ updateChannelAccountSettings(id:$id, input:{ wechatMode: PUBLISH }){ id } }', { id: accountId }, tokens.chan);
  }
});

const ACCOUNTS = '{ channelAccounts { id name status lastDelivered { contentId title publishedAt } staleness { limitDays daysLeft daysSilent stale } } }';
type Account = { id: string; lastDelivered: { contentId: string; title: string; publishedAt: string } | null; staleness: { limitDays: number; daysLeft: number; daysSilent: number; stale: boolean } | null };

test('a failed WeChat release is listed for its unit until retried; the delivered post then shows on the account', async () => {
  const before = (await t.gql<{ channelAccounts: Account[] }>(ACCOUNTS, {}, tokens.chan)).data!.channelAccounts.find((a) => a.id === accountId)!;
  expect(before.lastDelivered).toBeNull();
  expect(before.staleness).toEqual({ limitDays: 14, daysLeft: 14, daysSilent: 0, stale: false });

  wechat.contentErrorNext(48001, '/cgi-bin/draft/add', 'api unauthorized');
  const title = '关于征集老旧小区改造意见的公告';
  const id = await approved(title, ['PORTAL', 'WECHAT']);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed);
  const FAILED = '{ failedReleases { publicationId contentId title channel accountName lastError } }';
  type Failed = { publicationId: string; contentId: string; title: string; channel: string; accountName: string; lastError: string };
  const failed = await eventually(async () => (await t.gql<{ failedReleases: Failed[] }>(FAILED, {}, tokens.chan)).data?.failedReleases.find((f) => f.contentId === id), 30_000);
  expect(failed).toMatchObject({ title, channel: 'WECHAT', accountName: '市政府订阅号' });
  expect(failed.lastError).toContain('48001');
  expect((await t.gql<{ failedReleases: Failed[] }>(FAILED, {}, tokens.elsewhere)).data!.failedReleases).toEqual([]);

  expect((await t.gql('mutation($id:ID!){ retryPublication(id:$id){ status } }', { id: failed.publicationId }, tokens.chan)).errors).toBeUndefined();
  expect((await t.gql<{ failedReleases: Failed[] }>(FAILED, {}, tokens.chan)).data!.failedReleases.map((f) => f.contentId)).not.toContain(id);
  const after = await eventually(async () => (await t.gql<{ channelAccounts: Account[] }>(ACCOUNTS, {}, tokens.chan)).data!.channelAccounts.find((a) => a.id === accountId && a.lastDelivered), 30_000);
  expect(after.lastDelivered).toMatchObject({ contentId: id, title });
  expect(after.staleness).toEqual({ limitDays: 14, daysLeft: 14, daysSilent: 0, stale: false });
});

test('staleness counts as the inspection does: from the last post, or the opening, to the 14-day line', () => {
  const now = new Date('2026-12-01T04:00:00Z');
  const opened = new Date('2026-11-01T00:00:00Z');
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
  expect(stalenessOf({ status: 'active', createdAt: opened }, ago(11, 1), now, 14)).toMatchObject({ daysLeft: 3, daysSilent: 11, stale: false });
  expect(stalenessOf({ status: 'active', createdAt: opened }, ago(14), now, 14)).toMatchObject({ daysLeft: 0, stale: false });
  expect(stalenessOf({ status: 'active', createdAt: opened }, ago(14, 1), now, 14)).toMatchObject({ daysLeft: 0, daysSilent: 14, stale: true });
  // Never posted: counted from the opening.
  expect(stalenessOf({ status: 'active', createdAt: ago(2) }, null, now, 14)).toMatchObject({ daysLeft: 12, daysSilent: 2, stale: false });
  expect(stalenessOf({ status: 'suspended', createdAt: opened }, null, now, 14)).toBeNull();
});
