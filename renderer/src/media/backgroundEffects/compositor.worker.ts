// The compositing worker: reads camera frames (MediaStreamTrackProcessor's stream), asks the
// segmentation worker for the person's mask on a small copy whenever it is free, draws each frame with
// the latest mask and writes it to the processed track (MediaStreamTrackGenerator's stream). Frames
// never wait for the model: at a slow model the mask lags, the picture does not.
import { FrameCompositor } from './frameCompositor';
import type { EffectDrawing } from './backgroundEffect';
import { maskHeight, maskWidth, type CompositorCommand, type EffectReport, type MaskReply, type SegmentRequest } from './workerMessages';

const scope = globalThis as unknown as {
  postMessage(message: EffectReport): void;
  onmessage: ((event: MessageEvent<CompositorCommand>) => void) | null;
};

let drawing: EffectDrawing = { kind: 'none' };
let background: ImageBitmap | null = null;
let stopped = false;

function report(message: EffectReport): void {
  scope.postMessage(message);
}

async function run(command: Extract<CompositorCommand, { type: 'start' }>): Promise<void> {
  const { readable, writable, port } = command;
  drawing = command.drawing;
  background = command.background;
  const reader = readable.getReader();
  const writer = writable.getWriter();
  const compositor = new FrameCompositor();
  // Set from the port's callback (an object, so the loop sees the change).
  const latest: { mask: ImageBitmap | null } = { mask: null };
  let segmenting = false;
  let segmentedAt = 0;
  let segmentationMs = 0;
  let started = false;
  let inputFrames = 0;
  let outputFrames = 0;
  let countedAt = performance.now();
  port.onmessage = (event: MessageEvent<MaskReply>) => {
    latest.mask?.close();
    latest.mask = event.data.mask;
    segmenting = false;
    segmentationMs = performance.now() - segmentedAt;
  };
  while (!stopped) {
    const { value: frame, done } = await reader.read();
    if (done || !frame) break;
    inputFrames++;
    try {
      if (!segmenting) {
        segmenting = true;
        segmentedAt = performance.now();
        const small = await createImageBitmap(frame, { resizeWidth: maskWidth, resizeHeight: maskHeight, resizeQuality: 'low' });
        const request: SegmentRequest = { type: 'segment', frame: small };
        port.postMessage(request, [small]);
      }
      // Until the first mask arrives nothing is sent: the page keeps sending the plain camera.
      if (latest.mask) {
        compositor.draw(frame, latest.mask, drawing, background);
        const finished = new VideoFrame(compositor.output, { timestamp: frame.timestamp });
        await writer.write(finished);
        outputFrames++;
        if (!started) {
          started = true;
          report({ type: 'started' });
        }
      }
    } catch (error) {
      report({ type: 'failed', failure: { code: 'modelFailed', detail: error instanceof Error ? error.message : String(error) } });
      stopped = true;
    } finally {
      frame.close();
    }
    const now = performance.now();
    if (now - countedAt >= 1000) {
      const seconds = (now - countedAt) / 1000;
      report({ type: 'frameRate', inputFps: inputFrames / seconds, outputFps: outputFrames / seconds, segmentationMs });
      inputFrames = 0;
      outputFrames = 0;
      countedAt = now;
    }
  }
  latest.mask?.close();
  await reader.cancel().catch(() => undefined);
  await writer.close().catch(() => undefined);
}

scope.onmessage = (event: MessageEvent<CompositorCommand>) => {
  const command = event.data;
  if (command.type === 'start') {
    void run(command);
  } else if (command.type === 'drawing') {
    background?.close();
    drawing = command.drawing;
    background = command.background;
  } else {
    stopped = true;
  }
};
