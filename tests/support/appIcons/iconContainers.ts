// Windows .ico and macOS .icns built from PNG images: both formats may hold PNG data as is (ICO
// since Windows Vista, ICNS types ic07-ic10), so no image library is needed.

export interface SizedPng {
  size: number;
  png: Buffer;
}

/** ICONDIR + one ICONDIRENTRY per image + the PNGs. A width or height of 0 means 256. */
export function icoFile(images: readonly SizedPng[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size > 256) throw new Error('an .ico image is at most 256 pixels');
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0);
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const icnsTypes: Readonly<Record<number, string>> = { 32: 'ic11', 64: 'ic12', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** 'icns', total length, then per image its four-letter type, its length (with the 8-byte head) and the PNG. */
export function icnsFile(images: readonly SizedPng[]): Buffer {
  const chunks = images.map(({ size, png }) => {
    const type = icnsTypes[size];
    if (!type) throw new Error(`.icns has no PNG type for ${size} pixels`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** Width and height from a PNG's IHDR, to check what was rendered. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
