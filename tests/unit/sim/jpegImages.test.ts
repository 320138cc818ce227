import { decode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { avatarJpeg, presentationJpeg } from '../../sim/images/jpegImages';

describe('presentationJpeg', () => {
  it('draws a decodable JPEG whose pattern changes with the frame', () => {
    const one = presentationJpeg(1, false);
    const two = presentationJpeg(2, false);
    expect([...one.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    const a = decode(one);
    const b = decode(two);
    expect([a.width, a.height]).toEqual([320, 180]);
    expect(Buffer.compare(a.data, b.data)).not.toBe(0);
    expect(decode(presentationJpeg(1, true)).width).toBe(640);
  });
});

describe('avatarJpeg', () => {
  it('gives different participants different colours', () => {
    const centre = (jpeg: Buffer) => {
      const image = decode(jpeg);
      const i = (48 * image.width + 48) * 4;
      return [...image.data.subarray(i, i + 3)];
    };
    expect(centre(avatarJpeg('alice'))).not.toEqual(centre(avatarJpeg('bob')));
  });
});
