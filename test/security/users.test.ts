import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};
const ROLES = { ed: 'editor', rev: 'reviewer', chan: 'channel_admin', over: 'overseer', boss: 'admin' } as const;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([...Object.entries(ROLES).map(([username, role]) => ({ username, role })), { username: 'target', role: 'editor' }]);
  for (const name of Object.keys(ROLES)) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const STRONG = 'Qiu-Shui-2026';
const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token user { mustChangePassword lastLoginAt } } }';
const CREATE = 'mutation($i:CreateUserInput!){ createUser(input:$i){ id username displayName role unit { code } disabled mustChangePassword createdAt } }';
const CHANGE = 'mutation($o:String!,$n:String!){ changePassword(oldPassword:$o,newPassword:$n){ mustChangePassword } }';
const ME = '{ me { username role mustChangePassword disabled } }';

async function idOf(username: string): Promise<string> {
  const { rows } = await t.db.pool.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return rows[0].id;
}
async function loginAs(username: string, password: string): Promise<string> {
  const res = await t.gql<{ login: { token: string } }>(LOGIN, { u: username, p: password });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login.token;
}
async function auditActions(targetId: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ action: string }>('SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq', [targetId]);
  return rows.map((r) => r.action);
}

describe('role matrix of user management', () => {
  let n = 0;
  const ops: [string, () => [string, Record<string, unknown>]][] = [
    ['users', () => ['{ users { username } }', {}]],
    ['createUser', () => [CREATE, { i: { username: `made${++n}`, password: STRONG, role: 'EDITOR' } }]],
    ['updateUser', () => ['mutation($id:ID!){ updateUser(id:$id, input:{ displayName:"目标" }){ displayName } }', { id: targetId }]],
    ['resetUserPassword', () => ['mutation($id:ID!,$p:String!){ resetUserPassword(id:$id,newPassword:$p){ mustChangePassword } }', { id: targetId, p: STRONG }]],
    ['setUserDisabled', () => ['mutation($id:ID!){ setUserDisabled(id:$id,disabled:false){ disabled } }', { id: targetId }]],
    ['createUnit', () => ['mutation($c:String!){ createUnit(code:$c,name:"新单位"){ code } }', { c: `unit${++n}` }]],
  ];
  let targetId = '';
  beforeAll(async () => { targetId = await idOf('target'); });

  const cases: [string, string, string | undefined][] = [];
  for (const [op] of ops) {
    cases.push([op, 'anonymous', 'UNAUTHENTICATED']);
    for (const who of ['ed', 'rev', 'chan', 'over']) cases.push([op, who, 'FORBIDDEN']);
    cases.push([op, 'boss', undefined]);
  }
  test.each(cases)('%s as %s → %s', async (op, who, expected) => {
    const [query, variables] = ops.find(([name]) => name === op)![1]();
    const res = await t.gql(query, variables, who === 'anonymous' ? null : tokens[who]);
    expect(code(res)).toBe(expected);
    if (expected) expect(res.data?.[op] ?? null).toBeNull();
  });

  test.each([['anonymous', 'UNAUTHENTICATED'], ...Object.keys(ROLES).map((who) => [who, undefined])])('units as %s → %s', async (who, expected) => {
    const res = await t.gql<{ units: { code: string }[] }>('{ units { code name } }', {}, who === 'anonymous' ? null : tokens[who!]);
    expect(code(res)).toBe(expected);
    if (!expected) expect(res.data!.units.map((u) => u.code)).toContain('default');
  });

  test('changePassword needs a signed-in user', async () => {
    expect(code(await t.gql(CHANGE, { o: 'x', n: STRONG }))).toBe('UNAUTHENTICATED');
  });
});

describe('password policy', () => {
  test.each([
    ['Ab1-short', 'length'],
    ['alllowercase-but-long', 'classes'],
    ['ALLUPPER12345', 'classes'],
    ['Policyuser-2026', 'username'],
  ])('%s is refused (%s)', async (password, rule) => {
    const res = await t.gql(CREATE, { i: { username: 'policyuser', password, role: 'EDITOR' } }, tokens.boss);
    expect(code(res)).toBe('WEAK_PASSWORD');
    expect(res.errors![0].extensions!.rule).toBe(rule);
    expect(res.errors![0].message).toMatch(/密码/);
    expect((await t.db.pool.query("SELECT 1 FROM users WHERE username = 'policyuser'")).rowCount).toBe(0);
  });

  test('a taken username is a CONFLICT, an unknown unit is BAD_USER_INPUT', async () => {
    expect(code(await t.gql(CREATE, { i: { username: 'ED', password: STRONG, role: 'EDITOR' } }, tokens.boss))).toBe('CONFLICT');
    expect(code(await t.gql(CREATE, { i: { username: 'nounit', password: STRONG, role: 'EDITOR', unitCode: 'nowhere' } }, tokens.boss))).toBe('BAD_USER_INPUT');
  });
});

describe('account lifecycle', () => {
  test('a created user must change the password before anything else, then works normally', async () => {
    await t.gql('mutation { createUnit(code:"edu", name:"教育局"){ code } }', {}, tokens.boss);
    const made = await t.gql<{ createUser: { id: string; mustChangePassword: boolean; unit: { code: string }; role: string; displayName: string; disabled: boolean } }>(
      CREATE, { i: { username: 'newbie', displayName: '新同事', password: STRONG, role: 'REVIEWER', unitCode: 'edu' } }, tokens.boss);
    expect(made.data!.createUser).toMatchObject({ mustChangePassword: true, unit: { code: 'edu' }, role: 'REVIEWER', displayName: '新同事', disabled: false });
    const login = await t.gql<{ login: { token: string; user: { mustChangePassword: boolean; lastLoginAt: string } } }>(LOGIN, { u: 'newbie', p: STRONG });
    expect(login.data!.login.user.mustChangePassword).toBe(true);
    expect(login.data!.login.user.lastLoginAt).not.toBeNull();
    const token = login.data!.login.token;

    expect(code(await t.gql('{ reviewQueue { edges { cursor } } }', {}, token))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(code(await t.gql('{ units { code } }', {}, token))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(code(await t.gql('{ me { username } units { code } }', {}, token))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.gql(ME, {}, token)).data!.me).toMatchObject({ username: 'newbie', mustChangePassword: true });

    expect(code(await t.gql(CHANGE, { o: 'wrong-Password-1', n: 'Another-Pass-9' }, token))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(CHANGE, { o: STRONG, n: STRONG }, token))).toBe('WEAK_PASSWORD');
    expect((await t.gql(CHANGE, { o: STRONG, n: 'Another-Pass-9' }, token)).data).toEqual({ changePassword: { mustChangePassword: false } });
    expect(code(await t.gql('{ reviewQueue { edges { cursor } } }', {}, token))).toBeUndefined();
    expect(code(await t.gql(LOGIN, { u: 'newbie', p: STRONG }))).toBe('UNAUTHENTICATED');
    expect(await auditActions(made.data!.createUser.id)).toEqual(['user.create', 'auth.login', 'user.password_change', 'auth.login_failed']);
  });

  test('changing one\'s password signs out the other sessions but keeps this one', async () => {
    await t.gql(CREATE, { i: { username: 'twodevices', password: STRONG, role: 'EDITOR' } }, tokens.boss);
    const first = await loginAs('twodevices', STRONG);
    expect(code(await t.gql(CHANGE, { o: STRONG, n: 'Second-Pass-22' }, first))).toBeUndefined();
    const phone = await loginAs('twodevices', 'Second-Pass-22');
    const laptop = await loginAs('twodevices', 'Second-Pass-22');
    expect(code(await t.gql(CHANGE, { o: 'Second-Pass-22', n: 'Third-Pass-333' }, laptop))).toBeUndefined();
    expect((await t.gql(ME, {}, phone)).data!.me).toBeNull();
    expect((await t.gql(ME, {}, first)).data!.me).toBeNull();
    expect((await t.gql(ME, {}, laptop)).data!.me).toMatchObject({ username: 'twodevices' });
  });

  test('disabling revokes every token and re-enabling does not revive them', async () => {
    await t.gql(CREATE, { i: { username: 'leaver', password: STRONG, role: 'EDITOR' } }, tokens.boss);
    const first = await loginAs('leaver', STRONG);
    expect(code(await t.gql(CHANGE, { o: STRONG, n: 'Exit-Pass-2026' }, first))).toBeUndefined();
    const token = await loginAs('leaver', 'Exit-Pass-2026');
    const id = await idOf('leaver');
    const SET = 'mutation($id:ID!,$d:Boolean!){ setUserDisabled(id:$id, disabled:$d){ disabled } }';
    expect((await t.gql(SET, { id, d: true }, tokens.boss)).data).toEqual({ setUserDisabled: { disabled: true } });
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    const refused = await t.gql(LOGIN, { u: 'leaver', p: 'Exit-Pass-2026' });
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toBe('用户名或密码错误');
    expect((await t.gql<{ users: { username: string }[] }>('{ users(includeDisabled:false){ username } }', {}, tokens.boss)).data!.users.map((u) => u.username)).not.toContain('leaver');

    expect((await t.gql(SET, { id, d: false }, tokens.boss)).data).toEqual({ setUserDisabled: { disabled: false } });
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    const again = await loginAs('leaver', 'Exit-Pass-2026');
    expect((await t.gql(ME, {}, again)).data!.me).toMatchObject({ username: 'leaver', disabled: false });
    expect((await auditActions(id)).filter((a) => a.startsWith('user.'))).toEqual(['user.create', 'user.password_change', 'user.disable', 'user.enable']);
  });

  test('an admin cannot disable or demote themself', async () => {
    const id = await idOf('boss');
    expect(code(await t.gql('mutation($id:ID!){ setUserDisabled(id:$id, disabled:true){ disabled } }', { id }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql('mutation($id:ID!){ updateUser(id:$id, input:{ role: EDITOR }){ role } }', { id }, tokens.boss))).toBe('BAD_USER_INPUT');
  });

  test('a role or unit change revokes the user\'s tokens; a new name does not', async () => {
    await t.gql(CREATE, { i: { username: 'mover', password: STRONG, role: 'EDITOR' } }, tokens.boss);
    const first = await loginAs('mover', STRONG);
    expect(code(await t.gql(CHANGE, { o: STRONG, n: 'Moving-Day-12' }, first))).toBeUndefined();
    const id = await idOf('mover');
    const UPDATE = 'mutation($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id, input:$i){ displayName role unit { code } } }';
    let token = await loginAs('mover', 'Moving-Day-12');
    expect((await t.gql(UPDATE, { id, i: { displayName: '调动人员' } }, tokens.boss)).data!.updateUser).toMatchObject({ displayName: '调动人员', role: 'EDITOR' });
    expect((await t.gql(ME, {}, token)).data!.me).toMatchObject({ username: 'mover' });

    expect((await t.gql(UPDATE, { id, i: { role: 'REVIEWER' } }, tokens.boss)).data!.updateUser).toMatchObject({ role: 'REVIEWER' });
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();

    token = await loginAs('mover', 'Moving-Day-12');
    expect((await t.gql(UPDATE, { id, i: { unitCode: 'edu' } }, tokens.boss)).data!.updateUser).toMatchObject({ unit: { code: 'edu' } });
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    expect(code(await t.gql(UPDATE, { id, i: { unitCode: 'nowhere' } }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(UPDATE, { id: 'not-a-uuid', i: { displayName: 'x' } }, tokens.boss))).toBe('NOT_FOUND');

    const { rows } = await t.db.pool.query<{ details: { changes: Record<string, unknown> } }>("SELECT details FROM audit_events WHERE target_id = $1 AND action = 'user.update' ORDER BY seq", [id]);
    expect(rows.map((r) => Object.keys(r.details.changes))).toEqual([['displayName'], ['role'], ['unit']]);
  });

  test('an admin reset revokes tokens, replaces the password and forces a change', async () => {
    await t.gql(CREATE, { i: { username: 'forgetful', password: STRONG, role: 'EDITOR' } }, tokens.boss);
    const first = await loginAs('forgetful', STRONG);
    expect(code(await t.gql(CHANGE, { o: STRONG, n: 'Forgot-Pass-1' }, first))).toBeUndefined();
    const id = await idOf('forgetful');
    const RESET = 'mutation($id:ID!,$p:String!){ resetUserPassword(id:$id,newPassword:$p){ mustChangePassword } }';
    expect(code(await t.gql(RESET, { id, p: 'forgetful-Pass-1' }, tokens.boss))).toBe('WEAK_PASSWORD');
    expect((await t.gql(RESET, { id, p: 'Reset-By-Admin-7' }, tokens.boss)).data).toEqual({ resetUserPassword: { mustChangePassword: true } });
    expect((await t.gql(ME, {}, first)).data!.me).toBeNull();
    expect(code(await t.gql(LOGIN, { u: 'forgetful', p: 'Forgot-Pass-1' }))).toBe('UNAUTHENTICATED');
    const token = await loginAs('forgetful', 'Reset-By-Admin-7');
    expect(code(await t.gql('{ contents { edges { cursor } } }', {}, token))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(code(await t.gql('mutation { logout }', {}, token))).toBeUndefined();
    expect(await auditActions(id)).toContain('user.password_reset');
  });

  test('units: created once, listed, a second code is a CONFLICT', async () => {
    const res = await t.gql<{ createUnit: { id: string; code: string } }>('mutation { createUnit(code:"health", name:"卫生健康委员会"){ id code name } }', {}, tokens.boss);
    expect(res.data!.createUnit.code).toBe('health');
    expect(code(await t.gql('mutation { createUnit(code:"health", name:"另一个"){ code } }', {}, tokens.boss))).toBe('CONFLICT');
    expect(code(await t.gql('mutation { createUnit(code:"bad code", name:"x"){ code } }', {}, tokens.boss))).toBe('BAD_USER_INPUT');
    const units = (await t.gql<{ units: { code: string; name: string }[] }>('{ units { code name } }', {}, tokens.ed)).data!.units;
    expect(units).toContainEqual({ code: 'health', name: '卫生健康委员会' });
    expect(await auditActions(res.data!.createUnit.id)).toEqual(['unit.create']);
  });

  test('users lists accounts with their state, filtered by role and unit', async () => {
    const res = await t.gql<{ users: { username: string; role: string; unit: { code: string } }[] }>('{ users(role: ADMIN){ username role unit { code } createdAt lockedUntil } }', {}, tokens.boss);
    expect(res.data!.users.map((u) => u.username)).toEqual(['boss']);
    const edu = await t.gql<{ users: { username: string }[] }>('{ users(unitCode: "edu"){ username } }', {}, tokens.boss);
    expect(edu.data!.users.map((u) => u.username).sort()).toEqual(['mover', 'newbie']);
  });
});
