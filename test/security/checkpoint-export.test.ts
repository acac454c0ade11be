import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM } from '../../workflow/actor.js';
import { createCheckpoint, verifyCheckpointExport } from '../../workflow/checkpoints.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-checkpoints-'));
  t = await startTestHub({ worker: false, env: { AUDIT_CHECKPOINT_DIR: dir, AUDIT_CHECKPOINT_MAIL_TO: 'overseers, archive@audit.example.test' } });
  await t.users([{ username: 'over', role: 'overseer' }, { username: 'ed', role: 'editor' }]);
});
afterAll(async () => {
  await t.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('every new checkpoint leaves the database: a read-only file and a mail to the overseers and the archive', async () => {
  const record = (await createCheckpoint(t.hub.deps, SYSTEM))!;
  const files = fs.readdirSync(dir);
  expect(files).toHaveLength(1);
  const file = path.join(dir, files[0]);
  expect(fs.statSync(file).mode & 0o222).toBe(0);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ length: record.length, headHash: record.headHash, keyId: record.keyId });
  expect((await verifyCheckpointExport(t.hub.deps, SYSTEM, exported)).ok).toBe(true);

  const outbox = path.join(t.config.dataDir, 'outbox');
  const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatch(/^To: .*over@example\.test/m);
  expect(mails[0]).toMatch(/archive@audit\.example\.test/);
  expect(mails[0]).not.toMatch(/ed@example\.test/);
  expect(mails[0].replace(/=\r?\n/g, '')).toContain(record.headHash); // quoted-printable soft breaks

  await t.gql('mutation { login(username: "nobody", password: "x") { token } }');
  await createCheckpoint(t.hub.deps, SYSTEM);
  expect(fs.readdirSync(dir)).toHaveLength(2);
});
