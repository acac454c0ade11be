import { seedDemo } from '../../server/demo.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishItem } from '../oversight/publishing.js';
import { MN, mnBody } from './mongolianText.js';
import { STAFF } from './staff.js';

/*
 * 蒙汉双语 through the API: a Mongolian version is saved, gated (marks hidden with Mongolian selectors still
 * block), reviewed with its item or on its own, and listed for translators while missing or out of date.
 */
let t: TestHub;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ t, tokens } = await hubWithUsers(STAFF));
}, 120_000);
afterAll(async () => t?.stop());

const SAVE = `mutation($id:ID!,$i:TranslationInput!){ saveTranslation(contentId:$id, input:$i){ language revision sourceRevision status verdict outdated findings { type kind severity text field } } }`;
const MONGOLIAN = `query($id:ID!){ content(id:$id){ status mongolian { title body status approved revision verdict findings { type } } } }`;
const UNTRANSLATED = `query{ untranslatedContents(first: 50){ translatedFrom content { id title } } }`;
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

test('a Mongolian version saved on an item in review is reviewed and approved with it', async () => {
  const id = await createAndSubmit(t, tokens.ed, { title: '关于城区冬季供暖的通知', body: '<p>城区供暖于11月开始。</p>' });
  const saved = await gqlData<{ saveTranslation: Record<string, unknown> }>(t, SAVE, { id, i: { title: MN.title, body: mnBody() } }, tokens.ed);
  expect(saved.saveTranslation).toMatchObject({ language: 'mn-Mong', revision: 1, sourceRevision: 1, status: 'IN_REVIEW', verdict: 'PASS', outdated: false, findings: [] });
  // The reviewer sees both versions on the item.
  const before = await gqlData<{ content: { mongolian: { title: string; status: string; approved: boolean } } }>(t, MONGOLIAN, { id }, tokens.rev);
  expect(before.content.mongolian).toMatchObject({ title: MN.title, status: 'IN_REVIEW', approved: false });
  expect(await approve(t, tokens.rev, id)).toBe('APPROVED');
  const after = await gqlData<{ content: { mongolian: { status: string; approved: boolean } } }>(t, MONGOLIAN, { id }, tokens.rev);
  expect(after.content.mongolian).toMatchObject({ status: 'APPROVED', approved: true });
});

test('a classification mark hidden with Mongolian selectors and separators in the translation blocks the item', async () => {
  const id = await createAndSubmit(t, tokens.ed, { title: '关于供暖收费的说明', body: '<p>收费标准不变。</p>' });
  // 机 FVS1 密 MVS ★ reads 机密★ on screen; 内 NNBSP 部资料 reads 内部资料.
  const body = `<p>机\u180B密\u180E★</p><p>${MN.first}</p>`;
  const saved = await gqlData<{ saveTranslation: { verdict: string; findings: { type: string; severity: string; field: string; text: string }[] } }>(t, SAVE, { id, i: { title: MN.title, summary: `内\u202F部\u180D资料`, body } }, tokens.ed);
  expect(saved.saveTranslation.verdict).toBe('BLOCK');
  expect(saved.saveTranslation.findings).toEqual(expect.arrayContaining([
    expect.objectContaining({ type: 'classification_mark', severity: 'BLOCK', field: 'body', text: '机\u180B密\u180E★' }),
    expect.objectContaining({ type: 'internal_mark', severity: 'BLOCK', field: 'summary' }),
  ]));
  const refused = await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, tokens.rev);
  expect(code(refused)).toBe('GATE_BLOCKED');
  expect(refused.errors![0].message).toContain('蒙古文译文');
  // Mongolian words with selectors, and a Mongolian full stop between 机 and 密, are not a mark.
  const clean = await gqlData<{ saveTranslation: { verdict: string; revision: number } }>(t, SAVE, { id, i: { title: MN.title, body: `<p>${MN.first}机᠃密${MN.second}</p><p>ᠭ᠋ᠠ ${MN.monthMvs}</p>` } }, tokens.ed);
  expect(clean.saveTranslation).toMatchObject({ verdict: 'PASS', revision: 2, findings: [] });
  expect(await approve(t, tokens.rev, id)).toBe('APPROVED');
});

test('numbers in Mongolian digits are personal data like any other', async () => {
  const id = await createAndSubmit(t, tokens.ed, { title: '关于供暖报修电话的通知', body: '<p>报修请拨打12345。</p>' });
  // 13800138000 in Mongolian digits, after ᠤᠲᠠᠰᠤ ("telephone").
  const saved = await gqlData<{ saveTranslation: { verdict: string; findings: { type: string; text: string }[] } }>(t, SAVE, { id, i: { title: MN.title, body: '<p>ᠤᠲᠠᠰᠤ ᠑᠓᠘᠐᠐᠑᠓᠘᠐᠐᠐</p>' } }, tokens.ed);
  expect(saved.saveTranslation.verdict).toBe('WARN');
  expect(saved.saveTranslation.findings).toEqual([expect.objectContaining({ type: 'mobile', text: '᠑᠓᠘᠐᠐᠑᠓᠘᠐᠐᠐' })]);
});

test('translators see published items without an up-to-date Mongolian version; one reviewed on its own leaves the list', async () => {
  const id = await publishItem(t, { editor: tokens.ed, reviewer: tokens.rev }, { title: '关于城区道路维修的公告', body: '<p>道路维修期间请绕行。</p>' });
  const listed = await gqlData<{ untranslatedContents: { translatedFrom: number | null; content: { id: string } }[] }>(t, UNTRANSLATED, {}, tokens.ed);
  expect(listed.untranslatedContents).toContainEqual({ translatedFrom: null, content: { id, title: '关于城区道路维修的公告' } });

  await gqlData(t, SAVE, { id, i: { title: MN.title, body: mnBody() } }, tokens.ed);
  // Separation of duties: an editor cannot approve, a reviewer must.
  expect(code(await t.gql('mutation($id:ID!){ reviewTranslation(contentId:$id, decision: APPROVE){ status } }', { id }, tokens.ed))).toBe('FORBIDDEN');
  const rejected = await t.gql('mutation($id:ID!){ reviewTranslation(contentId:$id, decision: REJECT){ status } }', { id }, tokens.rev);
  expect(code(rejected)).toBe('BAD_USER_INPUT');
  const approved = await gqlData<{ reviewTranslation: { status: string } }>(t, 'mutation($id:ID!){ reviewTranslation(contentId:$id, decision: APPROVE){ status } }', { id }, tokens.rev);
  expect(approved.reviewTranslation.status).toBe('APPROVED');
  const after = await gqlData<{ untranslatedContents: { content: { id: string } }[] }>(t, UNTRANSLATED, {}, tokens.ed);
  expect(after.untranslatedContents.map((u) => u.content.id)).not.toContain(id);
});

test('category names in Mongolian are seeded for the catalogue and set by admins only', async () => {
  const cats = await gqlData<{ categories: { code: string; nameMongolian: string | null }[] }>(t, '{ categories { code nameMongolian } }', {}, tokens.ed);
  expect(cats.categories.find((c) => c.code === 'gzdt')?.nameMongolian).toBe('ᠠᠵᠢᠯ\u202Fᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ');
  expect(code(await t.gql('mutation{ setCategoryMongolianName(code: "gzdt", name: "x") }', {}, tokens.ed))).toBe('FORBIDDEN');
  expect(code(await t.gql('mutation{ setCategoryMongolianName(code: "nope", name: "ᠠ") }', {}, tokens.adm))).toBe('NOT_FOUND');
});


test('the demo seed publishes its heating notice in Mongolian too', async () => {
  const fresh = await startTestHub();
  try {
    expect(await seedDemo(fresh.hub.deps)).toBe(true);
    const page = await eventually(async () => {
      const res = await fetch(`${fresh.url}/mn/`);
      const text = await res.text();
      return text.includes('/mn/articles/') ? text : null;
    });
    expect(page).toContain('ᠲᠡᠳᠭᠦᠯᠭᠡ\u202Fᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ');
  } finally {
    await fresh.stop();
  }
}, 120_000);
