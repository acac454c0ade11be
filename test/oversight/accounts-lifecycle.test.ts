import { decryptJson, deriveKey } from '../../server/secrets.js';
import { findAccountCredentials, setAccountStatus } from '../../store/accounts.js';
import { listPublications } from '../../store/publications.js';
import { deliverPublication } from '../../workflow/delivery/index.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { acceptingPlatform, actorNamed, approvedContent, platforms, withClock } from './fixtures.js';

let t: TestHub;
const tokens: Record<string, string> = {};
const NAMES = ['chanA', 'chanB', 'edA', 'revA', 'over', 'boss'];

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([
    { username: 'chanA', role: 'channel_admin', unit: 'ua' },
    { username: 'chanB', role: 'channel_admin', unit: 'ub' },
    { username: 'edA', role: 'editor', unit: 'ua' },
    { username: 'revA', role: 'reviewer', unit: 'ua' },
    { username: 'over', role: 'overseer' },
    { username: 'boss', role: 'admin' },
  ]);
  for (const name of NAMES) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const FIELDS = 'id status statusReason statusChangedAt unitCode';
const CREATE = `mutation($i: ChannelAccountInput!){ createChannelAccount(input:$i){ ${FIELDS} } }`;
const ROTATE = `mutation($id:ID!,$c:JSON!){ rotateChannelCredentials(id:$id, credentials:$c){ ${FIELDS} } }`;
const SUSPEND = `mutation($id:ID!,$r:String!){ suspendChannelAccount(id:$id, reason:$r){ ${FIELDS} } }`;
const RESUME = `mutation($id:ID!){ resumeChannelAccount(id:$id){ ${FIELDS} } }`;
const CLOSE = `mutation($id:ID!,$r:String!){ closeChannelAccount(id:$id, reason:$r){ ${FIELDS} } }`;

type Account = { id: string; status: string; statusReason: string | null; statusChangedAt: string | null; unitCode: string };

async function account(channel: 'WECHAT' | 'WEIBO' = 'WECHAT', name = `号${Math.random().toString(36).slice(2, 8)}`): Promise<Account> {
  const credentials = channel === 'WECHAT' ? { appId: 'wx-old', appSecret: 'old-secret' } : { accessToken: 'old-token' };
  const res = await t.gql<{ createChannelAccount: Account }>(CREATE, { i: { channel, name, credentials } }, tokens.chanA);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createChannelAccount;
}

async function auditOf(id: string): Promise<{ actor: string; action: string; details: Record<string, unknown> }[]> {
  const { rows } = await t.db.pool.query(`SELECT actor, action, details FROM audit_events WHERE target_id = $1 ORDER BY seq`, [id]);
  return rows;
}

describe('RBAC: channel admins of the account\'s unit, and admins', () => {
  const cases: [string, string, (id: string) => Record<string, unknown>][] = [
    ['rotate', ROTATE, (id) => ({ id, c: { appId: 'wx-new', appSecret: 'new' } })],
    ['suspend', SUSPEND, (id) => ({ id, r: '调整' })],
    ['close', CLOSE, (id) => ({ id, r: '关停整合' })],
  ];
  test.each(cases)('%s: anonymous, editor, overseer and another unit\'s channel admin are refused', async (_name, mutation, vars) => {
    const { id } = await account();
    expect(code(await t.gql(mutation, vars(id)))).toBe('UNAUTHENTICATED');
    for (const who of ['edA', 'revA', 'over', 'chanB']) expect([who, code(await t.gql(mutation, vars(id), tokens[who]))]).toEqual([who, 'FORBIDDEN']);
    expect(await auditOf(id)).toHaveLength(1); // only the creation
    expect((await t.gql(mutation, vars(id), tokens.chanA)).errors).toBeUndefined();
  });

  test('resume has the same rule; admins act for any unit', async () => {
    const { id } = await account();
    expect((await t.gql(SUSPEND, { id, r: '测试' }, tokens.boss)).errors).toBeUndefined();
    for (const who of ['edA', 'over', 'chanB']) expect(code(await t.gql(RESUME, { id }, tokens[who]))).toBe('FORBIDDEN');
    const res = await t.gql<{ resumeChannelAccount: Account }>(RESUME, { id }, tokens.boss);
    expect(res.data?.resumeChannelAccount.status).toBe('active');
  });

  test('unknown accounts are NOT_FOUND', async () => {
    expect(code(await t.gql(SUSPEND, { id: '00000000-0000-4000-8000-000000000000', r: 'x' }, tokens.boss))).toBe('NOT_FOUND');
    expect(code(await t.gql(RESUME, { id: 'not-an-id' }, tokens.boss))).toBe('NOT_FOUND');
  });
});

describe('transitions', () => {
  test('suspend → resume → close, each with its reason and an audit event; closed is final', async () => {
    const { id } = await account();
    expect(code(await t.gql(SUSPEND, { id, r: '   ' }, tokens.chanA))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(RESUME, { id }, tokens.chanA))).toBe('INVALID_TRANSITION');

    const suspended = (await t.gql<{ suspendChannelAccount: Account }>(SUSPEND, { id, r: '账号交接期间暂停' }, tokens.chanA)).data!.suspendChannelAccount;
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '账号交接期间暂停' });
    expect(suspended.statusChangedAt).not.toBeNull();
    expect(code(await t.gql(SUSPEND, { id, r: '再次' }, tokens.chanA))).toBe('INVALID_TRANSITION');

    const resumed = (await t.gql<{ resumeChannelAccount: Account }>(RESUME, { id }, tokens.chanA)).data!.resumeChannelAccount;
    expect(resumed).toMatchObject({ status: 'active', statusReason: null });

    const closed = (await t.gql<{ closeChannelAccount: Account }>(CLOSE, { id, r: '关停整合：并入市政府发布' }, tokens.chanA)).data!.closeChannelAccount;
    expect(closed).toMatchObject({ status: 'closed', statusReason: '关停整合：并入市政府发布' });
    for (const [mutation, vars] of [[RESUME, { id }], [SUSPEND, { id, r: 'x' }], [CLOSE, { id, r: 'x' }], [ROTATE, { id, c: { appId: 'a', appSecret: 'b' } }]] as const) {
      const res = await t.gql(mutation, vars, tokens.boss);
      expect(code(res)).toBe('INVALID_TRANSITION');
      expect(res.errors?.[0].extensions).toMatchObject({ from: 'closed' });
    }

    expect((await auditOf(id)).map((e) => [e.actor, e.action, e.details.from ?? null, e.details.to ?? null, e.details.reason ?? null])).toEqual([
      ['chanA', 'account.create', null, null, null],
      ['chanA', 'account.suspend', 'active', 'suspended', '账号交接期间暂停'],
      ['chanA', 'account.resume', 'suspended', 'active', null],
      ['chanA', 'account.close', 'active', 'closed', '关停整合：并入市政府发布'],
    ]);
    expect((await t.gql<{ verifyAuditChain: { ok: boolean } }>('{ verifyAuditChain { ok } }', {}, tokens.over)).data?.verifyAuditChain.ok).toBe(true);
  });

  test('rotating credentials re-seals them, re-authorises a needs_reauth account, and never shows them', async () => {
    const { id } = await account('WEIBO');
    await setAccountStatus(t.db.pool, id, 'needs_reauth'); // as delivery does when the platform refuses the token
    expect(code(await t.gql(ROTATE, { id, c: { appId: 'wrong-shape' } }, tokens.chanA))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(ROTATE, { id, c: 'token' }, tokens.chanA))).toBe('BAD_USER_INPUT');

    const rotated = await t.gql<{ rotateChannelCredentials: Account }>(ROTATE, { id, c: { accessToken: 'fresh-token-2026' } }, tokens.chanA);
    expect(rotated.data?.rotateChannelCredentials).toMatchObject({ status: 'active', statusReason: '凭据已轮换，重新授权' });
    const sealed = (await findAccountCredentials(t.db.pool, id))!;
    expect(sealed).not.toContain('fresh-token-2026');
    expect(decryptJson(deriveKey(t.hub.deps.config.appSecret, 'channel-credentials'), sealed)).toEqual({ accessToken: 'fresh-token-2026' });

    const events = await auditOf(id);
    expect(events.at(-1)).toMatchObject({ action: 'account.rotate', details: { from: 'needs_reauth', to: 'active', fields: ['accessToken'] } });
    expect(JSON.stringify(events)).not.toContain('fresh-token-2026');
    expect(code(await t.gql(`{ channelAccounts { id credentials } }`, {}, tokens.chanA))).toBe('GRAPHQL_VALIDATION_FAILED');

    // Rotating a suspended account keeps it suspended: new credentials are not a decision to publish again.
    await t.gql(SUSPEND, { id, r: '暂停' }, tokens.chanA);
    const still = await t.gql<{ rotateChannelCredentials: Account }>(ROTATE, { id, c: { accessToken: 'third' } }, tokens.boss);
    expect(still.data?.rotateChannelCredentials.status).toBe('suspended');
  });
});

describe('suspended and closed accounts at publication', () => {
  const CONTENT = 'mutation($id:ID!){ publishContent(id:$id){ status } }';

  test('publishing to a channel whose only account is suspended is refused with BAD_USER_INPUT naming the channel', async () => {
    const deps = t.hub.deps;
    const [edA, revA] = [await actorNamed(deps, 'edA'), await actorNamed(deps, 'revA')];
    const { rows } = await t.db.pool.query<{ id: string }>(`SELECT a.id FROM channel_accounts a JOIN units n ON n.id = a.unit_id WHERE n.code = 'ua' AND a.channel = 'WEIBO' AND a.status = 'active'`);
    for (const row of rows) await t.gql(SUSPEND, { id: row.id, r: '停更' }, tokens.chanA);
    const suspended = await account('WEIBO', '唯一微博');
    await t.gql(SUSPEND, { id: suspended.id, r: '停更' }, tokens.chanA);

    const id = await approvedContent(deps, edA, revA, { channels: ['PORTAL', 'WEIBO'] });
    const res = await t.gql(CONTENT, { id }, tokens.edA);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions).toMatchObject({ channel: 'WEIBO' });
    expect(await listPublications(t.db.pool, id)).toEqual([]);
  });

  test.each([
    ['suspended', SUSPEND],
    ['closed', CLOSE],
  ])('a delivery queued before the account was %s is skipped: FAILED with the account status, the platform never called', async (status, mutation) => {
    const { id: accountId } = await account('WECHAT', `定时号-${status}`);
    const now = () => new Date();
    const later = new Date(Date.now() + 3600_000);
    const deps = withClock(t.hub.deps, now);
    const [edA, revA] = [await actorNamed(deps, 'edA'), await actorNamed(deps, 'revA')];
    const contentId = await approvedContent(deps, edA, revA, { channels: ['WECHAT'] });
    // Scheduled while the account was active …
    const scheduled = await t.gql<{ publishContent: { status: string } }>('mutation($id:ID!,$at:DateTime){ publishContent(id:$id, at:$at){ status } }', { id: contentId, at: later.toISOString() }, tokens.edA);
    expect(scheduled.data?.publishContent.status).toBe('SCHEDULED');
    const publication = (await listPublications(t.db.pool, contentId)).find((p) => p.accountId === accountId)!;
    // … then the account stops being active before the release time.
    expect((await t.gql(mutation, { id: accountId, r: '机构调整' }, tokens.chanA)).errors).toBeUndefined();

    const wechat = acceptingPlatform('WECHAT');
    const outcome = await deliverPublication(withClock(t.hub.deps, () => new Date(later.getTime() + 1000)), platforms({ WECHAT: wechat }), publication.id);
    expect(outcome.kind).toBe('failed');
    expect(wechat.calls).toBe(0);
    const after = (await listPublications(t.db.pool, contentId)).find((p) => p.id === publication.id)!;
    expect(after.status).toBe('FAILED');
    expect(after.lastError).toContain(`状态为 ${status}，已跳过`);
  });
});
