import { PassThrough } from 'node:stream';
import { createLogger, prettyLine, type Logger } from '../../observe/logger.js';
import { eventually, passwordOf, startTestHub, type TestHub } from '../helpers/hub.js';

/** A logger whose JSON lines the test reads back. */
function capture(): { logger: Logger; records: () => Record<string, any>[]; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const logger = createLogger({ level: 'info', format: 'json', destination: stream });
  return { logger, text: () => text, records: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>) };
}

test('secrets are censored at the top level, one level down and in request headers', () => {
  const { logger, text, records } = capture();
  logger.info({ password: 'pw-SECRET-1', account: { credentials: { appSecret: 'SECRET-2' }, accessToken: 'SECRET-3' }, req: { headers: { authorization: 'Bearer SECRET-4' } } }, 'x');
  expect(text()).not.toMatch(/SECRET/);
  const [record] = records();
  expect(record.password).toBe('[已隐去]');
  expect(record.account.credentials).toBe('[已隐去]');
  expect(record.account.accessToken).toBe('[已隐去]');
  expect(record.req.headers.authorization).toBe('[已隐去]');
});

test('the development format is one readable line in Beijing time', () => {
  const line = prettyLine(JSON.stringify({ level: 40, time: Date.UTC(2026, 0, 1, 4, 5, 6), pid: 1, hostname: 'h', msg: '发布未成功，稍后重试', publicationId: 'p1' }));
  expect(line).toBe('12:05:06 WARN  发布未成功，稍后重试  publicationId=p1');
});

describe('through a hub', () => {
  let t: TestHub;
  const log = capture();
  beforeAll(async () => {
    t = await startTestHub({ logger: log.logger });
    await t.users([{ username: 'ed', role: 'editor' }, { username: 'rev', role: 'reviewer' }]);
  });
  afterAll(async () => t.stop());

  test('requests get an id; a password sent to login never reaches the log; a delivery logs the id of the request that armed it', async () => {
    const login = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', variables: { u: 'ed', p: passwordOf('ed') } }),
    });
    expect(login.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const editor = await t.login('ed');
    const reviewer = await t.login('rev');
    const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '日志测试', body: '<p>正文。</p>', categoryCode: 'gzdt' } }, editor);
    const id = created.data!.createContent.id;
    await t.gql('mutation($id:ID!){ submitContent(id:$id){ status } }', { id }, editor);
    await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);

    const publish = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'x-request-id': 'trace-publish-0001' },
      body: JSON.stringify({ query: 'mutation($id:ID!){ publishContent(id:$id){ status } }', variables: { id } }),
    });
    expect(publish.headers.get('x-request-id')).toBe('trace-publish-0001');
    const delivered = await eventually(async () => {
      const lines = log.records().filter((r) => r.job === 'delivery' && r.outcome === 'published');
      return lines.length >= 2 ? lines : null;
    });
    expect(delivered.every((r) => r.requestId === 'trace-publish-0001')).toBe(true);

    const requestLine = log.records().find((r) => r.req?.id === 'trace-publish-0001');
    expect(requestLine).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
    expect(log.text()).not.toContain(passwordOf('ed'));
    expect(log.text()).not.toContain(editor);
  });
});
