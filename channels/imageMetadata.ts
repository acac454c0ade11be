/*
 * An image re-published on a platform (a body image the hub fetches and uploads to WeChat, the chosen cover)
 * goes without the text it carries besides its pixels: EXIF (ImageDescription, XPComment …), XMP, IPTC and
 * comments in a JPEG, text and EXIF chunks in a PNG. The gate never saw that text (a body image is fetched at
 * publication, after review), so it must not reach the public under the body's account. Colour profiles (APP2),
 * JFIF (APP0) and Adobe (APP14) segments stay: they change how the pixels look. The EXIF orientation goes with
 * the rest, so a photo that relies on it shows as the camera stored it.
 */

/** JPEG segments that hold text: APP1 (EXIF, XMP), APP12 (Ducky/picture info), APP13 (IPTC/Photoshop), COM. */
const JPEG_TEXT_SEGMENTS: ReadonlySet<number> = new Set([0xe1, 0xec, 0xed, 0xfe]);
/** PNG chunks that hold text or EXIF. */
const PNG_TEXT_CHUNKS: ReadonlySet<string> = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf']);

export function withoutTextMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegWithout(bytes);
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngWithout(bytes);
  return bytes;
}

function jpegWithout(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  let dropped = false;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    // From the start of scan on it is entropy-coded data: copied as it is.
    if (marker === 0xda || marker === 0xd9) break;
    const end = at + 2 + ((bytes[at + 2] << 8) | bytes[at + 3]);
    if (JPEG_TEXT_SEGMENTS.has(marker)) dropped = true;
    else kept.push(bytes.subarray(at, end));
    at = end;
  }
  if (!dropped) return bytes;
  kept.push(bytes.subarray(at));
  return Buffer.concat(kept);
}

function pngWithout(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let dropped = false;
  let at = 8;
  while (at + 12 <= bytes.length) {
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (PNG_TEXT_CHUNKS.has(type)) dropped = true;
    else kept.push(bytes.subarray(at, end));
    at = end;
  }
  if (!dropped) return bytes;
  kept.push(bytes.subarray(at));
  return Buffer.concat(kept);
}
