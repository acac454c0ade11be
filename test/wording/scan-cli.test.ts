import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { scanCommand } from '../../review/scanCommand.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tongfa-wording-'));
  writeFileSync(join(dir, 'roster.tsv'), '# 单位\t姓名\t职务\t排序\t起\t止\ndemo\t赵明华\t市长\t2\t2021-01-01\n');
  writeFileSync(join(dir, 'bad-roster.tsv'), 'demo\t赵明华\t市长\tsecond\t2021-01-01\n');
  writeFileSync(join(dir, 'a.txt'), '副市长赵明华出席。截止目前，国土资源部已完成整改。');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scan(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const code = await scanCommand(args, { stdin: Readable.from([]), stdout, stderr });
  return { code, out, err };
}

describe('tongfa scan: wording', () => {
  it('reports wording findings from the shipped dictionaries, and leader findings with --roster', async () => {
    const plain = await scan(['--json', '--date', '2025-06-01', join(dir, 'a.txt')]);
    expect(plain.code).toBe(0);
    const line = JSON.parse(plain.out) as { verdict: string; findings: { kind: string; type: string; text: string; replacement: string }[] };
    expect(line.verdict).toBe('warn');
    expect(line.findings.map((f) => [f.kind, f.type, f.text, f.replacement])).toEqual([
      ['wording', 'typo', '截止', '截至'],
      ['wording', 'outdated_term', '国土资源部', '自然资源部'],
    ]);
    const withRoster = await scan(['--json', '--date', '2025-06-01', '--roster', join(dir, 'roster.tsv'), join(dir, 'a.txt')]);
    expect(withRoster.code).toBe(1);
    const r = JSON.parse(withRoster.out) as typeof line;
    expect(r.verdict).toBe('block');
    expect(r.findings[0]).toMatchObject({ kind: 'wording', type: 'leader_title', text: '副市长赵明华', replacement: '市长赵明华' });
  });

  it('an old name is not outdated before the date it ceased', async () => {
    const r = await scan(['--json', '--date', '2017-06-01', join(dir, 'a.txt')]);
    expect((JSON.parse(r.out) as { findings: { type: string }[] }).findings.map((f) => f.type)).toEqual(['typo']);
  });

  it('refuses a malformed roster or date with exit status 2', async () => {
    const bad = await scan(['--roster', join(dir, 'bad-roster.tsv'), join(dir, 'a.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('排序必须是正整数');
    expect((await scan(['--date', '2025-02-30', join(dir, 'a.txt')])).code).toBe(2);
  });
});
