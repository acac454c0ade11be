import { ChannelError, type Channel } from '../../channels/Channel.js';
import { createChannelAccount } from '../../workflow/accounts.js';
import { retractPublication } from '../../workflow/delivery/index.js';
import { retractContent } from '../../workflow/publish.js';
import { listPublications } from '../../store/publications.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink, type ReceivedMail } from '../helpers/smtp.js';
import { acceptingPlatform, actorNamed, approvedContent, platforms, refusingPlatform, release, withClock } from '../oversight/fixtures.js';

/** Every mail about an item names it by title and links to its page in the console; no id, no enum name. */
let t: TestHub;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestHub({ worker: false, env: { SMTP_URL: smtp.url } });
  await t.users([{ username: 'ed', role: 'editor', unit: 'qh' }, { username: 'rev', role: 'reviewer', unit: 'qh' }, { username: 'chan', role: 'channel_admin', unit: 'qh' }]);
});
afterAll(async () => {
  await t.stop();
  await smtp.close();
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The ids a mail shows outside its links: none. */
const idsOutsideLinks = (mail: ReceivedMail) => `${mail.subject}\n${mail.text.replace(/https?:\/\/\S+/g, '')}`.match(UUID) ?? [];

test('a review request links the reviewer to the review page', async () => {
  const deps = t.hub.deps;
  const [editor, reviewer] = [await actorNamed(deps, 'ed'), await actorNamed(deps, 'rev')];
  const id = await approvedContent(deps, editor, reviewer, { title: '关于开展秋季森林防火检查的通知' });
  const request = await eventually(async () => smtp.mails.find((m) => m.subject.includes('待审核') && m.subject.includes('秋季森林防火')));
  expect(request.text).toContain(`http://portal.test/console/review/${id}`);
  expect(idsOutsideLinks(request)).toEqual([]);
});

test('a delivery the platform refuses: the channel admins get the item’s title, the channel in Chinese and its console page', async () => {
  const deps = withClock(t.hub.deps, () => new Date());
  const [editor, reviewer, chan] = await Promise.all(['ed', 'rev', 'chan'].map((u) => actorNamed(deps, u)));
  await createChannelAccount(deps, chan, { channel: 'WECHAT', name: '青山发布', credentials: { appId: 'wx-test', appSecret: 'secret' } });
  const id = await approvedContent(deps, editor, reviewer, { title: '关于调整城区公交线路的通告', channels: ['WECHAT'] });
  await release(deps, editor, id, platforms({ WECHAT: refusingPlatform('WECHAT', '该公众号没有发布权限') }));
  const mail = await eventually(async () => smtp.mails.find((m) => m.subject.includes('发布失败')));
  expect(mail.to).toEqual(['chan@example.test']);
  expect(mail.subject).toBe('【统发】发布失败：《关于调整城区公交线路的通告》（微信「青山发布」）');
  expect(mail.text).toContain('该公众号没有发布权限');
  expect(mail.text).toContain(`http://portal.test/console/contents/${id}`);
  expect(idsOutsideLinks(mail)).toEqual([]);
  expect(`${mail.subject}${mail.text}`).not.toMatch(/WECHAT|PUBLISHING|FAILED/);
});

test('a retraction the platform keeps refusing: the same naming, and the link to the item', async () => {
  const deps = withClock(t.hub.deps, () => new Date());
  const [editor, reviewer] = await Promise.all(['ed', 'rev'].map((u) => actorNamed(deps, u)));
  const id = await approvedContent(deps, editor, reviewer, { title: '关于暂停受理户籍业务的公告', channels: ['WECHAT'] });
  await release(deps, editor, id, platforms({ WECHAT: acceptingPlatform('WECHAT') }));
  await retractContent(deps, editor, id, '信息有误');
  const [publication] = await listPublications(deps.pool, id);
  const refusing: Channel = { ...acceptingPlatform('WECHAT'), retract: async () => { throw new ChannelError('素材已被删除或无权操作', false, 'PLATFORM_REFUSED'); } };
  expect((await retractPublication(deps, { WECHAT: refusing }, publication.id)).kind).toBe('failed');
  const mail = await eventually(async () => smtp.mails.find((m) => m.subject.includes('撤回失败')));
  expect(mail.subject).toBe('【统发】撤回失败：《关于暂停受理户籍业务的公告》（微信「青山发布」）');
  expect(mail.text).toContain('请到平台后台手动删除');
  expect(mail.text).toContain(`http://portal.test/console/contents/${id}`);
  expect(idsOutsideLinks(mail)).toEqual([]);
});
