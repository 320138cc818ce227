// A fake camera file (Y4M, 4:2:0) for Chromium's --use-file-for-fake-video-capture: a drawn person
// (head, neck and shoulders in a shirt, skin-coloured face with eyes and mouth) in front of a detailed,
// high-contrast checkerboard. The regions the e2e compares are exported, in fractions of the frame,
// so tests sample well inside the person and well inside the background.
import { writeFileSync } from 'node:fs';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Fractions of the frame (0..1): a rectangle that lies wholly in one region. */
export interface FrameRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Well inside the face: the part of the picture that must stay as the camera took it. */
export const foregroundRegion: FrameRegion = { x: 0.45, y: 0.28, width: 0.1, height: 0.08 };
/** Well inside the shirt. */
export const torsoRegion: FrameRegion = { x: 0.42, y: 0.85, width: 0.16, height: 0.1 };
/** The top corners: background only, far from the person. */
export const backgroundRegions: FrameRegion[] = [
  { x: 0.02, y: 0.04, width: 0.16, height: 0.3 },
  { x: 0.82, y: 0.04, width: 0.16, height: 0.3 },
];

const skin: Rgb = { r: 222, g: 170, b: 135 };
const hair: Rgb = { r: 60, g: 40, b: 30 };
const shirt: Rgb = { r: 40, g: 80, b: 150 };
const feature: Rgb = { r: 70, g: 40, b: 40 };

function inEllipse(x: number, y: number, cx: number, cy: number, rx: number, ry: number): boolean {
  const dx = (x - cx) / rx;
  const dy = (y - cy) / ry;
  return dx * dx + dy * dy <= 1;
}

/** The colour at (x, y) of a width×height picture. */
export function personPixel(x: number, y: number, width: number, height: number): Rgb {
  const u = x / width;
  const v = y / height;
  const aspect = width / height;
  // Face features.
  const eyeRx = 0.012;
  const eyeRy = 0.012 * aspect;
  if (inEllipse(u, v, 0.47, 0.3, eyeRx, eyeRy) || inEllipse(u, v, 0.53, 0.3, eyeRx, eyeRy)) return feature;
  if (inEllipse(u, v, 0.5, 0.42, 0.03, 0.012)) return feature;
  // Hair on top of the head, then the face.
  if (inEllipse(u, v, 0.5, 0.26, 0.1, 0.17) && v < 0.2) return hair;
  if (inEllipse(u, v, 0.5, 0.32, 0.085, 0.17)) return skin;
  // Neck.
  if (Math.abs(u - 0.5) < 0.035 && v > 0.45 && v < 0.62) return skin;
  // Shoulders and chest.
  if (inEllipse(u, v, 0.5, 1.05, 0.3, 0.45)) return shirt;
  // Background: 1/40-of-the-width squares in alternating strong colours.
  const cell = Math.max(4, Math.round(width / 40));
  const cx = Math.floor(x / cell);
  const cy = Math.floor(y / cell);
  const palette: Rgb[] = [
    { r: 250, g: 250, b: 250 },
    { r: 10, g: 10, b: 10 },
    { r: 230, g: 30, b: 30 },
    { r: 20, g: 200, b: 60 },
    { r: 240, g: 220, b: 20 },
    { r: 20, g: 20, b: 220 },
  ];
  return palette[(cx * 7 + cy * 3 + ((cx + cy) % 2) * 2) % palette.length] as Rgb;
}

function clampByte(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

/** One 4:2:0 frame (BT.601 full range, as C420jpeg says). */
export function personFrame(width: number, height: number): Buffer {
  const frame = Buffer.alloc(width * height * 1.5);
  const chromaWidth = width / 2;
  const uOffset = width * height;
  const vOffset = uOffset + (width * height) / 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const { r, g, b } = personPixel(x, y, width, height);
      frame[y * width + x] = clampByte(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const index = (y / 2) * chromaWidth + x / 2;
        frame[uOffset + index] = clampByte(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        frame[vOffset + index] = clampByte(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  }
  return frame;
}

/** Writes a Y4M file of `frames` identical frames (Chromium loops it) and returns its path. */
export function writePersonY4m(path: string, width = 640, height = 360, frames = 2, fps = 15): string {
  const frame = personFrame(width, height);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  for (let i = 0; i < frames; i++) parts.push(Buffer.from('FRAME\n'), frame);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}
