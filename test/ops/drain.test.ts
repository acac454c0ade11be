import type { Channel } from '../../channels/Channel.js';
import { hubChannels } from '../../channels/registry.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

// A portal whose publish takes a while, so the stop arrives while the delivery is on the platform.
const SLOW_MS = 1500;
const { PORTAL, APP } = hubChannels();
let calls = 0;
const slowPortal: Channel = Object.assign(Object.create(PORTAL!) as Channel, {
  async publish(...args: Parameters<Channel['publish']>) {
    calls++;
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    return PORTAL!.publish(...args);
  },
});

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ channels: { PORTAL: slowPortal, APP } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
});

test('stopping the worker mid-delivery lets the delivery finish and hand its lease back', async () => {
  const editor = await t.login('ed');
  const reviewer = await t.login('rev');
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '停机排空', body: '<p>正文。</p>', categoryCode: 'gzdt', channels: ['PORTAL'] } }, editor);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
  // Scheduled two seconds ahead: a release due now publishes the hub's own channels in its own transaction, and
  // this test is about a delivery job that is running when the worker stops.
  const at = new Date(Date.now() + 2000).toISOString();
  await t.gql('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id, at }, editor);
  await eventually(async () => calls === 1, 20_000, 20);

  await t.hub.stop();

  const { rows } = await t.db.pool.query<{ status: string; lease: Date | null }>(
    `SELECT status, lease_until AS lease FROM publications WHERE content_id = $1`, [id]);
  expect(rows).toEqual([{ status: 'PUBLISHED', lease: null }]);
  await t.stop();
});
