import type { TestHub } from '../helpers/hub.js';
import { hubWithUsers, publishItem } from '../oversight/publishing.js';

let t: TestHub;
let tokens: { editor: string; reviewer: string };

beforeAll(async () => {
  const hub = await hubWithUsers([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  t = hub.t;
  tokens = { editor: hub.tokens.ed, reviewer: hub.tokens.rev };
});
afterAll(async () => t.stop());

/** The breadcrumb's entries and links, as a visitor reads them. */
async function crumbsOf(id: string): Promise<{ labels: string[]; links: string[] }> {
  const page = await (await fetch(`${t.url}/articles/${id}`)).text();
  const nav = /<nav[^>]*aria-label="当前位置"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
  const labels = [...nav.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim());
  const links = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  return { labels, links };
}

test('an article in a sub-category shows its parent in the breadcrumb, linked', async () => {
  // 行政处罚 (xzcf) sits under 法定主动公开内容 (fdzdgknr) in the shipped catalogue.
  const nested = await publishItem(t, tokens, { title: '关于某公司违规排放的行政处罚决定', body: '<p>依法作出行政处罚决定。</p>', categoryCode: 'xzcf' });
  expect(await crumbsOf(nested)).toEqual({ labels: ['首页', '法定主动公开内容', '行政处罚', '正文'], links: ['/', '/categories/fdzdgknr', '/categories/xzcf'] });
  const top = await publishItem(t, tokens, { title: '关于做好冬季供暖工作的通知', body: '<p>请各单位做好准备。</p>' });
  expect((await crumbsOf(top)).labels).toEqual(['首页', '通知公告', '正文']);
});
