// The segmentation worker: MediaPipe's selfie segmentation (@mediapipe/selfie_segmentation, its
// selfie_segmentation.tflite general model and wasm) on small copies of the camera frames, answering
// each with the person's mask. A classic worker, because the package loads its wasm loader with
// importScripts; it imports nothing at run time (type imports only) so its bundle is a plain script.
import type { EffectReport, MaskReply, SegmenterStart, SegmentRequest } from './workerMessages';
import { maskHeight, maskWidth } from './workerMessages';

interface SegmentationResults {
  segmentationMask: CanvasImageSource;
}
interface SelfieSegmentation {
  setOptions(options: { modelSelection: number }): void;
  onResults(listener: (results: SegmentationResults) => void): void;
  initialize(): Promise<void>;
  send(inputs: { image: ImageBitmap }): Promise<void>;
  close(): Promise<void>;
}
type SegmentationScope = typeof globalThis & {
  importScripts(...urls: string[]): void;
  Module?: { locateFile(file: string): string };
  SelfieSegmentation?: new (config: { locateFile(file: string): string }) => SelfieSegmentation;
  postMessage(message: EffectReport): void;
  onmessage: ((event: MessageEvent<SegmenterStart>) => void) | null;
};
const scope = globalThis as SegmentationScope;

function report(message: EffectReport): void {
  scope.postMessage(message);
}

/**
 * The package's worker path has two gaps, bridged here: it importScripts every file it lists (the
 * .tflite model too, which is no script; the graph fetches it itself later), and it never keeps the
 * WebGL context it draws input frames with (set from its own OffscreenCanvas after initialize).
 */
async function loadSegmenter(files: Record<string, string>): Promise<SelfieSegmentation> {
  const locateFile = (file: string): string => {
    const url = files[file];
    if (!url) throw new Error(`the file ${file} is not shipped`);
    return url;
  };
  const importAll = scope.importScripts.bind(scope);
  scope.importScripts = (...urls: string[]) => importAll(...urls.filter((url) => !url.endsWith('.tflite')));
  scope.Module = { locateFile };
  importAll(locateFile('selfie_segmentation.js'));
  const Segmentation = scope.SelfieSegmentation;
  if (!Segmentation) throw new Error('the segmentation script did not load');
  const segmenter = new Segmentation({ locateFile });
  segmenter.setOptions({ modelSelection: 0 });
  await segmenter.initialize();
  for (const inner of Object.values(segmenter) as unknown[]) {
    const solution = inner as { m?: unknown; K?: unknown } | null;
    if (solution && typeof solution === 'object' && solution.m instanceof OffscreenCanvas && !solution.K) {
      solution.K = solution.m.getContext('webgl2') ?? solution.m.getContext('webgl');
    }
  }
  return segmenter;
}

function hasWebgl(): boolean {
  const canvas = new OffscreenCanvas(1, 1);
  return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
}

/** The model writes the person's confidence into the red channel; the compositor wants it as alpha. */
function maskToAlpha(source: CanvasImageSource, canvas: OffscreenCanvas, context: OffscreenCanvasRenderingContext2D): ImageBitmap {
  context.globalCompositeOperation = 'copy';
  context.drawImage(source, 0, 0, maskWidth, maskHeight);
  const pixels = context.getImageData(0, 0, maskWidth, maskHeight);
  const data = pixels.data;
  for (let i = 0; i < data.length; i += 4) {
    data[i + 3] = data[i] ?? 0;
    data[i] = 255;
    data[i + 1] = 255;
    data[i + 2] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return canvas.transferToImageBitmap();
}

scope.onmessage = (event: MessageEvent<SegmenterStart>) => {
  const { files, port } = event.data;
  if (!hasWebgl()) {
    report({ type: 'failed', failure: { code: 'noWebgl' } });
    return;
  }
  const canvas = new OffscreenCanvas(maskWidth, maskHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    report({ type: 'failed', failure: { code: 'unsupported' } });
    return;
  }
  loadSegmenter(files).then(
    (segmenter) => {
      let latest: SegmentationResults | null = null;
      segmenter.onResults((results) => {
        latest = results;
      });
      report({ type: 'ready' });
      port.onmessage = async (message: MessageEvent<SegmentRequest>) => {
        const frame = message.data.frame;
        try {
          await segmenter.send({ image: frame });
          if (latest) {
            const mask = maskToAlpha(latest.segmentationMask, canvas, context);
            const reply: MaskReply = { type: 'mask', mask };
            port.postMessage(reply, [mask]);
          }
        } catch (error) {
          report({ type: 'failed', failure: { code: 'modelFailed', detail: error instanceof Error ? error.message : String(error) } });
        } finally {
          frame.close();
        }
      };
    },
    (error: unknown) => report({ type: 'failed', failure: { code: 'modelFailed', detail: error instanceof Error ? error.message : String(error) } }),
  );
};
