// The app icon: the PNG sizes made from resources/icon.svg, and the .ico and .icns packed from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icnsFile, icoFile, pngSize } from '../../../../support/appIcons/iconContainers';

const resources = join(import.meta.dirname, '../../../../../resources');
const png = (size: number) => readFileSync(join(resources, 'icons', `${size}x${size}.png`));

describe('app icon', () => {
  it('every PNG size is the size its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(png(size))).toEqual({ width: size, height: size });
  });

  it('icon.ico lists each image with its size and offset, the images being the PNGs', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const entry = 6 + 16 * index;
      const size = ico.readUInt8(entry) || 256;
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(image)).toEqual({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(icoFile([{ size: 256, png: png(256) }]).readUInt8(6)).toBe(0);
    expect(() => icoFile([{ size: 512, png: png(512) }])).toThrow();
  });

  it('icon.icns holds ic11..ic10 chunks whose lengths add up', () => {
    const icns = readFileSync(join(resources, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.subarray(offset, offset + 4).toString('ascii'));
    expect(types).toEqual(['ic11', 'ic12', 'ic07', 'ic08', 'ic09', 'ic10']);
    expect(icnsFile([{ size: 128, png: png(128) }]).length).toBe(png(128).length + 16);
  });
});
