// Runs a background effect on a camera track: the camera's frames go to the compositing worker
// (MediaStreamTrackProcessor → transferred stream), which writes finished frames into a new track
// (MediaStreamTrackGenerator); the segmentation worker finds the person. The page thread only wires
// them up and relays reports.
import compositorUrl from './compositor.worker.ts?worker&url';
import segmenterUrl from './segmentation.worker.ts?worker&url';
import type { EffectDrawing } from './backgroundEffect';
import type { EffectFailure } from './effectState';
import type { CompositorCommand, EffectReport, SegmenterStart } from './workerMessages';

interface BreakoutBox {
  MediaStreamTrackProcessor?: new (init: { track: MediaStreamTrack }) => { readable: ReadableStream<VideoFrame> };
  MediaStreamTrackGenerator?: new (init: { kind: 'video' }) => MediaStreamTrack & { writable: WritableStream<VideoFrame> };
}

export interface EffectTrack {
  /** What the call sends and the self view shows while the effect runs. */
  readonly track: MediaStreamTrack;
  /** Another drawing on the same pipeline (blur strength, another picture) without restarting it. */
  setDrawing(drawing: EffectDrawing, background: ImageBitmap | null): void;
  stop(): void;
}

export type EffectTrackStart = { ok: true; effect: EffectTrack } | { ok: false; failure: EffectFailure };

/** Whether this Chromium can run the pipeline at all (breakout box and OffscreenCanvas). */
export function effectsSupported(scope: BreakoutBox & { OffscreenCanvas?: unknown } = globalThis as BreakoutBox): boolean {
  return typeof scope.MediaStreamTrackProcessor === 'function' && typeof scope.MediaStreamTrackGenerator === 'function' && typeof scope.OffscreenCanvas === 'function';
}

export async function startEffectTrack(
  camera: MediaStreamTrack,
  drawing: EffectDrawing,
  background: ImageBitmap | null,
  onReport: (report: EffectReport) => void,
): Promise<EffectTrackStart> {
  const box = globalThis as BreakoutBox;
  if (!effectsSupported(globalThis as BreakoutBox & { OffscreenCanvas?: unknown }) || !box.MediaStreamTrackProcessor || !box.MediaStreamTrackGenerator) {
    return { ok: false, failure: { code: 'unsupported' } };
  }
  // Loaded when an effect first runs: the addresses of the shipped files are needed only then (and
  // views that never start an effect, in tests too, never resolve the package's files).
  const { segmentationFiles } = await import('./segmentationFiles');
  const processor = new box.MediaStreamTrackProcessor({ track: camera });
  const generator = new box.MediaStreamTrackGenerator({ kind: 'video' });
  const channel = new MessageChannel();
  // The segmenter is a classic worker (its package uses importScripts); the compositor a module one.
  const segmenter = new Worker(segmenterUrl, { name: 'parley-segmentation' });
  const compositor = new Worker(compositorUrl, { type: 'module', name: 'parley-compositor' });
  let stopped = false;
  const relay = (event: MessageEvent<EffectReport>) => {
    if (!stopped) onReport(event.data);
  };
  const crashed = () => {
    if (!stopped) onReport({ type: 'failed', failure: { code: 'modelFailed', detail: 'the effect stopped unexpectedly' } });
  };
  segmenter.onmessage = relay;
  compositor.onmessage = relay;
  segmenter.onerror = crashed;
  compositor.onerror = crashed;
  const segmenterStart: SegmenterStart = { type: 'start', files: segmentationFiles(), port: channel.port2 };
  segmenter.postMessage(segmenterStart, [channel.port2]);
  const start: CompositorCommand = { type: 'start', readable: processor.readable, writable: generator.writable, port: channel.port1, drawing, background };
  compositor.postMessage(start, [processor.readable, generator.writable, channel.port1, ...(background ? [background] : [])]);
  return {
    ok: true,
    effect: {
      track: generator,
      setDrawing(next, nextBackground) {
        const command: CompositorCommand = { type: 'drawing', drawing: next, background: nextBackground };
        compositor.postMessage(command, nextBackground ? [nextBackground] : []);
      },
      stop() {
        if (stopped) return;
        stopped = true;
        const command: CompositorCommand = { type: 'stop' };
        compositor.postMessage(command);
        generator.stop();
        // The compositor closes its streams on 'stop'; terminating right away would cut a frame in half.
        setTimeout(() => {
          compositor.terminate();
          segmenter.terminate();
        }, 500);
      },
    },
  };
}
