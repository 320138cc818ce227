// Real JPEG images drawn in plain JavaScript (jpeg-js): presentation stills whose test pattern
// changes with every frame, participant avatars in a colour of their own, and the theme background.
import { encode } from 'jpeg-js';

type Painter = (x: number, y: number) => [number, number, number];

function drawJpeg(width: number, height: number, paint: Painter, quality = 75): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = paint(x, y);
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return encode({ width, height, data }, quality).data;
}

const BARS: [number, number, number][] = [
  [235, 235, 235],
  [235, 235, 16],
  [16, 235, 235],
  [16, 235, 16],
  [235, 16, 235],
  [235, 16, 16],
  [16, 16, 235],
];

/**
 * Colour bars with a white block that moves one step per frame and a frame-number bar code along
 * the bottom, so consecutive frames differ visibly and measurably.
 */
export function presentationJpeg(frame: number, high: boolean): Buffer {
  const width = high ? 640 : 320;
  const height = high ? 360 : 180;
  const block = Math.floor(width / 10);
  const blockX = (frame * block) % (width - block);
  const barWidth = Math.ceil(width / BARS.length);
  const codeTop = height - Math.floor(height / 8);
  const bit = width / 16;
  return drawJpeg(width, height, (x, y) => {
    if (y >= codeTop) return (frame >> Math.floor(x / bit)) & 1 ? [255, 255, 255] : [0, 0, 0];
    if (x >= blockX && x < blockX + block && y >= block && y < 2 * block) return [255, 255, 255];
    return BARS[Math.min(BARS.length - 1, Math.floor(x / barWidth))] ?? [0, 0, 0];
  });
}

/** A disc in a colour derived from the participant's uuid on a light background. */
export function avatarJpeg(seed: string): Buffer {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour: [number, number, number] = [64 + (hash & 127), 64 + ((hash >> 7) & 127), 64 + ((hash >> 14) & 127)];
  const size = 96;
  const centre = size / 2;
  return drawJpeg(size, size, (x, y) =>
    (x - centre) ** 2 + (y - centre) ** 2 < (size * 0.4) ** 2 ? colour : [240, 240, 240],
  );
}

/** A vertical gradient for theme splash screens. */
export function themeBackgroundJpeg(): Buffer {
  return drawJpeg(160, 90, (_x, y) => [20, 40 + y, 90 + y]);
}
