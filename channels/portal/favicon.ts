/**
 * The portal's favicon, drawn in code rather than shipped as a binary: a 16×16 ICO (one 32-bit BMP image)
 * in the header's red with a white 「政」-like bar pattern. Browsers ask for /favicon.ico on every site; without
 * one each page view logs a 404.
 */
function drawPixels(): (x: number, y: number) => [number, number, number, number] {
  const red: [number, number, number, number] = [0xb3, 0x1b, 0x1b, 0xff];
  const white: [number, number, number, number] = [0xff, 0xff, 0xff, 0xff];
  // Three horizontal bars and a vertical stroke: recognisable at 16 px, no font needed.
  return (x, y) => {
    const bar = (y === 3 || y === 7 || y === 12) && x >= 3 && x <= 12;
    const stem = x === 7 || x === 8 ? y >= 3 && y <= 12 : false;
    return bar || stem ? white : red;
  };
}

export function faviconIco(): Buffer {
  const size = 16;
  const pixelBytes = size * size * 4;
  const maskBytes = size * 4; // 1 bit per pixel, rows padded to 32 bits: all zero (opaque)
  const image = Buffer.alloc(40 + pixelBytes + maskBytes);
  image.writeUInt32LE(40, 0); // BITMAPINFOHEADER size
  image.writeInt32LE(size, 4);
  image.writeInt32LE(size * 2, 8); // height covers the XOR and AND bitmaps
  image.writeUInt16LE(1, 12);
  image.writeUInt16LE(32, 14);
  image.writeUInt32LE(pixelBytes + maskBytes, 20);
  const pixel = drawPixels();
  for (let row = 0; row < size; row++) {
    const y = size - 1 - row; // BMP rows run bottom-up
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const at = 40 + (row * size + x) * 4;
      image[at] = b;
      image[at + 1] = g;
      image[at + 2] = r;
      image[at + 3] = a;
    }
  }
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = size;
  header[7] = size;
  header.writeUInt16LE(1, 10); // planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, image]);
}
