/**
 * Issue #9 "Hidden marks", fresh pass: a body image is fetched when the item is published, after review, so the
 * gate never reads the text it carries (EXIF ImageDescription, XMP, comments, PNG text chunks). The WeChat
 * channel re-publishes the pixels without that text: the bytes the platform receives are checked here.
 */
import type { AccountCredentials, Rendition } from '../../channels/Channel.js';
import { PLACEHOLDER_COVER_JPEG } from '../../channels/wechat/cover.js';
import { WechatChannel } from '../../channels/wechat/index.js';
import { jpegWith, pngWithText, xmpWith } from '../helpers/hiddenFiles.js';
import { tinyPng } from '../helpers/images.js';
import { startWechatSim, type WechatSim } from '../sim/wechat.js';

let sim: WechatSim;
beforeEach(async () => {
  sim = await startWechatSim();
});
afterEach(async () => sim.close());

const account = (): AccountCredentials => ({ accountId: 'acct-wechat-1', name: '市政府办公室公众号', credentials: { appId: sim.appId, appSecret: sim.appSecret } });

const rendition = (html: string): Rendition => ({
  contentId: 'c-1', revision: 1, title: '冬季供暖保障工作动态', html, summary: '供暖保障工作进展。', categoryCode: 'gzdt', categoryName: '工作动态',
  unitName: '市政府办公室', portalUrl: 'https://gov.example.cn/articles/c-1', publishedAt: new Date('2025-01-15T08:00:00Z'),
});

const dataUrl = (type: string, bytes: Uint8Array): string => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/** A real JPEG (the placeholder cover) with EXIF, XMP and a comment segment spliced in after its SOI. */
function photoWithMetadata(): Buffer {
  const meta = jpegWith({ description: '机密★', xpComment: '绝密★', comment: '内部资料', xmp: xmpWith('此件不公开') });
  const segments = meta.subarray(2, meta.indexOf(Buffer.from([0xff, 0xda])));
  return Buffer.concat([PLACEHOLDER_COVER_JPEG.subarray(0, 2), segments, PLACEHOLDER_COVER_JPEG.subarray(2)]);
}

test('body images reach WeChat without their EXIF, XMP, comments and PNG text chunks, pixels unchanged', async () => {
  const photo = photoWithMetadata();
  const png = pngWithText([{ type: 'iTXt', keyword: 'Description', text: '机密★' }, { type: 'tEXt', keyword: 'Comment', text: 'internal' }]);
  expect(photo.includes(Buffer.from('机密★'))).toBe(true);
  await new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 2000, busyBackoffMs: 1 })
    .publish(rendition(`<p><img src="${dataUrl('image/jpeg', photo)}" alt="锅炉房"></p><p><img src="${dataUrl('image/png', png)}" alt="示意图"></p>`), account(), 'meta');
  const uploaded = [...sim.bodyImages.values()];
  expect(uploaded).toHaveLength(2);
  const [jpeg, pngOut] = uploaded;
  // Exactly the original image: what was spliced in is gone, nothing else changed.
  expect(Buffer.compare(jpeg, Buffer.from(PLACEHOLDER_COVER_JPEG))).toBe(0);
  expect(Buffer.compare(pngOut, tinyPng())).toBe(0);
});

test('an image without text metadata is uploaded byte for byte', async () => {
  await new WechatChannel({ apiBase: sim.baseUrl, timeoutMs: 2000, busyBackoffMs: 1 })
    .publish(rendition(`<p><img src="${dataUrl('image/png', tinyPng())}" alt="示意图"></p>`), account(), 'plain');
  expect([...sim.bodyImages.values()].map((b) => b.equals(tinyPng()))).toEqual([true]);
});
