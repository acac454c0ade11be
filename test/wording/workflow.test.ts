import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadShippedTypos } from '../../review/wording/index.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'boss', role: 'admin' },
    { username: 'edB', role: 'editor', unit: 'unitb' },
  ]);
  for (const name of ['ed', 'rev', 'boss', 'edB']) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const CREATE = 'mutation($i: ContentInput!){ createContent(input:$i){ id } }';
const UPDATE = 'mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ revision } }';
const SUBMIT = 'mutation($id:ID!){ submitContent(id:$id){ status } }';
const APPROVE = 'mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }';
const FINDINGS = `query($id:ID!){ content(id:$id){ verdict wordingVersions { typo outdated roster }
  findings { field kind type text severity replacement note } revisions { revision wordingVersions { typo outdated roster } } } }`;
const SAVE_ROSTER = 'mutation($id:ID,$i:RosterEntryInput!){ saveRosterEntry(id:$id, input:$i){ id name title rank unitCode validTo active } }';
const SAVE_TYPO = 'mutation($i:TypoEntryInput!){ saveTypoEntry(input:$i){ id wrong correction severity context active } }';

interface FindingOut { field: string; kind: string; type: string; text: string; severity: string; replacement: string | null; note: string | null }
interface ContentOut { verdict: string; wordingVersions: { typo: number; outdated: number; roster: number }; findings: FindingOut[]; revisions: { revision: number; wordingVersions: unknown }[] }

async function create(body: string, by = 'ed'): Promise<string> {
  const res = await t.gql<{ createContent: { id: string } }>(CREATE, { i: { title: '工作动态', body, categoryCode: 'gzdt' } }, tokens[by]);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createContent.id;
}
async function content(id: string): Promise<ContentOut> {
  const res = await t.gql<{ content: ContentOut }>(FINDINGS, { id }, tokens.rev);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.content;
}

describe('wording check in the workflow', () => {
  let rosterId = '';

  test('admins maintain the roster; others may not, and bad entries are refused in Chinese', async () => {
    const ok = await t.gql<{ saveRosterEntry: { id: string; rank: number; unitCode: string } }>(SAVE_ROSTER,
      { i: { unitCode: 'default', name: '赵明华', title: '市长', rank: 2, validFrom: '2020-01-01' } }, tokens.boss);
    expect(ok.errors).toBeUndefined();
    rosterId = ok.data!.saveRosterEntry.id;
    expect(ok.data!.saveRosterEntry).toMatchObject({ unitCode: 'default', rank: 2 });
    expect((await t.gql(SAVE_ROSTER, { i: { unitCode: 'default', name: '林建国', title: '市委书记', rank: 1, validFrom: '2020-01-01' } }, tokens.boss)).errors).toBeUndefined();

    expect(code(await t.gql(SAVE_ROSTER, { i: { unitCode: 'default', name: '王五', title: '副市长', rank: 3, validFrom: '2020-01-01' } }, tokens.ed))).toBe('FORBIDDEN');
    const bad = await t.gql(SAVE_ROSTER, { i: { unitCode: 'default', name: '王五', title: '副市长', rank: 3, validFrom: '2020-01-01', validTo: '2019-01-01' } }, tokens.boss);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toBe('任职截止日期不能早于起始日期');
    expect(code(await t.gql(SAVE_ROSTER, { i: { unitCode: 'nosuch', name: '王五', title: '副市长', rank: 3, validFrom: '2020-01-01' } }, tokens.boss))).toBe('BAD_USER_INPUT');
    // Another unit's editor does not read this unit's roster.
    expect(code(await t.gql('{ leaderRoster(unitCode: "default") { name } }', {}, tokens.edB))).toBe('FORBIDDEN');
    const mine = await t.gql<{ leaderRoster: { name: string }[] }>('{ leaderRoster { name } }', {}, tokens.ed);
    expect(mine.data!.leaderRoster.map((r) => r.name)).toEqual(['林建国', '赵明华']);
  });

  test('a wrong leader title blocks approval (GATE_BLOCKED); the revision records the dictionary versions', async () => {
    const id = await create('<p>副市长赵明华出席会议并讲话。</p>');
    expect((await t.gql(SUBMIT, { id }, tokens.ed)).errors).toBeUndefined();
    const c = await content(id);
    expect(c.verdict).toBe('BLOCK');
    expect(c.findings).toEqual([{ field: 'body', kind: 'WORDING', type: 'leader_title', text: '副市长赵明华', severity: 'BLOCK', replacement: '市长赵明华', note: '职务有误：赵明华的职务为“市长”' }]);
    expect(c.wordingVersions).toEqual({ typo: 1, outdated: 1, roster: 2 });
    expect(c.revisions[0].wordingVersions).toEqual({ typo: 1, outdated: 1, roster: 2 });
    const res = await t.gql(APPROVE, { id }, tokens.rev);
    expect(code(res)).toBe('GATE_BLOCKED');
    expect(res.errors![0].message).toContain('leader_title');
  });

  test('a typo is a warn with its correction; approval goes through and the published text is left as written', async () => {
    const id = await create('<p>深入推进扫黑险恶专项斗争。</p>');
    expect((await t.gql(SUBMIT, { id }, tokens.ed)).errors).toBeUndefined();
    const c = await content(id);
    expect(c.verdict).toBe('WARN');
    expect(c.findings).toEqual([expect.objectContaining({ kind: 'WORDING', type: 'typo', text: '扫黑险恶', severity: 'WARN', replacement: '扫黑除恶' })]);
    const res = await t.gql<{ reviewContent: { status: string } }>(APPROVE, { id }, tokens.rev);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviewContent.status).toBe('APPROVED');
    const { rows } = await t.db.pool.query<{ html: string }>('SELECT html FROM renditions WHERE content_id = $1', [id]);
    expect(rows[0].html).toContain('扫黑险恶');
  });

  test('dictionary edits are audited with the version they produce, and later revisions use them', async () => {
    const shipped = await t.gql<{ typoEntries: { wrong: string }[] }>('{ typoEntries { wrong } }', {}, tokens.ed);
    expect(shipped.data!.typoEntries).toHaveLength(new Set(loadShippedTypos().map((e) => e.wrong)).size);
    const seeded = await t.db.pool.query<{ actor: string; details: { version: number; entries: number } }>(
      "SELECT actor, details FROM audit_events WHERE action = 'wording.typo.seed'");
    expect(seeded.rows).toEqual([{ actor: 'system:wording-seed', details: { version: 1, entries: loadShippedTypos().length } }]);

    expect(code(await t.gql(SAVE_TYPO, { i: { wrong: '双随即', correction: '双随机' } }, tokens.ed))).toBe('FORBIDDEN');
    const same = await t.gql(SAVE_TYPO, { i: { wrong: '其 他', correction: '其他' } }, tokens.boss);
    expect(code(same)).toBe('BAD_USER_INPUT');
    const saved = await t.gql<{ saveTypoEntry: { id: string; severity: string; context: string | null } }>(SAVE_TYPO,
      { i: { wrong: '双随即', correction: '双随机', severity: 'BLOCK', note: '“双随机、一公开”监管' } }, tokens.boss);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveTypoEntry).toMatchObject({ severity: 'BLOCK', context: null });
    const { rows } = await t.db.pool.query<{ details: { version: number; after: { wrong: string } } }>(
      "SELECT details FROM audit_events WHERE action = 'wording.typo.save' ORDER BY seq DESC LIMIT 1");
    expect(rows[0].details).toMatchObject({ version: 2, after: { wrong: '双随即' } });

    const id = await create('<p>全面推行双随即抽查。</p>');
    const c = await content(id);
    expect(c.wordingVersions).toEqual({ typo: 2, outdated: 1, roster: 2 });
    expect(c.findings.map((f) => [f.type, f.text, f.replacement, f.severity])).toEqual([['typo', '双随即', '双随机', 'BLOCK']]);

    // Disabling an entry is an edit too: the next revision no longer reports it.
    const off = await t.gql(`mutation{ setTypoEntryActive(id: "${saved.data!.saveTypoEntry.id}", active: false){ active } }`, {}, tokens.boss);
    expect(off.errors).toBeUndefined();
    expect((await t.gql(UPDATE, { id, i: { title: '工作动态', body: '<p>全面推行双随即抽查。</p>', categoryCode: 'gzdt' } }, tokens.ed)).errors).toBeUndefined();
    const after = await content(id);
    expect(after.wordingVersions).toEqual({ typo: 3, outdated: 1, roster: 2 });
    expect(after.findings).toEqual([]);
    expect(after.revisions.map((r) => r.wordingVersions)).toEqual([{ typo: 2, outdated: 1, roster: 2 }, { typo: 3, outdated: 1, roster: 2 }]);
  });

  test('a leader who has left is flagged when still written with the old title, not when cited as former', async () => {
    const res = await t.gql(SAVE_ROSTER, { id: rosterId, i: { unitCode: 'default', name: '赵明华', title: '市长', rank: 2, validFrom: '2020-01-01', validTo: '2021-01-01' } }, tokens.boss);
    expect(res.errors).toBeUndefined();
    const c = await content(await create('<p>市长赵明华出席会议并讲话。</p>'));
    expect(c.wordingVersions.roster).toBe(3);
    expect(c.findings).toEqual([expect.objectContaining({ type: 'leader_title', text: '市长赵明华', replacement: '原市长赵明华', severity: 'BLOCK' })]);
    expect((await content(await create('<p>时任市长赵明华出席了2020年的会议。</p>'))).findings).toEqual([]);
  });

  test('a disabled roster entry is no longer checked, and unknown ids are NOT_FOUND', async () => {
    const all = await t.gql<{ leaderRoster: { id: string; name: string }[] }>('{ leaderRoster { id name } }', {}, tokens.boss);
    const lin = all.data!.leaderRoster.find((r) => r.name === '林建国')!;
    expect((await content(await create('<p>市长林建国出席。</p>'))).findings.map((f) => f.type)).toEqual(['leader_title']);
    const off = await t.gql(`mutation{ setRosterEntryActive(id: "${lin.id}", active: false){ active } }`, {}, tokens.boss);
    expect(off.data).toEqual({ setRosterEntryActive: { active: false } });
    expect((await content(await create('<p>市长林建国出席。</p>'))).findings).toEqual([]);
    expect(code(await t.gql('mutation{ setRosterEntryActive(id: "999999", active: true){ active } }', {}, tokens.boss))).toBe('NOT_FOUND');
    expect(code(await t.gql('mutation{ setOutdatedTermActive(id: "x1", active: true){ active } }', {}, tokens.boss))).toBe('NOT_FOUND');
  });

  test('the author takes chosen corrections: a new revision with those spans replaced, checked again', async () => {
    const res = await t.gql<{ createContent: { id: string } }>(CREATE,
      { i: { title: '关于其它事项的通知', body: '<p>深入推进<b>扫黑险恶</b>专项斗争，<i>截止</i>目前已办结。</p>', categoryCode: 'gzdt' } }, tokens.ed);
    const id = res.data!.createContent.id;
    const before = await t.gql<{ content: { findings: { id: number; field: string; text: string }[] } }>(
      'query($id:ID!){ content(id:$id){ findings { id field text } } }', { id }, tokens.ed);
    const ids = Object.fromEntries(before.data!.content.findings.map((f) => [f.text, f.id]));
    expect(Object.keys(ids).sort()).toEqual(['其它', '截止', '扫黑险恶'].sort());

    const APPLY = 'mutation($id:ID!,$f:[Int!]!){ applyWordingCorrections(id:$id, findingIds:$f){ revision title body findings { text } } }';
    const applied = await t.gql<{ applyWordingCorrections: { revision: number; title: string; body: string; findings: { text: string }[] } }>(
      APPLY, { id, f: [ids['其它'], ids['扫黑险恶']] }, tokens.ed);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyWordingCorrections).toMatchObject({ revision: 2, title: '关于其他事项的通知', findings: [{ text: '截止' }] });
    expect(applied.data!.applyWordingCorrections.body).toContain('<b>扫黑除恶</b>');
    expect(applied.data!.applyWordingCorrections.body).toContain('<i>截止</i>');

    // Ids of an older revision, other kinds, and other units are refused.
    expect(code(await t.gql(APPLY, { id, f: [99] }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(APPLY, { id, f: [] }, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(APPLY, { id, f: [0] }, tokens.edB))).toBe('FORBIDDEN');
    const pii = await create('<p>联系人手机13812345678。</p>');
    expect(code(await t.gql(APPLY, { id: pii, f: [0] }, tokens.ed))).toBe('BAD_USER_INPUT');
  });

  test('current versions and the outdated list are readable by any signed-in user', async () => {
    const res = await t.gql<{ wordingVersions: unknown; outdatedTerms: { term: string; current: string; ceasedOn: string }[] }>(
      '{ wordingVersions { typo outdated roster } outdatedTerms { term current ceasedOn } }', {}, tokens.ed);
    // typo: shipped 1, one added, one disabled; roster: two added, one changed, one disabled.
    expect(res.data!.wordingVersions).toEqual({ typo: 3, outdated: 1, roster: 4 });
    expect(res.data!.outdatedTerms).toContainEqual({ term: '国土资源部', current: '自然资源部', ceasedOn: '2018-04-10' });
    expect(code(await t.gql('{ wordingVersions { typo } }'))).toBe('UNAUTHENTICATED');
  });
});
