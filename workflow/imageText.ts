import { inflateSync } from 'node:zlib';
import { jpegSegments, pngChunks } from '../channels/imageMetadata.js';
import { xmlPartLines } from './packageText.js';

/*
 * The text an image carries besides its pixels: PNG text chunks (tEXt, zTXt, iTXt, the XMP packet, eXIf),
 * JPEG comments, EXIF (ImageDescription, Artist, Copyright, Windows' XPTitle/XPComment/XPSubject/XPKeywords,
 * UserComment) and XMP, GIF comments and XMP. Any viewer's "properties" dialog shows it and the file is served
 * as uploaded, so the gate reads it like a document's text. Pixels (text drawn in the image) are not read.
 */

/** What one compressed chunk may inflate to: metadata is small, a bomb is not. */
const MAX_INFLATED = 1024 * 1024;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
const utf16le = new TextDecoder('utf-16le');

/** The metadata's text, and apart from it who made the image (EXIF Artist and XPAuthor, XMP dc:creator). */
export function imageText(label: 'PNG' | 'JPEG' | 'GIF', data: Uint8Array): { text: string; people: string[] } {
  const people: string[] = [];
  const lines = label === 'PNG' ? pngLines(data, people) : label === 'JPEG' ? jpegLines(data, people) : gifLines(data, people);
  const clean = (list: string[]) => list.map((l) => l.replace(/\0+$/, '')).filter((l) => l.trim() !== '');
  return { text: clean(lines).join('\n'), people: clean(people) };
}

const inflate = (data: Uint8Array): Uint8Array => inflateSync(data, { maxOutputLength: MAX_INFLATED });
const nul = (data: Uint8Array, from: number): number => {
  const at = data.indexOf(0, from);
  return at < 0 ? data.length : at;
};
/** XMP is XML: its values are its text nodes (dc:description, dc:title …). */
const xmpLines = (xml: string, people: string[]): string[] => xmlPartLines(xml, people);

function pngLines(data: Uint8Array, people: string[]): string[] {
  const lines: string[] = [];
  for (const { type, body } of pngChunks(data)) {
    if (type === 'tEXt') {
      const k = nul(body, 0);
      lines.push(latin1.decode(body.subarray(0, k)), latin1.decode(body.subarray(k + 1)));
    } else if (type === 'zTXt') {
      const k = nul(body, 0);
      lines.push(latin1.decode(body.subarray(0, k)), latin1.decode(inflate(body.subarray(k + 2))));
    } else if (type === 'iTXt') {
      const k = nul(body, 0);
      const keyword = latin1.decode(body.subarray(0, k));
      const compressed = body[k + 1] === 1;
      const lang = nul(body, k + 3);
      const translated = nul(body, lang + 1);
      const raw = body.subarray(translated + 1);
      const text = utf8.decode(compressed ? inflate(raw) : raw);
      lines.push(keyword, utf8.decode(body.subarray(lang + 1, translated)));
      lines.push(...(keyword === 'XML:com.adobe.xmp' ? xmpLines(text, people) : [text]));
    } else if (type === 'eXIf') {
      lines.push(...exifLines(body, people));
    } else if (type === 'IEND') break;
  }
  return lines;
}

const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';

function jpegLines(data: Uint8Array, people: string[]): string[] {
  const lines: string[] = [];
  for (const { marker, body } of jpegSegments(data)) {
    if (marker === 0xfe) lines.push(utf8.decode(body));
    else if (marker === 0xe1 && latin1.decode(body.subarray(0, 6)) === 'Exif\0\0') lines.push(...exifLines(body.subarray(6), people));
    else if (marker === 0xe1 && latin1.decode(body.subarray(0, XMP_ID.length)) === XMP_ID) lines.push(...xmpLines(utf8.decode(body.subarray(XMP_ID.length)), people));
  }
  return lines;
}

/** EXIF tags written as UCS-2 by Windows (XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject). */
const XP_TAGS = new Set([0x9c9b, 0x9c9c, 0x9c9d, 0x9c9e, 0x9c9f]);
const USER_COMMENT = 0x9286;
/** Artist and XPAuthor: who took the picture, read for marks only (see packageText.ts, PEOPLE_ELEMENTS). */
const AUTHOR_TAGS = new Set([0x013b, 0x9c9d]);
const EXIF_IFD = 0x8769;

/**
 * The strings of a TIFF structure (EXIF): every ASCII entry of IFD0 and the Exif IFD (read as UTF-8, which is
 * what phones and Chinese software write there), the XP tags and UserComment.
 */
function exifLines(tiff: Uint8Array, people: string[]): string[] {
  if (tiff.length < 8) return [];
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const le = tiff[0] === 0x49;
  const u16 = (o: number): number => view.getUint16(o, le);
  const u32 = (o: number): number => view.getUint32(o, le);
  const lines: string[] = [];
  const visited = new Set<number>();
  const readIfd = (offset: number): void => {
    if (visited.has(offset) || offset + 2 > tiff.length) return;
    visited.add(offset);
    const count = u16(offset);
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + i * 12;
      if (entry + 12 > tiff.length) return;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      if (tag === EXIF_IFD) {
        readIfd(u32(entry + 8));
        continue;
      }
      const unit = type === 2 || type === 1 || type === 7 ? 1 : 0;
      if (unit === 0 || n === 0) continue;
      const start = n <= 4 ? entry + 8 : u32(entry + 8);
      const value = tiff.subarray(start, Math.min(tiff.length, start + n));
      const out = AUTHOR_TAGS.has(tag) ? people : lines;
      if (type === 2) out.push(utf8.decode(value));
      else if (XP_TAGS.has(tag)) out.push(utf16le.decode(value));
      else if (tag === USER_COMMENT) {
        const charset = latin1.decode(value.subarray(0, 8));
        lines.push(charset.startsWith('UNICODE') ? (le ? utf16le : new TextDecoder('utf-16be')).decode(value.subarray(8)) : utf8.decode(value.subarray(8)));
      }
    }
  };
  readIfd(u32(4));
  return lines;
}

/** GIF comment extensions and the XMP application extension (whose sub-block lengths are part of the packet). */
function gifLines(data: Uint8Array, people: string[]): string[] {
  const lines: string[] = [];
  const flags = data[10];
  let at = 13 + (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);
  const subBlocks = (from: number): { bytes: Uint8Array; end: number } => {
    const chunks: number[] = [];
    let p = from;
    while (p < data.length && data[p] !== 0) {
      const size = data[p];
      for (let i = 1; i <= size && p + i < data.length; i++) chunks.push(data[p + i]);
      p += size + 1;
    }
    return { bytes: Uint8Array.from(chunks), end: p + 1 };
  };
  while (at < data.length) {
    const block = data[at];
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = data[at + 1];
      if (label === 0xfe) {
        const { bytes, end } = subBlocks(at + 2);
        lines.push(utf8.decode(bytes));
        at = end;
      } else if (label === 0xff && latin1.decode(data.subarray(at + 3, at + 14)) === 'XMP DataXMP') {
        const from = at + 14;
        const close = latin1.decode(data.subarray(from)).indexOf('<?xpacket end');
        const packetEnd = close < 0 ? data.length : data.indexOf(0x3e, from + close) + 1;
        lines.push(...xmpLines(utf8.decode(data.subarray(from, packetEnd)), people));
        at = subBlocks(at + 2).end;
      } else {
        at = subBlocks(at + 2).end;
      }
    } else if (block === 0x2c) {
      const local = data[at + 9];
      at += 10 + (local & 0x80 ? 3 * (1 << ((local & 7) + 1)) : 0) + 1; // descriptor, local colours, LZW minimum code size
      at = subBlocks(at).end;
    } else break;
  }
  return lines;
}
