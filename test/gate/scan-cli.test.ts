import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { scanCommand } from '../../review/scanCommand.js';
import { checkFile, gateAttachment, readAttachment } from '../../workflow/attachmentFiles.js';
import { docxWith } from '../helpers/documents.js';
import { pdfDocument } from '../helpers/pdfWriter.js';
import { ID1 } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'tongfa.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

interface Line {
  file: string;
  verdict: string;
  findings: { kind: string; type: string; start: number; end: number; text: string; severity: string; replacement: string | null }[];
  redacted: string;
}

const ndjson = (s: string): Line[] => s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line);

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tongfa-scan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tongfa scan (child process)', () => {
  it('prints one NDJSON line per file, in order, and exits 1 when any file blocks', async () => {
    const a = file('a.txt', `申请人：王建国，身份证号码：${ID1}，联系电话：13812345678。`);
    const b = file('b.txt', '机密★5年\n关于某事项的通知');
    const c = file('c.txt', '');
    const r = await run(['scan', '--json', a, b, c]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = ndjson(r.stdout);
    expect(lines.map((l) => [l.file, l.verdict])).toEqual([[a, 'warn'], [b, 'block'], [c, 'pass']]);
    expect(Object.keys(lines[0]).sort()).toEqual(['file', 'findings', 'redacted', 'verdict']);
    expect(Object.keys(lines[0].findings[0]).sort()).toEqual(['end', 'kind', 'replacement', 'severity', 'start', 'text', 'type']);
    expect(lines[0].findings.map((f) => f.type)).toEqual(['person_name', 'id_card', 'mobile']);
    expect(lines[0].redacted).toBe(`申请人：王某某，身份证号码：${ID1.slice(0, 6)}********${ID1.slice(14)}，联系电话：138****5678。`);
    expect(lines[1].findings[0]).toMatchObject({ kind: 'confidentiality', type: 'classification_mark', start: 0, severity: 'block', replacement: null });
    expect(lines[2]).toEqual({ file: c, verdict: 'pass', findings: [], redacted: '' });
  });

  it('reads standard input for "-", and scans HTML text content with --html', async () => {
    const html = '<p>申请人：<b>王建国</b></p><p>电话：13812345678</p>';
    const r = await run(['scan', '--json', '--html', '-'], html);
    expect(r.code).toBe(0);
    const [line] = ndjson(r.stdout);
    expect(line.file).toBe('-');
    expect(line.verdict).toBe('warn');
    expect(line.findings.map((f) => [f.start, f.end, f.text])).toEqual([[4, 7, '王建国'], [11, 22, '13812345678']]);
    expect(line.redacted).toBe('<p>申请人：<b>王某某</b></p><p>电话：138****5678</p>');
  });

  it('applies --category', async () => {
    const r = await run(['scan', '--json', '--category', 'xzcf', '-'], '当事人：王建国，罚款500元。');
    const [line] = ndjson(r.stdout);
    expect(line.findings[0]).toMatchObject({ type: 'person_name', severity: 'info', replacement: null });
    expect(line.redacted).toBe('当事人：王建国，罚款500元。');
  });

  it('reports unreadable and undecodable inputs on stderr and exits 2, still scanning the rest', async () => {
    const good = file('good.txt', '公告');
    const bad = file('bad.txt', Buffer.from([0xe6, 0x9c, 0xba, 0xff, 0xfe, 0x41]));
    const bin = file('bin.dat', Buffer.from([0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47]));
    const r = await run(['scan', '--json', join(dir, 'missing.txt'), bad, bin, good]);
    expect(r.code).toBe(2);
    expect(ndjson(r.stdout).map((l) => l.file)).toEqual([good]);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain(`${bad}: 输入不是有效的 UTF-8 文本`);
    expect(r.stderr).toContain(`${bin}: 输入是二进制文件`);
  });

  it('prints a human-readable report without --json', async () => {
    const r = await run(['scan', '-'], '机密★1年\n申请人：王建国');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-: BLOCK — 2 findings');
    expect(r.stdout).toMatch(/1:1\s+block\s+confidentiality\/classification_mark/);
    expect(r.stdout).toMatch(/2:5\s+warn\s+pii\/person_name\s+"王建国" → "王某某"/);
  });

  it('reads a PDF and a DOCX as an upload does, by their bytes, with the findings an attachment gets', async () => {
    // A paragraph wrapped at the margin inside the name (27 glyphs of 16 pt per full line), and a mark.
    const pdfBytes = pdfDocument({ pages: [[
      { text: '机密★', x: 460, y: 800, size: 16 },
      { text: '经调查查明，自2024年3月5日起，本案当事人王建', x: 112, y: 760, size: 16 },
      { text: '华未经任何有关部门批准，擅自在其家住城关镇东风村三组1', x: 80, y: 732, size: 16 },
      { text: '2号的院内堆放建筑垃圾。', x: 80, y: 704, size: 16 },
    ]] });
    const pdf = file('决定书.dat', pdfBytes);
    const docxBytes = await docxWith(['申请人：赵春梅', `身份证号码：${ID1}`]);
    const docx = file('申请.docx', docxBytes);
    const r = await run(['scan', '--json', '--category', 'tzgg', pdf, docx]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [p, d] = ndjson(r.stdout);
    const attachment = async (name: string, data: Buffer) => {
      const gate = gateAttachment(await readAttachment(checkFile(name, data).kind, data, name), 'tzgg');
      return { verdict: gate.verdict, findings: gate.findings.map((f) => ({ kind: f.kind, type: f.type, text: f.text })) };
    };
    expect({ verdict: p.verdict, findings: p.findings.map((f) => ({ kind: f.kind, type: f.type, text: f.text })) }).toEqual(await attachment('决定书.pdf', pdfBytes));
    expect(p.verdict).toBe('block');
    expect(p.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['机密★', '王建华']));
    expect(p.redacted).toContain('王某某');
    expect({ verdict: d.verdict, findings: d.findings.map((f) => ({ kind: f.kind, type: f.type, text: f.text })) }).toEqual(await attachment('申请.docx', docxBytes));
    expect(d.findings.map((f) => f.type)).toEqual(expect.arrayContaining(['person_name', 'id_card']));
    const human = await run(['scan', docx]);
    expect(human.stdout).toContain(`${docx} (DOCX): `);
  });

  it('reports a damaged document on stderr and exits 2; text files and "-" are read as text', async () => {
    const broken = file('broken.pdf', Buffer.from('%PDF-1.7\n这不是一个完整的文件'));
    const text = file('notes.pdf', '联系电话：13812345678');
    const r = await run(['scan', '--json', broken, text, '-'], '%PDF-1.7 手机13812345678');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${broken}: 无法读取文件「broken.pdf」的内容`);
    expect(ndjson(r.stdout).map((l) => [l.file, l.findings.map((f) => f.type)])).toEqual([[text, ['mobile']], ['-', ['mobile']]]);
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run(['scan'])).code).toBe(2);
    expect((await run(['scan', '--nope', '-'])).code).toBe(2);
    const help = await run(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: tongfa scan');
    expect(help.stdout).toContain('PDF, OFD, DOCX, XLSX');
  });
});

describe('scanCommand (in process)', () => {
  async function call(args: string[], input = ''): Promise<Run> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    const code = await scanCommand(args, { stdin: Readable.from([Buffer.from(input)]), stdout, stderr });
    return { code, stdout: out, stderr: err };
  }

  it('handles a 10 MB input and a leading BOM', async () => {
    const big = '根据条例规定，现将有关情况公告如下。\n'.repeat(Math.ceil((10 << 20) / 19));
    const r = await call(['--json', '-'], big);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)[0]).toMatchObject({ verdict: 'pass', findings: [] });
    const bom = await call(['--json', '-'], '\ufeff手机13812345678');
    expect(ndjson(bom.stdout)[0].findings[0]).toMatchObject({ start: 2, end: 13 });
  });

  it('reads standard input once even when "-" is named twice', async () => {
    const r = await call(['--json', '-', '-'], '手机13812345678');
    expect(ndjson(r.stdout).map((l) => l.findings.length)).toEqual([1, 1]);
  });
});
