import { startTestHub, type TestHub } from '../helpers/hub.js';

/** The API the console's 审计 and 巡查 screens add: checking a checkpoint file, and rule names in Chinese. */
let t: TestHub;
const tok: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([{ username: 'jiandu', role: 'overseer' }, { username: 'bianji', role: 'editor' }]);
  tok.over = await t.login('jiandu');
  tok.ed = await t.login('bianji');
});
afterAll(async () => {
  await t?.stop();
});

const VERIFY = `query($c: JSON!) { verifyAuditCheckpointFile(checkpoint: $c) { ok length headHash keyId problem anchored chain { ok length } } }`;

async function exportedCheckpoint(): Promise<Record<string, unknown>> {
  const made = await t.gql<{ createAuditCheckpoint: { length: number; exported: Record<string, unknown> } }>('mutation { createAuditCheckpoint { length exported } }', {}, tok.over);
  expect(made.errors).toBeUndefined();
  return made.data!.createAuditCheckpoint.exported;
}

describe('verifyAuditCheckpointFile', () => {
  test('a downloaded checkpoint holds against the chain it was signed over, later events notwithstanding', async () => {
    const exported = await exportedCheckpoint();
    await t.login('bianji'); // one more audited event after the checkpoint
    const res = await t.gql<{ verifyAuditCheckpointFile: Record<string, unknown> }>(VERIFY, { c: exported }, tok.over);
    expect(res.errors).toBeUndefined();
    const v = res.data!.verifyAuditCheckpointFile as { ok: boolean; length: number; headHash: string; problem: string | null; chain: { ok: boolean; length: number } };
    expect(v).toMatchObject({ ok: true, problem: null, length: exported.length, headHash: exported.headHash });
    expect(v.chain.ok).toBe(true);
    expect(v.chain.length).toBeGreaterThan(Number(exported.length));
  });

  test('a checkpoint whose length was edited no longer verifies: BAD_SIGNATURE', async () => {
    const exported = await exportedCheckpoint();
    const res = await t.gql<{ verifyAuditCheckpointFile: { ok: boolean; problem: string } }>(VERIFY, { c: { ...exported, length: Number(exported.length) - 1 } }, tok.over);
    expect(res.data!.verifyAuditCheckpointFile).toMatchObject({ ok: false, problem: 'BAD_SIGNATURE' });
  });

  test('a file that is no checkpoint is BAD_USER_INPUT, and an editor may not check at all', async () => {
    const bad = await t.gql(VERIFY, { c: { format: 'something-else' } }, tok.over);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const editor = await t.gql(VERIFY, { c: await exportedCheckpoint() }, tok.ed);
    expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

test('inspection findings carry the rule name in Chinese', async () => {
  // A fresh hub's catalogue has columns with nothing published: 空白栏目.
  const res = await t.gql<{ runInspection: { findings: { rule: string; ruleTitle: string }[] } }>('mutation { runInspection { findings { rule ruleTitle } } }', {}, tok.over);
  expect(res.errors).toBeUndefined();
  const empty = res.data!.runInspection.findings.find((f) => f.rule === 'category_empty');
  expect(empty?.ruleTitle).toBe('空白栏目');
});
