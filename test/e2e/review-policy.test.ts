import { withIdCheck } from '../gate/fixtures.js';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'rev2', role: 'reviewer' },
    { username: 'boss', role: 'admin' },
  ]);
  for (const name of ['ed', 'rev', 'rev2', 'boss']) tokens[name] = await t.login(name);
});
afterAll(async () => t.stop());

const CREATE = 'mutation($i: ContentInput!){ createContent(input:$i){ id } }';
const UPDATE = 'mutation($id:ID!,$i:ContentInput!){ updateContent(id:$id, input:$i){ status revision } }';
const SUBMIT = 'mutation($id:ID!){ submitContent(id:$id){ status } }';
const REVIEW = 'mutation($id:ID!,$d:ReviewDecision!,$k:[KeepFindingInput!]){ reviewContent(id:$id, decision:$d, keep:$k){ status } }';
const FINDINGS = 'query($id:ID!){ content(id:$id){ findings { id type text } } }';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

async function submitted(input: Record<string, unknown>, by = 'ed'): Promise<string> {
  const res = await t.gql<{ createContent: { id: string } }>(CREATE, { i: input }, tokens[by]);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const id = res.data.createContent.id;
  expect((await t.gql(SUBMIT, { id }, tokens[by])).errors).toBeUndefined();
  return id;
}

// A synthetic resident ID (region 110105, born 1990-03-07) completed with its MOD 11-2 check digit.
const ID_NUMBER = withIdCheck('11010519900307351');

describe('review policy holes', () => {
  test('a full resident ID number can never be kept for a public channel, even with a reason', async () => {
    const id = await submitted({ title: '行政处罚决定书', body: `<p>当事人：赵某某，身份证号码：${ID_NUMBER}。依法决定罚款2000元。</p>`, categoryCode: 'tzgg' });
    const findings = (await t.gql<{ content: { findings: { id: number; type: string }[] } }>(FINDINGS, { id }, tokens.rev)).data!.content.findings;
    const card = findings.find((f) => f.type === 'id_card')!;
    expect(card).toBeDefined();
    const refused = await t.gql(REVIEW, { id, d: 'APPROVE', k: [{ findingId: card.id, reason: '依法须公开' }] }, tokens.rev);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('身份证号');
    // Approval without keeping it publishes the mask.
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBeUndefined();
    const rendition = await t.db.pool.query<{ html: string }>('SELECT html FROM renditions WHERE content_id = $1', [id]);
    expect(rendition.rows[0].html).not.toContain(ID_NUMBER);
    expect(rendition.rows[0].html).toContain(`${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`);
  });

  test('whoever wrote a revision under review cannot approve it, admins included', async () => {
    const id = await submitted({ title: '工作动态', body: '<p>本周召开专题会议。</p>', categoryCode: 'gzdt' });
    // The admin edits the item in review (a new revision, back to review) …
    const edited = await t.gql<{ updateContent: { status: string; revision: number } }>(UPDATE, { id, i: { title: '工作动态（修改）', body: '<p>本周召开专题会议，部署冬季工作。</p>', categoryCode: 'gzdt' } }, tokens.boss);
    expect(edited.data?.updateContent.revision).toBe(2);
    if (edited.data?.updateContent.status !== 'IN_REVIEW') expect((await t.gql(SUBMIT, { id }, tokens.boss)).errors).toBeUndefined();
    // … and may then neither approve nor reject it; an uninvolved reviewer may.
    const own = await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.boss);
    expect(code(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0].message).toContain('修改过');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBeUndefined();
  });
});

describe('what reaches the public carries no hidden direction controls or fillers', () => {
  test('a title and body with an override and a filler are published without them', async () => {
    const title = '关于\u202E冬季\u202C供暖\u3164的通知';
    const id = await submitted({ title, body: '<p>供暖期\u200B自11月1日起\u2066。</p>', categoryCode: 'tzgg', channels: ['PORTAL', 'APP'] });
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, tokens.rev))).toBeUndefined();
    expect(code(await t.gql('mutation($id:ID!){ publishContent(id:$id){ status } }', { id }, tokens.ed))).toBeUndefined();
    await eventually(async () => (await fetch(`${t.url}/articles/${id}`)).status === 200);
    const hidden = /[\u202A-\u202E\u2066-\u2069\u3164\u200B]/;
    const page = await (await fetch(`${t.url}/articles/${id}`)).text();
    expect(page).toContain('关于冬季供暖的通知');
    expect(page).toContain('供暖期自11月1日起。');
    expect(page).not.toMatch(hidden);
    for (const feed of ['/feed.json', '/feed.xml']) {
      const text = await (await fetch(`${t.url}${feed}`)).text();
      expect(text).toContain('关于冬季供暖的通知');
      expect(text).not.toMatch(hidden);
    }
  });
});
