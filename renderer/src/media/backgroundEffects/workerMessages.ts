// What the page and the two effect workers say to each other (structured-clone messages).
import type { EffectDrawing } from './backgroundEffect';
import type { EffectFailure } from './effectState';

/** The segmentation model's input size (selfie_segmentation.tflite, general model: 256x256, fed 16:9). */
export const maskWidth = 256;
export const maskHeight = 144;

/** Page → segmenter: where the shipped files are, and the port the compositor talks on. */
export interface SegmenterStart {
  type: 'start';
  files: Record<string, string>;
  port: MessagePort;
}

/** Compositor → segmenter (on the port): a small copy of the latest camera frame. */
export interface SegmentRequest {
  type: 'segment';
  frame: ImageBitmap;
}

/** Segmenter → compositor (on the port): the person's mask, 1 = person, in the alpha channel. */
export interface MaskReply {
  type: 'mask';
  mask: ImageBitmap;
}

/** Page → compositor. */
export type CompositorCommand =
  | { type: 'start'; readable: ReadableStream<VideoFrame>; writable: WritableStream<VideoFrame>; port: MessagePort; drawing: EffectDrawing; background: ImageBitmap | null }
  | { type: 'drawing'; drawing: EffectDrawing; background: ImageBitmap | null }
  | { type: 'stop' };

/** Either worker → page. */
export type EffectReport =
  | { type: 'ready' } // segmenter: the model is loaded
  | { type: 'started' } // compositor: the first finished frame is out
  | { type: 'failed'; failure: EffectFailure }
  | { type: 'frameRate'; inputFps: number; outputFps: number; segmentationMs: number };
