import type { TestHub } from '../helpers/hub.js';
import { approve, createAndSubmit, gqlData, hubWithUsers, publishAndWait } from './publishing.js';

let t: TestHub;
let tok: Record<string, string>;

const LINK = 'mutation($p:ID!,$i:ID!){ linkInterpretation(policyId:$p, interpretationId:$i){ id interpretations { id } } }';
const REVIEW = 'mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }';
const REQUIRE = 'mutation($c:String!,$r:Boolean!){ setCategoryRequiresInterpretation(code:$c, required:$r){ code requiresInterpretation } }';

beforeAll(async () => {
  ({ t, tokens: tok } = await hubWithUsers([
    { username: 'ed', role: 'editor', unit: 'city' },
    { username: 'rev1', role: 'reviewer', unit: 'city' },
    { username: 'rev2', role: 'reviewer', unit: 'city' },
    { username: 'ed-county', role: 'editor', unit: 'county' },
    { username: 'adm', role: 'admin' },
  ]));
});
afterAll(async () => t.stop());

const errorCode = async (query: string, variables: Record<string, unknown>, token: string | null) => (await t.gql(query, variables, token)).errors?.[0];

test('三同步: a policy in a flagged category is finally approved only after its linked interpretation', async () => {
  expect(await errorCode(REQUIRE, { c: 'zcwj', r: true }, tok.ed)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  expect(await errorCode(REQUIRE, { c: 'nosuch', r: true }, tok.adm)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  const flagged = await gqlData<{ setCategoryRequiresInterpretation: unknown }>(t, REQUIRE, { c: 'zcwj', r: true }, tok.adm);
  expect(flagged.setCategoryRequiresInterpretation).toEqual({ code: 'zcwj', requiresInterpretation: true });

  const policy = await createAndSubmit(t, tok.ed, { title: '关于进一步做好冬季供暖保障工作的实施意见', body: '<p>为做好今冬明春供暖保障，制定本意见。</p>', categoryCode: 'zcwj' });
  const reading = await createAndSubmit(t, tok.ed, { title: '《关于进一步做好冬季供暖保障工作的实施意见》政策解读', body: '<p>一、出台背景。二、主要内容。</p>', categoryCode: 'zcjd' });

  // 一审一核: the first approval is not held up; the final one is.
  expect(await approve(t, tok.rev1, policy)).toBe('IN_REVIEW');
  const unlinked = await errorCode(REVIEW, { id: policy }, tok.rev2);
  expect(unlinked?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', requirement: 'APPROVED_INTERPRETATION' });
  expect(unlinked?.message).toContain('三同步');

  await gqlData(t, LINK, { p: policy, i: reading }, tok.ed);
  expect((await errorCode(REVIEW, { id: policy }, tok.rev2))?.extensions?.code).toBe('INVALID_TRANSITION'); // linked, not yet approved

  expect(await approve(t, tok.rev1, reading)).toBe('APPROVED');
  expect(await approve(t, tok.rev2, policy)).toBe('APPROVED');

  // Both pages, once published, point at each other.
  await publishAndWait(t, tok.ed, policy);
  const policyPageBefore = await (await fetch(`${t.url}/articles/${policy}`)).text();
  expect(policyPageBefore).not.toContain(`/articles/${reading}`); // the interpretation is not public yet
  await publishAndWait(t, tok.ed, reading);
  const policyPage = await (await fetch(`${t.url}/articles/${policy}`)).text();
  expect(policyPage).toContain('政策解读：<a href="http://portal.test/articles/' + reading + '">《关于进一步做好冬季供暖保障工作的实施意见》政策解读</a>');
  const readingPage = await (await fetch(`${t.url}/articles/${reading}`)).text();
  expect(readingPage).toContain('相关政策：<a href="http://portal.test/articles/' + policy + '">关于进一步做好冬季供暖保障工作的实施意见</a>');

  const both = await gqlData<{ p: any; r: any }>(t, 'query($p:ID!,$r:ID!){ p: content(id:$p){ interpretations { id } interprets { id } category { requiresInterpretation } } r: content(id:$r){ interprets { id } interpretations { id } } }', { p: policy, r: reading }, tok.rev1);
  expect(both).toEqual({ p: { interpretations: [{ id: reading }], interprets: null, category: { requiresInterpretation: true } }, r: { interprets: { id: policy }, interpretations: [] } });

  await gqlData(t, REQUIRE, { c: 'zcwj', r: false }, tok.adm);
});

test('a category without the flag approves policies as before', async () => {
  const policy = await createAndSubmit(t, tok.ed, { title: '某某局履职依据', body: '<p>依据。</p>', categoryCode: 'lzyj' });
  expect(await approve(t, tok.rev1, policy)).toBe('APPROVED');
});

test('links: kinds, units, roles, idempotence and one policy per interpretation', async () => {
  const policy = await createAndSubmit(t, tok.ed, { title: '政策甲', body: '<p>甲</p>', categoryCode: 'zcwj' });
  const other = await createAndSubmit(t, tok.ed, { title: '政策乙', body: '<p>乙</p>', categoryCode: 'zcwj' });
  const reading = await createAndSubmit(t, tok.ed, { title: '政策甲解读', body: '<p>解读</p>', categoryCode: 'zcjd' });
  const notice = await createAndSubmit(t, tok.ed, { title: '通知', body: '<p>通知</p>', categoryCode: 'tzgg' });
  const countyReading = await createAndSubmit(t, tok['ed-county'], { title: '县里的解读', body: '<p>解读</p>', categoryCode: 'zcjd' });

  expect((await errorCode(LINK, { p: policy, i: reading }, null))?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await errorCode(LINK, { p: policy, i: reading }, tok.rev1))?.extensions?.code).toBe('FORBIDDEN');
  expect((await errorCode(LINK, { p: policy, i: reading }, tok['ed-county']))?.extensions?.code).toBe('FORBIDDEN');
  expect((await errorCode(LINK, { p: policy, i: countyReading }, tok.ed))?.extensions?.code).toBe('FORBIDDEN');
  expect((await errorCode(LINK, { p: notice, i: reading }, tok.ed))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyId' });
  expect((await errorCode(LINK, { p: policy, i: notice }, tok.ed))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interpretationId' });
  expect((await errorCode(LINK, { p: policy, i: policy }, tok.ed))?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await errorCode(LINK, { p: policy, i: '00000000-0000-4000-8000-000000000000' }, tok.ed))?.extensions?.code).toBe('NOT_FOUND');

  const linked = await gqlData<{ linkInterpretation: any }>(t, LINK, { p: policy, i: reading }, tok.ed);
  expect(linked.linkInterpretation).toEqual({ id: policy, interpretations: [{ id: reading }] });
  const again = await gqlData<{ linkInterpretation: any }>(t, LINK, { p: policy, i: reading }, tok.adm);
  expect(again.linkInterpretation.interpretations).toEqual([{ id: reading }]);
  expect((await errorCode(LINK, { p: other, i: reading }, tok.ed))?.extensions).toMatchObject({ code: 'CONFLICT', policyId: policy });

  const { rows } = await t.db.pool.query(`SELECT actor FROM audit_events WHERE action = 'content.interpretation.link' AND target_id = $1`, [policy]);
  expect(rows.map((r) => r.actor)).toEqual(['ed', 'adm']);
});
