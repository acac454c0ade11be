import { scanText, type ScanOptions } from '../review/gate.js';
import { verdictOf, type GateResult } from '../review/types.js';
import { AppError, badInput } from './errors.js';
import { imageText } from './imageText.js';
import { ofdText } from './ofdText.js';
import { packageText } from './packageText.js';
import { pdfText } from './pdfText.js';
import { publicLabel } from './publicLabel.js';

/*
 * What an uploaded file is, decided by its bytes (never by the name or the client's Content-Type), a safe
 * name for it, and its text for the gate.
 */

export interface FileKind {
  /** Short label shown on the portal. */
  label: 'PDF' | 'OFD' | 'DOCX' | 'XLSX' | 'PNG' | 'JPEG' | 'GIF';
  mediaType: string;
  extension: string;
  /** Upper size limit in bytes. */
  maxBytes: number;
}

const MB = 1024 * 1024;
export const FILE_KINDS: Record<FileKind['label'], FileKind> = {
  PDF: { label: 'PDF', mediaType: 'application/pdf', extension: 'pdf', maxBytes: 20 * MB },
  // GB/T 33190 版式文档: what many units' document systems put out instead of PDF.
  OFD: { label: 'OFD', mediaType: 'application/ofd', extension: 'ofd', maxBytes: 20 * MB },
  DOCX: { label: 'DOCX', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', maxBytes: 20 * MB },
  XLSX: { label: 'XLSX', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', maxBytes: 20 * MB },
  PNG: { label: 'PNG', mediaType: 'image/png', extension: 'png', maxBytes: 5 * MB },
  JPEG: { label: 'JPEG', mediaType: 'image/jpeg', extension: 'jpg', maxBytes: 5 * MB },
  GIF: { label: 'GIF', mediaType: 'image/gif', extension: 'gif', maxBytes: 5 * MB },
};
export const MAX_UPLOAD_BYTES = 20 * MB;

const startsWith = (data: Buffer, ...bytes: number[]): boolean => bytes.every((b, i) => data[i] === b);

/**
 * The kind by magic bytes. DOCX, XLSX and OFD are all ZIP archives (PK\x03\x04); their part names are stored
 * uncompressed in the local headers, so `word/`, `xl/` or OFD's entry part `OFD.xml` identifies which. Anything
 * else is refused.
 */
export function detectKind(data: Buffer): FileKind | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return FILE_KINDS.PDF;
  if (startsWith(data, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return FILE_KINDS.PNG;
  if (startsWith(data, 0xff, 0xd8, 0xff)) return FILE_KINDS.JPEG;
  const head6 = data.subarray(0, 6).toString('latin1');
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return FILE_KINDS.GIF;
  if (startsWith(data, 0x50, 0x4b, 0x03, 0x04)) {
    const names = data.toString('latin1');
    if (names.includes('[Content_Types].xml') || names.includes('word/') || names.includes('xl/')) {
      if (names.includes('word/document.xml')) return FILE_KINDS.DOCX;
      if (names.includes('xl/workbook.xml')) return FILE_KINDS.XLSX;
    }
    if (names.includes('OFD.xml')) return FILE_KINDS.OFD;
  }
  return null;
}

/**
 * A name safe to store, show and send in Content-Disposition: no directories, no control or reserved
 * characters, at most 100 characters, and the extension of what the file really is.
 */
export function sanitizeFileName(raw: string, kind: FileKind): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const dot = cleaned.lastIndexOf('.');
  const stem = [...(dot > 0 ? cleaned.slice(0, dot) : cleaned).trim()].slice(0, 95).join('') || '附件';
  return `${stem}.${kind.extension}`;
}

/** Checks what the extension claims against what the bytes are, with a message an editor can act on. */
export function checkFile(rawName: string, data: Buffer): { kind: FileKind; name: string } {
  if (data.length === 0) throw badInput('文件为空', { field: 'file' });
  const kind = detectKind(data);
  if (!kind) throw badInput('不支持的文件类型：仅接受 PDF、OFD、DOCX、XLSX 文档和 PNG、JPEG、GIF 图片（按文件内容判断）', { field: 'file' });
  if (data.length > kind.maxBytes) throw badInput(`${kind.label} 文件不能超过 ${kind.maxBytes / MB} MB`, { field: 'file' });
  const claimed = /\.([A-Za-z0-9]{1,5})$/.exec(rawName.trim())?.[1]?.toLowerCase();
  const accepted = kind.label === 'JPEG' ? ['jpg', 'jpeg'] : [kind.extension];
  if (claimed && !accepted.includes(claimed)) throw badInput(`文件名扩展名 .${claimed} 与文件内容（${kind.label}）不符，请检查是否传错文件`, { field: 'file' });
  return { kind, name: publicLabel(sanitizeFileName(rawName, kind), '附件名称', 'file') };
}

/** How deep files inside files are read (a PDF in a DOCX in an XLSX…), and how many in all. */
export const EMBEDDED_LIMITS = { depth: 3, files: 50 } as const;

/** What the gate reads of a file: its text, and apart from it who wrote it (read for marks only). */
export interface AttachmentText {
  text: string;
  /** Authors of the file, its revisions, comments and notes, and of embedded files (see packageText.ts, PEOPLE_ELEMENTS). */
  people: string;
  /** A PDF's pages line by line before soft wraps were joined (pdfText.ts): read for marks only, as `people` is. */
  layout: string;
}

interface Reading {
  text: string;
  people: string[];
  layout?: string[];
  embedded: { name: string; data: Uint8Array }[];
}

/**
 * The text the gate reads: everything the file carries that a person who downloads it can read — not only what a
 * viewer renders (see pdfText.ts, packageText.ts, imageText.ts) — and the same for every document or image
 * embedded in it, by its bytes. The ZIP-based kinds pass the archive limits first (`zipLimits.ts`, a
 * BAD_USER_INPUT naming `name`); an OFD's pages are read in page order first, then its other parts.
 */
export async function readAttachment(kind: FileKind, data: Uint8Array, name: string): Promise<AttachmentText> {
  const people: string[] = [];
  const layout: string[] = [];
  const text = await readFile(kind, data, name, 0, { files: EMBEDDED_LIMITS.files }, people, layout);
  return { text, people: people.join('\n'), layout: layout.join('\n') };
}

/** `readAttachment`, with a file that cannot be read (damaged, encrypted) as a BAD_USER_INPUT naming it. */
export async function readUpload(kind: FileKind, data: Uint8Array, name: string): Promise<AttachmentText> {
  try {
    return await readAttachment(kind, data, name);
  } catch (error) {
    // The archive limits say what is wrong themselves; anything else is a file that cannot be read.
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_USER_INPUT', `无法读取文件「${name}」的内容（文件可能已损坏或加密），请另存后重新上传`, { field: 'file' });
  }
}

/**
 * A file of a kind an upload accepts, by its bytes, read and gated as an attachment is (`tongfa scan` on a PDF or a
 * DOCX); null when the bytes are none of those kinds (a text file).
 */
export async function gateDocument(data: Buffer, name: string, options: ScanOptions): Promise<{ label: string; text: string; result: GateResult } | null> {
  const kind = detectKind(data);
  if (!kind) return null;
  const read = await readUpload(kind, data, name);
  return { label: kind.label, text: read.text, result: gateAttachment(read, options) };
}

/** All of it as one text, authors and the PDF pages' layout last. */
export async function extractText(kind: FileKind, data: Uint8Array, name: string): Promise<string> {
  const { text, people, layout } = await readAttachment(kind, data, name);
  return [text, people, layout].filter((t) => t !== '').join('\n');
}

/**
 * The gate's verdict on a file: its text scanned as a body is, and the marks (only) in the names of its authors and
 * in a PDF's pages as laid out.
 * One finding per thing found: a file's text holds several readings of the same place (a Word paragraph as shown
 * and with its revisions, a sheet's cells in layout and as shared strings, a PDF page in stream and in reading
 * order), so the same mark or number would otherwise be listed once per reading.
 */
export function gateAttachment(read: AttachmentText, category: string | ScanOptions): GateResult {
  const gate = scanText(read.text, typeof category === 'string' ? { categoryCode: category } : category);
  const marksOnly = [read.people, read.layout].filter((t) => t !== '').join('\n');
  const marks = marksOnly === '' ? [] : scanText(marksOnly).findings.filter((f) => f.kind === 'confidentiality');
  const seen = new Set<string>();
  const findings = [...gate.findings, ...marks].filter((f) => {
    // Whitespace aside: the layout's `机密★` at a line's end is the reflowed text's too.
    const key = `${f.kind}\u0000${f.type}\u0000${f.text.replace(/\s+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...gate, verdict: verdictOf(findings), findings };
}

async function readFile(
  kind: FileKind, data: Uint8Array, name: string, depth: number, budget: { files: number }, people: string[], layout: string[],
): Promise<string> {
  const reading = await readOne(kind, data, name);
  people.push(...reading.people);
  layout.push(...(reading.layout ?? []));
  const parts = [reading.text];
  for (const inner of reading.embedded) {
    const innerKind = detectKind(Buffer.from(inner.data.buffer, inner.data.byteOffset, inner.data.byteLength));
    if (!innerKind) {
      // A text file carried inside (a PDF's .txt or .csv attachment, an SVG, an HTML part) is read as it is.
      const plain = plainText(inner.data);
      if (plain !== null) parts.push(plain);
      continue;
    }
    if (depth + 1 > EMBEDDED_LIMITS.depth || --budget.files < 0) {
      throw badInput(`文件「${name}」内嵌的文件层数或数量过多，无法全部检查，请另存后重新上传`, { field: 'file' });
    }
    parts.push(await readFile(innerKind, inner.data, name, depth + 1, budget, people, layout));
  }
  return parts.filter((p) => p !== '').join('\n');
}

/** `data` as text when it is well-formed UTF-8 without NULs (a text file), otherwise null (binary: not read). */
function plainText(data: Uint8Array): string | null {
  if (data.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

async function readOne(kind: FileKind, data: Uint8Array, name: string): Promise<Reading> {
  switch (kind.label) {
    case 'PDF':
      return pdfText(data);
    case 'OFD': {
      const pages = ofdText(data, name);
      const all = packageText(data, name);
      return { ...all, text: [pages, all.text].filter(Boolean).join('\n') };
    }
    case 'DOCX':
      return packageText(data, name);
    case 'XLSX': {
      // The sheets as laid out (cells of a row side by side), then every part (hidden sheets, comments, headers).
      const all = packageText(data, name);
      return { ...all, text: [await xlsxText(data), all.text].filter(Boolean).join('\n') };
    }
    default:
      return { ...imageText(kind.label, data), embedded: [] };
  }
}

async function xlsxText(data: Uint8Array): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text));
      lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}
