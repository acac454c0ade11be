import fs from 'node:fs';
import path from 'node:path';
import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';
import { startSmtpSink } from '../helpers/smtp.js';

async function flow(t: TestHub): Promise<string> {
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'rev', role: 'reviewer' },
    { username: 'revOther', role: 'reviewer', unit: 'other' },
  ]);
  const [ed, rev] = [await t.login('ed'), await t.login('rev')];
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', { i: { title: '通知', body: '<p>正文</p>', categoryCode: 'gzdt' } }, ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: REJECT, comment: "请补充依据"){ id } }', { id }, rev);
  return id;
}

test('review requested goes to the unit’s reviewers, the decision to the author (real SMTP)', async () => {
  const smtp = await startSmtpSink();
  const t = await startTestHub({ worker: false, env: { SMTP_URL: smtp.url } });
  try {
    const id = await flow(t);
    const request = await eventually(async () => smtp.mails.find((m) => m.subject.includes('待审核')));
    expect(request.to).toEqual(['rev@example.test']);
    expect(request.subject).toContain('《通知》');
    expect(request.text).toContain(`http://portal.test/console/review/${id}`);
    const decision = await eventually(async () => smtp.mails.find((m) => m.subject.includes('审核结果')));
    expect(decision.to).toEqual(['ed@example.test']);
    expect(decision.subject).toContain('请补充依据');
    expect(decision.text).toContain(`http://portal.test/console/contents/${id}`);
  } finally {
    await t.stop();
    await smtp.close();
  }
});

test('without SMTP_URL the same mails are written to DATA_DIR/outbox as .eml files', async () => {
  const t = await startTestHub({ worker: false });
  try {
    await flow(t);
    const outbox = path.join(t.config.dataDir, 'outbox');
    const files = await eventually(async () => (fs.existsSync(outbox) && fs.readdirSync(outbox).length >= 2 ? fs.readdirSync(outbox) : null));
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const texts = files.map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    expect(texts.some((m) => /^To: rev@example\.test/m.test(m))).toBe(true);
    expect(texts.some((m) => /^To: ed@example\.test/m.test(m))).toBe(true);
  } finally {
    await t.stop();
  }
});
