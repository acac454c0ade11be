import { hubChannels } from '../../channels/registry.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { deliverPublication } from '../../workflow/delivery/index.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

let t: TestHub;
let wechat: WechatSim;

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000c3', appSecret: 'app-secret-c3' });
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
});
afterAll(async () => {
  await t.stop();
  await wechat.close();
});

test('a second run of a delivery still in flight waits for it instead of posting again', async () => {
  const [ed, rev, chan] = [await t.login('ed'), await t.login('rev'), await t.login('chan')];
  await t.gql('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', { i: { channel: 'WECHAT', name: '公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } } }, chan);
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '慢速投递', body: '<p>正文</p>', categoryCode: 'gzdt', channels: ['WECHAT'] } }, ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, rev);
  await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, ed);
  const { rows } = await t.db.pool.query<{ id: string }>('SELECT id FROM publications WHERE content_id = $1', [id]);

  const channels = { ...hubChannels(), WECHAT: new WechatChannel({ apiBase: wechat.baseUrl }) };
  wechat.delayNext(2000, '/cgi-bin/draft/add');
  let renewals = 0;
  const first = deliverPublication(t.hub.deps, channels, rows[0].id, { leaseMs: 600, onRenew: async () => void renewals++ });
  // Well past the first claim's lease: only its renewals keep it alive.
  await new Promise((r) => setTimeout(r, 1200));
  const second = await deliverPublication(t.hub.deps, channels, rows[0].id, { leaseMs: 600 });
  expect(second.kind).toBe('wait');
  expect(await first).toMatchObject({ kind: 'wait' });
  expect(renewals).toBeGreaterThanOrEqual(2);
  expect(wechat.submissions).toBe(1);
  const after = await t.db.pool.query<{ status: string; external_id: string | null; lease_until: Date | null }>('SELECT status, external_id, lease_until FROM publications WHERE id = $1', [rows[0].id]);
  expect(after.rows[0]).toMatchObject({ status: 'PUBLISHING', lease_until: null });
  expect(after.rows[0].external_id).toBeTruthy();

  // The claim was handed back: the next run polls the platform at once rather than waiting out a lease.
  await deliverPublication(t.hub.deps, channels, rows[0].id, { leaseMs: 60_000 });
  const polled = await t.db.pool.query<{ polls: number; lease_until: Date | null }>('SELECT polls, lease_until FROM publications WHERE id = $1', [rows[0].id]);
  expect(polled.rows[0]).toEqual({ polls: 1, lease_until: null });
});
