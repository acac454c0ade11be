import zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { pngChunk, TINY_GIF, tinyPng } from './images.js';

/*
 * Files that hide text where a renderer does not show it, built byte by byte in the test (issue #9 "Hidden
 * marks"): a DOCX from its XML parts, PNG text chunks, JPEG EXIF/XMP/comment segments, a GIF comment.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml"';

/** A paragraph of one plain run. */
export const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/**
 * A DOCX whose body is `body` (WordprocessingML inside <w:body>) with `parts` added as they are (e.g.
 * `word/comments.xml`, `docProps/core.xml`, `word/embeddings/x.docx`): what Word writes, minus styles.
 */
export function docxParts(body: string, parts: Record<string, string | Uint8Array> = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data.replace('$W', W)) : data;
  return Buffer.from(zipSync(files));
}

/** The archive with one part replaced or added. */
export function withPart(zip: Buffer, name: string, data: string): Buffer {
  const files = unzipSync(new Uint8Array(zip));
  files[name] = strToU8(data);
  return Buffer.from(zipSync(files));
}

/** The 2×2 PNG with text chunks before its pixels: tEXt (Latin-1 only), zTXt, or iTXt (UTF-8, optionally compressed). */
export function pngWithText(chunks: { type: 'tEXt' | 'zTXt' | 'iTXt'; keyword: string; text: string; compressed?: boolean }[]): Buffer {
  const png = tinyPng();
  const head = png.subarray(0, 8 + 25); // signature and IHDR
  const extra = chunks.map(({ type, keyword, text, compressed }) => {
    const key = Buffer.from(`${keyword}\0`, 'latin1');
    if (type === 'tEXt') return pngChunk(type, Buffer.concat([key, Buffer.from(text, 'latin1')]));
    if (type === 'zTXt') return pngChunk(type, Buffer.concat([key, Buffer.from([0]), zlib.deflateSync(Buffer.from(text, 'latin1'))]));
    const raw = Buffer.from(text, 'utf8');
    return pngChunk(type, Buffer.concat([key, Buffer.from([compressed ? 1 : 0, 0]), Buffer.from('zh\0\0', 'latin1'), compressed ? zlib.deflateSync(raw) : raw]));
  });
  return Buffer.concat([head, ...extra, png.subarray(head.length)]);
}

/** A TIFF structure (little-endian) with one IFD0 holding the given entries: ASCII as UTF-8 bytes, or raw BYTE data. */
function tiff(entries: { tag: number; type: 1 | 2 | 7; data: Buffer }[]): Buffer {
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
  const ifdSize = 2 + entries.length * 12 + 4;
  const ifd = Buffer.alloc(ifdSize);
  ifd.writeUInt16LE(entries.length, 0);
  const values: Buffer[] = [];
  let valueOffset = 8 + ifdSize;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(e.tag, at);
    ifd.writeUInt16LE(e.type, at + 2);
    ifd.writeUInt32LE(e.data.length, at + 4);
    if (e.data.length <= 4) e.data.copy(ifd, at + 8);
    else {
      ifd.writeUInt32LE(valueOffset, at + 8);
      values.push(e.data);
      valueOffset += e.data.length;
    }
  });
  return Buffer.concat([header, ifd, ...values]);
}

const segment = (marker: number, body: Buffer): Buffer => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/**
 * A JPEG header (SOI, metadata segments, then SOS and EOI: what the upload's sniffing and the metadata reader see).
 * `exif` entries are EXIF tags in IFD0: 0x010E ImageDescription (UTF-8), 0x9C9C XPComment (UCS-2).
 */
export function jpegWith(opts: { description?: string; xpComment?: string; comment?: string; xmp?: string }): Buffer {
  const entries: { tag: number; type: 1 | 2 | 7; data: Buffer }[] = [];
  if (opts.description !== undefined) entries.push({ tag: 0x010e, type: 2, data: Buffer.from(`${opts.description}\0`, 'utf8') });
  if (opts.xpComment !== undefined) entries.push({ tag: 0x9c9c, type: 1, data: Buffer.from(`${opts.xpComment}\0`, 'utf16le') });
  const segments: Buffer[] = [];
  if (entries.length) segments.push(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff(entries)])));
  if (opts.xmp !== undefined) segments.push(segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(opts.xmp, 'utf8')])));
  if (opts.comment !== undefined) segments.push(segment(0xfe, Buffer.from(opts.comment, 'utf8')));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), ...segments, segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), Buffer.from([0x00, 0xff, 0xd9])]);
}

/** A 1×1 GIF with a comment extension before its image. */
export function gifWithComment(comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8');
  const blocks: Buffer[] = [];
  for (let i = 0; i < text.length; i += 255) {
    const part = text.subarray(i, i + 255);
    blocks.push(Buffer.from([part.length]), part);
  }
  // Header, screen descriptor and 2-colour table are the first 19 bytes; the image and trailer follow.
  return Buffer.concat([TINY_GIF.subarray(0, 19), Buffer.from([0x21, 0xfe]), ...blocks, Buffer.from([0]), TINY_GIF.subarray(19)]);
}

/** An XMP packet whose dc:description is `text`. */
export const xmpWith = (text: string): string =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
