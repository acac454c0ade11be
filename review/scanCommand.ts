/**
 * `tongfa scan [--json] [--html] [--category CODE] FILE...` — the review gate on files ("-" = stdin).
 * A file whose bytes are a document or image an upload accepts (PDF, OFD, DOCX, XLSX, PNG, JPEG, GIF) is read
 * and gated as an attachment is, by the reader the caller passes in (`workflow/attachmentFiles.ts`: the gate does
 * not depend on the workflow); anything else is a UTF-8 text file.
 *
 * Output: with --json one line per readable input, `{"file","verdict","findings":[…],"redacted"}`
 * (CONTRACT.md); otherwise a report per file for people. Inputs that cannot be scanned (missing,
 * unreadable, not UTF-8, binary) get an error line on stderr and no output line, so stdout stays pure NDJSON.
 *
 * Exit status: 2 if the arguments are wrong or any input could not be scanned; otherwise 1 if any
 * input's verdict is `block`; otherwise 0 (`warn` passes: pii is redacted, the reviewer decides).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { htmlTextContent, scanHtml, scanText, type ScanOptions } from './gate.js';
import type { GateResult } from './types.js';
import { isDate, parseRoster, shippedWordingRules } from './wording/index.js';

export interface ScanIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Reads and gates a document file as an upload would; null when the bytes are no document (then read as text). */
  document?: DocumentScanner;
}

export interface ScannedDocument {
  /** The kind the bytes show (PDF, DOCX …). */
  label: string;
  /** The text the gate read; findings' offsets point into it. */
  text: string;
  result: GateResult;
}

export type DocumentScanner = (data: Buffer, name: string, options: ScanOptions) => Promise<ScannedDocument | null>;

export const SCAN_USAGE = `usage: tongfa scan [--json] [--html] [--category CODE] [--roster FILE] [--date YYYY-MM-DD] FILE...   ("-" reads standard input)
  --json           one JSON object per input per line: {"file","verdict","findings","redacted"}
  --html           inputs are HTML: scan their text content, redact text nodes only
  --category CODE  content category, selects the masking policy (e.g. xzcf keeps the punished party's name)
  --roster FILE    leaders' roster for the wording check, one per line: unit<TAB>name<TAB>title<TAB>rank<TAB>from[<TAB>to]
  --date DATE      publication date for outdated names and the roster (default: today, Beijing time)
files whose content is a PDF, OFD, DOCX, XLSX, PNG, JPEG or GIF (by their bytes, whatever the name) are read as an
uploaded attachment is: every text the file carries, a PDF's lines rejoined where the margin wrapped them; the
findings and verdict are the attachment's. Anything else, and "-", is read as UTF-8 text.
exit status: 0 pass/warn, 1 any block, 2 usage error or an input that could not be read`;

interface ScanArgs {
  json: boolean;
  html: boolean;
  category?: string;
  roster?: string;
  date?: string;
  files: string[];
}

export class UsageError extends Error {}

export function parseScanArgs(args: readonly string[]): ScanArgs | 'help' {
  const out: ScanArgs = { json: false, html: false, files: [] };
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (options && a === '--') options = false;
    else if (options && (a === '-h' || a === '--help')) return 'help';
    else if (options && a === '--json') out.json = true;
    else if (options && a === '--html') out.html = true;
    else if (options && a === '--category') {
      const v = args[++i];
      if (v === undefined || v === '') throw new UsageError('--category 后须跟栏目代码');
      out.category = v;
    } else if (options && a.startsWith('--category=')) {
      out.category = a.slice('--category='.length);
      if (!out.category) throw new UsageError('--category 后须跟栏目代码');
    } else if (options && (a === '--roster' || a === '--date')) {
      const v = args[++i];
      if (v === undefined || v === '') throw new UsageError(`${a} 后须跟一个值`);
      if (a === '--date' && !isDate(v)) throw new UsageError(`--date 必须是 YYYY-MM-DD 格式的日期，当前为 ${v}`);
      if (a === '--roster') out.roster = v;
      else out.date = v;
    } else if (options && a.startsWith('-') && a !== '-') throw new UsageError(`未知选项 ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('未指定输入文件（用 - 表示标准输入）');
  return out;
}

export class InputError extends Error {}

/**
 * Strict UTF-8: a lossy decode would silently scan U+FFFD instead of what the author wrote, and offsets
 * reported to the author would not match their file. A leading BOM is dropped (offsets count from after it).
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError('输入是二进制文件（含 NUL 字节）；审查只接受 UTF-8 文本');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('输入不是有效的 UTF-8 文本');
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(s, (err?: Error | null) => (err ? reject(err) : resolve()));
  });
}

/** 1-based line:column of each finding start, computed in one pass over the text. */
function positions(text: string, offsets: readonly number[]): string[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out: string[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  let p = 0;
  for (const [o, i] of order) {
    for (; p < o && p < text.length; p++) {
      if (text.charCodeAt(p) === 10) {
        line++;
        lineStart = p + 1;
      }
    }
    out[i] = `${line}:${o - lineStart + 1}`;
  }
  return out;
}

const MAX_SHOWN = 60;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > MAX_SHOWN ? `${one.slice(0, MAX_SHOWN)}…` : one;
}

function humanReport(file: string, text: string, r: GateResult): string {
  const lines = [`${file}: ${r.verdict.toUpperCase()} — ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}` +
    (r.declaredDisclosure ? ` (declared disclosure: ${r.declaredDisclosure})` : '')];
  const at = positions(text, r.findings.map((f) => f.start));
  r.findings.forEach((f, i) => {
    const repl = f.replacement === null ? '' : ` → ${JSON.stringify(clip(f.replacement))}`;
    const note = f.note ? `  （${f.note}）` : '';
    lines.push(`  ${at[i].padEnd(9)} ${f.severity.padEnd(5)} ${`${f.kind}/${f.type}`.padEnd(34)} ${JSON.stringify(clip(f.text))}${repl}${note}`);
  });
  return lines.join('\n') + '\n';
}

export async function scanCommand(args: string[], io: ScanIo): Promise<number> {
  let parsed: ScanArgs | 'help';
  try {
    parsed = parseScanArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await write(io.stderr, `tongfa scan: ${e.message}\n${SCAN_USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    await write(io.stdout, `${SCAN_USAGE}\n`);
    return 0;
  }
  let wording;
  try {
    wording = parsed.roster ? shippedWordingRules(parseRoster(decodeInput(await readFile(parsed.roster)), parsed.roster)) : undefined;
  } catch (e) {
    await write(io.stderr, `tongfa scan: --roster ${parsed.roster}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const opts = { ...(parsed.category ? { categoryCode: parsed.category } : {}), ...(wording ? { wording } : {}), ...(parsed.date ? { publishedOn: parsed.date } : {}) };
  let failed = false;
  let blocked = false;
  let stdinText: string | null = null;
  for (const file of parsed.files) {
    let text: string;
    let document: ScannedDocument | null = null;
    try {
      if (file === '-') {
        // "-" named twice reads the one standard input twice, rather than an empty second read.
        stdinText ??= decodeInput(await readAll(io.stdin));
        text = stdinText;
      } else {
        const bytes = await readFile(file);
        document = io.document ? await io.document(bytes, basename(file), opts) : null;
        text = document ? document.text : decodeInput(bytes);
      }
    } catch (e) {
      failed = true;
      const reason = e instanceof InputError ? e.message : e instanceof Error ? e.message : String(e);
      await write(io.stderr, `tongfa scan: ${file}: ${reason}\n`);
      continue;
    }
    const result = document ? document.result : parsed.html ? scanHtml(text, opts) : scanText(text, opts);
    if (result.verdict === 'block') blocked = true;
    if (parsed.json) {
      const findings = result.findings.map((f) => ({
        kind: f.kind, type: f.type, start: f.start, end: f.end, text: f.text, severity: f.severity, replacement: f.replacement,
      }));
      await write(io.stdout, JSON.stringify({ file, verdict: result.verdict, findings, redacted: result.redacted }) + '\n');
    } else {
      // Positions in an HTML report are in its text content, like the findings' offsets.
      await write(io.stdout, humanReport(document ? `${file} (${document.label})` : file, parsed.html && !document ? htmlTextContent(text).text : text, result));
    }
  }
  return failed ? 2 : blocked ? 1 : 0;
}
