import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
let admin: string;
let editor: string;

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'boss', role: 'admin' }, { username: 'ed', role: 'editor' }]);
  [admin, editor] = [await t.login('boss'), await t.login('ed')];
});
afterAll(async () => t.stop());

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const CATALOGUE = '{ catalogue { code name parentCode active sortOrder requiredApprovals kind } }';
const CREATE = 'mutation($i:CategoryInput!){ createCategory(input:$i){ code name parentCode active sortOrder } }';
const MOVE = 'mutation($c:String!,$d:MoveDirection!){ moveCategory(code:$c, direction:$d){ code sortOrder } }';
const ACTIVE = 'mutation($c:String!,$a:Boolean!){ setCategoryActive(code:$c, active:$a){ code active } }';
const UPDATE = 'mutation($c:String!,$i:CategoryPatchInput!){ updateCategory(code:$c, input:$i){ code name kind requiredApprovals } }';

type Row = { code: string; name: string; parentCode: string | null; active: boolean; sortOrder: number; requiredApprovals: number; kind: string };
async function catalogue(): Promise<Row[]> {
  const res = await t.gql<{ catalogue: Row[] }>(CATALOGUE, {}, admin);
  return res.data!.catalogue;
}
const childrenOf = (rows: Row[], parent: string) => rows.filter((r) => r.parentCode === parent).map((r) => r.code);
async function actions(target: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ action: string }>('SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq', [target]);
  return rows.map((r) => r.action);
}

test('an admin adds sub-categories at the end of their siblings and moves one up; the order is what readers get', async () => {
  for (const [c, name] of [['bmwj', '部门文件'], ['bmdt', '部门动态']]) {
    const res = await t.gql(CREATE, { i: { code: c, name, parentCode: 'gzdt' } }, admin);
    expect(res.errors).toBeUndefined();
  }
  expect(childrenOf(await catalogue(), 'gzdt')).toEqual(['bmwj', 'bmdt']);
  await t.gql(MOVE, { c: 'bmdt', d: 'UP' }, admin);
  expect(childrenOf(await catalogue(), 'gzdt')).toEqual(['bmdt', 'bmwj']);
  // Already first: stays, and nothing is audited for a move that did not happen.
  await t.gql(MOVE, { c: 'bmdt', d: 'UP' }, admin);
  expect(childrenOf(await catalogue(), 'gzdt')).toEqual(['bmdt', 'bmwj']);
  const editorsView = await t.gql<{ categories: { code: string; parentCode: string | null }[] }>('{ categories { code parentCode } }', {}, editor);
  expect(editorsView.data!.categories.filter((c) => c.parentCode === 'gzdt').map((c) => c.code)).toEqual(['bmdt', 'bmwj']);
  expect(await actions('bmdt')).toEqual(['category.create', 'category.move']);
  // Moving a top-level category reorders the top level only.
  const before = (await catalogue()).filter((r) => r.parentCode === null).map((r) => r.code);
  await t.gql(MOVE, { c: 'zfxxgknb', d: 'UP' }, admin);
  const after = (await catalogue()).filter((r) => r.parentCode === null).map((r) => r.code);
  expect(after.slice(-2)).toEqual([before.at(-1), before.at(-2)]);
});

test('a taken code is a CONFLICT and a form never overwrites the existing category', async () => {
  const res = await t.gql(CREATE, { i: { code: 'gzdt', name: '别的名字' } }, admin);
  expect(code(res)).toBe('CONFLICT');
  expect((await catalogue()).find((r) => r.code === 'gzdt')!.name).toBe('工作动态');
  expect(code(await t.gql(CREATE, { i: { code: 'Bad Code', name: '名称' } }, admin))).toBe('BAD_USER_INPUT');
  expect(code(await t.gql(CREATE, { i: { code: 'kong', name: '   ' } }, admin))).toBe('BAD_USER_INPUT');
});

test('rename and 一审一核 change only what is given; bad values are refused', async () => {
  const res = await t.gql<{ updateCategory: Row }>(UPDATE, { c: 'bmwj', i: { name: '部门规范性文件' } }, admin);
  expect(res.data!.updateCategory).toMatchObject({ name: '部门规范性文件', kind: 'general', requiredApprovals: 1 });
  const twice = await t.gql<{ updateCategory: Row }>(UPDATE, { c: 'bmwj', i: { requiredApprovals: 2 } }, admin);
  expect(twice.data!.updateCategory).toMatchObject({ name: '部门规范性文件', requiredApprovals: 2 });
  expect(code(await t.gql(UPDATE, { c: 'bmwj', i: { requiredApprovals: 3 } }, admin))).toBe('BAD_USER_INPUT');
  expect(code(await t.gql(UPDATE, { c: 'nosuch', i: { name: '无' } }, admin))).toBe('NOT_FOUND');
  const { rows } = await t.db.pool.query<{ details: { changes: Record<string, { from: unknown; to: unknown }> } }>(
    "SELECT details FROM audit_events WHERE target_id = 'bmwj' AND action = 'category.update' ORDER BY seq",
  );
  expect(rows.map((r) => r.details.changes)).toEqual([{ name: { from: '部门文件', to: '部门规范性文件' } }, { requiredApprovals: { from: 1, to: 2 } }]);
});

test('deactivating hides the subtree from editors; reactivating needs an active parent', async () => {
  await t.gql(CREATE, { i: { code: 'bmwj-2026', name: '2026年', parentCode: 'bmwj' } }, admin);
  await t.gql(ACTIVE, { c: 'bmwj', a: false }, admin);
  const activeOf = async () => Object.fromEntries((await catalogue()).filter((r) => r.code.startsWith('bmwj')).map((r) => [r.code, r.active]));
  expect(await activeOf()).toEqual({ bmwj: false, 'bmwj-2026': false });
  const editorsView = await t.gql<{ categories: { code: string }[] }>('{ categories { code } }', {}, editor);
  expect(editorsView.data!.categories.map((c) => c.code)).not.toContain('bmwj');
  expect(editorsView.data!.categories.map((c) => c.code)).not.toContain('bmwj-2026');
  const refused = await t.gql('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '通知', body: '<p>正文</p>', categoryCode: 'bmwj' } }, editor);
  expect(code(refused)).toBe('BAD_USER_INPUT');
  expect(code(await t.gql(ACTIVE, { c: 'bmwj-2026', a: true }, admin))).toBe('BAD_USER_INPUT');
  expect(code(await t.gql(CREATE, { i: { code: 'bmwj-2027', name: '2027年', parentCode: 'bmwj' } }, admin))).toBe('BAD_USER_INPUT');
  // The portal drops the category page with it (its cache is invalidated by the catalogue change).
  const portalStatus = async () => (await fetch(`${t.url}/categories/bmwj`)).status;
  await eventually(async () => (await portalStatus()) === 404);
  await t.gql(ACTIVE, { c: 'bmwj', a: true }, admin);
  expect(await activeOf()).toEqual({ bmwj: true, 'bmwj-2026': false });
  await eventually(async () => (await portalStatus()) === 200);
  expect(await actions('bmwj')).toEqual(['category.create', 'category.update', 'category.update', 'category.deactivate', 'category.reactivate']);
});

test('only admins manage the catalogue and units', async () => {
  expect(code(await t.gql(CATALOGUE, {}, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql(CREATE, { i: { code: 'x1', name: '编辑建的' } }, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql(MOVE, { c: 'gzdt', d: 'UP' }, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql(ACTIVE, { c: 'gzdt', a: false }, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql(UPDATE, { c: 'gzdt', i: { name: '改' } }, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql('mutation{ renameUnit(code:"default", name:"改"){ name } }', {}, editor))).toBe('FORBIDDEN');
  expect(code(await t.gql(CATALOGUE, {}, null))).toBe('UNAUTHENTICATED');
});

test('an admin renames a unit; its code stays and users see the new name', async () => {
  await t.gql('mutation{ createUnit(code:"fgw", name:"发改委"){ code } }', {}, admin);
  const res = await t.gql<{ renameUnit: { code: string; name: string } }>('mutation{ renameUnit(code:"fgw", name:"发展和改革委员会"){ code name } }', {}, admin);
  expect(res.data!.renameUnit).toEqual({ code: 'fgw', name: '发展和改革委员会' });
  const units = await t.gql<{ units: { code: string; name: string }[] }>('{ units { code name } }', {}, admin);
  expect(units.data!.units).toContainEqual({ code: 'fgw', name: '发展和改革委员会' });
  expect(code(await t.gql('mutation{ renameUnit(code:"nosuch", name:"无"){ name } }', {}, admin))).toBe('NOT_FOUND');
  expect(code(await t.gql('mutation{ renameUnit(code:"fgw", name:"  "){ name } }', {}, admin))).toBe('BAD_USER_INPUT');
  const { rows } = await t.db.pool.query<{ action: string; details: { from: string; to: string } }>("SELECT action, details FROM audit_events WHERE action = 'unit.rename'");
  expect(rows).toEqual([{ action: 'unit.rename', details: { from: '发改委', to: '发展和改革委员会' } }]);
});

test('each category shows which names its published documents keep (read-only, from the masking policy)', async () => {
  const res = await t.gql<{ catalogue: { code: string; namePolicy: { allNames: boolean; roles: string[] } }[] }>('{ catalogue { code namePolicy { allNames roles } } }', {}, admin);
  const policy = Object.fromEntries(res.data!.catalogue.map((c) => [c.code, c.namePolicy]));
  expect(policy.rsrm).toEqual({ allNames: true, roles: [] });
  expect(policy.xzcf.allNames).toBe(false);
  expect(policy.xzcf.roles).toContain('当事人');
  expect(policy.gzdt).toEqual({ allNames: false, roles: [] });
});
