/**
 * The push channel end to end, with the registry built from the descriptors (no channel override): the
 * account's credentials are checked by the descriptor's schema, a release reaches the receiver once, and a
 * retraction removes it there.
 */
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startPushSim, type PushSim } from '../sim/push.js';

let t: TestHub;
let sim: PushSim;
const tokens: Record<string, string> = {};
const SECRET = 'media-centre-shared-secret';
const CREATE = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id channel } }';

beforeAll(async () => {
  sim = await startPushSim(SECRET);
  t = await startTestHub();
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
});
afterAll(async () => {
  await t.stop();
  await sim.close();
});

test('the channel list and the GraphQL enum come from the descriptors', async () => {
  const res = await t.gql<{ channels: { kind: string; label: string; hosted: boolean; credentialFields: { name: string; required: boolean }[]; canRetract: boolean }[] }>(
    '{ channels { kind label hosted canRetract credentialFields { name required } } }', {}, tokens.ed);
  expect(res.data!.channels.map((c) => `${c.kind}:${c.label}:${c.hosted}`)).toEqual(['PORTAL:门户网站:true', 'WECHAT:微信:false', 'WEIBO:微博:false', 'APP:客户端:true', 'PUSH:客户端推送:false']);
  expect(res.data!.channels.find((c) => c.kind === 'PUSH')!.credentialFields).toEqual([{ name: 'endpoint', required: true }, { name: 'secret', required: true }]);
  const kinds = await t.gql<{ __type: { enumValues: { name: string }[] } }>('{ __type(name: "ChannelKind") { enumValues { name } } }');
  expect(kinds.data!.__type.enumValues.map((v) => v.name)).toEqual(['PORTAL', 'WECHAT', 'WEIBO', 'APP', 'PUSH']);
});

test('push credentials are validated on input with a message naming the field', async () => {
  const short = await t.gql(CREATE, { i: { channel: 'PUSH', name: '融媒体中心', credentials: { endpoint: sim.endpoint, secret: 'short' } } }, tokens.chan);
  expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentials.secret' });
  expect(short.errors![0].message).toBe('签名密钥至少 16 个字符');
  const noUrl = await t.gql(CREATE, { i: { channel: 'PUSH', name: '融媒体中心', credentials: { endpoint: 'ftp://x', secret: SECRET } } }, tokens.chan);
  expect(noUrl.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentials.endpoint' });
  const hosted = await t.gql(CREATE, { i: { channel: 'APP', name: '客户端', credentials: {} } }, tokens.chan);
  expect(hosted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
});

test('a release reaches the receiver exactly once, and a retraction removes it there', async () => {
  const account = await t.gql<{ createChannelAccount: { id: string; channel: string } }>(CREATE, { i: { channel: 'PUSH', name: '融媒体中心', credentials: { endpoint: sim.endpoint, secret: SECRET } } }, tokens.chan);
  expect(account.data!.createChannelAccount.channel).toBe('PUSH');
  const title = '关于开展全民健身日活动的通知';
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title, body: `<p>${title}：现将有关事项通知如下。</p>`, categoryCode: 'tzgg', channels: ['PORTAL', 'PUSH'] },
  }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  // The first attempt's reply is lost after the receiver stored the item: the retry must not add a second.
  sim.dropNext(true, '/hook/items');
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  const query = `query($id:ID!){ content(id:$id){ status publications { channel status externalId url } } }`;
  const done = await eventually(async () => {
    const c = (await t.gql<{ content: { status: string; publications: { channel: string; status: string; externalId: string | null; url: string | null }[] } }>(query, { id }, tokens.ed)).data!.content;
    return c.status === 'PUBLISHED' ? c : null;
  });
  const push = done.publications.find((p) => p.channel === 'PUSH')!;
  expect(sim.items.filter((i) => i.body.title === title)).toHaveLength(1);
  expect(push.externalId).toBe(sim.items.find((i) => i.body.title === title)!.id);

  expect((await t.gql('mutation($id:ID!){ retractContent(id:$id, reason:"信息有误"){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  await eventually(async () => sim.items.find((i) => i.body.title === title)!.state === 'retracted');
  const after = await eventually(async () => {
    const c = (await t.gql<{ content: { publications: { channel: string; status: string }[] } }>(query, { id }, tokens.ed)).data!.content;
    return c.publications.every((p) => p.status === 'RETRACTED') ? c : null;
  });
  expect(after.publications.map((p) => p.channel).sort()).toEqual(['PORTAL', 'PUSH']);
  expect(sim.rejectedSignatures).toBe(0);
});
