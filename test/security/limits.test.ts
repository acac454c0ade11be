import { GraphQLError } from 'graphql';
import { errorFormatter } from '../../server/graphql.js';
import { silentLogger } from '../../observe/logger.js';

const formatError = errorFormatter(silentLogger);
import { startTestHub, type GqlResult, type TestHub } from '../helpers/hub.js';
import { createRoleDatabase, type RoleDatabase } from '../helpers/roles.js';

/** Each case here was found by the security test (issue 8): 4xx with a stable code, never INTERNAL_SERVER_ERROR. */
let t: TestHub;
let editor: string;
let overseer: string;

beforeAll(async () => {
  t = await startTestHub({ worker: false, env: { GRAPHQL_MAX_RESPONSE_BYTES: '300000' } });
  await t.users([{ username: 'ed', role: 'editor' }, { username: 'over', role: 'overseer' }]);
  editor = await t.login('ed');
  overseer = await t.login('over');
});
afterAll(async () => t.stop());

const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const CREATE = 'mutation($i: ContentInput!){ createContent(input:$i){ id } }';
const item = (over: Record<string, unknown> = {}) => ({ title: '工作动态', body: '<p>本周召开常务会议。</p>', categoryCode: 'gzdt', ...over });

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, json: (() => { try { return JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] }; } catch { return null; } })() };
}

describe('query cost reads variables', () => {
  const aliased = (n: number, first: string) =>
    `query${first === '$n' ? '($n: Int)' : ''}{ ${Array.from({ length: n }, (_, i) => `a${i}: contents(first: ${first}){ edges { node { id title body summary status revision createdAt updatedAt } } }`).join(' ')} }`;

  test('first: $n costs what first: 100 costs', async () => {
    const literal = await t.gql(aliased(14, '100'), {}, editor);
    const variable = await t.gql(aliased(14, '$n'), { n: 100 }, editor);
    expect(code(literal)).toBe('QUERY_TOO_COMPLEX');
    expect(code(variable)).toBe('QUERY_TOO_COMPLEX');
    expect(variable.data).toBeNull();
    expect(code(await t.gql(aliased(14, '$n'), { n: 2 }, editor))).toBeUndefined();
  });

  test('a variable default counts too', async () => {
    const query = `query($n: Int = 100){ ${Array.from({ length: 14 }, (_, i) => `a${i}: contents(first: $n){ edges { node { id title body summary status revision createdAt updatedAt } } }`).join(' ')} }`;
    expect(code(await t.gql(query, {}, editor))).toBe('QUERY_TOO_COMPLEX');
  });

  test('scalar fields cost something: a page of many scalars is refused', async () => {
    const query = (first: number) => `{ contents(first: ${first}){ edges { node { ${'id status '.repeat(60)} } } } }`;
    const res = await t.gql(query(100), {}, editor);
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].extensions!.limit).toBe('cost');
    expect(code(await t.gql(query(20), {}, editor))).toBeUndefined();
  });

  test('too many tokens is QUERY_TOO_COMPLEX, not a parse failure', async () => {
    const res = await t.gql(`{ ${Array.from({ length: 3000 }, () => 'me { id }').join(' ')} }`, {}, editor);
    expect(code(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
  });
});

describe('aliases, tokens, directives, depth', () => {
  test('20 aliases of a scalar query are refused', async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `d${i}: isWorkingDay(date: "2026-01-05")`).join(' ')} }`;
    expect(code(await t.gql(query, {}, editor))).toBe('QUERY_TOO_COMPLEX');
  });

  test('100,000 anonymous __typename fields are refused before they are executed', async () => {
    const res = await post(JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)}}` }), { authorization: '' });
    expect(res.status).toBe(400);
    expect(res.json!.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('aliased __typename counts as an alias', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(code(await t.gql(query))).toBe('QUERY_TOO_COMPLEX');
  });

  test('many directives are refused', async () => {
    const query = `{ me ${'@include(if: true) '.repeat(30)}{ id } }`;
    expect(code(await t.gql(query, {}, editor))).toBe('QUERY_TOO_COMPLEX');
  });

  test('ordinary deep queries and fragments pass', async () => {
    const query = '{ contents { edges { node { publications { account { id } } revisions { findings { text } } } } } }';
    expect(code(await t.gql(query, {}, editor))).toBeUndefined();
    const deep = '{ contents { edges { node { category { code } ' + 'unit { id } '.repeat(1) + '} } } }';
    expect(code(await t.gql(deep, {}, editor))).toBeUndefined();
    const fragmentDeep = `query { ...A } fragment A on Query { contents { edges { node { ...B } } } } fragment B on Content { publications { account { ...C } } } fragment C on ChannelAccount { id name }`;
    expect(code(await t.gql(fragmentDeep, {}, editor))).toBeUndefined();
  });
});

describe('response size is capped', () => {
  test('a response larger than the cap is refused as a whole', async () => {
    const body = `<p>${'政务公开'.repeat(30_000)}</p>`;
    for (let i = 0; i < 3; i++) expect(code(await t.gql(CREATE, { i: item({ body }) }, editor))).toBeUndefined();
    const res = await post(JSON.stringify({ query: '{ contents(first: 10){ edges { node { id body } } } }' }));
    expect(res.json!.errors![0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(res.text.length).toBeLessThan(2000);
    expect(code(await t.gql('{ contents(first: 10){ edges { node { id title } } } }', {}, editor))).toBeUndefined();
  });
});

describe('bad input at the edge', () => {
  test.each([
    ['not JSON', 'bm90IGpzb24'],
    ['non-UUID id', Buffer.from(JSON.stringify({ u: new Date().toISOString(), i: 'x' })).toString('base64url')],
    ['invalid date', Buffer.from(JSON.stringify({ u: 'yesterday', i: '00000000-0000-0000-0000-000000000000' })).toString('base64url')],
  ])('a forged contents cursor (%s) is BAD_USER_INPUT', async (_, after) => {
    expect(code(await t.gql('query($a:String){ contents(after:$a){ edges { cursor } } }', { a: after }, editor))).toBe('BAD_USER_INPUT');
  });

  test('a forged audit cursor s:1e20 is BAD_USER_INPUT', async () => {
    const after = Buffer.from('{"s":1e20}').toString('base64url');
    expect(code(await t.gql('query($a:String){ auditEvents(after:$a){ edges { cursor } } }', { a: after }, overseer))).toBe('BAD_USER_INPUT');
  });

  test('a value only PostgreSQL refuses (SQLSTATE class 22) is reported as BAD_USER_INPUT, not internal', () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: '22P02' });
    const error = new GraphQLError('invalid input syntax', { path: ['content'], originalError: pgError });
    expect(formatError({ message: error.message, path: ['content'] }, error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const other = new GraphQLError('boom', { path: ['content'], originalError: Object.assign(new Error('deadlock'), { code: '40P01' }) });
    expect(formatError({ message: 'boom', path: ['content'] }, other).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  test('calendarDays from year 0000 is BAD_USER_INPUT', async () => {
    expect(code(await t.gql('{ calendarDays(from: "0000-01-01", to: "2026-12-31"){ date } }', {}, editor))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql('{ isWorkingDay(date: "0000-01-01") }', {}, editor))).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['NUL in a title (variable)', CREATE, { i: item({ title: '标题\u0000' }) }],
    ['lone surrogate in a body (variable)', CREATE, { i: item({ body: '<p>正文\ud800</p>' }) }],
    ['NUL in a summary', CREATE, { i: item({ summary: 'a\u0000b' }) }],
    ['NUL in a search', 'query($q:String!){ searchPublished(query:$q){ totalCount } }', { q: '\u0000' }],
    ['lone surrogate in a search', 'query($q:String!){ searchPublished(query:$q){ totalCount } }', { q: '\udc00政务' }],
    ['NUL in a literal', 'mutation { createContent(input: { title: "a\\u0000", body: "<p>x</p>", categoryCode: "gzdt" }){ id } }', {}],
  ])('%s is BAD_USER_INPUT', async (_, query, variables) => {
    const res = await t.gql(query, variables, editor);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.status).toBe(400);
  });

  test('subscription operations are refused with a stable code', async () => {
    const res = await post(JSON.stringify({ query: 'subscription { me { id } }' }));
    expect(res.status).toBe(400);
    expect(res.json!.errors![0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(res.json!.errors![0].extensions.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|OPERATION_NOT_SUPPORTED)$/);
  });

  test('an unsupported charset is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'application/json; charset=koi8-r' });
    expect(res.status).toBe(415);
    expect(res.json!.errors![0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  test('deeply nested <blockquote> are refused before anything parses them', async () => {
    // 38,000 levels stay under the 1,000,000-character body limit: only the nesting is wrong.
    const body = '<blockquote>'.repeat(38_000) + '深' + '</blockquote>'.repeat(38_000);
    expect(body.length).toBeLessThan(1_000_000);
    const started = Date.now();
    const res = await t.gql(CREATE, { i: item({ body }) }, editor);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('body');
    expect(Date.now() - started).toBeLessThan(5000);
    const fine = '<blockquote>'.repeat(20) + '浅' + '</blockquote>'.repeat(20);
    expect(code(await t.gql(CREATE, { i: item({ body: fine }) }, editor))).toBeUndefined();
  });

  test('GET /search?q=%00 on the portal is 400', async () => {
    const res = await fetch(`${t.url}/search?q=%00`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/搜索/);
    expect((await fetch(`${t.url}/search?q=%ED%A0%80`)).status).toBeLessThan(500);
    expect((await fetch(`${t.url}/search?q=${encodeURIComponent('政务')}`)).status).toBe(200);
  });
});

describe('in production', () => {
  let prod: TestHub;
  let roles: RoleDatabase;
  beforeAll(async () => {
    // Production refuses a superuser connection: run as the README's application role.
    roles = await createRoleDatabase();
    prod = await startTestHub({ worker: false, env: { NODE_ENV: 'production', APP_SECRET: 'a-production-secret-of-forty-bytes-long!', DATABASE_URL: roles.appUrl, DATABASE_OWNER_URL: roles.ownerUrl } });
  });
  afterAll(async () => {
    await prod.stop();
    await roles.drop();
  });

  test('field suggestions do not leak the schema', async () => {
    const res = await prod.gql('{ contnt(id: "x") { id } }');
    expect(code(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/contnt/);
    expect(res.errors![0].message).not.toMatch(/Did you mean|"content"/);
    // Outside production a developer still gets the hint.
    expect((await t.gql('{ contnt(id: "x") { id } }')).errors![0].message).toMatch(/Did you mean "content"/);
  });
});
