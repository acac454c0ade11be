import {
  PORTAL_CONTENT_SECURITY_POLICY,
  PORTAL_STYLE_CSP_SOURCE,
  renderArticle,
  renderCategory,
  renderGone,
  renderHome,
  renderNotFound,
  renderSearch,
  type ArticleView,
  type CategoryView,
  type SiteInfo,
} from '../../channels/portal/render.js';
import { escapeHtml, html } from '../../channels/portal/html.js';
import { createHash } from 'node:crypto';
import { all, byTag, focusable, parseHtml, text, type Doc } from './dom.js';

const site: SiteInfo = { siteName: '某县人民政府', baseUrl: 'https://www.example.gov.cn' };
const nasty = '关于<script>alert("x")</script>“放管服” & 改革的通知';

const category: CategoryView = { code: 'tzgg', name: '通知公告', parentCode: null };

function article(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    id: '7f0c2d5e-0000-4000-8000-000000000001',
    title: '关于开展2024年度政府信息公开工作的通知',
    html: '<p>各乡镇人民政府：</p><table><tr><th scope="col">事项</th></tr><tr><td>年报</td></tr></table>',
    // 17:30 UTC is already the next day in Beijing.
    publishedAt: new Date('2024-04-30T17:30:00Z'),
    unitName: '县政府办公室',
    categoryCode: 'tzgg',
    categoryName: '通知公告',
    url: 'https://www.example.gov.cn/articles/7f0c2d5e-0000-4000-8000-000000000001',
    revision: 3,
    ...overrides,
  };
}

const summary = (i: number, title = `第${i}条信息`) => ({
  id: `id-${i}`,
  title,
  url: `https://www.example.gov.cn/articles/id-${i}`,
  publishedAt: new Date(Date.UTC(2024, 0, i)),
  unitName: '县统计局',
  categoryCode: 'tjxx',
  categoryName: '统计信息',
  summary: `摘要${i}`,
});

const pages: Record<string, () => string> = {
  home: () => renderHome(site, [{ category, items: [summary(1), summary(2, nasty)] }, { category: { code: 'gzdt', name: '工作动态' }, items: [] }]),
  'home (empty)': () => renderHome(site, []),
  category: () => renderCategory(site, category, [summary(1), summary(2)], { page: 2, pageSize: 2, total: 9 }, [{ code: 'sub', name: '子栏目一', parentCode: 'tzgg' }]),
  'category (empty)': () => renderCategory(site, category, [], { page: 1, pageSize: 20, total: 0 }),
  article: () => renderArticle(site, article({ title: nasty, interpretation: { title: '解读', url: 'https://www.example.gov.cn/articles/2' } })),
  'not found': () => renderNotFound(site),
  gone: () => renderGone(site, '该信息已撤回：内容已过时'),
  search: () => renderSearch(site, '通知', [summary(1, nasty)], { page: 1, pageSize: 20, total: 1 }),
  'search (no query)': () => renderSearch(site, '', [], { page: 1, pageSize: 20, total: 0 }),
};

test('an estimated search total is shown rounded, as 约, with the order it implies', () => {
  const markup = renderSearch(site, '通知', [summary(1, '通知')], { page: 1, pageSize: 20, total: 45_123, estimated: true });
  expect(markup).toContain('共找到 约 45000 条与“通知”相关的信息，按发布时间由新到旧排列。');
  expect(markup).toContain('共 约 45000 条，第 1 / 2257 页');
  expect(renderSearch(site, '通知', [summary(1, '通知')], { page: 1, pageSize: 20, total: 45 })).toContain('共找到 45 条与“通知”相关的信息。');
});

describe.each(Object.entries(pages))('%s page', (_name, render) => {
  let markup: string;
  let doc: Doc;
  beforeAll(() => {
    markup = render();
    doc = parseHtml(markup);
  });

  test('is a zh-CN HTML5 document with a title', () => {
    expect(markup.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(byTag(doc, 'html')[0].attribs.lang).toBe('zh-CN');
    expect(byTag(doc, 'meta').some((m) => m.attribs.charset === 'utf-8')).toBe(true);
    expect(text(byTag(doc, 'title')[0])).toContain(site.siteName);
  });

  test('has exactly one h1', () => {
    expect(byTag(doc, 'h1')).toHaveLength(1);
    expect(text(byTag(doc, 'h1')[0])).not.toBe('');
  });

  test('the first focusable element is the skip link to #main', () => {
    const first = focusable(doc)[0];
    expect(first.name).toBe('a');
    expect(first.attribs.href).toBe('#main');
    expect(text(first)).toBe('跳到主要内容');
    const main = byTag(doc, 'main');
    expect(main).toHaveLength(1);
    expect(main[0].attribs.id).toBe('main');
  });

  test('has header, nav, main and footer landmarks, and labelled navigations', () => {
    for (const tag of ['header', 'nav', 'main', 'footer']) expect(byTag(doc, tag).length).toBeGreaterThan(0);
    const navs = byTag(doc, 'nav');
    for (const nav of navs) expect(nav.attribs['aria-label'] ?? nav.attribs['aria-labelledby']).toBeTruthy();
  });

  test('needs no JavaScript and loads nothing from elsewhere', () => {
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(byTag(doc, 'iframe')).toHaveLength(0);
    expect(byTag(doc, 'link').filter((l) => /stylesheet|preload|icon/.test(l.attribs.rel ?? ''))).toHaveLength(0);
    const style = byTag(doc, 'style');
    expect(style).toHaveLength(1);
    expect(text(style[0])).not.toMatch(/@import|url\(|@font-face/);
    expect(all(doc, (e) => Object.keys(e.attribs).some((a) => a.startsWith('on')))).toHaveLength(0);
    expect(markup).not.toMatch(/javascript:/i);
  });

  test('every link is a real link and every id is unique', () => {
    for (const a of byTag(doc, 'a')) expect(a.attribs.href).toMatch(/^(#main|\/|https:\/\/)/);
    const ids = all(doc, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every form control has a label', () => {
    for (const input of byTag(doc, 'input')) {
      const labels = byTag(doc, 'label').filter((l) => l.attribs.for === input.attribs.id);
      expect(labels).toHaveLength(1);
    }
  });

  test('titles with markup are shown as text, never executed', () => {
    expect(markup).not.toContain('<script>alert');
    if (markup.includes('alert')) expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  test('the stylesheet matches the hash in the suggested CSP', () => {
    const css = text(byTag(doc, 'style')[0]);
    const raw = markup.slice(markup.indexOf('<style>') + 7, markup.indexOf('</style>'));
    expect(css.length).toBeGreaterThan(0);
    expect(`'sha256-${createHash('sha256').update(raw).digest('base64')}'`).toBe(PORTAL_STYLE_CSP_SOURCE);
    expect(PORTAL_CONTENT_SECURITY_POLICY).toContain(PORTAL_STYLE_CSP_SOURCE);
    expect(PORTAL_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});

describe('article page', () => {
  test('shows title, publishing unit, Beijing-time date, category link and breadcrumb', () => {
    const doc = parseHtml(renderArticle(site, article({ title: nasty })));
    expect(text(byTag(doc, 'h1')[0])).toBe(nasty);
    const time = byTag(doc, 'time')[0];
    expect(time.attribs.datetime).toBe('2024-05-01T01:30:00+08:00');
    expect(text(time)).toBe('2024-05-01');
    const dl = byTag(doc, 'dl')[0];
    const pairs = Object.fromEntries(byTag(dl, 'dt').map((dt, i) => [text(dt), text(byTag(dl, 'dd')[i])]));
    expect(pairs).toEqual({ 发布机构: '县政府办公室', 发布日期: '2024-05-01', 所属栏目: '通知公告' });
    const crumbs = byTag(all(doc, (e) => e.attribs['aria-label'] === '当前位置')[0], 'li').map(text);
    expect(crumbs).toEqual(['首页', '通知公告', '正文']);
    expect(byTag(doc, 'a').some((a) => a.attribs.href === '/categories/tzgg')).toBe(true);
    expect(byTag(doc, 'link').find((l) => l.attribs.rel === 'canonical')?.attribs.href).toBe(article().url);
  });

  test('keeps the sanitized body (tables included) and re-sanitizes anything that slipped through', () => {
    const doc = parseHtml(renderArticle(site, article({ html: '<h1>正文标题</h1><p onclick="x()">段落<script>alert(1)</script></p><table><tr><td>1</td></tr></table>' })));
    expect(byTag(doc, 'h1')).toHaveLength(1);
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(byTag(doc, 'table')).toHaveLength(1);
    expect(text(byTag(doc, 'h2')[0])).toBe('正文标题');
  });

  test('links the policy interpretation when there is one', () => {
    const doc = parseHtml(renderArticle(site, article({ interpretation: { title: '《通知》解读', url: 'https://www.example.gov.cn/articles/9' } })));
    const aside = byTag(doc, 'aside')[0];
    expect(text(aside)).toContain('政策解读：《通知》解读');
  });
});

describe('home page', () => {
  test('lists the latest items of each category under a heading linking to the category', () => {
    const doc = parseHtml(pages.home());
    const headings = byTag(doc, 'h2').map(text);
    expect(headings).toEqual(['通知公告', '工作动态']);
    const titles = byTag(byTag(doc, 'section')[0], 'li').map((li) => text(byTag(li, 'a')[0]));
    expect(titles).toEqual(['第1条信息', nasty]);
    expect(text(byTag(doc, 'section')[1])).toContain('本栏目暂无信息');
  });
});

describe('category page', () => {
  test('paginates with prev/next, numbered links and the current page marked', () => {
    const markup = pages.category();
    const doc = parseHtml(markup);
    const pager = all(doc, (e) => e.attribs['aria-label'] === '分页')[0];
    const links = byTag(pager, 'a');
    expect(links.find((a) => a.attribs.rel === 'prev')?.attribs.href).toBe('/categories/tzgg');
    expect(links.find((a) => a.attribs.rel === 'next')?.attribs.href).toBe('/categories/tzgg?page=3');
    expect(links.find((a) => a.attribs['aria-current'] === 'page')?.attribs.href).toBe('/categories/tzgg?page=2');
    expect(text(pager)).toContain('共 9 条，第 2 / 5 页');
    expect(byTag(doc, 'link').find((l) => l.attribs.rel === 'next')?.attribs.href).toBe('/categories/tzgg?page=3');
    expect(text(byTag(doc, 'h1')[0])).toBe('通知公告');
    expect(byTag(doc, 'a').some((a) => a.attribs.href === '/categories/sub')).toBe(true);
  });

  test('a single page has no pager; an empty category says so', () => {
    const doc = parseHtml(pages['category (empty)']());
    expect(all(doc, (e) => e.attribs['aria-label'] === '分页')).toHaveLength(0);
    expect(text(byTag(doc, 'main')[0])).toContain('本栏目暂无信息');
  });

  test('labels items from subcategories with their category', () => {
    const doc = parseHtml(pages.category());
    expect(text(byTag(doc, 'ul').find((u) => u.attribs.class === 'items')!)).toContain('[统计信息]');
  });
});

describe('error pages', () => {
  test('404 says the page does not exist and offers a way on', () => {
    const doc = parseHtml(renderNotFound(site));
    expect(text(byTag(doc, 'h1')[0])).toBe('页面不存在');
    expect(byTag(doc, 'meta').some((m) => m.attribs.name === 'robots' && m.attribs.content === 'noindex')).toBe(true);
    expect(byTag(doc, 'a').some((a) => a.attribs.href === '/')).toBe(true);
    expect(byTag(doc, 'form')[0].attribs.action).toBe('/search');
  });

  test('410 says the item was retracted and shows the reason escaped', () => {
    const doc = parseHtml(renderGone(site, '该信息已撤回：<b>依申请</b>'));
    expect(text(byTag(doc, 'h1')[0])).toBe('该信息已撤回');
    expect(text(byTag(doc, 'main')[0])).toContain('该信息已撤回：<b>依申请</b>');
    expect(byTag(doc, 'b')).toHaveLength(0);
  });
});

describe('search page', () => {
  test('a GET form on /search with the query kept, escaped, in the field', () => {
    const q = '"><script>alert(1)</script>';
    const markup = renderSearch(site, q, [], { page: 1, pageSize: 20, total: 0 });
    const doc = parseHtml(markup);
    const form = byTag(doc, 'form')[0];
    expect(form.attribs).toMatchObject({ action: '/search', method: 'get', role: 'search' });
    expect(byTag(form, 'input')[0].attribs).toMatchObject({ name: 'q', value: q });
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(text(byTag(doc, 'main')[0])).toContain('未找到');
  });

  test('lists results with the query highlighted and pages keeping the query', () => {
    const results = [summary(1, '统计公报'), summary(2, '关于统计工作的通知')];
    const doc = parseHtml(renderSearch(site, '统计', results, { page: 1, pageSize: 2, total: 3 }));
    expect(byTag(doc, 'mark').map(text)).toContain('统计');
    expect(text(all(doc, (e) => e.attribs.role === 'status')[0])).toContain('共找到 3 条');
    const next = byTag(doc, 'a').find((a) => a.attribs.rel === 'next');
    expect(next?.attribs.href).toBe(`/search?q=${encodeURIComponent('统计')}&page=2`);
  });
});

describe('html helpers', () => {
  test('escapeHtml escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  test('the html template escapes interpolations but not nested templates', () => {
    const inner = html`<em>${'<b>'}</em>`;
    expect(html`<p title="${'"'}">${inner}${['<', html`<br>`]}${null}${false}${0}</p>`.value).toBe(
      '<p title="&quot;"><em>&lt;b&gt;</em>&lt;<br>0</p>',
    );
  });
});
