import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  // No worker: these tests are about the state machine, not delivery.
  t = await startTestHub({ worker: false });
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'ed2', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'rev2', role: 'reviewer' },
    { username: 'chan', role: 'channel_admin' },
    { username: 'over', role: 'overseer' },
    { username: 'boss', role: 'admin' },
    { username: 'edB', role: 'editor', unit: 'unitb' },
    { username: 'revB', role: 'reviewer', unit: 'unitb' },
  ]);
  for (const name of ['ed', 'ed2', 'rev', 'rev2', 'chan', 'over', 'boss', 'edB', 'revB']) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

const CREATE = 'mutation($i: ContentInput!){ createContent(input:$i){ id status revision } }';
const SUBMIT = 'mutation($id:ID!){ submitContent(id:$id){ status } }';
const REVIEW = 'mutation($id:ID!,$d:ReviewDecision!,$c:String,$k:[KeepFindingInput!]){ reviewContent(id:$id, decision:$d, comment:$c, keep:$k){ status approvedRevision revision } }';
const PUBLISH = 'mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status scheduledAt } }';
const UPDATE = 'mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ status revision approvedRevision } }';

const plain = (title = '工作动态', categoryCode = 'gzdt') => ({ title, body: '<p>本周召开常务会议，研究部署冬季安全生产工作。</p>', categoryCode });

async function draft(by = 'ed', input: Record<string, unknown> = plain()): Promise<string> {
  const res = await t.gql<{ createContent: { id: string } }>(CREATE, { i: input }, tokens[by]);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createContent.id;
}
async function inReview(by = 'ed', input?: Record<string, unknown>): Promise<string> {
  const id = await draft(by, input);
  expect((await t.gql(SUBMIT, { id }, tokens[by])).errors).toBeUndefined();
  return id;
}
async function approved(by = 'ed', reviewer = 'rev'): Promise<string> {
  const id = await inReview(by);
  expect((await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens[reviewer])).errors).toBeUndefined();
  return id;
}
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const contentCount = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM contents')).rows[0].n;

describe('authorisation (RBAC matrix)', () => {
  test('anonymous callers are UNAUTHENTICATED', async () => {
    expect(code(await t.gql(CREATE, { i: plain() }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql('{ verifyAuditChain { ok } }'))).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ me { username } }')).data).toEqual({ me: null });
  });

  test.each([
    ['rev', 'FORBIDDEN'], ['chan', 'FORBIDDEN'], ['over', 'FORBIDDEN'], ['ed', undefined], ['boss', undefined],
  ])('createContent as %s → %s', async (who, expected) => {
    expect(code(await t.gql(CREATE, { i: plain() }, tokens[who]))).toBe(expected);
  });

  test('an editor cannot review; nobody approves their own content; another unit cannot review', async () => {
    const id = await inReview('ed');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.ed2))).toBe('FORBIDDEN');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.revB))).toBe('FORBIDDEN');
    const own = await inReview('boss');
    expect(code(await t.gql(REVIEW, { id: own, d: 'APPROVE' }, tokens.boss))).toBe('FORBIDDEN');
    expect(code(await t.gql(REVIEW, { id: own, d: 'APPROVE' }, tokens.rev))).toBeUndefined();
  });

  test('units see only their own content; overseers see all', async () => {
    const id = await draft('ed');
    const q = 'query($id:ID!){ content(id:$id){ id } }';
    expect((await t.gql(q, { id }, tokens.edB)).data).toEqual({ content: null });
    expect((await t.gql(q, { id }, tokens.over)).data).toEqual({ content: { id } });
    expect(code(await t.gql(UPDATE, { id, i: plain('改') }, tokens.edB))).toBe('FORBIDDEN');
  });

  test('audit and accounts are for their roles only', async () => {
    expect(code(await t.gql('{ verifyAuditChain { ok } }', {}, tokens.ed))).toBe('FORBIDDEN');
    expect((await t.gql<{ verifyAuditChain: { ok: boolean } }>('{ verifyAuditChain { ok } }', {}, tokens.over)).data?.verifyAuditChain.ok).toBe(true);
    expect(code(await t.gql('{ auditEvents(first: 5) { edges { node { seq } } } }', {}, tokens.rev))).toBe('FORBIDDEN');
    const account = 'mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ id channel name status unitCode } }';
    const input = { channel: 'WEIBO', name: '区政府微博', credentials: { accessToken: 'secret-token-value' } };
    expect(code(await t.gql(account, { i: input }, tokens.ed))).toBe('FORBIDDEN');
    const made = await t.gql<{ createChannelAccount: Record<string, string> }>(account, { i: input }, tokens.chan);
    expect(made.data?.createChannelAccount).toMatchObject({ channel: 'WEIBO', name: '区政府微博', status: 'active', unitCode: 'default' });
    const stored = await t.db.pool.query<{ credentials_enc: string }>('SELECT credentials_enc FROM channel_accounts');
    expect(stored.rows[0].credentials_enc).not.toContain('secret-token-value');
    expect(code(await t.gql(account, { i: { ...input, unitCode: 'unitb' } }, tokens.chan))).toBe('FORBIDDEN');
    expect(code(await t.gql(account, { i: input }, tokens.chan))).toBe('CONFLICT');
  });

  test('category editing is for admins', async () => {
    const m = 'mutation($i: CategoryInput!){ upsertCategory(input:$i){ code requiredApprovals } }';
    expect(code(await t.gql(m, { i: { code: 'ztzl', name: '专题专栏' } }, tokens.ed))).toBe('FORBIDDEN');
    expect((await t.gql(m, { i: { code: 'ztzl', name: '专题专栏', requiredApprovals: 2 } }, tokens.boss)).data).toEqual({ upsertCategory: { code: 'ztzl', requiredApprovals: 2 } });
  });
});

describe('state machine', () => {
  test.each([
    ['approve a draft', async (id: string) => t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev)],
    ['publish a draft', async (id: string) => t.gql(PUBLISH, { id }, tokens.ed)],
    ['retract a draft', async (id: string) => t.gql('mutation($id:ID!){ retractContent(id:$id, reason:"x"){ id } }', { id }, tokens.ed)],
    ['cancel the schedule of a draft', async (id: string) => t.gql('mutation($id:ID!){ cancelSchedule(id:$id){ id } }', { id }, tokens.ed)],
  ])('%s → INVALID_TRANSITION', async (_name, act) => {
    const id = await draft();
    expect(code(await act(id))).toBe('INVALID_TRANSITION');
  });

  test('submit twice, publish in review, review after approval → INVALID_TRANSITION', async () => {
    const id = await inReview();
    expect(code(await t.gql(SUBMIT, { id }, tokens.ed))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(PUBLISH, { id }, tokens.ed))).toBe('INVALID_TRANSITION');
    await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev);
    expect(code(await t.gql(REVIEW, { id, d: 'REJECT', c: '不行' }, tokens.rev2))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(SUBMIT, { id }, tokens.ed))).toBe('INVALID_TRANSITION');
  });

  test('rejection needs a comment, returns to the editor, who can resubmit', async () => {
    const id = await inReview();
    expect(code(await t.gql(REVIEW, { id, d: 'REJECT' }, tokens.rev))).toBe('BAD_USER_INPUT');
    expect((await t.gql(REVIEW, { id, d: 'REJECT', c: '请补充依据' }, tokens.rev)).data).toMatchObject({ reviewContent: { status: 'REJECTED' } });
    expect((await t.gql(UPDATE, { id, i: plain('补充后') }, tokens.ed)).data).toEqual({ updateContent: { status: 'DRAFT', revision: 2, approvedRevision: null } });
    expect((await t.gql(SUBMIT, { id }, tokens.ed)).data).toEqual({ submitContent: { status: 'IN_REVIEW' } });
  });

  test('an edit after approval invalidates it and sends the item back to review', async () => {
    const id = await approved();
    const edited = await t.gql(UPDATE, { id, i: plain('修改后的标题') }, tokens.ed);
    expect(edited.data).toEqual({ updateContent: { status: 'IN_REVIEW', revision: 2, approvedRevision: null } });
    expect(code(await t.gql(PUBLISH, { id }, tokens.ed))).toBe('INVALID_TRANSITION');
    const reviews = await t.gql<{ content: { reviews: { revision: number }[] } }>('query($id:ID!){ content(id:$id){ reviews { revision } } }', { id }, tokens.ed);
    expect(reviews.data?.content.reviews).toEqual([{ revision: 1 }]);
  });

  test('a scheduled release can be cancelled and rescheduled; an edit cancels it', async () => {
    const id = await approved();
    const at = new Date(Date.now() + 3600_000).toISOString();
    expect((await t.gql(PUBLISH, { id, at }, tokens.ed)).data).toEqual({ publishContent: { status: 'SCHEDULED', scheduledAt: at } });
    const later = new Date(Date.now() + 7200_000).toISOString();
    expect((await t.gql(PUBLISH, { id, at: later }, tokens.ed)).data).toEqual({ publishContent: { status: 'SCHEDULED', scheduledAt: later } });
    const pubs = await t.db.pool.query<{ n: number; nb: Date }>(`SELECT count(*)::int AS n, max(not_before) AS nb FROM publications WHERE content_id = $1`, [id]);
    expect(pubs.rows[0].n).toBe(2);
    expect(pubs.rows[0].nb.toISOString()).toBe(later);
    expect((await t.gql('mutation($id:ID!){ cancelSchedule(id:$id){ status } }', { id }, tokens.ed)).data).toEqual({ cancelSchedule: { status: 'APPROVED' } });
    expect((await t.gql(PUBLISH, { id, at }, tokens.ed)).data).toMatchObject({ publishContent: { status: 'SCHEDULED' } });
    expect((await t.gql(UPDATE, { id, i: plain('改期') }, tokens.ed)).data).toMatchObject({ updateContent: { status: 'IN_REVIEW' } });
    const states = await t.db.pool.query<{ status: string }>('SELECT DISTINCT status FROM publications WHERE content_id = $1', [id]);
    expect(states.rows.map((r) => r.status)).toEqual(['CANCELLED']);
  });

  test('only 主动公开 items go to public channels', async () => {
    const id = await draft('ed', { ...plain(), disclosure: 'ON_REQUEST', disclosureReason: '涉及第三方权益' });
    await t.gql(SUBMIT, { id }, tokens.ed);
    await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev);
    expect(code(await t.gql(PUBLISH, { id }, tokens.ed))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(CREATE, { i: { ...plain(), disclosure: 'NOT_PUBLIC' } }, tokens.ed))).toBe('BAD_USER_INPUT');
  });
});

describe('the gate at approval', () => {
  test('blocking findings make approval fail with GATE_BLOCKED and cannot be kept', async () => {
    const id = await inReview('ed', { title: '关于调整工作安排的通知', body: '<p>机密★5年</p><p>各单位：现将有关事项通知如下。</p>', categoryCode: 'tzgg' });
    const findings = await t.gql<{ content: { findings: { id: number; type: string; severity: string }[] } }>('query($id:ID!){ content(id:$id){ findings { id type severity } } }', { id }, tokens.rev);
    const mark = findings.data!.content.findings.find((f) => f.type === 'classification_mark')!;
    expect(mark.severity).toBe('BLOCK');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBe('GATE_BLOCKED');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE', k: [{ findingId: mark.id, reason: '已解密' }] }, tokens.rev))).toBe('BAD_USER_INPUT');
    const status = await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, tokens.rev);
    expect(status.data?.content.status).toBe('IN_REVIEW');
  });

  test('a reviewer may keep a personal-data finding only with a reason, and it then stays in the rendition', async () => {
    const body = '<p>当事人：张三丰，经营地址为某街道。依法决定罚款5000元。</p>';
    const id = await inReview('ed', { title: '行政处罚决定书', body, categoryCode: 'tzgg' });
    const res = await t.gql<{ content: { findings: { id: number; type: string; text: string }[] } }>('query($id:ID!){ content(id:$id){ findings { id type text } } }', { id }, tokens.rev);
    const name = res.data!.content.findings.find((f) => f.type === 'person_name');
    expect(name?.text).toBe('张三丰');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE', k: [{ findingId: name!.id, reason: ' ' }] }, tokens.rev))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE', k: [{ findingId: name!.id, reason: '惩戒公示依法须公开' }] }, tokens.rev))).toBeUndefined();
    const rendition = await t.db.pool.query<{ html: string }>('SELECT html FROM renditions WHERE content_id = $1', [id]);
    expect(rendition.rows[0].html).toContain('张三丰');
  });
});

describe('separation of duties and concurrency', () => {
  test('a category needing two approvals (一审一核) needs two distinct reviewers', async () => {
    const id = await inReview('ed', plain('关于印发某某办法的通知', 'zcwj'));
    expect((await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev)).data).toMatchObject({ reviewContent: { status: 'IN_REVIEW' } });
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBe('INVALID_TRANSITION');
    expect((await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev2)).data).toMatchObject({ reviewContent: { status: 'APPROVED', approvedRevision: 1 } });
  });

  test('a rejection ends the round: earlier approvals do not count towards an unchanged resubmission', async () => {
    await t.users([{ username: 'rev3', role: 'reviewer' }]);
    tokens.rev3 = await t.login('rev3');
    const id = await inReview('ed', plain('关于调整某项收费标准的通知', 'zcwj'));
    expect((await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev)).data).toMatchObject({ reviewContent: { status: 'IN_REVIEW' } });
    expect((await t.gql(REVIEW, { id, d: 'REJECT', c: '依据不足' }, tokens.rev2)).data).toMatchObject({ reviewContent: { status: 'REJECTED' } });
    expect((await t.gql(SUBMIT, { id }, tokens.ed)).data).toEqual({ submitContent: { status: 'IN_REVIEW' } });
    // One approval in the new round is not two, whatever the round before held.
    expect((await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev3)).data).toMatchObject({ reviewContent: { status: 'IN_REVIEW' } });
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBe('INVALID_TRANSITION');
  });

  test('two reviewers approving at once: one wins, one event', async () => {
    const id = await inReview();
    const results = await Promise.all([t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev), t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev2)]);
    const codes = results.map(code).sort();
    expect(codes).toEqual(['INVALID_TRANSITION', undefined].sort());
    const events = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'content.approve'`, [id]);
    expect(events.rows[0].n).toBe(1);
    const reviews = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM reviews WHERE content_id = $1', [id]);
    expect(reviews.rows[0].n).toBe(1);
  });
});

describe('bad input is refused with a code and stores nothing', () => {
  test('malformed GraphQL', async () => {
    const res = await t.gql('mutation { createContent(input: { title: "x" ', {}, tokens.ed);
    expect(res.status).toBe(400);
    expect(code(res)).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('unknown ids', async () => {
    expect((await t.gql('query($id:ID!){ content(id:$id){ id } }', { id: 'nope' }, tokens.ed)).data).toEqual({ content: null });
    expect(code(await t.gql(SUBMIT, { id: '00000000-0000-4000-8000-000000000000' }, tokens.ed))).toBe('NOT_FOUND');
    expect(code(await t.gql(SUBMIT, { id: 'not-a-uuid' }, tokens.ed))).toBe('NOT_FOUND');
  });

  test('unknown category, empty title, unknown channel', async () => {
    const before = await contentCount();
    expect(code(await t.gql(CREATE, { i: plain('x', 'no-such-category') }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(CREATE, { i: plain('   ') }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(CREATE, { i: { ...plain(), channels: ['FAX'] } }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(await contentCount()).toBe(before);
  });

  test('an oversized body is refused unread', async () => {
    const before = await contentCount();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.ed}` },
      body: JSON.stringify({ query: CREATE, variables: { i: { ...plain(), body: 'x'.repeat(5 * 1024 * 1024) } } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await contentCount()).toBe(before);
  });

  test('a body over the article limit but under the request limit', async () => {
    const before = await contentCount();
    expect(code(await t.gql(CREATE, { i: { ...plain(), body: `<p>${'字'.repeat(1_000_001)}</p>` } }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(await contentCount()).toBe(before);
  });

  test('bad cursors, page sizes, dates; too deep or too costly queries', async () => {
    expect(code(await t.gql('{ contents(first: 5, after: "garbage") { edges { cursor } } }', {}, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql('{ contents(first: 0) { edges { cursor } } }', {}, tokens.ed))).toBe('BAD_USER_INPUT');
    // A page that large is refused by the cost limit before any resolver runs.
    expect(code(await t.gql('{ contents(first: 5000) { edges { cursor } } }', {}, tokens.ed))).toBe('QUERY_TOO_COMPLEX');
    const id = await approved();
    expect(code(await t.gql(PUBLISH, { id, at: 'tomorrow' }, tokens.ed))).toBe('BAD_USER_INPUT');
    const costly = '{ contents(first: 100) { edges { node { revisions { findings { id } } } } } }';
    expect(code(await t.gql(costly, {}, tokens.ed))).toBe('QUERY_TOO_COMPLEX');
    const fine = '{ contents(first: 20) { edges { node { id findings { id } publications { status account { id } } } } } }';
    expect((await t.gql(fine, {}, tokens.ed)).errors).toBeUndefined();
  });

  test('CSRF prevention: a simple cross-site form post is refused', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
  });
});

describe('sessions', () => {
  test('a wrong password and an unknown user look the same', async () => {
    const wrong = await t.gql('mutation { login(username: "ed", password: "nope-nope") { token } }');
    const unknown = await t.gql('mutation { login(username: "ghost", password: "nope-nope") { token } }');
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  test('logout revokes the token', async () => {
    const token = await t.login('ed2');
    expect((await t.gql('{ me { username role unit { code } } }', {}, token)).data).toEqual({ me: { username: 'ed2', role: 'EDITOR', unit: { code: 'default' } } });
    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await t.gql('{ me { username } }', {}, token)).data).toEqual({ me: null });
  });

  test('an expired session is not accepted', async () => {
    const token = await t.login('ed2');
    await t.db.pool.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND user_id = (SELECT id FROM users WHERE username = 'ed2')");
    expect(code(await t.gql(CREATE, { i: plain() }, token))).toBe('UNAUTHENTICATED');
  });
});
