/*
 * An image re-published on a platform (a body image the hub fetches and uploads to WeChat, the chosen cover)
 * goes without the text it carries besides its pixels: EXIF (ImageDescription, XPComment …), XMP, IPTC and
 * comments in a JPEG, text and EXIF chunks in a PNG. The gate never saw that text (a body image is fetched at
 * publication, after review), so it must not reach the public under the body's account. Colour profiles (APP2),
 * JFIF (APP0) and Adobe (APP14) segments stay: they change how the pixels look. The EXIF orientation goes with
 * the rest, so a photo that relies on it shows as the camera stored it.
 */

import { isJpeg, isPng } from './wechat/cover.js';

/** One segment of a JPEG (marker, length, body) or one chunk of a PNG: `at` its first byte, `end` past its last. */
export interface ImageSegment {
  at: number;
  end: number;
  body: Uint8Array;
}

/**
 * A JPEG's segments before its scan starts (after that it is entropy-coded pixels). Stand-alone markers (SOI,
 * RSTn, TEM) have no length and no body: they are stepped over, not listed.
 */
export function* jpegSegments(data: Uint8Array): Generator<ImageSegment & { marker: number }> {
  for (let at = 2; at + 4 <= data.length; ) {
    if (data[at] !== 0xff) return;
    const marker = data[at + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return;
    const end = at + 2 + ((data[at + 2] << 8) | data[at + 3]);
    yield { marker, at, end, body: data.subarray(at + 4, Math.min(data.length, end)) };
    at = end;
  }
}

/** A PNG's chunks after its signature (length, type, body, CRC). */
export function* pngChunks(data: Uint8Array): Generator<ImageSegment & { type: string }> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 8; at + 8 <= data.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(data[at + 4], data[at + 5], data[at + 6], data[at + 7]);
    const end = at + 12 + length;
    yield { type, at, end, body: data.subarray(at + 8, Math.min(data.length, at + 8 + length)) };
    at = end;
  }
}

/** JPEG segments that hold text: APP1 (EXIF, XMP), APP12 (Ducky/picture info), APP13 (IPTC/Photoshop), COM. */
const JPEG_TEXT_SEGMENTS: ReadonlySet<number> = new Set([0xe1, 0xec, 0xed, 0xfe]);
/** PNG chunks that hold text or EXIF. */
const PNG_TEXT_CHUNKS: ReadonlySet<string> = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf']);

export function withoutTextMetadata(bytes: Uint8Array): Uint8Array {
  if (isJpeg(bytes)) return without(bytes, [...jpegSegments(bytes)].filter((s) => JPEG_TEXT_SEGMENTS.has(s.marker)));
  if (isPng(bytes)) return without(bytes, [...pngChunks(bytes)].filter((c) => PNG_TEXT_CHUNKS.has(c.type)));
  return bytes;
}

/** `bytes` less the `dropped` segments (in file order); the same bytes when there are none. */
function without(bytes: Uint8Array, dropped: readonly ImageSegment[]): Uint8Array {
  if (dropped.length === 0) return bytes;
  const kept: Uint8Array[] = [];
  let from = 0;
  for (const { at, end } of dropped) {
    kept.push(bytes.subarray(from, at));
    from = end;
  }
  kept.push(bytes.subarray(from));
  return Buffer.concat(kept);
}
