import { hubChannels } from '../../channels/registry.js';
import { PLACEHOLDER_COVER_JPEG } from '../../channels/wechat/cover.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { tinyPng, TINY_GIF } from '../helpers/images.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

/** 渠道文案: the WeChat cover chosen from the item's own images reaches the platform as exactly those bytes. */
let t: TestHub;
let wechat: WechatSim;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  wechat = await startWechatSim({ appId: 'wx00000000000000c3', appSecret: 'app-secret-c3' });
  const channels = { ...hubChannels(), WECHAT: new WechatChannel({ apiBase: wechat.baseUrl, busyBackoffMs: 10, timeoutMs: 3000 }) };
  t = await startTestHub({ channels });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }, { username: 'chan', role: 'channel_admin' }]);
  for (const name of ['ed', 'rev', 'chan']) tokens[name] = await t.login(name);
  const account = { channel: 'WECHAT', name: '区政府公众号', credentials: { appId: wechat.appId, appSecret: wechat.appSecret } };
  expect((await t.gql('mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id } }', { i: account }, tokens.chan)).errors).toBeUndefined();
});
afterAll(async () => {
  await t.stop();
  await wechat.close();
});

const FIELDS = 'id variants { wechatCoverId wechatDigest }';
const item = (title: string, variants: Record<string, unknown> | null) => ({
  title, body: `<p>${title}：现将有关事项通知如下。</p>`, summary: `${title}的摘要`, categoryCode: 'tzgg', channels: ['PORTAL', 'WECHAT'], variants,
});

async function create(title: string): Promise<string> {
  const res = await t.gql<{ createContent: { id: string } }>(`mutation($i:ContentInput!){ createContent(input:$i){ ${FIELDS} } }`, { i: item(title, null) }, tokens.ed);
  expect(res.errors).toBeUndefined();
  return res.data!.createContent.id;
}

async function upload(contentId: string, name: string, data: Buffer): Promise<string> {
  const res = await fetch(`${t.url}/media?contentId=${contentId}&filename=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.ed}` }, body: new Uint8Array(data) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

function update(id: string, title: string, variants: Record<string, unknown>) {
  return t.gql<{ updateContent: { id: string; variants: { wechatCoverId: string | null } } }>(
    `mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ ${FIELDS} } }`, { id, i: item(title, variants) }, tokens.ed);
}

test('the chosen image is the article’s cover on WeChat, uploaded as a permanent material, and the review preview shows it', async () => {
  const title = '关于冬季供暖服务热线开通的通知';
  const id = await create(title);
  const png = tinyPng();
  const cover = await upload(id, '封面.png', png);
  const saved = await update(id, title, { wechatCoverId: cover, wechatDigest: '供暖热线开通' });
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.updateContent.variants.wechatCoverId).toBe(cover);

  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  const preview = await t.gql<{ content: { rendition: { wechatCover: { attachmentId: string; fileName: string; dataUrl: string } } } }>(
    'query($id:ID!){ content(id:$id){ rendition { wechatCover { attachmentId fileName dataUrl } } } }', { id }, tokens.rev);
  expect(preview.data!.content.rendition.wechatCover).toEqual({ attachmentId: cover, fileName: '封面.png', dataUrl: `data:image/png;base64,${png.toString('base64')}` });

  expect((await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev)).errors).toBeUndefined();
  expect((await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed)).errors).toBeUndefined();
  await eventually(async () => wechat.published.some((p) => p.title === title), 60_000);
  const [article] = wechat.published.filter((p) => p.title === title);
  // A PNG is no thumb (JPEG only): it goes up as a permanent image material, whose media_id is the cover.
  expect(wechat.imageMaterialsUploaded).toBe(1);
  expect(wechat.materialBytes(article.thumbMediaId!)).toEqual(png);
});

test('without a chosen cover the article gets the default cover, as before', async () => {
  const title = '关于调整供暖收费标准的公告';
  const id = await create(title);
  for (const [m, v] of [['submitContent', ''], ['reviewContent', ', decision: APPROVE'], ['publishContent', '']]) {
    expect((await t.gql(`mutation($id:ID!){ ${m}(id:$id${v}){ id } }`, { id }, m === 'reviewContent' ? tokens.rev : tokens.ed)).errors).toBeUndefined();
  }
  await eventually(async () => wechat.published.some((p) => p.title === title), 60_000);
  const [article] = wechat.published.filter((p) => p.title === title);
  expect(wechat.materialBytes(article.thumbMediaId!)).toEqual(Buffer.from(PLACEHOLDER_COVER_JPEG));
});

test('the cover must be a JPG/PNG image of this very item: a GIF, another item’s image or an unknown id is refused and nothing is written', async () => {
  const title = '关于供暖期安全用气的提示';
  const id = await create(title);
  const other = await create('关于其他事项的通知');
  const gif = await upload(id, '动图.gif', TINY_GIF);
  const foreign = await upload(other, '别处.png', tinyPng());
  for (const [wechatCoverId, message] of [
    [gif, '微信封面只能用 JPG 或 PNG 图片'],
    [foreign, '微信封面须从本条内容的图片附件中选择'],
    ['00000000-0000-4000-8000-000000000000', '微信封面须从本条内容的图片附件中选择'],
    ['封面', '微信封面须从本条内容的图片附件中选择'],
  ]) {
    const res = await update(id, title, { wechatCoverId });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain(message);
  }
  const now = await t.gql<{ content: { revision: number; variants: unknown } }>('query($id:ID!){ content(id:$id){ revision variants { wechatCoverId } } }', { id }, tokens.ed);
  expect(now.data!.content).toEqual({ revision: 1, variants: null });
});

test('a 群发 (mass send) carries the chosen cover too: the sent article’s thumb is exactly the chosen image', async () => {
  const title = '关于供暖期延长至三月底的通告';
  const id = await create(title);
  const png = tinyPng();
  const cover = await upload(id, '群发封面.png', png);
  expect((await update(id, title, { wechatCoverId: cover })).errors).toBeUndefined();
  for (const [m, v] of [['submitContent', ''], ['reviewContent', ', decision: APPROVE'], ['publishContent', ', options: { wechatMode: MASS_SEND }']]) {
    expect((await t.gql(`mutation($id:ID!){ ${m}(id:$id${v}){ id } }`, { id }, m === 'reviewContent' ? tokens.rev : tokens.ed)).errors).toBeUndefined();
  }
  const sent = await eventually(async () => wechat.massSends.find((s) => s.title === title), 60_000);
  expect(wechat.published.some((p) => p.title === title)).toBe(false);
  expect(wechat.materialBytes(sent.thumbMediaId)).toEqual(png);
});
