/**
 * A placeholder cover for articles without a usable image. draft/add needs a permanent `thumb_media_id` for
 * every news article, and material/add_material type=thumb only accepts JPEG up to 64 KB, so the placeholder
 * is a baseline JPEG built here rather than an asset file: a flat colour needs only DC coefficients, which
 * keeps the encoder to a few lines and the output to a few hundred bytes.
 */

/** 2.35:1, the crop WeChat uses for the cover in the feed. */
const WIDTH = 376;
const HEIGHT = 160;
/** 政务红 (#B22222) — reads as an official notice in the subscriber's feed. */
const RGB: [number, number, number] = [0xb2, 0x22, 0x22];

/** JPEG start-of-image marker; enough to tell a JPEG from a PNG/GIF before uploading it as a thumb. */
export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export function isPng(bytes: Uint8Array): boolean {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return bytes.length > sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Baseline JPEG, three components without subsampling, every 8×8 block the same flat colour. */
export function encodeFlatJpeg(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const [r, g, b] = rgb;
  const ycc = [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ].map((v) => Math.round(Math.min(255, Math.max(0, v))));
  // With a quantiser of 1 the DC term of a flat block is 8 × the level-shifted sample value.
  const dc = ycc.map((v) => (v - 128) * 8);

  const out: number[] = [];
  const marker = (code: number, payload: number[]): void => {
    out.push(0xff, code, ((payload.length + 2) >> 8) & 0xff, (payload.length + 2) & 0xff, ...payload);
  };
  out.push(0xff, 0xd8);
  marker(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  marker(0xdb, [0x00, ...new Array<number>(64).fill(1)]);
  marker(0xc0, [
    0x08,
    (height >> 8) & 0xff, height & 0xff,
    (width >> 8) & 0xff, width & 0xff,
    0x03,
    0x01, 0x11, 0x00,
    0x02, 0x11, 0x00,
    0x03, 0x11, 0x00,
  ]);
  // The standard luminance DC table (ITU T.81 K.3) covers every DC category; the AC table holds a single
  // symbol, end-of-block, as code "0", since flat blocks have no AC coefficients.
  marker(0xc4, [0x00, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  marker(0xc4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
  marker(0xda, [0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3f, 0x00]);

  const dcCodes = standardDcCodes();
  const bits = new BitWriter();
  const mcus = Math.ceil(width / 8) * Math.ceil(height / 8);
  const previous = [0, 0, 0];
  for (let m = 0; m < mcus; m++) {
    for (let c = 0; c < 3; c++) {
      const diff = dc[c] - previous[c];
      previous[c] = dc[c];
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const code = dcCodes[category];
      bits.write(code.code, code.length);
      if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      bits.write(0, 1); // end of block
    }
  }
  out.push(...bits.finish());
  out.push(0xff, 0xd9);
  return Uint8Array.from(out);
}

function standardDcCodes(): Array<{ code: number; length: number }> {
  const counts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
  const codes: Array<{ code: number; length: number }> = [];
  let code = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < counts[length - 1]; i++) codes.push({ code: code++, length });
    code <<= 1;
  }
  return codes;
}

class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private filled = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.filled === 8) this.flush();
    }
  }

  finish(): number[] {
    // Padding with one-bits is what T.81 prescribes before a marker.
    while (this.filled !== 0) this.write(1, 1);
    return this.bytes;
  }

  private flush(): void {
    this.bytes.push(this.current);
    // A 0xFF inside entropy-coded data would read as a marker unless stuffed.
    if (this.current === 0xff) this.bytes.push(0x00);
    this.current = 0;
    this.filled = 0;
  }
}

// Last, because the encoder's helper class must be initialised before module evaluation reaches this line.
export const PLACEHOLDER_COVER_JPEG: Uint8Array = encodeFlatJpeg(WIDTH, HEIGHT, RGB);
