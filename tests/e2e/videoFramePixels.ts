// Reads what a person's page shows in a <video> as pixels (drawn into a canvas at a fixed size), and
// compares regions of such frames: mean colour, and mean per-pixel difference between two frames.
import type { Locator } from '@playwright/test';
import type { FrameRegion, Rgb } from '../support/fakeCameraY4m';

export interface FramePixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: number[];
}

export const sampleWidth = 320;
export const sampleHeight = 180;

interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { drawImage(source: unknown, x: number, y: number, w: number, h: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface PageDocument {
  createElement(tag: 'canvas'): PageCanvas;
}

/** The frame the element shows now, scaled to sampleWidth×sampleHeight. */
export function videoPixels(video: Locator): Promise<FramePixels> {
  return video.evaluate(
    (element, size) => {
      const canvas = (globalThis as unknown as { document: PageDocument }).document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      context.drawImage(element, 0, 0, size.width, size.height);
      return { width: size.width, height: size.height, data: Array.from(context.getImageData(0, 0, size.width, size.height).data) };
    },
    { width: sampleWidth, height: sampleHeight },
  );
}

/** A picture (any URL the page may load, e.g. a data: URL) drawn at the sample size. */
export function imagePixels(video: Locator, url: string): Promise<FramePixels> {
  return video.evaluate(
    async (_element, input) => {
      const image = new (globalThis as unknown as { Image: new () => { src: string; decode(): Promise<void> } }).Image();
      image.src = input.url;
      await image.decode();
      const canvas = (globalThis as unknown as { document: PageDocument }).document.createElement('canvas');
      canvas.width = input.width;
      canvas.height = input.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, input.width, input.height);
      return { width: input.width, height: input.height, data: Array.from(context.getImageData(0, 0, input.width, input.height).data) };
    },
    { url, width: sampleWidth, height: sampleHeight },
  );
}

function pixelsOf(frame: FramePixels, region: FrameRegion): number[] {
  const indexes: number[] = [];
  const x0 = Math.floor(region.x * frame.width);
  const y0 = Math.floor(region.y * frame.height);
  const x1 = Math.ceil((region.x + region.width) * frame.width);
  const y1 = Math.ceil((region.y + region.height) * frame.height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) indexes.push((y * frame.width + x) * 4);
  return indexes;
}

export function regionMean(frame: FramePixels, region: FrameRegion): Rgb {
  const indexes = pixelsOf(frame, region);
  const sum = { r: 0, g: 0, b: 0 };
  for (const i of indexes) {
    sum.r += frame.data[i] ?? 0;
    sum.g += frame.data[i + 1] ?? 0;
    sum.b += frame.data[i + 2] ?? 0;
  }
  return { r: sum.r / indexes.length, g: sum.g / indexes.length, b: sum.b / indexes.length };
}

/** Mean absolute difference per channel (0–255) between the same pixels of two frames. */
export function regionDifference(a: FramePixels, b: FramePixels, region: FrameRegion): number {
  const indexes = pixelsOf(a, region);
  let sum = 0;
  for (const i of indexes) {
    for (let c = 0; c < 3; c++) sum += Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0));
  }
  return sum / (indexes.length * 3);
}

/** The largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}
